"""The start-up shell: the window painted before the data layer is imported, replaced by the real window.

Why: importing SQLAlchemy, SQLModel and the table classes is about half of the start (issue 20); the shell puts
the window on screen first. It must never take a write — the data layer is not there yet — and it must give way
to the real window at the same place, on every path (a normal start, a start that fails with a sentence).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QTabWidget
from pytestqt.qtbot import QtBot

from microcomm_desktop.ui.startup import StartupShell
from microcomm_desktop.ui.tabs import TAB_SPECS


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def test_the_shell_offers_nothing_that_writes(qtbot: QtBot, tmp_path: Path) -> None:
    shell = StartupShell(_settings(tmp_path))
    qtbot.addWidget(shell)
    shell.paint_now()
    assert shell.isVisible() and not shell.grab().isNull()
    tabs = shell.findChild(QTabWidget)
    assert tabs is not None
    assert [tabs.tabText(i) for i in range(tabs.count())] == [title for title, _ in TAB_SPECS]
    assert not tabs.tabBar().isEnabled()
    page = tabs.currentWidget()
    assert isinstance(page, QLabel) and page.text() == "Loading…"
    menus = [a for a in shell.menuBar().actions()]
    assert [a.text() for a in menus] == ["&File", "&Edit", "&View", "&Help"]
    assert all(not a.isEnabled() for a in menus)
    for combo in shell.findChildren(QComboBox):
        assert not combo.isEnabled()
    enabled_inputs = [
        w
        for kind in (QLineEdit, QAbstractButton)
        for w in shell.findChildren(kind)
        if w.isEnabled() and w.isVisible() and not w.objectName().startswith("qt_")
    ]
    assert enabled_inputs == []


def test_the_shell_cannot_be_closed_until_the_real_window_takes_over(qtbot: QtBot, tmp_path: Path) -> None:
    shell = StartupShell(_settings(tmp_path))
    qtbot.addWidget(shell)
    shell.paint_now()
    assert not shell.close()  # closing mid-start would leave the data half opened
    assert shell.isVisible()
    shell.release()
    assert not shell.isVisible()


def test_the_shell_opens_where_the_window_was_and_on_its_last_tab(qtbot: QtBot, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    first = StartupShell(settings)
    qtbot.addWidget(first)
    first.setGeometry(QRect(40, 50, 700, 500))  # within the 800x600 offscreen screen
    settings.setValue("window/geometry", first.saveGeometry())  # as MainWindow saves them at close
    settings.setValue("window/size", first.normalGeometry().size())
    settings.setValue("window/last_tab", 3)
    again = StartupShell(settings)
    qtbot.addWidget(again)
    assert again.size() == first.size()
    tabs = again.findChild(QTabWidget)
    assert tabs is not None and tabs.currentIndex() == 3


_PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from microcomm_desktop.ui import startup
from microcomm_desktop.__main__ import main

events = []
paint_now, release = startup.StartupShell.paint_now, startup.StartupShell.release

def probe_paint(self, *a, **k):
    paint_now(self, *a, **k)
    events.append(["shell painted", "sqlalchemy" in sys.modules, "sqlmodel" in sys.modules])

def probe_release(self):
    window_up = any(type(w).__name__ == "MainWindow" and w.isVisible() for w in QApplication.topLevelWidgets())
    events.append(["shell released", self.isVisible(), window_up])
    release(self)

startup.StartupShell.paint_now = probe_paint
startup.StartupShell.release = probe_release
code = main(sys.argv[1:])
print("EVENTS " + json.dumps(events), flush=True)
sys.exit(code)
"""


def _run(args: list[str]) -> tuple[subprocess.CompletedProcess[str], list[list[object]]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, env=env, timeout=120)
    lines = [line for line in r.stdout.splitlines() if line.startswith("EVENTS ")]
    return r, json.loads(lines[-1][7:]) if lines else []


def test_the_shell_is_painted_before_the_data_layer_and_gives_way_to_the_window(tmp_path: Path) -> None:
    r, events = _run(["--smoke", "--data-dir", str(tmp_path / "data")])
    assert r.returncode == 0, r.stderr
    assert r.stdout.index("smoke: painted") < r.stdout.index("smoke: ready")
    assert events[0] == ["shell painted", False, False]  # on screen before SQLAlchemy/SQLModel are imported
    # the real window is shown while the shell is still up (never a moment without a window), then it goes
    assert events[1:] == [["shell released", True, True]]


def test_a_failed_start_closes_the_shell_before_saying_why(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "microcomm.sqlite3").write_bytes(b"this is not a database" * 200)
    r, events = _run(["--smoke", "--data-dir", str(data)])
    assert r.returncode == 3, (r.stdout, r.stderr)
    assert "microcomm:" in r.stderr and "Traceback" not in r.stderr
    assert events[1:] == [["shell released", True, False]]
    assert (data / "microcomm.sqlite3").read_bytes() == b"this is not a database" * 200  # left untouched


def test_the_shell_fits_a_small_screen(qtbot: QtBot, tmp_path: Path) -> None:
    shell = StartupShell(_settings(tmp_path))  # no remembered geometry: the 1280x820 first-start size
    qtbot.addWidget(shell)
    screen = shell.screen()
    assert screen is not None
    avail = screen.availableGeometry()  # 800x600 offscreen: smaller than the first-start size
    assert avail.contains(shell.geometry())


def test_only_the_headless_plugins_size_hint_warning_is_dropped() -> None:
    """A failed start says one sentence on stderr; the offscreen plugin's warning about the shell must not come
    before it, but no other Qt message may be lost."""
    script = (
        "from PySide6.QtCore import qWarning\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from microcomm_desktop.app import _HEADLESS_NOISE, _quiet_headless_plugin\n"
        "app = QApplication([])\n"
        "_quiet_headless_plugin(app)\n"
        "qWarning(_HEADLESS_NOISE)\n"
        "qWarning('another Qt warning')\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip().splitlines() == ["another Qt warning"]
