"""Bring a database file to the current schema: back up first, refuse a newer file, then upgrade.

Alembic runs from the migrations folder shipped inside the package (also inside a frozen bundle).
"""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from microcomm_desktop.store.backup import backup_database


class DatabaseTooNew(Exception):
    """The file was written by a newer version of the app; opening it could lose data."""


def migrations_dir() -> Path:
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        frozen = Path(meipass) / "microcomm_desktop" / "store" / "migrations"
        if frozen.exists():
            return frozen
    return Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revisions(url: str) -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config(url)).get_heads())


def known_revisions(url: str) -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config(url)).walk_revisions()}


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def upgrade(engine: Engine, db_path: Path | None = None, backup_dir: Path | None = None) -> Path | None:
    """Upgrade to head; return the backup made before migrating an existing file (None if not needed)."""
    url = engine.url.render_as_string(hide_password=False)
    current = current_revisions(engine)
    unknown = current - known_revisions(url)
    if unknown:
        raise DatabaseTooNew(
            "This data file was written by a newer version of MicroComm "
            f"(schema {', '.join(sorted(unknown))}). Update the app to open it; the file was not changed."
        )
    if current == head_revisions(url):
        return None
    backup: Path | None = None
    if current and db_path is not None and backup_dir is not None and db_path.exists():
        backup = backup_database(db_path, backup_dir, reason="pre-migration")
    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    return backup
