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
from microcomm_desktop.ui.palette import band_colors

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


class CreatorListModel(QAbstractTableModel):
    """The roster; EditRole holds sortable raw values (score as a float, audience as an int)."""

    COL_NAME, COL_STATUS, COL_NICHE, COL_AUDIENCE, COL_HANDLES, COL_PROOF, COL_EVIDENCE, COL_DEALS = range(8)
    COL_RUBRIC, COL_SCORE = 8, 9
    HEADERS = ("Name", "Status", "Niche", "Audience", "Handles", "Proof shots", "Evidence", "Deals", "Rubric", "Score")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CreatorRow] = []
        self.colors: dict[str, QColor] = {}

    def set_rows(self, rows: Sequence[CreatorRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        if orientation == Qt.Orientation.Horizontal and role == TOOLTIP and section == self.COL_SCORE:
            return "0–100: question screenshots 40, fresh 'struggles this week' answer 20, measured figures 40"
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        c = index.column()
        if role == DISPLAY:
            return {
                self.COL_NAME: r.name,
                self.COL_STATUS: r.status,
                self.COL_NICHE: r.niche,
                self.COL_AUDIENCE: "" if r.audience_size is None else f"{r.audience_size:,}",
                self.COL_HANDLES: format_handles(r.handles, " · "),
                self.COL_PROOF: f"{r.proof_screenshots} / 3",
                self.COL_EVIDENCE: str(r.evidence_count),
                self.COL_DEALS: str(r.deals_count),
                self.COL_RUBRIC: r.rubric.label,
                self.COL_SCORE: f"{r.rubric.score:.1f}",
            }.get(c)
        if role == EDIT:
            return {
                self.COL_AUDIENCE: r.audience_size if r.audience_size is not None else -1,
                self.COL_PROOF: r.proof_screenshots,
                self.COL_EVIDENCE: r.evidence_count,
                self.COL_DEALS: r.deals_count,
                self.COL_SCORE: r.rubric.score,
            }.get(c, self.data(index, DISPLAY))
        if role == TOOLTIP and c in (self.COL_RUBRIC, self.COL_SCORE):
            return r.rubric.summary()
        if role == Qt.ItemDataRole.BackgroundRole and c == self.COL_RUBRIC:
            app = QGuiApplication.instance()
            colors = band_colors(bool(app is not None and app.property("microcomm_dark")))  # follows theme switches
            return colors["in"] if r.rubric.passed else colors["below"]
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (
            self.COL_AUDIENCE,
            self.COL_PROOF,
            self.COL_EVIDENCE,
            self.COL_DEALS,
            self.COL_SCORE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_of(self, creator_id: int) -> int:
        for i, r in enumerate(self.rows):
            if r.id == creator_id:
                return i
        return -1


EditCallback = Callable[[int, str, Any], bool]


class EvidenceModel(QAbstractTableModel):
    """One creator's evidence, newest first; the screenshot column shows the thumbnail once decoded."""

    COL_IMAGE, COL_DATE, COL_KIND, COL_PROOF, COL_NOTE, COL_LINK = range(6)
    HEADERS = ("Screenshot", "Date", "Kind", "Q answered", "Note", "Link")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[EvidenceRow] = []
        self.thumbs: dict[str, QPixmap] = {}
        self.errors: dict[str, str] = {}
        self.on_edit: EditCallback | None = None

    def set_rows(self, rows: Sequence[EvidenceRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        if orientation == Qt.Orientation.Horizontal and role == TOOLTIP and section == self.COL_PROOF:
            return "Tick when the creator asked a question and the audience answered with specifics (rubric)"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if index.column() == self.COL_PROOF:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (self.COL_DATE, self.COL_NOTE, self.COL_LINK):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        c = index.column()
        if c == self.COL_IMAGE:
            if role == Qt.ItemDataRole.DecorationRole and r.image_file in self.thumbs:
                return self.thumbs[r.image_file]
            if role == DISPLAY:
                if not r.image_file:
                    return "no screenshot"
                if r.image_file in self.errors:
                    return "unreadable"
                return "" if r.image_file in self.thumbs else "loading…"
            if role == TOOLTIP:
                if r.image_file in self.errors:
                    return self.errors[r.image_file]
                return f"{r.image_name} — double-click to open full size" if r.image_file else None
            if role == EDIT:
                return r.image_name
            return None
        if role in (DISPLAY, EDIT):
            if c == self.COL_DATE:
                return r.evidence_date.isoformat() if r.evidence_date else ""
            if c == self.COL_KIND:
                return EVIDENCE_KINDS.get(r.kind, r.kind)
            if c == self.COL_PROOF:
                return ("yes" if r.question_proof else "") if role == DISPLAY else int(r.question_proof)
            if c == self.COL_NOTE:
                return r.note
            if c == self.COL_LINK:
                return r.link
        if role == Qt.ItemDataRole.CheckStateRole and c == self.COL_PROOF:
            return Qt.CheckState.Checked if r.question_proof else Qt.CheckState.Unchecked
        if role == TOOLTIP and c == self.COL_LINK and r.link:
            return "Double-click to edit; the link opens from the context menu"
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
    """A creator's deals with blended (fees + media) unit costs, and an "All deals" line at the bottom."""

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
