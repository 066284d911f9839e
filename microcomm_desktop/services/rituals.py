"""Ritual use cases: ritual CRUD, the calendar (expanded occurrences + stored outcomes), one-off events,
occurrence outcomes (run/skipped, recap, prompt, attached posts) and streaks.

Only outcomes are stored; the schedule is expanded by ``domain.rituals`` so changing a ritual's weekday never
leaves stale future rows behind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import col, select

from microcomm_desktop.domain.rituals import (
    RitualSpec,
    Streak,
    expand,
    format_weekdays,
    parse_time,
    parse_weekdays,
    streak,
)
from microcomm_desktop.i18n import translate
from microcomm_desktop.services.promise import InputError
from microcomm_desktop.services.rows import plain
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import CalendarEvent, Post, Prompt, PromptUse, Ritual, RitualOccurrence

DEFAULT_SUGGESTIONS: list[dict[str, Any]] = [
    {
        "name": "Tuesday teardown",
        "format_text": "teardown series",
        "weekdays": "1",
        "time_of_day": "18:30",
        "duration_minutes": 45,
        "recap_habit": "Recap post the next day with the three most useful fixes",
        "notes": "Members submit profiles or work for review with one consistent rubric.",
    },
    {
        "name": "Friday wins",
        "format_text": "weekly challenge",
        "weekdays": "4",
        "time_of_day": "17:00",
        "duration_minutes": 30,
        "recap_habit": "Feature three member wins",
        "notes": "Members share the week's results.",
    },
]
RITUAL_FIELDS = (
    "name",
    "format_id",
    "format_text",
    "weekdays",
    "time_of_day",
    "duration_minutes",
    "home",
    "recap_habit",
    "active_from",
    "active_to",
    "notes",
)
STATUSES = ("planned", "run", "skipped")


@dataclass(frozen=True)
class RitualRow:
    """A ritual's stored columns, as the UI and CLI see them."""

    id: int
    workspace_id: int
    name: str
    format_id: int | None
    format_text: str
    weekdays: str
    time_of_day: str
    duration_minutes: int
    home: str
    recap_habit: str
    active_from: date
    active_to: date | None
    notes: str


@dataclass(frozen=True)
class EventRow:
    """A one-off calendar event."""

    id: int
    workspace_id: int
    title: str
    local_date: date
    time_of_day: str
    duration_minutes: int
    notes: str


@dataclass(frozen=True)
class NearbyPost:
    """A post near an occurrence's date, offered for attaching to it."""

    id: int
    platform: str
    local_date: date
    local_minute: int
    title: str


def validate_ritual(values: dict[str, Any]) -> dict[str, str]:
    """Field → message for every problem at once (empty when fine); normalises weekdays and time in place."""
    errors: dict[str, str] = {}
    if "name" in values:
        values["name"] = str(values["name"]).strip()
        if not values["name"]:
            errors["name"] = translate("services.rituals", "Give the ritual a name.")
        elif len(values["name"]) > 120:
            errors["name"] = translate("services.rituals", "Keep the name under 120 characters.")
    if "weekdays" in values:
        try:
            days = parse_weekdays(str(values["weekdays"]))
            if not days:
                errors["weekdays"] = translate("services.rituals", "Pick at least one weekday.")
            values["weekdays"] = ",".join(str(d) for d in days)
        except ValueError as exc:
            errors["weekdays"] = str(exc)
    if "time_of_day" in values:
        try:
            values["time_of_day"] = parse_time(str(values["time_of_day"])).strftime("%H:%M")
        except ValueError as exc:
            errors["time_of_day"] = str(exc)
    if "duration_minutes" in values:
        d = values["duration_minutes"]
        if not isinstance(d, int) or isinstance(d, bool) or not 1 <= d <= 24 * 60:
            errors["duration_minutes"] = translate("services.rituals", "Duration is 1 to 1440 minutes.")
    af, at = values.get("active_from"), values.get("active_to")
    if "active_from" in values and not isinstance(af, date):
        errors["active_from"] = translate("services.rituals", "Pick the first date.")
    if isinstance(af, date) and isinstance(at, date) and at < af:
        errors["active_to"] = translate("services.rituals", "The end date is before the start date.")
    return errors


def list_rituals(engine: Engine, ws_id: int) -> list[RitualRow]:
    with session_scope(engine) as s:
        return [
            plain(RitualRow, r)
            for r in s.exec(select(Ritual).where(Ritual.workspace_id == ws_id).order_by(col(Ritual.id)))
        ]


def get_ritual(engine: Engine, ritual_id: int) -> RitualRow | None:
    with session_scope(engine) as s:
        r = s.get(Ritual, ritual_id)
        return plain(RitualRow, r) if r is not None else None


def add_ritual(engine: Engine, ws_id: int, **values: Any) -> int:
    values.setdefault("weekdays", "")
    values.setdefault("time_of_day", "18:00")
    values.setdefault("duration_minutes", 60)
    errors = validate_ritual(values)
    if errors:
        k = next(iter(errors))
        raise InputError(k, errors[k])
    with session_scope(engine) as s:
        row = Ritual(workspace_id=ws_id, **{k: v for k, v in values.items() if k in RITUAL_FIELDS})
        s.add(row)
        s.flush()
        assert row.id is not None
        return row.id


def update_ritual(engine: Engine, ritual_id: int, **values: Any) -> dict[str, Any]:
    """Returns the old values of the fields given (for undo)."""
    unknown = set(values) - set(RITUAL_FIELDS)
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    with session_scope(engine) as s:
        row = s.get(Ritual, ritual_id)
        if row is None:
            raise InputError("ritual", translate("services.rituals", "That ritual no longer exists."))
        check = dict(values)
        if "active_to" in check and "active_from" not in check:
            check["active_from"] = row.active_from
        if "active_from" in check and "active_to" not in check:
            check["active_to"] = row.active_to
        errors = validate_ritual(check)
        if errors:
            k = next(iter(errors))
            raise InputError(k, errors[k])
        old = {k: getattr(row, k) for k in values}
        for k in values:
            setattr(row, k, check[k])
        s.add(row)
        return old


def delete_ritual(engine: Engine, ritual_id: int) -> None:
    with session_scope(engine) as s:
        row = s.get(Ritual, ritual_id)
        if row is not None:
            s.delete(row)


def ritual_values(r: RitualRow) -> dict[str, Any]:
    """The fields ``add_ritual`` takes, so undoing a delete re-adds the ritual as it was."""
    return {k: getattr(r, k) for k in RITUAL_FIELDS}


def spec_of(r: RitualRow) -> RitualSpec:
    return RitualSpec(
        ritual_id=r.id or 0,
        name=r.name,
        weekdays=parse_weekdays(r.weekdays),
        time_of_day=parse_time(r.time_of_day),
        duration_minutes=r.duration_minutes,
        active_from=r.active_from,
        active_to=r.active_to,
    )


def schedule_text(r: RitualRow) -> str:
    days = format_weekdays(parse_weekdays(r.weekdays)) or "no weekday"
    end = f" until {r.active_to.isoformat()}" if r.active_to else ""
    return f"{days} {r.time_of_day} ({r.duration_minutes} min){end}"


@dataclass
class CalendarItem:
    """One cell entry of the calendar: a ritual occurrence (with its outcome) or a one-off event."""

    kind: str  # "ritual" | "event"
    local_date: date
    time_of_day: str
    title: str
    ritual_id: int | None = None
    event_id: int | None = None
    occurrence_id: int | None = None
    status: str = "planned"
    recap: str = ""
    prompt_id: int | None = None
    post_ids: list[int] = field(default_factory=list)
    notes: str = ""  # a one-off event's notes (an imported calendar's description)

    @property
    def due(self) -> bool:
        return self.kind == "ritual" and self.status == "planned"


def calendar(engine: Engine, ws_id: int, start: date, end: date) -> list[CalendarItem]:
    """Occurrences and events with ``start <= local_date <= end``, sorted by date and time."""
    rituals = list_rituals(engine, ws_id)
    specs = [spec_of(r) for r in rituals if r.weekdays.strip()]
    occs = expand(specs, start, end)
    with session_scope(engine) as s:
        stored = {
            (o.ritual_id, o.local_date): o
            for o in s.exec(
                select(RitualOccurrence)
                .join(Ritual, col(Ritual.id) == col(RitualOccurrence.ritual_id))
                .where(
                    Ritual.workspace_id == ws_id,
                    RitualOccurrence.local_date >= start,
                    RitualOccurrence.local_date <= end,
                )
            )
        }
        occ_ids = [o.id for o in stored.values() if o.id is not None]
        posts: dict[int, list[int]] = {}
        if occ_ids:
            for pid, oid in s.exec(
                select(Post.id, Post.ritual_occurrence_id).where(col(Post.ritual_occurrence_id).in_(occ_ids))
            ):
                posts.setdefault(int(oid or 0), []).append(int(pid or 0))
        events = list(
            s.exec(
                select(CalendarEvent).where(
                    CalendarEvent.workspace_id == ws_id,
                    CalendarEvent.local_date >= start,
                    CalendarEvent.local_date <= end,
                )
            )
        )
    items: list[CalendarItem] = []
    for o in occs:
        st = stored.get((o.ritual_id, o.local_date))
        items.append(
            CalendarItem(
                kind="ritual",
                local_date=o.local_date,
                time_of_day=o.local_time.strftime("%H:%M"),
                title=o.name,
                ritual_id=o.ritual_id,
                occurrence_id=st.id if st else None,
                status=st.status if st else "planned",
                recap=st.recap if st else "",
                prompt_id=st.prompt_id if st else None,
                post_ids=sorted(posts.get(st.id or 0, [])) if st else [],
            )
        )
    for e in events:
        items.append(
            CalendarItem(
                kind="event",
                local_date=e.local_date,
                time_of_day=e.time_of_day,
                title=e.title,
                event_id=e.id,
                notes=e.notes,
            )
        )
    items.sort(key=lambda i: (i.local_date, i.time_of_day, i.title))
    return items


@dataclass
class OccurrenceState:
    """What an occurrence looked like before an edit, so undo can put it back exactly."""

    ritual_id: int
    local_date: date
    existed: bool
    status: str = "planned"
    recap: str = ""
    prompt_id: int | None = None
    notes: str = ""
    post_ids: list[int] = field(default_factory=list)


def occurrence_state(engine: Engine, ritual_id: int, local_date: date) -> OccurrenceState:
    with session_scope(engine) as s:
        o = s.exec(
            select(RitualOccurrence).where(
                RitualOccurrence.ritual_id == ritual_id, RitualOccurrence.local_date == local_date
            )
        ).first()
        if o is None:
            return OccurrenceState(ritual_id, local_date, existed=False)
        pids = [int(p or 0) for p in s.exec(select(Post.id).where(Post.ritual_occurrence_id == o.id))]
        return OccurrenceState(ritual_id, local_date, True, o.status, o.recap, o.prompt_id, o.notes, sorted(pids))


def set_occurrence(
    engine: Engine,
    ritual_id: int,
    local_date: date,
    *,
    status: str | None = None,
    recap: str | None = None,
    prompt_id: int | None | str = "keep",
    post_ids: list[int] | None = None,
    record_prompt_use: bool = True,
) -> OccurrenceState:
    """Record the outcome of one occurrence; returns the previous state (for undo).

    Picking a prompt also logs a PromptUse on that date (and the first attached post), so the library knows
    it was used and warns before repeating it too soon.
    """
    before = occurrence_state(engine, ritual_id, local_date)
    if status is not None and status not in STATUSES:
        raise InputError(
            "status", translate("services.rituals", "Status is one of {statuses}.").format(statuses=", ".join(STATUSES))
        )
    with session_scope(engine) as s:
        rit = s.get(Ritual, ritual_id)
        if rit is None:
            raise InputError("ritual", translate("services.rituals", "That ritual no longer exists."))
        o = s.exec(
            select(RitualOccurrence).where(
                RitualOccurrence.ritual_id == ritual_id, RitualOccurrence.local_date == local_date
            )
        ).first()
        if o is None:
            o = RitualOccurrence(ritual_id=ritual_id, local_date=local_date)
        if status is not None:
            o.status = status
        if recap is not None:
            o.recap = recap
        new_prompt = False
        if prompt_id != "keep":
            new_prompt = prompt_id is not None and prompt_id != o.prompt_id
            o.prompt_id = prompt_id  # type: ignore[assignment]
        s.add(o)
        s.flush()
        if post_ids is not None:
            for p in s.exec(select(Post).where(Post.ritual_occurrence_id == o.id)):
                if p.id not in post_ids:
                    p.ritual_occurrence_id = None
                    s.add(p)
            for pid in post_ids:
                post = s.get(Post, pid)
                if post is None or post.workspace_id != rit.workspace_id:
                    raise InputError(
                        "posts",
                        translate("services.rituals", "Post {id} is not in this workspace's post log.").format(id=pid),
                    )
                post.ritual_occurrence_id = o.id
                s.add(post)
        if new_prompt and record_prompt_use and isinstance(prompt_id, int):
            if s.get(Prompt, prompt_id) is None:
                raise InputError("prompt", translate("services.rituals", "That prompt no longer exists."))
            linked = post_ids or before.post_ids
            first_post = linked[0] if linked else None
            s.add(PromptUse(prompt_id=prompt_id, used_on=local_date, post_id=first_post))
    return before


def restore_occurrence(engine: Engine, state: OccurrenceState) -> None:
    """Put an occurrence back exactly as ``state`` describes (the undo of ``set_occurrence``)."""
    with session_scope(engine) as s:
        o = s.exec(
            select(RitualOccurrence).where(
                RitualOccurrence.ritual_id == state.ritual_id, RitualOccurrence.local_date == state.local_date
            )
        ).first()
        if o is not None:
            # forget the prompt use the edit logged (same prompt, same date)
            if o.prompt_id is not None and o.prompt_id != state.prompt_id:
                u = s.exec(
                    select(PromptUse).where(PromptUse.prompt_id == o.prompt_id, PromptUse.used_on == state.local_date)
                ).first()
                if u is not None:
                    s.delete(u)
            for p in s.exec(select(Post).where(Post.ritual_occurrence_id == o.id)):
                p.ritual_occurrence_id = None
                s.add(p)
        if not state.existed:
            if o is not None:
                s.delete(o)
            return
        if o is None:
            o = RitualOccurrence(ritual_id=state.ritual_id, local_date=state.local_date)
        o.status, o.recap, o.prompt_id, o.notes = state.status, state.recap, state.prompt_id, state.notes
        s.add(o)
        s.flush()
        for pid in state.post_ids:
            post = s.get(Post, pid)
            if post is not None:
                post.ritual_occurrence_id = o.id
                s.add(post)


# ---------------------------------------------------------------- one-off events


def add_event(
    engine: Engine, ws_id: int, title: str, local_date: date, time_of_day: str = "", duration_minutes: int = 60
) -> int:
    title = title.strip()
    if not title:
        raise InputError("title", translate("services.rituals", "Give the event a title."))
    if time_of_day.strip():
        try:
            time_of_day = parse_time(time_of_day).strftime("%H:%M")
        except ValueError as exc:
            raise InputError("time_of_day", str(exc)) from exc
    with session_scope(engine) as s:
        row = CalendarEvent(
            workspace_id=ws_id,
            title=title,
            local_date=local_date,
            time_of_day=time_of_day.strip(),
            duration_minutes=duration_minutes,
        )
        s.add(row)
        s.flush()
        assert row.id is not None
        return row.id


def delete_event(engine: Engine, event_id: int) -> EventRow | None:
    with session_scope(engine) as s:
        row = s.get(CalendarEvent, event_id)
        if row is None:
            return None
        kept = plain(EventRow, row)
        s.delete(row)
        return kept


def list_events(engine: Engine, ws_id: int) -> list[EventRow]:
    with session_scope(engine) as s:
        return [
            plain(EventRow, e)
            for e in s.exec(
                select(CalendarEvent).where(CalendarEvent.workspace_id == ws_id).order_by(col(CalendarEvent.local_date))
            )
        ]


# ---------------------------------------------------------------- streaks


@dataclass
class RitualSummary:
    ritual: RitualRow
    schedule: str
    streak: Streak
    prompts: int


def ritual_summaries(engine: Engine, ws_id: int, today: date) -> list[RitualSummary]:
    """Each ritual with its streak over its whole active history up to ``today``."""
    rituals = list_rituals(engine, ws_id)
    if not rituals:
        return []
    start = min(r.active_from for r in rituals)
    items = calendar(engine, ws_id, start, today)
    with session_scope(engine) as s:
        counts: dict[int, int] = {}
        for rid in s.exec(select(Prompt.ritual_id).where(Prompt.workspace_id == ws_id)):
            if rid is not None:
                counts[rid] = counts.get(rid, 0) + 1
    out = []
    for r in rituals:
        sts = [(i.local_date, i.status) for i in items if i.ritual_id == r.id]
        out.append(RitualSummary(r, schedule_text(r), streak(sts, today), counts.get(r.id or 0, 0)))
    return out


def recent_posts(engine: Engine, ws_id: int, around: date, days: int = 3) -> list[NearbyPost]:
    """Posts near a date, to attach to an occurrence (the post log's own rows, newest first)."""
    with session_scope(engine) as s:
        return [
            plain(NearbyPost, p)
            for p in s.exec(
                select(Post)
                .where(
                    Post.workspace_id == ws_id,
                    Post.local_date >= around - timedelta(days=days),
                    Post.local_date <= around + timedelta(days=days),
                )
                .order_by(col(Post.local_date).desc(), col(Post.local_minute).desc())
            )
        ]
