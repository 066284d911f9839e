"""Cohort heat map: one row per arrival week, the share still engaging in weeks +1…+4, cells shaded by share."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from microcomm_desktop.domain import formatting
from microcomm_desktop.i18n import active_language
from microcomm_desktop.services.cohorts import FOLLOW_WEEKS, Cohort
from microcomm_desktop.ui.models.base_table_model import DISPLAY, RIGHT, BaseTableModel, Column

COL_WEEK, COL_SIZE = 0, 1


def heat(share: float, dark: bool) -> QColor:
    """More green = more newcomers came back; capped at 60 % so typical shares still differ visibly."""
    t = min(max(share, 0.0), 60.0) / 60.0
    if dark:
        return QColor(int(40 + 0 * t), int(45 + 90 * t), int(50 + 20 * t))
    return QColor(int(255 - 120 * t), int(255 - 35 * t), int(255 - 120 * t))


_CAME_BACK = str(
    QT_TRANSLATE_NOOP(
        "CohortModel", "{n} of the %n people who first engaged in the week of {week} engaged again in week +{k}"
    )
)


def _week(d: date, year: bool = True) -> str:
    """A week's start for people: "05 Jan 2026" in English as before, the language's medium date elsewhere."""
    lang = active_language()
    if lang == "en":
        return f"{d:%d %b %Y}" if year else f"{d:%d %b}"
    return formatting.format_date(d, lang)


def _week_column(k: int) -> Column[Cohort]:
    """Week +k: the share who came back (EditRole), "—" for a week still to come, "n/a" without a share."""
    i = k - 1

    def shown(c: Cohort) -> str:
        if c.retained[i] is None:
            return "—"
        share = c.shares[i]
        if share is None:
            return QCoreApplication.translate("CohortModel", "n/a")
        lang = active_language()
        return f"{share:.0f}%" if lang == "en" else formatting.format_percent(share / 100, 0, lang)

    def tip(c: Cohort) -> str:
        n = c.retained[i]
        if n is None:
            return QCoreApplication.translate("CohortModel", "This week has not happened yet.")
        return QCoreApplication.translate("CohortModel", _CAME_BACK, "", c.size).format(
            n=n, week=_week(c.week_start, year=False), k=k
        )

    # The label is the CSV header ("Week +1"); the view shows CohortModel.headerData's translation.
    return Column(f"Week +{k}", lambda c: c.shares[i], display=shown, tooltip=tip, numeric=True)


COLUMNS: list[Column[Cohort]] = [
    Column(
        str(QT_TRANSLATE_NOOP("CohortModel", "First engaged (week of)")),
        lambda c: c.week_start.isoformat(),
        display=lambda c: _week(c.week_start),
    ),
    Column(
        str(QT_TRANSLATE_NOOP("CohortModel", "People")), lambda c: c.size, display=lambda c: str(c.size), align=RIGHT
    ),
    *(_week_column(k) for k in range(1, FOLLOW_WEEKS + 1)),
]


class CohortModel(BaseTableModel[Cohort]):
    tr_context = "CohortModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)
        self.dark = False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal and 2 <= section < len(self.columns):
            return self.tr("Week +{k}").format(k=section - 1)
        return super().headerData(section, orientation, role)

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
