"""Keys and clicks on the first window, before it has attached to the data layer, are queued and not lost.

Why: the first window is painted from DB-API rows before SQLAlchemy is imported (``app._first_window``); the
user may click into a field and type during the fraction of a second (seconds on a busy computer) before
``MainWindow.attach``. Qt must queue that input (``run_while_painting(hold_input=True)``) and deliver it after
the attach, when the page is live. The offscreen platform delivers test input synchronously, so this runs the
real app on an X server (Xvfb) and types with xdotool, as a person would.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from microcomm_desktop.services.context import open_context
from microcomm_desktop.services.sample import create_sample_workspace

pytestmark = [
    pytest.mark.sqlite_only("the first window reads the local SQLite file"),
    pytest.mark.skipif(
        sys.platform != "linux" or not (shutil.which("Xvfb") and shutil.which("xdotool")) and not os.environ.get("CI"),
        reason="needs Xvfb and xdotool (.ci/run installs them)",
    ),
]

# The app, with the data layer's load held until the test has typed (a file appears), and the place of the
# promise's "Who" field printed once the first window is on screen.
PROBE = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from microcomm_desktop.ui import startup
from microcomm_desktop.__main__ import main

flag = Path(sys.argv[1])
original = startup.run_while_painting

def probe(work, hold_input=False):
    from microcomm_desktop.ui.main_window import MainWindow
    win = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    who = win.tab_page("Promise").who_edit
    centre = who.mapToGlobal(who.rect().center())
    print(f"WHO {centre.x()} {centre.y()} {int(hold_input)} {int(win.first_paint)}", flush=True)

    def held():
        deadline = time.monotonic() + 60
        while not flag.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        return work()

    return original(held, hold_input=hold_input)

startup.run_while_painting = probe
sys.exit(main(sys.argv[2:]))
"""


def test_typing_into_the_first_window_before_it_attaches_is_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ctx = open_context(data_dir=data)
    create_sample_workspace(ctx.engine, date(2026, 12, 6))
    ctx.dispose()  # a clean close: the next start paints the first window

    display = f":{90 + os.getpid() % 40}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24"], stderr=subprocess.DEVNULL)
    flag = tmp_path / "typed"
    script = tmp_path / "probe.py"
    script.write_text(PROBE)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "MICROCOMM_QUIT_AFTER_MS": "1500"}
    app = None
    err = (tmp_path / "stderr.txt").open("w")
    try:
        time.sleep(0.5)  # Xvfb accepts connections
        app = subprocess.Popen(
            [sys.executable, str(script), str(flag), "--data-dir", str(data)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
        assert app.stdout is not None
        line = app.stdout.readline().split()
        assert line[:1] == ["WHO"], (tmp_path / "stderr.txt").read_text()
        x, y, held, first = (int(v) for v in line[1:])
        assert held == 1 and first == 1  # the real window, painted, input held while the data layer loads
        xdo = {**os.environ, "DISPLAY": display}
        subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], env=xdo, check=True, timeout=30)
        subprocess.run(["xdotool", "key", "End"], env=xdo, check=True, timeout=30)
        subprocess.run(["xdotool", "type", "--delay", "30", " XYZ"], env=xdo, check=True, timeout=30)
        flag.touch()  # only now may the data layer load and the window attach
        assert app.wait(timeout=120) == 0, (tmp_path / "stderr.txt").read_text()
    finally:
        if app is not None:
            if app.poll() is None:
                app.kill()
                app.wait(timeout=10)
            assert app.stdout is not None
            app.stdout.close()
        err.close()
        xvfb.terminate()
        xvfb.wait(timeout=10)

    # Closing saved the open edit as a new promise version: the keys typed before the attach reached the field.
    con = sqlite3.connect(data / "microcomm.sqlite3")
    try:
        (who,) = con.execute("SELECT who FROM promise ORDER BY created_at DESC, id DESC LIMIT 1").fetchone()
    finally:
        con.close()
    assert who == "runners XYZ"
