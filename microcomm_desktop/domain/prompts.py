"""Prompt quality heuristics and the prompt ladder (docs/domain.md §2).

Good prompts ask for a number, a screenshot, a choice or a constraint: "What was your last 10-minute
workout?" gets answers, "Do you like fitness?" gets silence. The check is a heuristic on words, so it
explains what it found rather than pretending to be certain.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from microcomm_desktop.i18n import QT_TRANSLATE_NOOP, TranslatedLabels, translate

__all__ = ["RUNGS", "PromptCheck", "check_prompt", "REWRITE_ADVICE", "too_soon", "MIN_PROMPTS_PER_RITUAL"]

RUNGS: Mapping[str, str] = TranslatedLabels(
    "domain.prompts",
    {
        "identity": QT_TRANSLATE_NOOP("domain.prompts", "Identity — “What do you do?”"),
        "constraints": QT_TRANSLATE_NOOP("domain.prompts", "Constraints — “What is hard right now?”"),
        "proof": QT_TRANSLATE_NOOP("domain.prompts", "Proof — “What have you tried?”"),
        "commitment": QT_TRANSLATE_NOOP("domain.prompts", "Commitment — “What will you do this week?”"),
    },
)
MIN_PROMPTS_PER_RITUAL = 5
REPEAT_GAP_DAYS = 28
REWRITE_ADVICE = QT_TRANSLATE_NOOP(
    "domain.prompts",
    "Broad question: ask for a number, a screenshot, a choice or a constraint. "
    "“What was your last 10-minute workout?” beats “Do you like fitness?”.",
)

_NUMBER = re.compile(
    r"\d|\bhow (many|much|long|often|far|fast)\b|"
    r"\b(number|percent|rate|score|distance|pace|weight|minutes?|hours?|km|miles?)\b|"
    r"\b(one|two|three|four|five|ten)\b",
    re.IGNORECASE,
)
_SCREENSHOT = re.compile(
    r"\b(screenshots?|screen ?grabs?|photos?|pics?|pictures?|clips?|videos?|snap|show us|post a|send (me|us)|"
    r"share (a|your) (photo|pic|link|clip|screen))",
    re.IGNORECASE,
)
_CHOICE = re.compile(r"\b(or|pick|choose|which|vote|either|a vs b|versus|vs\.?|rank|this or that)\b", re.IGNORECASE)
_CONSTRAINT = re.compile(
    r"\b(only|just one|single|under|less than|at most|no more than|without|within|budget|limit|max(imum)?|"
    r"in one (word|sentence|line)|one thing|biggest|hardest|hard|stuck|struggle|get in the way|hurts?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PromptCheck:
    """What a prompt asks for; ``is_broad`` when it asks for none of the four things."""

    asks_number: bool
    asks_screenshot: bool
    asks_choice: bool
    asks_constraint: bool

    @property
    def is_broad(self) -> bool:
        return not (self.asks_number or self.asks_screenshot or self.asks_choice or self.asks_constraint)

    @property
    def found(self) -> list[str]:
        names = [
            ("number", self.asks_number),
            ("screenshot", self.asks_screenshot),
            ("choice", self.asks_choice),
            ("constraint", self.asks_constraint),
        ]
        return [n for n, ok in names if ok]

    @property
    def summary(self) -> str:
        if self.is_broad:
            return translate("domain.prompts", REWRITE_ADVICE)
        names = {
            "number": translate("domain.prompts", "number"),
            "screenshot": translate("domain.prompts", "screenshot"),
            "choice": translate("domain.prompts", "choice"),
            "constraint": translate("domain.prompts", "constraint"),
        }
        return translate("domain.prompts", "Asks for a {things}.").format(
            things=", ".join(names[n] for n in self.found)
        )


def check_prompt(text: str) -> PromptCheck:
    t = " ".join(text.split())
    return PromptCheck(
        asks_number=bool(_NUMBER.search(t)),
        asks_screenshot=bool(_SCREENSHOT.search(t)),
        asks_choice=bool(_CHOICE.search(t)),
        asks_constraint=bool(_CONSTRAINT.search(t)),
    )


def too_soon(last_used: date | None, today: date, gap_days: int = REPEAT_GAP_DAYS) -> bool:
    """A prompt used within ``gap_days`` is "too soon" to repeat: members notice recycled questions."""
    return last_used is not None and 0 <= (today - last_used).days < gap_days


def prompts_needed(count: int, minimum: int = MIN_PROMPTS_PER_RITUAL) -> int:
    return max(0, minimum - count)
