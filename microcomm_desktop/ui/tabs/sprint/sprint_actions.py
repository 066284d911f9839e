"""Whole-sprint actions of the Sprint tab: create, plan the next month, edit, delete, and export the report.

A plain helper the tab owns (no widget): dialogs are parented to the tab, and after each write the tab reloads.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from microcomm_desktop.pdf import write_pdf
from microcomm_desktop.services import safe_files
from microcomm_desktop.services import sprints as S
from microcomm_desktop.ui.models.sprint_table_model import short_date
from microcomm_desktop.ui.tabs.sprint.dialogs import NewSprintDialog, PlanNextDialog, SprintDialog
from microcomm_desktop.ui.widgets.table import export_model_csv

if TYPE_CHECKING:
    from microcomm_desktop.ui.tabs.sprint.page import SprintTab


class SprintActions:
    def __init__(self, tab: SprintTab) -> None:
        self.tab = tab

    def _drafts_for(self, sprint_id: int | None) -> list[S.WeekDraft]:
        return S.template_drafts() if sprint_id is None else S.drafts_from_sprint(self.tab.engine, sprint_id)

    def new_sprint(self) -> None:
        if self.tab.ws_id is None:
            return
        sprints = S.list_sprints(self.tab.engine, self.tab.ws_id)
        dlg = NewSprintDialog(self.tab, self.tab.today(), sprints, self._drafts_for, name=f"Month {len(sprints) + 1}")
        while dlg.exec() == NewSprintDialog.DialogCode.Accepted:
            if self.do_create_sprint(dlg.values(), dlg):
                return

    def do_create_sprint(self, values: dict[str, Any], dlg: NewSprintDialog | None = None) -> bool:
        if self.tab.ws_id is None:
            return False
        try:
            sp = S.create_sprint(
                self.tab.engine, self.tab.ws_id, values["name"], values["start"], values["owners"], values["weeks"]
            )
        except S.SprintError as exc:
            if dlg is not None:
                dlg.show_error(str(exc))
            else:
                self.tab.show_error(str(exc))
            return False
        self.tab.sprint_id = sp.id
        self.tab.reload_sprints(sp.id)
        self.tab.after_write()
        self.tab.ctx.bus.status_message.emit(
            QCoreApplication.translate("SprintActions", "Created sprint “{name}”").format(name=sp.name)
        )
        return True

    def plan_next_month(self) -> None:
        if self.tab.sprint_id is None or self.tab.board_data is None or self.tab.verdict is None:
            return
        open_tasks = [t for w in self.tab.board_data.weeks for t in w.tasks if not t.done]
        dlg = PlanNextDialog(self.tab, self.tab.board_data.sprint, open_tasks, self.tab.verdict)
        while dlg.exec() == PlanNextDialog.DialogCode.Accepted:
            if self.do_plan_next(dlg.name.text(), dlg.owners.text(), dlg.picked(), dlg.narrow.isChecked(), dlg):
                return

    def do_plan_next(
        self,
        name: str,
        owners: str,
        carry: list[int],
        narrow: bool,
        dlg: PlanNextDialog | None = None,
    ) -> bool:
        if self.tab.sprint_id is None:
            return False
        try:
            sp = S.plan_next_month(
                self.tab.engine, self.tab.sprint_id, carry, name=name, owners=owners, add_narrowing=narrow
            )
        except S.SprintError as exc:
            if dlg is not None:
                dlg.show_error(str(exc))
            else:
                self.tab.show_error(str(exc))
            return False
        self.tab.sprint_id = sp.id
        self.tab.reload_sprints(sp.id)
        self.tab.after_write()
        carried = len(carry)
        msg = QCoreApplication.translate("SprintActions", "Planned “{name}” from {day} with %n carried", None, carried)
        self.tab.ctx.bus.status_message.emit(msg.format(name=sp.name, day=short_date(sp.start_date)))
        return True

    def edit_sprint(self) -> None:
        if self.tab.board_data is None:
            return
        dlg = SprintDialog(self.tab, self.tab.board_data.sprint)
        if dlg.exec() == SprintDialog.DialogCode.Accepted:
            self.do_edit_sprint(dlg.values())

    def do_edit_sprint(self, values: dict[str, str]) -> bool:
        if self.tab.sprint_id is None:
            return False
        try:
            S.update_sprint(self.tab.engine, self.tab.sprint_id, **values)
        except S.SprintError as exc:
            self.tab.show_error(str(exc))
            return False
        self.tab.reload_sprints(self.tab.sprint_id)
        self.tab.after_write()
        return True

    def delete_sprint(self) -> None:
        if self.tab.sprint_id is None or self.tab.board_data is None:
            return
        sp = self.tab.board_data.sprint
        total = self.tab.board_data.total
        question = QCoreApplication.translate("SprintActions", "Delete “{name}” with its %n task(s) and check-in notes? This cannot be undone.", None, total)  # fmt: skip  # noqa: E501
        answer = QMessageBox.question(
            self.tab, QCoreApplication.translate("SprintActions", "Delete sprint"), question.format(name=sp.name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.do_delete_sprint()

    def do_delete_sprint(self) -> None:
        if self.tab.sprint_id is None:
            return
        S.delete_sprint(self.tab.engine, self.tab.sprint_id)
        self.tab.undo_stack.clear()
        self.tab.sprint_id = None
        self.tab.reload_sprints()
        self.tab.after_write()

    # ----- exports --------------------------------------------------------------------------------------
    def export_report(self) -> None:
        if self.tab.sprint_id is None or self.tab.board_data is None:
            return
        safe = "".join(c if c.isalnum() or c in "-_ " else "_" for c in self.tab.board_data.sprint.name).strip()
        path_str, chosen = QFileDialog.getSaveFileName(
            self.tab,
            QCoreApplication.translate("SprintActions", "Export sprint report"),
            f"{safe or 'sprint'} report.md",
            QCoreApplication.translate("SprintActions", "Markdown (*.md);;PDF (*.pdf)"),
        )
        if not path_str:
            return
        path = Path(path_str)
        if path.suffix.lower() not in (".md", ".pdf"):
            path = path.with_suffix(".pdf" if "pdf" in chosen.lower() else ".md")
        self.write_report(path)

    def write_report(self, path: Path) -> bool:
        if self.tab.sprint_id is None:
            return False
        data = S.report_data(self.tab.engine, self.tab.sprint_id, self.tab.today())
        try:
            if path.suffix.lower() == ".pdf":
                write_pdf(
                    S.report_html(data),
                    path,
                    title=QCoreApplication.translate("SprintActions", "Sprint report: {name}").format(
                        name=data.board.sprint.name
                    ),
                )
            else:
                safe_files.write_text(path, S.report_markdown(data))
        except OSError as exc:
            self.tab.show_error(
                QCoreApplication.translate("SprintActions", "Could not write {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                )
            )
            return False
        self.tab.ctx.bus.status_message.emit(
            QCoreApplication.translate("SprintActions", "Sprint report written to {path}").format(path=path)
        )
        return True

    def export_csv(self) -> None:
        """File > Export current table: the weekly check-in table."""
        if self.tab.sprint_id is None:
            return
        path = self.tab.checkin.export_csv_dialog("sprint check-in.csv")
        if path is not None:
            self.tab.ctx.bus.status_message.emit(
                QCoreApplication.translate("SprintActions", "Exported to {path}").format(path=path)
            )

    def export_checkin_csv(self, path: Path) -> int:
        return export_model_csv(self.tab.checkin.proxy, path)
