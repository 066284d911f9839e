"""Bring a database file to the current schema: back up first, refuse a newer file, then upgrade.

Alembic runs from the migrations folder shipped inside the package (also inside a frozen bundle).
"""

from __future__ import annotations

import ast
import re
import sqlite3
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from microcomm_desktop.i18n import translate
from microcomm_desktop.store.backup import backup_database
from microcomm_desktop.store.files import DatabaseDamaged, readonly_uri

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import URL, Engine

# SQLAlchemy is imported inside the functions that take an engine: the schema-version check (sqlite3 and the
# migration files only) also serves the commands that read the file without the ORM.

# Alembic itself is imported only when a migration actually runs: reading the revision graph from the
# migration files directly keeps it (~0.2 s of imports) out of every normal start.


class DatabaseTooNew(Exception):
    """The file was written by a newer version of the app; opening it could lose data."""


class DatabaseUnrecognised(DatabaseDamaged):
    """The file has tables but no (or an empty) schema version: no one can tell which version wrote it."""


def too_new_message(unknown: set[str], what: str | None = None) -> str:
    return translate(
        "store.migrate",
        "{what} was written by a newer version of MicroComm (schema {schema}). Update the app to open it; the "
        "file was not changed.",
    ).format(what=what or translate("store.migrate", "This data file"), schema=", ".join(sorted(unknown)))


def check_schema(path: Path, uri_extra: str = "") -> set[str]:
    """Read the schema version without opening the file for writing; return it (empty for a new file).

    Runs before any engine touches the file (an engine switches it to WAL, which already writes to it), so a
    file this version cannot handle is refused while it is still exactly as it was: a newer schema, or
    tables without a version table (a foreign database, or one whose ``alembic_version`` was dropped —
    upgrading it "from scratch" would fail half-way on tables that already exist).
    """
    if not path.exists() or path.stat().st_size == 0:
        return set()
    con = sqlite3.connect(readonly_uri(path) + uri_extra, uri=True)
    try:
        tables = {str(r[0]) for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revs = (
            {str(r[0]) for r in con.execute("SELECT version_num FROM alembic_version")}
            if "alembic_version" in tables
            else set()
        )
    finally:
        con.close()
    user_tables = {t for t in tables if not t.startswith("sqlite_") and t != "alembic_version"}
    if not revs and user_tables:
        if "workspace" not in user_tables:
            raise DatabaseUnrecognised(
                translate(
                    "store.migrate",
                    "{path} is an SQLite database but not a MicroComm one (it has none of MicroComm's tables). It was "
                    "not changed; point --data-dir at another folder.",
                ).format(path=path)
            )
        raise DatabaseUnrecognised(
            translate(
                "store.migrate",
                "{path} holds MicroComm data but its schema version is missing (the alembic_version table is gone), "
                "so MicroComm cannot tell which version wrote it and will not guess. The file was not changed. "
                "Restore a backup (File › Restore from backup…, or: microcomm backup restore), or start with another "
                "--data-dir.",
            ).format(path=path)
        )
    unknown = revs - known_revisions("")
    if unknown:
        raise DatabaseTooNew(too_new_message(unknown))
    return revs


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
        source = f.read_text(encoding="utf-8")
        values = _header_values(source)  # one-line assignments: no parse of the whole file (~15 ms each)
        if values is None:
            values = _parsed_values(source)
        rev = values.get("revision")
        if not isinstance(rev, str):
            continue
        down = values.get("down_revision")
        graph[rev] = (down,) if isinstance(down, str) else tuple(down) if isinstance(down, (tuple, list)) else ()
    return graph


_HEADER_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*(?:#.*)?$", re.MULTILINE)


def _header_values(source: str) -> dict[str, object] | None:
    """``revision``/``down_revision`` from top-level one-line assignments, or None when either is missing or not
    a one-line literal (a merge revision's tuple written over several lines): the full parse handles those."""
    values: dict[str, object] = {}
    for m in _HEADER_LINE.finditer(source):
        try:
            values.setdefault(m.group(1), ast.literal_eval(m.group(2)))
        except (ValueError, SyntaxError):
            return None
    return values if {"revision", "down_revision"} <= values.keys() else None


def _parsed_values(source: str) -> dict[str, object]:
    values: dict[str, object] = {}
    for node in ast.parse(source).body:
        target = value = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        if isinstance(target, ast.Name) and target.id in ("revision", "down_revision") and value is not None:
            values[target.id] = ast.literal_eval(value)
    return values


def head_revisions(url: str | URL = "") -> set[str]:
    graph = revision_graph()
    referenced = {d for downs in graph.values() for d in downs}
    return set(graph) - referenced


def known_revisions(url: str | URL = "") -> set[str]:
    return set(revision_graph())


def current_revisions(engine: Engine) -> set[str]:
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return set()
        return {str(r[0]) for r in conn.execute(text("SELECT version_num FROM alembic_version"))}


def _run_upgrade(engine: Engine, url: str) -> None:
    from alembic import command

    cfg = alembic_config(url)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Two members starting a new version at once: the second waits, then finds the schema at head.
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({0x4D434D47})")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")


def upgrade(engine: Engine, db_path: Path | None = None, backup_dir: Path | None = None) -> Path | None:
    """Upgrade to head; return the backup made before migrating an existing file (None if not needed)."""
    from sqlalchemy import inspect

    url = engine.url.render_as_string(hide_password=False)
    current = current_revisions(engine)
    unknown = current - known_revisions(url)
    if unknown:
        raise DatabaseTooNew(too_new_message(unknown))
    if not current and inspect(engine).get_table_names():
        raise DatabaseUnrecognised(
            translate("store.migrate", "{path} has tables but no schema version; it was not changed.").format(
                path=db_path or translate("store.migrate", "The data file")
            )
        )
    if current == head_revisions(url):
        return None
    backup: Path | None = None
    if current and db_path is not None and backup_dir is not None and db_path.exists():
        backup = backup_database(db_path, backup_dir, reason="pre-migration")
    _run_upgrade(engine, url)
    return backup
