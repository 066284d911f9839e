"""Promise sentence builder and slot hints."""

from __future__ import annotations

from microcomm_desktop.domain.promise import build_sentence, slot_hints, split_attention_warning, topic_hint


def test_sentence_from_domain_examples() -> None:
    assert (
        build_sentence("runners", "weekly 20-minute mobility routines", "short videos and a Sunday Q and A")
        == "This is the place where runners gets weekly 20-minute mobility routines through short videos and a "
        "Sunday Q and A."
    )
    assert build_sentence("", " ", "") == "This is the place where … gets … through …."


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
