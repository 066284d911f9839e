"""The Insights tab built with German installed: controls, side tabs, table headers and cells (decimal comma,
translated note), the overall line with its plural, the prompt dialog; the CSV export keeps the CLI's English
text (headers, "n/a", dot decimals) so it still matches ``microcomm insights --format csv``."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from microcomm_desktop.ui.models.insight_table_model import COL_KEY, COL_MEDIAN, COL_NOTE
from microcomm_desktop.ui.tabs.insights.prompt_dialog import PromptDialog
from microcomm_desktop.ui.widgets.table import export_model_csv
from tests.services.test_insights_data import build


@pytest.fixture
def tab(qtbot, ui_ctx, workspace, today, german):  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.tabs.insights.page import create_tab

    build(ui_ctx.engine, workspace.id, today)
    ui_ctx.workspace = workspace
    ui_ctx.today = today
    page = create_tab(ui_ctx)
    qtbot.addWidget(page)
    page.preset.setCurrentIndex(page.preset.findData(30))
    page.set_workspace(workspace.id)
    yield page
    page.wait_idle()


def _cells(model, col):  # type: ignore[no-untyped-def]
    return [model.data(model.index(r, col), Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]


def test_controls_and_side_tabs_are_german(tab) -> None:  # type: ignore[no-untyped-def]
    assert tab.by_combo.itemText(0) == "Thema" and tab.by_combo.itemData(0) == "theme"
    assert tab.preset.currentText() == "Letzte 30 Tage"
    assert [tab.side.tabText(i) for i in range(tab.side.count())] == [
        "Auswahlliste",
        "Beste Zeiten",
        "Entscheidungsprotokoll",
    ]
    assert tab.definitions.text().startswith("Median / Mittel der Antworten pro 1.000")
    assert tab.add_decision_btn.text() == "Entscheidung festhalten…"


def test_table_and_overall_line_are_german(tab) -> None:  # type: ignore[no-untyped-def]
    m = tab.model
    assert m.headerData(COL_KEY, Qt.Orientation.Horizontal) == "Thema"
    assert m.headerData(COL_MEDIAN, Qt.Orientation.Horizontal) == "Median Antworten/1.000"
    assert _cells(m, COL_MEDIAN)[0] == "20,00"  # the English table shows "20.00"
    assert _cells(m, COL_NOTE) == ["", "zu wenige Beiträge für eine Bewertung"]
    tip = m.data(m.index(1, COL_KEY), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Nur ") and "zu wenige für eine Bewertung" in tip
    overall = tab.overall.text()
    assert "<b>4</b> Community-Beiträge vom " in overall and "wiederkehrende Interagierende" in overall
    assert "posts from" not in overall


def test_csv_export_keeps_the_cli_text(tab, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "insights.csv"
    export_model_csv(tab.table.proxy, path)
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["Theme", "Posts", "Median replies/1k"]
    assert rows[1][COL_MEDIAN] == "20.00"
    assert rows[2][COL_NOTE] == "too few posts to judge"


def test_prompt_dialog_in_german(qtbot, german) -> None:  # type: ignore[no-untyped-def]
    dlg = PromptDialog("Wie viele Minuten?", [(1, "Montagsfrage")])
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Impuls zur Impulsbibliothek hinzufügen"
    assert [dlg.rung.itemText(i) for i in range(dlg.rung.count())][:2] == ["Identität", "Vorgaben"]
    assert dlg.rung.itemData(0) == "identity"
    dlg.text.setText(" ")
    dlg.accept()
    assert dlg.error.text() == "Schreib zuerst den Impuls."


def test_decision_log_in_german_keeps_machine_values(tab) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from microcomm_desktop.services.decisions import DecisionRow

    m = tab.decision_model
    m.set_rows([DecisionRow(1, date(2026, 11, 9), "Zwei Beiträge mehr", "saves_per_1k", "format: carousel")])
    assert m.headerData(1, Qt.Orientation.Horizontal) == "Beruht auf"
    assert m.data(m.index(0, 0)) == "9. Nov. 2026"
    assert m.data(m.index(0, 1)) == "Speicherungen pro 1.000 Reichweite · format: carousel"
    assert m.data(m.index(0, 0), Qt.ItemDataRole.EditRole) == "2026-11-09"
    assert m.data(m.index(0, 1), Qt.ItemDataRole.EditRole) == "Saves per 1k reach · format: carousel"
