"""File > Export all data to CSV: the whole workspace's posts, interactions or engagers, with progress and Cancel.

The table "Export to CSV…" writes what a table shows; this writes everything, which on a large workspace is a
million rows and tens of seconds. The export runs in a worker thread (services.exporting streams it, so memory
stays flat); the window stays responsive, a progress dialog counts the rows, and Cancel stops the export at the
next chunk and leaves any earlier file of that name exactly as it was (the file is written all or nothing).
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from microcomm_desktop.services import exporting

ExportWhat = Literal["posts", "interactions", "engagers"]


def _title(what: ExportWhat) -> str:
    """The plural noun for ``what`` in the user's language (``what`` itself stays the machine-read key)."""
    titles = {
        "posts": QCoreApplication.translate("ExportRun", "posts"),
        "interactions": QCoreApplication.translate("ExportRun", "interactions"),
        "engagers": QCoreApplication.translate("ExportRun", "engagers"),
    }
    return titles[what]


class _Worker(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(int)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.stop = threading.Event()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.stop.is_set()

    def run(self) -> None:
        try:
            n = self.job(self._progress)
        except exporting.ExportCancelled:
            self.cancelled.emit()
        except OSError as exc:  # WriteFailed and friends carry a sentence for the user
            self.failed.emit(str(exc))
        except Exception as exc:  # a worker must never die silently
            self.failed.emit(
                QCoreApplication.translate("ExportRun", "The export stopped: {error}").format(
                    error=f"{type(exc).__name__}: {exc}"
                )
            )
        else:
            self.succeeded.emit(n)


class ExportRun(QObject):
    """One running export: the worker thread and its progress dialog. ``finished`` carries a sentence for the
    status bar (rows written, cancelled, or why it failed) and whether a file was written."""

    finished = Signal(bool, str)
    progressed = Signal(int, int)

    def __init__(
        self,
        parent: QWidget,
        engine: Any,
        workspace_id: int,
        what: ExportWhat,
        path: Path,
        today: date,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.what = what

        def job(progress: exporting.Progress) -> int:
            if what == "posts":
                return exporting.export_posts(engine, workspace_id, path, progress)
            if what == "engagers":
                return exporting.export_engagers(engine, workspace_id, path, today, progress)
            return exporting.export_interactions(engine, workspace_id, path, progress)

        self.dialog = QProgressDialog(
            self.tr("Exporting {what} to {file}…").format(what=_title(what), file=path.name),
            self.tr("Cancel"),
            0,
            0,
            parent,
        )
        self.dialog.setWindowTitle(self.tr("Export to CSV"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)  # a small export finishes before the dialog would flash up
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.worker = _Worker(job, self)
        self.worker.progressed.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_done)
        self.worker.failed.connect(self._on_failed)
        self.worker.cancelled.connect(self._on_cancelled)
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        self.worker.start()

    def cancel(self) -> None:
        """Stop at the next chunk (a few thousand rows); the target file is left as it was."""
        self.worker.stop.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)  # first: a modal dialog's setValue processes events (re-entrancy)
        if self.worker.isFinished() or self.worker.stop.is_set():  # done, or "Cancelling…" stays shown
            return
        if total and self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total) if total else 0)
        if total:
            loc = QLocale()
            self.dialog.setLabelText(
                self.tr("Exporting {what} to {file}: {done} of %Ln row(s)…", "", total).format(
                    what=_title(self.what), file=self.path.name, done=loc.toString(done)
                )
            )

    def _end(self, ok: bool, message: str) -> None:
        self.worker.wait()
        self.dialog.close()
        self.finished.emit(ok, message)

    def _on_done(self, n: int) -> None:
        messages = {
            "posts": self.tr("Wrote %Ln post(s) to {path}.", "", n),
            "interactions": self.tr("Wrote %Ln interaction(s) to {path}.", "", n),
            "engagers": self.tr("Wrote %Ln engager(s) to {path}.", "", n),
        }
        self._end(True, messages[self.what].format(path=self.path))

    def _on_failed(self, message: str) -> None:
        self._end(False, message)

    def _on_cancelled(self) -> None:
        self._end(
            False,
            self.tr("Export cancelled; {file} was not written (an earlier file is unchanged).").format(
                file=self.path.name
            ),
        )


def ask_path(parent: QWidget, what: ExportWhat) -> Path | None:
    path_str, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportRun", "Export all {what} to CSV").format(what=_title(what)),
        f"{what}.csv",
        QCoreApplication.translate("ExportRun", "CSV files (*.csv)"),
    )
    if not path_str:
        return None
    path = Path(path_str)
    return path if path.suffix.lower() == ".csv" else path.with_suffix(".csv")
