"""Escape on a form with typed text asks before throwing the text away.

QDialog closes on Escape without a word; on a laptop keyboard Escape sits next to keys people hit while
typing. The guard remembers what the form's text fields held when the dialog was first shown and, when Escape
would close it with different text, asks first. Forms need one line (``DiscardGuard(self)``); the post form has
its own richer check.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit


class DiscardGuard(QObject):
    def __init__(self, dialog: QDialog, ask: Callable[[], bool] | None = None) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.ask: Callable[[], bool] = ask or self._ask
        self._baseline: list[str] | None = None
        dialog.installEventFilter(self)

    def _texts(self) -> list[str]:
        out: list[str] = []
        for w in self.dialog.findChildren(QLineEdit):
            out.append(w.text())
        for p in self.dialog.findChildren(QPlainTextEdit):
            out.append(p.toPlainText())
        for t in self.dialog.findChildren(QTextEdit):
            if not t.isReadOnly():
                out.append(t.toPlainText())
        return out

    def reset(self) -> None:
        """What the form holds now is the untouched state (call after filling it in code)."""
        self._baseline = self._texts()

    def typed(self) -> bool:
        return self._baseline is not None and self._texts() != self._baseline

    def _ask(self) -> bool:
        answer = QMessageBox.question(
            self.dialog,
            self.dialog.windowTitle(),
            self.tr("Discard what you typed in this form?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # While Python tears the guard down (a closing dialog, the app quitting), Qt can still deliver events to
        # the filter after the attributes are gone: an AttributeError here would reach the error reporter.
        dialog = self.__dict__.get("dialog")
        if dialog is None:
            return False
        if watched is dialog:
            if event.type() == QEvent.Type.Show and self._baseline is None:
                self.reset()
            elif (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and self.typed()
                and not self.ask()
            ):
                return True  # keep the form and what was typed
        return super().eventFilter(watched, event)
