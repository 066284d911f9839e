"""Add or edit one entry of the decision log, and the undo commands for add / edit / delete.

The dialog validates with ``services.decisions.validate`` before closing, so a missing text or metric is
explained next to the field and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from microcomm_desktop.services import decisions as dec
from microcomm_desktop.ui.dialogs.discard_guard import DiscardGuard
from microcomm_desktop.ui.events import ChangeArea, EventBus
from microcomm_desktop.ui.models.insight_table_model import DEC_METRIC_LABELS
from microcomm_desktop.ui.operations import ServiceCommand


class DecisionDialog(QDialog):
    """Week, metric (+ what it was measured on) and the decision sentence."""

    def __init__(
        self,
        week_start: date,
        parent: QWidget | None = None,
        *,
        row: dec.DecisionRow | None = None,
        metric: str = "replies_per_1k",
        subject: str = "",
        text: str = "",
        week_of: Callable[[date], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.discard_guard = DiscardGuard(self)  # Escape asks before dropping typed text
        self.setWindowTitle(self.tr("Edit decision") if row else self.tr("Log a decision"))
        self._week_of = week_of
        self.week = QDateEdit(self)
        self.week.setCalendarPopup(True)
        self.week.setDisplayFormat("yyyy-MM-dd")
        self.week.setToolTip(self.tr("The week the decision rests on (snapped to the workspace's week start)"))
        d = row.week_start if row else week_start
        self.week.setDate(QDate(d.year, d.month, d.day))
        self.metric_combo = QComboBox(self)
        for key, label in dec.METRICS.items():  # the reader's words; the stored key is the item data
            if key in DEC_METRIC_LABELS:
                label = QCoreApplication.translate("DecisionTableModel", DEC_METRIC_LABELS[key])
            self.metric_combo.addItem(label, key)
        self.metric_combo.setCurrentIndex(max(0, self.metric_combo.findData(row.metric if row else metric)))
        self.subject = QLineEdit(row.subject if row else subject, self)
        self.subject.setPlaceholderText(self.tr("measured on… e.g. format: carousel"))
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("e.g. Dropped the carousel format: saves/1k fell 3 weeks in a row."))
        self.text.setPlainText(row.text if row else text)
        self.text.setTabChangesFocus(True)
        self.error = QLabel("", self)
        self.error.setObjectName("decisionError")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Week of:"), self.week)
        form.addRow(self.tr("Rests on:"), self.metric_combo)
        form.addRow(self.tr("Measured on:"), self.subject)
        form.addRow(self.tr("Decision:"), self.text)
        lay = QVBoxLayout(self)
        hint = QLabel(self.tr("One content decision per week, tied to the number it rests on."))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.resize(520, 320)

    def values(self) -> tuple[date, str, str, str]:
        qd = self.week.date()
        d = date(qd.year(), qd.month(), qd.day())
        if self._week_of is not None:
            d = self._week_of(d)
        return d, self.text.toPlainText(), str(self.metric_combo.currentData()), self.subject.text()

    def accept(self) -> None:
        _d, text, metric, _s = self.values()
        try:
            dec.validate(text, metric)
        except dec.DecisionError as exc:
            self.error.setText(str(exc))
            self.text.setFocus()
            return
        super().accept()


class _DecisionCommand(ServiceCommand):
    """A decision-log write done on the first redo (``ServiceCommand``): a refused first write leaves its sentence in
    ``error`` (the Insights tab shows it) and drops the command; every failure also goes to the status bar."""

    expected = (dec.DecisionError,)

    def __init__(self, engine: Engine, workspace_id: int, bus: EventBus | None) -> None:
        super().__init__()
        self.engine = engine
        self.workspace_id = workspace_id
        self.bus = bus
        self.error: str | None = None

    def on_failure(self, message: str, first: bool) -> None:
        self.error = message
        if self.bus is not None:
            self.bus.status_message.emit(message)

    def after_step(self, undone: bool) -> None:
        if self.failed is None and self.bus is not None:
            self.bus.changed(ChangeArea.DECISIONS, self.workspace_id)


class AddDecisionCommand(_DecisionCommand):
    def __init__(
        self,
        engine: Engine,
        workspace_id: int,
        values: tuple[date, str, str, str],
        bus: EventBus | None = None,
    ) -> None:
        super().__init__(engine, workspace_id, bus)
        self.values = values
        self.row: dec.DecisionRow | None = None
        self.setText(QCoreApplication.translate("DecisionCommand", "log decision"))

    def _redo(self) -> None:
        if self.row is None:
            week, text, metric, subject = self.values
            self.row = dec.add_decision(self.engine, self.workspace_id, week, text, metric, subject)
        else:
            dec.restore_decision(self.engine, dec.DeletedDecision(self.workspace_id, self.row))

    def _undo(self) -> None:
        if self.row is not None:
            dec.delete_decision(self.engine, self.row.id)


class EditDecisionCommand(_DecisionCommand):
    def __init__(
        self,
        engine: Engine,
        workspace_id: int,
        decision_id: int,
        values: tuple[date, str, str, str],
        bus: EventBus | None = None,
    ) -> None:
        super().__init__(engine, workspace_id, bus)
        self.decision_id = decision_id
        self.values = values
        self.before: dec.DecisionRow | None = None
        self.setText(QCoreApplication.translate("DecisionCommand", "edit decision"))

    def _redo(self) -> None:
        week, text, metric, subject = self.values
        self.before = dec.update_decision(self.engine, self.decision_id, week, text, metric, subject)

    def _undo(self) -> None:
        b = self.before
        if b is not None:
            dec.update_decision(self.engine, self.decision_id, b.week_start, b.text, b.metric, b.subject)


class DeleteDecisionCommand(_DecisionCommand):
    def __init__(self, engine: Engine, workspace_id: int, decision_id: int, bus: EventBus | None = None) -> None:
        super().__init__(engine, workspace_id, bus)
        self.decision_id = decision_id
        self.snap: dec.DeletedDecision | None = None
        self.setText(QCoreApplication.translate("DecisionCommand", "delete decision"))

    def _redo(self) -> None:
        self.snap = dec.delete_decision(self.engine, self.decision_id)

    def _undo(self) -> None:
        if self.snap is not None:
            dec.restore_decision(self.engine, self.snap)
