"""The prompt library as a table: order, text, rung, ritual, quality check, last use; drag rows to reorder."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from microcomm_desktop.services.promise import PromptRow

COL_POS, COL_TEXT, COL_RUNG, COL_RITUAL, COL_CHECK, COL_LAST, COL_USES = range(7)
HEADERS = ["#", "Prompt", "Rung", "Ritual", "Quality", "Last used", "Uses"]
MIME = "application/x-microcomm-prompt-ids"
_Index = QModelIndex | QPersistentModelIndex


class PromptTableModel(QAbstractTableModel):
    """Rows are ``PromptRow``s; a drop asks for a new order through ``reorder_requested`` (the tab saves it)."""

    reorder_requested = Signal(list)  # the full list of prompt ids in their new order

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[PromptRow] = []

    def set_rows(self, rows: list[PromptRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, c = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            edit = role == Qt.ItemDataRole.EditRole
            if c == COL_POS:
                return index.row() + 1
            if c == COL_TEXT:
                return r.text
            if c == COL_RUNG:
                return r.rung
            if c == COL_RITUAL:
                return r.ritual_name or ("" if edit else "—")
            if c == COL_CHECK:
                return "Broad" if r.broad else "OK: " + r.check.removeprefix("Asks for a ").rstrip(".")
            if c == COL_LAST:
                if r.last_used is None:
                    return "" if edit else "never"
                return r.last_used.isoformat() + ("" if edit or not r.too_soon else " (recent)")
            if c == COL_USES:
                return r.uses
        if role == Qt.ItemDataRole.ToolTipRole:
            if c in (COL_CHECK, COL_TEXT):
                return r.check
            if c == COL_LAST and r.too_soon:
                return "Used in the last 4 weeks: pick another prompt so members do not see a repeat."
        if role == Qt.ItemDataRole.ForegroundRole and c == COL_CHECK and r.broad:
            return QBrush(QColor(200, 60, 40))
        if role == Qt.ItemDataRole.ForegroundRole and c == COL_LAST and r.too_soon:
            return QBrush(QColor(200, 120, 0))
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = sorted({self.rows[i.row()].id for i in indexes if i.isValid()}, key=lambda x: self.ids().index(x))
        md = QMimeData()
        md.setData(MIME, json.dumps(ids).encode())
        return md

    def ids(self) -> list[int]:
        return [r.id for r in self.rows]

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        moved = [int(i) for i in json.loads(bytes(data.data(MIME).data()).decode())]
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        order = self.ids()
        before = order[:row]
        rest = [i for i in order if i not in moved]
        anchor = next((i for i in reversed(before) if i not in moved), None)
        insert_at = 0 if anchor is None else rest.index(anchor) + 1
        new_order = rest[:insert_at] + moved + rest[insert_at:]
        if new_order != order:
            self.reorder_requested.emit(new_order)
        return False  # the tab reloads the rows after saving; Qt must not remove the source rows itself
