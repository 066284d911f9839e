"""Start-up: the progress window for long start-up work, and the order lock → check → open."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from microcomm_desktop.services.clean_close import CLEAN_MARKER
from microcomm_desktop.services.context import open_context
from microcomm_desktop.ui.startup import StartupCancelled, run_with_progress


def _visible_progress() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_long_work_shows_a_window_and_returns_its_result(qapp: QApplication) -> None:
    seen: list[int] = []
    release = threading.Event()

    def look() -> None:  # the work only ends once the window has been looked at: no race with a busy machine
        seen.append(len(_visible_progress()))
        release.set()

    QTimer.singleShot(400, look)
    assert run_with_progress(lambda: (release.wait(30), 42)[1], "Checking…", "MicroComm", show_after_ms=100) == 42
    assert seen == [1]
    assert _visible_progress() == []  # closed once done


def test_quick_work_never_flashes_a_window(qapp: QApplication) -> None:
    seen: list[int] = []
    QTimer.singleShot(5, lambda: seen.append(len(_visible_progress())))
    assert run_with_progress(lambda: "ok", "Checking…", "MicroComm", show_after_ms=300) == "ok"
    QApplication.processEvents()
    assert seen in ([], [0])
    assert _visible_progress() == []


def test_an_error_in_the_work_is_raised_in_the_caller(qapp: QApplication) -> None:
    def fail() -> None:
        raise ValueError("damaged")

    with pytest.raises(ValueError, match="damaged"):
        run_with_progress(fail, "Checking…", "MicroComm")


def test_quit_abandons_the_work(qapp: QApplication) -> None:
    release = threading.Event()

    def press_quit() -> None:
        (dlg,) = _visible_progress()
        (button,) = dlg.findChildren(QPushButton)
        assert button.text() == "Quit"
        button.click()

    QTimer.singleShot(300, press_quit)
    t = time.perf_counter()
    with pytest.raises(StartupCancelled):
        run_with_progress(lambda: release.wait(10), "Checking…", "MicroComm", show_after_ms=50)
    assert time.perf_counter() - t < 5  # did not wait for the work
    release.set()


def _smoke(data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "microcomm_desktop", "--smoke", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_start_after_a_crash_checks_the_file_then_opens(data_dir: Path) -> None:
    open_context(data_dir).dispose()
    (data_dir / CLEAN_MARKER).unlink()  # as after a crash: no clean-close marker
    r = _smoke(data_dir)
    assert r.returncode == 0, r.stderr
    assert "smoke: ok" in r.stdout
    assert (data_dir / CLEAN_MARKER).exists()  # closed cleanly this time


def test_a_damaged_file_found_by_the_check_after_a_crash_is_refused_and_untouched(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    ctx.dispose()
    db = data_dir / "microcomm.sqlite3"
    with sqlite3.connect(db) as con:  # a page in use (the middle of the file may be free pages after migrations)
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'post'").fetchone()[0]
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    raw = bytearray(db.read_bytes())
    at = (root - 1) * page_size
    raw[at : at + 2048] = b"\xa5" * 2048  # scribble over the post table's b-tree page
    db.write_bytes(bytes(raw))
    (data_dir / CLEAN_MARKER).unlink()
    r = _smoke(data_dir)
    assert r.returncode == 3, (r.stdout, r.stderr)
    assert "damaged" in r.stderr or "not a MicroComm database" in r.stderr
    assert db.read_bytes() == bytes(raw)


def test_a_second_start_is_refused_before_it_touches_the_data(data_dir: Path) -> None:
    open_context(data_dir).dispose()
    marker = (data_dir / CLEAN_MARKER).read_text()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; "
            "from microcomm_desktop.services.instance_lock import InstanceLock; "
            f"lock = InstanceLock(Path({str(data_dir / 'microcomm.lock')!r})).acquire(); "
            "print('locked', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        r = _smoke(data_dir)
        assert r.returncode == 4, (r.stdout, r.stderr)
        assert "already open" in r.stderr
        # the running window's state is left alone: its clean-close marker was not consumed
        assert (data_dir / CLEAN_MARKER).read_text() == marker
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()


def test_a_second_start_brings_the_open_window_forward(data_dir: Path) -> None:
    env = dict(os.environ, MICROCOMM_SMOKE_HOLD_MS="60000")
    first = subprocess.Popen(
        [sys.executable, "-m", "microcomm_desktop", "--smoke", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "smoke: painted"  # the shell, before the data layer
        assert first.stdout.readline().strip() == "smoke: ready"  # the real window
        assert first.stdout.readline().strip() == "smoke: attached"  # the data layer in: edits possible
        assert first.stdout.readline().strip() == "smoke: listening"  # ready to be asked
        r = _smoke(data_dir)
        assert r.returncode == 4, (r.stdout, r.stderr)
        assert "already open" in r.stderr and "brought to the front" in r.stderr
        assert first.stdout.readline().strip() == "smoke: shown on request"
    finally:
        first.kill()
        first.wait()
        assert first.stdout is not None
        first.stdout.close()


def test_activation_names_differ_per_data_folder_and_stay_short(tmp_path: Path) -> None:
    from microcomm_desktop.paths import resolve_paths
    from microcomm_desktop.ui.single_instance import server_name

    a = server_name(resolve_paths(tmp_path / ("a" * 200)))
    b = server_name(resolve_paths(tmp_path / "b"))
    assert a != b and len(a) < 40
    assert a == server_name(resolve_paths(tmp_path / ("a" * 200)))
