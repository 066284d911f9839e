"""Issue 17.3, 17.8, 17.9, 17.6: backups are checked before a restore, killed backups leave nothing behind,
manual backups rotate, the CLI lists and restores, a file without a schema version is refused untouched,
damage after a clean close is found before any write, and a full disk or read-only drive opens read-only."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from microcomm_desktop.services import backups as backup_svc
from microcomm_desktop.services.clean_close import FULL_CHECK_EVERY_S, full_check_due, record_full_check
from microcomm_desktop.services.context import AppContext, open_context
from microcomm_desktop.services.workspaces import create_workspace, list_workspaces
from microcomm_desktop.store.backup import STALE_PARTIAL_S, backup_database, list_backups
from microcomm_desktop.store.db import DatabaseBusy, DatabaseDamaged, session_scope
from microcomm_desktop.store.migrate import DatabaseUnrecognised

REPO = Path(__file__).resolve().parents[2]


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("MICROCOMM_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "microcomm_desktop", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(ctx: AppContext) -> list[str]:
    return [w.name for w in list_workspaces(ctx.engine)]


def test_a_backup_from_a_newer_version_is_refused_and_nothing_changes(app_ctx: AppContext, tmp_path: Path) -> None:
    create_workspace(app_ctx.engine, "Mine", timezone="UTC")
    newer = tmp_path / "newer.sqlite3"
    shutil.copy(backup_svc.backup_now(app_ctx), newer)
    con = sqlite3.connect(newer)
    con.execute("update alembic_version set version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    create_workspace(app_ctx.engine, "Added after", timezone="UTC")
    before = _names(app_ctx)
    preview = backup_svc.preview_backup(newer)
    assert not preview.ok and "newer version" in preview.message
    with pytest.raises(backup_svc.BackupRefused, match="newer version of MicroComm .*9999_from_the_future.*Nothing"):
        backup_svc.restore_backup(app_ctx, newer)
    assert _names(app_ctx) == before
    assert not [p for p in list_backups(app_ctx.paths.backup_dir) if "pre-restore" in p.name]


def test_damaged_and_foreign_backups_are_refused(app_ctx: AppContext, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    foreign = tmp_path / "foreign.sqlite3"
    con = sqlite3.connect(foreign)
    con.execute("create table notes (x)")
    con.commit()
    con.close()
    for bad, words in ((garbage, "damaged"), (foreign, "not a MicroComm one")):
        with pytest.raises(backup_svc.BackupRefused, match=f"{words}.*Nothing was changed"):
            backup_svc.restore_backup(app_ctx, bad)
        preview = backup_svc.preview_backup(bad)
        assert not preview.ok and preview.message.startswith("Cannot be restored: ")


def test_an_older_backup_restores_and_is_reported(app_ctx: AppContext) -> None:
    create_workspace(app_ctx.engine, "Before", timezone="UTC")
    made = backup_svc.backup_now(app_ctx)
    create_workspace(app_ctx.engine, "After", timezone="UTC")
    safety = backup_svc.restore_backup(app_ctx, made)
    assert _names(app_ctx) == ["Before"] and "pre-restore" in safety.name


def test_missing_version_table_is_refused_and_the_file_is_untouched(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ctx = open_context(data)
    create_workspace(ctx.engine, "W", timezone="UTC")
    ctx.dispose()
    con = sqlite3.connect(data / "microcomm.sqlite3")
    con.execute("drop table alembic_version")
    con.commit()
    con.execute("pragma journal_mode=delete")
    con.close()
    before = _digest(data / "microcomm.sqlite3")
    with pytest.raises(DatabaseUnrecognised, match="schema version is missing.*not changed.*backup restore"):
        open_context(data)
    assert _digest(data / "microcomm.sqlite3") == before
    assert not (data / "microcomm.sqlite3-wal").exists()
    r = _cli(data, "workspace", "list")
    assert r.returncode == 3 and "schema version is missing" in r.stderr and "Traceback" not in r.stderr
    assert _digest(data / "microcomm.sqlite3") == before


def test_killed_backups_leave_nothing_behind(app_ctx: AppContext) -> None:
    bdir = app_ctx.paths.backup_dir
    bdir.mkdir(exist_ok=True)
    old = time.time() - STALE_PARTIAL_S - 60
    stale = [bdir / "microcomm-20260101T000000000000Z-manual.partial", bdir / "x.partial-journal"]
    for p in stale:
        p.write_bytes(b"\0" * 4096)
        os.utime(p, (old, old))
    running = bdir / "microcomm-20260101T000001000000Z-manual.partial"  # another process's backup, just begun
    running.write_bytes(b"\0")
    backup_database(app_ctx.paths.db_path, bdir, reason="manual")
    assert not any(p.exists() for p in stale)
    assert running.exists()


def test_a_backup_killed_by_sigkill_is_cleaned_up_later(app_ctx: AppContext) -> None:
    """A real kill: a subprocess is killed in the middle of a slow page-by-page copy into the .partial."""
    bdir = app_ctx.paths.backup_dir
    script = (
        "import sqlite3, sys, time\n"
        "from pathlib import Path\n"
        "import microcomm_desktop.store.backup as b\n"
        "real = sqlite3.connect\n"
        "class Slow:\n"
        "    def __init__(self, c): self.c = c\n"
        "    def backup(self, dst): print('copying', flush=True); time.sleep(60)\n"
        "    def close(self): self.c.close()\n"
        "slow = staticmethod(lambda p: Slow(real(p)) if 'partial' not in p else real(p))\n"
        "b.sqlite3 = type('m', (), {'connect': slow})\n"
        "b.backup_database(Path(sys.argv[1]), Path(sys.argv[2]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(app_ctx.paths.db_path), str(bdir)],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "copying"
    proc.kill()
    proc.wait(10)
    proc.stdout.close()
    left = list(bdir.glob("*.partial"))
    assert left, "the kill should leave a .partial (that is the fault)"
    later = time.time() + STALE_PARTIAL_S + 1
    from microcomm_desktop.store.backup import clean_stale_partials

    assert set(clean_stale_partials(bdir, now=later)) >= set(left)
    assert not list(bdir.glob("*.partial*"))


def test_manual_backups_rotate(app_ctx: AppContext) -> None:
    daily = backup_svc.daily_backup(app_ctx, keep=3)
    for _ in range(5):
        backup_svc.backup_now(app_ctx, keep=3)
    names = [p.name for p in list_backups(app_ctx.paths.backup_dir)]
    assert sum("-manual" in n for n in names) == 3
    assert daily is not None and daily.name in names  # other kinds are not touched


def test_cli_backup_list_and_restore(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _cli(data, "workspace", "create", "First", "--timezone", "UTC").returncode == 0
    assert _cli(data, "backup").returncode == 0
    assert _cli(data, "workspace", "create", "Second", "--timezone", "UTC").returncode == 0
    listed = _cli(data, "backup", "list")
    assert listed.returncode == 0 and "  1  microcomm-" in listed.stdout and "First: 0 posts" in listed.stdout
    ask = _cli(data, "backup", "restore", "1")
    assert ask.returncode != 0 and "--yes" in ask.stderr
    done = _cli(data, "backup", "restore", "1", "--yes")
    assert done.returncode == 0 and "Restored" in done.stdout and "pre-restore" in done.stdout
    assert _cli(data, "workspace", "list").stdout.split() == ["First", "UTC", "reach"]
    newer = tmp_path / "newer.sqlite3"
    shutil.copy(list_backups(data / "backups")[-1], newer)
    con = sqlite3.connect(newer)
    con.execute("update alembic_version set version_num = 'zz_newer'")
    con.commit()
    con.close()
    refused = _cli(data, "backup", "restore", str(newer), "--yes")
    assert refused.returncode == 1 and "newer version" in refused.stderr and "Nothing was changed" in refused.stderr


def test_damage_after_a_clean_close_is_found_before_any_write(app_ctx: AppContext, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    data = app_ctx.paths.data_dir
    db = app_ctx.paths.db_path
    record_full_check(app_ctx.paths)  # the weekly full check is not due: only the quick check runs
    app_ctx.dispose()  # clean close: the marker lets the next start skip the full check
    size = db.stat().st_size
    page = 4096
    with db.open("r+b") as fh:  # bit rot in the middle of the file, header intact
        fh.seek(page * (size // page // 2))
        fh.write(os.urandom(page * 4))
    from microcomm_desktop.services.clean_close import write_clean_marker

    write_clean_marker(app_ctx.paths)  # the damage happened while closed: the marker still matches
    before = _digest(db)
    r = _cli(data, "workspace", "create", "Written into damage?", "--timezone", "UTC")
    assert r.returncode == 3 and "damaged" in r.stderr, r.stderr
    assert _digest(db) == before


def test_the_full_check_runs_at_least_weekly(app_ctx: AppContext) -> None:
    now = time.time()
    record_full_check(app_ctx.paths, now=now)
    assert not full_check_due(app_ctx.paths, now=now + 3600)
    assert full_check_due(app_ctx.paths, now=now + FULL_CHECK_EVERY_S + 1)


def test_a_writer_waits_for_another_and_says_so_when_it_cannot(app_ctx: AppContext, workspace) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.store import db as store_db

    held = threading.Event()
    release = threading.Event()

    def hold() -> None:
        con = sqlite3.connect(app_ctx.paths.db_path)
        con.execute("BEGIN IMMEDIATE")
        held.set()
        release.wait(10)
        con.rollback()
        con.close()

    t = threading.Thread(target=hold)
    t.start()
    held.wait(5)
    try:
        with pytest.raises(DatabaseBusy, match="Another import or edit .* nothing was changed"):
            with session_scope(app_ctx.engine) as s:
                store_db._begin_immediate(s, wait_s=0.5)
    finally:
        release.set()
        t.join()
    with session_scope(app_ctx.engine, write=True) as s:  # free again: it just works
        s.connection().exec_driver_sql("select 1")


@pytest.fixture
def tiny_disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    mnt = tmp_path / "disk"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mnt)], capture_output=True).returncode:
        pytest.skip("mounting a tmpfs is not permitted here (the fault-injection tests cover the write path)")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_a_full_disk_is_called_full_and_the_data_opens_read_only(tiny_disk: Path) -> None:
    data = tiny_disk / "data"
    assert _cli(data, "workspace", "create", "W", "--timezone", "UTC").returncode == 0
    with (tiny_disk / "filler").open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
        except OSError:
            pass
    listed = _cli(data, "workspace", "list")
    assert listed.returncode == 0 and listed.stdout.startswith("W\t")
    assert "the disk is full (0 MB free)" in listed.stderr and "damaged" not in listed.stderr
    write = _cli(data, "workspace", "create", "X", "--timezone", "UTC")
    assert write.returncode != 0 and "read-only" in write.stderr and "Traceback" not in write.stderr
    gui = _cli(data, "--smoke")
    assert gui.returncode == 0, gui.stderr
    assert "Read-only: the disk is full" in gui.stderr and "smoke: ok" in gui.stdout


def test_a_read_only_drive_can_be_read(tmp_path: Path) -> None:
    data = tmp_path / "media" / "data"
    assert _cli(data, "workspace", "create", "On a stick", "--timezone", "UTC").returncode == 0
    media = tmp_path / "media"
    if subprocess.run(["mount", "--bind", str(media), str(media)], capture_output=True).returncode:
        pytest.skip("bind mounts are not permitted here")
    try:
        if subprocess.run(["mount", "-o", "remount,ro,bind", str(media)], capture_output=True).returncode:
            pytest.skip("read-only remounts are not permitted here")
        before = _digest(data / "microcomm.sqlite3")
        r = _cli(data, "workspace", "list")
        assert r.returncode == 0 and r.stdout.startswith("On a stick\t") and "Read-only" in r.stderr
        w = _cli(data, "workspace", "create", "Y", "--timezone", "UTC")
        assert w.returncode != 0 and "read-only" in w.stderr
        assert _digest(data / "microcomm.sqlite3") == before
    finally:
        subprocess.run(["umount", "-l", str(media)], capture_output=True)


def test_open_context_refuses_a_damaged_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "microcomm.sqlite3").write_bytes(b"not a database at all")
    with pytest.raises(DatabaseDamaged):
        open_context(data)
