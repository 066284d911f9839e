"""Daily backups with rotation, preview, restore (after a safety copy), and the one-instance lock."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from microcomm_desktop.services import workspaces
from microcomm_desktop.services.backups import backup_now, daily_backup, preview_backup, restore_backup
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.instance_lock import AlreadyRunning, InstanceLock


def test_daily_backup_once_per_day_and_rotates(app_ctx: AppContext) -> None:
    workspaces.create_workspace(app_ctx.engine, "A")
    made = [daily_backup(app_ctx, keep=3, today=datetime(2026, 11, d, tzinfo=UTC)) for d in (1, 1, 2, 3, 4, 5)]
    assert made[1] is None  # the same day twice: one copy
    daily = sorted(app_ctx.paths.backup_dir.glob("*-daily.sqlite3"))
    assert len(daily) == 3


@pytest.mark.sqlite_only("file backups of the SQLite file; a team server is moved with the workspace file")
def test_preview_describes_a_backup_and_refuses_garbage(app_ctx: AppContext, tmp_path: Path) -> None:
    workspaces.create_workspace(app_ctx.engine, "Club")
    pv = preview_backup(backup_now(app_ctx))
    assert pv.ok and pv.workspaces == [("Club", 0, 0)]
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"nope" * 50)
    bad = preview_backup(junk)
    assert not bad.ok and "Cannot be restored" in bad.message


@pytest.mark.sqlite_only("file backups of the SQLite file; a team server is moved with the workspace file")
def test_restore_replaces_data_after_a_safety_copy(app_ctx: AppContext) -> None:
    workspaces.create_workspace(app_ctx.engine, "Before")
    snapshot = backup_now(app_ctx)
    workspaces.create_workspace(app_ctx.engine, "After")
    safety = restore_backup(app_ctx, snapshot)
    names = [w.name for w in workspaces.list_workspaces(app_ctx.engine)]
    assert names == ["Before"]
    con = sqlite3.connect(safety)
    assert sorted(r[0] for r in con.execute("select name from workspace")) == ["After", "Before"]
    con.close()


def test_restore_refuses_a_damaged_backup_and_keeps_data(app_ctx: AppContext, tmp_path: Path) -> None:
    workspaces.create_workspace(app_ctx.engine, "Keep")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x01" * 200)
    with pytest.raises(Exception, match="damaged|not"):
        restore_backup(app_ctx, junk)
    assert [w.name for w in workspaces.list_workspaces(app_ctx.engine)] == ["Keep"]


def test_second_instance_is_refused_and_crash_leaves_no_stale_lock(tmp_path: Path) -> None:
    lock_path = tmp_path / "microcomm.lock"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; "
            "from microcomm_desktop.services.instance_lock import InstanceLock; "
            f"lock = InstanceLock(Path({str(lock_path)!r})).acquire(); print('locked', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(AlreadyRunning, match="already open"):
            InstanceLock(lock_path).acquire()
    finally:
        holder.kill()  # a crash: no clean-up code runs
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    lock = InstanceLock(lock_path).acquire()  # the OS released the dead process's lock
    lock.release()
