"""Ritual recurrence, streaks and the response SLA — pure functions with ``today`` passed in.

Occurrences are *local* dates and wall-clock times in the workspace's zone: "Tuesday 18:30" stays 18:30 across
daylight-saving changes, so the UTC instant is derived per occurrence rather than stepping in UTC.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

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
            raise ValueError(f"“{part}” is not a weekday (0 = Monday … 6 = Sunday).")
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
        raise ValueError(f"“{text}” is not a time: use HH:MM, e.g. 18:30.") from exc


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
