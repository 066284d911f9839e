"""Moving a view's selection from code, whatever keys the user happens to hold."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView


def select_only(view: QAbstractItemView, index: QModelIndex) -> None:
    """Make ``index``'s row the current row and the only selected one.

    Why not ``view.setCurrentIndex(index)`` or ``QTableView.selectRow(row)``: on a view that allows several
    selected rows, both ask the view how to select, and the view reads the modifiers of the last key or mouse
    event (``QGuiApplication.keyboardModifiers()``). When the app moves the selection itself (after a refresh,
    a move up/down, a save) while Ctrl or Shift is down, its pick is toggled into or added to the selection
    instead of replacing it, and the selection and the current row name different rows. Telling the selection
    model what to do leaves the keyboard out of it. ``index`` is an index of ``view``'s own model (the proxy's,
    for a filtered table); an invalid index changes nothing.
    """
    selection = view.selectionModel()
    if selection is None or not index.isValid():
        return
    selection.setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
