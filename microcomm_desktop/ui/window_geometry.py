"""Where the main window sits on the screen: the whole frame inside the screen's available area, at the start
and after the window manager has placed it — a geometry remembered on a bigger monitor, or the default size on
a 720-pixel laptop screen, must never put the status bar or the title bar off-screen. Only Qt is imported here.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMargins, QRect, QSettings, QSize, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

__all__ = ["DEFAULT_SIZE", "ScreenFittedWindow", "fit_rect"]

DEFAULT_SIZE = (1280, 820)  # the first-start size on a screen that has room for it


def fit_rect(wanted: QRect, available: QRect, frame: QMargins) -> QRect:
    """The window geometry (client area, as ``setGeometry`` takes it) that keeps the whole frame inside
    ``available``: shrunk to fit, then moved in. A geometry remembered on a bigger monitor, or the default on a
    720-pixel laptop screen, must never put the status bar or the title bar off-screen."""
    max_w = max(1, available.width() - frame.left() - frame.right())
    max_h = max(1, available.height() - frame.top() - frame.bottom())
    w = min(wanted.width(), max_w)
    h = min(wanted.height(), max_h)
    x = min(max(wanted.x(), available.left() + frame.left()), available.right() + 1 - frame.right() - w)
    y = min(max(wanted.y(), available.top() + frame.top()), available.bottom() + 1 - frame.bottom() - h)
    return QRect(x, y, w, h)


class ScreenFittedWindow(QMainWindow):
    """A main window kept within its screen: ``_fit_to_screen`` now, and again once the real frame is known."""

    def __init__(self) -> None:
        super().__init__()
        self._shown_once = False
        self._wanted: tuple[QSize, bool] = (QSize(*DEFAULT_SIZE), True)  # size to fit, and centre it?

    def _place_on_screen(self, settings: QSettings) -> None:
        """The first-start size, centred, unless a place and size were saved at the last close; within the
        screen either way. The start-up shell and the real window both use it, so the swap does not move."""
        self._fit_to_screen(QSize(*DEFAULT_SIZE), centre=True)
        self._restore_geometry(settings)

    def _available(self) -> QRect | None:
        screen = self.screen()
        if screen is None:
            app = QApplication.instance()
            screen = app.primaryScreen() if isinstance(app, QApplication) else None
        return screen.availableGeometry() if screen is not None else None

    def _frame_margins(self) -> QMargins:
        """The window-manager frame around the client area; before the first show it is unknown, so a typical
        title bar is assumed (too much is harmless, too little puts the bottom edge off-screen)."""
        if self.isVisible():
            fg, g = self.frameGeometry(), self.geometry()
            return QMargins(g.left() - fg.left(), g.top() - fg.top(), fg.right() - g.right(), fg.bottom() - g.bottom())
        return QMargins(0, 0, 0, 0) if self._frameless_platform() else QMargins(2, 32, 2, 2)

    @staticmethod
    def _frameless_platform() -> bool:
        app = QApplication.instance()
        return isinstance(app, QApplication) and app.platformName() in ("offscreen", "minimal")

    def _fit_to_screen(self, size: QSize | None = None, centre: bool = False) -> None:
        """Keep the window (frame included) within the available geometry of its screen."""
        avail = self._available()
        if avail is None:
            if size is not None:
                self.resize(size)
            return
        if self.isMaximized() or self.isFullScreen():
            return
        if size is not None:
            self._wanted = (QSize(size), centre)
        frame = self._frame_margins()
        wanted = QRect(self.geometry().topLeft(), size or self.size())
        if centre:
            wanted.moveCenter(avail.center())
        fitted = fit_rect(wanted, avail, frame)
        if fitted != self.geometry():
            self.setGeometry(fitted)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # The real frame is known now (before the show a title bar was assumed): fit the wanted size
            # again, and once more after the window manager has placed the window.
            size, centre = self._wanted
            self._fit_to_screen(size, centre)
            QTimer.singleShot(0, lambda: self._fit_to_screen(size, centre))

    def _restore_geometry(self, settings: QSettings) -> None:
        """The place and size saved at the last close, clamped to the screen it opens on."""
        geo = settings.value("window/geometry")
        if isinstance(geo, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geo))
            # restoreGeometry only keeps the window on *a* screen; a size saved on a 1080-pixel monitor is
            # still taller than a 720-pixel laptop screen, so clamp it to the screen it opens on.
            saved = settings.value("window/size")  # Qt may already have shrunk it with a guessed frame: ours is exact
            self._fit_to_screen(saved if isinstance(saved, QSize) and saved.isValid() else self.size())
