"""Add / edit a post with validation as you type: every problem shows next to its field, Save stays disabled
until the errors are fixed; warnings (reach above impressions) show but do not block.

Themes are picked with ``ThemePicker`` (type to create) and the format combo offers the promise's recurring
formats first, so the tags Insights ranks are the ones typed here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.domain.imports.rows import PLATFORMS
from microcomm_desktop.services.posts import (
    COUNT_FIELDS,
    FIELD_LABELS,
    OPTIONAL_COUNTS,
    THEMES_SEPARATOR,
    FormCheck,
    check_post_form,
)
from microcomm_desktop.ui.widgets.theme_editor import ThemePicker

FORMATS = ("short video", "carousel", "image", "reel", "live", "Q and A", "poll", "story", "thread", "post", "video")


class PostFormDialog(QDialog):
    """``values()`` returns the form as text fields; ``check()`` the validated, typed values."""

    def __init__(
        self,
        form: dict[str, str],
        rituals: list[tuple[int, str]],
        parent: QWidget | None = None,
        title: str = "Post",
        themes_available: Sequence[str] = (),
        formats: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        self.form_layout = QFormLayout()
        lay.addLayout(self.form_layout)
        self.edits: dict[str, QLineEdit] = {}
        self.msgs: dict[str, QLabel] = {}

        self.when = self._line("when", "Date/time *", form.get("when", ""), "2026-11-24 18:30 (your local time)")
        self.label_combo = QComboBox()
        self.label_combo.addItems(["", "community", "reach"])
        self.label_combo.setCurrentText(form.get("label", ""))
        self.label_combo.setToolTip("community: judged on replies, saves, depth · reach: judged on shares, discovery")
        self._row("label", "Label *", self.label_combo)
        self.platform = QComboBox()
        self.platform.setEditable(True)
        self.platform.addItems(list(PLATFORMS))
        self.platform.setCurrentText(form.get("platform", "instagram") or "instagram")
        self._row("platform", "Platform", self.platform)
        self.format = QComboBox()
        self.format.setEditable(True)
        self.format.addItem("")
        # The promise's recurring formats and formats already used come first; common ones after.
        seen = {f.lower() for f in formats}
        self.format.addItems([*formats, *(f for f in FORMATS if f.lower() not in seen)])
        self.format.setCurrentText(form.get("format", ""))
        self.format.setToolTip(
            "Pick one of your promise's recurring formats (listed first) or type your own; Insights ranks formats. "
            "A format naming a poll, quiz or Q and A is judged on the poll and Q and A ER band."
        )
        self._row("format", "Format", self.format)
        self.themes = ThemePicker(themes_available, self)
        self.themes.setObjectName("themePicker")
        self.themes.set_themes([form.get("themes", "")] if form.get("themes") else [])
        self._row("themes", "Themes", self.themes)
        self._line("title", "Title or caption", form.get("title", ""))
        self._line("link", "Link", form.get("link", ""), "https://…")
        self.ritual = QComboBox()
        self.ritual.addItem("(none)", "")
        for oid, text in rituals:
            self.ritual.addItem(text, str(oid))
        idx = self.ritual.findData(form.get("ritual_occurrence_id", ""))
        self.ritual.setCurrentIndex(max(0, idx))
        self.ritual.setToolTip("The ritual occurrence this post carried (optional)")
        self._row("ritual_occurrence_id", "Ritual", self.ritual)
        for key in (*COUNT_FIELDS, *OPTIONAL_COUNTS):
            hint = "optional" if key in OPTIONAL_COUNTS else "0 if unknown"
            self._line(key, FIELD_LABELS[key], form.get(key, ""), hint)
        self.notes = QPlainTextEdit(form.get("notes", ""))
        self.notes.setFixedHeight(60)
        self._row("notes", "Notes", self.notes)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.platform_post_id = form.get("platform_post_id", "")
        for e in self.edits.values():
            e.textChanged.connect(self.revalidate)
        self.label_combo.currentTextChanged.connect(self.revalidate)
        self.format.currentTextChanged.connect(self.revalidate)
        self.themes.themesChanged.connect(self.revalidate)
        self.revalidate()

    def accept(self) -> None:
        """A theme typed but not confirmed with Enter still counts (as in the bulk dialog)."""
        self.themes.commit_text()
        if self.check().ok:
            super().accept()

    def _row(self, key: str, label: str, widget: QWidget) -> None:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget)
        msg = QLabel()
        msg.setObjectName(f"msg_{key}")
        msg.setWordWrap(True)
        msg.setVisible(False)
        v.addWidget(msg)
        self.msgs[key] = msg
        self.form_layout.addRow(label, box)

    def _line(self, key: str, label: str, text: str, placeholder: str = "") -> QLineEdit:
        e = QLineEdit(text)
        e.setObjectName(f"edit_{key}")
        e.setPlaceholderText(placeholder)
        self.edits[key] = e
        self._row(key, label, e)
        return e

    def values(self) -> dict[str, str]:
        out = {k: e.text() for k, e in self.edits.items()}
        out["label"] = self.label_combo.currentText()
        out["platform"] = self.platform.currentText()
        out["format"] = self.format.currentText()
        out["themes"] = THEMES_SEPARATOR.join(self.themes.themes())
        out["notes"] = self.notes.toPlainText()
        out["ritual_occurrence_id"] = str(self.ritual.currentData() or "")
        out["platform_post_id"] = self.platform_post_id
        return out

    def check(self) -> FormCheck:
        return check_post_form(self.values())

    def revalidate(self, *_args: Any) -> None:
        chk = self.check()
        new = self.themes.new_themes()
        for key, msg in self.msgs.items():
            text = chk.errors.get(key) or chk.warnings.get(key) or ""
            if key == "themes" and not text and new:
                text = f"New theme{'s' * (len(new) > 1)} created on save: {', '.join(new)}"
            msg.setText(text)
            colour = "#c0392b" if key in chk.errors else ("#b9770e" if key in chk.warnings else "#7f8c8d")
            msg.setStyleSheet(f"color: {colour};")
            msg.setVisible(bool(text))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(chk.ok)
        n = len(chk.errors)
        self.summary.setText("" if chk.ok else f"Fix {n} field{'s' if n > 1 else ''} to save.")
