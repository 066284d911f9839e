"""Issue 20: the quick integrity check is owed by the first write, not paid by every read (store.db.PendingCheck)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from microcomm_desktop.services import context
from microcomm_desktop.services.context import open_context
from microcomm_desktop.services.workspaces import create_workspace, list_workspaces, rename_workspace
from microcomm_desktop.store.db import DatabaseDamaged, ensure_checked, pending_check

pytestmark = pytest.mark.sqlite_only("the integrity check of the SQLite file")


def _closed_cleanly_with(data_dir: Path, names: list[str]) -> None:
    ctx = open_context(data_dir)
    for name in names:
        create_workspace(ctx.engine, name)
    ctx.dispose()


def _count_checks(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    checks: list[bool] = []
    real = context.check_integrity

    def counting(path: Path, full: bool = True) -> None:
        checks.append(full)
        real(path, full=full)

    monkeypatch.setattr(context, "check_integrity", counting)
    return checks


def test_reads_skip_the_quick_check_and_the_first_write_runs_it_once(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _closed_cleanly_with(data_dir, ["A"])
    checks = _count_checks(monkeypatch)
    ctx = open_context(data_dir, defer_quick_check=True)
    try:
        assert [w.name for w in list_workspaces(ctx.engine)] == ["A"]
        assert checks == []  # a read: nothing checked, nothing owed paid
        assert pending_check(ctx.engine) is not None
        create_workspace(ctx.engine, "B")
        assert checks == [False]  # the quick check, before the first write
        c = create_workspace(ctx.engine, "C")
        assert c.id is not None
        rename_workspace(ctx.engine, c.id, "D")
        assert checks == [False]  # once per process
        assert pending_check(ctx.engine) is None
    finally:
        ctx.dispose()


def test_without_deferral_the_open_runs_the_quick_check(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _closed_cleanly_with(data_dir, ["A"])
    checks = _count_checks(monkeypatch)
    ctx = open_context(data_dir)
    assert checks == [False]
    assert pending_check(ctx.engine) is None
    ctx.dispose()


def test_after_a_crash_the_full_check_still_runs_at_open(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _closed_cleanly_with(data_dir, ["A"])
    open_context(data_dir, defer_quick_check=True).engine.dispose()  # not disposed: no clean-close marker
    checks = _count_checks(monkeypatch)
    ctx = open_context(data_dir, defer_quick_check=True)
    assert checks == [True]
    assert pending_check(ctx.engine) is None
    ctx.dispose()


def _damage_workspace_page(db: Path) -> None:
    """Break the workspace table's page header (its cell count) but leave the file header and schema readable."""
    con = sqlite3.connect(db)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'workspace'").fetchone()[0]
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(db.read_bytes())
    off = (root - 1) * page
    data[off + 3 : off + 5] = b"\xff\xff"
    db.write_bytes(bytes(data))


def test_damage_found_by_the_owed_check_refuses_every_write(data_dir: Path) -> None:
    from microcomm_desktop.paths import resolve_paths
    from microcomm_desktop.services.clean_close import write_clean_marker

    _closed_cleanly_with(data_dir, ["A", "B"])
    db = data_dir / "microcomm.sqlite3"
    _damage_workspace_page(db)
    write_clean_marker(resolve_paths(data_dir))  # the damage happened while the file was closed
    before = db.read_bytes()
    ctx = open_context(data_dir, defer_quick_check=True)  # opens: only the header was read
    try:
        with pytest.raises(DatabaseDamaged, match="damaged"):
            create_workspace(ctx.engine, "C")
        with pytest.raises(DatabaseDamaged, match="damaged"):  # and stays refused
            ensure_checked(ctx.engine)
        with ctx.engine.connect() as conn:  # a raw driver write is refused by SQLite's authorizer too
            raw = conn.connection.driver_connection
            assert raw is not None
            with pytest.raises(sqlite3.DatabaseError):
                raw.execute("UPDATE setting SET value = value")
    finally:
        ctx.engine.dispose()
    assert db.read_bytes() == before


def test_a_migration_runs_the_quick_check_before_writing(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from microcomm_desktop.store import migrate

    _closed_cleanly_with(data_dir, ["A"])
    checks = _count_checks(monkeypatch)
    monkeypatch.setattr(migrate, "head_revisions", lambda url: {"a_newer_head"})
    monkeypatch.setattr(migrate, "_run_upgrade", lambda engine, url: None)
    ctx = open_context(data_dir, defer_quick_check=True)
    assert checks == [False]
    assert pending_check(ctx.engine) is None
    ctx.dispose()
