"""A quote's itemised lines plus the total row, so the preview visibly adds up."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from microcomm_desktop.domain.deals import RateLine, round_money
from microcomm_desktop.store.models import Workspace
from microcomm_desktop.ui.widgets.money_fields import money_text

COL_ITEM = 0
COL_KIND = 1
COL_AMOUNT = 2
HEADERS = ["Line", "Kind", "Amount"]
KIND_LABELS = {"deliverable": "deliverable", "addon": "add-on", "discount": "bundle discount"}

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: tables have no children


class QuoteLinesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[RateLine] = []
        self.total = Decimal(0)
        self.workspace: Workspace | None = None

    def set_rows(self, lines: list[RateLine], total: Decimal, workspace: Workspace | None) -> None:
        self.beginResetModel()
        self.lines = lines
        self.total = total
        self.workspace = workspace
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else (len(self.lines) + 1 if self.lines else 0)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        is_total = index.row() == len(self.lines)
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if is_total:
                amount = self.total
                return (
                    ["Total", "", money_text(amount, self.workspace)][col]
                    if role == Qt.ItemDataRole.DisplayRole
                    else [
                        "Total",
                        "",
                        f"{round_money(amount):f}",
                    ][col]
                )
            ln = self.lines[index.row()]
            if col == COL_ITEM:
                return ln.description
            if col == COL_KIND:
                return KIND_LABELS.get(ln.kind, ln.kind)
            if role == Qt.ItemDataRole.EditRole:
                return f"{round_money(ln.amount):f}"
            return money_text(ln.amount, self.workspace)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_total:
            f = QFont()
            f.setBold(True)
            return f
        return None
