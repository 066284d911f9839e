"""Start-up work that can take seconds, shown in a progress window instead of a silent wait.

After a crash the full ``PRAGMA integrity_check`` must finish before anything writes to the file; on years of
data that is several seconds. Without a window the user sees nothing happen and starts the app again. This
module imports only Qt, so its windows (the check window, the start-up shell) appear before the data layer
(SQLAlchemy, SQLModel) is loaded.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEventLoop,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QProgressDialog, QTabWidget, QToolBar, QWidget

from microcomm_desktop import APP_NAME
from microcomm_desktop.paths import AppPaths
from microcomm_desktop.ui.tabs import TAB_SPECS
from microcomm_desktop.ui.window_geometry import ScreenFittedWindow

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


class _Finished(QObject):
    """Lives in the GUI thread; the worker emits through it, so the loop quits at once (a queued connection)."""

    done = Signal()


def run_while_painting(work: Callable[[], T], hold_input: bool = False) -> T:
    """Run ``work`` in a thread while this (the GUI) thread only runs Qt's event loop; return its result or
    re-raise its exception here. Unlike ``run_with_progress`` it shows no window of its own: it is for the start,
    while the shell is on screen, so the shell is repainted when uncovered or moved and answers the window
    manager's pings instead of looking frozen.

    ``work`` imports modules (the data layer): the GUI thread must import nothing meanwhile, or the two threads
    can meet half-initialised modules — so this thread runs nothing but the event loop until ``work`` is done,
    and the windows up at that moment (the shell) must not import in their event handlers.

    ``hold_input``: the window up is the real one (painted from DB-API rows, ``MainWindow.attach``): keys and
    clicks are queued by Qt, not handled, until ``work`` is done — then they are, in order; none is lost.
    """
    app = QCoreApplication.instance()
    outcome: dict[str, object] = {}
    if app is None:  # no event loop to run: nothing to keep painted
        return work()
    loop = QEventLoop()
    finished = _Finished()
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the GUI thread and re-raised there
            outcome["error"] = exc
        finally:
            finished.done.emit()

    thread = threading.Thread(target=run, name="microcomm-startup-load", daemon=True)
    thread.start()
    flags = QEventLoop.ProcessEventsFlag
    busy = hold_input and isinstance(app, QGuiApplication)
    if busy:  # the arrow with the hourglass: clicks are taken (queued), the app is still getting ready
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        loop.exec(flags.ExcludeUserInputEvents if hold_input else flags.AllEvents)
    finally:
        if busy:
            QGuiApplication.restoreOverrideCursor()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def show_painted(window: QWidget, wait_ms: int = 300) -> None:
    """Show ``window`` and paint it before returning. A window manager maps a window asynchronously: wait up to
    ``wait_ms`` for that (a bounded wait, so a slow or absent window manager never holds the start), then paint
    and flush."""
    window.show()
    app = QCoreApplication.instance()
    handle = window.windowHandle()
    timer = QElapsedTimer()
    timer.start()
    while app is not None and handle is not None and not handle.isExposed() and timer.elapsed() < wait_ms:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)
    window.repaint()
    if app is not None:
        app.processEvents()


class StartupShell(ScreenFittedWindow):
    """The window as it first appears when the real one cannot be painted from DB-API rows (after a crash, on a
    team server, before an upgrade, the demo: see ``app._first_window``), painted before the data layer
    (SQLAlchemy, SQLModel and the table classes, most of the start) is imported: the tab bar, the menu titles,
    the workspace bar and a "Loading…" page, at the place and size the real window will take. It holds no data
    and offers nothing to change — every menu and the workspace picker are disabled and the page is a label — so
    nothing can be written before the data layer is ready. The real window replaces it as soon as it is built
    (``release``).
    """

    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self._released = False
        self.setObjectName("startupShell")
        self.setWindowTitle(APP_NAME)
        bar = self.menuBar()
        for title in ("&File", "&Edit", "&View", "&Help"):
            bar.addMenu(QCoreApplication.translate("WindowMenus", title)).setEnabled(False)
        tb = QToolBar(QCoreApplication.translate("MainWindow", "Workspace"))
        tb.setMovable(False)
        tb.addWidget(QLabel(QCoreApplication.translate("MainWindow", " Workspace: ")))
        combo = QComboBox()
        combo.setMinimumWidth(260)
        combo.setEnabled(False)
        tb.addWidget(combo)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        loading = QCoreApplication.translate("Startup", "Loading…")
        for title, _module in TAB_SPECS:
            page = QLabel(loading)
            page.setObjectName("startupLoading")
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
            page.setEnabled(False)
            self.tabs.addTab(page, QCoreApplication.translate("MainWindow", title))
        self.tabs.tabBar().setEnabled(False)  # the real window decides which tab is shown
        self.setCentralWidget(self.tabs)
        self.statusBar().showMessage(loading)
        self._place(settings)

    def _place(self, settings: QSettings) -> None:
        """Where the real window will open (its remembered geometry and tab), so the swap does not move."""
        self._place_on_screen(settings)
        try:
            idx = int(str(settings.value("window/last_tab", 0)))
        except (TypeError, ValueError):
            idx = 0
        if 0 <= idx < self.tabs.count():
            self.tabs.setCurrentIndex(idx)

    def paint_now(self, wait_ms: int = 300) -> None:
        """Show and paint before returning: the start goes on synchronously (importing the data layer in a
        thread breaks with half-initialised modules), so the window must be on screen first."""
        show_painted(self, wait_ms)

    def release(self) -> None:
        """The real window is up (or the start failed): close for good."""
        self._released = True
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Closing the shell mid-start would leave the data half opened; the real window (or the Quit button of
        # the check window after a crash) is the way out.
        if self._released:
            event.accept()
        else:
            event.ignore()
