"""The proof-of-conversation rubric, deal aggregation per creator and the form parsers."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from microcomm_desktop.domain.creators import (
    DealOutcome,
    RubricInput,
    evaluate,
    format_handles,
    parse_figure,
    parse_handles,
    summarise_deals,
    validate_creator,
    validate_evidence,
)
from microcomm_desktop.domain.deals import format_money

TODAY = date(2026, 11, 25)


def test_full_pass_with_figures_scores_proof_struggle_and_figures() -> None:
    r = evaluate(
        RubricInput(3, 0, "hill repeats in the heat", TODAY - timedelta(days=3), 14.2, 5.1, 31.0),
        TODAY,
    )
    assert r.passed and r.label == "Pass"
    assert r.missing == ()
    assert r.hints == ()
    # 40 + 20 + 40/3 × (14.2/25 + 5.1/8 + 31/40) = 60 + 26.41
    assert r.score == 86.4


def test_nothing_yet_is_incomplete_with_both_requirements_named() -> None:
    r = evaluate(RubricInput(0), TODAY)
    assert not r.passed
    assert r.score == 0.0
    assert len(r.missing) == 2
    assert "3 more screenshots" in r.missing[0]
    assert "struggle" in r.missing[1]
    assert len(r.hints) == 3  # all figures unknown, not blocking


def test_two_screenshots_say_one_more_and_mention_entries_without_image() -> None:
    r = evaluate(RubricInput(2, 1, "x", TODAY), TODAY)
    assert not r.passed
    assert r.missing == (
        "1 more screenshot of a question the audience answered with specifics (1 proof entry without a screenshot yet)",
    )
    assert r.proof_points == pytest.approx(26.7)


def test_stale_answer_blocks_and_gets_half_points() -> None:
    r = evaluate(RubricInput(3, 0, "x", TODAY - timedelta(days=8)), TODAY)
    assert not r.passed
    assert r.missing == ("a fresh 'struggles this week' answer (the last one is 8 days old)",)
    assert r.struggle_points == 10.0
    # exactly a week old still counts as this week
    assert evaluate(RubricInput(3, 0, "x", TODAY - timedelta(days=7)), TODAY).passed


def test_answer_without_date_and_future_date_are_incomplete() -> None:
    assert "date" in evaluate(RubricInput(3, 0, "x", None), TODAY).missing[0]
    assert "future" in evaluate(RubricInput(3, 0, "x", TODAY + timedelta(days=1)), TODAY).missing[0]


def test_figures_above_band_top_are_capped_and_unknown_figures_never_block() -> None:
    r = evaluate(RubricInput(5, 0, "x", TODAY, 100.0, None, None), TODAY)
    assert r.passed
    assert r.figures_points == pytest.approx(13.3)
    assert r.score == pytest.approx(73.3)
    assert "returning share (unknown)" in r.summary()


@given(
    st.integers(0, 10),
    st.booleans(),
    st.one_of(st.none(), st.floats(0, 1000)),
    st.one_of(st.none(), st.floats(0, 100)),
    st.one_of(st.none(), st.floats(0, 100)),
)
def test_score_is_bounded_and_pass_implies_at_least_sixty(
    shots: int, fresh: bool, rep: float | None, er: float | None, ret: float | None
) -> None:
    r = evaluate(RubricInput(shots, 0, "x" if fresh else "", TODAY if fresh else None, rep, er, ret), TODAY)
    assert 0.0 <= r.score <= 100.0
    assert r.passed == (shots >= 3 and fresh)
    if r.passed:
        assert r.score >= 60.0


def test_deal_summary_blended_to_the_cent() -> None:
    # docs/domain.md §5 example plus a second deal without conversions reported yet.
    s = summarise_deals(
        [
            DealOutcome(Decimal("2000"), Decimal("3000"), 150_000, None, 120, Decimal("7800")),
            DealOutcome(Decimal("800"), Decimal("0"), 40_000, None, None, None),
        ]
    )
    assert s.deals == 2
    assert s.total_cost == Decimal("5800")
    assert format_money(s.cpm) == "$30.53"  # 5800 / 190000 × 1000
    assert format_money(s.cpa) == "$41.67"  # 5000 / 120: the deal without conversions is left out
    assert s.cpa_cost == Decimal("5000")
    assert s.roas == Decimal("1.56")
    assert s.cpv is None


def test_deal_summary_of_nothing_is_na_not_an_error() -> None:
    s = summarise_deals([])
    assert s.cpm is None and s.cpa is None and s.roas is None and s.total_cost == 0
    draft = summarise_deals([DealOutcome(Decimal("500"), Decimal("0"))])
    assert draft.cpm is None and draft.total_cost == Decimal("500")
    zero = summarise_deals([DealOutcome(Decimal("500"), Decimal("0"), 0, 0, 0)])
    assert zero.cpm is None and zero.cpa is None


def test_parse_handles_accepts_common_forms_and_rejects_ambiguous_ones() -> None:
    pairs, errors = parse_handles("instagram @lenatrails\nTikTok: lena.runs\n\n")
    assert pairs == [("instagram", "@lenatrails"), ("tiktok", "@lena.runs")]
    assert errors == []
    assert format_handles(pairs) == "instagram @lenatrails\ntiktok @lena.runs"
    _, errors = parse_handles("@lenatrails\nmyspace @x\ninstagram @a\ninstagram @b")
    assert len(errors) == 3
    assert "platform then the handle" in errors[0]
    assert "unknown platform 'myspace'" in errors[1]
    assert "listed twice" in errors[2]


@pytest.mark.parametrize(
    ("text", "value", "error"),
    [
        ("", None, None),
        ("5.1", 5.1, None),
        ("5,1 %", 5.1, None),
        ("abc", None, "not a number"),
        ("-1", None, "negative"),
        ("120", None, "above 100"),
        ("nan", None, "not a number"),
    ],
)
def test_parse_figure(text: str, value: float | None, error: str | None) -> None:
    v, e = parse_figure(text, "ER", upper=100)
    assert v == value
    assert (e is None) if error is None else (e is not None and error in e)


def test_validate_creator_and_evidence_messages() -> None:
    assert validate_creator("Lena", "8,200", "", None, TODAY) == {}
    errs = validate_creator(" ", "lots", "", TODAY + timedelta(days=1), TODAY)
    assert set(errs) == {"name", "audience_size", "struggle_date", "struggle_answer"}
    assert validate_evidence("comment_thread", TODAY, "https://instagram.com/p/x", TODAY) == {}
    errs = validate_evidence("nope", TODAY + timedelta(days=1), "instagram.com/p/x", TODAY)
    assert set(errs) == {"kind", "evidence_date", "link"}
