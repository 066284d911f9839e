"""Reads straight from the SQLite file: for commands that only look (``workspace list``, ``sprint list``) and
for the window's first paint (the workspaces and the Promise tab's first page).

Opening the data the usual way imports SQLAlchemy, SQLModel and every table (~0.5 s) before the first row is
read; a morning ``microcomm sprint list`` needs one small SELECT. This module opens the local file with the
DB-API alone, through the same start-up rules as ``services.context.open_context`` (clean-close marker, the full
check after a crash or once a week, the schema version), on a connection that cannot write (``query_only``).
Anything it does not handle (a team server, a read-only drive, a file that needs an upgrade, a new file) makes
``open_file_reader`` return None, and the caller opens the data the usual way. Each query here has an ORM twin
in its service (``workspaces.list_workspaces``, ``sprints.list_sprints``); tests compare the two.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from microcomm_desktop.domain.readiness import ChecklistItem, RitualPlan, readiness_checklist, readiness_input
from microcomm_desktop.domain.sprints import sprint_end
from microcomm_desktop.paths import AppPaths
from microcomm_desktop.services.clean_close import (
    closed_cleanly,
    full_check_due,
    record_full_check,
    write_clean_marker,
)
from microcomm_desktop.store import migrate
from microcomm_desktop.store.files import (
    ENV_DATABASE_URL,
    check_header,
    check_integrity,
    folder_writable,
    low_space,
    readonly_uri,
)
from microcomm_desktop.store.files import DatabaseDamaged as DatabaseDamaged  # re-exported: the CLI's messages
from microcomm_desktop.store.files import DatabaseUnavailable as DatabaseUnavailable
from microcomm_desktop.store.files import DiskFull as DiskFull
from microcomm_desktop.store.files import unavailable_message as unavailable_message
from microcomm_desktop.store.migrate import DatabaseTooNew as DatabaseTooNew


@dataclass(frozen=True)
class WorkspaceRow:
    """A workspace as the UI and CLI hold it: plain values, still valid after its session closed."""

    id: int
    name: str
    timezone: str
    currency_code: str
    currency_symbol: str
    er_definition: str
    week_start: int
    is_sample: bool
    created_at: datetime


@dataclass(frozen=True)
class PromiseVersion:
    """One saved version of the promise."""

    id: int
    workspace_id: int
    who: str
    outcome: str
    format_text: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class SprintRow:
    id: int
    workspace_id: int
    name: str
    start_date: date

    @property
    def end_date(self) -> date:
        return sprint_end(self.start_date)


_WORKSPACE_COLUMNS = (
    "id, name, timezone, currency_code, currency_symbol, er_definition, week_start, is_sample, created_at"
)


def _when(text: object) -> datetime:
    """A stored time as the ORM reads it from SQLite: the text is UTC without an offset (sqlmodel's
    ``UTCDateTime``), handed out as an aware UTC datetime."""
    when = datetime.fromisoformat(str(text))
    return when.replace(tzinfo=UTC) if when.utcoffset() is None else when.astimezone(UTC)


def _workspace(r: tuple[object, ...]) -> WorkspaceRow:
    i, name, tz, code, symbol, er, week_start, sample, created = r
    return WorkspaceRow(
        int(str(i)),
        str(name),
        str(tz),
        str(code),
        str(symbol),
        str(er),
        int(str(week_start)),
        bool(sample),
        _when(created),
    )


SETTING_URL = "team/url"  # the UI setting holding the team server last connected to (File › Connect to team server…)


def team_server_chosen(cli_value: str | None, saved: str | None) -> bool:
    """Whether a start opens a team server (``services.team_server.chosen_url``'s sources: --database, then
    MICROCOMM_DATABASE_URL, then the saved URL) rather than the local file these reads are for."""
    return bool(cli_value or os.environ.get(ENV_DATABASE_URL) or saved)


class FileReader:
    """A connection to the data file that can only read, and the clean-close duty of the process that opened it."""

    def __init__(self, paths: AppPaths, conn: sqlite3.Connection, records_clean_close: bool) -> None:
        self.paths = paths
        self._conn = conn
        self.records_clean_close = records_clean_close
        self._closed = False

    def workspaces(self) -> list[WorkspaceRow]:
        return [_workspace(r) for r in self._conn.execute(f"SELECT {_WORKSPACE_COLUMNS} FROM workspace ORDER BY name")]

    def workspace_named(self, name: str) -> WorkspaceRow | None:
        row = self._conn.execute(
            f"SELECT {_WORKSPACE_COLUMNS} FROM workspace WHERE name = ? LIMIT 1", (name,)
        ).fetchone()
        return _workspace(row) if row else None

    def workspace(self, workspace_id: int) -> WorkspaceRow | None:
        row = self._conn.execute(f"SELECT {_WORKSPACE_COLUMNS} FROM workspace WHERE id = ?", (workspace_id,)).fetchone()
        return _workspace(row) if row else None

    def promise_history(self, workspace_id: int) -> list[PromiseVersion]:
        rows = self._conn.execute(
            "SELECT id, workspace_id, who, outcome, format_text, created_at FROM promise WHERE workspace_id = ? "
            "ORDER BY created_at DESC, id DESC",
            (workspace_id,),
        )
        return [PromiseVersion(int(i), int(w), str(a), str(b), str(c), _when(t)) for i, w, a, b, c, t in rows]

    def readiness(self, workspace_id: int, today: date) -> list[ChecklistItem]:
        one = self._conn.execute
        history = self.promise_history(workspace_id)
        current = (history[0].who, history[0].outcome, history[0].format_text) if history else None
        prof = one(
            "SELECT onboarding_rules, onboarding_what_to_post, onboarding_help, disclosure_line, sla_minutes, "
            "sla_first_n FROM communityprofile WHERE workspace_id = ? LIMIT 1",
            (workspace_id,),
        ).fetchone()
        profile: dict[str, object] | None = None
        if prof is not None:
            keys = ("onboarding_rules", "onboarding_what_to_post", "onboarding_help", "disclosure_line")
            profile = {
                **dict(zip(keys, map(str, prof[:4]), strict=True)),
                "sla_minutes": prof[4],
                "sla_first_n": prof[5],
            }
        (primary,) = one(
            "SELECT count(*) FROM communityhome WHERE workspace_id = ? AND is_primary", (workspace_id,)
        ).fetchone()
        (formats,) = one("SELECT count(*) FROM recurringformat WHERE workspace_id = ?", (workspace_id,)).fetchone()
        rituals = one(
            "SELECT r.id, r.name, r.weekdays, r.active_to, (SELECT count(*) FROM prompt p WHERE p.ritual_id = r.id "
            "AND p.workspace_id = r.workspace_id) FROM ritual r WHERE r.workspace_id = ? ORDER BY r.id",
            (workspace_id,),
        ).fetchall()
        plans = [
            RitualPlan(str(n), str(d), date.fromisoformat(str(t)[:10]) if t else None) for _i, n, d, t, _c in rituals
        ]
        counts = {str(n): int(c) for _i, n, _d, _t, c in rituals}  # by name, the later ritual winning (as the ORM)
        return readiness_checklist(readiness_input(current, profile, int(primary), int(formats), plans, counts, today))

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


def watch_connection(db: Path) -> sqlite3.Connection:
    """A read-only connection on the data file whose ``PRAGMA data_version`` moves when another process
    commits (the window's external-change watcher polls it; it never writes)."""
    return sqlite3.connect(readonly_uri(db), uri=True, isolation_level=None, check_same_thread=False)
