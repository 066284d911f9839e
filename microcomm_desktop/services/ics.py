"""The pinned calendar as iCalendar (.ics): export the workspace's rituals, skipped dates, one-off events and
notes; import a calendar file (Google, Outlook/Exchange, Apple, or our own export) into rituals, skipped
occurrences and one-off events, with a row-by-row report.

Export: times carry the workspace's TZID (with a VTIMEZONE) so "Tuesday 18:30" stays 18:30 for members across
DST, and UNTIL is the UTC instant of the last occurrence as RFC 5545 requires when DTSTART has a TZID. Skipped
occurrences become EXDATEs. What a calendar app has no field for (format, recap habit, the ritual's own notes,
its exact first and last date) travels in X-MICROCOMM-* properties so a re-import gives back the same rituals.

Import compares instants, not dates: a series ends at the last start not after its UNTIL instant (a date-only
UNTIL is the start of that day in the series' zone), a series from another zone is placed at the workspace time
most of its weeks fall on and the weeks whose real start differs are named in the report, RDATE dates are kept
(as one-off events on the ritual's name), EXDATEs and cancelled instances become skipped occurrences, moved
instances become a skip plus a one-off event. Everything the file holds either lands or is listed with a reason.
The whole import is one transaction.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event, vText
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from microcomm_desktop.domain.rituals import (
    expand,
    format_weekdays,
    last_weekly_start,
    local_to_utc,
    parse_time,
    parse_weekdays,
    place_in_zone,
    series_start_at,
    weekly_starts,
)
from microcomm_desktop.i18n import active_language, translate
from microcomm_desktop.services import safe_files
from microcomm_desktop.services.rituals import list_events, list_rituals, spec_of, validate_ritual
from microcomm_desktop.services.timezones import zone
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import CalendarEvent, Ritual, RitualOccurrence, Workspace

_BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
PRODID = "-//MicroComm Desktop//Community calendar//EN"
_TEXT = {"VALUE": "TEXT"}  # X- properties are only unescaped on reading when they say they are TEXT


# ---------------------------------------------------------------- export


def build_calendar(
    engine: Engine, ws_id: int, now: datetime | None = None, left_out: list[str] | None = None
) -> Calendar:
    """The workspace's rituals and events as a Calendar object (``now`` stamps DTSTAMP; pass it in tests);
    ``left_out`` collects a sentence per ritual that has nothing to publish."""
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
        if not first:  # ends before its first weekday: nothing to publish
            if left_out is not None:
                sentence = translate(
                    "services.ics", "“{name}” is not in the file: there is no {weekdays} between {start} and {end}"
                )
                left_out.append(
                    sentence.format(
                        name=r.name,
                        weekdays=_weekdays_shown(spec.weekdays),
                        start=r.active_from.isoformat(),
                        end=r.active_to.isoformat() if r.active_to else translate("services.ics", "its end"),
                    )
                )
            continue
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
        marked = skipped.get(r.id or 0, [])
        # only the ritual's own dates: a skip left behind by an edited schedule is not one of its occurrences
        own = {o.local_date for o in expand([spec], r.active_from, r.active_to or max(marked or [r.active_from]))}
        ex = sorted(d for d in marked if d in own)
        if ex:
            ev.add("exdate", [datetime.combine(d, spec.time_of_day, tzinfo=tz) for d in ex])
        ev.add("x-microcomm-format", vText(r.format_text), parameters=_TEXT)
        ev.add("x-microcomm-recap", vText(r.recap_habit), parameters=_TEXT)
        ev.add("x-microcomm-notes", vText(r.notes), parameters=_TEXT)
        ev.add("x-microcomm-active-from", r.active_from.isoformat())  # DTSTART is the first *occurrence*
        if r.active_to is not None:
            ev.add("x-microcomm-active-to", r.active_to.isoformat())  # UNTIL is the last occurrence
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
            ev.add("x-microcomm-notes", vText(e.notes), parameters=_TEXT)
        cal.add_component(ev)
    cal.add_missing_timezones()
    return cal


def export_ics(engine: Engine, ws_id: int, path: Path, now: datetime | None = None) -> int:
    """Write the calendar file; returns the number of events written."""
    return export_ics_report(engine, ws_id, path, now)[0]


def export_ics_report(engine: Engine, ws_id: int, path: Path, now: datetime | None = None) -> tuple[int, list[str]]:
    """Write the calendar file: (events written, a sentence per ritual left out); a ValueError when unwritable."""
    left_out: list[str] = []
    cal = build_calendar(engine, ws_id, now, left_out)
    try:
        safe_files.write_bytes(path, cal.to_ical())
    except OSError as exc:  # safe_files.WriteFailed: one sentence, nothing half-written left behind
        raise ValueError(str(exc)) from exc
    return len(cal.walk("VEVENT")), left_out


# ---------------------------------------------------------------- import: the plan


@dataclass
class ReportRow:
    """One line of the import report: which event of the file, what became of it, and why."""

    event_no: int  # position of the VEVENT in the file (1-based, across all VCALENDARs); 0 = the file itself
    item: str
    outcome: str  # ritual | event | skipped date | warning | not imported
    detail: str

    def text(self) -> str:
        """The row as people read it: the outcome (a key the report sorts and counts by) in their language."""
        where = f"#{self.event_no} " if self.event_no else ""
        item = translate("services.ics", "file") if self.event_no == 0 and self.item == "file" else self.item
        return f"{where}“{item}”: {outcome_label(self.outcome)} — {self.detail}"


def outcome_label(outcome: str) -> str:
    """A report row's outcome (``ReportRow.outcome``, compared as stored) in the active language."""
    labels = {
        "ritual": translate("services.ics", "ritual"),
        "event": translate("services.ics", "event"),
        "skipped date": translate("services.ics", "skipped date"),
        "warning": translate("services.ics", "warning"),
        "not imported": translate("services.ics", "not imported"),
    }
    return labels.get(outcome, outcome)


@dataclass
class PlannedRitual:
    event_no: int
    values: dict[str, Any]
    skips: list[date] = field(default_factory=list)


@dataclass
class PlannedEvent:
    event_no: int
    title: str
    local_date: date
    time_of_day: str
    duration_minutes: int
    notes: str
    why: str  # what the event is, for the report ("one-off event", "extra date (RDATE) of …")
    of_series: int = 0  # event number of the series it is a date of (0: a one-off event of its own)


@dataclass
class IcsPlan:
    rituals: list[PlannedRitual] = field(default_factory=list)
    events: list[PlannedEvent] = field(default_factory=list)
    rows: list[ReportRow] = field(default_factory=list)
    calendars: int = 0
    vevents: int = 0


@dataclass
class ImportReport:
    """Row-by-row outcome of an import; ``lines()`` is what the CLI prints and the Rituals tab shows."""

    rows: list[ReportRow] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (summary, reason) of what was not imported
    created_ids: list[int] = field(default_factory=list)
    event_ids: list[int] = field(default_factory=list)
    skips_marked: int = 0
    warnings: int = 0
    dry_run: bool = False
    plan: IcsPlan | None = None

    def summary(self) -> str:
        cal = self.plan.calendars if self.plan else 0
        n = self.plan.vevents if self.plan else 0
        if self.dry_run:
            text = translate("services.ics", "Would create {rituals} ritual(s), {events} one-off event(s) and {skips} skipped date(s) from {vevents} event(s) in {calendars} calendar(s); {not_imported} not imported, {warnings} warning(s).")  # noqa: E501  # fmt: skip
        else:
            text = translate("services.ics", "Created {rituals} ritual(s), {events} one-off event(s) and {skips} skipped date(s) from {vevents} event(s) in {calendars} calendar(s); {not_imported} not imported, {warnings} warning(s).")  # noqa: E501  # fmt: skip
        return text.format(
            rituals=len(self.created),
            events=self._events(),
            skips=self.skips_marked,
            vevents=n,
            calendars=cal,
            not_imported=len(self.skipped),
            warnings=self.warnings,
        )

    def _events(self) -> int:
        return sum(1 for r in self.rows if r.outcome == "event")

    def lines(self) -> list[str]:
        """The summary, then each event of the file in file order: what it became, its skipped dates, warnings."""
        rank = {"ritual": 0, "event": 1, "not imported": 1, "skipped date": 2, "warning": 3}
        rows = sorted(self.rows, key=lambda r: (r.event_no, rank.get(r.outcome, 4)))
        return [self.summary()] + [r.text() for r in rows]


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


# Outlook writes display names as TZIDs ("(UTC-05:00) Eastern Time (US & Canada)"); US region names map to:
_US_REGIONS = {
    "eastern": "America/New_York",
    "central": "America/Chicago",
    "mountain": "America/Denver",
    "pacific": "America/Los_Angeles",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    "atlantic": "America/Halifax",
}
_AREAS = ("Europe", "America", "Asia", "Australia", "Africa", "Pacific", "Atlantic", "Indian")
_DISPLAY = re.compile(r"^\(\s*(?:UTC|GMT)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*\)\s*(?P<rest>.*)$", re.IGNORECASE)


def _zone(key: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _resolve_zone(name: str) -> tzinfo | None:
    """An IANA name, a Windows name ("W. Europe Standard Time") or an Outlook display name ("(UTC+01:00)
    Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna") as a zone; None when nothing in it names one."""
    name = name.strip().strip('"').strip()
    if not name:
        return None
    for candidate in (name, WINDOWS_TO_OLSON.get(name, "")):
        found = _zone(candidate) if candidate else None
        if found is not None:
            return found
    m = _DISPLAY.match(name)
    rest = m.group("rest") if m else name
    for token in re.split(r"[,;]", rest):
        words = token.strip().split()
        if not words:
            continue
        if words[0].lower() in _US_REGIONS and "time" in (w.lower() for w in words[1:]):
            return ZoneInfo(_US_REGIONS[words[0].lower()])
        city = "_".join(w for w in words if not w.startswith("("))
        if not city or not all(c.isalpha() or c in "_-'" for c in city):
            continue
        for area in _AREAS:
            found = _zone(f"{area}/{city}")
            if found is not None:
                return found
    return None


def _zone_label(tz: tzinfo | None) -> str:
    if tz is None:
        return "floating time"
    key = getattr(tz, "key", None)
    return str(key or getattr(tz, "_tzid", None) or tz)


def _decode(data: bytes) -> str:
    """The file's text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 as Outlook writes it."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ValueError(
                translate("services.ics", "This file is damaged: it says it is UTF-16 text but is not.")
            ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _refuse_binary(data: bytes) -> None:
    if data.startswith(b"PK\x03\x04"):
        raise ValueError(
            translate(
                "services.ics", "This is a ZIP archive, not a calendar file: unzip it and import the .ics inside."
            )
        )
    if data.startswith(b"%PDF"):
        raise ValueError(translate("services.ics", "This is a PDF document, not a calendar file (.ics)."))
    if not data.strip():
        raise ValueError(translate("services.ics", "This is not a readable calendar file: it is empty."))


def read_calendars(data: bytes) -> list[Calendar]:
    """Every VCALENDAR in the file (some exports concatenate several); a sentence when there is none."""
    return read_calendars_noted(data)[0]


_VTIMEZONE = re.compile(r"^BEGIN:VTIMEZONE\r?$.*?^END:VTIMEZONE\r?\n?", re.MULTILINE | re.DOTALL | re.IGNORECASE)


def read_calendars_noted(data: bytes) -> tuple[list[Calendar], str]:
    """The calendars, and a note when the file's own time-zone definitions had to be left out to read it."""
    _refuse_binary(data)
    text = _decode(data)
    if "\x00" in text or "BEGIN:VCALENDAR" not in text.upper():
        raise ValueError(
            translate("services.ics", "This is not a readable calendar file: it has no BEGIN:VCALENDAR line.")
        )
    note = ""
    try:
        cals = Calendar.from_ical(text, multiple=True)
    except Exception as exc:  # icalendar raises ValueError and friends on junk
        # a malformed VTIMEZONE (two TZIDs in one block, say) breaks the whole parse: zone names still resolve
        stripped = _VTIMEZONE.sub("", text)
        try:
            if stripped == text:
                raise exc
            cals = Calendar.from_ical(stripped, multiple=True)
        except Exception:
            why = " ".join(str(exc).split())[:200] or type(exc).__name__
            raise ValueError(
                translate("services.ics", "This is not a readable calendar file: {why}").format(why=why)
            ) from exc
        note = translate(
            "services.ics", "its time-zone definitions (VTIMEZONE) are malformed: zones were looked up by name instead"
        )
    cals = [c for c in cals if isinstance(c, Calendar)]
    if not cals:
        raise ValueError(translate("services.ics", "This is not a readable calendar file: it has no VCALENDAR."))
    return cals, note


def plan_import(data: bytes, tz_name: str, today: date) -> IcsPlan:
    """What the file would become in a workspace in ``tz_name`` (pure: nothing is written).

    icalendar's own warnings (a vendor-prefixed TZID it guessed, say) become report rows instead of stderr noise.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plan = _plan_import(data, tz_name, today)
    seen: set[str] = set()
    for w in caught:
        text = " ".join(str(w.message).split())[:200]
        if text and text not in seen:
            seen.add(text)
            plan.rows.append(ReportRow(0, "file", "warning", text))
    return plan


def _plan_import(data: bytes, tz_name: str, today: date) -> IcsPlan:
    cals, note = read_calendars_noted(data)
    ws_tz = zone(tz_name)
    plan = IcsPlan(calendars=len(cals))
    if note:
        plan.rows.append(ReportRow(0, "file", "warning", note))
    entries: list[tuple[int, Any, tzinfo]] = []  # (event number, VEVENT, zone of its floating times)
    todos = 0
    for cal in cals:
        default_tz: tzinfo = ws_tz
        wr = str(cal.get("x-wr-timezone", "")).strip()
        if wr:
            found = _resolve_zone(wr)
            if found is None:
                plan.rows.append(
                    ReportRow(
                        0,
                        "X-WR-TIMEZONE",
                        "warning",
                        translate(
                            "services.ics", "unknown zone “{zone}”: times without a zone read as {workspace_zone}"
                        ).format(zone=wr[:60], workspace_zone=tz_name),
                    )
                )
            else:
                default_tz = found
        for ev in cal.walk("VEVENT"):
            entries.append((len(entries) + 1, ev, default_tz))
        todos += len(cal.walk("VTODO"))
    plan.vevents = len(entries)
    newest = _newest_copies(entries)
    masters: dict[str, _Series] = {}
    overrides: list[tuple[int, Any, tzinfo]] = []
    for no, ev, default_tz in entries:
        summary = _summary(ev)
        winner = newest[_copy_key(no, ev)]
        if winner != no:
            plan.rows.append(
                ReportRow(
                    no,
                    summary,
                    "not imported",
                    translate("services.ics", "an older copy of event #{number} (same UID, lower SEQUENCE)").format(
                        number=winner
                    ),
                )
            )
            continue
        if ev.get("recurrence-id") is not None:
            overrides.append((no, ev, default_tz))
            continue
        try:
            series = _one_event(ev, no, summary, default_tz, ws_tz, today, plan)
        except Exception as exc:  # a malformed property icalendar let through: report it, import the rest
            unreadable = translate("services.ics", "could not be read ({why})").format(why=_why(exc))
            plan.rows.append(ReportRow(no, summary, "not imported", unreadable))
            continue
        if series is not None:
            masters[str(ev.get("uid", f"#{no}"))] = series
    for no, ev, default_tz in overrides:
        summary = _summary(ev)
        try:
            _one_override(ev, no, summary, masters.get(str(ev.get("uid", ""))), default_tz, ws_tz, today, plan)
        except Exception as exc:
            unreadable = translate("services.ics", "could not be read ({why})").format(why=_why(exc))
            plan.rows.append(ReportRow(no, summary, "not imported", unreadable))
    if plan.vevents == 0:
        if todos:
            empty = translate(
                "services.ics", "the calendar holds no events ({todos} to-do item(s) are not calendar events)"
            ).format(todos=todos)
        else:
            empty = translate("services.ics", "the calendar holds no events")
        plan.rows.append(ReportRow(0, "file", "warning", empty))
    return plan


def _copy_key(no: int, ev: Any) -> tuple[str, str]:
    uid = str(ev.get("uid", "")).strip()
    if not uid:
        return (f"#{no}", "")
    rid = ev.get("recurrence-id")
    return (uid, rid.to_ical().decode() if rid is not None and hasattr(rid, "to_ical") else "")


def _newest_copies(entries: list[tuple[int, Any, tzinfo]]) -> dict[tuple[str, str], int]:
    """For each (UID, RECURRENCE-ID), the event number of its newest copy: highest SEQUENCE, then the latest
    in the file (calendar apps that export a changed event twice, or files concatenated from two exports)."""
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for no, ev, _tz in entries:
        try:
            seq = int(str(ev.get("sequence", 0)).strip() or 0)
        except ValueError:
            seq = 0
        key = _copy_key(no, ev)
        if key not in best or seq >= best[key][0]:
            best[key] = (seq, no)
    return {k: v[1] for k, v in best.items()}


def _summary(ev: Any) -> str:
    text = str(ev.get("summary", "")).strip().replace("\r", " ").replace("\n", " ")
    return text[:200] or "(untitled event)"


_BROKEN = re.compile(r"broken property '(?P<prop>[A-Z-]+)'.*?\):\s*(?P<detail>.*)$", re.DOTALL)


def _why(exc: BaseException) -> str:
    """A reader's sentence for a property icalendar could not parse ("its DTSTART line cannot be read: …")."""
    text = " ".join(str(exc).split())
    m = _BROKEN.search(text)
    if m:
        return translate("services.ics", "its {property} line cannot be read: {detail}").format(
            property=m.group("prop"), detail=m.group("detail")[:120]
        )
    return f"{type(exc).__name__}: {text[:120] or 'malformed'}"


@dataclass
class _Series:
    """A weekly series being imported, so its moved or cancelled instances can find it."""

    planned: PlannedRitual
    first: datetime  # first start, aware, in the series' own zone
    weekdays: tuple[int, ...]  # in the series' own zone
    last: datetime | None
    shift: int


def _aware(value: datetime, default_tz: tzinfo) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=default_tz)


def _start(ev: Any, no: int, summary: str, default_tz: tzinfo, plan: IcsPlan) -> date | datetime | None:
    prop = ev.get("dtstart")
    if prop is None:
        plan.rows.append(ReportRow(no, summary, "not imported", translate("services.ics", "it has no start (DTSTART)")))
        return None
    if isinstance(prop, list):
        starts = translate("services.ics", "it has {count} start times (DTSTART lines)").format(count=len(prop))
        plan.rows.append(ReportRow(no, summary, "not imported", starts))
        return None
    start = prop.dt
    if isinstance(start, datetime) and start.tzinfo is None:
        tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
        tz = default_tz
        if tzid:
            named = _resolve_zone(str(tzid))
            if named is not None:
                tz = named
                detail = translate(
                    "services.ics", "time zone “{zone}” is not defined in the file: read as {label}"
                ).format(zone=str(tzid)[:80], label=_zone_label(named))
            else:
                detail = translate("services.ics", "time zone “{zone}” is unknown and the file does not define it: its times are read as {label}").format(zone=str(tzid)[:80], label=_zone_label(default_tz))  # noqa: E501  # fmt: skip
            plan.rows.append(ReportRow(no, summary, "warning", detail))
        start = start.replace(tzinfo=tz)
    return start  # type: ignore[no-any-return]


def _minutes(ev: Any, start: date | datetime) -> int:
    return max(1, min(1440, _raw_minutes(ev, start)))


def _duration_warning(ev: Any, start: date | datetime) -> str | None:
    """A sentence when the stored length differs from the file's (an end before the start, over a day)."""
    if not isinstance(start, datetime):
        return None
    raw = _raw_minutes(ev, start)
    if raw <= 0:
        return translate("services.ics", "its end is not after its start: its length is stored as 1 minute")
    if raw > 1440:
        return translate("services.ics", "it lasts {hours} hours: its length is stored as 24 hours, the longest an entry can last").format(hours=f"{raw / 60:.0f}")  # noqa: E501  # fmt: skip
    return None


def _raw_minutes(ev: Any, start: date | datetime) -> int:
    if ev.get("duration") is not None:
        dur = ev.get("duration").dt
    elif ev.get("dtend") is not None and type(ev.get("dtend").dt) is type(start):
        end = ev.get("dtend").dt
        if isinstance(end, datetime) and isinstance(start, datetime) and end.tzinfo is None:
            end = end.replace(tzinfo=start.tzinfo)
        dur = end - start
    else:
        dur = timedelta(minutes=60)
    if not isinstance(dur, timedelta):
        dur = timedelta(minutes=60)
    return int(dur.total_seconds() // 60)


def _text(ev: Any, name: str, *, exact: bool = False) -> str:
    v = ev.get(name)
    if v is None:
        return ""
    v = _first(v)
    # calendar apps add a trailing line break to notes; the text itself keeps its inner line breaks
    text = str(v).replace("\r\n", "\n").replace("\r", "\n")
    return text if exact else text.rstrip()


def _values_of(prop: Any) -> list[date | datetime]:
    """Dates of an EXDATE/RDATE property (one or several lines; PERIOD values give their start)."""
    out: list[date | datetime] = []
    for p in prop if isinstance(prop, list) else [prop]:
        for v in getattr(p, "dts", []):
            dt = v.dt
            if isinstance(dt, tuple):  # PERIOD
                dt = dt[0]
            if isinstance(dt, (date, datetime)):
                out.append(dt)
    return out


def _one_off(
    ev: Any,
    no: int,
    summary: str,
    start: date | datetime,
    ws_tz: ZoneInfo,
    plan: IcsPlan,
    why: str,
    notes: str,
    minutes: int | None = None,
    of_series: int = 0,
) -> None:
    """Plan a one-off event; ``minutes`` is given for an extra date of a series (its DTEND belongs to DTSTART)."""
    if isinstance(start, datetime):
        loc = start.astimezone(ws_tz)
        length = minutes if minutes is not None else _minutes(ev, start)
        plan.events.append(PlannedEvent(no, summary, loc.date(), loc.strftime("%H:%M"), length, notes, why, of_series))
    else:
        end = ev.get("dtend")
        days = (end.dt - start).days if end is not None and type(end.dt) is date else 1
        if days > 1:  # the calendar keeps one entry per event: say what the other days were
            why += " " + translate("services.ics", "spanning {days} days (shown on its first day)").format(days=days)
        plan.events.append(PlannedEvent(no, summary, start, "", 60, notes, why, of_series))


def _repeats(freq: str, interval: int) -> str:
    """Why a series that is not weekly (or daily) is not imported, with its rule in words."""
    how = {
        "SECONDLY": translate("services.ics", "secondly"),
        "MINUTELY": translate("services.ics", "minutely"),
        "HOURLY": translate("services.ics", "hourly"),
        "DAILY": translate("services.ics", "daily"),
        "WEEKLY": translate("services.ics", "weekly"),
        "MONTHLY": translate("services.ics", "monthly"),
        "YEARLY": translate("services.ics", "yearly"),
    }.get(freq, freq.lower()) or translate("services.ics", "irregularly")
    if interval != 1:
        how += " " + translate("services.ics", "every {n}").format(n=interval)
    return translate("services.ics", "repeats {how}: only weekly (or daily) events become rituals").format(how=how)


_UNSUPPORTED_PARTS = ("BYMONTH", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYSETPOS", "BYHOUR", "BYMINUTE", "BYSECOND")
# How far an open-ended series is walked to find the weeks another zone's DST moves (two years past today).
_SCAN_DAYS = 2 * 366


def _one_event(
    ev: Any, no: int, summary: str, default_tz: tzinfo, ws_tz: ZoneInfo, today: date, plan: IcsPlan
) -> _Series | None:
    """Plan the VEVENT as a ritual, a one-off event, or a report row saying why it is neither."""
    if str(ev.get("status", "")).upper() == "CANCELLED":
        cancelled = translate("services.ics", "the event is cancelled (STATUS:CANCELLED)")
        plan.rows.append(ReportRow(no, summary, "not imported", cancelled))
        return None
    start = _start(ev, no, summary, default_tz, plan)
    if start is None:
        return None
    length = _duration_warning(ev, start)
    if length:
        plan.rows.append(ReportRow(no, summary, "warning", length))
    notes = _text(ev, "description")
    if ev.get("x-microcomm-notes") is not None:  # our own export: the notes exactly as typed
        notes = _text(ev, "x-microcomm-notes", exact=True)
    rrules = ev.get("rrule")
    rdates = _values_of(ev.get("rdate")) if ev.get("rdate") is not None else []
    if rrules is None:
        _one_off(ev, no, summary, start, ws_tz, plan, translate("services.ics", "one-off event"), notes)
        for rd in rdates:  # an event on a list of dates: each is a one-off event
            rd_start = _aware(rd, getattr(start, "tzinfo", None) or ws_tz) if isinstance(rd, datetime) else rd
            if isinstance(start, datetime) and not isinstance(rd_start, datetime):
                rd_start = datetime.combine(rd_start, start.timetz())
            extra = translate("services.ics", "extra date (RDATE)")
            _one_off(ev, no, summary, rd_start, ws_tz, plan, extra, notes, _minutes(ev, start))
        return None
    if isinstance(rrules, list):
        if len(rrules) != 1:
            several = translate("services.ics", "it has several RRULEs: a ritual repeats one way")
            plan.rows.append(ReportRow(no, summary, "not imported", several))
            return None
        rrules = rrules[0]
    rrule = rrules
    if ev.get("exrule") is not None:
        exrule = translate("services.ics", "it uses EXRULE, which rituals cannot express")
        plan.rows.append(ReportRow(no, summary, "not imported", exrule))
        return None
    freq = str(_first(rrule.get("FREQ", [""]))).upper()
    interval = int(_first(rrule.get("INTERVAL", [1])) or 1)
    if freq not in ("WEEKLY", "DAILY") or interval != 1:
        plan.rows.append(
            ReportRow(
                no,
                summary,
                "not imported",
                _repeats(freq, interval),
            )
        )
        return None
    odd = [p for p in _UNSUPPORTED_PARTS if rrule.get(p)]
    if odd:
        plan.rows.append(
            ReportRow(
                no,
                summary,
                "not imported",
                translate("services.ics", "its rule uses {parts}: only plain weekly events become rituals").format(
                    parts=", ".join(odd)
                ),
            )
        )
        return None
    if not isinstance(start, datetime):
        all_day = translate("services.ics", "all-day series: a ritual needs a time")
        plan.rows.append(ReportRow(no, summary, "not imported", all_day))
        return None
    byday = rrule.get("BYDAY") or ([] if freq == "WEEKLY" else _BYDAY)
    if not byday:
        byday = [_BYDAY[start.weekday()]]
    days: set[int] = set()
    for b in byday:
        code = str(b).strip().upper()
        if code not in _BYDAY:
            unusual = translate("services.ics", "unusual weekday rule “{rule}”").format(rule=str(b)[:20])
            plan.rows.append(ReportRow(no, summary, "not imported", unusual))
            return None
        days.add(_BYDAY.index(code))
    weekdays = tuple(sorted(days))
    until_raw = _first(rrule.get("UNTIL"))
    until: datetime | None = None
    if until_raw is not None:
        if isinstance(until_raw, datetime):
            until = _aware(until_raw, start.tzinfo or ws_tz)
        elif isinstance(until_raw, date):
            # a date-only UNTIL with a timed start: the start of that day in the series' zone (an instant)
            until = datetime.combine(until_raw, time(0, 0), tzinfo=start.tzinfo)
    count_raw = _first(rrule.get("COUNT"))
    count = int(count_raw) if count_raw is not None else None
    first = start
    # EXDATE removes any instance (RFC 5545), also an off-rule DTSTART or an RDATE: those are not placed.
    series_tz = start.tzinfo or ws_tz
    excluded = {
        (_aware(x, series_tz).astimezone(series_tz) if isinstance(x, datetime) else x)
        for x in (_values_of(ev.get("exdate")) if ev.get("exdate") is not None else [])
    }
    excluded_days = {x.date() if isinstance(x, datetime) else x for x in excluded}
    used_ex: set[date] = set()
    first_day = _aware(first, series_tz).astimezone(series_tz).date()
    if first.weekday() not in days and first_day in excluded_days:
        used_ex.add(first_day)
    elif first.weekday() not in days:
        # RFC 5545 counts DTSTART as an instance even off the rule: keep that date as a one-off event
        why = translate("services.ics", "first date (DTSTART) of “{name}”, off its weekdays").format(name=summary)
        _one_off(ev, no, summary, first, ws_tz, plan, why, "", _minutes(ev, start), of_series=no)
    if first.weekday() not in days:
        d = first.date() + timedelta(days=1)
        while d.weekday() not in days:
            d += timedelta(days=1)
        first = datetime.combine(d, first.timetz())
        if count is not None:
            count -= 1  # RFC 5545: that DTSTART is the first of the COUNT occurrences
    empty, last = last_weekly_start(first, weekdays, until, count)
    if empty:
        ends = translate("services.ics", "its rule ends before its first occurrence")
        plan.rows.append(ReportRow(no, summary, "not imported", ends))
        return None
    # Walk a window of about three years (the last year and the next two, or the series' last years when it
    # ended long ago) to see how its weeks land here; its first and last dates come from the rule itself.
    lo = max(first.date(), today - timedelta(days=366))
    if last is not None and lo > last.date():
        lo = max(first.date(), last.date() - timedelta(days=_SCAN_DAYS))
    hi = lo + timedelta(days=_SCAN_DAYS + 366)
    if last is not None:
        hi = min(hi, last.date())
    starts = weekly_starts(series_start_at(lo, first), weekdays, last or until, None, hi)
    if not starts:  # cannot happen for a non-empty series, but never place nothing
        starts = [first]
    placed = place_in_zone(starts, ws_tz)
    active_from = first.date() + timedelta(days=placed.day_shift)
    active_to = None if last is None else last.date() + timedelta(days=placed.day_shift)
    x_from = _iso(_text(ev, "x-microcomm-active-from"))
    if x_from is not None and x_from <= active_from and not _has_weekday(x_from, active_from, placed.weekdays):
        active_from = x_from
    x_to = _iso(_text(ev, "x-microcomm-active-to"))
    if active_to is not None and x_to is not None and x_to >= active_to:
        if not _has_weekday(active_to + timedelta(days=1), x_to + timedelta(days=1), placed.weekdays):
            active_to = x_to
    if ev.get("x-microcomm-active-from") is not None and ev.get("x-microcomm-notes") is None:
        # an export from before notes had their own property: the description is Format/Where/Recap + notes
        lines = notes.split("\n")
        while lines and lines[0].startswith(("Format: ", "Where: ", "Recap: ")):
            lines.pop(0)
        notes = "\n".join(lines)
    values: dict[str, Any] = {
        "name": summary[:120],
        "weekdays": ",".join(str(d) for d in placed.weekdays),
        "time_of_day": placed.time_of_day.strftime("%H:%M"),
        "duration_minutes": _minutes(ev, start),
        "active_from": active_from,
        "active_to": active_to,
        "home": _text(ev, "location")[:500],
        "format_text": _text(ev, "x-microcomm-format", exact=True),
        "recap_habit": _text(ev, "x-microcomm-recap", exact=True),
        "notes": notes,
    }
    planned = PlannedRitual(no, values)
    plan.rituals.append(planned)
    series = _Series(planned, first, weekdays, last, placed.day_shift)
    if placed.moved:
        future = [m for m in placed.moved if m[0] >= today] or list(placed.moved)
        at = translate("services.ics", "{date} at {time}")
        shown = ", ".join(at.format(date=d.isoformat(), time=loc.strftime("%H:%M")) for d, loc in future[:6])
        more = len(placed.moved) - min(6, len(future))
        plan.rows.append(
            ReportRow(
                no,
                summary,
                "warning",
                translate(
                    "services.ics",
                    "{count} of its dates between {first} and {last} really start at another time here: {dates}",
                ).format(
                    count=len(placed.moved),
                    first=starts[0].date().isoformat(),
                    last=starts[-1].date().isoformat(),
                    dates=shown,
                )  # noqa: E501  # fmt: skip
                + (" " + translate("services.ics", "(and {more} more)").format(more=more) if more > 0 else "")
                + " — "
                + translate(
                    "services.ics",
                    "{zone} and {workspace_zone} do not change their clocks together; the ritual keeps {time}",
                ).format(zone=_zone_label(start.tzinfo), workspace_zone=tz_name_of(ws_tz), time=values["time_of_day"])  # noqa: E501  # fmt: skip
                + (
                    ""
                    if last is not None and starts[-1] >= last
                    else "; " + translate("services.ics", "later years move the same way")
                ),
            )
        )
    # EXDATE → skipped occurrences
    if ev.get("exdate") is not None:
        for ex in _values_of(ev.get("exdate")):
            day = _series_date(series, ex)
            label = ex.isoformat() if not isinstance(ex, datetime) else ex.strftime("%Y-%m-%d %H:%M")
            ex_day = (_aware(ex, series_tz).astimezone(series_tz).date()) if isinstance(ex, datetime) else ex
            rdate_days = {
                _aware(r, series_tz).astimezone(series_tz).date() if isinstance(r, datetime) else r for r in rdates
            }
            if day is None and (ex_day in used_ex or ex_day in rdate_days):
                continue  # it removes the off-rule first date or an extra date (RDATE), below
            if day is None:
                ignored = translate("services.ics", "EXDATE {date} is not one of its dates: ignored").format(date=label)
                plan.rows.append(ReportRow(no, summary, "warning", ignored))
            elif day not in planned.skips:
                planned.skips.append(day)
    # RDATE → the extra dates are kept as one-off events (UNTIL does not bound them)
    for rd in rdates:
        rd_start = (
            _aware(rd, start.tzinfo or ws_tz) if isinstance(rd, datetime) else datetime.combine(rd, start.timetz())
        )
        if _series_date(series, rd_start) is not None and _same_instant_in_series(series, rd_start):
            continue  # already one of its dates
        rd_day = _aware(rd_start, series_tz).astimezone(series_tz).date()
        if rd_day in excluded_days:
            used_ex.add(rd_day)
            continue  # an EXDATE removes it
        why = translate("services.ics", "extra date (RDATE) of “{name}”").format(name=summary)
        _one_off(ev, no, summary, rd_start, ws_tz, plan, why, "", _minutes(ev, start), of_series=no)
    return series


def _weekdays_shown(days: Iterable[int]) -> str:
    """ "Tue, Fri" in English as always; the language's own short day names (CLDR) in a report read elsewhere."""
    lang = active_language()
    if lang == "en":
        return format_weekdays(days)
    from babel.dates import get_day_names

    names = get_day_names("abbreviated", locale=lang)  # 0 = Monday, as the domain counts
    return ", ".join(str(names[d]) for d in sorted(days))


def tz_name_of(tz: tzinfo) -> str:
    return _zone_label(tz)


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


def _has_weekday(lo: date, hi: date, weekdays: Iterable[int]) -> bool:
    """Whether any day in [lo, hi) falls on one of ``weekdays``."""
    days = set(weekdays)
    return any((lo + timedelta(days=i)).weekday() in days for i in range(min(7, max(0, (hi - lo).days))))


def _series_date(series: _Series, value: date | datetime) -> date | None:
    """The ritual's date for an EXDATE/RECURRENCE-ID of the series, or None when it is not one of its dates.

    A datetime is matched on the series' own calendar date (producers disagree on the EXDATE time); a date
    value is that date.
    """
    if isinstance(value, datetime) and value.tzinfo is None:  # floating, or a zone the file does not define
        value = value.replace(tzinfo=series.first.tzinfo)
    own = value.astimezone(series.first.tzinfo).date() if isinstance(value, datetime) else value
    if own < series.first.date() or own.weekday() not in series.weekdays:
        return None
    if series.last is not None and own > series.last.date():
        return None
    return own + timedelta(days=series.shift)


def _same_instant_in_series(series: _Series, value: datetime) -> bool:
    own = value.astimezone(series.first.tzinfo)
    return own.time().replace(tzinfo=None) == series.first.time().replace(tzinfo=None)


def _one_override(
    ev: Any,
    no: int,
    summary: str,
    series: _Series | None,
    default_tz: tzinfo,
    ws_tz: ZoneInfo,
    today: date,
    plan: IcsPlan,
) -> None:
    """A changed or cancelled instance of a series (RECURRENCE-ID)."""
    rid = ev.get("recurrence-id").dt
    if isinstance(rid, datetime):
        rid = _aware(rid, (series.first.tzinfo if series else None) or default_tz)
    cancelled = str(ev.get("status", "")).upper() == "CANCELLED"
    if series is None:
        if cancelled:
            orphan = translate("services.ics", "a cancelled instance of a series not imported")
            plan.rows.append(ReportRow(no, summary, "not imported", orphan))
            return
        start = _start(ev, no, summary, default_tz, plan)
        if start is not None:
            _one_off(
                ev,
                no,
                summary,
                start,
                ws_tz,
                plan,
                translate("services.ics", "changed instance of a series not imported"),
                _text(ev, "description"),
            )
        return
    d = _series_date(series, rid)
    name = series.planned.values["name"]
    if d is None or (isinstance(rid, datetime) and not _same_instant_in_series(series, rid)):
        if cancelled:
            plan.rows.append(
                ReportRow(
                    no,
                    summary,
                    "warning",
                    translate("services.ics", "cancels a time that is not one of “{name}”'s: ignored").format(
                        name=name
                    ),
                )
            )
            return
        start = _start(ev, no, summary, default_tz, plan)
        if start is not None:
            why = translate("services.ics", "change of “{name}” at a time the series does not have").format(name=name)
            _one_off(
                ev, no, summary, start, ws_tz, plan, why, _text(ev, "description"), of_series=series.planned.event_no
            )
        return
    if cancelled:
        if d not in series.planned.skips:
            series.planned.skips.append(d)
        return
    start = _start(ev, no, summary, default_tz, plan)
    if start is None:
        return
    same = isinstance(start, datetime) and isinstance(rid, datetime) and start.astimezone(UTC) == rid.astimezone(UTC)
    if same and _minutes(ev, start) == series.planned.values["duration_minutes"]:
        plan.rows.append(
            ReportRow(
                no,
                summary,
                "warning",
                translate(
                    "services.ics", "the {date} date of “{name}” has its own text in the file; the ritual keeps its own"
                ).format(date=d.isoformat(), name=name),  # noqa: E501  # fmt: skip
            )
        )
        return
    if d not in series.planned.skips:
        series.planned.skips.append(d)
    _one_off(
        ev,
        no,
        summary,
        start,
        ws_tz,
        plan,
        translate("services.ics", "moved from {date} of “{name}” (that date is marked skipped)").format(
            date=d.isoformat(), name=name
        ),
        _text(ev, "description"),
        of_series=series.planned.event_no,
    )


# ---------------------------------------------------------------- import: applying the plan


def apply_plan(engine: Engine, ws_id: int, plan: IcsPlan, *, dry_run: bool = False) -> ImportReport:
    """Write the plan in one transaction (nothing with ``dry_run``); rituals and events already in the workspace
    (same name, days and time / same title, date and time) are left as they are."""
    report = ImportReport(rows=list(plan.rows), dry_run=dry_run, plan=plan)
    report.warnings = sum(1 for r in plan.rows if r.outcome == "warning")
    report.skipped = [(r.item, r.detail) for r in plan.rows if r.outcome == "not imported"]
    existing = {(r.name, r.weekdays, r.time_of_day) for r in list_rituals(engine, ws_id)}
    have_events = {(e.title, e.local_date, e.time_of_day) for e in list_events(engine, ws_id)}
    left_out: dict[int, str] = {}  # event number → name of a series not created
    with session_scope(engine) as s:
        for pr in plan.rituals:
            values = dict(pr.values)
            errors = validate_ritual(values)
            name = str(values.get("name") or "(untitled event)")
            if errors:
                why = "; ".join(errors.values())
                report.rows.append(ReportRow(pr.event_no, name, "not imported", why))
                report.skipped.append((name, why))
                left_out[pr.event_no] = name
                continue
            key = (values["name"], values["weekdays"], values["time_of_day"])
            if key in existing:
                why = translate("services.ics", "already a ritual with the same days and time (left unchanged)")
                report.rows.append(ReportRow(pr.event_no, name, "not imported", why))
                report.skipped.append((name, why))
                left_out[pr.event_no] = name
                continue
            existing.add(key)
            rid = 0
            if not dry_run:
                row = Ritual(workspace_id=ws_id, **values)
                s.add(row)
                s.flush()
                rid = int(row.id or 0)
                report.created_ids.append(rid)
            report.created.append(name)
            until = (
                " " + translate("services.ics", "until {date}").format(date=values["active_to"].isoformat())
                if values["active_to"]
                else ""
            )
            days = _weekdays_shown(parse_weekdays(values["weekdays"]))
            report.rows.append(
                ReportRow(
                    pr.event_no,
                    name,
                    "ritual",
                    translate("services.ics", "{days} {time} ({minutes} min) from {date}").format(
                        days=days,
                        time=values["time_of_day"],
                        minutes=values["duration_minutes"],
                        date=values["active_from"].isoformat(),
                    )
                    + until,
                )
            )
            for d in sorted(pr.skips):
                if not dry_run:
                    s.add(RitualOccurrence(ritual_id=rid, local_date=d, status="skipped"))
                report.skips_marked += 1
                report.rows.append(ReportRow(pr.event_no, name, "skipped date", d.isoformat()))
        for pe in plan.events:
            title = pe.title.strip()[:200] or "(untitled event)"
            if pe.of_series in left_out:  # its series was left as it is: so are its moved and extra dates
                why = translate("services.ics", "a date of “{name}”, which was not imported").format(
                    name=left_out[pe.of_series]
                )
                report.rows.append(ReportRow(pe.event_no, title, "not imported", why))
                report.skipped.append((title, why))
                continue
            k = (title, pe.local_date, pe.time_of_day)
            if k in have_events:
                why = (
                    translate("services.ics", "already on the calendar on {date} {time}")
                    .format(date=pe.local_date.isoformat(), time=pe.time_of_day)
                    .rstrip()
                )
                report.rows.append(ReportRow(pe.event_no, title, "not imported", why))
                report.skipped.append((title, why))
                continue
            have_events.add(k)
            if not dry_run:
                row_e = CalendarEvent(
                    workspace_id=ws_id,
                    title=title,
                    local_date=pe.local_date,
                    time_of_day=pe.time_of_day,
                    duration_minutes=pe.duration_minutes,
                    notes=pe.notes,
                )
                s.add(row_e)
                s.flush()
                report.event_ids.append(int(row_e.id or 0))
            if pe.time_of_day:
                when = translate("services.ics", "{what} on {date} {time} ({minutes} min)").format(
                    what=pe.why, date=pe.local_date.isoformat(), time=pe.time_of_day, minutes=pe.duration_minutes
                )
            else:
                when = translate("services.ics", "{what} on {date} (all day)").format(
                    what=pe.why, date=pe.local_date.isoformat()
                )
            report.rows.append(ReportRow(pe.event_no, title, "event", when))
    return report


def import_ics(
    engine: Engine, ws_id: int, path: Path, *, today: date | None = None, dry_run: bool = False
) -> ImportReport:
    """Read the file and import it (see the module docstring); a ValueError with a sentence when unreadable."""
    return apply_plan(engine, ws_id, plan_file(engine, ws_id, path, today), dry_run=dry_run)


def plan_file(engine: Engine, ws_id: int, path: Path, today: date | None = None) -> IcsPlan:
    """The plan for a file in the workspace's zone (nothing written); a ValueError with a sentence when unreadable."""
    with session_scope(engine) as s:
        ws = s.get(Workspace, ws_id)
        tz_name = ws.timezone if ws else "UTC"
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(
            translate("services.ics", "Could not read {path}: {reason}").format(path=path, reason=exc.strerror or exc)
        ) from exc
    return plan_import(data, tz_name, today or date.today())


def undo_import(engine: Engine, report: ImportReport) -> None:
    """Remove what an import created (its rituals with their skipped dates, and its events), in one transaction."""
    with session_scope(engine) as s:
        for rid in report.created_ids:
            for o in s.exec(select(RitualOccurrence).where(col(RitualOccurrence.ritual_id) == rid)):
                s.delete(o)
            r = s.get(Ritual, rid)
            if r is not None:
                s.delete(r)
        for eid in report.event_ids:
            e = s.get(CalendarEvent, eid)
            if e is not None:
                s.delete(e)


def parse_weekly_events(
    data: bytes, tz_name: str, today: date | None = None
) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """Ritual values of the file's series and (summary, reason) of what would not be imported."""
    plan = plan_import(data, tz_name, today or date.today())
    return [p.values for p in plan.rituals], [(r.item, r.detail) for r in plan.rows if r.outcome == "not imported"]


def ritual_signature(r: Ritual) -> tuple[Any, ...]:
    """What must survive an export → import round trip."""
    return (
        r.name,
        parse_weekdays(r.weekdays),
        parse_time(r.time_of_day),
        r.duration_minutes,
        r.active_from,
        r.active_to,
        r.home,
        r.format_text,
        r.recap_habit,
        r.notes,
    )


def skipped_dates(engine: Engine, ritual_id: int) -> list[date]:
    """The dates of a ritual marked skipped, oldest first (what its EXDATEs carry)."""
    with session_scope(engine) as s:
        return sorted(
            o.local_date
            for o in s.exec(
                select(RitualOccurrence).where(
                    RitualOccurrence.ritual_id == ritual_id, RitualOccurrence.status == "skipped"
                )
            )
        )
