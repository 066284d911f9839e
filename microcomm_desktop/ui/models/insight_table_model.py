"""Table models of the Insights tab: the ranked groups and the decision log.

Display text is exactly what the CLI prints (2 decimals, "n/a"), so File > Export CSV and
``microcomm insights --format csv`` agree; sorting uses ``SORT_ROLE`` (numbers, n/a last) instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont

from microcomm_desktop.domain import metrics
from microcomm_desktop.domain.insights import TOO_FEW, GroupStats
from microcomm_desktop.i18n import QT_TRANSLATE_NOOP, active_language
from microcomm_desktop.services import figures_text as ft
from microcomm_desktop.services.decisions import SEP, DecisionRow
from microcomm_desktop.services.insights import InsightsResult
from microcomm_desktop.ui.models.base_table_model import CSV_HEADER_ROLE, SORT_ROLE, BaseTableModel, Column
from microcomm_desktop.ui.palette import band_colors

STATS_ROLE = SORT_ROLE + 1
__all__ = ["SORT_ROLE", "STATS_ROLE", "DecisionTableModel", "InsightTableModel"]

COL_KEY, COL_POSTS, COL_MEDIAN, COL_MEAN, COL_SAVES, COL_ER, COL_RETURNING, COL_NOTE = range(8)
HEADERS = [
    QT_TRANSLATE_NOOP("InsightTableModel", "Group"),
    QT_TRANSLATE_NOOP("InsightTableModel", "Posts"),
    QT_TRANSLATE_NOOP("InsightTableModel", "Median replies/1k"),
    QT_TRANSLATE_NOOP("InsightTableModel", "Mean replies/1k"),
    QT_TRANSLATE_NOOP("InsightTableModel", "Saves/1k"),
    QT_TRANSLATE_NOOP("InsightTableModel", "ER %"),
    QT_TRANSLATE_NOOP("InsightTableModel", "Returning reached"),
    QT_TRANSLATE_NOOP("InsightTableModel", "Note"),
]
HEADER_TIPS = [
    QT_TRANSLATE_NOOP("InsightTableModel", "The theme, format, ritual or prompt-ladder rung"),
    QT_TRANSLATE_NOOP(
        "InsightTableModel", "Posts of the period and label in this group (a post with two themes counts in both)"
    ),
    QT_TRANSLATE_NOOP(
        "InsightTableModel", "Median of each post's replies / reach × 1000 — one viral post cannot carry it"
    ),
    QT_TRANSLATE_NOOP("InsightTableModel", "Mean of each post's replies / reach × 1000"),
    QT_TRANSLATE_NOOP("InsightTableModel", "Group saves / group reach × 1000 (pooled); benchmark 10–40"),
    QT_TRANSLATE_NOOP(
        "InsightTableModel",
        "Group engagements / group reach (or impressions, per workspace setting) in percent; benchmark 3–8 %",
    ),
    QT_TRANSLATE_NOOP(
        "InsightTableModel",
        "Distinct people who engaged with these posts in the period and are returning engagers (2+ distinct days "
        "in the 30 days ending on the period's last day)",
    ),
    QT_TRANSLATE_NOOP(
        "InsightTableModel", "'too few posts to judge' below the minimum post count (setting, default 3)"
    ),
]
# The grouping's name in the first column's header (``InsightsResult.by`` is a stored key).
BY_LABELS = {
    "theme": QT_TRANSLATE_NOOP("InsightTableModel", "Theme"),
    "format": QT_TRANSLATE_NOOP("InsightTableModel", "Format"),
    "ritual": QT_TRANSLATE_NOOP("InsightTableModel", "Ritual"),
    "rung": QT_TRANSLATE_NOOP("InsightTableModel", "Rung"),
}
_BAND_OF_COL = {COL_MEDIAN: "replies_per_1k", COL_MEAN: "replies_per_1k", COL_SAVES: "saves_per_1k", COL_ER: "er"}


def _rate_column(label: str, tip: str, get: Any) -> Column[GroupStats]:
    return Column(
        label,
        get,
        display=lambda g: ft.rate(get(g)),
        header_tooltip=tip,
        numeric=True,
        sort_key=lambda g: float("-inf") if get(g) is None else float(get(g)),
    )


def _count_column(label: str, tip: str, get: Any) -> Column[GroupStats]:
    return Column(
        label,
        get,
        display=lambda g: ft.integer(v) if isinstance(v := get(g), int) else v,
        header_tooltip=tip,
        numeric=True,
        sort_key=lambda g: float("-inf") if get(g) is None else float(get(g)),
    )


def _note(note: str) -> str:
    """The one note the domain writes ("too few posts to judge"), for the reader; the CSV keeps the English."""
    return QCoreApplication.translate("InsightTableModel", "too few posts to judge") if note == TOO_FEW else note


def _machine_text(g: GroupStats, col: int) -> Any:
    """A cell as the CLI prints it (2 decimals, "n/a", English): what the CSV export writes in every language."""
    v = COLUMNS[col].value(g)
    if col in (COL_MEDIAN, COL_MEAN, COL_SAVES, COL_ER):
        return metrics.format_rate(v)
    if col in (COL_POSTS, COL_RETURNING):
        return str(v) if isinstance(v, int) else v
    return v


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
        display=lambda g: _note(g.note),
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
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return super().headerData(section, orientation, role)
        if role in (
            Qt.ItemDataRole.EditRole,
            CSV_HEADER_ROLE,
        ):  # the CSV export's header: as the CLI writes it, never translated
            if section == COL_KEY and self.result is not None:
                return self.result.by.capitalize()
            return HEADERS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if section == COL_KEY and self.result is not None:
                label = BY_LABELS.get(self.result.by)
                return self.tr(label) if label else self.result.by.capitalize()
            return self.tr(HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(HEADER_TIPS[section])
        return super().headerData(section, orientation, role)

    def cell_data(self, row: GroupStats, column: int, role: int) -> Any:
        g, col = row, column
        if role == STATS_ROLE:
            return g
        if role == Qt.ItemDataRole.EditRole:
            return _machine_text(g, col)
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
                posts = g.posts
                return self.tr("Only %n post(s): too few to judge — shown, but not ranked as evidence.", "", posts)
            if col in _BAND_OF_COL and v is not None:
                band = self._band(g, col)
                pos = metrics.band_position(v, band)
                low, high = ft.band_edge(band.low), ft.band_edge(band.high)
                if pos == "below":
                    tip = self.tr("Benchmark {low}–{high}: below").format(low=low, high=high)
                elif pos == "in":
                    tip = self.tr("Benchmark {low}–{high}: in").format(low=low, high=high)
                else:
                    tip = self.tr("Benchmark {low}–{high}: above").format(low=low, high=high)
                if band is self.bands.get("er_poll_qa"):
                    tip += self.tr(" (polls and Q and A have their own, higher ER band)")
                return tip + (" — " + ft.band_action(band.action) if pos == "below" else "")
            return self.tr(HEADER_TIPS[col])
        return None


DEC_WEEK, DEC_METRIC, DEC_TEXT = range(3)
DEC_HEADERS = [
    QT_TRANSLATE_NOOP("DecisionTableModel", "Week of"),
    QT_TRANSLATE_NOOP("DecisionTableModel", "Rests on"),
    QT_TRANSLATE_NOOP("DecisionTableModel", "Decision"),
]


# ``decisions.METRICS`` (stored keys → English labels) as the reader sees them in the log.
DEC_METRIC_LABELS = {
    "replies_per_1k": QT_TRANSLATE_NOOP("DecisionTableModel", "Replies per 1k reach"),
    "saves_per_1k": QT_TRANSLATE_NOOP("DecisionTableModel", "Saves per 1k reach"),
    "er": QT_TRANSLATE_NOOP("DecisionTableModel", "Engagement rate"),
    "returning_reached": QT_TRANSLATE_NOOP("DecisionTableModel", "Returning engagers reached"),
    "returning_share": QT_TRANSLATE_NOOP("DecisionTableModel", "Returning share"),
    "posts": QT_TRANSLATE_NOOP("DecisionTableModel", "Post count"),
    "other": QT_TRANSLATE_NOOP("DecisionTableModel", "Other"),
}


def _decision_metric(r: DecisionRow) -> str:
    """The metric (and what it was measured on) in the reader's language; English exactly as the service says."""
    if active_language() == "en" or r.metric not in DEC_METRIC_LABELS:
        return r.metric_label
    label = QCoreApplication.translate("DecisionTableModel", DEC_METRIC_LABELS[r.metric])
    return f"{label}{SEP}{r.subject}" if r.subject else label


def _decision_week(r: DecisionRow) -> str:
    return r.week_start.isoformat() if active_language() == "en" else ft.day_month_year(r.week_start)


class DecisionTableModel(BaseTableModel[DecisionRow]):
    """The decision log, newest week first."""

    answers_edit_role = False

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(DEC_HEADERS[DEC_WEEK], lambda r: r.week_start.isoformat(), display=_decision_week),
                Column(DEC_HEADERS[DEC_METRIC], lambda r: r.metric_label, display=_decision_metric),
                Column(DEC_HEADERS[DEC_TEXT], lambda r: r.text, tooltip=lambda r: r.text),
            ],
            parent,
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """Translated for the reader; EditRole keeps the English name (a CSV header)."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(DEC_HEADERS):
            if role in (Qt.ItemDataRole.EditRole, CSV_HEADER_ROLE):
                return DEC_HEADERS[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(DEC_HEADERS[section])
        return super().headerData(section, orientation, role)

    def cell_data(self, row: DecisionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:  # a CSV of the log: ISO week, English label, in every language
            return self.columns[column].value(row)
        return row if role == STATS_ROLE else None
