"""Deal maths: the docs/domain.md §5 example to the cent, money parsing/formatting, reverse mode and quotes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from microcomm_desktop.domain.deals import (
    QuoteAddon,
    QuoteDeliverable,
    RateLine,
    ReverseResult,
    build_quote,
    cpa,
    cpm,
    cpv,
    deal_figures,
    expected_brand_figures,
    format_money,
    max_fee_for_cpa,
    max_fee_for_cpm,
    money_display,
    parse_money,
    roas,
    round_money,
)
from microcomm_desktop.domain.limits import MAX_MONEY

D = Decimal


def test_domain_example_blended_cpm_and_cpa() -> None:
    figures = deal_figures(D("2000"), D("3000"), 150_000, 0, 120)
    assert figures.blended.total == D("5000")
    assert figures.blended.cpm is not None and figures.blended.cpa is not None
    assert round_money(figures.blended.cpm) == D("33.33")
    assert round_money(figures.blended.cpa) == D("41.67")
    assert money_display(figures.blended.cpm) == "33.33"
    assert money_display(figures.blended.cpa) == "41.67"
    assert format_money(figures.blended.cpm) == "$33.33"
    assert format_money(figures.blended.cpa) == "$41.67"
    # Blended is never one component alone.
    assert round_money(figures.fees.cpm or D(0)) == D("13.33")
    assert round_money(figures.media.cpa or D(0)) == D("25.00")
    assert figures.blended.cpv is None
    assert figures.roas is None
    assert figures.basis("blended") is figures.blended


def test_roas_on_blended_only() -> None:
    figures = deal_figures(D("2000"), D("3000"), 150_000, 40_000, 120, revenue=D("12500"))
    assert figures.roas == D("2.5")
    assert figures.blended.cpv == D("0.125")


def test_unit_costs_zero_denominators_are_none() -> None:
    assert cpm(D("100"), 0) is None
    assert cpv(D("100"), 0) is None
    assert cpa(D("100"), 0) is None
    assert roas(D("100"), D("0")) is None
    assert roas(None, D("10")) is None
    assert cpm(D("100"), 1000) == D("100")
    assert cpv(D("10"), 4) == D("2.5")
    assert cpa(D("10"), 4) == D("2.5")


@given(
    st.decimals(min_value=0, max_value=10**9, places=2),
    st.decimals(min_value=0, max_value=10**9, places=2),
    st.integers(min_value=1, max_value=10**12),
)
def test_cpm_grows_with_spend(a: Decimal, b: Decimal, impressions: int) -> None:
    low, high = sorted((a, b))
    low_cpm, high_cpm = cpm(low, impressions), cpm(high, impressions)
    assert low_cpm is not None and high_cpm is not None
    assert low_cpm <= high_cpm


@given(
    st.decimals(min_value=0, max_value=10**9, places=2),
    st.decimals(min_value=0, max_value=10**9, places=2),
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=0, max_value=10**9),
)
def test_deal_figures_never_raise(fees: Decimal, media: Decimal, impr: int, views: int, conv: int) -> None:
    figures = deal_figures(fees, media, impr, views, conv, revenue=fees)
    for basis in (figures.fees, figures.media, figures.blended):
        for value in (basis.cpm, basis.cpv, basis.cpa):
            assert value is None or value >= 0
            assert format_money(value) == "n/a" or format_money(value).startswith("$")


# -------------------- money text


def test_round_money_half_up() -> None:
    assert round_money(D("0.005")) == D("0.01")
    assert round_money(D("2.675")) == D("2.68")
    assert round_money(D("41.6666")) == D("41.67")
    assert round_money(D("-0.005")) == D("-0.01")


def test_format_money() -> None:
    assert format_money(D("5000")) == "$5,000.00"
    assert format_money(D("1234567.891")) == "$1,234,567.89"
    assert format_money(None) == "n/a"
    assert format_money(D("-250")) == "-$250.00"
    assert format_money(D("5000"), symbol="€", code="EUR") == "€5,000.00"
    assert format_money(D("5000"), symbol="", code="CHF") == "5,000.00 CHF"
    assert money_display(None) == "n/a"
    assert money_display(D("5000")) == "5000.00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2,000", D("2000")),
        ("$2000.50", D("2000.50")),
        (" 2000 ", D("2000")),
        ("$ 1,234,567.89", D("1234567.89")),
        ("0", D("0")),
        (".5", D("0.5")),
        ("2000 USD", D("2000")),
    ],
)
def test_parse_money_accepts(text: str, expected: Decimal) -> None:
    assert parse_money(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "   ", "-5", "$-5", "(100)", "abc", "12abc", "1e5", "NaN", "Infinity", "2.000,50", "2,00", "1.2.3"],
)
def test_parse_money_rejects_with_message(text: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_money(text)
    assert str(info.value)


def test_parse_money_negative_message_is_specific() -> None:
    with pytest.raises(ValueError, match="negative"):
        parse_money("-5")


@given(st.decimals(min_value=0, max_value=MAX_MONEY, places=2))  # the declared range (domain.limits)
def test_format_then_parse_round_trips(amount: Decimal) -> None:
    assert parse_money(format_money(amount)) == amount


# -------------------- reverse mode


def test_max_fee_for_cpm() -> None:
    # Target $40 CPM on 150,000 impressions = $6,000 total budget; $3,000 media leaves $3,000 for the fee.
    assert max_fee_for_cpm(D("40"), D("3000"), 150_000) == ReverseResult(D("3000"), True)
    assert max_fee_for_cpm(D("20"), D("3000"), 150_000) == ReverseResult(D("0"), True)
    assert max_fee_for_cpm(D("10"), D("3000"), 150_000) == ReverseResult(D("0"), False)
    assert max_fee_for_cpm(D("40"), D("3000"), 0) == ReverseResult(None, False)


def test_max_fee_for_cpa() -> None:
    assert max_fee_for_cpa(D("50"), D("3000"), 120) == ReverseResult(D("3000"), True)
    assert max_fee_for_cpa(D("20"), D("3000"), 120) == ReverseResult(D("0"), False)
    assert max_fee_for_cpa(D("50"), D("3000"), 0) == ReverseResult(None, False)


def test_reverse_fee_hits_the_target_exactly() -> None:
    result = max_fee_for_cpm(D("33.33"), D("3000"), 150_000)
    assert result.feasible and result.max_fee is not None
    assert cpm(result.max_fee + D("3000"), 150_000) == D("33.33")


# -------------------- quotes


def test_build_quote_itemises_every_line() -> None:
    quote = build_quote(
        [QuoteDeliverable("short video", 4, D("500")), QuoteDeliverable("story set", 2, D("150"))],
        [
            QuoteAddon("Usage rights, paid, per 30 days", "percent_of_fee", D("20"), D("3")),
            QuoteAddon("Whitelisting setup", "fixed", D("250")),
            QuoteAddon("Raw footage", "per_unit", D("75"), D("4")),
        ],
        D("10"),
    )
    assert quote.subtotal == D("2300.00")
    assert [line.amount for line in quote.lines] == [
        D("2000.00"),
        D("300.00"),
        D("1380.00"),  # 20 % × 3 periods of 2,300
        D("250.00"),
        D("300.00"),
        D("-230.00"),
    ]
    assert [line.kind for line in quote.lines] == [
        "deliverable",
        "deliverable",
        "addon",
        "addon",
        "addon",
        "discount",
    ]
    assert quote.lines[0] == RateLine("4 × short video @ $500.00", D("2000.00"), "deliverable")
    assert quote.lines[2].description == "Usage rights, paid, per 30 days (20% × 3)"
    assert quote.lines[-1].description == "Bundle discount (10%)"
    assert quote.addons_total == D("1930.00")
    assert quote.discount == D("-230.00")
    assert quote.total == D("4000.00")
    assert sum((line.amount for line in quote.lines), D(0)) == quote.total


def test_quote_lines_are_in_cents_and_sum_to_total() -> None:
    quote = build_quote(
        [QuoteDeliverable("carousel", 3, D("333.333"))],
        [QuoteAddon("Exclusivity", "percent_of_fee", D("12.5"), D("1"))],
        D("7"),
    )
    assert all(line.amount == round_money(line.amount) for line in quote.lines)
    assert sum((line.amount for line in quote.lines), D(0)) == quote.total


def test_quote_without_discount_or_addons() -> None:
    quote = build_quote([QuoteDeliverable("post", 1, D("800"))], [], None)
    assert quote.total == D("800.00")
    assert quote.discount == D("0")
    assert len(quote.lines) == 1
    assert build_quote([], [], None).total == D("0")


def test_quote_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        build_quote([QuoteDeliverable("post", -1, D("800"))], [], None)
    with pytest.raises(ValueError):
        build_quote([QuoteDeliverable("post", 1, D("800"))], [], D("120"))
    with pytest.raises(ValueError):
        build_quote([], [QuoteAddon("x", "fixed", D("-1"))], None)


def test_expected_brand_figures() -> None:
    # 4 posts × 20,000 impressions = 80,000 → $2,000 / 80 = $25 CPM;
    # 4 × 10,000 reach × 5 % = 2,000 engagements → $1 per engagement.
    brand_cpm, per_engagement = expected_brand_figures(D("2000"), 10_000, 20_000, 5.0, 4)
    assert brand_cpm == D("25")
    assert per_engagement == D("1")
    by_impressions = expected_brand_figures(D("2000"), 10_000, 20_000, 5.0, 4, definition="impressions")
    assert by_impressions == (D("25"), D("0.5"))
    assert expected_brand_figures(D("2000"), 0, 0, 0.0, 4) == (None, None)


def test_round_money_keeps_cents_of_huge_ratios() -> None:
    """A blended CPM of 1e26+ (huge typed media, one impression) shows to the cent instead of raising."""
    from decimal import Decimal

    from microcomm_desktop.domain.deals import deal_figures, money_display

    fig = deal_figures(Decimal(0), Decimal("99999999999997999999999924"), 1, 0, 0)
    assert money_display(fig.blended.cpm) == "99999999999997999999999924000.00"
