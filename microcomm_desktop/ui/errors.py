"""Unexpected errors: written to a log file in the data folder and told to the user in one plain sentence.

Without this a bug in a button's handler would only print to a terminal that a desktop user never sees: the
click would silently do nothing. Every change is one transaction, so an error never leaves half-written data;
the message says so, and where the details are for a bug report. Repeats of the same error (a failing timer)
go to the status bar instead of stacking dialogs.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from microcomm_desktop.paths import AppPaths

log = logging.getLogger("microcomm_desktop")

DIALOG_GAP_S = 10.0


def log_file_of(paths: AppPaths) -> Path:
    return paths.data_dir / "logs" / "microcomm.log"


def setup_logging(paths: AppPaths) -> Path | None:
    """Warnings and errors of the app go to ``logs/microcomm.log`` (rotated: 1 MB x 4, user-only)."""
    path = log_file_of(paths)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.parent.chmod(0o700)
        # delay: the file only appears once there is something to say (its folder is user-only)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True)
    except OSError:  # a read-only data folder: the app still runs, errors still reach stderr
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    return path


class GuiNotifier(QObject):
    """Carries a message from whatever thread hit the error to the GUI thread (Qt widgets must only be touched
    there, and Cocoa aborts otherwise), and always after the failing handler has returned: a modal dialog
    opened inside the hook would run a nested event loop in the middle of, say, a paint that keeps failing.
    Create it in the GUI thread."""

    _dialog = Signal(str)
    _status = Signal(str)

    def __init__(self, show_dialog: Callable[[str], None], show_status: Callable[[str], None]) -> None:
        super().__init__()
        self._show_dialog_fn = show_dialog
        self._show_status_fn = show_status
        self._dialog.connect(self._show_dialog, Qt.ConnectionType.QueuedConnection)
        self._status.connect(self._show_status, Qt.ConnectionType.QueuedConnection)

    def dialog(self, text: str) -> None:
        self._dialog.emit(text)

    def status(self, text: str) -> None:
        self._status.emit(text)

    @Slot(str)
    def _show_dialog(self, text: str) -> None:
        self._show_dialog_fn(text)

    @Slot(str)
    def _show_status(self, text: str) -> None:
        self._show_status_fn(text)


class ErrorReporter:
    """Becomes ``sys.excepthook`` (Qt slots and timers report through it) and ``threading.excepthook``."""

    def __init__(
        self,
        log_path: Path | None,
        show_dialog: Callable[[str], None],
        show_status: Callable[[str], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.log_path = log_path
        self.show_dialog = show_dialog
        self.show_status = show_status
        self.clock = clock
        self._shown: set[str] = set()
        self._last_dialog = -DIALOG_GAP_S

    def message(self, exc: BaseException) -> str:
        from microcomm_desktop.services.problems import user_message

        known = user_message(exc, self.log_path)  # a full disk or a lock is not a bug: say what it is
        if known:
            return known
        where = (
            QCoreApplication.translate(
                "ErrorReporter", "The details were written to {path}; please include that file if you report this."
            ).format(path=self.log_path)
            if self.log_path
            else QCoreApplication.translate("ErrorReporter", "The details were printed to the terminal.")
        )
        return (
            QCoreApplication.translate("ErrorReporter", "Something went wrong: {error}").format(
                error=f"{type(exc).__name__}: {exc}"
            )
            + "\n\n"
            + QCoreApplication.translate(
                "ErrorReporter",
                "Your data is safe: every change is saved completely or not at all, so this one may not have been "
                "saved.",
            )
            + " "
            + where
        )

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            log.error("unexpected error", exc_info=(exc_type, exc, tb))
            sys.__excepthook__(exc_type, exc, tb)  # the terminal, for whoever started the app from one
            key = f"{exc_type.__name__}: {exc}"
            now = self.clock()
            if key in self._shown or now - self._last_dialog < DIALOG_GAP_S:
                self.show_status(
                    QCoreApplication.translate(
                        "ErrorReporter", "Something went wrong again: {error} (details in the log)."
                    ).format(error=key)
                )
                return
            self._shown.add(key)
            self._last_dialog = now
            self.show_dialog(self.message(exc))
        except Exception:  # reporting must never raise in turn
            pass

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        """Background threads: log only (they report their expected failures themselves)."""
        if args.exc_value is not None:
            log.error(
                "unexpected error in thread %s",
                args.thread,
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )

    def install(self) -> None:
        sys.excepthook = self
        threading.excepthook = self.thread_hook
