"""Calibrating the benchmark bands and exporting the weekly or 30-day report, from the Dashboard's buttons.

A plain helper the tab owns (no widget): dialogs are parented to the tab; a calibration is one undo step.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from microcomm_desktop.services import calibration, reports
from microcomm_desktop.ui.dialogs.calibrate import CalibrateDialog
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.operations import Announce, Operation

if TYPE_CHECKING:
    from microcomm_desktop.ui.tabs.dashboard.page import DashboardTab


class ReportActions:
    def __init__(self, tab: DashboardTab) -> None:
        self.tab = tab

    def calibrate_dialog(self) -> CalibrateDialog | None:
        """Open the calibration; OK applies the ticked bands as one undoable step. Returns the dialog (tests)."""
        if self.tab.ws_id is None:
            return None
        dlg = CalibrateDialog(self.tab.ctx.engine, self.tab.ws_id, self.tab.today, self.tab)
        if dlg.exec() == CalibrateDialog.DialogCode.Accepted:
            self.apply_calibration(dlg.chosen(), int(dlg.days.currentData()))
        return dlg

    def apply_calibration(self, bands: dict[str, list[float]], days: int) -> None:
        if self.tab.ws_id is None or not bands:
            return
        try:
            calibration.apply_bands(self.tab.ctx.engine, self.tab.ws_id, bands, self.tab.today, days)
        except calibration.CalibrationError as exc:
            QMessageBox.warning(self.tab, QCoreApplication.translate("ReportActions", "Calibrate bands"), str(exc))
            return
        engine, ws_id, today = self.tab.ctx.engine, self.tab.ws_id, self.tab.today
        count = len(bands)
        # Applied (and checked) above, so a failure never lands on the stack; redo/undo replay the record.
        self.tab.undo_stack.push(
            Operation(
                QCoreApplication.translate(
                    "ReportActions", "Calibrate %n benchmark band(s) from the last {days} days", None, count
                ).format(days=days),
                lambda _undone: calibration.redo_last(engine, ws_id),
                lambda _done: calibration.undo_last(engine, ws_id, today),
                Announce(self.tab.ctx.bus, ws_id, (ChangeArea.SETTINGS,)),
                None,
            )
        )

    def write_report(self, kind: reports.ReportKind, pdf_path: Path) -> tuple[Path, Path, int]:
        """Write ``pdf_path`` and an HTML file beside it; returns (pdf, html, pages)."""
        assert self.tab.ws_id is not None
        html_path, pages = reports.write_report(
            self.tab.ctx.engine, self.tab.ws_id, kind, self.tab.today, pdf_path, self.tab.current_label()
        )
        assert html_path is not None
        return pdf_path, html_path, pages

    def export_report_dialog(self, kind: reports.ReportKind) -> None:
        if self.tab.ws_id is None:
            return
        name = "weekly-report.pdf" if kind == "weekly" else "30-day-report.pdf"
        path_str, _ = QFileDialog.getSaveFileName(
            self.tab, QCoreApplication.translate("ReportActions", "Export report"), name, "PDF (*.pdf)"
        )
        if not path_str:
            return
        path = Path(path_str)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf, html_path, pages = self.write_report(kind, path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(
                self.tab,
                QCoreApplication.translate("ReportActions", "Export report"),
                QCoreApplication.translate("ReportActions", "The report was not written: {reason}").format(reason=exc),
            )
            return
        finally:
            QApplication.restoreOverrideCursor()
        if pages == 1:
            done = QCoreApplication.translate("ReportActions", "Wrote {pdf} and {html}")
        else:
            done = QCoreApplication.translate("ReportActions", "Wrote {pdf} (%n pages) and {html}", None, pages)
        self.tab.ctx.bus.status_message.emit(done.format(pdf=pdf, html=html_path))
