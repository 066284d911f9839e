"""Sprint template, week boundaries and the decision rule (docs/domain.md §6)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from microcomm_desktop.domain.sprints import (
    SPRINT_TEMPLATE,
    SprintWeek,
    decide,
    progress,
    sprint_weeks,
)


def test_template_is_the_domain_table_verbatim() -> None:
    assert SPRINT_TEMPLATE == (
        SprintWeek(
            1,
            "set foundations",
            ("write promise", "pick home", "create onboarding", "draft prompts"),
            "pinned welcome + 10 prompts + ritual schedule",
        ),
        SprintWeek(
            2,
            "trigger participation",
            ("run two rituals", "reply fast", "feature members"),
            "2 recap posts + member highlights",
        ),
        SprintWeek(
            3,
            "improve signal quality",
            ("refine topics", "add templates", "recruit 5 power members"),
            "template drop + power member list",
        ),
        SprintWeek(
            4,
            "make it repeatable",
            ("document playbook", "set KPIs", "plan next month"),
            "30-day report + next-month calendar",
        ),
    )


def test_sprint_weeks_cover_30_days() -> None:
    weeks = sprint_weeks(date(2024, 3, 1))
    assert weeks == [
        (date(2024, 3, 1), date(2024, 3, 7)),
        (date(2024, 3, 8), date(2024, 3, 14)),
        (date(2024, 3, 15), date(2024, 3, 21)),
        (date(2024, 3, 22), date(2024, 3, 30)),
    ]


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)))
def test_sprint_weeks_are_contiguous(start: date) -> None:
    weeks = sprint_weeks(start)
    assert weeks[0][0] == start
    assert (weeks[-1][1] - start).days == 29
    for (_, end), (next_start, _) in zip(weeks, weeks[1:], strict=False):
        assert (next_start - end).days == 1


def test_progress() -> None:
    assert progress(0, 0) is None
    assert progress(3, 12) == pytest.approx(25.0)
    assert progress(12, 12) == pytest.approx(100.0)
    assert progress(13, 12) == pytest.approx(100.0)
    with pytest.raises(ValueError):
        progress(-1, 4)


def test_continue_when_both_rise_two_weeks_in_a_row() -> None:
    result = decide([10.0, 18.0, 20.0, 25.0], [3.0, 4.0, 6.0, 9.5])
    assert result.verdict == "continue"
    assert result.returning_used == (18.0, 20.0, 25.0)
    assert result.replies_used == (4.0, 6.0, 9.5)
    assert result.returning_deltas == (2.0, 5.0)
    assert result.replies_deltas == (2.0, 3.5)
    assert result.explanation.endswith(".")


def test_flat_week_does_not_count_as_rising() -> None:
    result = decide([20.0, 22.0, 22.0], [4.0, 5.0, 6.0])
    assert result.verdict == "narrow"
    assert result.returning_deltas == (2.0, 0.0)


def test_one_metric_falling_means_narrow() -> None:
    assert decide([20.0, 22.0, 24.0], [6.0, 5.0, 7.0]).verdict == "narrow"
    assert decide([30.0, 25.0, 20.0], [6.0, 5.0, 4.0]).verdict == "narrow"


def test_only_the_last_two_steps_matter() -> None:
    assert decide([50.0, 10.0, 11.0, 12.0], [9.0, 1.0, 2.0, 3.0]).verdict == "continue"


def test_not_enough_data() -> None:
    short = decide([20.0, 25.0], [4.0, 5.0])
    assert short.verdict == "not_enough_data"
    assert short.returning_used == (20.0, 25.0)
    assert short.returning_deltas == (5.0,)
    assert decide([], []).verdict == "not_enough_data"
    assert decide([20.0, 25.0, 30.0], [4.0, 5.0]).verdict == "not_enough_data"
    gap = decide([20.0, None, 30.0], [4.0, 5.0, 6.0])
    assert gap.verdict == "not_enough_data"
    assert gap.returning_deltas == ()
    # A gap older than the last three weeks does not matter.
    assert decide([None, 20.0, 25.0, 30.0], [None, 4.0, 5.0, 6.0]).verdict == "continue"


@given(
    st.lists(st.one_of(st.none(), st.floats(0, 100)), max_size=8),
    st.lists(st.one_of(st.none(), st.floats(0, 100)), max_size=8),
)
def test_decide_never_raises(returning: list[float | None], replies: list[float | None]) -> None:
    result = decide(returning, replies)
    assert result.verdict in ("continue", "narrow", "not_enough_data")
    assert result.explanation
