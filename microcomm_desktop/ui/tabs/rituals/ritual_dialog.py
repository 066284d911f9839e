"""Add/edit a ritual: name, format, weekdays and time, duration, home, recap habit, active from/to.

Validation runs through ``services.rituals.validate_ritual`` so the dialog shows the same messages the service
would raise, next to the form, and only closes on valid input.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop import i18n
from microcomm_desktop.domain.rituals import WEEKDAY_NAMES, parse_weekdays
from microcomm_desktop.services.promise import FormatRow
from microcomm_desktop.services.rituals import RitualRow, validate_ritual
from microcomm_desktop.ui.dialogs.discard_guard import DiscardGuard


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def weekday_names() -> list[str]:
    """Monday first: "Mon" … "Sun" in English as always, the locale's short day names (QLocale) elsewhere."""
    if i18n.active_language() == "en":
        return list(WEEKDAY_NAMES)
    return [QLocale().dayName(i, QLocale.FormatType.ShortFormat) for i in range(1, 8)]


class RitualDialog(QDialog):
    def __init__(
        self, formats: list[FormatRow], today: date, ritual: RitualRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.discard_guard = DiscardGuard(self)  # Escape asks before dropping typed text
        self.setWindowTitle(self.tr("Edit ritual") if ritual else self.tr("Add ritual"))
        self.name = QLineEdit(ritual.name if ritual else "")
        self.name.setPlaceholderText(self.tr("Tuesday teardown"))
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("(no format)"), None)
        for f in formats:
            self.format_combo.addItem(f.name, f.id)  # i18n: data
        if ritual and ritual.format_id:
            self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(ritual.format_id)))
        self.format_text = QLineEdit(ritual.format_text if ritual else "")
        self.format_text.setPlaceholderText(self.tr("teardown series"))
        days = set(parse_weekdays(ritual.weekdays)) if ritual else set()
        self.day_boxes = [QCheckBox(n) for n in weekday_names()]
        drow = QHBoxLayout()
        for i, b in enumerate(self.day_boxes):
            b.setChecked(i in days)
            drow.addWidget(b)
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        hh, mm = (ritual.time_of_day if ritual else "18:00").split(":")
        self.time.setTime(QTime(int(hh), int(mm)))
        self.duration = QSpinBox()
        self.duration.setRange(1, 1440)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(ritual.duration_minutes if ritual else 60)
        self.home = QLineEdit(ritual.home if ritual else "")
        self.home.setPlaceholderText(self.tr("Instagram comments"))
        self.recap = QLineEdit(ritual.recap_habit if ritual else "")
        self.recap.setPlaceholderText(self.tr("Recap post the next day: what we learned, what happens next"))
        self.active_from = QDateEdit(_qdate(ritual.active_from if ritual else today))
        self.active_from.setCalendarPopup(True)
        self.active_from.setDisplayFormat("yyyy-MM-dd")
        self.has_end = QCheckBox(self.tr("ends on"))
        self.active_to = QDateEdit(_qdate(ritual.active_to if ritual and ritual.active_to else today))
        self.active_to.setCalendarPopup(True)
        self.active_to.setDisplayFormat("yyyy-MM-dd")
        self.has_end.setChecked(bool(ritual and ritual.active_to))
        self.active_to.setEnabled(self.has_end.isChecked())
        self.has_end.toggled.connect(self.active_to.setEnabled)
        self.notes = QLineEdit(ritual.notes if ritual else "")
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("Format (text):"), self.format_text)
        form.addRow(self.tr("Weekdays:"), drow)
        form.addRow(self.tr("&Time (local):"), self.time)
        form.addRow(self.tr("Duration:"), self.duration)
        form.addRow(self.tr("Home:"), self.home)
        form.addRow(self.tr("Recap habit:"), self.recap)
        end_row = QHBoxLayout()
        end_row.addWidget(self.active_from)
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.active_to)
        form.addRow(self.tr("Active from:"), end_row)
        form.addRow(self.tr("Notes:"), self.notes)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        af = self.active_from.date().toPython()
        at = self.active_to.date().toPython() if self.has_end.isChecked() else None
        return {
            "name": self.name.text(),
            "format_id": self.format_combo.currentData(),
            "format_text": self.format_text.text().strip()
            or (self.format_combo.currentText() if self.format_combo.currentData() else ""),
            "weekdays": ",".join(str(i) for i, b in enumerate(self.day_boxes) if b.isChecked()),
            "time_of_day": self.time.time().toString("HH:mm"),
            "duration_minutes": self.duration.value(),
            "home": self.home.text().strip(),
            "recap_habit": self.recap.text().strip(),
            "active_from": af,
            "active_to": at,
            "notes": self.notes.text().strip(),
        }

    def accept(self) -> None:
        errors = validate_ritual(self.values())
        if errors:
            self.error.setText("\n".join(errors.values()))
            return
        super().accept()
