"""Table models of the Rituals tab: rituals with their streaks, weekly SLA hit rates, and SLA misses per post.

Headers and the words in cells are translated where shown (``headerData``/display); the values a CSV export of
these tables writes (EditRole: stored statuses, ISO dates, the service's schedule text) stay as they are.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor

from microcomm_desktop import i18n
from microcomm_desktop.domain.formatting import format_percent
from microcomm_desktop.domain.rituals import WeeklySla, parse_weekdays
from microcomm_desktop.services.rituals import RitualSummary
from microcomm_desktop.services.sla import PostSla
from microcomm_desktop.ui.models.base_table_model import DISPLAY, BaseTableModel, Column

_MISS = QColor(200, 60, 40)
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_USER = Qt.ItemDataRole.UserRole
_CTX = "RitualTableModel"

RCOL_NAME, RCOL_SCHEDULE, RCOL_FORMAT, RCOL_HOME, RCOL_PROMPTS, RCOL_STREAK, RCOL_LONGEST, RCOL_SKIPPED, RCOL_ACTIVE = (
    range(9)
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _english() -> bool:
    return i18n.active_language() == "en"


def _skipped_tip(row: RitualSummary) -> str | None:
    n = row.streak.unmarked
    return (
        QCoreApplication.translate("RitualTableModel", "%n past occurrence(s) not marked yet", None, n) if n else None
    )


def _active(row: RitualSummary) -> str:
    r = row.ritual
    return f"{r.active_from.isoformat()} → {r.active_to.isoformat() if r.active_to else 'open'}"


def _active_shown(row: RitualSummary) -> str:
    r = row.ritual
    end = r.active_to.isoformat() if r.active_to else QCoreApplication.translate("RitualTableModel", "open")
    return f"{r.active_from.isoformat()} → {end}"


def _schedule_shown(row: RitualSummary) -> str:
    """The service's "Tue, Fri 18:30 (45 min) until 2027-01-31" in English; the locale's day names elsewhere."""
    if _english():
        return row.schedule
    r = row.ritual
    days = ", ".join(QLocale().dayName(d + 1, QLocale.FormatType.ShortFormat) for d in parse_weekdays(r.weekdays))
    text = QCoreApplication.translate("RitualTableModel", "{days} {time} ({minutes} min)").format(
        days=days or QCoreApplication.translate("RitualTableModel", "no weekday"),
        time=r.time_of_day,
        minutes=r.duration_minutes,
    )
    if r.active_to:
        text += " " + QCoreApplication.translate("RitualTableModel", "until {day}").format(day=r.active_to.isoformat())
    return text


_RITUAL_COLUMNS: list[Column[RitualSummary]] = [
    Column(str(QT_TRANSLATE_NOOP("RitualTableModel", "Ritual")), lambda row: row.ritual.name),
    Column(str(QT_TRANSLATE_NOOP("RitualTableModel", "Schedule")), lambda row: row.schedule, display=_schedule_shown),
    Column(str(QT_TRANSLATE_NOOP("RitualTableModel", "Format")), lambda row: row.ritual.format_text),
    Column(str(QT_TRANSLATE_NOOP("RitualTableModel", "Home")), lambda row: row.ritual.home),
    Column(
        str(QT_TRANSLATE_NOOP("RitualTableModel", "Prompts")),
        lambda row: row.prompts,
        tooltip=lambda _row: QCoreApplication.translate(
            "RitualTableModel", "Prompts assigned in the Promise tab's library; five per ritual is the minimum"
        ),
    ),
    Column(
        str(QT_TRANSLATE_NOOP("RitualTableModel", "Streak (weeks)")),
        lambda row: row.streak.current,
        tooltip=lambda _row: QCoreApplication.translate(
            "RitualTableModel", "Weeks in a row the ritual ran, up to this week"
        ),
    ),
    Column(str(QT_TRANSLATE_NOOP("RitualTableModel", "Longest")), lambda row: row.streak.longest),
    Column(str(QT_TRANSLATE_NOOP("RitualTableModel", "Skipped")), lambda row: row.streak.skipped, tooltip=_skipped_tip),
    Column(str(QT_TRANSLATE_NOOP("RitualTableModel", "Active")), _active, display=_active_shown),
]


class _TranslatedHeaders:
    """Column labels are English source texts (QT_TRANSLATE_NOOP); the header shows them translated."""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        value = super().headerData(section, orientation, role)  # type: ignore[misc]
        if role == DISPLAY and isinstance(value, str):
            return _tr(value)
        return value


class RitualTableModel(_TranslatedHeaders, BaseTableModel[RitualSummary]):
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
    if row.hit_rate is None:
        return QCoreApplication.translate("RitualTableModel", "n/a")
    if _english():
        return f"{row.hit_rate:.2f}%"
    return format_percent(row.hit_rate / 100, 2, i18n.active_language())


_SLA_WEEK_COLUMNS: list[Column[WeeklySla]] = [
    Column(str(QT_TRANSLATE_NOOP("RitualTableModel", "Week of")), lambda row: row.week_start.isoformat()),
    Column(str(QT_TRANSLATE_NOOP("RitualTableModel", "Posts")), lambda row: row.posts),
    Column(str(QT_TRANSLATE_NOOP("RitualTableModel", "Replied in time")), lambda row: row.replied),
    Column(str(QT_TRANSLATE_NOOP("RitualTableModel", "First comments")), lambda row: row.considered),
    Column(str(QT_TRANSLATE_NOOP("RitualTableModel", "Hit rate")), lambda row: row.hit_rate, display=_rate),
    Column(str(QT_TRANSLATE_NOOP("RitualTableModel", "Posts with misses")), lambda row: row.misses),
]


class SlaWeekModel(_TranslatedHeaders, BaseTableModel[WeeklySla]):
    """Weekly response-SLA hit rate; a week with a miss is flagged."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_SLA_WEEK_COLUMNS, parent)

    def cell_data(self, row: WeeklySla, column: int, role: int) -> Any:
        if role == _FOREGROUND and column in (4, 5) and row.misses:
            return QBrush(_MISS)
        return None


def _source_tip(row: PostSla) -> str:
    if row.source == "computed":
        return QCoreApplication.translate("RitualTableModel", "computed: from logged comment and reply timestamps")
    return QCoreApplication.translate("RitualTableModel", "typed: the figure recorded on the post")


# The stored source of a post's SLA figure as the table shows it.
_SOURCE_WORDS = {
    "computed": str(QT_TRANSLATE_NOOP("RitualTableModel", "computed")),
    "typed": str(QT_TRANSLATE_NOOP("RitualTableModel", "typed")),
}


def _source_shown(row: PostSla) -> str:
    word = _SOURCE_WORDS.get(row.source)
    return _tr(word) if word else row.source


_SLA_MISS_COLUMNS: list[Column[PostSla]] = [
    Column(str(QT_TRANSLATE_NOOP("RitualTableModel", "Date")), lambda row: row.local_date.isoformat()),
    Column(str(QT_TRANSLATE_NOOP("RitualTableModel", "Post")), lambda row: row.title),
    Column(str(QT_TRANSLATE_NOOP("RitualTableModel", "Replied")), lambda row: row.replied),
    Column(str(QT_TRANSLATE_NOOP("RitualTableModel", "Of first")), lambda row: row.considered),
    Column(
        str(QT_TRANSLATE_NOOP("RitualTableModel", "Source")),
        lambda row: row.source,
        display=_source_shown,
        tooltip=_source_tip,
    ),
]


class SlaMissModel(_TranslatedHeaders, BaseTableModel[PostSla]):
    """Posts where not every one of the first comments got a reply within the SLA."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_SLA_MISS_COLUMNS, parent)

    def cell_data(self, row: PostSla, column: int, role: int) -> Any:
        if role == _USER:
            return row.post_id
        return None
