"""The small "add a prompt to the library" dialog opened from a shortlisted theme."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.domain.insights import RUNGS
from microcomm_desktop.i18n import QT_TRANSLATE_NOOP

# The prompt ladder's rungs (stored keys in ``RUNGS``) as the reader sees them.
RUNG_LABELS = {
    "identity": QT_TRANSLATE_NOOP("PromptDialog", "Identity"),
    "constraints": QT_TRANSLATE_NOOP("PromptDialog", "Constraints"),
    "proof": QT_TRANSLATE_NOOP("PromptDialog", "Proof"),
    "commitment": QT_TRANSLATE_NOOP("PromptDialog", "Commitment"),
}


class PromptDialog(QDialog):
    """Prefilled with a prompt that asks for a number or a choice; the user edits it before it is saved."""

    def __init__(self, text: str, rituals: Sequence[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a prompt to the library"))
        self.text = QLineEdit(text, self)
        self.text.setMinimumWidth(420)
        self.text.setToolTip(self.tr("Good prompts ask for a number, a screenshot, a choice or a constraint."))
        self.rung = QComboBox(self)
        for r in RUNGS:
            self.rung.addItem(self.tr(RUNG_LABELS[r]) if r in RUNG_LABELS else r.capitalize(), r)
        self.ritual = QComboBox(self)
        self.ritual.addItem(self.tr("(no ritual)"), None)
        for rid, name in rituals:
            self.ritual.addItem(name, rid)  # i18n: data
        self.error = QLabel("", self)
        self.error.setObjectName("promptError")
        self.error.setStyleSheet("color: #c0392b;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Prompt:"), self.text)
        form.addRow(self.tr("Ladder rung:"), self.rung)
        form.addRow(self.tr("Ritual:"), self.ritual)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def values(self) -> tuple[str, str, int | None]:
        rid = self.ritual.currentData()
        return self.text.text(), str(self.rung.currentData()), int(rid) if rid is not None else None

    def accept(self) -> None:
        if not self.text.text().strip():
            self.error.setText(self.tr("Write the prompt first."))
            return
        if len(" ".join(self.text.text().split())) > 500:
            self.error.setText(self.tr("Keep the prompt under 500 characters."))
            return
        super().accept()
