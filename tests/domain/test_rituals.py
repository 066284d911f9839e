"""Recurrence expansion (month ends, DST, end dates), streaks and SLA arithmetic."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from microcomm_desktop.domain.rituals import (
    RitualSpec,
    expand,
    local_to_utc,
    parse_time,
    parse_weekdays,
    sla_from_timestamps,
    streak,
    weekly_sla,
)


def spec(days: tuple[int, ...], start: date, end: date | None = None, at: time = time(18, 30)) -> RitualSpec:
    return RitualSpec(1, "R", days, at, 45, start, end)


def test_expansion_crosses_month_and_year_ends() -> None:
    occ = expand([spec((1, 4), date(2026, 12, 1))], date(2026, 12, 25), date(2027, 1, 8))
    assert [o.local_date for o in occ] == [
        date(2026, 12, 25),
        date(2026, 12, 29),
        date(2027, 1, 1),
        date(2027, 1, 5),
        date(2027, 1, 8),
    ]
    assert all(o.local_date.weekday() in (1, 4) for o in occ)


def test_expansion_respects_active_from_and_end_date() -> None:
    occ = expand([spec((1,), date(2026, 11, 4), date(2026, 11, 24))], date(2026, 10, 1), date(2026, 12, 31))
    assert [o.local_date for o in occ] == [date(2026, 11, 10), date(2026, 11, 17), date(2026, 11, 24)]
    assert expand([spec((1,), date(2026, 11, 4), date(2026, 11, 9))], date(2026, 11, 1), date(2026, 11, 30)) == []
    assert expand([spec((), date(2026, 11, 4))], date(2026, 11, 1), date(2026, 11, 30)) == []


def test_dst_keeps_local_wall_time() -> None:
    occ = expand([spec((1,), date(2026, 10, 1))], date(2026, 10, 20), date(2026, 11, 3))
    tz = "Europe/Berlin"
    utc = [local_to_utc(o.local_date, o.local_time, tz) for o in occ]
    # CEST (UTC+2) before 25 Oct, CET (UTC+1) after: same 18:30 local, different UTC hour
    assert [u.hour for u in utc] == [16, 17, 17]
    assert [u.minute for u in utc] == [30, 30, 30]


def test_dst_gap_and_fold() -> None:
    # 29 March 2026 02:30 does not exist in Berlin: moved forward by the gap
    assert local_to_utc(date(2026, 3, 29), time(2, 30), "Europe/Berlin") == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    # 25 October 2026 02:30 happens twice: the first (CEST) is chosen
    assert local_to_utc(date(2026, 10, 25), time(2, 30), "Europe/Berlin") == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    # US zone too
    assert local_to_utc(date(2026, 3, 8), time(9, 0), "America/New_York").hour == 13


@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)),
    st.integers(min_value=0, max_value=120),
    st.sets(st.integers(min_value=0, max_value=6), min_size=1),
)
def test_expansion_properties(start: date, span: int, days: set[int]) -> None:
    end = start + timedelta(days=span)
    occ = expand([spec(tuple(sorted(days)), start)], start, end)
    expected = [start + timedelta(days=i) for i in range(span + 1) if (start + timedelta(days=i)).weekday() in days]
    assert [o.local_date for o in occ] == expected


def test_parse_weekdays_and_time_errors() -> None:
    assert parse_weekdays("4, 1,1") == (1, 4)
    with pytest.raises(ValueError, match="weekday"):
        parse_weekdays("7")
    assert parse_time("9:05") == time(9, 5)
    with pytest.raises(ValueError, match="HH:MM"):
        parse_time("25:00")


def test_streak_counts_weeks_in_a_row_and_skips() -> None:
    today = date(2026, 11, 25)  # Wednesday
    rows = [
        (date(2026, 10, 27), "run"),
        (date(2026, 11, 3), "skipped"),
        (date(2026, 11, 10), "run"),
        (date(2026, 11, 17), "run"),
        (date(2026, 11, 24), "run"),
        (date(2026, 12, 1), "planned"),
    ]
    s = streak(rows, today)
    assert (s.current, s.longest, s.skipped, s.unmarked) == (3, 3, 1, 0)


def test_streak_open_current_week_does_not_break() -> None:
    today = date(2026, 11, 27)  # Friday, today's occurrence not yet marked
    rows = [(date(2026, 11, 13), "run"), (date(2026, 11, 20), "run"), (date(2026, 11, 27), "planned")]
    assert streak(rows, today).current == 2
    rows[-1] = (date(2026, 11, 27), "skipped")
    assert streak(rows, today).current == 0


def test_sla_from_timestamps_first_n_and_window() -> None:
    t0 = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    comments = [(i, t0 + timedelta(minutes=i)) for i in range(1, 13)]  # 12 comments
    replies = [
        (1, t0 + timedelta(minutes=1 + 60)),  # exactly 60 min: counts
        (2, t0 + timedelta(minutes=2 + 61)),  # late
        (3, t0 + timedelta(minutes=10)),
        (11, t0 + timedelta(minutes=12)),  # 11th comment: outside the first 10
        (3, t0 + timedelta(minutes=200)),  # a later second reply does not matter
    ]
    assert sla_from_timestamps(comments, replies, 60, 10) == (2, 10)
    assert sla_from_timestamps(comments[:4], [], 60, 10) == (0, 4)


def test_weekly_sla_hit_rate_and_zero_denominator() -> None:
    rows = [(date(2026, 11, 16), 9, 10), (date(2026, 11, 19), 10, 10), (date(2026, 11, 23), 0, 0)]
    weeks = weekly_sla(rows)
    assert weeks[0].hit_rate == 95.0 and weeks[0].misses == 1 and weeks[0].posts == 2
    assert weeks[1].hit_rate is None  # n/a, never a division by zero
