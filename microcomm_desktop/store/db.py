"""Engine and sessions. The only module that knows which engine (SQLite file or PostgreSQL team server) is open.

Everything else talks SQLAlchemy, so the same services run on a local file and on a shared server.
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.sql.dml import Insert, Update
from sqlalchemy.sql.elements import BindParameter
from sqlmodel import Session, SQLModel, create_engine

import microcomm_desktop.store.models  # noqa: F401  (registers every table)
from microcomm_desktop.domain.limits import count_out_of_range, money_out_of_range
from microcomm_desktop.i18n import translate
from microcomm_desktop.store.files import (  # noqa: F401  (re-exported: the names every caller imports from here)
    ENV_DATABASE_URL,
    DatabaseDamaged,
    DatabaseUnavailable,
    DiskFull,
    check_header,
    check_integrity,
    disk_full_message,
    disk_full_open_message,
    free_mb,
    is_disk_full,
    readonly_uri,
    unavailable_message,
)
from microcomm_desktop.store.types import DecimalText

WRITE_WAIT_S = 120.0
"""How long a writer waits for another process's write (an import in another window or command) to finish."""


def sqlite_url(path: Path) -> URL:
    """A URL object, not ``f"sqlite:///{path}"``: parsing that string cuts a path at ``?`` and decodes ``%20``."""
    return URL.create("sqlite", database=str(path))


class BadDatabaseUrl(ValueError):
    """A --database / MICROCOMM_DATABASE_URL value MicroComm cannot use; the message is for the user."""


def server_url(url: str | URL) -> URL:
    """A team-server URL with the driver MicroComm ships (psycopg 3), whatever spelling the user typed.

    ``postgres://`` (what hosting providers print) and ``postgresql://`` both mean psycopg here; anything that is
    not PostgreSQL is refused with a sentence (a local file is chosen with --data-dir, not a URL).
    """
    if isinstance(url, str) and url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    try:
        parsed = make_url(url)
    except Exception as exc:  # any parse problem becomes the same sentence
        raise BadDatabaseUrl(
            translate(
                "store.db", "'{url}' is not a database URL; write it like postgresql://user@host/database."
            ).format(url=url)
        ) from exc
    if parsed.get_backend_name() != "postgresql":
        raise BadDatabaseUrl(
            translate(
                "store.db",
                "MicroComm's team server is PostgreSQL; '{backend}' URLs are not supported (a local SQLite file is "
                "chosen with --data-dir).",
            ).format(backend=parsed.get_backend_name())
        )
    if not parsed.database:
        raise BadDatabaseUrl(
            translate("store.db", "The database URL names no database; add it after the host: postgresql://host/NAME.")
        )
    return parsed.set(drivername="postgresql+psycopg")


def describe_url(url: URL) -> str:
    """What the status bar shows: engine, host and database, never the password."""
    if url.get_backend_name() == "sqlite":
        return translate("store.db", "SQLite file {path}").format(path=url.database)
    host = url.host or str(url.query.get("host") or translate("store.db", "local socket"))
    port = url.port or url.query.get("port")
    user = f"{url.username}@" if url.username else ""
    return f"PostgreSQL {user}{host}{f':{port}' if port else ''}/{url.database}"


def is_server(engine: Engine) -> bool:
    return engine.url.get_backend_name() == "postgresql"


def make_engine(
    url: str | URL, readonly: bool = False, immutable: bool = False, check_before_write: PendingCheck | None = None
) -> Engine:
    """Create the engine; on SQLite turn on WAL, ``synchronous=FULL``, foreign keys and a busy timeout.

    ``synchronous=FULL`` (not NORMAL): in WAL mode NORMAL may lose the last confirmed commits on a power cut;
    FULL syncs the WAL on every commit, so an edit the app said was saved stays saved. ``readonly`` opens the
    file with ``mode=ro`` (a read-only folder or medium: the data can still be read, nothing is written);
    ``immutable`` also skips the shared-memory file SQLite would have to create (impossible on a full disk or a
    read-only drive) — only safe when no write-ahead log holds unmerged commits (see services.context).
    ``check_before_write``: the quick integrity check this process still owes the file; it runs (once) before
    the first statement that would write, whichever path issues it (ORM, Core, raw driver cursor).
    """
    url = make_url(url)
    is_sqlite = url.get_backend_name() == "sqlite"
    connect_args: dict[str, Any] = {"check_same_thread": False, "timeout": 15} if is_sqlite else {}
    if is_sqlite and readonly and url.database:
        uri = readonly_uri(Path(url.database)) + ("&immutable=1" if immutable else "")
        engine = create_engine(url, creator=lambda: sqlite3.connect(uri, uri=True, **connect_args))
    elif is_sqlite:
        engine = create_engine(url, connect_args=connect_args)
    else:
        url = server_url(url)
        # pre-ping: a team server restarted over lunch must not greet the next click with a dead connection.
        engine = create_engine(
            url,
            pool_pre_ping=True,
            connect_args={"application_name": "microcomm", "connect_timeout": 10},
        )
    guard_values(engine)
    if not is_sqlite:
        from microcomm_desktop.store.notify import track_own_backends

        _follow_explicit_ids(engine)
        track_own_backends(engine)
    if is_sqlite:

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            if url.database not in (None, "", ":memory:") and not readonly:
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.close()
            if check_before_write is not None and not check_before_write.passed:
                dbapi_conn.set_authorizer(check_before_write.authorizer)

    if check_before_write is not None:
        _PENDING[engine] = check_before_write

        @event.listens_for(engine, "handle_error")
        def _damaged(ctx: Any) -> None:
            # The authorizer refused a write because the check found damage: say that, not "not authorized".
            if check_before_write.error is not None:
                raise check_before_write.error from ctx.original_exception

    return engine


def _follow_explicit_ids(engine: Engine) -> None:
    """On PostgreSQL, an ORM or Core insert that gave its rows' ids (undo, redo, imports) moves the table's id
    sequence past them, so the next ordinary insert never collides with a restored id."""
    from microcomm_desktop.store.sqlfuncs import sync_id_sequence

    @event.listens_for(engine, "after_execute")
    def _after(conn: Connection, clause: object, multiparams: Any, params: Any, _opts: Any, _result: Any) -> None:
        if not isinstance(clause, Insert) or "id" not in clause.table.c:
            return
        table = clause.table
        if not getattr(table.c.id, "autoincrement", False) or not table.c.id.primary_key:
            return
        given = any(getattr(col, "key", None) == "id" for col in (getattr(clause, "_values", None) or {}))
        rows = multiparams if isinstance(multiparams, (list, tuple)) else [multiparams]
        given = given or any(isinstance(r, Mapping) and r.get("id") is not None for r in rows)
        given = given or (isinstance(params, Mapping) and params.get("id") is not None)
        if given:
            sync_id_sequence(conn, str(getattr(table, "name", "")))


# ----- the quick check a read-only use never needs: run once, before the first write -------------------------

_WRITE_ACTIONS = frozenset(
    {
        sqlite3.SQLITE_INSERT,
        sqlite3.SQLITE_UPDATE,
        sqlite3.SQLITE_DELETE,
        sqlite3.SQLITE_CREATE_TABLE,
        sqlite3.SQLITE_CREATE_INDEX,
        sqlite3.SQLITE_CREATE_TRIGGER,
        sqlite3.SQLITE_CREATE_VIEW,
        sqlite3.SQLITE_DROP_TABLE,
        sqlite3.SQLITE_DROP_INDEX,
        sqlite3.SQLITE_DROP_TRIGGER,
        sqlite3.SQLITE_DROP_VIEW,
        sqlite3.SQLITE_ALTER_TABLE,
        sqlite3.SQLITE_REINDEX,
        sqlite3.SQLITE_ANALYZE,
    }
)


class PendingCheck:
    """``PRAGMA quick_check`` owed before the first write of this process.

    Reading every page of a 174 MB file takes about a second; a command or window that only reads never needs
    it (a read repairs nothing, and SQLite itself refuses a malformed page it meets), but nothing may be written
    to a damaged file. So the check is not run at open: it runs in the background (the window) or, at the
    latest, synchronously before the first writing statement (SQLite's authorizer sees every statement as it
    is prepared, so no write path can slip past it). Once it found damage, every later write is refused too.
    """

    def __init__(self, path: Path, check: Callable[[], None] | None = None) -> None:
        self.path = path
        self._check = check or (lambda: check_integrity(path, full=False))
        self.passed = False
        self.error: Exception | None = None
        self._lock = threading.Lock()

    def run(self) -> None:
        """Run the check unless it already ran (from any thread; a second caller waits for the first)."""
        if self.passed:
            return
        with self._lock:
            if self.error is not None:
                raise self.error
            if self.passed:
                return
            try:
                self._check()
            except (DatabaseDamaged, DatabaseUnavailable) as exc:
                # Unavailable (locked just now) is not remembered: the next write tries again.
                if isinstance(exc, DatabaseDamaged):
                    self.error = exc
                raise
            self.passed = True

    def authorizer(self, action: int, _arg1: str | None, _arg2: str | None, db: str | None, _src: str | None) -> int:
        if self.passed or action not in _WRITE_ACTIONS or db == "temp":
            return sqlite3.SQLITE_OK
        try:
            self.run()
        except Exception:  # noqa: BLE001 - reported through handle_error / the caller's own ensure call
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK


_PENDING: weakref.WeakKeyDictionary[Engine, PendingCheck] = weakref.WeakKeyDictionary()


def ensure_checked(engine: Engine) -> None:
    """Run the check the engine still owes before writing (a no-op when none is owed or it already passed).

    Write paths that begin with ``BEGIN IMMEDIATE`` call it first, so the second-long check never runs while
    this process holds the write lock."""
    pending = _PENDING.get(engine)
    if pending is not None:
        pending.run()


def pending_check(engine: Engine) -> PendingCheck | None:
    """The check still owed by ``engine`` (for the window's background run), or None."""
    pending = _PENDING.get(engine)
    return pending if pending is not None and not pending.passed else None


class DatabaseBusy(Exception):
    """Another process kept the database locked for longer than a writer waits; the message is for the user."""


@contextmanager
def session_scope(engine: Engine, write: bool = False) -> Iterator[Session]:
    """One transaction: commit on success, roll back everything on any exception (nothing half-written).

    ``write=True`` takes SQLite's write lock at the start (``BEGIN IMMEDIATE``) for a transaction that reads
    and then writes what it read (an import assigns ids and skips duplicates from what it read): a second
    writer then waits until the first has committed and sees its rows, instead of failing on the same ids.
    """
    if write:
        ensure_checked(engine)
    session = Session(engine, expire_on_commit=False)
    try:
        if write and engine.url.get_backend_name() == "sqlite":
            _begin_immediate(session)
        elif write:
            _server_write_lock(session)
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def _begin_immediate(session: Session, wait_s: float = WRITE_WAIT_S) -> None:
    conn = session.connection()
    # SQLite waits for the lock itself (busy timeout); a writer may wait longer than a reader's 15 s.
    conn.exec_driver_sql(f"PRAGMA busy_timeout = {int(wait_s * 1000)}")
    try:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    except OperationalError as exc:
        if _is_locked(exc):
            raise DatabaseBusy(
                translate(
                    "store.db",
                    "Another import or edit has been writing to this data for over {seconds} s; nothing was changed. "
                    "Try again when it has finished.",
                ).format(seconds=f"{wait_s:g}")
            ) from exc
        raise
    finally:
        conn.exec_driver_sql("PRAGMA busy_timeout = 15000")


WRITE_LOCK_KEY = 0x4D43_5752  # "MCWR": one advisory lock per database for read-then-write transactions


def _server_write_lock(session: Session, wait_s: float = WRITE_WAIT_S) -> None:
    """PostgreSQL's ``BEGIN IMMEDIATE``: a transaction-scoped advisory lock, so two members' imports run one
    after the other (the second sees the first's rows and skips them as duplicates) instead of both inserting
    the same rows. Plain edits do not take it; optimistic locking guards those."""
    conn = session.connection()
    conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(wait_s * 1000)}ms'")
    try:
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
    except OperationalError as exc:
        if "lock timeout" in str(getattr(exc, "orig", exc)).lower():
            raise DatabaseBusy(
                translate(
                    "store.db",
                    "Another member's import or edit has been writing to this workspace for over {seconds} s; nothing "
                    "was changed. Try again when it has finished.",
                ).format(seconds=f"{wait_s:g}")
            ) from exc
        raise
    conn.exec_driver_sql("SET LOCAL lock_timeout = 0")


def _is_locked(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "locked" in text or "busy" in text


# ----- the last guard before the store: no count or amount outside domain.limits is ever written ---------------


class ValueOutOfRange(ValueError):
    """A count or amount outside ``domain.limits``; the message names the field and the allowed range."""


def guarded_columns() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Per table: the integer value columns (not keys) and the money columns."""
    counts: dict[str, set[str]] = {}
    money: dict[str, set[str]] = {}
    for table in SQLModel.metadata.tables.values():
        for col in table.columns:
            if isinstance(col.type, DecimalText):
                money.setdefault(table.name, set()).add(col.name)
            elif isinstance(col.type, Integer) and not col.primary_key and not col.foreign_keys:
                counts.setdefault(table.name, set()).add(col.name)
    return counts, money


def _field_label(column: str) -> str:
    return column.replace("_", " ").capitalize()


def check_value(table: str, column: str, value: object) -> None:
    """Raise ``ValueOutOfRange`` when ``value`` cannot be stored in ``table.column``."""
    counts, money = _GUARDED
    problem: str | None = None
    if isinstance(value, bool) or value is None:
        return
    if column in counts.get(table, ()) and isinstance(value, int):
        problem = count_out_of_range(value, _field_label(column))
    elif column in money.get(table, ()) and isinstance(value, (Decimal, int, float)):
        problem = money_out_of_range(Decimal(str(value)), _field_label(column))
    if problem:
        raise ValueOutOfRange(translate("store.db", "Not saved: {problem}").format(problem=problem))


def _check_statement(clause: object, multiparams: Any, params: Mapping[str, Any] | None) -> None:
    if not isinstance(clause, (Insert, Update)):
        return
    table = getattr(clause.table, "name", None)
    counts, money = _GUARDED
    if table not in counts and table not in money:
        return
    by_key: dict[str, str] = {}
    for col, val in (getattr(clause, "_values", None) or {}).items():
        name = getattr(col, "key", None) or str(col)
        if isinstance(val, BindParameter):
            if val.value is not None and not val.callable:
                check_value(table, name, val.value)
            by_key[val.key] = name
    batches: list[Mapping[str, Any]] = []
    if isinstance(multiparams, (list, tuple)):
        for item in multiparams:
            if isinstance(item, Mapping):
                batches.append(item)
            elif isinstance(item, (list, tuple)):
                batches.extend(x for x in item if isinstance(x, Mapping))
    elif isinstance(multiparams, Mapping):
        batches.append(multiparams)
    if params:
        batches.append(params)
    for row in batches:
        for key, value in row.items():
            check_value(table, by_key.get(key, key), value)


def guard_values(engine: Engine) -> None:
    """Every INSERT/UPDATE through SQLAlchemy (ORM flushes, bulk inserts, Core updates) is checked against
    ``domain.limits`` before it reaches the database, whichever service or import wrote it: a count that would
    overflow a sum later is refused now, with a sentence, instead of crashing a tab next week."""

    @event.listens_for(engine, "before_execute")
    def _before(conn: Connection, clause: object, multiparams: Any, params: Any, _opts: Any) -> None:
        _check_statement(clause, multiparams, params)


_GUARDED = guarded_columns()
