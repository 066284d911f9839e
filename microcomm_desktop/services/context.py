"""Opening the app's data: paths, integrity check, engine, migrations — the same for GUI, CLI and tests."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError

from microcomm_desktop.i18n import translate
from microcomm_desktop.paths import AppPaths, resolve_paths
from microcomm_desktop.services.clean_close import (
    closed_cleanly,
    full_check_due,
    record_full_check,
    write_clean_marker,
)
from microcomm_desktop.store import migrate
from microcomm_desktop.store.db import ENV_DATABASE_URL as ENV_DATABASE_URL  # re-exported: the CLI reads it
from microcomm_desktop.store.db import BadDatabaseUrl as BadDatabaseUrl  # re-exported for the CLI's messages
from microcomm_desktop.store.db import (
    DatabaseDamaged,
    DatabaseUnavailable,
    DiskFull,
    PendingCheck,
    check_header,
    check_integrity,
    describe_url,
    free_mb,
    is_server,
    make_engine,
    server_url,
    sqlite_url,
    unavailable_message,
)
from microcomm_desktop.store.files import folder_writable, low_space
from microcomm_desktop.store.migrate import DatabaseTooNew

__all__ = ["AppContext", "folder_writable", "open_context", "open_read_only", "open_server_context"]


@dataclass
class AppContext:
    """Everything a use case needs to reach the data; built once per process and passed down."""

    paths: AppPaths
    engine: Engine
    migration_backup: Path | None = None
    extras: dict[str, object] = field(default_factory=dict)

    full_check_done: bool = True
    # False when another process (an open window) owns the clean-close marker: it records its own close.
    records_clean_close: bool = True
    # Why the data is open read-only (a read-only drive or folder, a full disk), or "" when writable.
    read_only: str = ""

    @property
    def on_server(self) -> bool:
        """True on a PostgreSQL team server: no data file, no file backups, other members may be writing."""
        return is_server(self.engine)

    def change_feed(self) -> object | None:
        """On a team server, the LISTEN connection that counts other members' commits (None for a local file,
        whose windows watch ``PRAGMA data_version``, or when the server refuses a second connection)."""
        if not self.on_server:
            return None
        from microcomm_desktop.store.notify import ServerChangeFeed

        try:
            return ServerChangeFeed(self.engine)
        except Exception:  # live refresh is a convenience: the app works without it
            return None

    @property
    def database_url(self) -> str | None:
        """The team server's URL (to open it again, e.g. after a restart); None for the local file."""
        return self.engine.url.render_as_string(hide_password=False) if self.on_server else None

    @property
    def database_label(self) -> str:
        """Which database is open, for the status bar and ``microcomm info`` (never the password)."""
        return describe_url(self.engine.url)

    def dispose(self) -> None:
        """Close every connection and record a clean shutdown (lets the next start skip the slow full check)."""
        self.engine.dispose()
        if self.records_clean_close:
            write_clean_marker(self.paths)


def open_context(
    data_dir: str | Path | None = None,
    paths: AppPaths | None = None,
    full_check: bool | None = None,
    verified: bool = False,
    database_url: str | None = None,
    defer_quick_check: bool = False,
) -> AppContext:
    """Open (creating if needed) the database of a data directory and migrate it to the current schema.

    The full ``PRAGMA integrity_check`` (seconds on a large file) runs when the last session did not close
    cleanly or ``full_check`` is True; otherwise a quick structural check runs and ``full_check_done`` is False
    so the GUI can run the full check in the background. ``verified`` means the caller has already read the
    clean-close marker and run the full check itself (the GUI does, behind a progress window, so a long check
    after a crash is never a silent wait). Raises ``DatabaseDamaged`` or ``DatabaseTooNew`` with a user-facing
    message; in both cases the file on disk is left exactly as it was.

    ``defer_quick_check``: when only the quick check is due, run just the instant header check now and owe the
    quick one to the first write (``store.db.PendingCheck``), so a command or window that only reads never waits
    for every page of the file to be read. A migration is a write: it gets the quick check first, as before.
    """
    paths = (paths or resolve_paths(data_dir)).ensure()
    if database_url:
        return open_server_context(paths, database_url)
    if not folder_writable(paths.data_dir):
        return open_read_only(
            paths,
            translate("services.context", "the folder {path} cannot be written (a read-only drive or folder)").format(
                path=paths.data_dir
            ),
        )
    pending: PendingCheck | None = None
    try:
        if verified:
            full = True
        else:
            clean = closed_cleanly(paths)
            full = full_check or (full_check is None and (not clean or full_check_due(paths)))
            # On a (nearly) full disk the quick check is what tells "full" from "damaged": it runs now.
            if full or not defer_quick_check or low_space(paths.db_path):
                check_integrity(paths.db_path, full=full)
            elif check_header(paths.db_path):
                db_path = paths.db_path
                pending = PendingCheck(db_path, lambda: check_integrity(db_path, full=False))
            if full:
                record_full_check(paths)
        current = migrate.check_schema(paths.db_path)  # read-only: a file we cannot handle is refused untouched
        if pending is not None and current != migrate.head_revisions(""):
            pending.run()  # the upgrade below writes: a damaged file must be refused before it
            pending = None
        engine = make_engine(sqlite_url(paths.db_path), check_before_write=pending)
        try:
            backup = migrate.upgrade(engine, paths.db_path, paths.backup_dir)
        except Exception:
            engine.dispose()
            raise
    except DiskFull:
        return open_read_only(
            paths,
            translate("services.context", "the disk is full ({free} MB free)").format(free=free_mb(paths.db_path)),
        )
    except (DatabaseDamaged, DatabaseTooNew):
        raise
    except (OSError, sqlite3.Error, DBAPIError) as exc:
        raise DatabaseUnavailable(unavailable_message(paths.db_path, exc)) from exc
    try:
        paths.db_path.chmod(0o600)
    except OSError:  # pragma: no cover
        pass
    return AppContext(paths=paths, engine=engine, migration_backup=backup, full_check_done=full)


def open_server_context(paths: AppPaths, database_url: str) -> AppContext:
    """Open a PostgreSQL team database: connect, refuse a newer schema, run the same migrations as a file.

    The data folder still holds this computer's settings and attachments; the data itself lives on the server,
    whose own backups (and the workspace file) replace the file copies SQLite gets before a migration.
    """
    url = server_url(database_url)
    engine = make_engine(url)
    try:
        backup = migrate.upgrade(engine)
    except (DatabaseTooNew, DatabaseDamaged):
        engine.dispose()
        raise
    except (OSError, DBAPIError) as exc:
        engine.dispose()
        raise DatabaseUnavailable(server_unavailable_message(url, exc)) from exc
    return AppContext(paths=paths, engine=engine, migration_backup=backup, full_check_done=True)


def server_unavailable_message(url: URL, exc: BaseException) -> str:
    orig = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    reason = orig[0] if orig else type(exc).__name__
    return translate(
        "services.context",
        "MicroComm cannot open the team database ({server}): {reason}. Check the address, the user name and "
        "password, and that the server is running; nothing was changed.",
    ).format(server=describe_url(url), reason=reason)


def open_read_only(paths: AppPaths, reason: str) -> AppContext:
    """Open the data for reading only: nothing (not even SQLite's side files) is written.

    Used when the folder or drive cannot be written, or the disk is full, so the user can still read and
    export what is there. Refuses when the file needs an upgrade or its write-ahead log holds commits not yet
    merged (reading around them would show stale figures).
    """
    db = paths.db_path
    if not db.exists():
        raise DatabaseUnavailable(
            translate("services.context", "MicroComm cannot create its data file in {path}: {reason}.").format(
                path=paths.data_dir, reason=reason
            )
        )
    wal = db.with_name(db.name + "-wal")
    pending = wal.exists() and wal.stat().st_size > 0
    if pending and not db.with_name(db.name + "-shm").exists():
        raise DatabaseUnavailable(
            translate(
                "services.context",
                "MicroComm cannot open {path}: {reason}, and the last session did not finish writing. Make the folder "
                "writable (or free some space) so MicroComm can complete it; nothing was changed.",
            ).format(path=db, reason=reason)
        )
    extra = "" if pending else "&immutable=1"
    try:
        check_integrity_read_only(db, extra)
        current = migrate.check_schema(db, extra)
    except sqlite3.Error as exc:
        raise DatabaseUnavailable(unavailable_message(db, exc)) from exc
    if current != migrate.head_revisions(""):
        raise DatabaseUnavailable(
            translate(
                "services.context",
                "{path} was written by an older version and must be upgraded before it can be opened, but {reason}. "
                "Nothing was changed.",
            ).format(path=db, reason=reason)
        )
    engine = make_engine(sqlite_url(db), readonly=True, immutable=not pending)
    message = translate(
        "services.context", "Read-only: {reason}. You can look and export; changes cannot be saved."
    ).format(reason=reason)
    return AppContext(paths=paths, engine=engine, full_check_done=True, records_clean_close=False, read_only=message)


def check_integrity_read_only(db: Path, extra: str) -> None:
    from microcomm_desktop.store.db import readonly_uri

    con = sqlite3.connect(readonly_uri(db) + extra, uri=True)
    try:
        rows = con.execute("PRAGMA quick_check").fetchall()
    finally:
        con.close()
    if [r[0] for r in rows] != ["ok"]:
        raise DatabaseDamaged(
            translate("services.context", "The data file {path} is damaged: {reason}.").format(
                path=db, reason=rows[0][0]
            )
        )
