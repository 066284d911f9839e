"""Escape on a form with typed text asks first (issue 18 item 3), for the forms beyond the post form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from microcomm_desktop.ui.dialogs.discard_guard import DiscardGuard
from microcomm_desktop.ui.tabs.sprint.dialogs import TaskDialog


def test_escape_asks_only_when_text_changed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = QDialog()
    qtbot.addWidget(dlg)
    edit = QLineEdit("prefilled")
    QVBoxLayout(dlg).addWidget(edit)
    answers: list[bool] = []
    guard = DiscardGuard(dlg, ask=lambda: answers.pop(0))
    dlg.show()
    qtbot.waitExposed(dlg)
    edit.setText("half a sentence")
    answers.append(False)  # "Cancel": keep typing
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert dlg.isVisible() and edit.text() == "half a sentence"
    answers.append(True)  # "Discard"
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not dlg.isVisible() and answers == []
    assert guard.typed()


def test_untouched_form_closes_on_escape_without_asking(qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = QDialog()
    qtbot.addWidget(dlg)
    edit = QLineEdit("prefilled")
    QVBoxLayout(dlg).addWidget(edit)
    DiscardGuard(dlg, ask=lambda: (_ for _ in ()).throw(AssertionError("must not ask")))
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not dlg.isVisible()


def test_a_real_form_has_the_guard(qtbot, today: date) -> None:  # type: ignore[no-untyped-def]
    dlg = TaskDialog(None, None, 1, today)
    qtbot.addWidget(dlg)
    asked: list[bool] = []
    dlg.discard_guard.ask = lambda: asked.append(True) or False
    dlg.show()
    qtbot.waitExposed(dlg)
    edits = [e for e in dlg.findChildren(QLineEdit) if e.isVisible() and not e.isReadOnly()]
    edits[0].setText("Write the welcome post")
    qtbot.keyClick(edits[0], Qt.Key.Key_Escape)
    assert asked == [True] and dlg.isVisible()
