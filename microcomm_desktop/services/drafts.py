"""Drafts: what a form held when the window closed (or the workspace changed) but could not be saved yet.

Why: closing never asks "save changes?" and never loses an edit in progress. A valid open form is saved
through its normal service; an invalid one is kept here (one Setting row per form and workspace, JSON) and
put back into the form the next time the tab is built, with its field errors, so the user can finish it.
Only the GUI writes drafts, but the storage is plain settings so a backup/restore carries them along.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import Engine

from microcomm_desktop.i18n import translate
from microcomm_desktop.services.settings import get_setting, set_setting

__all__ = ["Draft", "save_draft", "load_draft", "clear_draft", "sync_draft"]


@dataclass
class Draft:
    """Form values (JSON-able), the field errors that kept them from being saved, and when."""

    fields: dict[str, Any]
    errors: dict[str, str] = field(default_factory=dict)
    saved_at: datetime | None = None

    def when(self) -> str:
        """Local wall-clock time for the "Restored an unsaved draft from …" note."""
        if self.saved_at is None:
            return translate("services.drafts", "an earlier session")
        return self.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")


def save_draft(
    engine: Engine,
    key: str,
    workspace_id: int,
    fields: dict[str, Any],
    errors: dict[str, str] | None = None,
    now: datetime | None = None,
) -> None:
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    set_setting(
        engine,
        key,
        {"saved_at": stamp.isoformat(), "fields": fields, "errors": dict(errors or {})},
        workspace_id,
    )


def load_draft(engine: Engine, key: str, workspace_id: int) -> Draft | None:
    """The stored draft, or None (also for a damaged value: a draft is a convenience, never an error)."""
    raw = get_setting(engine, key, workspace_id)
    if not isinstance(raw, dict) or not isinstance(raw.get("fields"), dict) or not raw["fields"]:
        return None
    errors = raw.get("errors")
    saved_at: datetime | None
    try:
        saved_at = datetime.fromisoformat(str(raw.get("saved_at")))
        if saved_at.tzinfo is None:
            saved_at = saved_at.replace(tzinfo=UTC)
    except ValueError:
        saved_at = None
    return Draft(
        fields=dict(raw["fields"]),
        errors={str(k): str(v) for k, v in errors.items()} if isinstance(errors, dict) else {},
        saved_at=saved_at,
    )


def clear_draft(engine: Engine, key: str, workspace_id: int) -> None:
    if get_setting(engine, key, workspace_id) is not None:
        set_setting(engine, key, None, workspace_id)


def sync_draft(
    engine: Engine,
    key: str,
    workspace_id: int,
    fields: dict[str, Any],
    errors: dict[str, str] | None,
    stored: dict[str, Any] | None,
    force: bool = False,
) -> dict[str, Any] | None:
    """Keep a form's draft in step with what is pending, for the repeated crash-time snapshots.

    ``stored`` is what this form last wrote (None: nothing, or a draft it has not restored yet, which must
    wait for its restore). Pending ``fields`` are written only when they differ from ``stored`` (or ``force``);
    with nothing pending, only a draft this form wrote is cleared. Returns the new ``stored``.
    """
    if fields:
        if force or fields != stored:
            save_draft(engine, key, workspace_id, fields, errors)
        return fields
    if stored is not None:
        clear_draft(engine, key, workspace_id)
    return None
