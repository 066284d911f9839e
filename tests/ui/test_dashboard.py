"""Dashboard tab: models pass qtmodeltester, charts get the right series, it paints, notes save with undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from microcomm_desktop.services import reports
from microcomm_desktop.services.scorecard import weekly_scorecard
from microcomm_desktop.ui.models.scorecard_table_model import COL, ScorecardModel
from microcomm_desktop.ui.palette import band_colors
from microcomm_desktop.ui.tabs.dashboard import DashboardTab
from microcomm_desktop.ui.widgets.charts import _ts


@pytest.fixture
def tab(qtbot, ui_ctx, sample_workspace, today: date) -> DashboardTab:  # type: ignore[no-untyped-def]
    ui_ctx.workspace = sample_workspace
    t = DashboardTab(ui_ctx, today=today)
    qtbot.addWidget(t)
    t.resize(1300, 850)
    t.set_workspace(sample_workspace.id)
    qtbot.waitUntil(lambda: t.data is not None and not t.is_busy())
    return t


def test_models_pass_modeltester(qtmodeltester, tab: DashboardTab) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.score_model)
    qtmodeltester.check(tab.cohort_model)
    qtmodeltester.check(tab.top_model)
    qtmodeltester.check(tab.fading_model)


def test_scorecard_matches_service_newest_first(tab: DashboardTab, app_ctx, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    figs = weekly_scorecard(app_ctx.engine, sample_workspace.id, until=today, weeks=13)
    m = tab.score_model
    assert m.rowCount() == 13
    assert m.rows[0] == figs[-1]
    assert m.rows[-1] == figs[0]


def test_charts_receive_the_series(tab: DashboardTab) -> None:
    assert tab.data is not None
    figs = tab.data.figures
    ret = tab.charts["returning"].series
    assert ret is not None
    assert ret.dates == [f.week_end for f in figs]
    assert ret.values == [f.returning_share for f in figs]
    assert ret.bars == [float(f.returning_engagers) for f in figs]
    assert ret.band == (20.0, 40.0)
    rep = tab.charts["replies"].series
    assert rep is not None and rep.values == [f.replies_per_1k for f in figs] and rep.band == (5.0, 25.0)
    text = tab.charts["replies"].describe_at(_ts(figs[-1].week_end))
    assert f"{figs[-1].week_end:%d %b %Y}" in text


def test_band_colours_and_change_arrows() -> None:
    from PySide6.QtCore import Qt

    from microcomm_desktop.domain.metrics import BENCHMARKS
    from microcomm_desktop.services.scorecard import Benchmarks, WeekFigures

    def wf(week: int, replies: float | None) -> WeekFigures:
        d = date(2026, 11, 2 + 7 * week)
        return WeekFigures(d, d, 1, 1, 0, 1000, 1000, 50, 0, 0, 0, 5.0, 20.0, replies, 10, 3, 30.0, 0, 40.0, 1000)

    m = ScorecardModel()
    m.set_rows([wf(0, 12.0), wf(1, 3.0)], Benchmarks(dict(BENCHMARKS), 25.0, 40.0))
    idx = m.index(0, COL["replies_per_1k"])
    assert m.data(idx, Qt.ItemDataRole.BackgroundRole) == band_colors(False)["below"]
    assert "▼9.0" in m.data(idx)
    tip = m.data(idx, Qt.ItemDataRole.ToolTipRole)
    assert "replies / reach × 1000" in tip and "Below the band 5–25" in tip
    assert m.data(m.index(1, COL["replies_per_1k"]), Qt.ItemDataRole.BackgroundRole) == band_colors(False)["in"]


def test_dashboard_paints_to_png(tab: DashboardTab, tmp_path: Path) -> None:
    img = tab.grab()
    path = tmp_path / "dash.png"
    assert img.save(str(path))
    assert path.stat().st_size > 10_000
    image = img.toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 23)}
    assert len(colours) > 10  # not a blank widget


def test_chart_save_png_and_svg(tab: DashboardTab, tmp_path: Path) -> None:
    chart = tab.charts["returning"]
    assert chart.save_png(tmp_path / "c.png")
    chart.save_svg(tmp_path / "c.svg")
    assert (tmp_path / "c.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_week_note_bad_input_then_save_and_undo(tab: DashboardTab, app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    week = tab.selected_week()
    assert week is not None
    tab.note_edits["conversions"].setText("lots")  # type: ignore[union-attr]
    tab.note_edits["spend"].setText("500")  # type: ignore[union-attr]
    assert tab.save_note() is False
    assert tab.note_errors["conversions"].text()
    assert tab.note_edits["conversions"].text() == "lots"  # type: ignore[union-attr]  # nothing lost
    before = reports.get_week_note(app_ctx.engine, sample_workspace.id, week)
    tab.note_edits["conversions"].setText("20")  # type: ignore[union-attr]
    assert tab.save_note() is True
    saved = reports.get_week_note(app_ctx.engine, sample_workspace.id, week)
    assert saved.conversions == 20 and str(saved.cpa) == "25"
    tab.undo_stack.undo()
    assert reports.get_week_note(app_ctx.engine, sample_workspace.id, week) == before


def test_range_and_label_switch(qtbot, tab: DashboardTab) -> None:  # type: ignore[no-untyped-def]
    tab.range_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: tab.score_model.rowCount() == 4 and not tab.is_busy())
    tab.label_combo.setCurrentIndex(2)  # reach posts
    qtbot.waitUntil(lambda: tab.data is not None and all(f.community_posts >= 0 for f in tab.data.figures))
    assert tab.data is not None
    assert all(f.posts == f.reach_posts for f in tab.data.figures)
    tab.range_combo.setCurrentIndex(4)  # custom
    tab.from_edit.setDate(tab.to_edit.date().addDays(5))
    assert "after" in tab.range_error.text()


def test_worker_path_for_large_workspaces(qtbot, tab: DashboardTab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import microcomm_desktop.ui.tabs.dashboard as dash

    monkeypatch.setattr(dash, "SYNC_LIMIT_ROWS", 0)
    tab._small = None
    tab.range_combo.setCurrentIndex(2)
    assert tab.is_busy()
    qtbot.waitUntil(lambda: not tab.is_busy() and tab.score_model.rowCount() == 52, timeout=10_000)


def test_weekly_report_files_one_page(tab: DashboardTab, tmp_path: Path) -> None:
    pdf, html_path, pages = tab.write_report("weekly", tmp_path / "weekly.pdf")
    assert pages == 1 and pdf.stat().st_size > 5000
    text = html_path.read_text(encoding="utf-8")
    assert "data:image/png;base64," in text and "Business outcomes" in text and "Top questions" in text
    _, _, pages30 = tab.write_report("30day", tmp_path / "month.pdf")
    assert pages30 == 1
