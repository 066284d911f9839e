"""Notice data committed by another process (a command-line import while the window is open) and refresh.

SQLite's ``PRAGMA data_version`` on a dedicated connection changes whenever *another* connection commits. The
window's own writes go through the engine's connections, which also count as "another", so after each of its
own announced writes (``bus.data_changed``) the watcher re-reads the version as the new baseline; only a
change nobody in this window announced is external. Checked when the app becomes active and every few seconds
while it is; each check is one PRAGMA (microseconds).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

POLL_MS = 3000


class ExternalChangeWatcher(QObject):
    changed_elsewhere = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._con: sqlite3.Connection | None = None
        try:
            self._con = sqlite3.connect(
                f"file:{db_path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error:  # then there is simply no watching; nothing else depends on it
            self._con = None
        self._baseline = self._version()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_state)
            if app.applicationState() == Qt.ApplicationState.ApplicationActive:
                self._timer.start()

    def _version(self) -> int | None:
        if self._con is None:
            return None
        try:
            row = self._con.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            return None
        return int(row[0]) if row else None

    def own_change(self, *_args: object) -> None:
        """This window wrote and announced it: that is not news."""
        self._baseline = self._version()

    def check(self) -> bool:
        """True (and ``changed_elsewhere`` emitted) when another process committed since the last look."""
        now = self._version()
        if now is None or now == self._baseline:
            return False
        self._baseline = now
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
        if self._con is not None:
            self._con.close()
            self._con = None
