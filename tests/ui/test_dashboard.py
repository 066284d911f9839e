"""Dashboard tab: models pass qtmodeltester, charts get the right series, it paints, notes save with undo."""

from __future__ import annotations

import gc
import threading
import weakref
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

from microcomm_desktop.services import reports
from microcomm_desktop.services.scorecard import weekly_scorecard
from microcomm_desktop.ui.models.scorecard_table_model import COL, ScorecardModel
from microcomm_desktop.ui.palette import band_colors
from microcomm_desktop.ui.tabs.dashboard.page import DashboardTab
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


def test_only_the_visible_chart_is_built_at_open(tab: DashboardTab) -> None:
    """Opening the tab builds one pyqtgraph plot, not four (each costs tens of ms); the rest wait for data."""
    assert list(tab.charts) == ["returning"]
    assert tab.visible_chart_key() == "returning"
    assert set(tab.chart_series) == {"returning", "replies", "saves", "health"}
    assert tab._chart_holders["replies"].layout().count() == 0  # type: ignore[union-attr]


def test_charts_receive_the_series(tab: DashboardTab) -> None:
    assert tab.data is not None
    figs = tab.data.figures
    ret = tab.charts["returning"].series
    assert ret is not None
    assert ret.dates == [f.week_end for f in figs]
    assert ret.values == [f.returning_share for f in figs]
    assert ret.bars == [float(f.returning_engagers) for f in figs]
    assert ret.band == (20.0, 40.0)
    tab.lower_tabs.setCurrentIndex(1)  # "Replies / 1k": built on first show, with the current series
    assert tab.charts["replies"].parentWidget() is tab._chart_holders["replies"]
    rep = tab.charts["replies"].series
    assert rep is not None and rep.values == [f.replies_per_1k for f in figs] and rep.band == (5.0, 25.0)
    assert rep.dates == [f.week_end for f in figs]
    text = tab.charts["replies"].describe_at(_ts(figs[-1].week_end))
    assert f"{figs[-1].week_end:%d %b %Y}" in text
    tab.lower_tabs.setCurrentIndex(2)
    saves = tab.charts["saves"].series
    assert saves is not None and saves.values == [f.saves_per_1k for f in figs] and saves.band is not None
    tab.lower_tabs.setCurrentIndex(3)
    health = tab.charts["health"].series
    assert health is not None and health.values == [f.health_score for f in figs] and health.band is None
    assert list(tab.charts) == ["returning", "replies", "saves", "health"]


def test_hidden_charts_catch_up_when_shown(qtbot, tab: DashboardTab) -> None:  # type: ignore[no-untyped-def]
    """A refresh redraws only the visible chart; a built but hidden one gets the newest series when shown."""
    tab.lower_tabs.setCurrentIndex(1)
    tab.range_combo.setCurrentIndex(0)  # last 4 weeks
    qtbot.waitUntil(lambda: tab.score_model.rowCount() == 4 and not tab.is_busy())
    assert tab.data is not None
    figs = tab.data.figures
    rep = tab.charts["replies"].series
    assert rep is not None and rep.values == [f.replies_per_1k for f in figs]
    tab.lower_tabs.setCurrentIndex(0)
    ret = tab.charts["returning"].series
    assert ret is not None and len(ret.dates) == 4
    assert ret.values == [f.returning_share for f in figs]


def test_charts_follow_the_theme_when_shown(tab: DashboardTab, qapp) -> None:  # type: ignore[no-untyped-def]
    qapp.setProperty("microcomm_dark", True)
    try:
        tab.lower_tabs.setCurrentIndex(2)
        assert tab.charts["saves"].dark is True
        tab.lower_tabs.setCurrentIndex(0)
        assert tab.charts["returning"].dark is True
    finally:
        qapp.setProperty("microcomm_dark", False)


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


def test_cell_text_memo_is_dropped_with_new_rows() -> None:
    """The model memoises cell text (speed on 262 weeks): new figures must never show the old text."""
    from microcomm_desktop.domain.metrics import BENCHMARKS
    from microcomm_desktop.services.scorecard import Benchmarks, WeekFigures

    def wf(week: int, reach: int) -> WeekFigures:
        d = date(2026, 11, 2 + 7 * week)
        return WeekFigures(d, d, 1, 1, 0, reach, reach, 50, 0, 0, 0, 5.0, 20.0, 12.0, 10, 3, 30.0, 0, 40.0, 1000)

    bench = Benchmarks(dict(BENCHMARKS), 25.0, 40.0)
    m = ScorecardModel()
    m.set_rows([wf(0, 1000), wf(1, 1500)], bench)
    idx = m.index(0, COL["reach"])
    assert m.data(idx) == "1,500  ▲500"
    m.set_rows([wf(0, 1000), wf(1, 800)], bench)
    assert m.data(m.index(0, COL["reach"])) == "800  ▼200"


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
    import microcomm_desktop.ui.tabs.dashboard.page as dash

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


# ----- results of a worker that outlives its tab (issue #4: "Signal source has been deleted") -------------


@pytest.fixture
def gated_worker(monkeypatch):  # type: ignore[no-untyped-def]
    """Force the worker path and hold every job in compute() until the test opens the gate."""
    import microcomm_desktop.ui.tabs.dashboard.page as dash

    gate = threading.Event()
    real = dash.compute

    def slow(*args):  # type: ignore[no-untyped-def]
        assert gate.wait(10)
        return real(*args)

    monkeypatch.setattr(dash, "compute", slow)
    monkeypatch.setattr(dash, "SYNC_LIMIT_ROWS", 0)
    yield gate
    gate.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)


def _release_and_settle(qtbot, gate: threading.Event) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui import jobs

    gate.set()
    qtbot.waitUntil(lambda: all(j.finished for j in list(jobs._LIVE)), timeout=10_000)
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()  # deliver whatever was queued


def _worker_errors(text: str) -> list[str]:
    return [m for m in ("Signal source has been deleted", "Error calling Python override") if m in text]


def test_result_arriving_after_the_tab_closed_is_dropped(  # type: ignore[no-untyped-def]
    qtbot, capfd, gated_worker, ui_ctx, sample_workspace, today
) -> None:
    t = DashboardTab(ui_ctx, today=today)
    qtbot.addWidget(t)
    t.show()
    t.set_workspace(sample_workspace.id)
    assert t.is_busy()
    t.close()
    _release_and_settle(qtbot, gated_worker)
    assert t.data is None  # not redrawn for nobody
    assert not t.is_busy()
    assert _worker_errors(capfd.readouterr().err) == []


def test_result_arriving_after_the_tab_was_destroyed(  # type: ignore[no-untyped-def]
    qtbot, capfd, gated_worker, ui_ctx, sample_workspace, today
) -> None:
    t = DashboardTab(ui_ctx, today=today)
    t.set_workspace(sample_workspace.id)
    assert t.is_busy()
    alive = weakref.ref(t)
    t.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del t
    gc.collect()
    assert alive() is None
    _release_and_settle(qtbot, gated_worker)
    assert _worker_errors(capfd.readouterr().err) == []


def test_emitter_deleted_under_a_running_job(  # type: ignore[no-untyped-def]
    qtbot, capfd, tab: DashboardTab, gated_worker
) -> None:
    """At application teardown PySide deletes every QObject, the job's emitter included, while a worker may
    still run: the worker must end quietly, not raise from the pool thread."""
    import shiboken6

    from microcomm_desktop.ui import jobs

    tab._small = None
    tab.refresh()
    assert tab.is_busy()
    (job,) = [j for j in jobs._LIVE if not j.finished]
    shiboken6.delete(job.relay)
    _release_and_settle(qtbot, gated_worker)
    assert _worker_errors(capfd.readouterr().err) == []
    tab.refresh()  # the tab still works: a new job delivers
    gated_worker.set()
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=10_000)


def test_newer_request_wins(qtbot, tab: DashboardTab, gated_worker) -> None:  # type: ignore[no-untyped-def]
    tab._small = None
    tab.range_combo.setCurrentIndex(2)  # 52 weeks …
    tab.range_combo.setCurrentIndex(0)  # … then 4 weeks before the first finished
    _release_and_settle(qtbot, gated_worker)
    assert tab.score_model.rowCount() == 4 and not tab.is_busy()


def test_theme_switch_recolours_cells_and_the_visible_chart(qtbot, tab: DashboardTab, qapp) -> None:  # type: ignore[no-untyped-def]
    """Switching to dark must not leave light band colours under light text (nor a white chart)."""
    from PySide6.QtCore import Qt

    from microcomm_desktop.ui.palette import apply_palette

    idx = tab.score_model.index(0, COL["replies_per_1k"])
    try:
        apply_palette(qapp, "dark")
        qtbot.waitUntil(lambda: tab.score_model.dark and tab.cohort_model.dark)
        assert tab.charts["returning"].dark is True
        colour = tab.score_model.data(idx, Qt.ItemDataRole.BackgroundRole)
        assert colour is None or colour in band_colors(True).values()
        tab.lower_tabs.setCurrentIndex(1)  # a chart built after the switch starts dark
        assert tab.charts["replies"].dark is True
    finally:
        apply_palette(qapp, "light")
    qtbot.waitUntil(lambda: not tab.score_model.dark)
    assert tab.charts["replies"].dark is False and not tab.cohort_model.dark  # the visible chart at once
    tab.lower_tabs.setCurrentIndex(0)  # a hidden one when shown
    assert tab.charts["returning"].dark is False
