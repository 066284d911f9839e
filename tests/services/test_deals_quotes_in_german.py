"""The deal and quote sentences the Deals tab shows, and the quote documents written for a brand, follow the
chosen language (German here): headings, labels, validation messages, money and dates; the stored keys and the
user's own words stay as they are, and English output is unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal as D

import pytest

from microcomm_desktop import i18n
from microcomm_desktop.services import deals as deal_svc
from microcomm_desktop.services import quotes as svc
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.quotes import AddonChoice, DeliverableChoice, QuoteRequest, QuoteTerms

TODAY = date(2026, 11, 25)


@pytest.fixture
def german() -> Iterator[None]:
    i18n.set_language("de")
    try:
        yield
    finally:
        i18n.set_language("en")


def _request() -> QuoteRequest:
    return QuoteRequest(
        deliverables=[DeliverableChoice("short video", 4, D("500"))],
        addons=[AddonChoice("Paid usage rights", "percent_of_fee", D("20"), 2)],
        bundle_pricing="percent_of_fee",
        bundle_value=D("10"),
        bundle_name="4-week series",
    )


def _terms() -> QuoteTerms:
    return QuoteTerms(
        brand="Peak Foam Rollers",
        title="Recovery series",
        valid_until=date(2026, 12, 9),
        texts={"usage_channels": "Instagram", "exclusivity_timeframe": "1 Monat"},
    )


def test_quote_markdown_in_german(german, sample_workspace, app_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    doc = svc.make_document(app_ctx.engine, sample_workspace.id, _request(), _terms(), TODAY)
    md = svc.render_markdown(doc)
    for text in (
        "# Recovery series — Peak Foam Rollers",
        "**Gültig bis:** 09.12.2026",
        "## Positionen",
        "| Posten | Betrag |",
        "| 4 × short video à 500,00\xa0$ | 2.000,00\xa0$ |",  # the line in German; the saved deal keeps English
        "| Paid usage rights (20\xa0% × 2) | 800,00\xa0$ |",
        "| 4-week series: Paketrabatt (10\xa0%) | -200,00\xa0$ |",
        "| **Summe** | **2.600,00\xa0$** |",
        "## Nutzungsrechte",
        "- **Kanäle:** Instagram",
        "## Exklusivität",
        "- **Zeitraum:** 1 Monat",
        "(kein Werbehinweis festgelegt",
        "## Was die Marke erwarten kann",
    ):
        assert text in md, text
    assert f"auf Grundlage von {doc.averages.posts} Beiträgen" in md
    for english in ("Valid until", "Line items", "Total", "What the brand can expect", "Usage rights", "posts from"):
        assert english not in md
    assert [ln.description for ln in doc.lines][0] == "4 × short video @ $500.00"
    page = svc.render_html(doc)
    assert "<h2>Positionen</h2>" in page and "<b>Währung:</b> USD" in page and "2.600,00\xa0$" in page


def test_english_quote_is_unchanged_after_german(sample_workspace, app_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("de")
    i18n.set_language("en")
    doc = svc.make_document(app_ctx.engine, sample_workspace.id, _request(), _terms(), TODAY)
    md = svc.render_markdown(doc)
    assert "**Valid until:** 2026-12-09" in md and "| **Total** | **$2,600.00** |" in md
    assert f"based on {doc.averages.posts} posts from 2026-08-28 to 2026-11-25" in md


def test_deal_and_rate_messages_in_german(german, app_ctx: AppContext, workspace) -> None:  # type: ignore[no-untyped-def]
    data = deal_svc.DealData(workspace_id=workspace.id, fields={"creator_fee": D("-1"), "status": "live"})
    errors = deal_svc.validate(data)
    assert errors["brand"] == "Nenne die Marke (oder gib dem Deal einen Titel)."
    assert errors["creator_fee"] == "Der Betrag darf nicht negativ sein."
    with pytest.raises(deal_svc.DealError, match="gibt es nicht mehr"):
        deal_svc.load_deal(app_ctx.engine, 999_999)
    with pytest.raises(svc.QuoteError, match="Gib dem Preis einen Namen"):
        svc.add_rate_item(app_ctx.engine, workspace.id, "base", " ", "fixed", D("5"), "")
    assert [deal_svc.status_label(s) for s in deal_svc.DEAL_STATUSES] == [
        "Entwurf",
        "angeboten",
        "unterschrieben",
        "live",
        "abgeschlossen",
        "verloren",
    ]
    assert svc.pricing_label("percent_of_fee") == "% des Honorars"
    assert deal_svc.term_label("whitelist_duration") == "Anzeigendauer"
    assert data.get("status") == "live"  # the stored value is the English key


def test_deal_report_in_german(german, sample_workspace, app_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    done = next(r for r in deal_svc.list_deals(app_ctx.engine, sample_workspace.id) if r.status == "done")
    report = deal_svc.deal_report(app_ctx.engine, done.id, TODAY)
    md = deal_svc.deal_report_markdown(report)
    assert md.startswith(f"# Deal-Bericht: {done.brand}")
    for text in (
        "erstellt am 25.11.2026",
        "## Kennzahlen",
        "| Status | abgeschlossen |",
        "## Werbehinweis-Stichproben",
    ):
        assert text in md, text
    assert f"| Ergebnisse | {done.results.linked_posts} verknüpfte Beiträge |" in md
    assert "geprüften gesponserten Beiträgen trugen den Werbehinweis (100\xa0%)" in md
    for english in ("Figures", "Results", "generated", "not checked", "checked sponsored post(s)"):
        assert english not in md
    page = deal_svc.deal_report_html(report)
    assert "<th>Beitragsdatum</th>" in page and "Gesamt = (Creator-Honorare" in page


def test_conflict_dialog_field_labels_in_german(german) -> None:  # type: ignore[no-untyped-def]
    labels = deal_svc.deal_field_labels()
    assert labels["creator_fee"] == "Creator-Honorar" and labels["usage_region"] == "Region"
    assert labels["whitelist_access"] == "Zugriffsart" and labels["line_03"] == "Position 3"
    i18n.set_language("en")
    assert deal_svc.deal_field_labels()["line_03"] == "Line 3"
