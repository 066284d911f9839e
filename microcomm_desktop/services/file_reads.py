"""Reads for commands that only look (``workspace list``, ``sprint list``), straight from the SQLite file.

Opening the data the usual way imports SQLAlchemy, SQLModel and every table (~0.5 s) before the first row is
read; a morning ``microcomm sprint list`` needs one small SELECT. This module opens the local file with the
DB-API alone, through the same start-up rules as ``services.context.open_context`` (clean-close marker, the full
check after a crash or once a week, the schema version), on a connection that cannot write (``query_only``).
Anything it does not handle (a team server, a read-only drive, a file that needs an upgrade, a new file) makes
``open_file_reader`` return None, and the caller opens the data the usual way. Each query here has an ORM twin
in its service (``workspaces.list_workspaces``, ``sprints.list_sprints``); tests compare the two.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from microcomm_desktop.domain.sprints import sprint_end
from microcomm_desktop.paths import AppPaths
from microcomm_desktop.services.clean_close import (
    closed_cleanly,
    full_check_due,
    record_full_check,
    write_clean_marker,
)
from microcomm_desktop.store import migrate
from microcomm_desktop.store.files import DatabaseDamaged as DatabaseDamaged  # re-exported: the CLI's messages
from microcomm_desktop.store.files import DatabaseUnavailable as DatabaseUnavailable
from microcomm_desktop.store.files import DiskFull as DiskFull
from microcomm_desktop.store.files import check_header, check_integrity, folder_writable, low_space
from microcomm_desktop.store.files import unavailable_message as unavailable_message
from microcomm_desktop.store.migrate import DatabaseTooNew as DatabaseTooNew


@dataclass(frozen=True, slots=True)
class WorkspaceRow:
    id: int
    name: str
    timezone: str
    er_definition: str


@dataclass(frozen=True, slots=True)
class SprintRow:
    id: int
    workspace_id: int
    name: str
    start_date: date

    @property
    def end_date(self) -> date:
        return sprint_end(self.start_date)


class FileReader:
    """A connection to the data file that can only read, and the clean-close duty of the process that opened it."""

    def __init__(self, paths: AppPaths, conn: sqlite3.Connection, records_clean_close: bool) -> None:
        self.paths = paths
        self._conn = conn
        self.records_clean_close = records_clean_close
        self._closed = False

    def workspaces(self) -> list[WorkspaceRow]:
        rows = self._conn.execute("SELECT id, name, timezone, er_definition FROM workspace ORDER BY name")
        return [WorkspaceRow(int(i), str(n), str(tz), str(er)) for i, n, tz, er in rows]

    def workspace_named(self, name: str) -> WorkspaceRow | None:
        row = self._conn.execute(
            "SELECT id, name, timezone, er_definition FROM workspace WHERE name = ? LIMIT 1", (name,)
        ).fetchone()
        return WorkspaceRow(int(row[0]), str(row[1]), str(row[2]), str(row[3])) if row else None

    def sprints(self, workspace_id: int) -> list[SprintRow]:
        rows = self._conn.execute(
            "SELECT id, workspace_id, name, start_date FROM sprint WHERE workspace_id = ? ORDER BY start_date, id",
            (workspace_id,),
        )
        return [SprintRow(int(i), int(w), str(n), date.fromisoformat(str(d)[:10])) for i, w, n, d in rows]

    def close(self) -> None:
        """Close the connection; record the clean close (the file was only read, so it is as it was)."""
        if self._closed:
            return
        self._closed = True
        self._conn.close()
        if self.records_clean_close:
            write_clean_marker(self.paths)


def open_file_reader(paths: AppPaths, window_open: bool) -> FileReader | None:
    """Open the local data file for reading only, or return None when the usual open must handle it.

    Raises what ``open_context`` raises for a damaged or too-new file (``DatabaseDamaged``, ``DatabaseTooNew``,
    ``DatabaseUnavailable``), after the same checks: the full integrity check when the last close was not clean
    (and no window has the file open) or the weekly one is due; otherwise only the instant header check, since
    reading repairs nothing and writes nothing (the quick check is owed by writers, see ``store.db.PendingCheck``).
    """
    db = paths.db_path
    if not db.exists() or not folder_writable(paths.data_dir) or low_space(db):
        return None  # the usual open explains a read-only drive or a full disk, and opens the data read-only
    clean = False
    if window_open:  # the window owns the marker and has checked the file at its start
        check_header(db)
    else:
        clean = closed_cleanly(paths)
        if not clean or full_check_due(paths):
            check_integrity(db, full=True)
            record_full_check(paths)
        else:
            check_header(db)
    if migrate.check_schema(db) != migrate.head_revisions(""):
        if clean:
            write_clean_marker(paths)  # untouched since we read the marker: the usual open may skip the check too
        return None  # an upgrade writes: the usual open does it, with its backup
    conn = sqlite3.connect(str(db), timeout=15, check_same_thread=False)
    try:
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error:
        conn.close()
        raise
    return FileReader(paths, conn, records_clean_close=not window_open)
