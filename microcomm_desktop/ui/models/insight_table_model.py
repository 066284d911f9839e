"""Table models of the Insights tab: the ranked groups and the decision log.

Display text is exactly what the CLI prints (2 decimals, "n/a"), so File > Export CSV and
``microcomm insights --format csv`` agree; sorting uses ``SORT_ROLE`` (numbers, n/a last) instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from microcomm_desktop.domain import metrics
from microcomm_desktop.domain.insights import GroupStats
from microcomm_desktop.services.decisions import DecisionRow
from microcomm_desktop.services.insights import InsightsResult
from microcomm_desktop.ui.models.base_table_model import SORT_ROLE, BaseTableModel, Column
from microcomm_desktop.ui.palette import band_colors

STATS_ROLE = SORT_ROLE + 1
__all__ = ["SORT_ROLE", "STATS_ROLE", "DecisionTableModel", "InsightTableModel"]

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


def _rate_column(label: str, tip: str, get: Any) -> Column[GroupStats]:
    return Column(
        label,
        get,
        display=lambda g: metrics.format_rate(get(g)),
        header_tooltip=tip,
        numeric=True,
        sort_key=lambda g: float("-inf") if get(g) is None else float(get(g)),
    )


def _count_column(label: str, tip: str, get: Any) -> Column[GroupStats]:
    return Column(
        label,
        get,
        display=lambda g: str(v) if isinstance(v := get(g), int) else v,
        header_tooltip=tip,
        numeric=True,
        sort_key=lambda g: float("-inf") if get(g) is None else float(get(g)),
    )


_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
COLUMNS: list[Column[GroupStats]] = [
    Column(
        HEADERS[COL_KEY],
        lambda g: g.key,
        header_tooltip=HEADER_TIPS[COL_KEY],
        align=_LEFT,
        sort_key=lambda g: str(g.key),
    ),
    _count_column(HEADERS[COL_POSTS], HEADER_TIPS[COL_POSTS], lambda g: g.posts),
    _rate_column(HEADERS[COL_MEDIAN], HEADER_TIPS[COL_MEDIAN], lambda g: g.median_replies_per_1k),
    _rate_column(HEADERS[COL_MEAN], HEADER_TIPS[COL_MEAN], lambda g: g.mean_replies_per_1k),
    _rate_column(HEADERS[COL_SAVES], HEADER_TIPS[COL_SAVES], lambda g: g.saves_per_1k),
    _rate_column(HEADERS[COL_ER], HEADER_TIPS[COL_ER], lambda g: g.er),
    _count_column(HEADERS[COL_RETURNING], HEADER_TIPS[COL_RETURNING], lambda g: g.returning_reached),
    Column(
        HEADERS[COL_NOTE],
        lambda g: g.note,
        header_tooltip=HEADER_TIPS[COL_NOTE],
        align=_LEFT,
        sort_key=lambda g: str(g.note),
    ),
]


class InsightTableModel(BaseTableModel[GroupStats]):
    """Rows of an ``InsightsResult`` in ranked order."""

    answers_edit_role = False  # the shown text is what the CLI prints; the CSV export must write the same

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)
        self.result: InsightsResult | None = None
        self.dark = False
        self.bands = dict(metrics.BENCHMARKS)

    def set_result(self, result: InsightsResult | None, bands: dict[str, metrics.Band] | None = None) -> None:
        self.result = result
        if bands:
            self.bands = dict(bands)
        self.set_rows(list(result.rows) if result is not None else [])

    def _band(self, g: GroupStats, col: int) -> metrics.Band:
        """A format group of polls or Q and A is judged on their own ER band (docs/domain.md §4), others on the
        band of the column."""
        key = _BAND_OF_COL[col]
        if key == "er" and self.result is not None and self.result.by == "format" and metrics.is_poll_or_qa(g.key):
            key = "er_poll_qa"
        return self.bands.get(key, metrics.BENCHMARKS[key])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """The first column is named after the grouping (Theme, Format, …)."""
        if orientation == Qt.Orientation.Horizontal and section == COL_KEY and role == Qt.ItemDataRole.DisplayRole:
            if self.result is not None:
                return self.result.by.capitalize()
        return super().headerData(section, orientation, role)

    def cell_data(self, row: GroupStats, column: int, role: int) -> Any:
        g, col = row, column
        if role == STATS_ROLE:
            return g
        if role == Qt.ItemDataRole.FontRole and not g.judged:
            f = QFont()
            f.setItalic(True)
            return f
        v = self.columns[col].value(g)
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


class DecisionTableModel(BaseTableModel[DecisionRow]):
    """The decision log, newest week first."""

    answers_edit_role = False

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(DEC_HEADERS[DEC_WEEK], lambda r: r.week_start.isoformat()),
                Column(DEC_HEADERS[DEC_METRIC], lambda r: r.metric_label),
                Column(DEC_HEADERS[DEC_TEXT], lambda r: r.text, tooltip=lambda r: r.text),
            ],
            parent,
        )

    def cell_data(self, row: DecisionRow, column: int, role: int) -> Any:
        return row if role == STATS_ROLE else None
