"""The rate card as an editable table; edits go through a callback so the tab can make them undoable."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from microcomm_desktop.domain.deals import parse_money, round_money
from microcomm_desktop.services.quotes import PRICING_LABELS, RateItem
from microcomm_desktop.store.models import Workspace
from microcomm_desktop.ui.widgets.money_fields import money_text

COL_KIND = 0
COL_NAME = 1
COL_PRICING = 2
COL_AMOUNT = 3
COL_UNIT = 4
HEADERS = ["Kind", "Name", "Pricing", "Your rate", "Unit"]
KIND_LABELS = {"base": "base price", "addon": "add-on", "bundle": "series bundle"}

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: tables have no children
#: (item id, field, new value) -> error message or "" when applied
EditHandler = Callable[[int, str, Any], str]


class RateCardModel(QAbstractTableModel):
    """Name, rate and unit are edited in place; kind and pricing are chosen when a rate is added."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[RateItem] = []
        self.workspace: Workspace | None = None
        self.on_edit: EditHandler | None = None
        self.last_error = ""

    def set_rows(self, items: list[RateItem], workspace: Workspace | None) -> None:
        """Same rows (an edit): update in place so an open editor or the selection survives; else reset."""
        if items and [i.id for i in items] == [i.id for i in self.items] and workspace is self.workspace:
            self.items = items
            self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, len(HEADERS) - 1))
            return
        self.beginResetModel()
        self.items = items
        self.workspace = workspace
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return HEADERS[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == COL_AMOUNT:
            return "Your own rate — edit it (double-click or F2). Percent rates are % of the deliverables fee."
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (COL_NAME, COL_AMOUNT, COL_UNIT):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def amount_text(self, item: RateItem) -> str:
        if item.pricing == "percent_of_fee":
            return f"{item.amount.normalize():f} %"
        return money_text(item.amount, self.workspace)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.items)):
            return None
        it = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                KIND_LABELS.get(it.kind, it.kind),
                it.name,
                PRICING_LABELS.get(it.pricing, it.pricing),
                self.amount_text(it),
                it.unit,
            ][col]
        if role == Qt.ItemDataRole.EditRole:
            return [it.kind, it.name, it.pricing, f"{round_money(it.amount):f}", it.unit][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return it.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.on_edit is None:
            return False
        it = self.items[index.row()]
        col = index.column()
        field: str
        new: Any
        if col == COL_NAME:
            field, new = "name", str(value).strip()
        elif col == COL_UNIT:
            field, new = "unit", str(value).strip()
        elif col == COL_AMOUNT:
            field = "amount"
            try:
                new = parse_money(str(value).replace("%", ""))
            except ValueError as exc:
                self.last_error = str(exc)
                return False
        else:
            return False
        if getattr(it, field) == new or (isinstance(new, Decimal) and new == it.amount):
            return False
        self.last_error = self.on_edit(it.id, field, new)
        # The handler reloads the rows on success (reset), so nothing more to emit here.
        return not self.last_error
