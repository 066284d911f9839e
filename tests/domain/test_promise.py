"""Promise sentence builder and slot hints."""

from __future__ import annotations

import pytest

from microcomm_desktop.domain.promise import (
    build_sentence,
    slot_hints,
    split_attention_warning,
    topic_hint,
    who_is_plural,
)


def test_sentence_from_domain_examples() -> None:
    assert (
        build_sentence("runners", "weekly 20-minute mobility routines", "short videos and a Sunday Q and A")
        == "This is the place where runners get weekly 20-minute mobility routines through short videos and a "
        "Sunday Q and A."
    )
    assert build_sentence("", " ", "") == "This is the place where … gets … through …."
    assert (
        build_sentence("indie skincare fans", "ingredient breakdowns", "carousels plus a monthly live audit")
        == "This is the place where indie skincare fans get ingredient breakdowns through carousels plus a "
        "monthly live audit."
    )
    assert build_sentence("a busy parent", "one 15-minute dinner a day", "reels") == (
        "This is the place where a busy parent gets one 15-minute dinner a day through reels."
    )


PLURAL_WHO = [
    "runners", "indie skincare fans", "people who want to run", "people", "new runners over 40",
    "parents of toddlers", "women in tech", "runners and walkers", "a runner and a walker", "all runners",
    "indie hackers building SaaS", "beginners learning Spanish", "running coaches", "you", "a few runners",
    "parents-to-be", "stay-at-home dads", "my clients", "those who lift", "children", "kids", "data scientists",
    "first-time marathoners", "nurses on night shifts", "small business owners", "Gen Z creators",
    "new dads who want to cook", "moms & dads", "Busy Teachers.",
]  # fmt: skip
SINGULAR_WHO = [
    "a busy parent", "my team", "anyone who runs", "everyone", "my family", "a group of runners",
    "health and fitness coach", "every runner", "the community", "each member", "a runner", "the boss",
    "our crew", "a nurse on night shifts", "a small business owner", "my mum", "the class of 2026",
    "someone starting over", "one new runner", "",
]  # fmt: skip


@pytest.mark.parametrize("who", PLURAL_WHO)
def test_plural_who_takes_get(who: str) -> None:
    assert who_is_plural(who)
    assert " get " in build_sentence(who, "x", "y") and " gets " not in build_sentence(who, "x", "y")


@pytest.mark.parametrize("who", SINGULAR_WHO)
def test_singular_who_takes_gets(who: str) -> None:
    assert not who_is_plural(who)
    assert " gets " in build_sentence(who, "x", "y")


def test_domain_examples_have_no_hints() -> None:
    assert slot_hints("runners", "weekly 20-minute mobility routines", "short videos and a Sunday Q and A") == []
    assert (
        slot_hints("indie skincare fans", "ingredient breakdowns every week", "carousels plus a monthly live audit")
        == []
    )


def test_vague_slots() -> None:
    hints = {h.slot for h in slot_hints("people", "better skin", "posts")}
    assert hints == {"who", "outcome"}
    assert {h.slot for h in slot_hints("", "", "")} == {"who", "outcome", "format"}


def test_topic_hint() -> None:
    assert topic_hint("travel") is not None
    assert topic_hint("budget travel in Japan") is None
    assert topic_hint("") is not None


def test_split_attention() -> None:
    assert split_attention_warning(1) is None
    assert "split" in (split_attention_warning(2) or "")
