"""Dashboard › Calibrate bands…: the proposal beside the defaults, ticked bands applied as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from microcomm_desktop.domain import metrics
from microcomm_desktop.services import calibration
from microcomm_desktop.services.scorecard import benchmarks
from microcomm_desktop.ui.dialogs.calibrate import CalibrateDialog
from microcomm_desktop.ui.tabs.dashboard.page import DashboardTab
from tests.services.test_calibration import TODAY, _posts


def test_dialog_shows_side_by_side_and_applies_undoably(qtbot, qtmodeltester, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    wid, _ = _posts(ui_ctx.app)
    dlg = CalibrateDialog(ui_ctx.engine, wid, TODAY)
    qtbot.addWidget(dlg)
    m = dlg.model
    qtmodeltester.check(m)
    keys = [p.key for p in m.rows]
    r = keys.index("replies_per_1k")
    assert m.data(m.index(r, 1)) == "5–25" and m.data(m.index(r, 2)) == "5–25"
    proposed = m.data(m.index(r, 3))
    assert proposed != "n/a" and "P25–P75" in m.data(m.index(r, 4))
    poll = keys.index("er_poll_qa")
    assert m.data(m.index(poll, 3)) == "n/a" and not (m.flags(m.index(poll, 0)) & Qt.ItemFlag.ItemIsUserCheckable)
    # untick ER: only the others are applied
    m.setData(m.index(keys.index("er"), 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    chosen = dlg.chosen()
    assert "er" not in chosen and "replies_per_1k" in chosen

    tab = DashboardTab(ui_ctx, today=TODAY)
    qtbot.addWidget(tab)
    tab.set_workspace(wid)
    qtbot.waitUntil(lambda: tab.data is not None and not tab.is_busy())
    tab.apply_calibration(chosen, 90)
    assert benchmarks(ui_ctx.engine, wid).bands["replies_per_1k"] != metrics.BENCHMARKS["replies_per_1k"]
    assert benchmarks(ui_ctx.engine, wid).bands["er"] == metrics.BENCHMARKS["er"]
    tab.undo_stack.undo()
    assert benchmarks(ui_ctx.engine, wid).bands["replies_per_1k"] == metrics.BENCHMARKS["replies_per_1k"]
    tab.undo_stack.redo()
    assert benchmarks(ui_ctx.engine, wid).bands["replies_per_1k"] != metrics.BENCHMARKS["replies_per_1k"]
    assert calibration.last_applied(ui_ctx.engine, wid)["days"] == 90  # type: ignore[index]
    dlg.reload()
    assert "calibrated on 2026-11-29 from the last 90 days" in dlg.last.text()


def test_typed_band_and_defaults_in_the_dialog(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    wid, _ = _posts(ui_ctx.app)
    dlg = CalibrateDialog(ui_ctx.engine, wid, TODAY)
    qtbot.addWidget(dlg)
    m = dlg.model
    poll = [p.key for p in m.rows].index("er_poll_qa")
    assert not m.setData(m.index(poll, 3), "high-low")
    assert "LOW–HIGH" in dlg.error.text()
    assert m.setData(m.index(poll, 3), "7–18")
    assert dlg.error.text() == "" and dlg.chosen()["er_poll_qa"] == [7.0, 18.0]
    assert m.data(m.index(poll, 4)) == "Typed by you."
    dlg.defaults_btn.click()
    assert dlg.chosen() == calibration.defaults_as_bands()
