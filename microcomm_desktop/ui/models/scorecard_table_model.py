"""The weekly scorecard as a table: newest week first, week-over-week change, band colours, formula tooltips."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from microcomm_desktop.domain import metrics
from microcomm_desktop.services.scorecard import Benchmarks, WeekFigures
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


def _n(v: float | int | None, d: int = 2) -> str:
    return metrics.format_rate(None if v is None else float(v), d) if not isinstance(v, int) else f"{v:,}"


COLUMNS: list[Column] = [
    Column("week_start", "Week", -2, "", None, lambda f: f"{f.week_start:%a %d %b %Y} – {f.week_end:%a %d %b %Y}"),
    Column(
        "posts",
        "Posts (c/r)",
        -1,
        "",
        None,
        lambda f: (
            f"{f.community_posts} community posts (judged on replies, saves, returning engagers) and "
            f"{f.reach_posts} reach posts (judged on reach and shares)."
        ),
    ),
    Column("reach", "Reach", -1, "", None, lambda f: f"Sum of post reach. Shares: {f.shares:,}."),
    Column(
        "er",
        "ER",
        2,
        "%",
        "er",
        lambda f: (
            f"ER = engagements / {f.er_definition} × 100 = {f.engagements:,} / "
            f"{f.reach if f.er_definition == 'reach' else f.impressions:,} × 100"
        ),
    ),
    Column(
        "saves_per_1k",
        "Saves/1k",
        1,
        "",
        "saves_per_1k",
        lambda f: (
            f"Saves per 1,000 reach = saves / reach × 1000 = {f.saves:,} / {f.rate_reach:,} × 1000"
            " (community posts' saves over their reach when showing all posts)"
        ),
    ),
    Column(
        "replies_per_1k",
        "Replies/1k",
        1,
        "",
        "replies_per_1k",
        lambda f: (
            f"Replies per 1,000 reach = replies / reach × 1000 = {f.replies:,} / {f.rate_reach:,} × 1000"
            " (community posts' comments over their reach when showing all posts)"
        ),
    ),
    Column(
        "returning_engagers",
        "Returning",
        -1,
        "",
        None,
        lambda f: (
            f"People who engaged on 2+ different days in the 30 days ending {f.week_end:%d %b}: "
            f"{f.returning_engagers:,}"
        ),
    ),
    Column(
        "returning_share",
        "Returning %",
        1,
        "%",
        "returning_share",
        lambda f: (
            f"Returning share = returning / engaged × 100 = {f.returning_engagers:,} / "
            f"{f.engaged_people:,} × 100 (30 days ending {f.week_end:%d %b})"
        ),
    ),
    Column(
        "engaged_people",
        "Engaged",
        -1,
        "",
        None,
        lambda f: f"Distinct people who engaged in the 30 days ending {f.week_end:%d %b}",
    ),
    Column(
        "deep_threads",
        "Deep threads",
        -1,
        "",
        None,
        lambda f: "Threads started this week with at least 3 messages from at least 2 people",
    ),
    Column(
        "dm_messages_per_thread",
        "DM msgs/thread",
        1,
        "",
        None,
        lambda f: (
            f"DM back-and-forth from logged DMs: {f.dm_threads:,} DM conversation(s) members started this week, "
            f"{_n(f.dm_messages_per_thread, 1)} messages each on average (a member's DM plus the answers to it). "
            "Compare with the DM reply rate you type in the week notes."
        ),
    ),
    Column(
        "dm_answered_share",
        "DMs answered %",
        1,
        "%",
        None,
        lambda f: (
            f"Share of the {f.dm_threads:,} DM conversation(s) members started this week that got an answer in the "
            "log (from you: your own handles are set in Workspace settings)."
        ),
    ),
    Column(
        "health_score",
        "Health",
        1,
        "",
        None,
        lambda f: (
            "Health = RE% × 0.4 + min(replies/1k ÷ top × 100, 100) × 0.3 + min(saves/1k ÷ top × 100, 100)"
            f" × 0.3 with RE {_n(f.returning_share, 1)}%, replies {_n(f.replies_per_1k, 1)}, "
            f"saves {_n(f.saves_per_1k, 1)}"
        ),
    ),
]
COL = {c.key: i for i, c in enumerate(COLUMNS)}
# Figures divided by reach: marked "*" when some posts' views/impressions stood in for a missing reach.
STANDIN_KEYS = {"reach", "er", "saves_per_1k", "replies_per_1k", "health_score"}


def standin_note(f: WeekFigures) -> str:
    if not f.reach_standin_posts:
        return ""
    return f"* {f.reach_standin_posts} post(s) had no reach: {f.reach_standin} stood in for reach (Workspace settings)."


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
        if role == Qt.ItemDataRole.DisplayRole:
            title = col.title + (f" ({self.rows[0].er_definition})" if col.key == "er" and self.rows else "")
            return title + ("*" if star else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = ""
            if col.band and self.bench:
                b = self.bench.bands[col.band]
                tip = f"Benchmark band {b.low:g}–{b.high:g}{col.unit}; below it: {b.action}"
            if star:
                words = sorted({f.reach_standin for f in self.rows if f.reach_standin})
                tip += ("\n" if tip else "") + f"* Some weeks use a stand-in for missing reach: {'; '.join(words)}."
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
            return f"{v:%d %b %Y}"
        if c.key == "posts":
            f = self.rows[row]
            base = f"{f.posts} ({f.community_posts}/{f.reach_posts})"
        elif c.decimals == -1:
            base = f"{v:,}"
        else:
            base = metrics.format_rate(v, c.decimals, c.unit)
        if c.key in STANDIN_KEYS and self.rows[row].reach_standin_posts and v is not None:
            base += "*"
        d = self.delta(row, col)
        if d is None:
            return base
        if d == 0:
            return f"{base}  → 0"
        arrow = "▲" if d > 0 else "▼"
        dtext = f"{abs(d):,.0f}" if c.decimals == -1 else f"{abs(d):.{max(c.decimals, 1)}f}"
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
                tip += (
                    f"\n{'Below' if pos == 'below' else 'In' if pos == 'in' else 'Above'} the band {b.low:g}–{b.high:g}"
                )
                if pos == "below":
                    tip += f": {b.action}"
            d = self.delta(r, c)
            if d is not None:
                tip += f"\nChange from the week before: {d:+.2f}"
            return tip
        if role == Qt.ItemDataRole.BackgroundRole:
            pos = self.band_position(r, c)
            return band_colors(self.dark)[pos] if pos else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if COLUMNS[c].decimals == -2:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
