"""The promise sentence and the hints that catch vague slots (DOMAIN.md §2).

A promise only works when a stranger can tell in one read whether it is for them and what they will get; the
hints point at the two ways it usually fails: a generic "who" and an outcome nobody can measure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["SlotHint", "build_sentence", "slot_hints", "topic_hint", "HOME_KINDS", "FORMAT_TEMPLATES"]

PLACEHOLDER = "…"

# Words that name nobody in particular: "people" could be anyone, so nobody feels addressed.
_GENERIC_WHO = {
    "people", "everyone", "everybody", "anyone", "anybody", "users", "user", "folks", "members", "followers",
    "audience", "fans", "customers", "you", "all", "humans", "person", "someone", "individuals", "viewers",
}  # fmt: skip
_TIME_FRAME = re.compile(
    r"\b(daily|weekly|monthly|yearly|every|each|per|a (day|week|month)|today|tonight|this (week|month)|"
    r"\d+[- ]?(min|minute|minutes|hour|hours|day|days|week|weeks|month|months|km|k|mile|miles)\b|"
    r"minutes?|hours?|days?|weeks?|months?|morning|evening|sunday|monday|tuesday|wednesday|thursday|"
    r"friday|saturday)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|hundred|dozen)\b", re.IGNORECASE
)
_BROAD_TOPICS = {
    "travel", "fitness", "food", "business", "lifestyle", "fashion", "beauty", "tech", "technology", "health",
    "money", "finance", "music", "art", "gaming", "sports", "life", "marketing", "cooking", "design", "running",
    "wellness", "parenting", "education", "coding", "photography",
}  # fmt: skip

HOME_KINDS: dict[str, str] = {
    "comments_dms": "Comments + DMs",
    "broadcast": "Broadcast channel",
    "discord": "Discord",
    "close_friends": "Close Friends / private list",
    "live": "Live series",
    "other": "Other",
}

# DOMAIN.md §3 reusable formats: (name, description, cadence)
FORMAT_TEMPLATES: list[tuple[str, str, str]] = [
    (
        "Weekly challenge",
        "One action, one hashtag, one recap; feature three member wins weekly.",
        "weekly",
    ),
    (
        "Office hours",
        "Recurring live or Q and A box; answer with names and specifics.",
        "weekly",
    ),
    ("Teardown series", "Members submit work; review it with the same rubric every time.", "weekly"),
    (
        "Resource drops",
        "Checklists, swipe files, calculators; ask members to comment their use case.",
        "every two weeks",
    ),
]


@dataclass(frozen=True)
class SlotHint:
    """A suggestion for one slot ("who", "outcome", "format" or "topic"); never blocks saving."""

    slot: str
    message: str


def _clean(text: str) -> str:
    return " ".join(text.split()).strip().rstrip(".")


def build_sentence(who: str, outcome: str, format_text: str) -> str:
    """'This is the place where [who] gets [outcome] through [format].' with … for empty slots."""
    parts = [_clean(who) or PLACEHOLDER, _clean(outcome) or PLACEHOLDER, _clean(format_text) or PLACEHOLDER]
    return f"This is the place where {parts[0]} gets {parts[1]} through {parts[2]}."


def has_number(text: str) -> bool:
    return bool(re.search(r"\d", text) or _NUMBER_WORDS.search(text))


def has_time_frame(text: str) -> bool:
    return bool(_TIME_FRAME.search(text))


def slot_hints(who: str, outcome: str, format_text: str) -> list[SlotHint]:
    """Hints for vague slots: empty, a single generic "who", an outcome with neither number nor time frame."""
    hints: list[SlotHint] = []
    w = _clean(who)
    if not w:
        hints.append(SlotHint("who", "Say who it is for, e.g. “runners” or “indie skincare fans”."))
    else:
        words = re.findall(r"[\w'-]+", w.lower())
        if len(words) == 1 and words[0] in _GENERIC_WHO:
            hints.append(SlotHint("who", f"“{w}” could be anyone: name the group, e.g. “new runners over 40”."))
    o = _clean(outcome)
    if not o:
        hints.append(SlotHint("outcome", "Say what they get, e.g. “a weekly 20-minute mobility routine”."))
    elif not has_number(o) and not has_time_frame(o):
        hints.append(
            SlotHint(
                "outcome",
                "The outcome has no number or time frame: make it checkable, e.g. “weekly 20-minute routines”.",
            )
        )
    if not _clean(format_text):
        hints.append(SlotHint("format", "Say how it is delivered, e.g. “short videos and a Sunday Q and A”."))
    return hints


def topic_hint(topic: str) -> SlotHint | None:
    """A tight topic names a niche *and* an angle: "budget travel in Japan" beats "travel"."""
    t = _clean(topic)
    if not t:
        return SlotHint("topic", "Write the topic in one line, e.g. “budget travel in Japan”.")
    words = re.findall(r"[\w'-]+", t.lower())
    if len(words) == 1 or (len(words) <= 2 and all(x in _BROAD_TOPICS for x in words)):
        return SlotHint("topic", f"“{t}” is broad: narrow it, e.g. “budget travel in Japan” beats “travel”.")
    if len(t) > 80:
        return SlotHint("topic", "Keep the topic to one short line (under 80 characters).")
    return None


def split_attention_warning(primary_count: int) -> str | None:
    """More than one primary home in month one splits attention (DOMAIN.md §2)."""
    if primary_count > 1:
        return (
            f"{primary_count} primary homes: in month one pick one home, or attention (and replies) split between them."
        )
    return None
