"""The posts table: plain tuples from one query, derived figures computed in ``data()`` from the row itself.

Why tuples and no ORM objects: 100,000 posts must open instantly; building objects (or querying per row) is
what makes big tables crawl. ER and the per-1k rates are a couple of divisions per visible cell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from microcomm_desktop.domain.metrics import (
    BENCHMARKS,
    Band,
    ErDefinition,
    band_position,
    effective_reach,
    engagement_rate,
    er_band_key,
    format_rate,
    per_1k,
    post_engagements,
)
from microcomm_desktop.domain.post_fields import COUNTS, FIELDS_BY_KEY, TABLE_FIELDS, laid_out
from microcomm_desktop.i18n import active_language
from microcomm_desktop.services.posts import ROW_FIELDS, row_index
from microcomm_desktop.ui.models.base_table_model import CSV_HEADER_ROLE, BaseTableModel, Column
from microcomm_desktop.ui.models.post_keys import BoolArray, Filters, IntArray, PostKeys, SortKey
from microcomm_desktop.ui.palette import band_colors

F = {name: i for i, name in enumerate(ROW_FIELDS)}

# The model's own columns (figures computed from the row, and the ritual label joined in by the service);
# every other column is a declared post field (domain.post_fields) with ``in_table``.
_OWN: dict[str, str] = {
    key: str(text)  # English here (the CSV of the table, COLUMNS); translated where shown
    for key, text in {
        "er": QT_TRANSLATE_NOOP("PostTableModel", "ER"),
        "saves_1k": QT_TRANSLATE_NOOP("PostTableModel", "Saves/1k reach"),
        "replies_1k": QT_TRANSLATE_NOOP("PostTableModel", "Replies/1k reach"),
        "ritual": QT_TRANSLATE_NOOP("PostTableModel", "Ritual"),
    }.items()
}
_OWN_WIDTHS = {"er": 105, "saves_1k": 105, "replies_1k": 110, "ritual": 170}
# Column order; COUNTS stands for every declared count, so a new count needs no change here.
_LAYOUT = (
    "when",
    "platform",
    "format",
    "themes",
    "label",
    "title",
    "er",
    "saves_1k",
    "replies_1k",
    COUNTS,
    "ritual",
    "link",
    "notes",
)
KEYS = laid_out(_LAYOUT, TABLE_FIELDS, extra=_OWN)
# (key, English header) — key is a ROW_FIELDS name, "when", or a computed figure. Shown text: ``header_text``.
COLUMNS: list[tuple[str, str]] = [(k, FIELDS_BY_KEY[k].label if k in FIELDS_BY_KEY else _OWN[k]) for k in KEYS]
COL = {key: i for i, (key, _h) in enumerate(COLUMNS)}
EDITABLE = {f.ui_key for f in TABLE_FIELDS if f.editable}
NUMERIC = {f.ui_key for f in TABLE_FIELDS if f.numeric}
#: Column widths in pixels (None: fitted to the header by the tab).
WIDTHS: dict[str, int] = {f.ui_key: f.width for f in TABLE_FIELDS if f.width} | _OWN_WIDTHS
COMPUTED = {"er", "saves_1k", "replies_1k"}
_BAND_KEY = {"er": "er", "saves_1k": "saves_per_1k", "replies_1k": "replies_per_1k"}
# Which figures judge which kind of post (docs/domain.md §4: judge a post only by the metrics of its job).
JOB_FIGURES = {"community": {"er", "saves_1k", "replies_1k"}, "reach": {"er"}}
_HEADER_TIPS: dict[str, str] = {
    key: str(text)
    for key, text in {
        "saves_1k": QT_TRANSLATE_NOOP(
            "PostTableModel", "Saves per 1,000 reach: saves / reach × 1000. Judged on community posts."
        ),
        "replies_1k": QT_TRANSLATE_NOOP(
            "PostTableModel", "Replies per 1,000 reach: comments and replies / reach × 1000. Judged on community posts."
        ),
    }.items()
}
_CELL_TIPS = {"title", "notes", "link", "themes"}  # long text: the whole value as the tooltip

_BACKGROUND, _TOOLTIP = int(Qt.ItemDataRole.BackgroundRole), int(Qt.ItemDataRole.ToolTipRole)
#: Rows handed to the views at a time (``canFetchMore``/``fetchMore``): the two proxies and the view map every
#: row they are given, ~3 µs a row in the GUI thread (0.6 s for 200,000 posts); scrolling down fetches the next.
PAGE_ROWS = 5_000
#: The layout signals' full overload (PySide's plain ``emit`` only reaches the one without a hint).
LAYOUT_SIGNAL = ("QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint")


def with_hint(signal: Any) -> Any:
    """``layoutAboutToBeChanged``/``layoutChanged`` with the parents and the hint (VerticalSortHint lets the
    selection keep one index per selected row instead of one per cell)."""
    return signal[LAYOUT_SIGNAL]


EditHandler = Callable[[int, str, str], str | None]  # (post id, key, text) → error message or None
Row = tuple[Any, ...]


@contextmanager
def busy_cursor(rows: int) -> Iterator[None]:
    """The wait cursor while every row of a large log is sorted or filtered: a few milliseconds with the keys
    built, but the first use of a key not built with the rows (a log set in directly) computes it. A small log
    is done before a cursor could show."""
    if rows <= PAGE_ROWS or QApplication.instance() is None:
        yield
        return
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _tr(text: object) -> str:
    """A text marked with QT_TRANSLATE_NOOP above, translated now (PySide's stub types the marker as object)."""
    return QCoreApplication.translate("PostTableModel", str(text))


def header_text(key: str) -> str:
    """A column's header in the active language (the field's declared label, or the model's own)."""
    return FIELDS_BY_KEY[key].label_text() if key in FIELDS_BY_KEY else _tr(_OWN[key])


def header_texts() -> dict[str, str]:
    """key -> shown header, for sentences that name a column (undo texts, the edit-conflict dialog)."""
    return {key: header_text(key) for key in KEYS}


def _header_tip(key: str) -> str | None:
    if key in _HEADER_TIPS:
        return _tr(_HEADER_TIPS[key])
    field = FIELDS_BY_KEY.get(key)
    return field.help_text() or None if field is not None else None


def _count_text(n: int) -> str:
    """A count as people read it: "12,345" in English (as always), the language's grouping otherwise."""
    return f"{n:,}" if active_language() == "en" else QLocale().toString(n)


def _rate_text(value: float | None, decimals: int) -> str:
    text = format_rate(value, decimals)
    if value is None:
        return QCoreApplication.translate("PostTableModel", "n/a")
    if active_language() == "en":
        return text
    return QLocale().toString(float(text), "f", decimals)


def _when(r: Row) -> str:
    m = r[F["local_minute"]] or 0
    return f"{r[F['local_date']]} {m // 60:02d}:{m % 60:02d}"


@lru_cache(maxsize=8192)
def _date_shown(day: Any, lang: str) -> str:
    """A post's day the language's way (25.11.2026, 25/11/2026), cached: the table asks for it on every paint."""
    from babel.dates import format_skeleton

    return str(format_skeleton("yMd", date.fromisoformat(str(day)), locale=lang))  # rows carry ISO text


def _when_shown(r: Row) -> str:
    """English keeps the ISO text; other languages read their own day order (the editor and CSV stay ISO)."""
    lang = active_language()
    if lang == "en" or r[F["local_date"]] is None:
        return _when(r)
    m = r[F["local_minute"]] or 0
    return f"{_date_shown(r[F['local_date']], lang)} {m // 60:02d}:{m % 60:02d}"


def shown_local_time(text: str) -> str:
    """A local "YYYY-MM-DD HH:MM" (the Posts detail pane's interaction log) the way the table's Date/time column
    writes it in the active language: the same day order in the table and beside it."""
    lang = active_language()
    if lang == "en" or len(text) != 16 or text[10] != " ":
        return text
    try:
        return f"{_date_shown(text[:10], lang)} {text[11:]}"
    except ValueError:  # not a date after all: shown as given
        return text


def _field_sort_key(key: str) -> SortKey:
    """A stored field's sort key: numbers with unknown first (-1), text without case."""
    i = F[key]
    if key in NUMERIC:
        return lambda r: -1 if r[i] is None else r[i]
    return lambda r: str(r[i] or "").lower()


def _when_key(r: Row) -> tuple[str, int]:
    return (str(r[F["local_date"]]), r[F["local_minute"]] or 0)


def figure(r: Row, key: str, er_definition: str, standins: dict[str, list[str]]) -> float | None:
    """ER, saves or replies per 1k reach of one row: the reach (or the platform's stand-in) divides."""
    plat = str(r[F["platform"]] or "other").lower()
    reach, _name = effective_reach(r[F["reach"]], r[F["views"]], r[F["impressions"]], standins.get(plat, []))
    if key == "er":
        eng = post_engagements(r[F["likes"]], r[F["comments"]], r[F["shares"]], r[F["saves"]], r[F["engagements"]])
        definition: ErDefinition = "impressions" if er_definition == "impressions" else "reach"
        return engagement_rate(eng, reach, r[F["impressions"]], definition)
    if key == "saves_1k":
        return per_1k(r[F["saves"]], reach)
    return per_1k(r[F["comments"]], reach)


def sort_keys(er_definition: str, standins: dict[str, list[str]]) -> list[SortKey]:
    """Each column's sort key (the columns' own ``sort_key``) for a workspace's ER definition and stand-ins,
    without the model: the worker pool builds the keys of a large log with these (``post_keys``)."""

    def computed(key: str) -> SortKey:
        return lambda r: v if (v := figure(r, key, er_definition, standins)) is not None else -1.0

    return [_when_key if k == "when" else computed(k) if k in COMPUTED else _field_sort_key(k) for k in KEYS]


def table_keys(rows: list[Row], er_definition: str, standins: dict[str, list[str]]) -> PostKeys:
    """Every sort key and filter code of ``rows``, built now (called in the worker pool for a large log).
    The three figures come from one pass over the rows (one reach look-up per row, not three)."""
    keys = PostKeys(rows, sort_keys(er_definition, standins))
    definition: ErDefinition = "impressions" if er_definition == "impressions" else "reach"
    er_keys, saves_keys, replies_keys = [], [], []
    i_plat, i_reach, i_views, i_imps = F["platform"], F["reach"], F["views"], F["impressions"]
    i_likes, i_comments, i_shares, i_saves, i_eng = (
        F[k] for k in ("likes", "comments", "shares", "saves", "engagements")
    )
    for r in rows:  # the same calls as ``figure``, shared
        reach, _name = effective_reach(
            r[i_reach], r[i_views], r[i_imps], standins.get(str(r[i_plat] or "other").lower(), [])
        )
        eng = post_engagements(r[i_likes], r[i_comments], r[i_shares], r[i_saves], r[i_eng])
        er = engagement_rate(eng, reach, r[i_imps], definition)
        saves, replies = per_1k(r[i_saves], reach), per_1k(r[i_comments], reach)
        er_keys.append(-1.0 if er is None else er)
        saves_keys.append(-1.0 if saves is None else saves)
        replies_keys.append(-1.0 if replies is None else replies)
    for key, values in (("er", er_keys), ("saves_1k", saves_keys), ("replies_1k", replies_keys)):
        keys.preset(COL[key], values)
    return keys.prepare()


def _field_column(key: str) -> Column[Row]:
    """A stored field: plain value for editing and CSV (blank when unknown), thousands separators shown."""
    i = F[key]
    if key in NUMERIC:
        return Column(
            header_text(key),
            lambda r: "" if r[i] is None else r[i],
            display=lambda r: "" if r[i] is None else _count_text(r[i]),
            numeric=True,
            editable=key in EDITABLE,
            header_tooltip=_header_tip(key),
            sort_key=_field_sort_key(key),
            key=key,
        )
    return Column(
        header_text(key),
        lambda r: "" if r[i] is None else str(r[i]),
        tooltip=(lambda r: str(r[i]) if r[i] else None) if key in _CELL_TIPS else None,
        editable=key in EDITABLE,
        header_tooltip=_header_tip(key),
        sort_key=_field_sort_key(key),
        key=key,
    )


class PostTableModel(BaseTableModel[Row]):
    """Rows are tuples in ``services.posts.ROW_FIELDS`` order. Edits go to ``edit_handler`` (the tab's undo
    stack); a rejected edit emits ``edit_rejected`` with the message so the tab can show it next to the table."""

    edit_rejected = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__([self._column(k) for k in KEYS], parent)
        self.er_definition = "reach"
        self.benchmarks: dict[str, Band] = dict(BENCHMARKS)
        self.standins: dict[str, list[str]] = {}  # platform → columns standing in for a missing reach
        self.colors: dict[str, QColor] = {}  # fixed colours (tests); empty: follow the current palette
        self.edit_handler: EditHandler | None = None
        # The rows as loaded never move in ``keys``; ``rows`` is their shown order: rows[i] is
        # keys.rows[_pos[i]], and _at[j] is where load position j is shown (so an id finds its row without a
        # dict rebuilt per sort).
        self.keys = PostKeys([], [])
        self._load_of: dict[int, int] = {}  # post id -> load position
        self._pos: IntArray = np.zeros(0, dtype=np.int64)
        self._at: IntArray = np.zeros(0, dtype=np.int64)
        self._palette_cache: dict[bool, dict[str, QColor]] = {}
        self._shown = 0  # rows handed to the views so far: a prefix of ``rows`` (all rows are in memory)
        self._fetching = False

    def _column(self, key: str) -> Column[Row]:
        if key == "when":
            return Column(
                header_text(key),
                _when,
                display=_when_shown,
                editable=True,
                sort_key=_when_key,
                key=key,
            )
        if key in COMPUTED:

            def shown(r: Row) -> str:
                figure = self._figure(r, key)
                text = _rate_text(figure, 2 if key == "er" else 1)
                uses = self._standin(r)[1] and (key != "er" or self.er_definition == "reach")
                return text + "*" if uses and figure is not None else text

            def value(r: Row) -> Any:
                v = self._figure(r, key)
                return "" if v is None else round(v, 4)

            return Column(
                header_text(key),
                value,
                display=shown,
                numeric=True,
                header_tooltip=_header_tip(key),
                sort_key=lambda r: v if (v := self._figure(r, key)) is not None else -1.0,
                key=key,
            )
        return _field_column(key)

    # ----- data in
    def set_rows(  # type: ignore[override]
        self,
        rows: list[Row],
        er_definition: str = "reach",
        row_of: dict[int, int] | None = None,
        keys: PostKeys | None = None,
    ) -> None:
        """``row_of`` (post id → position in ``rows``) and ``keys`` (``table_keys`` of the same rows, ER
        definition and stand-ins) when the caller built them already, off the GUI thread
        (``services.posts.load_post_table`` in the worker pool); otherwise the index is built here and each key
        on first use."""
        self.beginResetModel()
        self.rows = rows
        self.er_definition = er_definition
        self._load_of = row_of if row_of is not None else row_index(rows)
        self.keys = keys if keys is not None else PostKeys(rows, sort_keys(er_definition, self.standins))
        self._pos = np.arange(len(rows), dtype=np.int64)
        self._at = self._pos.copy()
        self._shown = min(len(rows), PAGE_ROWS)
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL["er"], COL["er"])

    def replace_row(self, row: Row) -> None:
        """A row read again after an edit: shown, and its sort keys and filter codes follow the new values."""
        load = self._load_of.get(int(row[0]))
        if load is None:
            return
        i = int(self._at[load])
        self.rows[i] = row
        self.keys.update(load, row)
        if i < self._shown:
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))

    def filter_mask(self, filters: Filters, count: int) -> BoolArray:
        """Which of the first ``count`` rows (in the order shown) the filters let through."""
        return self.keys.mask(filters)[self._pos[:count]]

    # ----- rows handed to the views page by page
    def total(self) -> int:
        """Every post loaded (``rowCount`` is the part handed to the views so far)."""
        return len(self.rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._shown < len(self.rows)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self.fetch_through(self._shown + PAGE_ROWS - 1)

    def fetch_through(self, row: int) -> None:
        """Hand the views every row up to ``row`` (to select a post further down, or before a filter)."""
        last = min(row, len(self.rows) - 1)
        if last >= self._shown and not self._fetching:
            # A view told of the new rows may ask for more at once (its scroll bar is still at the end): that
            # nested insert would reach the views before this one is finished, so it waits for the next ask.
            self._fetching = True
            try:
                self.beginInsertRows(QModelIndex(), self._shown, last)
                self._shown = last + 1
                self.endInsertRows()
            finally:
                self._fetching = False

    def fetch_all(self) -> None:
        self.fetch_through(len(self.rows) - 1)

    def refresh_all(self) -> None:
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, len(COLUMNS) - 1))

    def loads_at(self, rows: IntArray) -> IntArray:
        """The loaded posts (their load positions) at these rows: an identity a sort does not change."""
        return self._pos[rows]

    def rows_of_loads(self, loads: IntArray) -> IntArray:
        """Where these loaded posts are now; -1 for those past the rows handed to the views."""
        at = self._at[loads]
        return np.where(at < self._shown, at, -1)

    def row_of(self, post_id: int) -> int | None:
        load = self._load_of.get(post_id)
        return None if load is None else int(self._at[load])

    def post_id(self, row: int) -> int:
        return int(self.rows[row][0])

    # ----- Qt API
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """The ER header names the workspace's definition (it changes with the workspace, not per column).
        A CSV export of the table gets the English headers in every language (``CSV_HEADER_ROLE``)."""
        if orientation == Qt.Orientation.Horizontal and role == CSV_HEADER_ROLE and 0 <= section < len(COLUMNS):
            if section == COL["er"]:
                return f"ER by {self.er_definition} %"
            return COLUMNS[section][1]
        if orientation == Qt.Orientation.Horizontal and section == COL["er"]:
            impressions = self.er_definition == "impressions"
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("ER by impressions %") if impressions else self.tr("ER by reach %")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr(
                    "Engagement rate = engagements / {definition} × 100 (the workspace's definition; "
                    "change it in Workspace settings). Engagements = likes + comments + shares + saves, or the "
                    "platform's own total when the import had one."
                ).format(definition=self.tr("impressions") if impressions else self.tr("reach"))
        return super().headerData(section, orientation, role)

    def _colors(self) -> dict[str, QColor]:
        """Band colours for the palette in use now (the theme can switch while the table is open)."""
        if self.colors:
            return self.colors
        app = QApplication.instance()
        dark = bool(app.property("microcomm_dark")) if app is not None else False
        if dark not in self._palette_cache:
            self._palette_cache[dark] = band_colors(dark)
        return self._palette_cache[dark]

    def _standin(self, r: Row) -> tuple[int, str | None]:
        """(denominator, stand-in used): the post's reach, or the workspace's stand-in for its platform."""
        plat = str(r[F["platform"]] or "other").lower()
        return effective_reach(r[F["reach"]], r[F["views"]], r[F["impressions"]], self.standins.get(plat, []))

    def _figure(self, r: Row, key: str) -> float | None:
        return figure(r, key, self.er_definition, self.standins)

    def cell_data(self, row: Row, column: int, role: int) -> Any:
        """The judged figures: band colour and a tooltip that says which band and why (or why not judged)."""
        if role != _BACKGROUND and role != _TOOLTIP:
            return None
        key = KEYS[column]
        if key not in COMPUTED:
            return None
        r = row
        label = str(r[F["label"]])
        band_key = er_band_key(r[F["format"]]) if key == "er" else _BAND_KEY[key]
        band = self.benchmarks.get(band_key, BENCHMARKS[band_key])
        value = self._figure(r, key)
        pos = band_position(value, band)
        judged = key in JOB_FIGURES.get(label, set())
        if role == _BACKGROUND:
            return self._colors().get(pos) if (pos and judged) else None
        low, high = self._bound(band.low), self._bound(band.high)
        if key == "er":
            head = self.tr("Benchmark {low}–{high}%").format(low=low, high=high)
        else:
            head = self.tr("Benchmark {low}–{high} per 1k reach").format(low=low, high=high)
        if band_key == "er_poll_qa":
            head += self.tr(" (the poll and Q and A band: this post's format is a poll or Q and A)")
        by_reach = key != "er" or self.er_definition == "reach"
        standin = self._standin(r)[1] if by_reach else None
        if value is None:
            if by_reach:
                return self.tr(
                    "{head}. n/a: no reach recorded for this post (choose views or impressions to stand in for "
                    "reach on this platform in Workspace settings)."
                ).format(head=head)
            return self.tr("{head}. n/a: no impressions recorded for this post.").format(head=head)
        if standin:
            head += self.tr(". * No reach on this post: {standin} stand in for reach (Workspace settings)").format(
                standin=self._standin_text(standin)
            )
        if not judged:
            return self.tr(
                "{head}. Not judged: a {label} post is judged on its own job (shares and discovery)."
            ).format(head=head, label=label)
        if pos == "below":
            return self.tr("Below the band ({head}). Action if low: {action}.").format(head=head, action=band.action)
        if pos == "above":
            return self.tr("Above the band ({head}).").format(head=head)
        return self.tr("Inside the band ({head}).").format(head=head)

    @staticmethod
    def _bound(x: float) -> str:
        """A band's bound as today in English ("2.5"), with the language's decimal mark otherwise."""
        text = f"{x:g}"
        return text if active_language() == "en" else text.replace(".", QLocale().decimalPoint())

    def _standin_text(self, standin: str) -> str:
        """The stand-in columns ("views", "views/impressions") named in the reader's language."""
        words = {"views": self.tr("views"), "impressions": self.tr("impressions")}
        return "/".join(words.get(part, part) for part in standin.split("/"))

    def sort_key(self, column: int) -> Callable[[Row], Any]:
        key_fn = self.columns[column].sort_key
        assert key_fn is not None  # every column of this model declares one
        return key_fn

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """One stable ``argsort`` of the column's precomputed keys (``post_keys``): a few milliseconds for
        200,000 posts, where the keyed Python sort took 0.1–0.7 s and a proxy calling data() took seconds.
        Ties keep the order shown before, so sorting by one column and then another nests them as it always did."""
        if not 0 <= column < len(COLUMNS):
            return
        with busy_cursor(len(self.rows)):
            self._sort(column, order)

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        hint = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
        with_hint(self.layoutAboutToBeChanged).emit([], hint)
        old_pos = self._pos
        self._pos = self.keys.order(column, order == Qt.SortOrder.DescendingOrder, old_pos)
        self.rows[:] = self.keys.objects[self._pos].tolist()
        self._at[self._pos] = np.arange(len(self._pos), dtype=np.int64)
        persistent = self.persistentIndexList()
        # A row sorted past the part handed to the views has no index there any more (it is fetched again).
        new = [
            self.index(r, p.column()) if (r := int(self._at[old_pos[p.row()]])) < self._shown else QModelIndex()
            for p in persistent
        ]
        self.changePersistentIndexList(persistent, new)
        with_hint(self.layoutChanged).emit([], hint)

    def setData(  # noqa: N802
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.edit_handler is None:
            return False
        key = COLUMNS[index.column()][0]
        if key not in EDITABLE:
            return False
        text = "" if value is None else str(value)
        if key in NUMERIC and text == "-1":
            text = ""
        error = self.edit_handler(self.post_id(index.row()), key, text)
        if error:
            self.edit_rejected.emit(error)
            return False
        return True
