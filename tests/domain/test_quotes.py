"""Property tests: whatever people type into the calculator, the maths never raises."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from microcomm_desktop.domain.deals import (
    QuoteAddon,
    QuoteDeliverable,
    build_quote,
    deal_figures,
    format_money,
    max_fee_for_cpa,
    max_fee_for_cpm,
    money_display,
    parse_money,
)

money_text = st.one_of(
    st.text(max_size=20),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.integers(min_value=-(10**15), max_value=10**15).map(lambda i: f"{i:,}"),
    st.sampled_from(["", "-0", "1e9", "NaN", "$", ",", "1,2", "٣", "²", "1_000", " 2 000 "]),
)


def _parse(text: str) -> Decimal | None:
    try:
        value = parse_money(text)
    except ValueError as exc:
        assert str(exc)  # always a message for the user
        return None
    assert value.is_finite() and value >= 0
    return value


@settings(max_examples=300)
@given(money_text, money_text, st.integers(-5, 10**12), st.integers(-5, 10**12), st.integers(-5, 10**9), money_text)
def test_no_input_crashes_the_calculator(fees: str, media: str, impr: int, views: int, conv: int, target: str) -> None:
    f, m, t = _parse(fees), _parse(media), _parse(target)
    if f is None or m is None:
        return
    # Negative counts are rejected by the UI field before this point; the domain must still not raise.
    figures = deal_figures(f, m, max(impr, 0), max(views, 0), max(conv, 0), revenue=t)
    for b in (figures.fees, figures.media, figures.blended):
        for v in (b.cpm, b.cpv, b.cpa):
            assert money_display(v) == "n/a" or Decimal(money_display(v)) >= 0
            format_money(v)
    if t is not None:
        for result in (max_fee_for_cpm(t, m, max(impr, 0)), max_fee_for_cpa(t, m, max(conv, 0))):
            assert result.max_fee is None or result.max_fee >= 0


@given(
    st.lists(st.tuples(st.integers(0, 50), st.decimals(0, 10**6, places=2)), max_size=5),
    st.lists(
        st.tuples(
            st.sampled_from(["percent_of_fee", "fixed", "per_unit"]), st.decimals(0, 500, places=2), st.integers(0, 12)
        ),
        max_size=6,
    ),
    st.one_of(st.none(), st.decimals(0, 100, places=1)),
)
def test_quote_lines_always_sum_to_total(deliverables, addons, bundle) -> None:  # type: ignore[no-untyped-def]
    quote = build_quote(
        [QuoteDeliverable(f"f{i}", q, p) for i, (q, p) in enumerate(deliverables)],
        [QuoteAddon(f"a{i}", k, v, Decimal(u)) for i, (k, v, u) in enumerate(addons)],  # type: ignore[arg-type]
        bundle,
    )
    assert sum((ln.amount for ln in quote.lines), Decimal(0)) == quote.total
    assert quote.total >= 0
