"""Table models of the Rituals tab: rituals with their streaks, weekly SLA hit rates, and SLA misses per post."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from microcomm_desktop.domain.rituals import WeeklySla
from microcomm_desktop.services.rituals import RitualSummary
from microcomm_desktop.services.sla import PostSla

_Index = QModelIndex | QPersistentModelIndex
_MISS = QColor(200, 60, 40)


class _RowsModel(QAbstractTableModel):
    headers: list[str] = []

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.headers):
                return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def cell(self, row: Any, col: int, role: int) -> Any:  # pragma: no cover - overridden
        return None


RCOL_NAME, RCOL_SCHEDULE, RCOL_FORMAT, RCOL_HOME, RCOL_PROMPTS, RCOL_STREAK, RCOL_LONGEST, RCOL_SKIPPED, RCOL_ACTIVE = (
    range(9)
)


class RitualTableModel(_RowsModel):
    """Rituals with schedule, prompt count and streaks (skipped occurrences stand out in red)."""

    headers = ["Ritual", "Schedule", "Format", "Home", "Prompts", "Streak (weeks)", "Longest", "Skipped", "Active"]

    def cell(self, row: RitualSummary, col: int, role: int) -> Any:
        r = row.ritual
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            values = [
                r.name,
                row.schedule,
                r.format_text,
                r.home,
                row.prompts,
                row.streak.current,
                row.streak.longest,
                row.streak.skipped,
                f"{r.active_from.isoformat()} → {r.active_to.isoformat() if r.active_to else 'open'}",
            ]
            return values[col]
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == RCOL_SKIPPED and row.streak.skipped:
                return QBrush(_MISS)
            if col == RCOL_PROMPTS and row.prompts < 5:
                return QBrush(_MISS)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == RCOL_STREAK:
                return "Weeks in a row the ritual ran, up to this week"
            if col == RCOL_PROMPTS:
                return "Prompts assigned in the Promise tab's library; five per ritual is the minimum"
            if col == RCOL_SKIPPED and row.streak.unmarked:
                return f"{row.streak.unmarked} past occurrence(s) not marked yet"
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None


class SlaWeekModel(_RowsModel):
    """Weekly response-SLA hit rate; a week with a miss is flagged."""

    headers = ["Week of", "Posts", "Replied in time", "First comments", "Hit rate", "Posts with misses"]

    def cell(self, row: WeeklySla, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            rate = "n/a" if row.hit_rate is None else f"{row.hit_rate:.2f}%"
            return [row.week_start.isoformat(), row.posts, row.replied, row.considered, rate, row.misses][col]
        if role == Qt.ItemDataRole.EditRole:
            return [row.week_start.isoformat(), row.posts, row.replied, row.considered, row.hit_rate, row.misses][col]
        if role == Qt.ItemDataRole.ForegroundRole and col in (4, 5) and row.misses:
            return QBrush(_MISS)
        return None


class SlaMissModel(_RowsModel):
    """Posts where not every one of the first comments got a reply within the SLA."""

    headers = ["Date", "Post", "Replied", "Of first", "Source"]

    def cell(self, row: PostSla, col: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return [row.local_date.isoformat(), row.title, row.replied, row.considered, row.source][col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 4:
            return (
                "computed: from logged comment and reply timestamps"
                if row.source == "computed"
                else "typed: the figure recorded on the post"
            )
        if role == Qt.ItemDataRole.UserRole:
            return row.post_id
        return None
