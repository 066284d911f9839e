"""Typing, then a crash (SIGKILL: no close, no flush): the next start puts the typed text back as a draft."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from microcomm_desktop.services.context import open_context
from microcomm_desktop.services.promise import promise_history
from microcomm_desktop.services.workspaces import create_workspace
from microcomm_desktop.ui.context import UiContext, make_settings
from microcomm_desktop.ui.events import EventBus
from microcomm_desktop.ui.main_window import DRAFT_SNAPSHOT_MS, MainWindow

TYPIST = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from datetime import date
from PySide6.QtWidgets import QApplication
app = QApplication([])
from microcomm_desktop.services.context import open_context
from microcomm_desktop.ui.context import UiContext, make_settings
from microcomm_desktop.ui.events import EventBus
from microcomm_desktop.ui.main_window import MainWindow
ctx = open_context(sys.argv[1])
win = MainWindow(UiContext(app=ctx, bus=EventBus(), settings=make_settings(ctx)), today=date(2026, 11, 25))
win.show()
page = win.tab_page("Promise")
page.who_edit.setFocus()
page.who_edit.setText("night-shift nurses")  # typed, never saved
app.processEvents()
win.snapshot_drafts()  # what the window's timer does every few seconds
print("typed", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_text_typed_before_a_crash_comes_back_as_a_draft(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    ctx = open_context(data)
    ws = create_workspace(ctx.engine, "Nurses club")
    ctx.dispose()

    proc = subprocess.Popen([sys.executable, "-c", TYPIST, str(data)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == "typed"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()

    ctx = open_context(data)  # after the crash: full integrity check, then open
    assert ctx.full_check_done
    win = MainWindow(UiContext(app=ctx, bus=EventBus(), settings=make_settings(ctx)), today=date(2026, 11, 25))
    qtbot.addWidget(win)
    page = win.tab_page("Promise")
    assert page is not None
    assert page.who_edit.text() == "night-shift nurses"  # type: ignore[attr-defined]
    assert "Restored an unsaved draft" in page.draft_note.text()  # type: ignore[attr-defined]
    assert promise_history(ctx.engine, ws.id or 0) == []  # a draft, not a saved promise
    ctx.dispose()


def test_the_window_snapshots_drafts_on_a_timer(qtbot, app_ctx) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(UiContext(app=app_ctx, bus=EventBus(), settings=make_settings(app_ctx)), today=date.today())
    qtbot.addWidget(win)
    assert win._draft_timer.isActive() and win._draft_timer.interval() == DRAFT_SNAPSHOT_MS
    assert DRAFT_SNAPSHOT_MS <= 10_000  # at most a few seconds of typing at risk
