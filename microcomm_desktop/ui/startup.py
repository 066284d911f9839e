"""Start-up work that can take seconds, shown in a progress window instead of a silent wait.

After a crash the full ``PRAGMA integrity_check`` must finish before anything writes to the file; on years of
data that is several seconds. Without a window the user sees nothing happen and starts the app again. This
module imports only Qt, so the window appears before the data layer (SQLAlchemy, SQLModel) is loaded.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from microcomm_desktop.paths import AppPaths

T = TypeVar("T")


def settings_at(paths: AppPaths) -> QSettings:
    """The UI-state INI file (geometry, last tab, theme; never user data) from the paths alone: start-up reads
    the theme before the database is open."""
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


class StartupCancelled(Exception):
    """The user pressed Quit while start-up work ran; nothing was written, so quitting is safe."""


def run_with_progress(
    work: Callable[[], T],
    text: str,
    title: str,
    show_after_ms: int = 300,
    parent: QWidget | None = None,
) -> T:
    """Run ``work`` in a thread while the event loop keeps a busy window painted; return its result or re-raise
    its exception here. The window only appears when the work takes longer than ``show_after_ms``, so a quick
    check never flashes one. ``work`` must be read-only: Quit abandons it (the thread is a daemon).
    """
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the GUI thread and re-raised there
            outcome["error"] = exc

    thread = threading.Thread(target=run, name="microcomm-startup-work", daemon=True)
    dlg = QProgressDialog(text, QCoreApplication.translate("Startup", "Quit"), 0, 0, parent)
    dlg.setWindowTitle(title)
    dlg.setWindowModality(Qt.WindowModality.ApplicationModal)
    dlg.setMinimumDuration(0)
    dlg.setMinimumWidth(420)
    dlg.setAutoReset(False)
    dlg.setAutoClose(False)
    dlg.hide()  # the constructor may schedule an automatic show; the timer below decides

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(30)

    def check() -> None:
        if not thread.is_alive() or dlg.wasCanceled():
            loop.quit()

    poll.timeout.connect(check)
    dlg.canceled.connect(loop.quit)
    show = QTimer()
    show.setSingleShot(True)
    show.timeout.connect(lambda: None if not thread.is_alive() else dlg.show())
    thread.start()
    poll.start()
    show.start(show_after_ms)
    loop.exec()
    poll.stop()
    show.stop()
    cancelled = dlg.wasCanceled()
    dlg.close()
    dlg.deleteLater()
    if cancelled:
        raise StartupCancelled()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
