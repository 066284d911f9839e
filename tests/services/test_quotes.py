"""Rate card, quote totals with each add-on, measured averages, Markdown/PDF export."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from microcomm_desktop.services import deals as deal_svc
from microcomm_desktop.services import quotes as svc
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.quotes import AddonChoice, DeliverableChoice, QuoteRequest, QuoteTerms

D = Decimal
TODAY = date(2026, 11, 25)


def _request(*addons: AddonChoice, bundle: tuple[str, D] | None = None) -> QuoteRequest:
    req = QuoteRequest(deliverables=[DeliverableChoice("short video", 4, D("500"))], addons=list(addons))
    if bundle:
        req.bundle_name = "4-week series"
        req.bundle_pricing, req.bundle_value = bundle
    return req


@pytest.mark.parametrize(
    ("addon", "amount", "label"),
    [
        (AddonChoice("Paid usage rights", "percent_of_fee", D("20"), 3), D("1200.00"), "Paid usage rights (20% × 3)"),
        (AddonChoice("Whitelisting", "fixed", D("300"), 2), D("600.00"), "Whitelisting (2 × $300.00)"),
        (AddonChoice("Exclusivity", "fixed", D("250"), 1), D("250.00"), "Exclusivity (1 × $250.00)"),
        (
            AddonChoice("Rush (under 7 days)", "percent_of_fee", D("25"), 1),
            D("500.00"),
            "Rush (under 7 days) (25% × 1)",
        ),
        (AddonChoice("Raw footage", "fixed", D("150"), 1), D("150.00"), "Raw footage (1 × $150.00)"),
    ],
)
def test_quote_with_each_addon(addon: AddonChoice, amount: Decimal, label: str) -> None:
    quote = svc.price_quote(_request(addon))
    assert quote.subtotal == D("2000.00")
    assert quote.lines[1].description == label
    assert quote.lines[1].amount == amount
    assert quote.total == D("2000.00") + amount


def test_quote_with_every_addon_and_bundle_discount() -> None:
    quote = svc.price_quote(
        _request(
            AddonChoice("Paid usage rights", "percent_of_fee", D("20"), 2),
            AddonChoice("Whitelisting", "fixed", D("300"), 1),
            AddonChoice("Exclusivity", "fixed", D("250"), 1),
            AddonChoice("Rush", "percent_of_fee", D("25"), 1),
            AddonChoice("Raw footage", "fixed", D("150"), 1),
            bundle=("percent_of_fee", D("10")),
        )
    )
    # 2000 + 800 + 300 + 250 + 500 + 150 − 200
    assert quote.total == D("3800.00")
    assert quote.lines[-1].description == "4-week series: bundle discount (10%)"
    assert sum((ln.amount for ln in quote.lines), D(0)) == quote.total


def test_bundle_as_package_price() -> None:
    quote = svc.price_quote(_request(bundle=("fixed", D("1800"))))
    assert quote.discount == D("-200.00")
    assert quote.total == D("1800.00")
    assert "package price $1,800.00" in quote.lines[-1].description
    # A package above the one-off price gives no surcharge.
    assert svc.price_quote(_request(bundle=("fixed", D("2500")))).total == D("2000.00")


def test_zero_units_and_quantities_are_left_out() -> None:
    req = QuoteRequest(
        deliverables=[DeliverableChoice("carousel", 0, D("350"))],
        addons=[AddonChoice("Whitelisting", "fixed", D("300"), 0)],
    )
    assert svc.price_quote(req).lines == ()


def test_currency_in_lines() -> None:
    quote = svc.price_quote(_request(), symbol="€", code="EUR")
    assert quote.lines[0].description == "4 × short video @ €500.00"


def test_rate_card_crud_and_validation(app_ctx: AppContext, workspace) -> None:  # type: ignore[no-untyped-def]
    assert svc.add_example_rates(app_ctx.engine, workspace.id) == len(svc.EXAMPLE_RATES)
    assert svc.add_example_rates(app_ctx.engine, workspace.id) == 0  # never duplicates
    items = svc.list_rate_card(app_ctx.engine, workspace.id)
    assert [i.kind for i in items].count("base") == 3
    before = svc.update_rate_item(app_ctx.engine, items[0].id, amount=D("650"))
    assert before == {"amount": D("500")}
    assert svc.list_rate_card(app_ctx.engine, workspace.id)[0].amount == D("650")
    with pytest.raises(svc.QuoteError, match="negative"):
        svc.update_rate_item(app_ctx.engine, items[0].id, amount=D("-1"))
    with pytest.raises(svc.QuoteError, match="name"):
        svc.add_rate_item(app_ctx.engine, workspace.id, "addon", " ", "fixed", D("1"))
    with pytest.raises(svc.QuoteError, match="base rate"):
        svc.add_rate_item(app_ctx.engine, workspace.id, "base", "Reel", "percent_of_fee", D("1"))
    gone = svc.delete_rate_item(app_ctx.engine, items[0].id)
    svc.add_rate_item(
        app_ctx.engine,
        workspace.id,
        gone.kind,
        gone.name,
        gone.pricing,
        gone.amount,
        gone.unit,
        item_id=gone.id,
        position=gone.position,
    )
    assert svc.list_rate_card(app_ctx.engine, workspace.id)[0].id == gone.id


def test_post_averages_and_expected_figures(sample_workspace, app_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    a = svc.post_averages(app_ctx.engine, sample_workspace.id, TODAY)
    assert a.posts > 30
    assert a.avg_impressions > a.avg_reach > 0
    assert a.er_pct is not None and 0 < a.er_pct < 100
    assert a.definition == "reach"
    cpm, cpe = svc.expected_figures(D("2000"), a, 4)
    assert cpm == D("2000") / (D(str(a.avg_impressions)) * 4) * 1000
    assert cpe is not None and cpe > 0


def test_expected_figures_without_posts(app_ctx: AppContext, workspace) -> None:  # type: ignore[no-untyped-def]
    a = svc.post_averages(app_ctx.engine, workspace.id, TODAY)
    assert a.posts == 0 and a.er_pct is None
    assert svc.expected_figures(D("2000"), a, 4) == (None, None)
    doc = svc.make_document(app_ctx.engine, workspace.id, _request(), QuoteTerms(brand="X"), TODAY)
    assert "n/a (no posts logged in the last 90 days)" in svc.render_markdown(doc)


def test_markdown_and_pdf_export(qapp, sample_workspace, app_ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    terms = QuoteTerms(
        brand="Peak Foam Rollers",
        creator_name="Mobility Run Club",
        title="Recovery series",
        valid_until=date(2026, 12, 9),
        disclosure_line="#ad Paid partnership with Peak",
        texts={
            "usage_channels": "Instagram",
            "exclusivity_competitors": "Massage guns",
            "exclusivity_timeframe": "1 month",
        },
    )
    req = _request(AddonChoice("Paid usage rights", "percent_of_fee", D("20"), 2), bundle=("percent_of_fee", D("10")))
    doc = svc.make_document(app_ctx.engine, sample_workspace.id, req, terms, TODAY)
    md = svc.render_markdown(doc)
    for text in (
        "# Recovery series — Peak Foam Rollers",
        "**Valid until:** 2026-12-09",
        "| 4 × short video @ $500.00 | $2,000.00 |",
        "| Paid usage rights (20% × 2) | $800.00 |",
        "| 4-week series: bundle discount (10%) | -$200.00 |",
        "| **Total** | **$2,600.00** |",
        "- **Channels:** Instagram",
        "## Exclusivity",
        "- **Competitor list:** Massage guns",
        "#ad Paid partnership with Peak",
        f"based on {doc.averages.posts} posts",
    ):
        assert text in md, text
    md_path = svc.export_quote(doc, tmp_path / "q.md")
    assert md_path.read_text(encoding="utf-8") == md
    pdf = svc.export_quote(doc, tmp_path / "out" / "q.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert pdf.stat().st_size > 1000
    with pytest.raises(svc.QuoteError, match=".md or .pdf"):
        svc.export_quote(doc, tmp_path / "q.docx")


def test_quote_saved_as_deal_and_exported_back(sample_workspace, app_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    req = _request(AddonChoice("Exclusivity", "fixed", D("250"), 1), bundle=("percent_of_fee", D("10")))
    doc = svc.make_document(app_ctx.engine, sample_workspace.id, req, QuoteTerms(brand="Brand B"), TODAY)
    deal_id = svc.save_quote_as_deal(app_ctx.engine, sample_workspace.id, doc)
    row = deal_svc.deal_row(app_ctx.engine, deal_id)
    assert row.status == "offered"
    assert row.fees == doc.total == D("2050.00")
    again = svc.document_from_deal(app_ctx.engine, deal_id, TODAY)
    assert [ln.amount for ln in again.lines] == [ln.amount for ln in doc.lines]
    assert again.total == doc.total
    assert again.expected_cpm == doc.expected_cpm


def test_document_from_deal_without_lines_uses_fee(app_ctx: AppContext, workspace) -> None:  # type: ignore[no-untyped-def]
    deal_id = deal_svc.save_deal(
        app_ctx.engine,
        deal_svc.DealData(workspace_id=workspace.id, fields={"brand": "B", "creator_fee": D("1200")}),
    )
    doc = svc.document_from_deal(app_ctx.engine, deal_id, TODAY)
    assert [(ln.description, ln.amount) for ln in doc.lines] == [("Creator fee", D("1200.00"))]
