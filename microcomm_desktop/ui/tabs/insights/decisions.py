"""The decision log beside the Insights ranking: one content decision per week, tied to the figures behind it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.services import decisions as dec
from microcomm_desktop.services import figures_text as ft
from microcomm_desktop.ui.dialogs.decision_edit import (
    AddDecisionCommand,
    DecisionDialog,
    DeleteDecisionCommand,
    EditDecisionCommand,
)
from microcomm_desktop.ui.models.insight_table_model import STATS_ROLE, DecisionTableModel

if TYPE_CHECKING:
    from microcomm_desktop.ui.tabs.insights.page import InsightsTab


class DecisionLog(QWidget):
    """Decisions are undoable commands on the tab's stack; Log prefills from the selected ranking row."""

    def __init__(self, tab: InsightsTab) -> None:
        super().__init__(tab)  # parented from the start, like every widget of the tab (row heights fit the text)
        self.tab = tab
        v = QVBoxLayout(self)
        self.decision_nudge = QLabel("")
        self.decision_nudge.setWordWrap(True)
        self.decision_nudge.setObjectName("decisionNudge")
        self.decision_model = DecisionTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.decision_model)
        self.decision_proxy = proxy
        self.decision_view = QTableView(self)
        self.decision_view.setModel(proxy)
        self.decision_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.decision_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.decision_view.verticalHeader().setVisible(False)
        hh = self.decision_view.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hh.resizeSection(1, 170)
        self.decision_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.decision_view.setWordWrap(True)
        self.decision_view.doubleClicked.connect(lambda _i: self.edit_decision())
        buttons = QHBoxLayout()
        self.add_decision_btn = QPushButton(self.tr("Log a decision…"))
        self.add_decision_btn.setToolTip(self.tr("Ctrl+D — prefilled from the selected row of the ranking"))
        self.add_decision_btn.clicked.connect(self.add_decision)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self.edit_decision)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self.delete_decision)
        for b in (self.add_decision_btn, edit, delete):
            buttons.addWidget(b)
        buttons.addStretch(1)
        v.addWidget(self.decision_nudge)
        v.addWidget(self.decision_view, 1)
        v.addLayout(buttons)

    def load_decisions(self) -> None:
        if self.tab.ws_id is None:
            self.decision_model.set_rows([])
            self.decision_nudge.setText("")
            return
        chosen = self.selected_decision()
        self.decision_model.set_rows(dec.list_decisions(self.tab.ctx.engine, self.tab.ws_id))
        self.decision_view.resizeRowsToContents()
        if chosen is not None:  # a reload keeps the decision selected, so Edit… and Delete still act on it
            self._select_decision(chosen.id)
        missing = dec.weeks_without_decision(self.tab.ctx.engine, self.tab.ws_id, self.tab.today, 4)
        if missing and missing[0] == dec.week_start_for(self.tab.ctx.engine, self.tab.ws_id, self.tab.today):
            self.decision_nudge.setText(
                self.tr(
                    "No decision logged for this week (week of {week}) — tie one content decision to the data every "
                    "week."
                ).format(week=ft.day_month(missing[0]))
            )
        else:
            self.decision_nudge.setText(
                self.tr("{logged} of the last 4 weeks have a decision logged.").format(logged=4 - len(missing))
            )

    def _select_decision(self, decision_id: int) -> None:
        proxy = self.decision_proxy
        for r in range(proxy.rowCount()):
            row = proxy.data(proxy.index(r, 0), STATS_ROLE)
            if row is not None and row.id == decision_id:
                self.decision_view.selectRow(r)
                return

    def _week_of(self, d: date) -> date:
        return dec.week_start_for(self.tab.ctx.engine, self.tab.ws_id or 0, d)

    def _prefill(self) -> tuple[str, str, str]:
        """Prefill the decision from the selected ranking row: its subject and its figures."""
        rows = self.tab.table.view.selectionModel().selectedRows() if self.tab.table.view.selectionModel() else []
        if not rows:
            return "replies_per_1k", "", ""
        g = self.tab.table.proxy.data(rows[0], STATS_ROLE)
        if g is None:
            return "replies_per_1k", "", ""
        subject = f"{self.tab.by()}: {g.key}"
        posts = g.posts
        text = self.tr("{group}: median replies/1k {median}, saves/1k {saves} over %n post(s) → ", "", posts).format(
            group=g.key, median=ft.rate(g.median_replies_per_1k), saves=ft.rate(g.saves_per_1k)
        )
        return "replies_per_1k", subject, text

    def decision_dialog(self, row: dec.DecisionRow | None = None) -> DecisionDialog:
        metric, subject, text = self._prefill() if row is None else ("", "", "")
        this_week = self._week_of(self.tab.today)
        return DecisionDialog(
            this_week, self.tab, row=row, metric=metric, subject=subject, text=text, week_of=self._week_of
        )

    def add_decision(self, dialog: DecisionDialog | None = None) -> bool:
        if self.tab.ws_id is None:
            return False
        dlg = dialog or self.decision_dialog()
        if dialog is None and dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        cmd = AddDecisionCommand(self.tab.ctx.engine, self.tab.ws_id, dlg.values(), self.tab.ctx.bus)
        self.tab.undo_stack.push(cmd)
        if cmd.error:
            QMessageBox.warning(self.tab, self.tr("Log a decision"), cmd.error)
            return False
        return True

    def selected_decision(self) -> dec.DecisionRow | None:
        sm = self.decision_view.selectionModel()
        rows = sm.selectedRows() if sm else []
        if not rows:
            return None
        return self.decision_proxy.data(rows[0], STATS_ROLE)  # type: ignore[no-any-return]

    def edit_decision(self, dialog: DecisionDialog | None = None) -> bool:
        row = self.selected_decision()
        if row is None or self.tab.ws_id is None:
            return False
        dlg = dialog or self.decision_dialog(row)
        if dialog is None and dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        cmd = EditDecisionCommand(self.tab.ctx.engine, self.tab.ws_id, row.id, dlg.values(), self.tab.ctx.bus)
        self.tab.undo_stack.push(cmd)
        return cmd.error is None

    def delete_decision(self) -> bool:
        row = self.selected_decision()
        if row is None or self.tab.ws_id is None:
            return False
        cmd = DeleteDecisionCommand(self.tab.ctx.engine, self.tab.ws_id, row.id, self.tab.ctx.bus)
        self.tab.undo_stack.push(cmd)
        return cmd.error is None
