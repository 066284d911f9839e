"""Issue 20: after a clean close the window opens without reading every page of the file first; the quick check
runs behind the first paint, and a write made before it finished waits for it (store.db.PendingCheck)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from microcomm_desktop.app import _start_background_checks
from microcomm_desktop.paths import resolve_paths
from microcomm_desktop.services.clean_close import write_clean_marker
from microcomm_desktop.services.context import open_context
from microcomm_desktop.services.workspaces import create_workspace, list_workspaces
from microcomm_desktop.store.db import DatabaseDamaged, pending_check


def _clean_file(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    create_workspace(ctx.engine, "Club")
    ctx.dispose()


def test_the_quick_check_runs_after_the_window_shows(qtbot: QtBot, data_dir: Path) -> None:
    _clean_file(data_dir)
    ctx = open_context(data_dir, full_check=False, defer_quick_check=True)  # as run_gui opens it
    try:
        assert pending_check(ctx.engine) is not None  # nothing read page by page before the window
        window = QWidget()
        qtbot.addWidget(window)
        window.show()
        _start_background_checks(window, ctx, keep=3, full_check=False, backup=False)
        qtbot.waitUntil(lambda: pending_check(ctx.engine) is None, timeout=20_000)
        create_workspace(ctx.engine, "Second")
        assert [w.name for w in list_workspaces(ctx.engine)] == ["Club", "Second"]
    finally:
        ctx.dispose()


def _damage_workspace_page(data_dir: Path) -> bytes:
    db = data_dir / "microcomm.sqlite3"
    with sqlite3.connect(db) as con:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'workspace'").fetchone()[0]
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    raw = bytearray(db.read_bytes())
    at = (root - 1) * page_size
    raw[at + 3 : at + 5] = b"\xff\xff"  # the workspace page claims 65,535 cells
    db.write_bytes(bytes(raw))
    write_clean_marker(resolve_paths(data_dir))  # damaged while closed: the last close itself was clean
    return bytes(raw)


def test_a_damaged_page_the_first_tab_reads_is_refused_with_a_sentence(data_dir: Path) -> None:
    _clean_file(data_dir)
    damaged = _damage_workspace_page(data_dir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run(
        [sys.executable, "-m", "microcomm_desktop", "--smoke", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert r.returncode == 3, (r.stdout, r.stderr)
    assert "is damaged" in r.stderr and "Traceback" not in r.stderr
    assert (data_dir / "microcomm.sqlite3").read_bytes() == damaged


def test_damage_found_behind_the_window_is_said_and_nothing_is_saved(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _clean_file(data_dir)
    db = data_dir / "microcomm.sqlite3"
    with sqlite3.connect(db) as con:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'workspace'").fetchone()[0]
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    raw = bytearray(db.read_bytes())
    at = (root - 1) * page_size
    raw[at + 3 : at + 5] = b"\xff\xff"  # the workspace page claims 65,535 cells
    db.write_bytes(bytes(raw))
    write_clean_marker(resolve_paths(data_dir))  # damaged while closed: the last close itself was clean

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    ctx = open_context(data_dir, full_check=False, defer_quick_check=True)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        _start_background_checks(window, ctx, keep=3, full_check=True, backup=False)
        qtbot.waitUntil(lambda: bool(said), timeout=20_000)
        assert "damaged" in said[0] and "nothing will be saved" in said[0]
        with pytest.raises(DatabaseDamaged):
            create_workspace(ctx.engine, "Second")
    finally:
        ctx.engine.dispose()
    assert db.read_bytes() == bytes(raw)
