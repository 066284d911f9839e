"""Workspace settings: time zone, currency, ER definition, week start — each shown where it matters."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from microcomm_desktop.store.models import Workspace
from microcomm_desktop.ui.dialogs.discard_guard import DiscardGuard

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class WorkspaceSettingsDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.discard_guard = DiscardGuard(self)  # Escape asks before dropping typed text
        self.setWindowTitle(f"Workspace settings — {ws.name}")
        form = QFormLayout(self)
        self.name = QLineEdit(ws.name)
        self.tz = QComboBox()
        self.tz.setEditable(True)
        self.tz.addItems(sorted(available_timezones()))
        self.tz.setCurrentText(ws.timezone)
        self.er = QComboBox()
        self.er.addItem("Engagements / reach (default)", "reach")
        self.er.addItem("Engagements / impressions", "impressions")
        self.er.setCurrentIndex(0 if ws.er_definition == "reach" else 1)
        self.week = QComboBox()
        self.week.addItems(WEEKDAYS)
        self.week.setCurrentIndex(ws.week_start)
        self.code = QLineEdit(ws.currency_code)
        self.code.setMaxLength(3)
        self.symbol = QLineEdit(ws.currency_symbol)
        self.symbol.setMaxLength(8)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #c0392b")
        form.addRow("Name", self.name)
        form.addRow("Time zone", self.tz)
        form.addRow("Engagement rate", self.er)
        form.addRow("Weeks start on", self.week)
        form.addRow("Currency code", self.code)
        form.addRow("Currency symbol", self.symbol)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText("A workspace needs a name.")
            return
        if self.tz.currentText() not in available_timezones():
            self.error.setText(f"Unknown time zone {self.tz.currentText()!r}; pick one from the list.")
            return
        code = self.code.text().strip().upper()
        if len(code) != 3 or not code.isalpha():
            self.error.setText("The currency code has three letters, e.g. USD or EUR.")
            return
        self.accept()

    def values(self) -> dict[str, object]:
        return {
            "name": self.name.text().strip(),
            "timezone": self.tz.currentText(),
            "er_definition": self.er.currentData(),
            "week_start": self.week.currentIndex(),
            "currency_code": self.code.text().strip().upper(),
            "currency_symbol": self.symbol.text().strip() or "$",
        }
