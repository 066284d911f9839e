"""Cohort heat map: one row per arrival week, the share still engaging in weeks +1…+4, cells shaded by share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from microcomm_desktop.services.cohorts import FOLLOW_WEEKS, Cohort

Index = QModelIndex | QPersistentModelIndex
COL_WEEK, COL_SIZE = 0, 1
HEADERS = ["First engaged (week of)", "People"] + [f"Week +{k}" for k in range(1, FOLLOW_WEEKS + 1)]


def heat(share: float, dark: bool) -> QColor:
    """More green = more newcomers came back; capped at 60 % so typical shares still differ visibly."""
    t = min(max(share, 0.0), 60.0) / 60.0
    if dark:
        return QColor(int(40 + 0 * t), int(45 + 90 * t), int(50 + 20 * t))
    return QColor(int(255 - 120 * t), int(255 - 35 * t), int(255 - 120 * t))


class CohortModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Cohort] = []  # newest first
        self.dark = False

    def set_rows(self, cohorts_oldest_first: list[Cohort]) -> None:
        self.beginResetModel()
        self.rows = list(reversed(cohorts_oldest_first))
        self.endResetModel()

    def set_dark(self, dark: bool) -> None:
        """Heat colours follow a light/dark switch without recomputing the cohorts."""
        self.dark = dark
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(HEADERS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        c = self.rows[index.row()]
        col = index.column()
        share = c.shares[col - 2] if col >= 2 else None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_WEEK:
                return f"{c.week_start:%d %b %Y}"
            if col == COL_SIZE:
                return str(c.size)
            if c.retained[col - 2] is None:
                return "—"
            return "n/a" if share is None else f"{share:.0f}%"
        if role == Qt.ItemDataRole.EditRole:
            if col == COL_WEEK:
                return c.week_start.isoformat()
            if col == COL_SIZE:
                return c.size
            return share
        if role == Qt.ItemDataRole.ToolTipRole and col >= 2:
            n = c.retained[col - 2]
            if n is None:
                return "This week has not happened yet."
            return (
                f"{n} of the {c.size} people who first engaged in the week of {c.week_start:%d %b} "
                f"engaged again in week +{col - 1}"
            )
        if role == Qt.ItemDataRole.BackgroundRole and col >= 2 and share is not None:
            return heat(share, self.dark)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
