"""Engagers: people by platform + handle with their last-30-days activity and the returning flag."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from microcomm_desktop.services.interactions import ENGAGER_FIELDS

E = {name: i for i, name in enumerate(ENGAGER_FIELDS)}
COLUMNS: list[tuple[str, str]] = [
    ("handle", "Handle"),
    ("platform", "Platform"),
    ("first_seen", "First seen"),
    ("last_seen", "Last seen"),
    ("interactions_30d", "Interactions (30 d)"),
    ("returning", "Returning"),
    ("power_member", "Power member"),
    ("notes", "Notes"),
]
COL = {k: i for i, (k, _h) in enumerate(COLUMNS)}

EngagerEdit = Callable[[int, str, Any], None]  # (engager id, field, new value)


class EngagerTableModel(QAbstractTableModel):
    """Power member is a checkbox and notes are editable; both go through ``edit_handler`` (undoable)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[Any, ...]] = []
        self.edit_handler: EngagerEdit | None = None
        self._row_of: dict[int, int] = {}

    def set_rows(self, rows: list[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._row_of = {int(r[0]): i for i, r in enumerate(rows)}
        self.endResetModel()

    def update_field(self, engager_id: int, key: str, value: Any) -> None:
        i = self._row_of.get(engager_id)
        if i is None:
            return
        row = list(self.rows[i])
        row[E[key]] = value
        self.rows[i] = tuple(row)
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Keyed sort of the tuples (fast on tens of thousands of people; a proxy sort calls data() per compare)."""
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][0]
        if key == "returning":
            i = E["active_days_30d"]
            fn: Callable[[tuple[Any, ...]], Any] = lambda r: r[i] >= 2  # noqa: E731
        elif key in ("interactions_30d", "power_member"):
            i = E[key]
            fn = lambda r: r[i]  # noqa: E731
        else:
            i = E[key]
            fn = lambda r: str(r[i] or "").lower()  # noqa: E731
        self.layoutAboutToBeChanged.emit()
        old_ids = [int(r[0]) for r in self.rows]
        self.rows.sort(key=fn, reverse=order == Qt.SortOrder.DescendingOrder)
        self._row_of = {int(r[0]): n for n, r in enumerate(self.rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(self._row_of[old_ids[p.row()]], p.column()) for p in persistent]
        )
        self.layoutChanged.emit()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1]
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][0] == "returning":
            return "Returning = engaged on at least two different calendar days in the last 30 days."
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        key = COLUMNS[index.column()][0]
        if key == "power_member":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if key == "notes":
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        returning = int(r[E["active_days_30d"]]) >= 2
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key == "handle":
                return "@" + str(r[E["handle"]])
            if key == "returning":
                return "yes" if returning else "no"
            if key == "power_member":
                return ("yes" if r[E["power_member"]] else "no") if role == Qt.ItemDataRole.EditRole else None
            if key == "interactions_30d":
                v = int(r[E[key]])
                return v if role == Qt.ItemDataRole.EditRole else f"{v:,}"
            v = r[E[key]]
            return "" if v is None else str(v)
        if role == Qt.ItemDataRole.CheckStateRole and key == "power_member":
            return Qt.CheckState.Checked if r[E["power_member"]] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and key == "returning":
            return f"Active on {r[E['active_days_30d']]} different day(s) in the last 30 days."
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "interactions_30d":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(  # noqa: N802
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or self.edit_handler is None:
            return False
        key = COLUMNS[index.column()][0]
        eid = int(self.rows[index.row()][0])
        if key == "power_member" and role == Qt.ItemDataRole.CheckStateRole:
            checked = value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value or value is True
            self.edit_handler(eid, "power_member", bool(checked))
            return True
        if key == "notes" and role == Qt.ItemDataRole.EditRole:
            self.edit_handler(eid, "notes", "" if value is None else str(value))
            return True
        return False


class EngagerFilterProxy(QSortFilterProxyModel):
    """Text filter on handle/platform/notes read from the tuples (no data() call per cell)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().lower().lstrip("@")
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not self.text or not isinstance(model, EngagerTableModel):
            return True
        r = model.rows[source_row]
        return self.text in f"{r[E['handle']]} {r[E['platform']]} {r[E['notes']]}".lower()
