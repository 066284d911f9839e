"""The 30-day sprint of docs/domain.md §6: template, week boundaries and the end-of-sprint decision rule."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from microcomm_desktop.i18n import translate

__all__ = [
    "NARROW_TASKS",
    "SPRINT_DAYS",
    "SPRINT_TEMPLATE",
    "VERDICT_LABELS",
    "DecisionResult",
    "SprintWeek",
    "Verdict",
    "decide",
    "ended_weeks",
    "is_overdue",
    "next_sprint_start",
    "progress",
    "sprint_end",
    "sprint_weeks",
    "week_of",
]

SPRINT_DAYS = 30


@dataclass(frozen=True, slots=True)
class SprintWeek:
    """One row of the sprint table; tuples so the shared template cannot be mutated by a screen."""

    week: int
    goal: str
    tasks: tuple[str, ...]
    deliverable: str


SPRINT_TEMPLATE: tuple[SprintWeek, ...] = (
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


def sprint_weeks(start: date) -> list[tuple[date, date]]:
    """Inclusive (first, last) day of each sprint week; week 4 absorbs days 22–30 so the sprint is 30 days."""
    weeks = [(start + timedelta(days=7 * i), start + timedelta(days=7 * i + 6)) for i in range(3)]
    weeks.append((start + timedelta(days=21), start + timedelta(days=SPRINT_DAYS - 1)))
    return weeks


def progress(done: int, total: int) -> float | None:
    """Percent of sprint tasks done; ``None`` for a sprint without tasks rather than a misleading 0 % or 100 %."""
    if done < 0 or total < 0:
        raise ValueError("Task counts cannot be negative")
    if total == 0:
        return None
    return min(done, total) / total * 100.0


Verdict = Literal["continue", "narrow", "not_enough_data"]


@dataclass(frozen=True, slots=True)
class DecisionResult:
    """The verdict together with the exact numbers behind it, because docs/domain.md §6 asks the verdict to show them.

    ``*_used`` are the last (up to) three weekly values, oldest first; ``*_deltas`` the week-over-week
    changes between them (empty when a value needed for a delta is missing).
    """

    verdict: Verdict
    explanation: str
    returning_used: tuple[float | None, ...]
    replies_used: tuple[float | None, ...]
    returning_deltas: tuple[float, ...]
    replies_deltas: tuple[float, ...]


def _deltas(values: tuple[float | None, ...]) -> tuple[float, ...]:
    pairs = list(zip(values, values[1:], strict=False))
    if any(a is None or b is None for a, b in pairs):
        return ()
    return tuple(b - a for a, b in pairs if a is not None and b is not None)


def decide(returning: Sequence[float | None], replies_per_1k: Sequence[float | None]) -> DecisionResult:
    """Apply the sprint decision rule to weekly series (oldest first).

    "Improved" means strictly higher: a flat week is not momentum, and continuing on a plateau is exactly
    the drift the rule exists to stop. Missing values among the last three weeks make the verdict
    "not enough data" rather than guessing.
    """
    ret_used = tuple(returning[-3:])
    rep_used = tuple(replies_per_1k[-3:])
    ret_deltas, rep_deltas = _deltas(ret_used), _deltas(rep_used)

    def result(verdict: Verdict, explanation: str) -> DecisionResult:
        return DecisionResult(verdict, explanation, ret_used, rep_used, ret_deltas, rep_deltas)

    weeks = min(len(returning), len(replies_per_1k))
    if weeks < 3:
        return result(
            "not_enough_data",
            translate(
                "domain.sprints",
                "Only %n week(s) of data: the rule needs three weeks of returning engagers and replies per 1,000 "
                "reach.",
                None,
                weeks,
            ),
        )
    if None in ret_used or None in rep_used:
        return result(
            "not_enough_data",
            translate(
                "domain.sprints",
                "A week among the last three has no returning-engagers or replies figure, so the trend cannot be "
                "judged.",
            ),
        )
    if all(d > 0 for d in ret_deltas) and all(d > 0 for d in rep_deltas):
        return result(
            "continue",
            translate(
                "domain.sprints",
                "Returning engagers and replies per 1,000 reach both rose two weeks in a row: run the same "
                "rituals for another month.",
            ),
        )
    return result(
        "narrow",
        translate(
            "domain.sprints",
            "Returning engagers and replies per 1,000 reach did not both rise two weeks in a row: narrow the "
            "topic, reduce formats and test again.",
        ),
    )


VERDICT_LABELS: dict[Verdict, str] = {
    "continue": "Continue",
    "narrow": "Narrow",
    "not_enough_data": "Not enough data",
}

# What a "narrow" verdict asks for (docs/domain.md §6: narrow the topic and reduce formats, then test again),
# as (week, task) so "Plan next month" can pre-fill them where they belong.
NARROW_TASKS: tuple[tuple[int, str], ...] = (
    (1, "Narrow the topic: pick the one theme with the most replies per 1,000 reach"),
    (1, "Drop one format: keep the two that earned the most replies"),
    (2, "Rewrite prompts for the narrowed topic (ask for a number, screenshot, choice or constraint)"),
    (4, "Compare returning engagers and replies per 1,000 reach with last month"),
)


def sprint_end(start: date) -> date:
    """Last day of a sprint (inclusive): a sprint is always ``SPRINT_DAYS`` long."""
    return start + timedelta(days=SPRINT_DAYS - 1)


def next_sprint_start(start: date) -> date:
    """ "Plan next month" starts the day after the sprint ends, so months never overlap or leave a gap."""
    return sprint_end(start) + timedelta(days=1)


def week_of(start: date, day: date) -> int | None:
    """Sprint week (1–4) that contains ``day``, or ``None`` outside the sprint."""
    for no, (first, last) in enumerate(sprint_weeks(start), start=1):
        if first <= day <= last:
            return no
    return None


def ended_weeks(start: date, today: date) -> list[int]:
    """Weeks whose last day is before ``today``: only complete weeks may count toward the verdict,
    because a half-measured week would look like a drop."""
    return [no for no, (_first, last) in enumerate(sprint_weeks(start), start=1) if last < today]


def is_overdue(due: date | None, done: bool, today: date) -> bool:
    """A task is overdue when it is open and its due day has passed (due today is still on time)."""
    return not done and due is not None and due < today
