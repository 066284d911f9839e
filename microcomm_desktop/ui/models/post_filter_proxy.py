"""The Posts table's filters: a proxy that maps its rows through an index array instead of asking per row.

Why not ``QSortFilterProxyModel``: its ``filterAcceptsRow`` is a Python call per row on every filter change,
sort and fetched page (0.15–1 s at 200,000 posts, in the GUI thread). Here the rows that pass are one vectorised
mask (``PostTableModel.filter_mask``, from the keys built with the rows), the mapping is two numpy arrays, and
a sort or a filter change is one layout change that keeps the selected rows selected.

What stays as the old proxy did: the rows keep the model's order; a row fetched later (``fetchMore``) is
filtered as it arrives; an edited row that no longer matches leaves the table (and one that now matches
joins it); when a filter hides the current row the current row moves to the nearest row left above it (else
below), as Qt moves it when rows are removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from microcomm_desktop.ui.models.post_keys import Filters, IntArray
from microcomm_desktop.ui.models.post_table_model import PostTableModel, busy_cursor, with_hint

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_FIELDS = ("date_from", "date_to", "platform", "label", "ritual", "theme", "text")


def _empty() -> IntArray:
    return np.zeros(0, dtype=np.int64)


class PostFilterProxy(QAbstractProxyModel):
    """Date range, platform, label, ritual, theme and free-text filters over a ``PostTableModel``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.filters = Filters()
        self._rows: IntArray = _empty()  # proxy row -> source row
        self._of: IntArray = _empty()  # source row -> proxy row, or -1 when filtered out
        # Across the source's sort: this proxy's persistent indexes, their columns and the posts they stand on.
        self._saved: tuple[list[QModelIndex], list[int], IntArray] = ([], [], _empty())
        self._source: PostTableModel | None = None
        self._columns = 0
        self._flags: dict[int, Qt.ItemFlag] = {}
        self._old_rows: IntArray = _empty()  # the rows before the last filter change (``follow``)

    # The filter values read and set as attributes, as before (tests and the filter row use them).
    def __getattr__(self, name: str) -> Any:
        if name in _FIELDS:
            return getattr(self.filters, name)
        raise AttributeError(name)

    def active(self) -> bool:
        """Some filter is set (then every loaded row is handed to the proxy, so matches further down count)."""
        return self.filters.active()

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802
        assert isinstance(model, PostTableModel)
        self.beginResetModel()
        super().setSourceModel(model)
        self._source = model
        self._columns = model.columnCount()
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        with_hint(model.layoutAboutToBeChanged).connect(self._source_layout_about)
        with_hint(model.layoutChanged).connect(self._source_layout_changed)
        model.rowsInserted.connect(self._source_rows_inserted)
        model.rowsAboutToBeRemoved.connect(lambda *_a: self.beginResetModel())
        model.rowsRemoved.connect(self._source_reset)
        model.dataChanged.connect(self._source_data_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        self._remap()
        self.endResetModel()

    def _model(self) -> PostTableModel:
        model = self.sourceModel()
        assert isinstance(model, PostTableModel)
        return model

    # ----- the mapping
    def _remap(self) -> None:
        model = self.sourceModel()
        n = model.rowCount() if model is not None else 0
        if not isinstance(model, PostTableModel) or not self.filters.active():
            self._rows = np.arange(n, dtype=np.int64)
            self._of = self._rows.copy()
            return
        self._rows = np.flatnonzero(model.filter_mask(self.filters, n)).astype(np.int64)
        self._of = np.full(n, -1, dtype=np.int64)
        self._of[self._rows] = np.arange(len(self._rows), dtype=np.int64)

    def set_filters(self, **values: Any) -> None:
        """Apply new filter values: one layout change (rows still shown stay selected). A large log shows the
        wait cursor for the first use of a key that was not built with the rows (a small log never waits)."""
        model = self._model()
        with busy_cursor(model.total()):
            for k, v in values.items():
                if k not in _FIELDS:
                    raise AttributeError(k)
                setattr(self.filters, k, v)
            self._relayout()
            if self.active():
                model.fetch_all()

    def _relayout(self) -> None:
        """The rows passing now, told to the views as a layout change; remembers where a hidden current row goes."""
        old_rows = self._rows
        # Rows only come and go, columns stay: the hint lets the selection model keep one index per selected
        # row, not one per cell (200 scattered rows: 200 indexes to move instead of 4,200).
        hint = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
        with_hint(self.layoutAboutToBeChanged).emit([], hint)
        persistent = self.persistentIndexList()
        sources = [int(old_rows[p.row()]) if 0 <= p.row() < len(old_rows) else -1 for p in persistent]
        self._remap()
        new = [
            self.index(int(self._of[s]), p.column()) if s >= 0 and self._of[s] >= 0 else QModelIndex()
            for p, s in zip(persistent, sources, strict=True)
        ]
        self.changePersistentIndexList(persistent, new)
        self._old_rows = old_rows
        with_hint(self.layoutChanged).emit([], hint)

    def source_rows(self) -> IntArray:
        """The model rows shown, in order (a copy: the next filter change replaces the map)."""
        return self._rows.copy()

    def shown_runs(self, source_rows: IntArray) -> list[tuple[int, int]]:
        """Where those model rows are shown now, as runs of adjacent rows (first, last): a selection to restore."""
        inside = source_rows[source_rows < len(self._of)]
        rows = np.sort(self._of[inside])
        rows = rows[rows >= 0]
        if not len(rows):
            return []
        breaks = np.flatnonzero(np.diff(rows) != 1)
        firsts = np.concatenate([rows[:1], rows[breaks + 1]])
        lasts = np.concatenate([rows[breaks], rows[-1:]])
        return list(zip(firsts.tolist(), lasts.tolist(), strict=True))

    def follow(self, old_row: int) -> int | None:
        """Where the current row at ``old_row`` (before the last filter change) is now: the same post when it
        still passes, else the nearest post above it that does, else the nearest below (Qt's rule for removed
        rows, which the old proxy followed), else none."""
        old = self._old_rows
        if not 0 <= old_row < len(old):
            return None
        inside = old < len(self._of)
        kept = np.zeros(len(old), dtype=bool)
        kept[inside] = self._of[old[inside]] >= 0
        if kept[old_row]:
            return int(self._of[old[old_row]])
        above = np.flatnonzero(kept[:old_row])
        if len(above):
            return int(self._of[old[above[-1]]])
        below = np.flatnonzero(kept[old_row + 1 :])
        if len(below):
            return int(self._of[old[old_row + 1 + below[0]]])
        return None

    # ----- the source's signals
    def _source_reset(self, *_a: Any) -> None:
        self._remap()
        self.endResetModel()

    def _source_layout_about(self, _parents: Sequence[Any] = (), hint: Any = None) -> None:
        hint = hint if hint is not None else QAbstractItemModel.LayoutChangeHint.NoLayoutChangeHint
        with_hint(self.layoutAboutToBeChanged).emit([], hint)
        # The posts under this proxy's persistent indexes (a selection of 100,000 rows keeps one per row), as
        # arrays: a persistent index on the source per entry cost ~25 us each, 2.5 s per sort at 116,000 rows.
        persistent = self.persistentIndexList()
        rows = np.fromiter((p.row() for p in persistent), dtype=np.int64, count=len(persistent))
        loads = self._model().loads_at(self._rows[rows]) if len(rows) else rows
        self._saved = (persistent, [p.column() for p in persistent], loads)

    def _source_layout_changed(self, _parents: Sequence[Any] = (), hint: Any = None) -> None:
        hint = hint if hint is not None else QAbstractItemModel.LayoutChangeHint.NoLayoutChangeHint
        self._remap()
        (persistent, columns, loads), self._saved = self._saved, ([], [], _empty())
        if persistent:
            source_rows = self._model().rows_of_loads(loads)
            at = np.where(source_rows >= 0, self._of[np.maximum(source_rows, 0)], -1).tolist()
            none = QModelIndex()
            self.changePersistentIndexList(
                persistent, [self.createIndex(r, c) if r >= 0 else none for r, c in zip(at, columns, strict=True)]
            )
        with_hint(self.layoutChanged).emit([], hint)

    def _source_rows_inserted(self, parent: Index, first: int, last: int) -> None:
        """Rows handed over by the model (``fetchMore``): always appended at its end, filtered as they come."""
        model = self._model()
        if parent.isValid() or first != len(self._of):
            self.beginResetModel()
            self._source_reset()
            return
        count = last + 1
        if self.filters.active():
            added = np.flatnonzero(model.filter_mask(self.filters, count)[first:]).astype(np.int64) + first
        else:
            added = np.arange(first, count, dtype=np.int64)
        of = np.full(count - first, -1, dtype=np.int64)
        if not len(added):
            self._of = np.concatenate([self._of, of])
            return
        start = len(self._rows)
        self.beginInsertRows(_ROOT, start, start + len(added) - 1)
        of[added - first] = np.arange(start, start + len(added), dtype=np.int64)
        self._of = np.concatenate([self._of, of])
        self._rows = np.concatenate([self._rows, added])
        self.endInsertRows()

    def _source_data_changed(self, top: Index, bottom: Index, roles: Sequence[int] = ()) -> None:
        """Shown rows repaint; an edited row joins or leaves the filtered rows when its match changed."""
        lo, hi = top.row(), bottom.row()
        if self.filters.active() and hi - lo < 64:  # an edit (a few rows): asked row by row, not over the log
            rows = self._model().rows
            for src in range(lo, min(hi + 1, len(rows))):
                self._refilter(src, self.filters.accepts(rows[src]))
        a = int(np.searchsorted(self._rows, lo))
        b = int(np.searchsorted(self._rows, hi, side="right")) - 1
        if a <= b:
            self.dataChanged.emit(self.index(a, top.column()), self.index(b, bottom.column()), roles)

    def _refilter(self, src: int, ok: bool) -> None:
        at = int(self._of[src]) if src < len(self._of) else -1
        if ok and at < 0 and src < len(self._of):
            row = int(np.searchsorted(self._rows, src))
            self.beginInsertRows(_ROOT, row, row)
            self._rows = np.insert(self._rows, row, src)
            self._of[self._rows[row:]] = np.arange(row, len(self._rows), dtype=np.int64)
            self.endInsertRows()
        elif not ok and at >= 0:
            self.beginRemoveRows(_ROOT, at, at)
            self._rows = np.delete(self._rows, at)
            self._of[src] = -1
            self._of[self._rows[at:]] = np.arange(at, len(self._rows), dtype=np.int64)
            self.endRemoveRows()

    # ----- Qt's proxy API
    def mapToSource(self, proxy_index: Index) -> QModelIndex:  # noqa: N802
        if not proxy_index.isValid() or not 0 <= proxy_index.row() < len(self._rows):
            return QModelIndex()
        return self._model().index(int(self._rows[proxy_index.row()]), proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:  # noqa: N802
        if not source_index.isValid() or not 0 <= source_index.row() < len(self._of):
            return QModelIndex()
        row = int(self._of[source_index.row()])
        return QModelIndex() if row < 0 else self.createIndex(row, source_index.column())

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < self._columns):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, _index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._columns

    def hasChildren(self, parent: Index = _ROOT) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """Column headers straight from the model (also with no row passing); row headers through the map."""
        model = self.sourceModel()
        if model is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return model.headerData(section, orientation, role)
        if not 0 <= section < len(self._rows):
            return None
        return model.headerData(int(self._rows[section]), orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Straight from the model's row (asked for every painted cell and role: no source index made)."""
        model, row, column = self._source, index.row(), index.column()
        if model is None or not (0 <= row < len(self._rows) and 0 <= column < self._columns):
            return None
        return model.role_value(model.rows[int(self._rows[row])], column, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """The model's flags for the column (they depend on the column only: editable or not), kept per column.
        Qt asks once per cell of a selection (Ctrl+A on 200,000 posts: four million times)."""
        model, row, column = self._source, index.row(), index.column()
        if model is None or not (index.isValid() and 0 <= row < len(self._rows) and 0 <= column < self._columns):
            return Qt.ItemFlag.NoItemFlags
        flags = self._flags.get(column)
        if flags is None:
            flags = self._flags[column] = model.flags(model.index(int(self._rows[row]), column))
        return flags

    def sibling(self, row: int, column: int, _index: Index) -> QModelIndex:
        return self.index(row, column)
