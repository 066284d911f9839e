"""Opening the app's data: paths, integrity check, engine, migrations — the same for GUI, CLI and tests."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from microcomm_desktop.paths import AppPaths, resolve_paths
from microcomm_desktop.services.clean_close import closed_cleanly, write_clean_marker
from microcomm_desktop.store import migrate
from microcomm_desktop.store.db import (
    DatabaseDamaged,
    DatabaseUnavailable,
    check_integrity,
    make_engine,
    sqlite_url,
    unavailable_message,
)
from microcomm_desktop.store.migrate import DatabaseTooNew


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
) -> AppContext:
    """Open (creating if needed) the database of a data directory and migrate it to the current schema.

    The full ``PRAGMA integrity_check`` (seconds on a large file) runs when the last session did not close
    cleanly or ``full_check`` is True; otherwise a quick structural check runs and ``full_check_done`` is False
    so the GUI can run the full check in the background. ``verified`` means the caller has already read the
    clean-close marker and run the full check itself (the GUI does, behind a progress window, so a long check
    after a crash is never a silent wait). Raises ``DatabaseDamaged`` or ``DatabaseTooNew`` with a user-facing
    message; in both cases the file on disk is left exactly as it was.
    """
    paths = (paths or resolve_paths(data_dir)).ensure()
    try:
        if verified:
            full = True
        else:
            clean = closed_cleanly(paths)
            full = full_check if full_check is not None else not clean
            check_integrity(paths.db_path, full=full)
        engine = make_engine(sqlite_url(paths.db_path))
        try:
            backup = migrate.upgrade(engine, paths.db_path, paths.backup_dir)
        except Exception:
            engine.dispose()
            raise
    except (DatabaseDamaged, DatabaseTooNew):
        raise
    except (OSError, sqlite3.Error, DBAPIError) as exc:
        raise DatabaseUnavailable(unavailable_message(paths.db_path, exc)) from exc
    try:
        paths.db_path.chmod(0o600)
    except OSError:  # pragma: no cover
        pass
    return AppContext(paths=paths, engine=engine, migration_backup=backup, full_check_done=full)
