"""Cohort heat map: one row per arrival week, the share still engaging in weeks +1…+4, cells shaded by share."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from microcomm_desktop.services.cohorts import FOLLOW_WEEKS, Cohort
from microcomm_desktop.ui.models.base_table_model import RIGHT, BaseTableModel, Column

COL_WEEK, COL_SIZE = 0, 1


def heat(share: float, dark: bool) -> QColor:
    """More green = more newcomers came back; capped at 60 % so typical shares still differ visibly."""
    t = min(max(share, 0.0), 60.0) / 60.0
    if dark:
        return QColor(int(40 + 0 * t), int(45 + 90 * t), int(50 + 20 * t))
    return QColor(int(255 - 120 * t), int(255 - 35 * t), int(255 - 120 * t))


def _week_column(k: int) -> Column[Cohort]:
    """Week +k: the share who came back (EditRole), "—" for a week still to come, "n/a" without a share."""
    i = k - 1

    def shown(c: Cohort) -> str:
        if c.retained[i] is None:
            return "—"
        share = c.shares[i]
        return "n/a" if share is None else f"{share:.0f}%"

    def tip(c: Cohort) -> str:
        n = c.retained[i]
        if n is None:
            return "This week has not happened yet."
        return (
            f"{n} of the {c.size} people who first engaged in the week of {c.week_start:%d %b} "
            f"engaged again in week +{k}"
        )

    return Column(f"Week +{k}", lambda c: c.shares[i], display=shown, tooltip=tip, numeric=True)


COLUMNS: list[Column[Cohort]] = [
    Column("First engaged (week of)", lambda c: c.week_start.isoformat(), display=lambda c: f"{c.week_start:%d %b %Y}"),
    Column("People", lambda c: c.size, display=lambda c: str(c.size), align=RIGHT),
    *(_week_column(k) for k in range(1, FOLLOW_WEEKS + 1)),
]


class CohortModel(BaseTableModel[Cohort]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)
        self.dark = False

    def set_rows(self, rows: Sequence[Cohort]) -> None:
        """Rows come oldest first (as computed); the table shows the newest first."""
        super().set_rows(list(reversed(rows)))

    def set_dark(self, dark: bool) -> None:
        """Heat colours follow a light/dark switch without recomputing the cohorts."""
        self.dark = dark
        self.refresh_all()

    def cell_data(self, row: Cohort, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column >= 2:
            share = row.shares[column - 2]
            return None if share is None else heat(share, self.dark)
        return None
