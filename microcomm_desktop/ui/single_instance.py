"""Starting MicroComm again brings the open window forward instead of only saying "already open".

The OS file lock (``services.instance_lock``) decides who owns the data; this is only the courtesy on top.
The window that holds the lock listens on a local socket (a Unix socket in the temp folder, a named pipe on
Windows; never the network) named after the data folder. A second start on the same folder that cannot take
the lock connects, asks for the window, and exits. If nobody answers (an older version, a hung window), the
second start falls back to the "already open" message.
"""

from __future__ import annotations

import getpass
import hashlib
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from microcomm_desktop.paths import AppPaths

_REQUEST = b"show\n"
_ANSWER = b"shown\n"


def server_name(paths: AppPaths) -> str:
    """Short and per user and per data folder: Unix socket paths are limited to ~100 bytes."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in this environment; the data folder alone still separates instances
        user = ""
    digest = hashlib.sha256(f"{user}\0{paths.data_dir.resolve()}".encode()).hexdigest()[:16]
    return f"microcomm-{digest}"


class ActivationServer(QObject):
    """Owned by the running window; emits ``show_requested`` when another start asks for the window."""

    show_requested = Signal()

    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(paths)
        # Only the lock holder gets here, so a leftover socket file is a crashed instance's: safe to remove.
        QLocalServer.removeServer(name)
        self.listening = self._server.listen(name)
        self._server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._on_ready(s))
            sock.disconnected.connect(sock.deleteLater)

    def _on_ready(self, sock: QLocalSocket) -> None:
        if bytes(sock.readAll().data()).startswith(_REQUEST.strip()):
            self.show_requested.emit()
            sock.write(_ANSWER)
            sock.flush()
        sock.disconnectFromServer()

    def close(self) -> None:
        self._server.close()


def ask_running_window_to_show(paths: AppPaths, timeout_ms: int = 1500) -> bool:
    """True when the window holding this data folder answered and came forward."""
    _allow_other_process_to_take_focus()
    sock = QLocalSocket()
    sock.connectToServer(server_name(paths))
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write(_REQUEST)
    if not sock.waitForBytesWritten(timeout_ms):
        return False
    answered = sock.waitForReadyRead(timeout_ms) and bytes(sock.readAll().data()).startswith(_ANSWER.strip())
    sock.abort()
    return answered


def _allow_other_process_to_take_focus() -> None:
    """Windows only lets the foreground process give the foreground away: this (second) start was just
    launched by the user, so it is in the foreground and may hand it to the running window."""
    if sys.platform != "win32":
        return
    try:
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]  # ASFW_ANY
    except Exception:  # a courtesy: without it the taskbar entry flashes instead
        pass


def bring_to_front(window: QObject) -> None:
    """Un-minimise, raise and focus (window managers may only flash the taskbar entry instead)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    if not isinstance(window, QWidget):
        return
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
