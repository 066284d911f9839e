"""A sortable, filterable table with CSV export — what users expect of every table in the app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.services import safe_files
from microcomm_desktop.ui.models.base_table_model import CSV_HEADER_ROLE


def export_model_csv(model: QAbstractItemModel, path: Path) -> int:
    """Write what the model shows (display text, header row first); returns the number of data rows.

    Exporting the model (through any proxy) means the CSV matches the filter and sort the user sees. A model
    that hands its rows to the view page by page (``fetchMore``) hands over the rest first: every row is written.
    """
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    rows = model.rowCount()
    cols = model.columnCount()

    def lines() -> Iterator[list[object]]:
        for r in range(rows):
            out: list[object] = []
            for c in range(cols):
                v = model.data(model.index(r, c), Qt.ItemDataRole.EditRole)
                if v is None:
                    v = model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
                out.append("" if v is None else v)
            yield out

    # All or nothing, and text cells guarded against formula injection (services.safe_files).
    # The untranslated header, whatever language the window shows: CSV_HEADER_ROLE (BaseTableModel), else a
    # header's EditRole (the scorecard and insight models answer it with the English name), else the shown text.
    horizontal = Qt.Orientation.Horizontal
    header: list[object] = []
    for c in range(cols):
        name = model.headerData(c, horizontal, CSV_HEADER_ROLE)
        if name is None:
            name = model.headerData(c, horizontal, Qt.ItemDataRole.EditRole)
        header.append(name if name is not None else model.headerData(c, horizontal))
    safe_files.write_csv_rows(path, header, lines)
    return rows


class FilterableTable(QWidget):
    """A filter box above a sortable view of ``model``; Ctrl+F focuses the filter."""

    def __init__(self, model: QAbstractItemModel, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.source_model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(Qt.ItemDataRole.EditRole)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(placeholder or self.tr("Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        self.toolbar = QHBoxLayout()
        self.toolbar.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.view, 1)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.filter_edit.setFocus)

    def source_index(self, proxy_index: QModelIndex) -> QModelIndex:
        return self.proxy.mapToSource(proxy_index)

    def selected_source_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        return sorted(rows)

    def export_csv_dialog(self, suggested: str = "table.csv") -> Path | None:
        path_str, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to CSV"), suggested, self.tr("CSV files (*.csv)")
        )
        if not path_str:
            return None
        path = Path(path_str)
        if path.suffix.lower() != ".csv":
            path = path.with_suffix(".csv")
        try:
            export_model_csv(self.proxy, path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Could not write {path}:").format(path=path) + "\n" + str(exc.strerror or exc),
            )
            return None
        return path
