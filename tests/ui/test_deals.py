"""The Deals tab: calculator as you type, saved deals with undo, the deal form, the quote builder."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt

from microcomm_desktop.services import deals as deal_svc
from microcomm_desktop.services import quotes as quote_svc
from microcomm_desktop.ui.dialogs.deal_form import DealFormDialog
from microcomm_desktop.ui.models.deal_table_model import COL_CPA, COL_CPM, COL_SOURCE, DealTableModel
from microcomm_desktop.ui.models.quote_lines_table_model import QuoteLinesModel
from microcomm_desktop.ui.models.rate_card_table_model import COL_AMOUNT, RateCardModel
from microcomm_desktop.ui.tabs.deals.calculator import CalculatorPage
from microcomm_desktop.ui.tabs.deals.page import DealsTab, create_tab
from microcomm_desktop.ui.widgets.table import export_model_csv

D = Decimal
TODAY = date(2026, 11, 25)


@pytest.fixture(autouse=True)
def c_locale():  # type: ignore[no-untyped-def]
    """Pin the locale so money reads "$33.33" on every machine."""
    old = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(old)


@pytest.fixture
def tab(qtbot, ui_ctx, sample_workspace):  # type: ignore[no-untyped-def]
    ui_ctx.workspace = sample_workspace
    ui_ctx.today = TODAY
    page = create_tab(ui_ctx)
    assert isinstance(page, DealsTab)
    qtbot.addWidget(page)
    page.set_workspace(sample_workspace.id)
    return page


# -------------------- calculator


def test_calculator_starts_empty_and_invalid_fields_leave_no_stale_figures(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 18 item 7: nothing pre-filled; the example is one click away; while a field is invalid neither
    the comparison table nor the reverse-mode lines show figures computed from earlier input."""
    calc = CalculatorPage()
    qtbot.addWidget(calc)
    assert all(not f.edit.text() for f in calc._fields())
    qtbot.mouseClick(calc.example_btn, Qt.MouseButton.LeftButton)
    assert "$33.33" in calc.blended_cpm.text()
    calc.target_cpm.edit.setText("40")
    assert "$3,000.00" in calc.max_fee_cpm.text()
    assert calc.cells[("fees", "cpm")].text() == "$13.33"
    with qtbot.waitSignal(calc.recomputed):
        calc.impressions.edit.setText("150,000x")
    shown = [c.text() for c in calc.cells.values()] + [calc.max_fee_cpm.text(), calc.max_fee_cpa.text()]
    assert not any("$" in t for t in shown), shown
    calc.impressions.edit.setText("150,000")
    assert calc.cells[("fees", "cpm")].text() == "$13.33" and "$3,000.00" in calc.max_fee_cpm.text()
    qtbot.mouseClick(calc.clear_btn, Qt.MouseButton.LeftButton)
    assert all(not f.edit.text() for f in calc._fields())


def test_calculator_shows_domain_example(qtbot) -> None:  # type: ignore[no-untyped-def]
    calc = CalculatorPage()
    qtbot.addWidget(calc)
    calc.fill_example()
    assert "$33.33" in calc.blended_cpm.text()
    assert "$41.67" in calc.blended_cpa.text()
    assert "n/a" in calc.blended_cpv.text()
    assert calc.cells[("fees", "cpm")].text() == "$13.33"
    assert calc.cells[("media", "cpa")].text() == "$25.00"


def test_calculator_updates_as_you_type_and_rejects_negatives(qtbot) -> None:  # type: ignore[no-untyped-def]
    calc = CalculatorPage()
    qtbot.addWidget(calc)
    calc.fill_example()
    with qtbot.waitSignal(calc.recomputed):
        calc.media.edit.setText("-3000")
    assert calc.media.error.isVisibleTo(calc)
    assert "negative" in calc.media.error.text()
    assert calc.media.edit.text() == "-3000"  # what was typed stays, to be fixed
    assert calc.figures is None
    calc.media.edit.setText("3000")
    assert not calc.media.error.isVisibleTo(calc)
    calc.impressions.edit.setText("0")
    assert "n/a" in calc.blended_cpm.text()
    calc.impressions.edit.setText("abc")
    assert "whole number" in calc.impressions.error.text()
    calc.impressions.edit.setText("150000")
    calc.revenue.edit.setText("7800")
    assert "ROAS 1.56" in calc.roas_label.text()


def test_calculator_reverse_mode(qtbot) -> None:  # type: ignore[no-untyped-def]
    calc = CalculatorPage()
    qtbot.addWidget(calc)
    calc.fill_example()
    calc.target_cpm.edit.setText("40")
    assert "$3,000.00" in calc.max_fee_cpm.text()
    calc.target_cpa.edit.setText("20")
    assert "No fee works" in calc.max_fee_cpa.text()
    calc.conversions.edit.setText("0")
    assert "n/a" in calc.max_fee_cpa.text()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(max_size=12), min_size=8, max_size=8))
def test_no_input_crashes_the_calculator_ui(qtbot, texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    calc = CalculatorPage()
    qtbot.addWidget(calc)
    calc.fill_example()
    for field, text in zip(calc._fields(), texts, strict=True):
        field.edit.setText(text)
    assert calc.blended_cpm.text()


def test_calculator_uses_workspace_currency(qtbot, app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.workspaces import update_workspace

    ws = update_workspace(app_ctx.engine, workspace.id, currency_code="EUR", currency_symbol="€")
    calc = CalculatorPage()
    qtbot.addWidget(calc)
    calc.fill_example()
    calc.set_workspace(ws)
    assert "€33.33" in calc.blended_cpm.text()


# -------------------- models


def test_models_pass_modeltester(qtmodeltester, app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    deals = DealTableModel()
    deals.set_rows(deal_svc.list_deals(app_ctx.engine, sample_workspace.id), sample_workspace)
    qtmodeltester.check(deals)
    cards = RateCardModel()
    cards.set_rows(quote_svc.list_rate_card(app_ctx.engine, sample_workspace.id), sample_workspace)
    qtmodeltester.check(cards)
    lines = QuoteLinesModel()
    quote = quote_svc.price_quote(
        quote_svc.QuoteRequest(deliverables=[quote_svc.DeliverableChoice("short video", 2, D("500"))])
    )
    lines.set_rows(list(quote.lines), quote.total, sample_workspace)
    qtmodeltester.check(lines)
    assert lines.rowCount() == 2  # the line and the total


def test_deals_table_cells_and_csv(tab, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    model = tab.deals.model
    row = next(i for i, r in enumerate(model.rows) if r.brand == "TrailFlex Socks")
    assert model.index(row, COL_CPM).data() == "$33.33"
    assert model.index(row, COL_CPA).data() == "$41.67"
    done = next(i for i, r in enumerate(model.rows) if r.status == "done")
    assert "linked posts" in model.index(done, COL_SOURCE).data()
    out = tmp_path / "deals.csv"
    assert export_model_csv(tab.deals.table.proxy, out) == len(model.rows)
    assert "33.33" in out.read_text(encoding="utf-8")
    assert tab.current_page() is tab.deals  # opens on the pipeline when there is one


# -------------------- saved deals with undo


def test_new_deal_undo_redo_and_bus(qtbot, tab, ui_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    assert tab.undo_stack in ui_ctx.undo_group.stacks()
    n = len(tab.deals.model.rows)
    data = deal_svc.DealData(
        workspace_id=sample_workspace.id,
        fields={"brand": "New Brand", "creator_fee": D("100"), "actual_impressions": 1000},
    )
    with qtbot.waitSignal(ui_ctx.bus.data_changed) as sig:
        deal_id = tab.deals.push_save(None, data)
    assert sig.args == ["deals", sample_workspace.id]
    assert len(tab.deals.model.rows) == n + 1
    assert tab.deals.selected_id() == deal_id
    assert "$100.00" in tab.deals.detail.text()  # blended CPM = 100 / 1000 × 1000
    tab.undo_stack.undo()
    assert len(tab.deals.model.rows) == n
    tab.undo_stack.redo()
    assert [r.brand for r in tab.deals.model.rows].count("New Brand") == 1


def test_delete_deal_and_undo(tab, app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    tab.deals.select_id(next(r.id for r in tab.deals.model.rows if r.brand == "TrailFlex Socks"))
    before = deal_svc.load_deal(app_ctx.engine, tab.deals.selected_id())
    tab.deals.delete_selected()
    assert "TrailFlex Socks" not in [r.brand for r in tab.deals.model.rows]
    tab.undo_stack.undo()
    restored = deal_svc.load_deal(app_ctx.engine, before.id)
    assert restored.fields == before.fields
    assert [ln.format for ln in restored.lines] == [ln.format for ln in before.lines]


def test_export_selected_deal_as_quote(tab, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab.deals.select_id(next(r.id for r in tab.deals.model.rows if r.status == "offered"))
    md = tab.deals.export_selected(tmp_path / "offer.md")
    assert md is not None and "Paid usage rights" in md.read_text(encoding="utf-8")
    pdf = tab.deals.export_selected(tmp_path / "offer.pdf")
    assert pdf is not None and pdf.read_bytes()[:5] == b"%PDF-"


# -------------------- the deal form


def test_form_rejects_bad_input_next_to_fields(qtbot, app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    dlg = DealFormDialog(app_ctx.engine, sample_workspace)
    qtbot.addWidget(dlg)
    dlg.fee.edit.setText("-10")
    data, ok = dlg.collect()
    assert not ok and data is None
    assert "negative" in dlg.fee.error.text()
    assert "brand" in dlg.brand_error.text().lower()
    assert dlg.fee.edit.text() == "-10"  # nothing lost
    dlg.fee.edit.setText("2000")
    dlg.brand.setText("Brand")
    dlg._add_line(deal_svc.LineData(format="short video", quantity=2, unit_price=D("500")))
    dlg.table.item(0, 1).setText("two")
    data, ok = dlg.collect()
    assert not ok and "whole number" in dlg.lines_error.text()
    dlg.table.item(0, 1).setText("2")
    data, ok = dlg.collect()
    assert ok and data is not None
    assert data.get("creator_fee") == D("2000")


def test_form_links_posts_and_creator(qtbot, app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    dlg = DealFormDialog(app_ctx.engine, sample_workspace)
    qtbot.addWidget(dlg)
    dlg.brand.setText("Linked")
    dlg.fee.edit.setText("1000")
    dlg.creator.setCurrentIndex(dlg.creator.findText("Lena Trails"))
    assert dlg.creator_name.text() == "Lena Trails"
    dlg._add_line(deal_svc.LineData(format="carousel", quantity=2, unit_price=D("500")))
    posts = deal_svc.list_linkable_posts(app_ctx.engine, sample_workspace.id)[:2]
    dlg.link_posts(0, [p.id for p in posts])
    assert dlg.table.item(0, 5).text() == "2"
    assert "2 linked posts" in dlg.source_label.text()
    data, ok = dlg.collect()
    assert ok and data is not None
    deal_id = deal_svc.save_deal(app_ctx.engine, data)
    row = deal_svc.deal_row(app_ctx.engine, deal_id)
    assert row.results.impressions == sum(p.impressions for p in posts)
    assert deal_svc.load_deal(app_ctx.engine, deal_id).get("creator_id") is not None


def test_form_edits_existing_deal_without_losing_quote_lines(qtbot, app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    offered = next(r for r in deal_svc.list_deals(app_ctx.engine, sample_workspace.id) if r.status == "offered")
    before = deal_svc.load_deal(app_ctx.engine, offered.id)
    dlg = DealFormDialog(app_ctx.engine, sample_workspace, before)
    qtbot.addWidget(dlg)
    dlg.status.setCurrentText("signed")
    data, ok = dlg.collect()
    assert ok and data is not None
    assert [ln.kind for ln in data.lines] == [ln.kind for ln in before.lines]
    assert [ln.amount for ln in data.lines] == [ln.amount for ln in before.lines]
    assert data.get("status") == "signed"


# -------------------- quote builder


def test_quote_builder_totals_and_expected_figures(tab) -> None:  # type: ignore[no-untyped-def]
    q = tab.quote
    q.set_quantity("Short video", 4)
    q.set_checked("Paid usage rights")
    q.set_quantity("Paid usage rights", 2)
    q.set_checked("4-week series")
    doc = q.document
    assert doc is not None
    assert [ln.amount for ln in doc.lines] == [D("2000.00"), D("800.00"), D("-200.00")]
    assert doc.total == D("2600.00")
    assert "$2,600.00" in q.total_label.text()
    assert f"{doc.averages.posts} posts" in q.expected_label.text()
    assert q.lines_model.rowCount() == 4


def test_quote_builder_export_and_save(tab, tmp_path: Path, app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    q = tab.quote
    assert not q.save_btn.isEnabled()  # nothing to quote yet
    q.set_quantity("Carousel", 2)
    q.set_checked("Exclusivity")
    assert q.save_as_deal() is None
    assert "brand" in q.error.text().lower()
    q.brand.setText("Quote Brand")
    q.term_edits["exclusivity_competitors"].setText("Other rollers")
    md = q.export(".md", tmp_path / "quote.md")
    assert md is not None and "Other rollers" in md.read_text(encoding="utf-8")
    pdf = q.export(".pdf", tmp_path / "quote.pdf")
    assert pdf is not None and pdf.read_bytes()[:5] == b"%PDF-"
    deal_id = q.save_as_deal()
    assert deal_id is not None
    row = deal_svc.deal_row(app_ctx.engine, deal_id)
    assert row.status == "offered" and row.fees == D("950.00")
    assert deal_id in [r.id for r in tab.deals.model.rows]
    tab.undo_stack.undo()
    assert deal_id not in [r.id for r in deal_svc.list_deals(app_ctx.engine, sample_workspace.id)]


def test_rate_card_edit_is_undoable_and_validated(tab, app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    model = tab.quote.card_model
    assert model.setData(model.index(0, COL_AMOUNT), "650", Qt.ItemDataRole.EditRole)
    assert quote_svc.list_rate_card(app_ctx.engine, sample_workspace.id)[0].amount == D("650")
    assert not model.setData(model.index(0, COL_AMOUNT), "-5", Qt.ItemDataRole.EditRole)
    assert "negative" in model.last_error
    tab.undo_stack.undo()
    assert quote_svc.list_rate_card(app_ctx.engine, sample_workspace.id)[0].amount == D("500")


def test_empty_workspace_shows_guidance(qtbot, ui_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    ui_ctx.workspace = workspace
    page = create_tab(ui_ctx)
    qtbot.addWidget(page)
    page.set_workspace(workspace.id)
    assert page.current_page() is page.calculator
    assert page.deals.empty.isVisibleTo(page.deals)
    assert "rate card is empty" in page.quote.total_label.text()
    page.quote.add_examples()
    assert len(page.quote.items) == len(quote_svc.EXAMPLE_RATES)
    page.undo_stack.undo()  # one macro
    assert page.quote.items == []


def test_opening_sizes_columns_from_the_first_rows_only(qtbot, ui_ctx, sample_workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Issue 20: sizing the columns measured every cell of every deal in every role (the page is not on screen
    yet, so Qt measured all rows): ~24,000 data() calls for 200 deals, most of the tab's opening time. Now the
    first SIZE_FROM_ROWS rows are measured, and every column is still at least as wide as their text."""
    from microcomm_desktop.ui.tabs.deals import deals_list

    real = deal_svc.list_deals
    monkeypatch.setattr(deals_list.deal_service, "list_deals", lambda e, ws: (real(e, ws) * 200)[:200])
    ui_ctx.workspace = sample_workspace
    ui_ctx.today = TODAY
    page = create_tab(ui_ctx)
    qtbot.addWidget(page)
    assert isinstance(page, DealsTab)
    model = page.deals.model
    calls = [0]
    real_data = model.data

    def spy(index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return real_data(index, role)

    monkeypatch.setattr(model, "data", spy)
    page.resize(1280, 720)
    page.show()
    page.set_workspace(sample_workspace.id)
    assert model.rowCount() == 200
    assert 0 < calls[0] < 12_000, calls[0]  # measured: ~7,000 (the proxy's sort included); before: ~24,000
    view, proxy = page.deals.table.view, page.deals.table.proxy
    for c in range(proxy.columnCount()):
        for r in range(deals_list.SIZE_FROM_ROWS):
            assert view.columnWidth(c) >= view.sizeHintForIndex(proxy.index(r, c)).width()
