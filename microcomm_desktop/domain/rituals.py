"""Ritual recurrence, streaks and the response SLA — pure functions with ``today`` passed in.

Occurrences are *local* dates and wall-clock times in the workspace's zone: "Tuesday 18:30" stays 18:30 across
daylight-saving changes, so the UTC instant is derived per occurrence rather than stepping in UTC.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from microcomm_desktop.i18n import translate

__all__ = [
    "WEEKDAY_NAMES",
    "RitualSpec",
    "Occurrence",
    "parse_weekdays",
    "format_weekdays",
    "parse_time",
    "expand",
    "local_to_utc",
    "Streak",
    "streak",
    "sla_from_timestamps",
    "WeeklySla",
    "weekly_sla",
    "week_start",
]

WEEKDAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def parse_weekdays(text: str) -> tuple[int, ...]:
    """ "1,4" → (1, 4); raises ValueError with a readable message on anything else."""
    out: set[int] = set()
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        if not part.isdigit() or not 0 <= int(part) <= 6:
            raise ValueError(
                translate("domain.rituals", "“{day}” is not a weekday (0 = Monday … 6 = Sunday).").format(day=part)
            )
        out.add(int(part))
    return tuple(sorted(out))


def format_weekdays(days: Iterable[int]) -> str:
    return ", ".join(WEEKDAY_NAMES[d] for d in sorted(days))


def parse_time(text: str) -> time:
    """ "18:30" → time(18, 30); raises ValueError with the expected format."""
    try:
        hh, mm = text.strip().split(":")
        return time(int(hh), int(mm))
    except ValueError as exc:
        raise ValueError(
            translate("domain.rituals", "“{text}” is not a time: use HH:MM, e.g. 18:30.").format(text=text)
        ) from exc


@dataclass(frozen=True)
class RitualSpec:
    """What the expansion needs of a ritual (the store row is mapped to this by the service)."""

    ritual_id: int
    name: str
    weekdays: tuple[int, ...]
    time_of_day: time
    duration_minutes: int
    active_from: date
    active_to: date | None = None


@dataclass(frozen=True)
class Occurrence:
    ritual_id: int
    name: str
    local_date: date
    local_time: time
    duration_minutes: int


def expand(specs: Sequence[RitualSpec], start: date, end: date) -> list[Occurrence]:
    """Every occurrence with ``start <= local_date <= end`` (inclusive), sorted by date, time, name.

    Walks calendar days, not timedeltas in UTC, so month ends and DST changes cannot shift a date.
    """
    out: list[Occurrence] = []
    for spec in specs:
        if not spec.weekdays:
            continue
        lo = max(start, spec.active_from)
        hi = end if spec.active_to is None else min(end, spec.active_to)
        if lo > hi:
            continue
        for wd in spec.weekdays:
            d = lo + timedelta(days=(wd - lo.weekday()) % 7)
            while d <= hi:
                out.append(Occurrence(spec.ritual_id, spec.name, d, spec.time_of_day, spec.duration_minutes))
                d += timedelta(days=7)
    out.sort(key=lambda o: (o.local_date, o.local_time, o.name))
    return out


def local_to_utc(day: date, at: time, tz_name: str) -> datetime:
    """The UTC instant of a wall-clock time; a time in the spring-forward gap moves forward by the gap.

    ``fold=0`` picks the first of two repeated autumn times, which is what a calendar app shows.
    """
    # PEP 495: with fold=0 a gap time is read with the offset from *before* the change, which lands it after
    # the gap (02:30 → 03:30 on a spring-forward night), and a repeated time resolves to its first instance.
    return datetime.combine(day, at).replace(tzinfo=ZoneInfo(tz_name), fold=0).astimezone(UTC)


def week_start(d: date, first_weekday: int = 0) -> date:
    return d - timedelta(days=(d.weekday() - first_weekday) % 7)


@dataclass(frozen=True)
class Streak:
    current: int  # weeks in a row, ending at the latest week due, in which the ritual ran
    longest: int
    skipped: int  # occurrences marked skipped
    unmarked: int  # past occurrences neither run nor skipped


def streak(statuses: Sequence[tuple[date, str]], today: date) -> Streak:
    """Weeks in a row a ritual ran, from (local_date, status) of its expanded occurrences.

    A week counts as run when at least one occurrence that week was run. The current week does not break a
    streak while its occurrences are still ahead (or today and not yet marked).
    """
    weeks: dict[date, list[tuple[date, str]]] = {}
    skipped = unmarked = 0
    for d, st in statuses:
        if d > today:
            continue
        weeks.setdefault(week_start(d), []).append((d, st))
        if st == "skipped":
            skipped += 1
        elif st != "run" and d < today:
            unmarked += 1
    ordered = sorted(weeks)
    ran = [any(st == "run" for _, st in weeks[w]) for w in ordered]
    longest = run_len = 0
    for r in ran:
        run_len = run_len + 1 if r else 0
        longest = max(longest, run_len)
    current = 0
    items = list(zip(ordered, ran, strict=True))
    if items and not items[-1][1] and items[-1][0] == week_start(today):
        if all(st not in ("run", "skipped") for _, st in weeks[items[-1][0]]):
            items.pop()  # this week is still open
    for _w, r in reversed(items):
        if not r:
            break
        current += 1
    return Streak(current=current, longest=longest, skipped=skipped, unmarked=unmarked)


def sla_from_timestamps(
    comments: Sequence[tuple[int, datetime]],
    creator_replies: Sequence[tuple[int, datetime]],
    sla_minutes: int,
    first_n: int,
) -> tuple[int, int]:
    """(replied, considered) for a post: of its first ``first_n`` comments (by time), how many got a reply by
    the creator within ``sla_minutes``. ``creator_replies`` are (parent comment id, reply time).
    """
    first = sorted(comments, key=lambda c: (c[1], c[0]))[:first_n]
    earliest: dict[int, datetime] = {}
    for parent, at in creator_replies:
        if parent not in earliest or at < earliest[parent]:
            earliest[parent] = at
    limit = timedelta(minutes=sla_minutes)
    replied = sum(1 for cid, at in first if cid in earliest and timedelta(0) <= earliest[cid] - at <= limit)
    return replied, len(first)


@dataclass(frozen=True)
class WeeklySla:
    week_start: date
    posts: int
    replied: int
    considered: int
    misses: int  # posts where fewer than all considered comments got a timely reply

    @property
    def hit_rate(self) -> float | None:
        """Share of considered comments answered in time, in percent; None when nothing was considered."""
        return None if self.considered == 0 else round(100.0 * self.replied / self.considered, 2)


def weekly_sla(rows: Iterable[tuple[date, int, int]], first_weekday: int = 0) -> list[WeeklySla]:
    """Aggregate per-post (local_date, replied, considered) into weeks, oldest first."""
    acc: dict[date, list[int]] = {}
    for d, replied, considered in rows:
        a = acc.setdefault(week_start(d, first_weekday), [0, 0, 0, 0])
        a[0] += 1
        a[1] += replied
        a[2] += considered
        a[3] += 1 if replied < considered else 0
    return [WeeklySla(w, *acc[w]) for w in sorted(acc)]


# ---------------------------------------------------------------- calendar-file series (RFC 5545)
#
# A calendar file's weekly series keeps its wall-clock time in *its own* zone (the DTSTART's TZID); its UNTIL is
# an instant. These helpers expand such a series and say how it lands in the workspace's zone, so the importer
# can compare instants (no extra final occurrence) and name the weeks whose real time differs from the ritual's.


def _utc(dt: datetime) -> datetime:
    return dt.astimezone(UTC)


def series_start_at(day: date, first: datetime) -> datetime:
    """The start on ``day`` of a series whose first start is ``first`` (same wall-clock time, same zone)."""
    return datetime.combine(day, first.timetz())


def weekly_starts(
    first: datetime,
    weekdays: Sequence[int],
    until: datetime | None,
    count: int | None,
    horizon: date,
) -> list[datetime]:
    """Starts of a weekly series from ``first``'s date on: each of ``weekdays`` at ``first``'s wall-clock time in
    ``first``'s zone, while the start's *instant* is not after ``until``, for at most ``count`` starts and no
    later than ``horizon`` (the caller bounds open-ended series).
    """
    days = sorted(set(weekdays))
    out: list[datetime] = []
    if not days or (count is not None and count < 1):
        return out
    limit = _utc(until) if until is not None else None
    offsets = sorted((wd - first.weekday()) % 7 for wd in days)
    week = first.date()
    while week <= horizon:  # week by week, one step per start (a daily series from 2010 stays cheap)
        for off in offsets:
            d = week + timedelta(days=off)
            if d > horizon:
                return out
            s = series_start_at(d, first)
            if limit is not None and _utc(s) > limit:
                return out
            out.append(s)
            if count is not None and len(out) >= count:
                return out
        week += timedelta(days=7)
    return out


def last_weekly_start(
    first: datetime, weekdays: Sequence[int], until: datetime | None, count: int | None, max_weeks: int = 52 * 200
) -> tuple[bool, datetime | None]:
    """(empty, last start) of a weekly series without walking it: ``empty`` when nothing is left after UNTIL or
    COUNT; ``last`` is None when the series is open-ended (or reaches further than ``max_weeks``)."""
    days = sorted(set(weekdays))
    if not days or (count is not None and count < 1):
        return True, None
    firsts = [first.date() + timedelta(days=i) for i in range(7)]
    firsts = [d for d in firsts if d.weekday() in days]
    last: datetime | None = None
    if count is not None:
        full_weeks, rem = divmod(count - 1, len(firsts))
        if full_weeks <= max_weeks:
            last = series_start_at(firsts[rem] + timedelta(weeks=full_weeks), first)
    if until is not None:
        limit = _utc(until)
        if _utc(series_start_at(firsts[0], first)) > limit:
            return True, None
        try:
            day = limit.astimezone(first.tzinfo).date() if first.tzinfo is not None else limit.date()
        except (OverflowError, ValueError):
            return False, last
        if (day - first.date()).days > max_weeks * 7:
            return False, last
        for back in range(15):
            d = day - timedelta(days=back)
            if d < firsts[0]:
                return True, None
            if d.weekday() in days and _utc(series_start_at(d, first)) <= limit:
                by_until = series_start_at(d, first)
                return False, by_until if last is None or by_until < last else last
    return False, last


@dataclass(frozen=True)
class Placement:
    """How a series from another zone lands in the workspace's zone."""

    weekdays: tuple[int, ...]
    time_of_day: time
    day_shift: int  # the workspace date minus the series' own date for the usual weeks
    moved: tuple[tuple[date, datetime], ...]  # (the ritual's date, the real local start) where they differ


def place_in_zone(starts: Sequence[datetime], tz: ZoneInfo) -> Placement:
    """The workspace wall-clock time most of ``starts`` fall on, and the starts that fall elsewhere.

    Two zones that change clocks on different dates (New York and Berlin in March) put a few weeks a year an
    hour apart: the ritual keeps the usual time and those weeks are named rather than silently moved.
    """
    if not starts:
        raise ValueError("no starts to place")
    tally: dict[tuple[time, int], int] = {}
    placed = []
    for s in starts:
        loc = s.astimezone(tz)
        key = (loc.time().replace(second=0, microsecond=0), (loc.date() - s.date()).days)
        placed.append((s, loc, key))
        tally[key] = tally.get(key, 0) + 1
    best = max(tally, key=lambda k: (tally[k], -starts.index(next(p[0] for p in placed if p[2] == k))))
    at, shift = best
    days = tuple(sorted({(s.date().weekday() + shift) % 7 for s in starts}))
    moved = []
    for s, loc, key in placed:
        if key == best:
            continue
        day = s.date() + timedelta(days=shift)
        # the ritual's own instant that day (a spring-forward gap moves both alike: not a difference)
        if _utc(datetime.combine(day, at).replace(tzinfo=tz, fold=0)) != _utc(s):
            moved.append((day, loc))
    return Placement(days, at, shift, tuple(moved))
