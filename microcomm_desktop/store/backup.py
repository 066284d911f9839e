"""Consistent copies of the database file with SQLite's online backup API (safe while the app has it open)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def backup_database(
    db_path: Path, backup_dir: Path, reason: str = "manual", keep: int | None = None, when: datetime | None = None
) -> Path:
    """Copy ``db_path`` into ``backup_dir`` and return the new file; prune to ``keep`` files of that reason.

    The UTC time stamp in the name sorts chronologically, which rotation and "newest backup" rely on.
    """
    backup_dir.mkdir(parents=True, exist_ok=True)
    clean_stale_partials(backup_dir)
    stamp = (when or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"microcomm-{stamp}-{reason}.sqlite3"
    partial = target.with_suffix(".partial")  # renamed only when complete: a killed backup never looks valid
    try:
        src = sqlite3.connect(str(db_path))
        try:
            dst = sqlite3.connect(str(partial))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(target)
    except BaseException:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    try:
        target.chmod(0o600)
    except OSError:  # pragma: no cover
        pass
    if keep is not None:
        old = sorted(backup_dir.glob(f"microcomm-*-{reason}.sqlite3"))
        for stale in old[:-keep] if keep > 0 else old:
            stale.unlink(missing_ok=True)
    return target


def list_backups(backup_dir: Path) -> list[Path]:
    """Backups, newest first."""
    if not backup_dir.exists():
        return []
    return sorted(backup_dir.glob("microcomm-*.sqlite3"), reverse=True)


STALE_PARTIAL_S = 15 * 60
"""A ``.partial`` older than this belongs to a backup that was killed (a backup takes seconds): it is removed.
Younger ones may belong to a backup running in another process right now, so they are left alone."""


def clean_stale_partials(backup_dir: Path, now: float | None = None) -> list[Path]:
    """Remove what killed backups left behind (``.partial`` files and their SQLite journals); return them."""
    import time

    now = time.time() if now is None else now
    removed: list[Path] = []
    if not backup_dir.exists():
        return removed
    for p in list(backup_dir.glob("*.partial")) + list(backup_dir.glob("*.partial-journal")):
        try:
            if now - p.stat().st_mtime > STALE_PARTIAL_S:
                p.unlink()
                removed.append(p)
        except OSError:
            continue
    return removed
