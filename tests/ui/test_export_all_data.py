"""File > Export all data to CSV: runs in a worker, shows progress, cancels (issue 20, item 1)."""

from __future__ import annotations

import csv
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from microcomm_desktop.services import exporting
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.ui.context import UiContext, make_settings
from microcomm_desktop.ui.dialogs.export_data import ExportRun
from microcomm_desktop.ui.events import EventBus
from microcomm_desktop.ui.main_window import MainWindow


def _window_with_sample(qtbot, app_ctx: AppContext, today: date) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(UiContext(app=app_ctx, bus=EventBus(), settings=make_settings(app_ctx)), today=today)
    qtbot.addWidget(win)
    win.show()
    qtbot.mouseClick(win.welcome.findChild(QPushButton, "sampleButton"), Qt.MouseButton.LeftButton)
    return win


def test_menu_export_writes_every_interaction_with_progress(qtbot, app_ctx, today, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(exporting, "CHUNK", 50)
    win = _window_with_sample(qtbot, app_ctx, today)
    assert win.findChild(object, "actionExportAll_interactions") is not None
    out = tmp_path / "all.csv"
    seen: list[tuple[int, int]] = []
    win.export_all("interactions", out)
    run: ExportRun = win.export_run
    run.progressed.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(run.finished, timeout=30_000) as sig:
        pass
    ok, message = sig.args
    assert ok and "Wrote" in message
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == exporting.INTERACTION_HEADERS
    assert seen and seen[-1] == (len(rows) - 1, len(rows) - 1)
    assert win.statusBar().currentMessage() == message


def test_cancel_stops_and_leaves_no_file(qtbot, app_ctx, today, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(exporting, "CHUNK", 5)
    win = _window_with_sample(qtbot, app_ctx, today)
    out = tmp_path / "cancelled.csv"
    run = ExportRun(win, app_ctx.engine, win.ctx.workspace_id, "interactions", out, today)
    qtbot.addWidget(run.dialog)
    # The user presses Cancel after the first chunk; the worker waits at that chunk until the press has reached
    # it (SQL-made rows are fast: without the wait the whole sample could be written before the click arrives).
    pressed = threading.Event()

    def press(done: int, _total: int) -> None:  # in the GUI thread, as the Cancel button would
        if done >= 5 and not pressed.is_set():
            run.cancel()
            pressed.set()

    run.progressed.connect(press)
    run.worker.progressed.connect(
        lambda done, _total: pressed.wait(10) if done >= 5 else None, Qt.ConnectionType.DirectConnection
    )
    with qtbot.waitSignal(run.finished, timeout=30_000) as sig:
        run.start()
    ok, message = sig.args
    assert pressed.is_set()
    assert not ok and "cancelled" in message
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
