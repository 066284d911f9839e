"""Decode and downscale screenshots off the UI thread.

A 4K PNG takes ~100 ms to decode and a phone JPEG of a long thread can be 12 megapixels: done in the UI
thread, a list of them freezes the window. Workers in a ``QThreadPool`` decode with ``QImageReader`` (which
scales JPEGs while decoding) and hand back a ``QImage`` through a queued signal; the GUI thread turns it into
a pixmap. The same decode doubles as the real validity check before a dropped file is stored, since a file
can have a valid header and broken data.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader

from microcomm_desktop.services.images import MAX_PIXELS
from microcomm_desktop.ui.jobs import JobRunner

THUMB_SIDE = 160


@dataclass(frozen=True, slots=True)
class Decoded:
    image: QImage | None
    error: str | None
    full_size: QSize | None = None


def decode_image(path: Path, max_side: int | None = THUMB_SIDE) -> Decoded:
    """Read ``path`` (downscaled so its longer side is at most ``max_side``; ``None`` = full size).

    Thread-safe: only ``QImage``/``QImageReader`` are used, never ``QPixmap``.
    """
    label = f"'{path.name}'"
    if not path.is_file():
        return Decoded(
            None,
            QCoreApplication.translate("ThumbnailLoader", "{file} is missing from the data folder.").format(file=label),
        )
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
    if not reader.canRead():
        return Decoded(
            None,
            QCoreApplication.translate("ThumbnailLoader", "{file} is not an image Qt can read ({error}).").format(
                file=label, error=reader.errorString()
            ),
        )
    size = reader.size()
    if size.isValid():
        if size.width() * size.height() > MAX_PIXELS:
            loc = QLocale()
            return Decoded(
                None,
                QCoreApplication.translate(
                    "ThumbnailLoader", "{file} is {width} × {height} pixels — too large to show."
                ).format(file=label, width=loc.toString(size.width()), height=loc.toString(size.height())),
            )
        if max_side is not None and max(size.width(), size.height()) > max_side:
            reader.setScaledSize(size.scaled(QSize(max_side, max_side), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return Decoded(
            None,
            QCoreApplication.translate("ThumbnailLoader", "{file} could not be decoded: {error}.").format(
                file=label, error=reader.errorString()
            ),
        )
    if max_side is not None and max(image.width(), image.height()) > max_side:
        image = image.scaled(
            max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return Decoded(image, None, size if size.isValid() else image.size())


def _decode_reporting(path: Path, max_side: int | None) -> Decoded:
    """A file that cannot be read is a result (its sentence is shown in the cell), not a failed job."""
    try:
        return decode_image(path, max_side)
    except Exception as exc:  # noqa: BLE001 - a worker must report, never die silently
        return Decoded(
            None,
            QCoreApplication.translate("ThumbnailLoader", "{file} could not be read: {error}").format(
                file=f"'{path.name}'", error=exc
            ),
        )


class ThumbnailLoader(QObject):
    """Requests by key; ``loaded``/``failed`` fire in the GUI thread. Thumbnails are cached by key."""

    loaded = Signal(str, QImage)
    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self.cache: dict[str, QImage] = {}
        self.errors: dict[str, str] = {}
        self._pending: set[str] = set()
        # Every request's result is wanted (they are keyed by file), so no newest-wins here.
        self.jobs = JobRunner(self, self.pool, latest_only=False)

    def request(self, key: str, path: Path, max_side: int | None = THUMB_SIDE) -> QImage | None:
        """The cached image now, or ``None`` and a later ``loaded``/``failed`` signal."""
        if key in self.cache:
            return self.cache[key]
        if key in self._pending or key in self.errors:
            return None
        self._pending.add(key)
        self.jobs.start(lambda: _decode_reporting(path, max_side), lambda result: self._on_done(key, result))
        return None

    def pending(self) -> int:
        return len(self._pending)

    def _on_done(self, key: str, result: Decoded) -> None:
        self._pending.discard(key)
        if result.image is not None:
            self.cache[key] = result.image
            self.loaded.emit(key, result.image)
        else:
            self.errors[key] = result.error or QCoreApplication.translate("ThumbnailLoader", "unreadable")
            self.failed.emit(key, self.errors[key])
