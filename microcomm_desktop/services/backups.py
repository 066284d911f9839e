"""Back up now / list backups, for the File menu and ``microcomm backup``."""

from __future__ import annotations

import shutil
from pathlib import Path

from microcomm_desktop.services.context import AppContext
from microcomm_desktop.store.backup import backup_database


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
