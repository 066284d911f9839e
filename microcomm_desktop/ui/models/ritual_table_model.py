"""Table models of the Rituals tab: rituals with their streaks, weekly SLA hit rates, and SLA misses per post."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from microcomm_desktop.domain.rituals import WeeklySla
from microcomm_desktop.services.rituals import RitualSummary
from microcomm_desktop.services.sla import PostSla
from microcomm_desktop.ui.models.base_table_model import BaseTableModel, Column

_MISS = QColor(200, 60, 40)
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_USER = Qt.ItemDataRole.UserRole

RCOL_NAME, RCOL_SCHEDULE, RCOL_FORMAT, RCOL_HOME, RCOL_PROMPTS, RCOL_STREAK, RCOL_LONGEST, RCOL_SKIPPED, RCOL_ACTIVE = (
    range(9)
)


def _skipped_tip(row: RitualSummary) -> str | None:
    return f"{row.streak.unmarked} past occurrence(s) not marked yet" if row.streak.unmarked else None


def _active(row: RitualSummary) -> str:
    r = row.ritual
    return f"{r.active_from.isoformat()} → {r.active_to.isoformat() if r.active_to else 'open'}"


_RITUAL_COLUMNS: list[Column[RitualSummary]] = [
    Column("Ritual", lambda row: row.ritual.name),
    Column("Schedule", lambda row: row.schedule),
    Column("Format", lambda row: row.ritual.format_text),
    Column("Home", lambda row: row.ritual.home),
    Column(
        "Prompts",
        lambda row: row.prompts,
        tooltip=lambda _row: "Prompts assigned in the Promise tab's library; five per ritual is the minimum",
    ),
    Column(
        "Streak (weeks)",
        lambda row: row.streak.current,
        tooltip=lambda _row: "Weeks in a row the ritual ran, up to this week",
    ),
    Column("Longest", lambda row: row.streak.longest),
    Column("Skipped", lambda row: row.streak.skipped, tooltip=_skipped_tip),
    Column("Active", _active),
]


class RitualTableModel(BaseTableModel[RitualSummary]):
    """Rituals with schedule, prompt count and streaks (skipped occurrences stand out in red)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_RITUAL_COLUMNS, parent)

    def cell_data(self, row: RitualSummary, column: int, role: int) -> Any:
        if role == _FOREGROUND:
            if column == RCOL_SKIPPED and row.streak.skipped:
                return QBrush(_MISS)
            if column == RCOL_PROMPTS and row.prompts < 5:
                return QBrush(_MISS)
        if role == _USER:
            return row.ritual.id
        return None


def _rate(row: WeeklySla) -> str:
    return "n/a" if row.hit_rate is None else f"{row.hit_rate:.2f}%"


_SLA_WEEK_COLUMNS: list[Column[WeeklySla]] = [
    Column("Week of", lambda row: row.week_start.isoformat()),
    Column("Posts", lambda row: row.posts),
    Column("Replied in time", lambda row: row.replied),
    Column("First comments", lambda row: row.considered),
    Column("Hit rate", lambda row: row.hit_rate, display=_rate),
    Column("Posts with misses", lambda row: row.misses),
]


class SlaWeekModel(BaseTableModel[WeeklySla]):
    """Weekly response-SLA hit rate; a week with a miss is flagged."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_SLA_WEEK_COLUMNS, parent)

    def cell_data(self, row: WeeklySla, column: int, role: int) -> Any:
        if role == _FOREGROUND and column in (4, 5) and row.misses:
            return QBrush(_MISS)
        return None


def _source_tip(row: PostSla) -> str:
    if row.source == "computed":
        return "computed: from logged comment and reply timestamps"
    return "typed: the figure recorded on the post"


_SLA_MISS_COLUMNS: list[Column[PostSla]] = [
    Column("Date", lambda row: row.local_date.isoformat()),
    Column("Post", lambda row: row.title),
    Column("Replied", lambda row: row.replied),
    Column("Of first", lambda row: row.considered),
    Column("Source", lambda row: row.source, tooltip=_source_tip),
]


class SlaMissModel(BaseTableModel[PostSla]):
    """Posts where not every one of the first comments got a reply within the SLA."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_SLA_MISS_COLUMNS, parent)

    def cell_data(self, row: PostSla, column: int, role: int) -> Any:
        if role == _USER:
            return row.post_id
        return None
