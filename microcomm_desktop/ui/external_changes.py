"""Notice data committed by another process (a command-line import while the window is open) and refresh.

SQLite's ``PRAGMA data_version`` on a dedicated connection changes whenever *another connection* commits —
and the window's own writes go through the engine's pooled connections, which count as "another" too. So the
watcher tracks the window's own commits on its engine instead of relying on every write being announced on the
bus (drafts, settings, background backups and undo steps are not all announced): a commit on the engine marks
itself pending, and when its connection goes back to the pool (after the COMMIT) the version seen then becomes
the new baseline. Only a change that no own commit explains is external. So that an outside commit landing just
before one of the window's own transactions is not absorbed into that new baseline, every transaction the
engine begins first notes whether the version already moved. Checked when the app becomes active and every
few seconds while it is; each check is one PRAGMA (microseconds).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from microcomm_desktop.services.file_reads import watch_connection

if TYPE_CHECKING:  # SQLAlchemy is imported once the data layer is in (``watch``): see ui/lazy.py
    from sqlalchemy.engine import Engine

POLL_MS = 3000


class ExternalChangeWatcher(QObject):
    changed_elsewhere = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None, feed: Any = None) -> None:
        super().__init__(parent)
        self._con: sqlite3.Connection | None = None
        self._guard = threading.Lock()  # engine "begin" events may come from worker threads
        self._missed = False
        # On a team server: a LISTEN/NOTIFY feed counting other members' commits (see store.notify).
        self._feed = feed
        try:
            if feed is None:
                self._con = watch_connection(db_path)
        except sqlite3.Error:  # then there is simply no watching; nothing else depends on it
            self._con = None
        self._baseline = self._version()
        self._pending_commits = 0  # own commits whose connection is not back in the pool yet
        self._engine: Engine | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_state)
            if app.applicationState() == Qt.ApplicationState.ApplicationActive:
                self._timer.start()

    def _version(self) -> int | None:
        if self._feed is not None:
            v = self._feed.version()
            return None if v is None else int(v)
        with self._guard:
            if self._con is None:
                return None
            try:
                row = self._con.execute("PRAGMA data_version").fetchone()
            except sqlite3.Error:
                return None
        return int(row[0]) if row else None

    def watch(self, engine: Engine) -> None:
        """Follow the window's engine (again after a restore replaced it)."""
        from sqlalchemy import event

        self._unwatch()
        event.listen(engine, "begin", self._before_own_transaction)
        event.listen(engine, "commit", self._own_commit)
        event.listen(engine.pool, "checkin", self._after_own_connection)
        self._engine = engine

    def _unwatch(self) -> None:
        engine = self._engine
        if engine is not None:
            from sqlalchemy import event

            for target, name, fn in (
                (engine, "begin", self._before_own_transaction),
                (engine, "commit", self._own_commit),
                (engine.pool, "checkin", self._after_own_connection),
            ):
                if event.contains(target, name, fn):
                    event.remove(target, name, fn)
        self._engine = None
        self._pending_commits = 0

    def _own_commit(self, _conn: Any) -> None:
        """Called just before the COMMIT of one of the window's own transactions (any thread)."""
        with self._guard:
            self._pending_commits += 1

    def _after_own_connection(self, _dbapi_conn: Any, _record: Any) -> None:
        """A connection came back to the pool, its COMMIT done: what the version shows now is ours (unless
        the begin hook saw an outside commit first; then that one is still reported)."""
        with self._guard:
            if self._pending_commits == 0:
                return
            self._pending_commits = 0
        now = self._version()
        if now is not None and not self._missed:
            self._baseline = now

    def _before_own_transaction(self, _conn: Any) -> None:
        """Remember an outside commit that happened before this transaction of the window's engine, so
        ``own_change`` after it does not swallow it."""
        now = self._version()
        if now is not None and now != self._baseline:
            self._missed = True

    def own_change(self, *_args: object) -> None:
        """This window wrote and announced it: that is not news (but an outside commit before it is)."""
        self._baseline = self._version()
        if self._missed:
            self._missed = False
            QTimer.singleShot(0, self, self.changed_elsewhere.emit)

    def check(self) -> bool:
        """True (and ``changed_elsewhere`` emitted) when another process committed since the last look."""
        with self._guard:
            if self._pending_commits:  # an own commit (a worker thread) is finishing: its checkin decides
                return False
        now = self._version()
        if now is None or now == self._baseline:
            return False
        self._baseline = now
        self._missed = False
        self.changed_elsewhere.emit()
        return True

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()
            self._timer.start()
        else:
            self._timer.stop()

    def close(self) -> None:
        self._timer.stop()
        self._unwatch()
        if self._feed is not None:
            self._feed.close()
            self._feed = None
        with self._guard:
            if self._con is not None:
                self._con.close()
                self._con = None
