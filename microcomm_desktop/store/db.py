"""Engine and sessions. The only module that knows the database is SQLite.

Everything else talks SQLAlchemy, so the store also runs on another URL (a team server later).
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlmodel import Session, create_engine

import microcomm_desktop.store.models  # noqa: F401  (registers every table)


def sqlite_url(path: Path) -> URL:
    """A URL object, not ``f"sqlite:///{path}"``: parsing that string cuts a path at ``?`` and decodes ``%20``."""
    return URL.create("sqlite", database=str(path))


def make_engine(url: str | URL) -> Engine:
    """Create the engine; on SQLite turn on WAL, foreign keys and a busy timeout for every connection."""
    url = make_url(url)
    is_sqlite = url.get_backend_name() == "sqlite"
    connect_args: dict[str, Any] = {"check_same_thread": False, "timeout": 15} if is_sqlite else {}
    engine = create_engine(url, connect_args=connect_args)
    if is_sqlite:

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            if url.database not in (None, "", ":memory:"):
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

    return engine


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: commit on success, roll back everything on any exception (nothing half-written)."""
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


class DatabaseDamaged(Exception):
    """The file is not a usable database; the message is shown to the user as is."""


class DatabaseUnavailable(Exception):
    """The file could not be opened or written (permissions, a full disk, a folder in its place); the message
    is shown to the user as is. Unlike DatabaseDamaged, the data itself may be fine."""


def readonly_uri(path: Path) -> str:
    """A read-only SQLite URI that survives any file name: ``file:{path}`` would cut the path at ``#`` or ``?``
    and silently open (and create) a different, empty database."""
    return path.resolve().as_uri() + "?mode=ro"


def unavailable_message(path: Path, exc: BaseException) -> str:
    """One sentence for a file that cannot be opened, whatever layer raised (OS, sqlite3, SQLAlchemy)."""
    from microcomm_desktop.paths import os_reason

    orig = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error
    reason = os_reason(orig) if isinstance(orig, OSError) else str(orig)
    in_the_way = isinstance(orig, OSError) and orig.errno in (errno.EISDIR, errno.ENOTDIR, errno.EEXIST)
    hint = "" if in_the_way else " Check the folder's permissions and free disk space."
    return f"MicroComm cannot open its data file {path}: {reason}. Nothing was changed.{hint}"


def check_integrity(path: Path, full: bool = True) -> None:
    """Refuse a damaged file before anything writes to it (we never overwrite a damaged database).

    ``full=False`` checks the header and that the schema can be read — milliseconds instead of seconds on a
    large file; it is used when the file was closed cleanly last time (see services.context), with the full
    ``PRAGMA integrity_check`` then run in the background by the GUI.
    """
    if not path.exists():
        return
    if path.stat().st_size == 0:
        raise DatabaseDamaged(f"The data file {path} is empty (0 bytes).")
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseDamaged(f"The data file {path} is not a MicroComm database (it is not SQLite).")
    try:
        con = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            if full:
                rows = con.execute("PRAGMA integrity_check").fetchall()
            else:
                con.execute("SELECT count(*) FROM sqlite_master").fetchone()
                rows = [("ok",)]
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        # Cannot open / locked / read-only: about the file's surroundings, not its content. Calling that
        # "damaged" would send the user to restore a backup over data that may be fine.
        if any(m in str(exc).lower() for m in ("unable to open", "locked", "readonly", "read-only", "busy")):
            raise DatabaseUnavailable(unavailable_message(path, exc)) from exc
        raise DatabaseDamaged(f"The data file {path} is damaged: {exc}.") from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(f"The data file {path} is damaged: {exc}.") from exc
    if [r[0] for r in rows] != ["ok"]:
        detail = "; ".join(str(r[0]) for r in rows[:3])
        raise DatabaseDamaged(f"The data file {path} is damaged: {detail}.")
