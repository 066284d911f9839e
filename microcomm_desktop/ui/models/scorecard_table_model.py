"""The weekly scorecard as a table: newest week first, week-over-week change, band colours, formula tooltips."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from microcomm_desktop.domain import metrics
from microcomm_desktop.i18n import QT_TRANSLATE_NOOP, active_language
from microcomm_desktop.services import figures_text as ft
from microcomm_desktop.services.scorecard import Benchmarks, WeekFigures
from microcomm_desktop.ui.models.base_table_model import CSV_HEADER_ROLE
from microcomm_desktop.ui.palette import band_colors

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    decimals: int  # -1 = integer count
    unit: str
    band: str | None  # benchmark key for colouring
    tip: Callable[[WeekFigures], str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScorecardModel", text)


def _n(v: float | int | None, d: int = 2) -> str:
    return ft.rate(None if v is None else float(v), d) if not isinstance(v, int) else ft.integer(v)


def _er_tip(f: WeekFigures) -> str:
    base = f.reach if f.er_definition == "reach" else f.impressions
    return QCoreApplication.translate(
        "ScorecardModel", "ER = engagements / {denominator} × 100 = {engagements} / {base} × 100"
    ).format(
        denominator=ft.er_denominator(f.er_definition), engagements=ft.integer(f.engagements), base=ft.integer(base)
    )


def _dm_tip(f: WeekFigures) -> str:
    threads = f.dm_threads
    return QCoreApplication.translate(
        "ScorecardModel",
        "DM back-and-forth from logged DMs: %n DM conversation(s) members started this week, {average} messages "
        "each on average (a member's DM plus the answers to it). Compare with the DM reply rate you type in the "
        "week notes.",
        None,
        threads,
    ).format(average=_n(f.dm_messages_per_thread, 1))


def _dm_answered_tip(f: WeekFigures) -> str:
    threads = f.dm_threads
    return QCoreApplication.translate(
        "ScorecardModel",
        "Share of the %n DM conversation(s) members started this week that got an answer in the log (from you: "
        "your own handles are set in Workspace settings).",
        None,
        threads,
    )


def _health_tip(f: WeekFigures) -> str:
    return QCoreApplication.translate(
        "ScorecardModel",
        "Health = RE% × 0.4 + min(replies/1k ÷ top × 100, 100) × 0.3 + min(saves/1k ÷ top × 100, 100) × 0.3 with "
        "RE {returning}%, replies {replies}, saves {saves}",
    ).format(returning=_n(f.returning_share, 1), replies=_n(f.replies_per_1k, 1), saves=_n(f.saves_per_1k, 1))


COLUMNS: list[Column] = [
    Column(
        "week_start",
        QT_TRANSLATE_NOOP("ScorecardModel", "Week"),
        -2,
        "",
        None,
        lambda f: f"{ft.weekday_day_month_year(f.week_start)} – {ft.weekday_day_month_year(f.week_end)}",
    ),
    Column(
        "posts",
        QT_TRANSLATE_NOOP("ScorecardModel", "Posts (c/r)"),
        -1,
        "",
        None,
        lambda f: QCoreApplication.translate(
            "ScorecardModel",
            "{community} community posts (judged on replies, saves, returning engagers) and {reach} reach posts "
            "(judged on reach and shares).",
        ).format(community=ft.integer(f.community_posts), reach=ft.integer(f.reach_posts)),
    ),
    Column(
        "reach",
        QT_TRANSLATE_NOOP("ScorecardModel", "Reach"),
        -1,
        "",
        None,
        lambda f: QCoreApplication.translate("ScorecardModel", "Sum of post reach. Shares: {shares}.").format(
            shares=ft.integer(f.shares)
        ),
    ),
    Column("er", QT_TRANSLATE_NOOP("ScorecardModel", "ER"), 2, "%", "er", _er_tip),
    Column(
        "saves_per_1k",
        QT_TRANSLATE_NOOP("ScorecardModel", "Saves/1k"),
        1,
        "",
        "saves_per_1k",
        lambda f: QCoreApplication.translate(
            "ScorecardModel",
            "Saves per 1,000 reach = saves / reach × 1000 = {saves} / {reach} × 1000 (community posts' saves over "
            "their reach when showing all posts)",
        ).format(saves=ft.integer(f.saves), reach=ft.integer(f.rate_reach)),
    ),
    Column(
        "replies_per_1k",
        QT_TRANSLATE_NOOP("ScorecardModel", "Replies/1k"),
        1,
        "",
        "replies_per_1k",
        lambda f: QCoreApplication.translate(
            "ScorecardModel",
            "Replies per 1,000 reach = replies / reach × 1000 = {replies} / {reach} × 1000 (community posts' "
            "comments over their reach when showing all posts)",
        ).format(replies=ft.integer(f.replies), reach=ft.integer(f.rate_reach)),
    ),
    Column(
        "returning_engagers",
        QT_TRANSLATE_NOOP("ScorecardModel", "Returning"),
        -1,
        "",
        None,
        lambda f: QCoreApplication.translate(
            "ScorecardModel", "People who engaged on 2+ different days in the 30 days ending {day}: {count}"
        ).format(day=ft.day_month(f.week_end), count=ft.integer(f.returning_engagers)),
    ),
    Column(
        "returning_share",
        QT_TRANSLATE_NOOP("ScorecardModel", "Returning %"),
        1,
        "%",
        "returning_share",
        lambda f: QCoreApplication.translate(
            "ScorecardModel",
            "Returning share = returning / engaged × 100 = {returning} / {engaged} × 100 (30 days ending {day})",
        ).format(
            returning=ft.integer(f.returning_engagers),
            engaged=ft.integer(f.engaged_people),
            day=ft.day_month(f.week_end),
        ),
    ),
    Column(
        "engaged_people",
        QT_TRANSLATE_NOOP("ScorecardModel", "Engaged"),
        -1,
        "",
        None,
        lambda f: QCoreApplication.translate(
            "ScorecardModel", "Distinct people who engaged in the 30 days ending {day}"
        ).format(day=ft.day_month(f.week_end)),
    ),
    Column(
        "deep_threads",
        QT_TRANSLATE_NOOP("ScorecardModel", "Deep threads"),
        -1,
        "",
        None,
        lambda f: QCoreApplication.translate(
            "ScorecardModel", "Threads started this week with at least 3 messages from at least 2 people"
        ),
    ),
    Column(
        "dm_messages_per_thread",
        QT_TRANSLATE_NOOP("ScorecardModel", "DM msgs/thread"),
        1,
        "",
        None,
        _dm_tip,
    ),
    Column(
        "dm_answered_share",
        QT_TRANSLATE_NOOP("ScorecardModel", "DMs answered %"),
        1,
        "%",
        None,
        _dm_answered_tip,
    ),
    Column("health_score", QT_TRANSLATE_NOOP("ScorecardModel", "Health"), 1, "", None, _health_tip),
]
COL = {c.key: i for i, c in enumerate(COLUMNS)}
# Figures divided by reach: marked "*" when some posts' views/impressions stood in for a missing reach.
STANDIN_KEYS = {"reach", "er", "saves_per_1k", "replies_per_1k", "health_score"}


def standin_note(f: WeekFigures) -> str:
    if not f.reach_standin_posts:
        return ""
    posts = f.reach_standin_posts
    return QCoreApplication.translate(
        "ScorecardModel",
        "* %n post(s) had no reach: {standin} stood in for reach (Workspace settings).",
        None,
        posts,
    ).format(standin=f.reach_standin)


class ScorecardModel(QAbstractTableModel):
    """Rows are weeks, newest first; EditRole is the raw value (sorting, CSV), DisplayRole adds the change.

    Not on BaseTableModel: every cell compares its week with the week below (the change arrow, the tooltip),
    which a column reading one row cannot express, and its own metric columns (decimals, unit, band) drive the
    text memo that keeps painting 262 weeks fast.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[WeekFigures] = []  # newest first
        self.bench: Benchmarks | None = None
        self.dark = False
        # Cell text memo: the view asks for the same cell's text many times per paint and column sizing,
        # and formatting it (value, delta, arrow) is the expensive part of data() on 262 weeks.
        self._text: dict[tuple[int, int], str] = {}

    def set_rows(self, figures_oldest_first: list[WeekFigures], bench: Benchmarks | None) -> None:
        self.beginResetModel()
        self.rows = list(reversed(figures_oldest_first))
        self.bench = bench
        self._text = {}
        self.endResetModel()

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        col = COLUMNS[section]
        star = col.key in STANDIN_KEYS and any(f.reach_standin_posts for f in self.rows)
        if role in (
            Qt.ItemDataRole.EditRole,
            CSV_HEADER_ROLE,
        ):  # the CSV export's header: machine-readable, never translated
            return col.title + (f" ({self.rows[0].er_definition})" if col.key == "er" and self.rows else "")
        if role == Qt.ItemDataRole.DisplayRole:
            title = _tr(col.title)
            if col.key == "er" and self.rows:
                title += f" ({ft.er_denominator(self.rows[0].er_definition)})"
            return title + ("*" if star else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = ""
            if col.band and self.bench:
                b = self.bench.bands[col.band]
                tip = self.tr("Benchmark band {low}–{high}{unit}; below it: {action}").format(
                    low=ft.band_edge(b.low), high=ft.band_edge(b.high), unit=col.unit, action=ft.band_action(b.action)
                )
            if star:
                words = sorted({f.reach_standin for f in self.rows if f.reach_standin})
                tip += ("\n" if tip else "") + self.tr(
                    "* Some weeks use a stand-in for missing reach: {words}."
                ).format(words="; ".join(words))
            return tip or None
        return None

    def raw(self, row: int, col: int) -> Any:
        return getattr(self.rows[row], COLUMNS[col].key)

    def delta(self, row: int, col: int) -> float | None:
        """Change against the previous week (the next row down); ``None`` when either is n/a."""
        if row + 1 >= len(self.rows) or COLUMNS[col].decimals == -2:
            return None
        now, before = self.raw(row, col), self.raw(row + 1, col)
        if now is None or before is None:
            return None
        return float(now) - float(before)

    def display(self, row: int, col: int) -> str:
        c = COLUMNS[col]
        v = self.raw(row, col)
        if c.decimals == -2:
            return ft.day_month_year(v)
        if c.key == "posts":
            f = self.rows[row]
            base = f"{ft.integer(f.posts)} ({ft.integer(f.community_posts)}/{ft.integer(f.reach_posts)})"
        elif c.decimals == -1:
            base = ft.integer(v)
        else:
            base = ft.rate(v, c.decimals, c.unit)
        if c.key in STANDIN_KEYS and self.rows[row].reach_standin_posts and v is not None:
            base += "*"
        d = self.delta(row, col)
        if d is None:
            return base
        if d == 0:
            return f"{base}  → 0"
        arrow = "▲" if d > 0 else "▼"
        if c.decimals == -1:
            dtext = ft.integer(round(abs(d)))
        else:
            dtext = ft.decimal_text(abs(d), max(c.decimals, 1))
        return f"{base}  {arrow}{dtext}"

    def band_position(self, row: int, col: int) -> str | None:
        c = COLUMNS[col]
        if c.band is None or self.bench is None:
            return None
        return metrics.band_position(self.raw(row, col), self.bench.bands[c.band])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._text.get((r, c))
            if text is None:
                text = self._text[(r, c)] = self.display(r, c)
            return text
        if role == Qt.ItemDataRole.EditRole:
            v = self.raw(r, c)
            return v.isoformat() if COLUMNS[c].decimals == -2 else v
        if role == Qt.ItemDataRole.ToolTipRole:
            f = self.rows[r]
            tip = COLUMNS[c].tip(f)
            if COLUMNS[c].key in STANDIN_KEYS and f.reach_standin_posts:
                tip += "\n" + standin_note(f)
            pos = self.band_position(r, c)
            if pos and self.bench is not None:
                b = self.bench.bands[COLUMNS[c].band or ""]
                low, high = ft.band_edge(b.low), ft.band_edge(b.high)
                if pos == "below":
                    where = self.tr("Below the band {low}–{high}: {action}").format(
                        low=low, high=high, action=ft.band_action(b.action)
                    )
                elif pos == "in":
                    where = self.tr("In the band {low}–{high}").format(low=low, high=high)
                else:
                    where = self.tr("Above the band {low}–{high}").format(low=low, high=high)
                tip += "\n" + where
            d = self.delta(r, c)
            if d is not None:
                signed = (
                    f"{d:+.2f}" if active_language() == "en" else ("+" if d >= 0 else "−") + ft.decimal_text(abs(d))
                )
                tip += "\n" + self.tr("Change from the week before: {change}").format(change=signed)
            return tip
        if role == Qt.ItemDataRole.BackgroundRole:
            pos = self.band_position(r, c)
            return band_colors(self.dark)[pos] if pos else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if COLUMNS[c].decimals == -2:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
