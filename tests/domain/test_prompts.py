"""Prompt quality heuristics on docs/domain.md's good and bad examples."""

from __future__ import annotations

from datetime import date

import pytest

from microcomm_desktop.domain.prompts import REWRITE_ADVICE, check_prompt, too_soon


@pytest.mark.parametrize(
    "text",
    [
        "What was your last 10-minute workout?",
        "Send a 10-second clip of your stride from the side.",
        "Screenshot your best split this week.",
        "Pick one: hips, knees or ankles?",
        "Which one drill will you do 3 times this week?",
        "What is hard right now?",
        "How many runs did you log this week?",
        "Shoes under $100: which one would you pick?",
    ],
)
def test_good_prompts_are_not_broad(text: str) -> None:
    assert not check_prompt(text).is_broad


@pytest.mark.parametrize(
    "text", ["Do you like fitness?", "Do you like running?", "Thoughts?", "What do you think about nutrition?"]
)
def test_broad_prompts_are_flagged_with_advice(text: str) -> None:
    c = check_prompt(text)
    assert c.is_broad
    assert c.summary == REWRITE_ADVICE
    assert "number, a screenshot, a choice or a constraint" in c.summary


def test_found_kinds() -> None:
    c = check_prompt("Screenshot your cadence: 170 or 180?")
    assert c.found == ["number", "screenshot", "choice"]


def test_too_soon() -> None:
    today = date(2026, 11, 25)
    assert too_soon(date(2026, 11, 10), today)
    assert not too_soon(date(2026, 10, 1), today)
    assert not too_soon(None, today)
