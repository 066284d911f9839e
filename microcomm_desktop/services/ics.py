"""The pinned calendar as iCalendar: rituals as weekly RRULE events (in the workspace's zone), one-off events,
and import of another calendar's weekly events as rituals.

Times carry the workspace's TZID (with a VTIMEZONE) so "Tuesday 18:30" stays 18:30 for members across DST,
and UNTIL is given in UTC as RFC 5545 requires when DTSTART has a TZID. Skipped occurrences become EXDATEs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy.engine import Engine
from sqlmodel import select

from microcomm_desktop.domain.rituals import expand, local_to_utc, parse_time, parse_weekdays
from microcomm_desktop.services import safe_files
from microcomm_desktop.services.rituals import add_ritual, list_events, list_rituals, spec_of
from microcomm_desktop.services.timezones import zone
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Ritual, RitualOccurrence, Workspace

_BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
PRODID = "-//MicroComm Desktop//Community calendar//EN"


def build_calendar(engine: Engine, ws_id: int, now: datetime | None = None) -> Calendar:
    """The workspace's rituals and events as a Calendar object (``now`` stamps DTSTAMP; pass it in tests)."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    with session_scope(engine) as s:
        ws = s.get(Workspace, ws_id)
        if ws is None:
            raise ValueError(f"No workspace {ws_id}")
        skipped: dict[int, list[date]] = {}
        for o in s.exec(
            select(RitualOccurrence)
            .join(Ritual)
            .where(Ritual.workspace_id == ws_id, RitualOccurrence.status == "skipped")
        ):
            skipped.setdefault(o.ritual_id, []).append(o.local_date)
    tz_name = zone(ws.timezone).key
    tz = ZoneInfo(tz_name)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"{ws.name} — community rituals")
    cal.add("x-wr-timezone", tz_name)
    for r in list_rituals(engine, ws_id):
        if not r.weekdays.strip():
            continue
        spec = spec_of(r)
        first = expand([spec], r.active_from, r.active_from + timedelta(days=6))
        if not first:
            continue  # ends before its first weekday: nothing to publish
        start_local = datetime.combine(first[0].local_date, spec.time_of_day, tzinfo=tz)
        ev = Event()
        ev.add("uid", f"ritual-{r.id}-ws{ws_id}@microcomm.desktop")
        ev.add("dtstamp", stamp)
        ev.add("summary", r.name)
        ev.add("dtstart", start_local)
        ev.add("duration", timedelta(minutes=r.duration_minutes))
        rule: dict[str, Any] = {"freq": "weekly", "byday": [_BYDAY[d] for d in spec.weekdays]}
        if r.active_to is not None:
            rule["until"] = local_to_utc(r.active_to, spec.time_of_day, tz_name)
        ev.add("rrule", rule)
        desc = [
            x
            for x in (
                f"Format: {r.format_text}" if r.format_text else "",
                f"Where: {r.home}" if r.home else "",
                f"Recap: {r.recap_habit}" if r.recap_habit else "",
                r.notes,
            )
            if x
        ]
        if desc:
            ev.add("description", "\n".join(desc))
        if r.home:
            ev.add("location", r.home)
        ex = sorted(skipped.get(r.id or 0, []))
        if ex:
            ev.add("exdate", [datetime.combine(d, spec.time_of_day, tzinfo=tz) for d in ex])
        ev.add("x-microcomm-format", r.format_text)
        ev.add("x-microcomm-recap", r.recap_habit)
        ev.add("x-microcomm-active-from", r.active_from.isoformat())  # DTSTART is the first *occurrence*
        cal.add_component(ev)
    for e in list_events(engine, ws_id):
        ev = Event()
        ev.add("uid", f"event-{e.id}-ws{ws_id}@microcomm.desktop")
        ev.add("dtstamp", stamp)
        ev.add("summary", e.title)
        if e.time_of_day:
            ev.add("dtstart", datetime.combine(e.local_date, parse_time(e.time_of_day), tzinfo=tz))
            ev.add("duration", timedelta(minutes=e.duration_minutes))
        else:
            ev.add("dtstart", e.local_date)
        if e.notes:
            ev.add("description", e.notes)
        cal.add_component(ev)
    cal.add_missing_timezones()
    return cal


def export_ics(engine: Engine, ws_id: int, path: Path, now: datetime | None = None) -> int:
    """Write the calendar file; returns the number of events written."""
    cal = build_calendar(engine, ws_id, now)
    safe_files.write_bytes(path, cal.to_ical())
    return len(cal.walk("VEVENT"))


@dataclass
class ImportReport:
    """Row-by-row outcome of an import: what became a ritual, and why anything else did not."""

    created: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (summary, reason)
    created_ids: list[int] = field(default_factory=list)


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def parse_weekly_events(data: bytes, tz_name: str) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """Weekly VEVENTs → ritual field dicts in the zone ``tz_name``; everything else → (summary, reason)."""
    try:
        cal = Calendar.from_ical(data)
    except Exception as exc:  # icalendar raises ValueError and friends on junk
        raise ValueError(f"This is not a readable calendar file: {exc}") from exc
    tz = zone(tz_name)
    rituals: list[dict[str, Any]] = []
    skipped: list[tuple[str, str]] = []
    for ev in cal.walk("VEVENT"):
        summary = str(ev.get("summary", "")).strip()[:120] or "(untitled event)"
        try:
            _one_event(ev, summary, tz, rituals, skipped)
        except Exception as exc:  # a malformed property icalendar let through: report the event, import the rest
            skipped.append((summary, f"could not be read ({type(exc).__name__}: {str(exc)[:120] or 'malformed'})"))
    return rituals, skipped


# A COUNT reaching further than this is treated as open-ended (no end date) rather than walked day by day.
_MAX_COUNT_WEEKS = 52 * 200


def _one_event(ev: Any, summary: str, tz: Any, rituals: list[dict[str, Any]], skipped: list[tuple[str, str]]) -> None:
    """Append the event as ritual values to ``rituals`` or as (summary, reason) to ``skipped``."""
    rrule = ev.get("rrule")
    if rrule is None:
        skipped.append((summary, "one-off event: only weekly events become rituals"))
        return
    freq = str(_first(rrule.get("FREQ", [""]))).upper()
    interval = int(_first(rrule.get("INTERVAL", [1])) or 1)
    if freq != "WEEKLY" or interval != 1:
        skipped.append(
            (
                summary,
                f"repeats {freq.lower() or 'irregularly'}"
                + ("" if interval == 1 else f" every {interval}")
                + ": only weekly events become rituals",
            )
        )
        return
    dtstart_prop = ev.get("dtstart")
    if dtstart_prop is None:
        skipped.append((summary, "no start date"))
        return
    start = dtstart_prop.dt
    if not isinstance(start, datetime):
        skipped.append((summary, "all-day event: a ritual needs a time"))
        return
    local = start.astimezone(tz) if start.tzinfo is not None else start.replace(tzinfo=tz)
    shift = (local.date() - start.date()).days  # converting zones can move the weekday
    byday = rrule.get("BYDAY") or [_BYDAY[start.weekday()]]
    days: set[int] = set()
    bad = False
    for b in byday:
        code = str(b)[-2:].upper()
        if code not in _BYDAY:
            bad = True
            break
        days.add((_BYDAY.index(code) + shift) % 7)
    if bad:
        skipped.append((summary, f"unusual weekday rule {byday}"))
        return
    if ev.get("duration") is not None:
        dur = ev.get("duration").dt
    elif ev.get("dtend") is not None and isinstance(ev.get("dtend").dt, datetime):
        dur = ev.get("dtend").dt - start
    else:
        dur = timedelta(minutes=60)
    minutes = max(1, min(1440, int(dur.total_seconds() // 60)))
    active_to: date | None = None
    until = _first(rrule.get("UNTIL"))
    if until is not None:
        if isinstance(until, datetime):
            active_to = (until.astimezone(tz) if until.tzinfo else until.replace(tzinfo=tz)).date()
        else:
            active_to = until
    count = _first(rrule.get("COUNT"))
    if count is not None and active_to is None:
        n = int(count)
        if n < 1:
            skipped.append((summary, f"COUNT={n}: the event never happens"))
            return
        # The n-th occurrence: the weekly pattern of the first week repeats, so compute it directly
        # (walking day by day hangs on COUNT=1000000000 and overflows past year 9999).
        firsts = [local.date() + timedelta(days=i) for i in range(7)]
        firsts = [d for d in firsts if d.weekday() in days]
        full_weeks, rem = divmod(n - 1, len(firsts))
        active_to = None if full_weeks > _MAX_COUNT_WEEKS else firsts[rem] + timedelta(weeks=full_weeks)
    desc = str(ev.get("description", ""))
    active_from = local.date()
    af_text = str(ev.get("x-microcomm-active-from", ""))
    try:
        if af_text and date.fromisoformat(af_text) <= active_from:
            active_from = date.fromisoformat(af_text)
    except ValueError:
        pass
    rituals.append(
        {
            "name": summary[:120],
            "weekdays": ",".join(str(d) for d in sorted(days)),
            "time_of_day": local.strftime("%H:%M"),
            "duration_minutes": minutes,
            "active_from": active_from,
            "active_to": active_to,
            "home": str(ev.get("location", "")),
            "format_text": str(ev.get("x-microcomm-format", "")),
            "recap_habit": str(ev.get("x-microcomm-recap", "")),
            "notes": "" if ev.get("x-microcomm-format") is not None else desc,
        }
    )


def import_ics(engine: Engine, ws_id: int, path: Path) -> ImportReport:
    """Create a ritual per weekly event; events already present (same name, days and time) are skipped."""
    with session_scope(engine) as s:
        ws = s.get(Workspace, ws_id)
        tz_name = ws.timezone if ws else "UTC"
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"Could not read {path}: {exc.strerror or exc}") from exc
    found, skipped = parse_weekly_events(data, tz_name)
    report = ImportReport(skipped=list(skipped))
    existing = {(r.name, r.weekdays, r.time_of_day) for r in list_rituals(engine, ws_id)}
    for values in found:
        key = (values["name"], values["weekdays"], values["time_of_day"])
        if key in existing:
            report.skipped.append((values["name"], "already a ritual with the same days and time"))
            continue
        try:
            rid = add_ritual(engine, ws_id, **values)
        except ValueError as exc:
            report.skipped.append((values["name"], str(exc)))
            continue
        existing.add(key)
        report.created.append(values["name"])
        report.created_ids.append(rid)
    return report


def ritual_signature(r: Ritual) -> tuple[str, tuple[int, ...], time, int, date, date | None]:
    """What must survive an export → import round trip."""
    return (
        r.name,
        parse_weekdays(r.weekdays),
        parse_time(r.time_of_day),
        r.duration_minutes,
        r.active_from,
        r.active_to,
    )
