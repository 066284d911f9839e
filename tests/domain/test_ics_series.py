"""Weekly series from calendar files (domain.rituals): instants, not dates, bound a series; another zone's DST
weeks are named."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from microcomm_desktop.domain.rituals import last_weekly_start, place_in_zone, weekly_starts

BERLIN = ZoneInfo("Europe/Berlin")
NY = ZoneInfo("America/New_York")


def test_weekly_starts_keep_wall_clock_time_and_stop_at_the_until_instant() -> None:
    first = datetime(2026, 10, 20, 18, 30, tzinfo=BERLIN)  # CEST until 25 Oct, CET after
    starts = weekly_starts(first, [1], datetime(2026, 11, 10, 17, 29, tzinfo=UTC), None, date(2027, 1, 1))
    assert [s.date() for s in starts] == [date(2026, 10, 20), date(2026, 10, 27), date(2026, 11, 3)]
    assert {s.time() for s in starts} == {time(18, 30)}
    assert starts[0].utcoffset() != starts[1].utcoffset()  # the instant moved with DST, the time did not


def test_weekly_starts_count_and_horizon() -> None:
    first = datetime(2026, 11, 2, 7, 15, tzinfo=BERLIN)
    assert len(weekly_starts(first, [0, 3], None, 5, date(2030, 1, 1))) == 5
    assert weekly_starts(first, [0, 3], None, None, date(2026, 11, 9))[-1].date() == date(2026, 11, 9)
    assert weekly_starts(first, [0, 3], None, 0, date(2030, 1, 1)) == []


def test_last_weekly_start_without_walking() -> None:
    first = datetime(2026, 11, 3, 18, 30, tzinfo=BERLIN)
    assert last_weekly_start(first, [1], datetime(2026, 12, 15, 17, 0, tzinfo=UTC), None) == (
        False,
        datetime(2026, 12, 8, 18, 30, tzinfo=BERLIN),
    )
    assert last_weekly_start(first, [1], datetime(2026, 11, 3, 17, 0, tzinfo=UTC), None) == (True, None)
    empty, last = last_weekly_start(first, [1], None, 10**9)
    assert not empty and last is None  # effectively open-ended
    _, by_count = last_weekly_start(first, [1, 3], None, 4)
    assert by_count == datetime(2026, 11, 12, 18, 30, tzinfo=BERLIN)
    _, far = last_weekly_start(first, [1], datetime(9999, 12, 31, tzinfo=UTC), None)
    assert far is None


def test_place_in_zone_names_the_weeks_two_zones_disagree() -> None:
    first = datetime(2027, 3, 3, 12, 0, tzinfo=NY)
    starts = weekly_starts(first, [2], None, None, date(2027, 4, 7))
    placed = place_in_zone(starts, BERLIN)
    assert (placed.weekdays, placed.time_of_day, placed.day_shift) == ((2,), time(18, 0), 0)
    assert [(d, loc.strftime("%H:%M")) for d, loc in placed.moved] == [
        (date(2027, 3, 17), "17:00"),
        (date(2027, 3, 24), "17:00"),
    ]


def test_place_in_zone_moves_the_weekday_across_midnight() -> None:
    first = datetime(2026, 11, 3, 23, 30, tzinfo=UTC)
    placed = place_in_zone(weekly_starts(first, [1], None, 3, date(2027, 1, 1)), BERLIN)
    assert (placed.weekdays, placed.time_of_day, placed.day_shift, placed.moved) == ((2,), time(0, 30), 1, ())


def test_a_spring_forward_gap_in_the_same_zone_is_not_a_move() -> None:
    first = datetime(2027, 3, 14, 2, 30, tzinfo=BERLIN)  # Sundays 02:30; 28 Mar 2027 has no 02:30
    starts = weekly_starts(first, [6], None, 4, date(2027, 12, 31))
    placed = place_in_zone(starts, BERLIN)
    assert placed.time_of_day == time(2, 30) and placed.moved == ()
