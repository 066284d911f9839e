"""Table models of the Creators tab: the roster, one creator's evidence, and their deals.

Models only display rows the services computed; edits in the evidence table are handed to a callback (the tab
turns them into undoable commands), so no model writes to the database itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPixmap

from microcomm_desktop.domain.creators import EVIDENCE_KINDS, DealSummary, format_handles
from microcomm_desktop.domain.deals import format_money
from microcomm_desktop.services.creators import CreatorRow, DealRow, EvidenceRow
from microcomm_desktop.ui.models.base_table_model import BaseTableModel, Column
from microcomm_desktop.ui.palette import band_colors

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


_SCORE_TIP = "0–100: question screenshots 40, fresh 'struggles this week' answer 20, measured figures 40"


class CreatorListModel(BaseTableModel[CreatorRow]):
    """The roster; EditRole holds sortable raw values (score as a float, audience as an int)."""

    COL_NAME, COL_STATUS, COL_NICHE, COL_AUDIENCE, COL_HANDLES, COL_PROOF, COL_EVIDENCE, COL_DEALS = range(8)
    COL_RUBRIC, COL_SCORE = 8, 9

    def __init__(self, parent: Any = None) -> None:
        def rubric_tip(r: CreatorRow) -> str:
            return r.rubric.summary()

        super().__init__(
            [
                Column("Name", lambda r: r.name),
                Column("Status", lambda r: r.status),
                Column("Niche", lambda r: r.niche),
                Column(
                    "Audience",
                    lambda r: r.audience_size if r.audience_size is not None else -1,
                    display=lambda r: "" if r.audience_size is None else f"{r.audience_size:,}",
                    numeric=True,
                ),
                Column("Handles", lambda r: format_handles(r.handles, " · ")),
                Column(
                    "Proof shots",
                    lambda r: r.proof_screenshots,
                    display=lambda r: f"{r.proof_screenshots} / 3",
                    numeric=True,
                ),
                Column("Evidence", lambda r: r.evidence_count, display=lambda r: str(r.evidence_count), numeric=True),
                Column("Deals", lambda r: r.deals_count, display=lambda r: str(r.deals_count), numeric=True),
                Column("Rubric", lambda r: r.rubric.label, tooltip=rubric_tip),
                Column(
                    "Score",
                    lambda r: r.rubric.score,
                    display=lambda r: f"{r.rubric.score:.1f}",
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
_PROOF_TIP = "Tick when the creator asked a question and the audience answered with specifics (rubric)"


class EvidenceModel(BaseTableModel[EvidenceRow]):
    """One creator's evidence, newest first; the screenshot column shows the thumbnail once decoded."""

    COL_IMAGE, COL_DATE, COL_KIND, COL_PROOF, COL_NOTE, COL_LINK = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column("Screenshot", lambda r: r.image_name, display=self._image_text, tooltip=self._image_tip),
                Column("Date", lambda r: r.evidence_date.isoformat() if r.evidence_date else "", editable=True),
                Column("Kind", lambda r: EVIDENCE_KINDS.get(r.kind, r.kind)),
                Column(
                    "Q answered",
                    lambda r: int(r.question_proof),
                    display=lambda r: "yes" if r.question_proof else "",
                    header_tooltip=_PROOF_TIP,
                ),
                Column("Note", lambda r: r.note, editable=True),
                Column(
                    "Link",
                    lambda r: r.link,
                    tooltip=lambda r: "Double-click to edit; the link opens from the context menu" if r.link else None,
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
            return "no screenshot"
        if r.image_file in self.errors:
            return "unreadable"
        return "" if r.image_file in self.thumbs else "loading…"

    def _image_tip(self, r: EvidenceRow) -> str | None:
        if r.image_file in self.errors:
            return self.errors[r.image_file]
        return f"{r.image_name} — double-click to open full size" if r.image_file else None

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


class CreatorDealsModel(QAbstractTableModel):
    """A creator's deals with blended (fees + media) unit costs, and an "All deals" line at the bottom.

    Not on BaseTableModel: it answers DisplayRole only (no EditRole, so its CSV export and sort read the shown
    text), and its summary row is not a deal; giving it columns would change what sorting and CSV see.
    """

    HEADERS = ("Deal", "Status", "Start", "Fees", "Paid media", "Total cost", "Impressions", "Conversions",
               "Blended CPM", "Blended CPA")  # fmt: skip
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
        return format_money(x, self.symbol, self.code)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or not self.rows:
            return 0
        return len(self.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        if orientation == Qt.Orientation.Horizontal and role == TOOLTIP and section in (self.COL_CPM, self.COL_CPA):
            return "Blended = (creator fee + paid media) / results. 'All deals' uses only deals reporting that result."
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
                0: f"All deals ({s.deals})",
                5: self._money(s.total_cost),
                6: f"{s.impressions:,}",
                7: f"{s.conversions:,}",
                8: self._money(s.cpm),
                9: self._money(s.cpa),
            }.get(c, "")
        d = self.rows[index.row()]
        return {
            0: " — ".join(x for x in (d.brand, d.title) if x) or f"Deal {d.id}",
            1: d.status,
            2: d.start_date.isoformat() if d.start_date else "",
            3: self._money(d.fees),
            4: self._money(d.media),
            5: self._money(d.figures.blended.total),
            6: "n/a" if d.impressions is None else f"{d.impressions:,}",
            7: "n/a" if d.conversions is None else f"{d.conversions:,}",
            8: self._money(d.figures.blended.cpm),
            9: self._money(d.figures.blended.cpa),
        }.get(c)
