"""Promise-area use cases: promise versions, profile, homes, formats, prompt library, readiness.

Every write is one transaction; each mutating function returns what an undo needs (the old values or the new
row id), so the GUI's QUndoCommands stay thin and the CLI can reuse the same calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from microcomm_desktop.domain.promise import HOME_KINDS, split_attention_warning
from microcomm_desktop.domain.prompts import RUNGS, check_prompt, too_soon
from microcomm_desktop.domain.readiness import ChecklistItem, RitualPlan, readiness_checklist, readiness_input
from microcomm_desktop.i18n import translate
from microcomm_desktop.services.file_reads import PromiseVersion as PromiseVersion  # declared with its DB-API twin
from microcomm_desktop.services.rows import plain
from microcomm_desktop.services.rows import values as row_values
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import (
    CommunityHome,
    CommunityProfile,
    Post,
    Promise,
    Prompt,
    PromptUse,
    RecurringFormat,
    Ritual,
)
from microcomm_desktop.store.models.base import utcnow


class InputError(ValueError):
    """Bad user input: ``field`` names the form field, the message is shown next to it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


# ---------------------------------------------------------------- plain rows handed to the UI and CLI


@dataclass(frozen=True)
class ProfileRow:
    """The community profile; ``id`` None means nothing is stored yet and these are the defaults."""

    id: int | None
    workspace_id: int
    topic: str
    onboarding_rules: str
    onboarding_what_to_post: str
    onboarding_help: str
    disclosure_line: str
    sla_minutes: int
    sla_first_n: int
    updated_at: datetime


@dataclass(frozen=True)
class HomeRow:
    """A place the community gathers; kept whole on delete so undo can put it back."""

    id: int
    workspace_id: int
    kind: str
    label: str
    is_primary: bool
    added_on: date | None


@dataclass(frozen=True)
class FormatRow:
    """A recurring format; kept whole on delete so undo can put it back."""

    id: int
    workspace_id: int
    name: str
    description: str
    cadence: str
    position: int


@dataclass(frozen=True)
class PromptUseRow:
    id: int
    prompt_id: int
    used_on: date
    post_id: int | None


@dataclass(frozen=True)
class StoredPrompt:
    """A prompt's stored columns (not the library view, which is ``PromptRow``)."""

    id: int
    workspace_id: int
    ritual_id: int | None
    text: str
    rung: str
    position: int
    created_at: datetime


# ---------------------------------------------------------------- promise versions


def current_promise(engine: Engine, ws_id: int) -> PromiseVersion | None:
    with session_scope(engine) as s:
        row = s.exec(
            select(Promise)
            .where(Promise.workspace_id == ws_id)
            .order_by(col(Promise.created_at).desc(), col(Promise.id).desc())
        ).first()
        return plain(PromiseVersion, row) if row is not None else None


def promise_history(engine: Engine, ws_id: int) -> list[PromiseVersion]:
    """All versions, newest first (the first one is the current promise)."""
    with session_scope(engine) as s:
        return [
            plain(PromiseVersion, r)
            for r in s.exec(
                select(Promise)
                .where(Promise.workspace_id == ws_id)
                .order_by(col(Promise.created_at).desc(), col(Promise.id).desc())
            )
        ]


def save_promise(engine: Engine, ws_id: int, who: str, outcome: str, format_text: str) -> int | None:
    """Store a new version when the text changed; returns its id (None when nothing changed)."""
    who, outcome, format_text = who.strip(), outcome.strip(), format_text.strip()
    cur = current_promise(engine, ws_id)
    if cur is not None and (cur.who, cur.outcome, cur.format_text) == (who, outcome, format_text):
        return None
    with session_scope(engine) as s:
        row = Promise(workspace_id=ws_id, who=who, outcome=outcome, format_text=format_text)
        s.add(row)
        s.flush()
        return row.id


def delete_promise_version(engine: Engine, promise_id: int) -> None:
    with session_scope(engine) as s:
        row = s.get(Promise, promise_id)
        if row is not None:
            s.delete(row)


# ---------------------------------------------------------------- profile

PROFILE_FIELDS = (
    "topic",
    "onboarding_rules",
    "onboarding_what_to_post",
    "onboarding_help",
    "disclosure_line",
    "sla_minutes",
    "sla_first_n",
)


def get_profile(engine: Engine, ws_id: int) -> ProfileRow:
    """The profile, or an unsaved one with defaults (reading never writes)."""
    with session_scope(engine) as s:
        row = s.exec(select(CommunityProfile).where(CommunityProfile.workspace_id == ws_id)).first()
        return plain(ProfileRow, row if row is not None else CommunityProfile(workspace_id=ws_id))


def update_profile(engine: Engine, ws_id: int, **values: Any) -> dict[str, Any]:
    """Set profile fields; returns the previous values of the fields given (for undo)."""
    unknown = set(values) - set(PROFILE_FIELDS)
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    for key in ("sla_minutes", "sla_first_n"):
        if key in values:
            v = values[key]
            if not isinstance(v, int) or isinstance(v, bool) or v < 1 or v > 100_000:
                raise InputError(key, translate("services.promise", "Enter a whole number of at least 1."))
    with session_scope(engine) as s:
        row = s.exec(select(CommunityProfile).where(CommunityProfile.workspace_id == ws_id)).first()
        if row is None:
            row = CommunityProfile(workspace_id=ws_id)
        old = {k: getattr(row, k) for k in values}
        for k, v in values.items():
            setattr(row, k, v.strip() if isinstance(v, str) and k != "onboarding_rules" else v)
        row.updated_at = utcnow()
        s.add(row)
        return old


def onboarding_text(rules: str, what_to_post: str, help_text: str) -> str:
    """The pinned welcome post as plain text, ready to paste (from the fields as typed, saved or not)."""
    parts = [
        (translate("services.promise", "Rules"), rules),
        (translate("services.promise", "What to post"), what_to_post),
        (translate("services.promise", "How to get help"), help_text),
    ]
    return "\n\n".join(f"{h}:\n{t.strip()}" for h, t in parts if t.strip())


def word_count(text: str) -> int:
    return len(text.split())


# ---------------------------------------------------------------- homes


def list_homes(engine: Engine, ws_id: int) -> list[HomeRow]:
    with session_scope(engine) as s:
        return [
            plain(HomeRow, h)
            for h in s.exec(
                select(CommunityHome).where(CommunityHome.workspace_id == ws_id).order_by(col(CommunityHome.id))
            )
        ]


def add_home(
    engine: Engine, ws_id: int, kind: str, label: str, today: date, primary: bool = True
) -> tuple[int, str | None]:
    """Add a home; returns (id, split-attention warning or None)."""
    if kind not in HOME_KINDS:
        raise InputError("kind", translate("services.promise", "Unknown home kind {kind}.").format(kind=repr(kind)))
    with session_scope(engine) as s:
        row = CommunityHome(workspace_id=ws_id, kind=kind, label=label.strip(), is_primary=primary, added_on=today)
        s.add(row)
        s.flush()
        n = s.exec(
            select(func.count())
            .select_from(CommunityHome)
            .where(CommunityHome.workspace_id == ws_id, col(CommunityHome.is_primary))
        ).one()
        assert row.id is not None
        return row.id, split_attention_warning(int(n))


def restore_home(engine: Engine, home: HomeRow) -> int:
    with session_scope(engine) as s:
        row = CommunityHome(**row_values(home))
        s.add(row)
        s.flush()
        assert row.id is not None
        return row.id


def delete_home(engine: Engine, home_id: int) -> HomeRow | None:
    with session_scope(engine) as s:
        row = s.get(CommunityHome, home_id)
        if row is None:
            return None
        kept = plain(HomeRow, row)
        s.delete(row)
        return kept


def primary_home_warning(engine: Engine, ws_id: int) -> str | None:
    return split_attention_warning(sum(1 for h in list_homes(engine, ws_id) if h.is_primary))


# ---------------------------------------------------------------- formats


def list_formats(engine: Engine, ws_id: int) -> list[FormatRow]:
    with session_scope(engine) as s:
        return [
            plain(FormatRow, f)
            for f in s.exec(
                select(RecurringFormat)
                .where(RecurringFormat.workspace_id == ws_id)
                .order_by(col(RecurringFormat.position), col(RecurringFormat.id))
            )
        ]


def add_format(engine: Engine, ws_id: int, name: str, description: str = "", cadence: str = "weekly") -> int:
    name = name.strip()
    if not name:
        raise InputError("name", translate("services.promise", "Give the format a name."))
    if len(name) > 120:
        raise InputError("name", translate("services.promise", "Keep the name under 120 characters."))
    with session_scope(engine) as s:
        pos = s.exec(
            select(func.coalesce(func.max(RecurringFormat.position), -1)).where(RecurringFormat.workspace_id == ws_id)
        ).one()
        row = RecurringFormat(
            workspace_id=ws_id,
            name=name,
            description=description.strip(),
            cadence=cadence.strip(),
            position=int(pos) + 1,
        )
        s.add(row)
        s.flush()
        assert row.id is not None
        return row.id


def update_format(engine: Engine, format_id: int, **values: str) -> dict[str, str]:
    if "name" in values and not values["name"].strip():
        raise InputError("name", translate("services.promise", "Give the format a name."))
    with session_scope(engine) as s:
        row = s.get(RecurringFormat, format_id)
        if row is None:
            return {}
        old = {k: getattr(row, k) for k in values}
        for k, v in values.items():
            if k not in ("name", "description", "cadence"):
                raise KeyError(k)
            setattr(row, k, v.strip())
        s.add(row)
        return old


def delete_format(engine: Engine, format_id: int) -> FormatRow | None:
    with session_scope(engine) as s:
        row = s.get(RecurringFormat, format_id)
        if row is None:
            return None
        kept = plain(FormatRow, row)
        s.delete(row)
        return kept


def restore_format(engine: Engine, fmt: FormatRow) -> int:
    with session_scope(engine) as s:
        row = RecurringFormat(**row_values(fmt))
        s.add(row)
        s.flush()
        assert row.id is not None
        return row.id


# ---------------------------------------------------------------- prompts


@dataclass
class PromptRow:
    """A prompt as the library shows it: with its ritual's name, quality check and last use."""

    id: int
    text: str
    rung: str
    ritual_id: int | None
    ritual_name: str
    position: int
    broad: bool
    check: str
    last_used: date | None
    uses: int
    too_soon: bool


def list_prompts(engine: Engine, ws_id: int, today: date) -> list[PromptRow]:
    with session_scope(engine) as s:
        names = {r.id: r.name for r in s.exec(select(Ritual).where(Ritual.workspace_id == ws_id))}
        uses = {
            pid: (last, n)
            for pid, last, n in s.exec(
                select(PromptUse.prompt_id, func.max(PromptUse.used_on), func.count())
                .join(Prompt, col(Prompt.id) == col(PromptUse.prompt_id))
                .where(Prompt.workspace_id == ws_id)
                .group_by(col(PromptUse.prompt_id))
            )
        }
        rows = s.exec(
            select(Prompt).where(Prompt.workspace_id == ws_id).order_by(col(Prompt.position), col(Prompt.id))
        ).all()
        out: list[PromptRow] = []
        for p in rows:
            chk = check_prompt(p.text)
            last, n = uses.get(p.id or 0, (None, 0))  # type: ignore[arg-type]
            out.append(
                PromptRow(
                    id=p.id or 0,
                    text=p.text,
                    rung=p.rung,
                    ritual_id=p.ritual_id,
                    ritual_name=names.get(p.ritual_id, "") if p.ritual_id else "",
                    position=p.position,
                    broad=chk.is_broad,
                    check=chk.summary,
                    last_used=last,
                    uses=int(n),
                    too_soon=too_soon(last, today),
                )
            )
        return out


def _validate_prompt(text: str, rung: str) -> str:
    t = " ".join(text.split())
    if not t:
        raise InputError("text", translate("services.promise", "Write the prompt text."))
    if len(t) > 500:
        raise InputError("text", translate("services.promise", "Keep a prompt under 500 characters."))
    if rung not in RUNGS:
        raise InputError("rung", translate("services.promise", "Pick a rung: {rungs}.").format(rungs=", ".join(RUNGS)))
    return t


def add_prompt(engine: Engine, ws_id: int, text: str, rung: str = "identity", ritual_id: int | None = None) -> int:
    t = _validate_prompt(text, rung)
    with session_scope(engine) as s:
        pos = s.exec(select(func.coalesce(func.max(Prompt.position), -1)).where(Prompt.workspace_id == ws_id)).one()
        row = Prompt(workspace_id=ws_id, text=t, rung=rung, ritual_id=ritual_id, position=int(pos) + 1)
        s.add(row)
        s.flush()
        assert row.id is not None
        return row.id


def update_prompt(engine: Engine, prompt_id: int, **values: Any) -> dict[str, Any]:
    """Change text / rung / ritual_id; returns the old values."""
    with session_scope(engine) as s:
        row = s.get(Prompt, prompt_id)
        if row is None:
            return {}
        if "text" in values or "rung" in values:
            values["text"] = _validate_prompt(values.get("text", row.text), values.get("rung", row.rung))
        old = {k: getattr(row, k) for k in values}
        for k, v in values.items():
            if k not in ("text", "rung", "ritual_id"):
                raise KeyError(k)
            setattr(row, k, v)
        s.add(row)
        return old


def delete_prompt(engine: Engine, prompt_id: int) -> tuple[StoredPrompt, list[PromptUseRow]] | None:
    with session_scope(engine) as s:
        row = s.get(Prompt, prompt_id)
        if row is None:
            return None
        uses = [plain(PromptUseRow, u) for u in s.exec(select(PromptUse).where(PromptUse.prompt_id == prompt_id))]
        kept = plain(StoredPrompt, row)
        s.delete(row)
        return kept, uses


def restore_prompt(engine: Engine, prompt: StoredPrompt, uses: list[PromptUseRow]) -> int:
    with session_scope(engine) as s:
        row = Prompt(**row_values(prompt))
        s.add(row)
        s.flush()
        for u in uses:
            s.add(PromptUse(prompt_id=row.id or 0, used_on=u.used_on, post_id=u.post_id))
        assert row.id is not None
        return row.id


def prompt_order(engine: Engine, ws_id: int) -> list[int]:
    with session_scope(engine) as s:
        return [
            int(i)
            for i in s.exec(
                select(Prompt.id).where(Prompt.workspace_id == ws_id).order_by(col(Prompt.position), col(Prompt.id))
            )
            if i is not None
        ]


def reorder_prompts(engine: Engine, ws_id: int, ordered_ids: list[int]) -> list[int]:
    """Persist a new order (ids not listed keep their relative order at the end); returns the old order."""
    old = prompt_order(engine, ws_id)
    seen = set(ordered_ids)
    final = [i for i in ordered_ids if i in set(old)] + [i for i in old if i not in seen]
    with session_scope(engine) as s:
        for pos, pid in enumerate(final):
            row = s.get(Prompt, pid)
            if row is not None and row.position != pos:
                row.position = pos
                s.add(row)
    return old


def mark_prompt_used(engine: Engine, prompt_id: int, used_on: date, post_id: int | None = None) -> int:
    with session_scope(engine) as s:
        if s.get(Prompt, prompt_id) is None:
            raise InputError("prompt", translate("services.promise", "That prompt no longer exists."))
        if post_id is not None and s.get(Post, post_id) is None:
            raise InputError("post", translate("services.promise", "That post no longer exists."))
        row = PromptUse(prompt_id=prompt_id, used_on=used_on, post_id=post_id)
        s.add(row)
        s.flush()
        assert row.id is not None
        return row.id


def delete_prompt_use(engine: Engine, use_id: int) -> None:
    with session_scope(engine) as s:
        row = s.get(PromptUse, use_id)
        if row is not None:
            s.delete(row)


def prompt_counts_by_ritual(engine: Engine, ws_id: int) -> dict[str, int]:
    """Ritual name → number of prompts (every ritual listed, also those with none)."""
    with session_scope(engine) as s:
        rituals = list(s.exec(select(Ritual).where(Ritual.workspace_id == ws_id).order_by(col(Ritual.id))))
        counts = dict(
            s.exec(
                select(Prompt.ritual_id, func.count())
                .where(Prompt.workspace_id == ws_id, col(Prompt.ritual_id).is_not(None))
                .group_by(col(Prompt.ritual_id))
            ).all()
        )
        return {r.name: int(counts.get(r.id, 0)) for r in rituals}


# ---------------------------------------------------------------- readiness


def readiness(engine: Engine, ws_id: int, today: date) -> list[ChecklistItem]:
    """The checklist (its DB-API twin: ``services.file_reads.FileReader.readiness``; a test compares them)."""
    p = current_promise(engine, ws_id)
    prof = get_profile(engine, ws_id)
    with session_scope(engine) as s:
        rituals = [
            RitualPlan(r.name, r.weekdays, r.active_to)
            for r in s.exec(select(Ritual).where(Ritual.workspace_id == ws_id).order_by(col(Ritual.id)))
        ]
    return readiness_checklist(
        readiness_input(
            (p.who, p.outcome, p.format_text) if p else None,
            {f: getattr(prof, f) for f in PROFILE_FIELDS} if prof.id is not None else None,
            sum(1 for h in list_homes(engine, ws_id) if h.is_primary),
            len(list_formats(engine, ws_id)),
            rituals,
            prompt_counts_by_ritual(engine, ws_id),
            today,
        )
    )
