"""Week notes typed but not saved: how they are stored as a draft (one setting per workspace, several weeks).

The storage format lives here, not in the Dashboard, so it is one thing a test or a later screen can read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from microcomm_desktop.services import drafts, reports

DRAFT_KEY = "draft.week_notes"
OTHER_WEEKS = "other_weeks"  # inside a stored week-notes draft: the drafts of weeks other than the newest one


@dataclass
class WeekDraft:
    """Week notes that were typed but not saved, and the field errors that kept them out (empty when valid)."""

    texts: dict[str, str]
    errors: dict[str, str]
    saved_at: datetime | None = None


def _as_texts(fields: dict[str, Any]) -> dict[str, str]:
    return {n: "" if fields.get(n) is None else str(fields.get(n)) for n in reports.NOTE_FIELDS}


def load_week_drafts(engine: Any, ws_id: int) -> dict[str, WeekDraft]:
    """Every week's unsaved notes, keyed by the week's ISO start date, oldest draft first.

    Why several weeks in one setting: leaving a week keeps its invalid notes as that week's draft, so the user
    can leave week A with a typo, then week B with another one, and both must come back. The settings table
    allows one ``draft.week_notes`` value per workspace, so the newest draft stays in the shape every version
    of the app reads (``week_start`` and the fields at the top, its errors beside them) and older weeks ride
    along under ``other_weeks``; an older app simply ignores them instead of losing the newest draft.
    """
    draft = drafts.load_draft(engine, DRAFT_KEY, ws_id)
    if draft is None:
        return {}
    out: dict[str, WeekDraft] = {}
    other = draft.fields.get(OTHER_WEEKS)
    if isinstance(other, dict):
        for iso, entry in other.items():
            if not isinstance(entry, dict) or not isinstance(entry.get("fields"), dict):
                continue  # a damaged entry is dropped: a draft is a convenience, never an error
            errors = entry.get("errors")
            saved_at: datetime | None = None
            try:
                saved_at = datetime.fromisoformat(str(entry.get("saved_at")))
            except ValueError:
                pass
            out[str(iso)] = WeekDraft(
                _as_texts(entry["fields"]),
                {str(k): str(v) for k, v in errors.items()} if isinstance(errors, dict) else {},
                saved_at,
            )
    week = draft.fields.get("week_start")
    if isinstance(week, str):
        out.pop(week, None)
        out[week] = WeekDraft(_as_texts(draft.fields), draft.errors, draft.saved_at)
    return out


def store_week_drafts(engine: Any, ws_id: int, weeks: dict[str, WeekDraft]) -> None:
    """Write ``weeks`` back (the last one is the newest); no weeks left clears the setting."""
    if not weeks:
        drafts.clear_draft(engine, DRAFT_KEY, ws_id)
        return
    *older, (week, newest) = weeks.items()
    fields: dict[str, Any] = {"week_start": week, **newest.texts}
    if older:
        fields[OTHER_WEEKS] = {
            iso: {
                "fields": d.texts,
                "errors": d.errors,
                "saved_at": d.saved_at.isoformat() if d.saved_at is not None else None,
            }
            for iso, d in older
        }
    drafts.save_draft(engine, DRAFT_KEY, ws_id, fields, newest.errors, now=newest.saved_at)
