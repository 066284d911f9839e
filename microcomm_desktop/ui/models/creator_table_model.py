"""Table models of the Creators tab: the roster, one creator's evidence, and their deals.

Models only display rows the services computed; edits in the evidence table are handed to a callback (the tab
turns them into undoable commands), so no model writes to the database itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPixmap

from microcomm_desktop.domain import formatting
from microcomm_desktop.domain.creators import (
    EVIDENCE_KINDS,
    DealSummary,
    creator_status_label,
    evidence_kind_label,
    format_handles,
    rubric_label,
)
from microcomm_desktop.domain.deals import format_money
from microcomm_desktop.i18n import active_language
from microcomm_desktop.services import deals, figures_text
from microcomm_desktop.services.creators import CreatorRow, DealRow, EvidenceRow
from microcomm_desktop.ui.models.base_table_model import CSV_HEADER_ROLE, BaseTableModel, Column
from microcomm_desktop.ui.palette import band_colors

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def shown_number(x: float) -> str:
    """A benchmark bound as help texts write it (``:g``: 8, 2.5), with the language's decimal sign."""
    lang = active_language()
    text = f"{x:g}"
    return text if lang == "en" or float(x).is_integer() else formatting.format_decimal(x, 1, lang)


def shown_money(x: Any, symbol: str, code: str) -> str:
    """Money for people: "$5,000.00" in English exactly as before; "5.000,00 $" the German way."""
    lang = active_language()
    if lang == "en":
        return format_money(x, symbol, code)
    if x is None:
        return figures_text.na()
    return formatting.format_money(x, code, lang)


_SCORE_TIP = str(
    QT_TRANSLATE_NOOP(
        "CreatorListModel", "0–100: question screenshots 40, fresh 'struggles this week' answer 20, measured figures 40"
    )
)


class CreatorListModel(BaseTableModel[CreatorRow]):
    """The roster; EditRole holds sortable raw values (score as a float, audience as an int)."""

    COL_NAME, COL_STATUS, COL_NICHE, COL_AUDIENCE, COL_HANDLES, COL_PROOF, COL_EVIDENCE, COL_DEALS = range(8)
    COL_RUBRIC, COL_SCORE = 8, 9
    tr_context = "CreatorListModel"

    def __init__(self, parent: Any = None) -> None:
        def rubric_tip(r: CreatorRow) -> str:
            return r.rubric.summary()

        # Labels in English (the CSV header); the header shows them translated (tr_context). Values stay the
        # stored English keys (sorting, CSV); the display text is the user's language.
        super().__init__(
            [
                Column(str(QT_TRANSLATE_NOOP("CreatorListModel", "Name")), lambda r: r.name),
                Column(
                    str(QT_TRANSLATE_NOOP("CreatorListModel", "Status")),
                    lambda r: r.status,
                    display=lambda r: creator_status_label(r.status),
                ),
                Column(str(QT_TRANSLATE_NOOP("CreatorListModel", "Niche")), lambda r: r.niche),
                Column(
                    str(QT_TRANSLATE_NOOP("CreatorListModel", "Audience")),
                    lambda r: r.audience_size if r.audience_size is not None else -1,
                    display=lambda r: "" if r.audience_size is None else figures_text.integer(r.audience_size),
                    numeric=True,
                ),
                Column(
                    str(QT_TRANSLATE_NOOP("CreatorListModel", "Handles")), lambda r: format_handles(r.handles, " · ")
                ),
                Column(
                    str(QT_TRANSLATE_NOOP("CreatorListModel", "Proof shots")),
                    lambda r: r.proof_screenshots,
                    display=lambda r: f"{r.proof_screenshots} / 3",
                    numeric=True,
                ),
                Column(
                    str(QT_TRANSLATE_NOOP("CreatorListModel", "Evidence")),
                    lambda r: r.evidence_count,
                    display=lambda r: str(r.evidence_count),
                    numeric=True,
                ),
                Column(
                    str(QT_TRANSLATE_NOOP("CreatorListModel", "Deals")),
                    lambda r: r.deals_count,
                    display=lambda r: str(r.deals_count),
                    numeric=True,
                ),
                Column(
                    str(QT_TRANSLATE_NOOP("CreatorListModel", "Rubric")),
                    lambda r: r.rubric.label,
                    display=lambda r: rubric_label(r.rubric.passed),
                    tooltip=rubric_tip,
                ),
                Column(
                    str(QT_TRANSLATE_NOOP("CreatorListModel", "Score")),
                    lambda r: r.rubric.score,
                    display=lambda r: figures_text.rate(r.rubric.score, 1),
                    tooltip=rubric_tip,
                    header_tooltip=_SCORE_TIP,
                    numeric=True,
                ),
            ],
            parent,
        )
        self.colors: dict[str, QColor] = {}

    def cell_data(self, row: CreatorRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_RUBRIC:
            app = QGuiApplication.instance()
            colors = band_colors(bool(app is not None and app.property("microcomm_dark")))  # follows theme switches
            return colors["in"] if row.rubric.passed else colors["below"]
        return None

    def row_of(self, creator_id: int) -> int:
        for i, r in enumerate(self.rows):
            if r.id == creator_id:
                return i
        return -1


EditCallback = Callable[[int, str, Any], bool]
_PROOF_TIP = str(
    QT_TRANSLATE_NOOP(
        "EvidenceModel", "Tick when the creator asked a question and the audience answered with specifics (rubric)"
    )
)


class EvidenceModel(BaseTableModel[EvidenceRow]):
    """One creator's evidence, newest first; the screenshot column shows the thumbnail once decoded."""

    COL_IMAGE, COL_DATE, COL_KIND, COL_PROOF, COL_NOTE, COL_LINK = range(6)
    tr_context = "EvidenceModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    str(QT_TRANSLATE_NOOP("EvidenceModel", "Screenshot")),
                    lambda r: r.image_name,
                    display=self._image_text,
                    tooltip=self._image_tip,
                ),
                Column(
                    str(QT_TRANSLATE_NOOP("EvidenceModel", "Date")),
                    lambda r: r.evidence_date.isoformat() if r.evidence_date else "",
                    editable=True,
                ),
                Column(
                    str(QT_TRANSLATE_NOOP("EvidenceModel", "Kind")),
                    lambda r: EVIDENCE_KINDS.get(r.kind, r.kind),
                    display=lambda r: evidence_kind_label(r.kind),
                ),
                Column(
                    str(QT_TRANSLATE_NOOP("EvidenceModel", "Q answered")),
                    lambda r: int(r.question_proof),
                    display=lambda r: self.tr("yes") if r.question_proof else "",
                    header_tooltip=_PROOF_TIP,
                ),
                Column(str(QT_TRANSLATE_NOOP("EvidenceModel", "Note")), lambda r: r.note, editable=True),
                Column(
                    str(QT_TRANSLATE_NOOP("EvidenceModel", "Link")),
                    lambda r: r.link,
                    tooltip=lambda r: (
                        self.tr("Double-click to edit; the link opens from the context menu") if r.link else None
                    ),
                    editable=True,
                ),
            ],
            parent,
        )
        self.thumbs: dict[str, QPixmap] = {}
        self.errors: dict[str, str] = {}
        self.on_edit: EditCallback | None = None

    def _image_text(self, r: EvidenceRow) -> str:
        if not r.image_file:
            return self.tr("no screenshot")
        if r.image_file in self.errors:
            return self.tr("unreadable")
        return "" if r.image_file in self.thumbs else self.tr("loading…")

    def _image_tip(self, r: EvidenceRow) -> str | None:
        if r.image_file in self.errors:
            return self.errors[r.image_file]
        return self.tr("{name} — double-click to open full size").format(name=r.image_name) if r.image_file else None

    def set_thumbnail(self, image_file: str, image: QImage) -> None:
        self.thumbs[image_file] = QPixmap.fromImage(image)
        self._touch(image_file)

    def set_error(self, image_file: str, message: str) -> None:
        self.errors[image_file] = message
        self._touch(image_file)

    def _touch(self, image_file: str) -> None:
        for i, r in enumerate(self.rows):
            if r.image_file == image_file:
                ix = self.index(i, self.COL_IMAGE)
                self.dataChanged.emit(ix, ix)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.COL_PROOF:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def cell_data(self, row: EvidenceRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_IMAGE:
            return self.thumbs.get(row.image_file)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_PROOF:
            return Qt.CheckState.Checked if row.question_proof else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if not index.isValid() or self.on_edit is None:
            return False
        r = self.rows[index.row()]
        c = index.column()
        if c == self.COL_PROOF and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            return self.on_edit(r.id, "question_proof", bool(checked))
        if role != EDIT:
            return False
        if c == self.COL_NOTE:
            return self.on_edit(r.id, "note", str(value))
        if c == self.COL_LINK:
            return self.on_edit(r.id, "link", str(value))
        if c == self.COL_DATE:
            text = str(value).strip()
            try:
                d = date.fromisoformat(text) if text else None
            except ValueError:
                return self.on_edit(r.id, "evidence_date_invalid", text)
            return self.on_edit(r.id, "evidence_date", d)
        return False


def deal_status_label(status: str) -> str:
    """A deal's status as the Deals tab names it (one word per status everywhere; stored as the English key)."""
    return deals.status_label(status)


class CreatorDealsModel(QAbstractTableModel):
    """A creator's deals with blended (fees + media) unit costs, and an "All deals" line at the bottom.

    Not on BaseTableModel: it answers DisplayRole only (no EditRole, so its CSV export and sort read the shown
    text), and its summary row is not a deal; giving it columns would change what sorting and CSV see.
    """

    # English: the CSV header (CSV_HEADER_ROLE); the view shows them translated.
    HEADERS = (
        str(QT_TRANSLATE_NOOP("CreatorDealsModel", "Deal")),
        str(QT_TRANSLATE_NOOP("CreatorDealsModel", "Status")),
        str(QT_TRANSLATE_NOOP("CreatorDealsModel", "Start")),
        str(QT_TRANSLATE_NOOP("CreatorDealsModel", "Fees")),
        str(QT_TRANSLATE_NOOP("CreatorDealsModel", "Paid media")),
        str(QT_TRANSLATE_NOOP("CreatorDealsModel", "Total cost")),
        str(QT_TRANSLATE_NOOP("CreatorDealsModel", "Impressions")),
        str(QT_TRANSLATE_NOOP("CreatorDealsModel", "Conversions")),
        str(QT_TRANSLATE_NOOP("CreatorDealsModel", "Blended CPM")),
        str(QT_TRANSLATE_NOOP("CreatorDealsModel", "Blended CPA")),
    )
    COL_CPM, COL_CPA = 8, 9

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[DealRow] = []
        self.summary: DealSummary | None = None
        self.symbol = "$"
        self.code = "USD"

    def set_rows(self, rows: Sequence[DealRow], summary: DealSummary, symbol: str, code: str) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.summary = summary
        self.symbol, self.code = symbol, code
        self.endResetModel()

    def _money(self, x: Any) -> str:
        return shown_money(x, self.symbol, self.code)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or not self.rows:
            return 0
        return len(self.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == CSV_HEADER_ROLE and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        if orientation == Qt.Orientation.Horizontal and role == TOOLTIP and section in (self.COL_CPM, self.COL_CPA):
            return self.tr(
                "Blended = (creator fee + paid media) / results. 'All deals' uses only deals reporting that result."
            )
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        c = index.column()
        total_row = index.row() == len(self.rows)
        if role == Qt.ItemDataRole.FontRole and total_row:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.TextAlignmentRole and c >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != DISPLAY:
            return None
        if total_row:
            s = self.summary
            if s is None:
                return None
            return {
                0: self.tr("All deals ({count})").format(count=s.deals),
                5: self._money(s.total_cost),
                6: figures_text.integer(s.impressions),
                7: figures_text.integer(s.conversions),
                8: self._money(s.cpm),
                9: self._money(s.cpa),
            }.get(c, "")
        d = self.rows[index.row()]
        return {
            0: " — ".join(x for x in (d.brand, d.title) if x) or self.tr("Deal {id}").format(id=d.id),
            1: deal_status_label(d.status),
            2: d.start_date.isoformat() if d.start_date else "",
            3: self._money(d.fees),
            4: self._money(d.media),
            5: self._money(d.figures.blended.total),
            6: figures_text.na() if d.impressions is None else figures_text.integer(d.impressions),
            7: figures_text.na() if d.conversions is None else figures_text.integer(d.conversions),
            8: self._money(d.figures.blended.cpm),
            9: self._money(d.figures.blended.cpa),
        }.get(c)
