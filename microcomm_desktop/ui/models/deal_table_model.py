"""The deals list: one row per deal with its blended figures (computed by the service, not here)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from microcomm_desktop.domain.deals import round_money
from microcomm_desktop.services.deals import DealRow
from microcomm_desktop.store.models import Workspace
from microcomm_desktop.ui.widgets.money_fields import money_text, number_text

COL_BRAND = 0
COL_CREATOR = 1
COL_STATUS = 2
COL_START = 3
COL_END = 4
COL_COST = 5
COL_IMPRESSIONS = 6
COL_CONVERSIONS = 7
COL_CPM = 8
COL_CPA = 9
COL_ROAS = 10
COL_SOURCE = 11
COL_DISCLOSURE = 12

HEADERS = [
    "Brand / deal",
    "Creator",
    "Status",
    "Start",
    "End",
    "Cost (fees + media)",
    "Impressions",
    "Conversions",
    "Blended CPM",
    "Blended CPA",
    "ROAS",
    "Results from",
    "Disclosure",
]
TOOLTIPS = {
    COL_COST: "Blended cost = creator fees + paid media",
    COL_CPM: "Blended CPM = (fees + media) / impressions × 1,000",
    COL_CPA: "Blended CPA = (fees + media) / conversions",
    COL_ROAS: "Revenue / (fees + media)",
    COL_SOURCE: "Linked posts from the post log, or numbers typed into the deal",
    COL_DISCLOSURE: "Of the spot-checked sponsored posts, how many carried the disclosure line (Disclosure checks…)",
}

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: tables have no children


def _money_sort(x: Decimal | None) -> float | None:
    # Sorting and CSV use the rounded cents; the exact Decimal stays in the service.
    return None if x is None else float(round_money(x))


class DealTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[DealRow] = []
        self.workspace: Workspace | None = None

    def set_rows(self, rows: list[DealRow], workspace: Workspace | None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.workspace = workspace
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return HEADERS[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return TOOLTIPS.get(section)
        return None

    def row_at(self, row: int) -> DealRow:
        return self.rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        col = index.column()
        b = r.figures.blended
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            edit = role == Qt.ItemDataRole.EditRole
            if col == COL_BRAND:
                return " — ".join(x for x in (r.brand, r.title) if x)
            if col == COL_CREATOR:
                return r.creator
            if col == COL_STATUS:
                return r.status
            if col == COL_START:
                return r.start_date.isoformat() if r.start_date else ""
            if col == COL_END:
                return r.end_date.isoformat() if r.end_date else ""
            if col in (COL_COST, COL_CPM, COL_CPA):
                value = {COL_COST: b.total, COL_CPM: b.cpm, COL_CPA: b.cpa}[col]
                return _money_sort(value) if edit else money_text(value, self.workspace)
            if col == COL_IMPRESSIONS:
                return r.results.impressions if edit else number_text(r.results.impressions)
            if col == COL_CONVERSIONS:
                return r.results.conversions if edit else number_text(r.results.conversions)
            if col == COL_ROAS:
                if r.figures.roas is None:
                    return None if edit else "n/a"
                return round(float(r.figures.roas), 2) if edit else f"{r.figures.roas:.2f}"
            if col == COL_SOURCE:
                return r.results.source
            if col == COL_DISCLOSURE:
                d = r.disclosure
                if d is None or d.linked == 0:
                    return None if edit else ""
                if edit:
                    return d.share
                return f"{d.carried}/{d.checked} ({d.share:.0f}%)" if d.checked else f"0 of {d.linked} checked"
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            COL_COST,
            COL_IMPRESSIONS,
            COL_CONVERSIONS,
            COL_CPM,
            COL_CPA,
            COL_ROAS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_SOURCE and r.results.linked_posts:
                extra = " (conversions from the posts)" if r.results.conversions_from_posts else ""
                return f"Impressions and views summed from {r.results.linked_posts} linked posts{extra}"
            return TOOLTIPS.get(col)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None
