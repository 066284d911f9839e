"""Tests of one xdist worker share one QApplication: a key or button an earlier test left "down" must not reach
the next test (``_no_key_or_button_left_down`` in tests/conftest.py). The two tests run in file order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView, QWidget


def test_a_test_that_ends_with_ctrl_and_a_button_down(qtbot: Any) -> None:
    w = QWidget()
    qtbot.addWidget(w)
    qtbot.keyPress(w, Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier)
    qtbot.mousePress(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.ShiftModifier
    assert QGuiApplication.mouseButtons() == Qt.MouseButton.LeftButton


def test_the_next_test_starts_with_nothing_held(qtbot: Any) -> None:
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    assert QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton
    from PySide6.QtGui import QStandardItemModel

    model = QStandardItemModel(5, 2)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.selectRow(1)
    view.selectRow(3)
    assert [i.row() for i in view.selectionModel().selectedRows()] == [3]  # replaced, not added to
