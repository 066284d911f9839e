"""Add / edit a post with validation as you type: every problem shows next to its field, Save stays disabled
until the errors are fixed; warnings (reach above impressions) show but do not block.

Themes are picked with ``ThemePicker`` (type to create) and the format combo offers the promise's recurring
formats first, so the tags Insights ranks are the ones typed here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.domain.imports.rows import PLATFORMS
from microcomm_desktop.domain.post_fields import FIELDS_BY_KEY
from microcomm_desktop.services.posts import (
    COUNT_FIELDS,
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
        title: str = "",
        themes_available: Sequence[str] = (),
        formats: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Post"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        # The fields scroll inside the dialog: twenty rows do not fit a 720-pixel laptop screen, and the Save
        # and Cancel buttons below must stay reachable.
        fields = QWidget()
        self.form_layout = QFormLayout(fields)
        self.scroller = QScrollArea()
        self.scroller.setObjectName("postFormScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(fields)
        lay.addWidget(self.scroller, 1)
        # Asked before typed text is thrown away (Escape, Cancel, closing); a test may answer instead.
        self.confirm_discard: Callable[[], bool] = self._ask_discard
        self.edits: dict[str, QLineEdit] = {}
        self.msgs: dict[str, QLabel] = {}

        self.when = self._line(
            "when", self.tr("Date/time *"), form.get("when", ""), self.tr("2026-11-24 18:30 (your local time)")
        )
        self.label_combo = QComboBox()
        self.label_combo.addItems(["", "community", "reach"])  # i18n: data (the stored label)
        self.label_combo.setCurrentText(form.get("label", ""))
        self.label_combo.setToolTip(
            self.tr("community: judged on replies, saves, depth · reach: judged on shares, discovery")
        )
        self._row("label", self.tr("Label *"), self.label_combo)
        self.platform = QComboBox()
        self.platform.setEditable(True)
        self.platform.addItems(list(PLATFORMS))
        self.platform.setCurrentText(form.get("platform", "instagram") or "instagram")
        self._row("platform", self.tr("Platform"), self.platform)
        self.format = QComboBox()
        self.format.setEditable(True)
        self.format.addItem("")
        # The promise's recurring formats and formats already used come first; common ones after.
        seen = {f.lower() for f in formats}
        self.format.addItems([*formats, *(f for f in FORMATS if f.lower() not in seen)])  # i18n: data (typed values)
        self.format.setCurrentText(form.get("format", ""))
        self.format.setToolTip(
            self.tr(
                "Pick one of your promise's recurring formats (listed first) or type your own; Insights ranks "
                "formats. A format naming a poll, quiz or Q and A is judged on the poll and Q and A ER band."
            )
        )
        self._row("format", self.tr("Format"), self.format)
        self.themes = ThemePicker(themes_available, self)
        self.themes.setObjectName("themePicker")
        self.themes.set_themes([form.get("themes", "")] if form.get("themes") else [])
        self._row("themes", self.tr("Themes"), self.themes)
        self._line("title", self.tr("Title or caption"), form.get("title", ""))
        self._line("link", self.tr("Link"), form.get("link", ""), "https://…")
        self.ritual = QComboBox()
        self.ritual.addItem(self.tr("(none)"), "")
        for oid, text in rituals:
            self.ritual.addItem(text, str(oid))
        idx = self.ritual.findData(form.get("ritual_occurrence_id", ""))
        self.ritual.setCurrentIndex(max(0, idx))
        self.ritual.setToolTip(self.tr("The ritual occurrence this post carried (optional)"))
        self._row("ritual_occurrence_id", self.tr("Ritual"), self.ritual)
        for key in (*COUNT_FIELDS, *OPTIONAL_COUNTS):
            hint = self.tr("optional") if key in OPTIONAL_COUNTS else self.tr("0 if unknown")
            self._line(key, FIELDS_BY_KEY[key].label_text(), form.get(key, ""), hint)
        self.notes = QPlainTextEdit(form.get("notes", ""))
        self.notes.setFixedHeight(60)
        self._row("notes", self.tr("Notes"), self.notes)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.cancel)
        lay.addWidget(self.buttons)
        self.platform_post_id = form.get("platform_post_id", "")
        for e in self.edits.values():
            e.textChanged.connect(self.revalidate)
        self.label_combo.currentTextChanged.connect(self.revalidate)
        self.format.currentTextChanged.connect(self.revalidate)
        self.themes.themesChanged.connect(self.revalidate)
        # Enter in the Themes box adds the theme (as its hint says); it must not reach the dialog's Save.
        self.themes.edit.installEventFilter(self)
        self.revalidate()
        self._initial = self._typed()
        self._fit_height()

    def _fit_height(self) -> None:
        """Open as tall as the fields need, but never taller than the screen's free height."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        avail = screen.availableGeometry().height() - 60 if screen is not None else 700
        inner = self.scroller.widget()
        needed = (inner.sizeHint().height() if inner is not None else 0) + 110
        self.resize(max(self.width(), 560), max(300, min(needed, avail)))

    def _typed(self) -> dict[str, str]:
        out = self.values()
        out["themes_text"] = self.themes.edit.text()
        return out

    def has_typed_changes(self) -> bool:
        return self._typed() != self._initial

    def _ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Discard what you typed in this post?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def cancel(self) -> None:
        """Escape and Cancel: typed text is only dropped when the user confirms. (Closing the window, which
        Qt also routes through reject(), is left as an explicit act.)"""
        if self.has_typed_changes() and not self.confirm_discard():
            return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.cancel()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.themes.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            popup = self.themes.edit.completer().popup() if self.themes.edit.completer() else None
            if popup is not None and popup.isVisible():
                return False  # the completer takes the highlighted theme first
            self.themes.commit_text()
            return True
        return super().eventFilter(watched, event)

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
        # A hint line keeps its space while hidden, so the fields below do not jump when one appears.
        policy = msg.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        msg.setSizePolicy(policy)
        msg.setMinimumHeight(msg.fontMetrics().height())
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
                text = self.tr("%n new theme(s) created on save: {themes}", "", len(new)).format(themes=", ".join(new))
            msg.setText(text)
            colour = "#c0392b" if key in chk.errors else ("#b9770e" if key in chk.warnings else "#7f8c8d")
            msg.setStyleSheet(f"color: {colour};")
            msg.setVisible(bool(text))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(chk.ok)
        n = len(chk.errors)
        self.summary.setText("" if chk.ok else self.tr("Fix %n field(s) to save.", "", n))
