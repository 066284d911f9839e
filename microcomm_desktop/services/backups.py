"""Back up now, the automatic daily backup, listing, previewing and restoring backups.

Backups use SQLite's online backup API (store.backup), so they are consistent even while the app is writing.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from microcomm_desktop.services.context import AppContext
from microcomm_desktop.store import migrate
from microcomm_desktop.store.backup import backup_database, list_backups
from microcomm_desktop.store.db import check_integrity, make_engine, readonly_uri, sqlite_url


def backup_now(ctx: AppContext, target: Path | None = None) -> Path:
    """Write a consistent copy; with ``target`` (a file or a folder) the copy goes there."""
    made = backup_database(ctx.paths.db_path, ctx.paths.backup_dir, reason="manual")
    if target is None:
        return made
    target = target.expanduser()
    if target.is_dir():
        target = target / made.name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(made, target)
    return target


def daily_backup(ctx: AppContext, keep: int, today: datetime | None = None) -> Path | None:
    """Once per UTC day, on start: a copy tagged "daily", keeping the newest ``keep`` of them."""
    now = today or datetime.now(UTC)
    stamp = now.astimezone(UTC).strftime("%Y%m%d")
    if any(
        p.name.startswith(f"microcomm-{stamp}") and p.name.endswith("-daily.sqlite3")
        for p in list_backups(ctx.paths.backup_dir)
    ):
        return None
    return backup_database(ctx.paths.db_path, ctx.paths.backup_dir, reason="daily", keep=max(1, keep), when=now)


@dataclass(frozen=True)
class BackupPreview:
    path: Path
    taken: str
    ok: bool
    message: str
    workspaces: list[tuple[str, int, int]]  # name, posts, interactions


def preview_backup(path: Path) -> BackupPreview:
    """What a backup holds, read-only, so the user picks the right one before restoring."""
    taken = datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    try:
        check_integrity(path)
        con = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            rows = con.execute(
                "select w.name, (select count(*) from post p where p.workspace_id = w.id), "
                "(select count(*) from interaction i where i.workspace_id = w.id) from workspace w order by w.name"
            ).fetchall()
        finally:
            con.close()
    except Exception as exc:  # a damaged or foreign file: describe it, never raise into the UI
        return BackupPreview(path, taken, False, f"Cannot be restored: {exc}", [])
    return BackupPreview(path, taken, True, f"{len(rows)} workspace(s)", [(str(a), int(b), int(c)) for a, b, c in rows])


def restore_backup(ctx: AppContext, backup: Path) -> Path:
    """Replace the current data with ``backup``; the current file is backed up first (returned).

    The caller must have disposed every connection (``ctx.engine.dispose()``); afterwards the database is
    migrated to the current schema, so restoring an older backup works.
    """
    check_integrity(backup)
    safety = backup_database(ctx.paths.db_path, ctx.paths.backup_dir, reason="pre-restore")
    ctx.engine.dispose()
    src = sqlite3.connect(readonly_uri(backup), uri=True)
    try:
        dst = sqlite3.connect(str(ctx.paths.db_path))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    engine = make_engine(sqlite_url(ctx.paths.db_path))
    migrate.upgrade(engine, ctx.paths.db_path, ctx.paths.backup_dir)
    ctx.engine = engine
    return safety
