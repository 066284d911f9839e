"""Unusual but real surroundings: odd folder names, a probing CLI, an unreadable lock, errors off the GUI thread."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from microcomm_desktop.services.backups import backup_now, restore_backup
from microcomm_desktop.services.context import open_context
from microcomm_desktop.services.instance_lock import InstanceLock
from microcomm_desktop.services.workspaces import create_workspace, list_workspaces
from microcomm_desktop.store import db as store_db
from microcomm_desktop.store.db import DatabaseDamaged, DatabaseUnavailable, check_integrity

ODD = "Club #1 ?50% off (draft)"


def test_a_data_folder_with_odd_characters_opens_checks_backs_up_and_restores(tmp_path: Path) -> None:
    data = tmp_path / ODD
    ctx = open_context(data)
    create_workspace(ctx.engine, "Hashtag club")
    assert (data / "microcomm.sqlite3").stat().st_size > 0
    assert sorted(p.name for p in data.iterdir() if p.suffix == ".sqlite3") == ["microcomm.sqlite3"]
    assert not (tmp_path / "Club ").exists()  # nothing was created at a cut-off path
    check_integrity(data / "microcomm.sqlite3", full=True)
    backup = backup_now(ctx)
    create_workspace(ctx.engine, "Added after the backup")
    restore_backup(ctx, backup)
    assert [w.name for w in list_workspaces(ctx.engine)] == ["Hashtag club"]
    ctx.dispose()


def test_the_check_still_finds_damage_in_an_odd_folder(tmp_path: Path) -> None:
    data = tmp_path / ODD
    open_context(data).dispose()
    db = data / "microcomm.sqlite3"
    raw = bytearray(db.read_bytes())
    raw[100:4096] = b"\xa5" * (4096 - 100)  # scribble over the first page's b-tree
    db.write_bytes(bytes(raw))
    with pytest.raises(DatabaseDamaged):
        check_integrity(db, full=True)


def test_cannot_open_is_reported_as_unavailable_not_damaged(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = open_context(tmp_path / "d")
    ctx.dispose()

    def refuse(*_a: object, **_k: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(store_db.sqlite3, "connect", refuse)
    with pytest.raises(DatabaseUnavailable, match="cannot open its data file"):
        check_integrity(ctx.paths.db_path, full=True)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file locks")
def test_probing_cli_runs_do_not_see_each_other_or_block_a_window(tmp_path: Path) -> None:
    lock_path = tmp_path / "microcomm.lock"
    probe = InstanceLock(lock_path)
    with open(lock_path, "a+", encoding="utf-8") as fh:  # another CLI run in the middle of its probe
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
        assert probe.holder_elsewhere() is None  # a probe is not a window
        release = threading.Timer(0.1, lambda: fcntl.flock(fh.fileno(), fcntl.LOCK_UN))
        release.start()
        window = InstanceLock(lock_path).acquire(wait_s=1.0)  # waits out the probe instead of failing
        release.join()
    assert probe.holder_elsewhere() is not None
    window.release()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file locks")
def test_a_lock_file_that_cannot_be_opened_is_one_clear_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "microcomm.lock").mkdir(parents=True)  # something unopenable where the lock file goes
    r = subprocess.run(
        [sys.executable, "-m", "microcomm_desktop", "--smoke", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 3, r.stderr
    assert "cannot use its lock file" in r.stderr and "Traceback" not in r.stderr


def test_error_messages_from_a_worker_thread_are_shown_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.errors import GuiNotifier

    shown: list[tuple[str, bool]] = []
    notifier = GuiNotifier(
        lambda t: shown.append((t, threading.current_thread() is threading.main_thread())),
        lambda t: shown.append((t, threading.current_thread() is threading.main_thread())),
    )
    worker = threading.Thread(target=lambda: notifier.dialog("boom in a worker"))
    worker.start()
    worker.join()
    assert shown == []  # never inside the failing code's own call
    qtbot.waitUntil(lambda: shown == [("boom in a worker", True)], timeout=2000)
    notifier.status("again")
    assert shown[-1][0] == "boom in a worker"  # queued, even from the GUI thread
    qtbot.waitUntil(lambda: shown[-1] == ("again", True), timeout=2000)
