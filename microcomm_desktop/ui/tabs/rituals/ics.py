"""Calendar files for the Rituals tab: export the rituals and events as .ics, import one with a report.

A plain helper the tab owns (no widget): dialogs are parented to the tab; an import is one undo step.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.services.ics import ImportReport, apply_plan, export_ics_report, plan_file, undo_import
from microcomm_desktop.ui.operations import Operation

if TYPE_CHECKING:
    from microcomm_desktop.ui.tabs.rituals.page import RitualsTab


class CalendarFiles:
    def __init__(self, tab: RitualsTab) -> None:
        self.tab = tab

    def export_ics_dialog(self) -> None:
        if self.tab.ws_id is None:
            return
        path_str, _ = QFileDialog.getSaveFileName(
            self.tab,
            QCoreApplication.translate("CalendarFiles", "Export calendar"),
            "community-calendar.ics",
            QCoreApplication.translate("CalendarFiles", "Calendar (*.ics)"),
        )
        if not path_str:
            return
        path = Path(path_str)
        if path.suffix.lower() != ".ics":
            path = path.with_suffix(".ics")
        try:
            n, left_out = export_ics_report(self.tab.engine, self.tab.ws_id, path)
        except ValueError as exc:
            QMessageBox.warning(self.tab, QCoreApplication.translate("CalendarFiles", "Export failed"), str(exc))
            return
        self.tab.ctx.bus.status_message.emit(
            QCoreApplication.translate("CalendarFiles", "%n calendar entries written to {path}", None, n).format(
                path=path
            )
        )
        if left_out:
            QMessageBox.information(
                self.tab, QCoreApplication.translate("CalendarFiles", "Export calendar"), "\n".join(left_out)
            )

    def import_ics_dialog(self) -> None:
        if self.tab.ws_id is None:
            return
        path_str, _ = QFileDialog.getOpenFileName(
            self.tab,
            QCoreApplication.translate("CalendarFiles", "Import a calendar file"),
            "",
            QCoreApplication.translate("CalendarFiles", "Calendar (*.ics);;All files (*)"),
        )
        if path_str:
            self.import_ics_path(Path(path_str), show=True)

    def import_ics_path(self, path: Path, show: bool = False) -> ImportReport | None:
        """Import with the CLI's service and report (``microcomm rituals import-ics``); one undo step removes the
        rituals, skipped dates and events it created, redo applies the same file contents again."""
        if self.tab.ws_id is None:
            return None
        ws = self.tab.ws_id
        try:
            plan = plan_file(self.tab.engine, ws, path, self.tab.ctx.today)
            report = apply_plan(self.tab.engine, ws, plan)
        except ValueError as exc:
            QMessageBox.warning(
                self.tab, QCoreApplication.translate("CalendarFiles", "Import failed"), f"{path.name}: {exc}"
            )
            return None
        if report.created_ids or report.event_ids:
            # Already applied above (its report is shown); later redos apply the same file contents again.
            self.tab.undo_stack.push(
                Operation(
                    QCoreApplication.translate("CalendarFiles", "Import calendar {name}").format(name=path.name),
                    lambda _undone: apply_plan(self.tab.engine, ws, plan),
                    lambda applied: undo_import(self.tab.engine, applied),
                    self.tab._announce(),
                    report,
                )
            )
        self.tab.ctx.bus.status_message.emit(report.summary())
        self.tab.ics_report_dialog = _report_dialog(
            self.tab,
            QCoreApplication.translate("CalendarFiles", "Import calendar — {name}").format(name=path.name),
            report.lines(),
        )
        if show:
            self.tab.ics_report_dialog.open()
        return report


def _report_dialog(parent: QWidget, title: str, lines: list[str]) -> QDialog:
    """The import report, line for line as ``microcomm rituals import-ics`` prints it, selectable to copy."""
    dlg = QDialog(parent)
    dlg.setWindowTitle(title)
    lay = QVBoxLayout(dlg)
    head = QLabel(lines[0])
    head.setWordWrap(True)
    lay.addWidget(head)
    body = QPlainTextEdit(
        "\n".join(lines[1:]) or QCoreApplication.translate("CalendarFiles", "Nothing else to report.")
    )
    body.setReadOnly(True)
    body.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    body.setObjectName("icsReport")
    lay.addWidget(body)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dlg.reject)
    lay.addWidget(buttons)
    dlg.resize(760, 420)
    return dlg
