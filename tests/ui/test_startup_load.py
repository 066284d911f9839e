"""The data layer loads in a thread while the GUI thread runs the event loop (ui/startup.py: run_while_painting).

Why: importing SQLAlchemy, SQLModel and the table classes takes 0.5 s on a quiet machine and several seconds on a
busy one; the start-up shell is on screen meanwhile and must be repainted when uncovered and answer the window
manager, not look frozen. The GUI thread must import nothing while the worker imports (half-initialised modules).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from microcomm_desktop.ui.startup import run_while_painting


def test_the_event_loop_runs_while_the_work_does(qapp: QApplication) -> None:
    """The work can only finish if a timer in the GUI thread fires while it runs."""
    ticked = threading.Event()
    QTimer.singleShot(20, ticked.set)
    assert run_while_painting(lambda: (ticked.wait(10), threading.current_thread().name)) == (
        True,
        "microcomm-startup-load",
    )


def test_an_error_in_the_work_is_raised_in_the_caller(qapp: QApplication) -> None:
    def fail() -> None:
        raise ImportError("no module named nowhere")

    with pytest.raises(ImportError, match="nowhere"):
        run_while_painting(fail)
    assert run_while_painting(lambda: 7) == 7  # and the next call works


_PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from microcomm_desktop.ui import startup
from microcomm_desktop.__main__ import main

seen = {}
original = startup.run_while_painting

def probe(work, hold_input=False):
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    shells = [w for w in QApplication.topLevelWidgets() if isinstance(w, startup.StartupShell)]
    before = "sqlalchemy" in sys.modules
    result = original(work, hold_input=hold_input)
    timer.stop()
    seen.update(ticks=len(ticks), sa_before=before, sa_after="sqlalchemy" in sys.modules,
                shell_up=all(s.isVisible() for s in shells) and len(shells) == 1)
    return result

startup.run_while_painting = probe
code = main(sys.argv[1:])
print("SEEN " + json.dumps(seen), flush=True)
sys.exit(code)
"""


def test_the_start_keeps_the_shell_responsive_while_the_data_layer_loads(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    args = ["--smoke", "--data-dir", str(tmp_path / "data")]
    r = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "smoke: ready" in r.stdout
    seen = json.loads([line for line in r.stdout.splitlines() if line.startswith("SEEN ")][-1][5:])
    assert seen["shell_up"] and not seen["sa_before"] and seen["sa_after"]
    assert seen["ticks"] > 0  # the GUI thread's timers ran during the load: so do its repaints


def test_held_input_shows_the_busy_arrow_and_puts_the_cursor_back(qapp: QApplication) -> None:
    """While a first window waits for the data layer its clicks are queued: the cursor says "working"."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    def cursor_meanwhile(hold_input: bool) -> object:
        seen: list[object] = []
        looked = threading.Event()

        def look() -> None:  # in the GUI thread, while the work runs
            cursor = QGuiApplication.overrideCursor()
            seen.append(cursor.shape() if cursor is not None else None)
            looked.set()

        QTimer.singleShot(10, look)
        run_while_painting(lambda: looked.wait(10), hold_input=hold_input)
        return seen[0]

    assert cursor_meanwhile(True) == Qt.CursorShape.BusyCursor
    assert QGuiApplication.overrideCursor() is None
    assert cursor_meanwhile(False) is None  # the shell's load: nothing to click, no busy arrow
