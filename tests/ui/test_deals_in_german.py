"""The Deals tab speaks the user's language: built with the German catalog installed (compiled from the committed
.ts, as the app does), its pages, tables and sentences are German, plurals included, money is written the
German way (3.000,00 $) while stored values and CSV stay English, and amounts typed the German way are read as
the number the user meant."""

from __future__ import annotations

import csv
import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton

from microcomm_desktop.services import deals as deal_svc
from microcomm_desktop.services import quotes as quote_svc
from microcomm_desktop.ui.models import deal_table_model
from microcomm_desktop.ui.models.deal_table_model import COL_BRAND, COL_SOURCE, COL_STATUS
from microcomm_desktop.ui.models.rate_card_table_model import COL_AMOUNT, COL_KIND, COL_PRICING
from microcomm_desktop.ui.tabs.deals.page import DealsTab, create_tab
from microcomm_desktop.ui.widgets.money_fields import parse_amount, parse_count
from microcomm_desktop.ui.widgets.table import export_model_csv

D = Decimal
TODAY = date(2026, 11, 25)
H = Qt.Orientation.Horizontal


def _tab(qtbot, ui_ctx, ws) -> DealsTab:  # type: ignore[no-untyped-def]
    ui_ctx.workspace = ws
    ui_ctx.today = TODAY
    page = create_tab(ui_ctx)
    assert isinstance(page, DealsTab)
    qtbot.addWidget(page)
    page.set_workspace(ws.id)
    return page


def _texts(widget) -> str:  # type: ignore[no-untyped-def]
    parts = [w.text() for w in widget.findChildren(QLabel)] + [b.text() for b in widget.findChildren(QPushButton)]
    parts += [g.title() for g in widget.findChildren(QGroupBox)]
    return " | ".join(parts)


def test_calculator_in_german_writes_and_reads_german_numbers(qtbot, ui_ctx, sample_workspace, language) -> None:  # type: ignore[no-untyped-def]
    assert language("de") == "de"
    tab = _tab(qtbot, ui_ctx, sample_workspace)
    assert [tab.pages.tabText(i) for i in range(3)] == ["&Rechner", "Gespeicherte &Deals", "A&ngebot erstellen"]
    calc = tab.calculator
    assert calc.fees.edit.placeholderText() == "z. B. 2.000"
    calc.fill_example()  # typed as a German user types: 2.000 / 3.000 / 150.000
    assert calc.fees.edit.text() == "2.000"
    fig = calc.figures
    assert fig is not None and fig.blended.total == D("5000") and fig.blended.cpm is not None
    assert "33,33" in calc.blended_cpm.text() and "$" in calc.blended_cpm.text()
    assert calc.total_label.text().startswith("Gesamtkosten 5.000,00")
    assert calc.roas_label.text() == "ROAS: Trage den Umsatz ein, um ihn zu sehen"
    calc.target_cpm.edit.setText("40")
    assert "Bis zu <b>3.000,00" in calc.max_fee_cpm.text()
    # Media alone above the target: a German plural with the count in German digit grouping.
    calc.target_cpm.edit.setText("10")
    assert "bei 150.000 Impressionen." in calc.max_fee_cpm.text()
    calc.revenue.edit.setText("12.500,50")
    assert calc.roas_label.text() == "ROAS 2,50 (Umsatz / Gesamtkosten)"
    calc.media.edit.setText("3000.5.0")  # neither reading fits: refused next to the field, no figure stays
    assert calc.media.error.isVisibleTo(calc) and calc.figures is None
    assert calc.total_label.text() == "Korrigiere die rot markierten Felder."
    texts = _texts(calc)
    assert "Umkehrmodus" in texts and "Zum Vergleich" in texts and "Nur Honorare" in texts
    for english in ("Reverse mode", "For comparison", "Fees only", "Fill in the worked example", "Campaign"):
        assert english not in texts


def test_german_amounts_are_read_as_meant_and_english_is_unchanged(language) -> None:  # type: ignore[no-untyped-def]
    language("de")
    assert parse_amount("2.000") == D("2000")
    assert parse_amount("2.000,50 €") == D("2000.50")
    assert parse_amount("1500.00") == D("1500.00")  # what a form prefilled from a stored amount holds
    assert parse_count("150.000") == 150000
    with pytest.raises(ValueError, match="keine ganze Zahl"):
        parse_count("150,000")  # a decimal comma in a count: refused, not read as 150000
    with pytest.raises(ValueError, match="ist kein Betrag. Schreibe ihn wie 2.000,50"):
        parse_amount("2.5,0")
    with pytest.raises(ValueError, match="darf nicht negativ"):
        parse_amount("-2.000")
    with pytest.raises(ValueError, match="Zu groß"):
        parse_count("9" * 16)
    with pytest.raises(ValueError, match="„zwölf“ ist keine ganze Zahl"):
        parse_count("zwölf")
    language("en")
    assert parse_amount("2.000") == D("2.000")
    assert parse_amount("2,000.50") == D("2000.50")
    assert parse_count("150,000") == 150000


def test_saved_deals_in_german_keep_english_keys_in_csv(qtbot, ui_ctx, sample_workspace, language, tmp_path) -> None:  # type: ignore[no-untyped-def]
    language("de")
    tab = _tab(qtbot, ui_ctx, sample_workspace)
    model = tab.deals.model
    assert model.headerData(COL_BRAND, H) == "Marke / Deal"
    assert model.headerData(COL_STATUS, H) == "Status"
    done = next(i for i, r in enumerate(model.rows) if r.status == "done")
    assert model.index(done, COL_STATUS).data() == "abgeschlossen"
    assert model.index(done, COL_STATUS).data(Qt.ItemDataRole.EditRole) == "done"
    n = model.rows[done].results.linked_posts
    assert n > 1 and model.index(done, COL_SOURCE).data() == f"{n} verknüpfte Beiträge"
    combo = tab.deals.status_filter
    assert [combo.itemText(i) for i in range(combo.count())][:3] == ["Alle Status", "Entwurf", "angeboten"]
    combo.setCurrentIndex(combo.findData("done"))
    shown = {tab.deals.table.proxy.index(r, COL_STATUS).data() for r in range(tab.deals.table.proxy.rowCount())}
    assert shown == {"abgeschlossen"}
    combo.setCurrentIndex(0)
    tab.deals.select_id(model.rows[done].id)
    detail = tab.deals.detail.text()
    assert "Gesamt-CPM" in detail and "Ergebnisse aus" in detail and "Werbehinweis-Stichproben" in detail
    assert "Blended CPM" not in detail and "Results" not in detail
    out = tmp_path / "deals.csv"
    export_model_csv(tab.deals.table.proxy, out)
    with out.open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["Brand / deal", "Creator", "Status"]  # CSV is for machines: English headers
    assert "done" in [r[COL_STATUS] for r in rows[1:]]
    assert any("." in r[5] and "," not in r[5] for r in rows[1:])  # dot decimals, not 5.000,00


def test_quote_builder_in_german(qtbot, ui_ctx, workspace, language) -> None:  # type: ignore[no-untyped-def]
    language("de")
    tab = _tab(qtbot, ui_ctx, workspace)
    q = tab.quote
    assert q.total_label.text().startswith("Deine Preisliste ist leer")
    q.add_examples()
    assert tab.undo_stack.undoText() == "Beispielpreise hinzufügen"
    card = q.card_model
    assert card.headerData(COL_AMOUNT, H) == "Dein Preis"
    assert card.index(0, COL_KIND).data() == "Grundpreis" and card.index(0, COL_PRICING).data() == "Festbetrag"
    assert card.index(0, COL_AMOUNT).data(Qt.ItemDataRole.EditRole) == "500,00"
    # The editor's own text commits unchanged; a German "1.250" is twelve hundred and fifty.
    assert not card.setData(card.index(0, COL_AMOUNT), "500,00", Qt.ItemDataRole.EditRole)
    assert card.setData(card.index(0, COL_AMOUNT), "1.250", Qt.ItemDataRole.EditRole)
    assert quote_svc.list_rate_card(ui_ctx.engine, workspace.id)[0].amount == D("1250")
    q.set_quantity("Short video", 2)
    assert q.document is not None and q.document.total == D("2500.00")
    assert "Summe <b>2.500,00" in q.total_label.text()
    assert "keine Beiträge in den letzten 90 Tagen" in q.expected_label.text()
    assert q.lines_model.headerData(0, H) == "Position"
    kinds = [q.lines_model.index(r, 1).data() for r in range(q.lines_model.rowCount())]
    assert kinds == ["Leistung", ""]
    assert q.lines_model.index(1, 0).data() == "Summe"
    assert q.lines_model.index(0, 0).data() == "2 × short video à 1.250,00\xa0$"  # shown in German
    assert q.lines_model.index(0, 0).data(Qt.ItemDataRole.EditRole) == "2 × short video @ $1,250.00"  # CSV
    texts = _texts(q)
    assert "Angebotsvorschau" in texts and "Als Deal &speichern" in texts
    assert "Quote preview" not in texts and "Your rate card" not in texts
    assert deal_svc.status_label("offered") == "angeboten"


def test_deals_tab_in_spanish_and_a_portuguese_singular(qtbot, ui_ctx, sample_workspace, language) -> None:  # type: ignore[no-untyped-def]
    language("es")
    tab = _tab(qtbot, ui_ctx, sample_workspace)
    assert [tab.pages.tabText(i) for i in range(3)] == [
        "&Calculadora",
        "&Acuerdos guardados",
        "Creador de p&resupuestos",
    ]
    assert tab.deals.model.headerData(COL_BRAND, H) == "Marca / acuerdo"
    language("pt_BR")
    # Brazilian Portuguese counts 1 (and 0) as singular; the disclosure cell says so with %n = 0 too.
    row = tab.deals.model.rows[0]
    for count, text in ((1, "1 post vinculado"), (2, "2 posts vinculados")):
        changed = dataclasses.replace(row, results=dataclasses.replace(row.results, linked_posts=count))
        assert deal_table_model._source_text(changed) == text
    assert (
        deal_table_model._source_text(
            dataclasses.replace(row, results=dataclasses.replace(row.results, linked_posts=0))
        )
        == "digitado"
    )


def test_deal_form_shows_status_names_and_terms_in_german(qtbot, ui_ctx, sample_workspace, language) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.dialogs.deal_form import DealFormDialog

    language("de")
    tab = _tab(qtbot, ui_ctx, sample_workspace)
    done = next(r for r in tab.deals.model.rows if r.status == "done")
    dlg = DealFormDialog(ui_ctx.engine, tab.deals.workspace, deal_svc.load_deal(ui_ctx.engine, done.id))
    qtbot.addWidget(dlg)
    assert dlg.status.currentText() == "abgeschlossen" and dlg.status.currentData() == "done"
    labels = " | ".join(w.text() for w in dlg.findChildren(QLabel))
    assert "Nutzungsrechte" in labels and "Kanäle" in labels and "Usage rights" not in labels
