"""Bring a database file to the current schema: back up first, refuse a newer file, then upgrade.

Alembic runs from the migrations folder shipped inside the package (also inside a frozen bundle).
"""

from __future__ import annotations

import ast
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, Engine

from microcomm_desktop.store.backup import backup_database

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic itself is imported only when a migration actually runs: reading the revision graph from the
# migration files directly keeps it (~0.2 s of imports) out of every normal start.


class DatabaseTooNew(Exception):
    """The file was written by a newer version of the app; opening it could lose data."""


def migrations_dir() -> Path:
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        frozen = Path(meipass) / "microcomm_desktop" / "store" / "migrations"
        if frozen.exists():
            return frozen
    return Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str | URL) -> Config:
    from alembic.config import Config

    if not isinstance(url, str):
        url = url.render_as_string(hide_password=False)  # nominal only: upgrades run on a passed-in connection
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


@cache
def revision_graph(folder: Path | None = None) -> dict[str, tuple[str, ...]]:
    """revision -> its down revisions, read from the migration files' ``revision``/``down_revision``."""
    graph: dict[str, tuple[str, ...]] = {}
    for f in sorted((folder or migrations_dir()).joinpath("versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(f.read_text(encoding="utf-8")).body:
            target = value = None
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                target, value = node.target, node.value
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision") and value is not None:
                values[target.id] = ast.literal_eval(value)
        rev = values.get("revision")
        if not isinstance(rev, str):
            continue
        down = values.get("down_revision")
        graph[rev] = (down,) if isinstance(down, str) else tuple(down) if isinstance(down, (tuple, list)) else ()
    return graph


def head_revisions(url: str | URL = "") -> set[str]:
    graph = revision_graph()
    referenced = {d for downs in graph.values() for d in downs}
    return set(graph) - referenced


def known_revisions(url: str | URL = "") -> set[str]:
    return set(revision_graph())


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return set()
        return {str(r[0]) for r in conn.execute(text("SELECT version_num FROM alembic_version"))}


def _run_upgrade(engine: Engine, url: str) -> None:
    from alembic import command

    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")


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
    _run_upgrade(engine, url)
    return backup
