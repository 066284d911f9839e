"""The Dashboard speaks German when German is installed: controls, lower tabs, the scorecard's headers, cells and
tooltips (German numbers and dates), the advice from the reports service, and plurals; the CSV export of the
scorecard keeps its English, machine-readable header and ISO dates."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from microcomm_desktop import i18n
from microcomm_desktop.services import figures_text as ft
from microcomm_desktop.ui.models.scorecard_table_model import COL, COLUMNS
from microcomm_desktop.ui.tabs.dashboard.page import DashboardTab
from microcomm_desktop.ui.widgets.table import export_model_csv


@pytest.fixture
def tab(qtbot, ui_ctx, sample_workspace, today: date, german: None) -> DashboardTab:  # type: ignore[no-untyped-def]
    ui_ctx.workspace = sample_workspace
    t = DashboardTab(ui_ctx, today=today)
    qtbot.addWidget(t)
    t.resize(1300, 850)
    t.set_workspace(sample_workspace.id)
    qtbot.waitUntil(lambda: t.data is not None and not t.is_busy())
    return t


def test_controls_and_tabs_are_german(tab: DashboardTab) -> None:
    assert tab.weekly_btn.text() == "Wochenbericht exportieren…"
    assert tab.calibrate_btn.text() == "Bereiche kalibrieren…"
    assert tab.range_combo.itemText(1) == "Letzte 13 Wochen"
    assert tab.range_combo.itemData(1) == 13  # the data behind the words is unchanged
    assert tab.label_combo.itemText(1) == "Community-Beiträge" and tab.label_combo.itemData(1) == "community"
    titles = [tab.lower_tabs.tabText(i) for i in range(tab.lower_tabs.count())]
    assert titles[0] == "Wiederkehrende Interagierende"
    assert "Wochennotizen" in titles and "Neulings-Kohorten" in titles
    assert tab.charts["returning"].title == "Wiederkehrende Interagierende (30 Tage)"
    labels = " ".join(label.text() for label in tab.findChildren(QLabel))
    assert "Was jetzt zu tun ist" in labels and "Wiederkehrende Interagierende = Personen" in labels
    assert "What to do now" not in labels and "Returning engagers =" not in labels
    assert tab.note_save.text() == "Wochennotizen speichern"


def test_scorecard_headers_cells_and_tooltips_are_german(tab: DashboardTab) -> None:
    m = tab.score_model
    assert m.headerData(COL["week_start"], Qt.Orientation.Horizontal) == "Woche"
    assert m.headerData(COL["er"], Qt.Orientation.Horizontal).startswith("ER (Reichweite")
    row = next(i for i, f in enumerate(m.rows) if f.replies_per_1k is not None and f.replies_per_1k >= 1)
    f = m.rows[row]
    cell = m.data(m.index(row, COL["replies_per_1k"]))
    assert cell.startswith(f"{f.replies_per_1k:.1f}".replace(".", ","))  # German decimal comma
    week = m.data(m.index(row, COL["week_start"]))
    assert week == ft.day_month_year(f.week_start) and week[-4:] == str(f.week_start.year)
    tip = m.data(m.index(row, COL["returning_share"]), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Anteil Wiederkehrender = wiederkehrend / interagiert × 100")
    header_tip = m.headerData(COL["replies_per_1k"], Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header_tip.startswith("Richtwertbereich 5–25; darunter: nach Konkretem fragen")


def test_plurals_in_german() -> None:
    i18n.set_language("de")
    try:
        one = i18n.translate(
            "ScorecardModel",
            "* %n post(s) had no reach: {standin} stood in for reach (Workspace settings).",
            None,
            1,
        )
        many = i18n.translate(
            "ScorecardModel",
            "* %n post(s) had no reach: {standin} stood in for reach (Workspace settings).",
            None,
            1200,
        )
    finally:
        i18n.set_language("en")
    assert one.startswith("* 1 Beitrag hatte keine Reichweite")
    assert many.startswith("* 1.200 Beiträge hatten keine Reichweite")


def test_advice_comes_in_german(tab: DashboardTab) -> None:
    advice = tab.advice_label.text()
    assert advice and "No data yet" not in advice
    english = ("Every judged metric", "is in or above", "Reach posts crowd out", "Nothing to judge yet", " is ")
    assert not any(e in advice for e in english if e != " is "), advice


def test_scorecard_csv_stays_english_and_iso(tab: DashboardTab, tmp_path: Path) -> None:
    path = tmp_path / "scorecard.csv"
    export_model_csv(tab.score_table.proxy, path)
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["Week", "Posts (c/r)", "Reach"]
    assert rows[0][COL["er"]] == f"{COLUMNS[COL['er']].title} (reach)"
    date.fromisoformat(rows[1][0])  # ISO dates, not "5. Okt. 2026"
    assert all("," not in cell for cell in rows[1][1:])  # raw numbers with dot decimals
