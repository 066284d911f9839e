"""Top engagers / fading regulars as a table model (handles, active days, last seen)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from microcomm_desktop.services.engager_insights import EngagerRow

Index = QModelIndex | QPersistentModelIndex
COL_HANDLE, COL_DAYS, COL_INTERACTIONS, COL_LAST = range(4)
HEADERS = ["Handle", "Active days", "Interactions", "Last seen"]


class EngagerListModel(QAbstractTableModel):
    def __init__(self, days_tip: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[EngagerRow] = []
        self.days_tip = days_tip

    def set_rows(self, rows: list[EngagerRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_DAYS:
            return self.days_tip
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        col = index.column()
        values: list[Any] = [r.handle, r.active_days, r.interactions, r.last_seen.isoformat() if r.last_seen else ""]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_HANDLE:
                return f"@{r.handle}" + ("  ★" if r.power_member else "")
            return str(values[col])
        if role == Qt.ItemDataRole.EditRole:
            return values[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_HANDLE:
            return f"{r.platform}: @{r.handle}" + (" — marked as power member" if r.power_member else "")
        return None
