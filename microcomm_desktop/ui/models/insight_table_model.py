"""Table models of the Insights tab: the ranked groups and the decision log.

Display text is exactly what the CLI prints (2 decimals, "n/a"), so File > Export CSV and
``microcomm insights --format csv`` agree; sorting uses ``SORT_ROLE`` (numbers, n/a last) instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from microcomm_desktop.domain import metrics
from microcomm_desktop.domain.insights import GroupStats
from microcomm_desktop.services.decisions import DecisionRow
from microcomm_desktop.services.insights import InsightsResult
from microcomm_desktop.ui.palette import band_colors

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
STATS_ROLE = int(Qt.ItemDataRole.UserRole) + 2

COL_KEY, COL_POSTS, COL_MEDIAN, COL_MEAN, COL_SAVES, COL_ER, COL_RETURNING, COL_NOTE = range(8)
HEADERS = [
    "Group",
    "Posts",
    "Median replies/1k",
    "Mean replies/1k",
    "Saves/1k",
    "ER %",
    "Returning reached",
    "Note",
]
HEADER_TIPS = [
    "The theme, format, ritual or prompt-ladder rung",
    "Posts of the period and label in this group (a post with two themes counts in both)",
    "Median of each post's replies / reach × 1000 — one viral post cannot carry it",
    "Mean of each post's replies / reach × 1000",
    "Group saves / group reach × 1000 (pooled); benchmark 10–40",
    "Group engagements / group reach (or impressions, per workspace setting) in percent; benchmark 3–8 %",
    "Distinct people who engaged with these posts in the period and are returning engagers "
    "(2+ distinct days in the 30 days ending on the period's last day)",
    "'too few posts to judge' below the minimum post count (setting, default 3)",
]
_BAND_OF_COL = {COL_MEDIAN: "replies_per_1k", COL_MEAN: "replies_per_1k", COL_SAVES: "saves_per_1k", COL_ER: "er"}


def _value(g: GroupStats, col: int) -> Any:
    return {
        COL_KEY: g.key,
        COL_POSTS: g.posts,
        COL_MEDIAN: g.median_replies_per_1k,
        COL_MEAN: g.mean_replies_per_1k,
        COL_SAVES: g.saves_per_1k,
        COL_ER: g.er,
        COL_RETURNING: g.returning_reached,
        COL_NOTE: g.note,
    }[col]


class InsightTableModel(QAbstractTableModel):
    """Rows of an ``InsightsResult`` in ranked order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[GroupStats] = []
        self.result: InsightsResult | None = None
        self.dark = False
        self.bands = dict(metrics.BENCHMARKS)

    def set_result(self, result: InsightsResult | None, bands: dict[str, metrics.Band] | None = None) -> None:
        self.beginResetModel()
        self.result = result
        self.rows = list(result.rows) if result is not None else []
        if bands:
            self.bands = dict(bands)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def _band(self, g: GroupStats, col: int) -> metrics.Band:
        """A format group of polls or Q and A is judged on their own ER band (DOMAIN.md §4), others on the
        band of the column."""
        key = _BAND_OF_COL[col]
        if key == "er" and self.result is not None and self.result.by == "format" and metrics.is_poll_or_qa(g.key):
            key = "er_poll_qa"
        return self.bands.get(key, metrics.BENCHMARKS[key])

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == COL_KEY and self.result is not None:
                return self.result.by.capitalize()
            return HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        g = self.rows[index.row()]
        col = index.column()
        v = _value(g, col)
        if role == Qt.ItemDataRole.DisplayRole:
            if col in (COL_MEDIAN, COL_MEAN, COL_SAVES, COL_ER):
                return metrics.format_rate(v)
            return str(v) if isinstance(v, int) else v
        if role == SORT_ROLE:
            if col in (COL_KEY, COL_NOTE):
                return str(v)
            return float("-inf") if v is None else float(v)
        if role == STATS_ROLE:
            return g
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (COL_KEY, COL_NOTE):
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and not g.judged:
            f = QFont()
            f.setItalic(True)
            return f
        if role == Qt.ItemDataRole.BackgroundRole and g.judged and col in _BAND_OF_COL and v is not None:
            pos = metrics.band_position(v, self._band(g, col))
            return QBrush(band_colors(self.dark)[pos]) if pos else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if not g.judged:
                return f"Only {g.posts} post(s): too few to judge — shown, but not ranked as evidence."
            if col in _BAND_OF_COL and v is not None:
                band = self._band(g, col)
                pos = metrics.band_position(v, band)
                tip = f"Benchmark {band.low:g}–{band.high:g}: {pos}"
                if band is self.bands.get("er_poll_qa"):
                    tip += " (polls and Q and A have their own, higher ER band)"
                return tip + (f" — {band.action}" if pos == "below" else "")
            return HEADER_TIPS[col]
        return None


DEC_WEEK, DEC_METRIC, DEC_TEXT = range(3)
DEC_HEADERS = ["Week of", "Rests on", "Decision"]


class DecisionTableModel(QAbstractTableModel):
    """The decision log, newest week first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[DecisionRow] = []

    def set_rows(self, rows: list[DecisionRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(DEC_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return DEC_HEADERS[section] if 0 <= section < len(DEC_HEADERS) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == DEC_WEEK:
                return r.week_start.isoformat()
            if col == DEC_METRIC:
                return r.metric_label
            if col == DEC_TEXT:
                return r.text
        if role == Qt.ItemDataRole.ToolTipRole and col == DEC_TEXT:
            return r.text
        if role == STATS_ROLE:
            return r
        return None
