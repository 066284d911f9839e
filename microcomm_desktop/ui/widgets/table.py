"""A sortable, filterable table with CSV export — what users expect of every table in the app."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.ui.lazy import LazyModule
from microcomm_desktop.ui.models.base_table_model import CSV_HEADER_ROLE, BaseTableModel

if TYPE_CHECKING:
    from microcomm_desktop.services import exporting, safe_files
    from microcomm_desktop.services.exporting import Progress
else:  # imported at first use: the first window is built before the data layer (ui/lazy.py)
    exporting = LazyModule("microcomm_desktop.services.exporting")
    safe_files = LazyModule("microcomm_desktop.services.safe_files")

#: Tables with more rows than this export behind a progress window with Cancel (a 200,000-post log takes seconds).
PROGRESS_FROM_ROWS = 5_000


PROGRESS_ROWS = 2_000  # rows between two progress calls: often enough for a smooth bar and a quick Cancel


def _source_chain(model: QAbstractItemModel) -> tuple[list[QAbstractProxyModel], QAbstractItemModel]:
    proxies: list[QAbstractProxyModel] = []
    while isinstance(model, QAbstractProxyModel) and model.sourceModel() is not None:
        proxies.append(model)
        model = model.sourceModel()
    return proxies, model


def export_model_csv(model: QAbstractItemModel, path: Path, progress: Progress | None = None) -> int:
    """Write what the model shows (display text, header row first); returns the number of data rows.

    Exporting the model (through any proxy) means the CSV matches the filter and sort the user sees. A model
    that hands its rows to the view page by page (``fetchMore``) hands over the rest first: every row is written.
    The rows are the table as it was when the export began (a refresh meanwhile does not mix two versions), and
    for the app's own table models each cell comes from ``BaseTableModel.export_cells`` — the same answers as
    ``data()``, without a model index per cell. Raises ``exporting.ExportCancelled`` when ``progress`` returns False.
    """
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    rows = model.rowCount()
    cols = model.columnCount()
    proxies, source = _source_chain(model)
    direct = (
        isinstance(source, BaseTableModel)
        and type(source).data is BaseTableModel.data  # a model with its own data() is read through it
        and all(p.columnCount() == source.columnCount() for p in proxies)  # columns not filtered or moved
        and cols == len(source.columns)
    )

    def cells_of() -> Callable[[int], list[object]]:
        if direct:
            assert isinstance(source, BaseTableModel)
            stored = source.rows
            order: list[object] = []
            for r in range(rows):
                idx = model.index(r, 0)
                for p in proxies:
                    idx = p.mapToSource(idx)
                order.append(stored[idx.row()])  # the row object now: a later edit or reset does not move it
            export = source.export_cells
            return lambda r: export(order[r])

        def through_index(r: int) -> list[object]:
            out: list[object] = []
            for c in range(cols):
                v = model.data(model.index(r, c), Qt.ItemDataRole.EditRole)
                if v is None:
                    v = model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
                out.append("" if v is None else v)
            return out

        return through_index

    cells = cells_of()

    def lines() -> Iterator[list[object]]:
        if progress is not None and not progress(0, rows):
            raise exporting.ExportCancelled
        for r in range(rows):
            yield cells(r)
            if progress is not None and (r + 1) % PROGRESS_ROWS == 0 and not progress(r + 1, rows):
                raise exporting.ExportCancelled

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


class TableView(QTableView):
    """A table view whose column headers do not follow the selection.

    Why: to draw a column header Qt asks whether the whole column is selected, calling the model's ``flags()``
    for every row of it — through PySide, for every column, after every selection change. Ctrl+A on 200,000
    posts took 7.6 s in those calls. With whole rows selected, every column header would show as selected
    anyway, so the headers get a selection model of their own that never holds anything.
    """

    def setSelectionModel(self, selection_model: QItemSelectionModel) -> None:  # noqa: N802
        super().setSelectionModel(selection_model)  # Qt hands it to the headers too
        header = self.horizontalHeader()
        model = self.model()
        if model is None or header.model() is not model:
            return
        previous = header.selectionModel()
        header.setSelectionModel(QItemSelectionModel(model, header))
        if previous is not None and previous is not selection_model and previous.parent() is header:
            previous.deleteLater()


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
        self.view = TableView(self)
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

    def export_csv(self, path: Path) -> int:
        """Write the table as shown to ``path``; a large table shows a progress window whose Cancel leaves the
        file as it was (raises ``exporting.ExportCancelled``)."""
        total = self.proxy.rowCount()
        source = _source_chain(self.proxy)[1]
        if isinstance(source, BaseTableModel):  # may hand its rows to the view page by page: it knows them all
            total = max(total, len(source.rows))
        if total <= PROGRESS_FROM_ROWS:
            return export_model_csv(self.proxy, path)
        dialog = QProgressDialog(self.tr("Writing {path}…").format(path=path.name), self.tr("Cancel"), 0, total, self)
        dialog.setWindowTitle(self.tr("Export to CSV"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoReset(False)
        dialog.setValue(0)

        def progress(done: int, rows: int) -> bool:
            dialog.setMaximum(max(rows, 1))
            dialog.setValue(done)  # a modal progress window keeps the event loop turning (painting, Cancel)
            return not dialog.wasCanceled()

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the rows are put in order first
        try:
            return export_model_csv(self.proxy, path, progress)
        finally:
            QGuiApplication.restoreOverrideCursor()
            dialog.close()
            dialog.deleteLater()

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
            self.export_csv(path)
        except exporting.ExportCancelled:
            return None
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Could not write {path}:").format(path=path) + "\n" + str(exc.strerror or exc),
            )
            return None
        return path
