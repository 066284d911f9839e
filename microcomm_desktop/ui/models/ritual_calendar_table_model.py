"""Month or week grid of calendar items (ritual occurrences and one-off events), one cell per local date."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from microcomm_desktop import i18n
from microcomm_desktop.domain.rituals import WEEKDAY_NAMES
from microcomm_desktop.services.rituals import CalendarItem
from microcomm_desktop.ui.models.base_table_model import CSV_HEADER_ROLE

_Index = QModelIndex | QPersistentModelIndex
MARK = {"run": "✓", "skipped": "✗", "planned": "•"}
DateRole = Qt.ItemDataRole.UserRole
# A stored occurrence status as the tooltip shows it (translated where shown).
_STATUS_WORDS = {
    "run": str(QT_TRANSLATE_NOOP("RitualCalendarModel", "run")),
    "skipped": str(QT_TRANSLATE_NOOP("RitualCalendarModel", "skipped")),
    "planned": str(QT_TRANSLATE_NOOP("RitualCalendarModel", "planned")),
}


def grid_start(anchor: date, mode: str, first_weekday: int = 0) -> date:
    base = anchor.replace(day=1) if mode == "month" else anchor
    return base - timedelta(days=(base.weekday() - first_weekday) % 7)


def _day_month(d: date) -> str:
    """ "01 Dec" in English as before; the locale's month abbreviation (QLocale) in other languages."""
    if i18n.active_language() == "en":
        return d.strftime("%d %b")
    return QLocale().toString(QDate(d.year, d.month, d.day), "dd MMM")


class RitualCalendarModel(QAbstractTableModel):
    """7 columns; 6 rows in month mode, 1 row in week mode. ``DateRole`` gives a cell's date.

    Not on BaseTableModel: a calendar grid, not a list of rows — a cell is a date (row × 7 + column), so there
    is no row object for declarative columns to read.
    """

    def __init__(self, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today
        self.mode = "month"
        self.anchor = today
        self.first_weekday = 0
        self.items: dict[date, list[CalendarItem]] = {}

    # -- range
    def start(self) -> date:
        return grid_start(self.anchor, self.mode, self.first_weekday)

    def end(self) -> date:
        return self.start() + timedelta(days=7 * self.rowCount() - 1)

    def set_view(self, anchor: date, mode: str) -> None:
        self.beginResetModel()
        self.anchor, self.mode = anchor, mode
        self.items = {}
        self.endResetModel()

    def set_items(self, items: list[CalendarItem]) -> None:
        self.beginResetModel()
        self.items = {}
        for it in items:
            self.items.setdefault(it.local_date, []).append(it)
        self.endResetModel()

    def date_at(self, row: int, col: int) -> date:
        return self.start() + timedelta(days=row * 7 + col)

    def index_of(self, d: date) -> QModelIndex:
        off = (d - self.start()).days
        if 0 <= off < 7 * self.rowCount():
            return self.index(off // 7, off % 7)
        return QModelIndex()

    # -- Qt
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (6 if self.mode == "month" else 1)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == CSV_HEADER_ROLE and orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return WEEKDAY_NAMES[(section + self.first_weekday) % 7]  # a CSV export's header stays English
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            day = (section + self.first_weekday) % 7
            if i18n.active_language() == "en":
                return WEEKDAY_NAMES[day]
            return QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat)
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return self.tr("W{number}").format(number=self.date_at(section, 0).isocalendar()[1])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount() and 0 <= index.column() < 7):
            return None
        d = self.date_at(index.row(), index.column())
        items = self.items.get(d, [])
        if role == Qt.ItemDataRole.DisplayRole:
            head = _day_month(d) if d.day == 1 or (index.row() == 0 and index.column() == 0) else str(d.day)
            lines = [head + ("  " + self.tr("(today)") if d == self.today else "")]
            for it in items:
                if it.kind == "event":
                    lines.append(f"★ {it.time_of_day} {it.title}".replace("  ", " "))
                else:
                    mark = MARK.get(it.status, "•")
                    if it.status == "planned" and d < self.today:
                        mark = "?"
                    extra = (
                        " " + self.tr("(%n post(s))", "", len(it.post_ids))
                        if self.mode == "week" and it.post_ids
                        else ""
                    )
                    lines.append(f"{mark} {it.time_of_day} {it.title}{extra}")
                    if self.mode == "week" and it.recap:
                        lines.append(f"   {it.recap[:60]}")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole and items:
            return (
                "\n".join(
                    f"{i.time_of_day} {i.title}: "
                    + (
                        self.tr("one-off event")
                        if i.kind == "event"
                        else self.tr(_STATUS_WORDS.get(i.status, i.status))
                    )
                    for i in items
                )
                + "\n"
                + self.tr("Click to edit; ✓ run, ✗ skipped, ? not marked yet")
            )
        if role == Qt.ItemDataRole.ForegroundRole and self.mode == "month" and d.month != self.anchor.month:
            return QBrush(QColor(150, 150, 150))
        if role == Qt.ItemDataRole.BackgroundRole:
            if any(i.status == "skipped" for i in items):
                return QBrush(QColor(230, 80, 60, 60))
            if d == self.today:
                return QBrush(QColor(64, 120, 200, 60))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if role == DateRole:
            return d
        return None
