"""Sprint calendar helpers and the decision rule on the crafted series the issue names."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from microcomm_desktop.domain.sprints import (
    decide,
    ended_weeks,
    is_overdue,
    next_sprint_start,
    progress,
    sprint_end,
    week_of,
)

START = date(2026, 11, 2)


def test_both_rising_two_weeks_in_a_row_continues() -> None:
    r = decide([20.0, 22.0, 25.0], [10.0, 11.0, 12.5])
    assert r.verdict == "continue"
    assert r.returning_deltas == (2.0, 3.0)
    assert r.replies_deltas == (1.0, 1.5)


def test_one_flat_series_narrows() -> None:
    assert decide([20.0, 22.0, 25.0], [10.0, 10.0, 12.0]).verdict == "narrow"


def test_equal_values_do_not_count_as_rising() -> None:
    assert decide([20.0, 20.0, 20.0], [10.0, 11.0, 12.0]).verdict == "narrow"


def test_only_two_weeks_is_not_enough_data() -> None:
    r = decide([20.0, 25.0], [10.0, 12.0])
    assert r.verdict == "not_enough_data"
    assert "2 week" in r.explanation


def test_only_last_three_weeks_count() -> None:
    # an early dip does not matter: the rule looks at the last two week-over-week steps
    assert decide([30.0, 20.0, 22.0, 25.0], [9.0, 8.0, 9.0, 10.0]).verdict == "continue"


def test_week_of_and_end() -> None:
    assert sprint_end(START) == date(2026, 12, 1)
    assert next_sprint_start(START) == date(2026, 12, 2)
    assert week_of(START, START) == 1
    assert week_of(START, date(2026, 11, 22)) == 3
    assert week_of(START, date(2026, 12, 1)) == 4
    assert week_of(START, date(2026, 12, 2)) is None
    assert week_of(START, date(2026, 11, 1)) is None


def test_ended_weeks_exclude_the_running_week() -> None:
    assert ended_weeks(START, date(2026, 11, 25)) == [1, 2, 3]
    assert ended_weeks(START, date(2026, 11, 22)) == [1, 2]  # week 3's last day is not over yet
    assert ended_weeks(START, date(2026, 12, 2)) == [1, 2, 3, 4]


def test_overdue() -> None:
    today = date(2026, 11, 25)
    assert is_overdue(date(2026, 11, 24), False, today)
    assert not is_overdue(date(2026, 11, 25), False, today)
    assert not is_overdue(date(2026, 11, 24), True, today)
    assert not is_overdue(None, False, today)


def test_progress_rounding_inputs() -> None:
    assert progress(12, 13) == 12 / 13 * 100
    assert progress(0, 0) is None


_vals = st.floats(min_value=0, max_value=1000, allow_nan=False)


@given(st.lists(_vals, min_size=3, max_size=6), st.lists(_vals, min_size=3, max_size=6))
def test_continue_iff_both_strictly_rose_twice(ret: list[float], rep: list[float]) -> None:
    n = min(len(ret), len(rep))
    ret, rep = ret[:n], rep[:n]
    rose = all(b > a for a, b in zip(ret[-3:], ret[-2:], strict=False)) and all(
        b > a for a, b in zip(rep[-3:], rep[-2:], strict=False)
    )
    assert (decide(ret, rep).verdict == "continue") == rose
    assert decide(ret, rep).verdict != "not_enough_data"
