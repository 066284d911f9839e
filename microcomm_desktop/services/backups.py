"""Back up now, the automatic daily backup, listing, previewing and restoring backups.

Backups use SQLite's online backup API (store.backup), so they are consistent even while the app is writing.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from microcomm_desktop.i18n import active_language, translate
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.safe_files import atomic_path
from microcomm_desktop.store import migrate
from microcomm_desktop.store.backup import backup_database, list_backups
from microcomm_desktop.store.db import (
    DatabaseDamaged,
    DatabaseUnavailable,
    check_integrity,
    make_engine,
    readonly_uri,
    sqlite_url,
)

MANUAL_KEEP = 20
"""Manual backups kept in the backups folder (the newest); older ones are removed when a new one is made.
Copies written elsewhere (``backup PATH``) are the user's and never rotated."""


def backup_now(ctx: AppContext, target: Path | None = None, keep: int = MANUAL_KEEP) -> Path:
    """Write a consistent copy; with ``target`` (a file or a folder) the copy goes there as well."""
    made = backup_database(ctx.paths.db_path, ctx.paths.backup_dir, reason="manual", keep=keep)
    if target is None:
        return made
    target = target.expanduser()
    if target.is_dir():
        target = target / made.name
    with atomic_path(target) as tmp:  # all or nothing, like every file the app writes
        shutil.copy2(made, tmp)
    return target


class BackupRefused(Exception):
    """The chosen backup cannot be restored; the message says why, and that nothing was changed."""


def check_backup(path: Path) -> None:
    """Refuse a backup this version cannot open, before anything is replaced: damaged, not MicroComm, written
    by a newer version, or without a schema version (raises ``BackupRefused`` with the sentence)."""
    if not path.is_file():
        raise BackupRefused(
            translate("services.backups", "{path} is not a file. Nothing was changed.").format(path=path)
        )
    try:
        check_integrity(path)
        migrate.check_schema(path)
    except migrate.DatabaseTooNew as exc:
        raise BackupRefused(
            translate(
                "services.backups",
                "The backup {name} was made by a newer version of MicroComm ({schema}); update MicroComm to restore "
                "it. Nothing was changed.",
            ).format(name=path.name, schema=str(exc).split("(")[-1].split(")")[0])
        ) from exc
    except (DatabaseDamaged, DatabaseUnavailable) as exc:
        raise BackupRefused(
            translate("services.backups", "{problem} Nothing was changed.").format(problem=exc)
        ) from exc
    except sqlite3.Error as exc:
        raise BackupRefused(
            translate("services.backups", "The backup {name} cannot be read ({reason}). Nothing was changed.").format(
                name=path.name, reason=exc
            )
        ) from exc


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
        check_backup(path)
        con = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            rows = con.execute(
                "select w.name, (select count(*) from post p where p.workspace_id = w.id), "
                "(select count(*) from interaction i where i.workspace_id = w.id) from workspace w order by w.name"
            ).fetchall()
        finally:
            con.close()
    except BackupRefused as exc:
        return BackupPreview(
            path, taken, False, translate("services.backups", "Cannot be restored: {problem}").format(problem=exc), []
        )
    except Exception as exc:  # a damaged or foreign file: describe it, never raise into the UI
        return BackupPreview(
            path, taken, False, translate("services.backups", "Cannot be restored: {problem}").format(problem=exc), []
        )
    count = len(rows)
    if active_language() == "en":  # the English code path of before, byte for byte
        summary = f"{count} workspace(s)"
    else:
        summary = translate("services.backups", "%n workspace(s)", None, count)
    return BackupPreview(path, taken, True, summary, [(str(a), int(b), int(c)) for a, b, c in rows])


def restore_backup(ctx: AppContext, backup: Path) -> Path:
    """Replace the current data with ``backup``; the current file is backed up first (returned).

    The caller must have disposed every connection (``ctx.engine.dispose()``); afterwards the database is
    migrated to the current schema, so restoring an older backup works.
    """
    check_backup(backup)  # refused before anything is touched
    if ctx.read_only:
        raise BackupRefused(
            translate("services.backups", "Cannot restore: {reason} Nothing was changed.").format(reason=ctx.read_only)
        )
    safety = backup_database(ctx.paths.db_path, ctx.paths.backup_dir, reason="pre-restore")
    ctx.engine.dispose()
    _copy_into(backup, ctx.paths.db_path)
    engine = make_engine(sqlite_url(ctx.paths.db_path))
    try:
        migrate.upgrade(engine, ctx.paths.db_path, ctx.paths.backup_dir)
        check_integrity(ctx.paths.db_path)
    except Exception as exc:
        # Put the data back exactly as it was before the restore, and say so (never "restored" when it was not).
        engine.dispose()
        _copy_into(safety, ctx.paths.db_path)
        ctx.engine = make_engine(sqlite_url(ctx.paths.db_path))
        raise BackupRefused(
            translate(
                "services.backups",
                "The backup {name} could not be brought up to this version ({reason}); your data was put back as it "
                "was before (also saved as {safety}).",
            ).format(name=backup.name, reason=exc, safety=safety.name)
        ) from exc
    ctx.engine = engine
    return safety


def _copy_into(source: Path, db_path: Path) -> None:
    src = sqlite3.connect(readonly_uri(source), uri=True)
    try:
        dst = sqlite3.connect(str(db_path))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
