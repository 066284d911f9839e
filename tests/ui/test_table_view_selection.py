"""Selecting every row of a large table is instant: the column headers do not ask about each cell.

Why: Qt draws a column header after a selection change by asking whether the whole column is selected — one
``flags()`` per row and column, through PySide. Ctrl+A on the Posts table at 200,000 posts took 7.6 s in those
calls (issue #20). ``ui.widgets.table.TableView`` gives the headers a selection of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from microcomm_desktop.ui.models.base_table_model import BaseTableModel, Column
from microcomm_desktop.ui.widgets.table import FilterableTable

ROWS, COLUMNS = 3000, 12


class _Counted(BaseTableModel[int]):
    def __init__(self) -> None:
        super().__init__([Column(f"Column {i}", lambda r, i=i: r * COLUMNS + i, key=f"c{i}") for i in range(COLUMNS)])
        self.flag_calls = 0
        self.set_rows(list(range(ROWS)))

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        self.flag_calls += 1
        return super().flags(index)


def test_ctrl_a_asks_for_no_flags_per_cell_and_selects_every_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = _Counted()
    table = FilterableTable(model)
    qtbot.addWidget(table)
    table.resize(900, 500)
    table.show()
    qtbot.waitExposed(table)
    view = table.view
    view.setFocus()
    view.selectRow(0)
    QApplication.processEvents()
    model.flag_calls = 0
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    table.repaint()
    QApplication.processEvents()
    # Painted: the visible rows' cells only; the headers asked per cell before (ROWS * COLUMNS = 36,000 calls).
    assert model.flag_calls < ROWS, model.flag_calls
    assert len(view.selectionModel().selectedRows()) == ROWS  # (asks per cell itself: after the count)
    header = view.horizontalHeader()
    assert header.selectionModel() is not view.selectionModel()
    assert header.selectionModel().model() is view.model()

    table.proxy.sort(2, Qt.SortOrder.DescendingOrder)  # sorting, filtering keep working with the headers apart
    table.filter_edit.setText("3599")
    QApplication.processEvents()
    assert 0 < table.proxy.rowCount() < ROWS
