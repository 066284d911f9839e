"""Metrics: every docs/domain.md §4 example, and the fast returning-engagers sweep checked against an oracle."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from microcomm_desktop.domain.metrics import (
    BENCHMARKS,
    Band,
    Depth,
    ReturningWindow,
    band_position,
    concentration,
    conversation_depth,
    engagement_rate,
    format_rate,
    health_score,
    per_1k,
    post_engagements,
    rate,
    replies_per_1k,
    returning_people,
    returning_series,
    saves_per_1k,
)

# -------------------- rates


def test_rate_zero_or_missing_denominator_is_none() -> None:
    assert rate(5, 0) is None
    assert rate(5, None) is None
    assert rate(None, 10) is None
    assert rate(0, 10) == 0.0
    assert rate(1, 4) == 0.25


def test_engagement_rate_by_reach_and_impressions() -> None:
    assert engagement_rate(50, 1000, 2500, "reach") == pytest.approx(5.0)
    assert engagement_rate(50, 1000, 2500, "impressions") == pytest.approx(2.0)
    assert engagement_rate(50, 0, 2500, "reach") is None
    assert engagement_rate(50, 1000, None, "impressions") is None


def test_per_1k_wrappers() -> None:
    assert per_1k(3, 1500) == pytest.approx(2.0)
    assert saves_per_1k(20, 1000) == pytest.approx(20.0)
    assert replies_per_1k(12, 1000) == pytest.approx(12.0)
    assert saves_per_1k(20, 0) is None
    assert replies_per_1k(12, None) is None


def test_post_engagements_prefers_platform_total() -> None:
    assert post_engagements(10, 5, 2, 3, None) == 20
    assert post_engagements(10, 5, 2, 3, 25) == 25
    assert post_engagements(None, 5, None, 3, None) == 8
    assert post_engagements(None, None, None, None, 0) == 0


def test_format_rate() -> None:
    assert format_rate(None) == "n/a"
    assert format_rate(None, suffix="%") == "n/a"
    assert format_rate(41.4) == "41.40"
    assert format_rate(3.14159, 1, "%") == "3.1%"
    assert format_rate(-0.001) == "0.00"


@given(
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=0, max_value=10**12),
    st.sampled_from(["reach", "impressions"]),
)
def test_rates_never_raise_on_non_negative_input(eng: int, reach: int, impressions: int, definition: str) -> None:
    er = engagement_rate(eng, reach, impressions, definition)  # type: ignore[arg-type]
    for value in (er, per_1k(eng, reach), saves_per_1k(eng, reach), replies_per_1k(eng, reach)):
        assert value is None or (np.isfinite(value) and value >= 0)
    assert isinstance(format_rate(er), str)


# -------------------- benchmarks


def test_benchmark_bands_match_domain_table() -> None:
    assert BENCHMARKS["er"] == Band(3.0, 8.0, "tighten hook, add a clear ask, narrow topic")
    assert BENCHMARKS["saves_per_1k"] == Band(10.0, 40.0, "turn advice into checklists, templates, step sequences")
    assert BENCHMARKS["replies_per_1k"] == Band(5.0, 25.0, "ask for specifics, offer two answer options, respond fast")
    assert BENCHMARKS["returning_share"] == Band(20.0, 40.0, "add rituals, highlight members, shared challenge")


@pytest.mark.parametrize(
    ("value", "expected"),
    [(2.99, "below"), (3.0, "in"), (5.0, "in"), (8.0, "in"), (8.01, "above"), (None, None)],
)
def test_band_position(value: float | None, expected: str | None) -> None:
    assert band_position(value, BENCHMARKS["er"]) == expected


# -------------------- health score


def test_health_score_domain_example() -> None:
    score = health_score(30, 12, 20)
    assert score is not None
    assert round(score, 2) == 41.4
    assert score == pytest.approx(41.4)


def test_health_score_caps_normalised_values_and_handles_missing() -> None:
    assert health_score(100, 25, 40) == pytest.approx(100.0)
    assert health_score(100, 500, 900) == pytest.approx(100.0)
    assert health_score(0, 0, 0) == 0.0
    assert health_score(None, 12, 20) is None
    assert health_score(30, None, 20) is None
    assert health_score(30, 12, None) is None
    assert health_score(30, 12, 20, replies_top=12, saves_top=20) == pytest.approx(12 + 30 + 30)
    with pytest.raises(ValueError):
        health_score(30, 12, 20, replies_top=0)


@given(
    st.floats(min_value=0, max_value=100),
    st.floats(min_value=0, max_value=1e9),
    st.floats(min_value=0, max_value=1e9),
)
def test_health_score_stays_within_scale(returning: float, replies: float, saves: float) -> None:
    score = health_score(returning, replies, saves)
    assert score is not None
    assert 0.0 <= score <= 100.0 + 1e-9


# -------------------- concentration


def test_concentration() -> None:
    assert concentration([50, 30, 10, 5, 3, 1, 1]) == pytest.approx(98.0)
    assert concentration([10, 10, 10, 10], top_n=2) == pytest.approx(50.0)
    assert concentration([]) is None
    assert concentration([0, 0]) is None
    assert concentration([7], top_n=5) == pytest.approx(100.0)
    with pytest.raises(ValueError):
        concentration([1, -1])
    with pytest.raises(ValueError):
        concentration([1], top_n=0)


# -------------------- depth


def test_conversation_depth_threads_and_deep_threads() -> None:
    messages = [
        (1, None, 100),  # thread A: 1 -> 2 -> 3, people 100, 200 → deep
        (2, 1, 200),
        (3, 2, 100),
        (4, None, 300),  # thread B: 4 -> 5, two messages → not deep
        (5, 4, 100),
        (6, None, 400),  # thread C: 3 messages, one person → not deep
        (7, 6, 400),
        (8, 6, 400),
        (9, 99, 500),  # parent missing from input → own thread
    ]
    assert conversation_depth(messages) == Depth(threads=4, messages=9, mean_messages_per_thread=9 / 4, deep_threads=1)


def test_conversation_depth_order_independent_and_empty() -> None:
    messages = [(3, 2, 1), (2, 1, 2), (1, None, 1)]
    assert conversation_depth(messages) == Depth(1, 3, 3.0, 1)
    assert conversation_depth([]) == Depth(0, 0, None, 0)


def test_conversation_depth_survives_cycles_and_duplicates() -> None:
    messages = [(1, 2, 10), (2, 1, 20), (1, None, 30)]
    depth = conversation_depth(messages)
    assert depth.messages == 2
    assert depth.threads == 1


# -------------------- returning engagers


def naive_window(persons: list[int], days: list[int], end: int, window_days: int) -> tuple[int, int]:
    """Oracle: literally the docs/domain.md §4 definition, one window at a time."""
    seen: dict[int, set[int]] = {}
    for person, day in zip(persons, days, strict=True):
        if end - window_days < day <= end:
            seen.setdefault(person, set()).add(day)
    return len(seen), sum(1 for d in seen.values() if len(d) >= 2)


def naive_series(persons: list[int], days: list[int], ends: list[date], window_days: int) -> list[ReturningWindow]:
    result = []
    for end in ends:
        engaged, returning = naive_window(persons, days, end.toordinal(), window_days)
        share = None if engaged == 0 else returning / engaged * 100.0
        result.append(ReturningWindow(end, engaged, returning, share))
    return result


def naive_people(persons: list[int], days: list[int], end: int, window_days: int) -> list[int]:
    seen: dict[int, set[int]] = {}
    for person, day in zip(persons, days, strict=True):
        if end - window_days < day <= end:
            seen.setdefault(person, set()).add(day)
    return sorted(p for p, d in seen.items() if len(d) >= 2)


BASE = date(2024, 1, 1).toordinal()  # "day 0"


def _day(n: int) -> int:
    return BASE + n


def _series(persons: list[int], days: list[int], end_day: int) -> ReturningWindow:
    [window] = returning_series(np.array(persons), np.array(days), [date.fromordinal(_day(end_day))])
    return window


def test_days_1_and_30_of_a_window_are_returning() -> None:
    window = _series([7, 7], [_day(1), _day(30)], end_day=30)
    assert (window.engaged, window.returning, window.share) == (1, 1, 100.0)


def test_day_0_is_outside_a_window_ending_on_day_30() -> None:
    window = _series([7, 7], [_day(0), _day(30)], end_day=30)
    assert (window.engaged, window.returning, window.share) == (1, 0, 0.0)


def test_two_interactions_on_the_same_day_count_once() -> None:
    window = _series([7, 7, 7], [_day(5), _day(5), _day(5)], end_day=30)
    assert (window.engaged, window.returning) == (1, 0)


def test_empty_window_share_is_none() -> None:
    window = _series([7], [_day(100)], end_day=30)
    assert window == ReturningWindow(date.fromordinal(_day(30)), 0, 0, None)
    assert returning_series(np.array([], dtype=np.int64), np.array([], dtype=np.int64), []) == []
    empty = returning_series(np.array([], dtype=np.int64), np.array([], dtype=np.int64), [date(2024, 1, 1)])
    assert empty == [ReturningWindow(date(2024, 1, 1), 0, 0, None)]


def test_series_keeps_caller_order_and_unsorted_input() -> None:
    persons = [3, 1, 2, 1, 3, 2, 1]
    days = [_day(40), _day(3), _day(10), _day(20), _day(12), _day(10), _day(3)]
    ends = [date.fromordinal(_day(n)) for n in (45, 20, 5, 30, 80)]
    assert returning_series(np.array(persons), np.array(days), ends) == naive_series(persons, days, ends, 30)


def test_many_overlapping_days_of_one_person_count_once() -> None:
    days = [_day(n) for n in range(0, 60)]
    ends = [date.fromordinal(_day(n)) for n in range(-3, 95)]
    fast = returning_series(np.full(len(days), 5), np.array(days), ends)
    assert fast == naive_series([5] * len(days), days, ends, 30)
    assert max(w.returning for w in fast) == 1


def test_returning_people_one_window() -> None:
    persons = [1, 1, 2, 2, 3, 3, 4]
    days = [_day(1), _day(30), _day(0), _day(30), _day(10), _day(10), _day(15)]
    people = returning_people(np.array(persons), np.array(days), date.fromordinal(_day(30)))
    assert people.tolist() == [1]
    assert returning_people(np.array([], dtype=np.int64), np.array([], dtype=np.int64), date(2024, 1, 1)).size == 0


def test_huge_sparse_person_ids_take_the_exact_fallback() -> None:
    persons = [2**62, -(2**62), 2**62, 5]
    days = [_day(1), _day(2), _day(3), _day(3)]
    ends = [date.fromordinal(_day(3))]
    assert returning_series(np.array(persons), np.array(days), ends) == naive_series(persons, days, ends, 30)
    assert returning_people(np.array(persons), np.array(days), ends[0]).tolist() == [2**62]


def test_mismatched_lengths_and_bad_window_rejected() -> None:
    with pytest.raises(ValueError):
        returning_series(np.array([1, 2]), np.array([_day(1)]), [date(2024, 1, 1)])
    with pytest.raises(ValueError):
        returning_series(np.array([1]), np.array([_day(1)]), [date(2024, 1, 1)], window_days=0)


rows = st.lists(st.tuples(st.integers(min_value=0, max_value=6), st.integers(min_value=0, max_value=120)), max_size=80)


@settings(max_examples=300, deadline=None)
@given(
    rows,
    st.lists(st.integers(min_value=-40, max_value=200), min_size=1, max_size=12),
    st.integers(min_value=1, max_value=45),
)
def test_fast_series_equals_naive_oracle(data: list[tuple[int, int]], end_days: list[int], window_days: int) -> None:
    persons = [p for p, _ in data]
    days = [_day(d) for _, d in data]
    ends = [date.fromordinal(_day(n)) for n in end_days]
    fast = returning_series(np.array(persons, dtype=np.int64), np.array(days, dtype=np.int64), ends, window_days)
    assert fast == naive_series(persons, days, ends, window_days)
    for end in ends:
        got = returning_people(np.array(persons, dtype=np.int64), np.array(days, dtype=np.int64), end, window_days)
        assert got.tolist() == naive_people(persons, days, end.toordinal(), window_days)


def test_weekly_series_over_a_year_matches_oracle() -> None:
    rng = np.random.default_rng(7)
    persons = rng.integers(0, 60, 3000)
    days = rng.integers(BASE, BASE + 365, 3000)
    ends = [date.fromordinal(BASE) + timedelta(weeks=w, days=6) for w in range(53)]
    fast = returning_series(persons, days, ends)
    assert fast == naive_series(persons.tolist(), days.tolist(), ends, 30)
