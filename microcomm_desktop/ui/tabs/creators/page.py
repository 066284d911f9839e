# Over 600 lines: roster, profile form and evidence share one selection and one draft (undo steps: commands.py).
"""The Creators tab: a brand team's roster, judged on proof of conversation rather than follower counts.

Top: the roster (sortable by rubric score). Below, for the selected creator: the profile form (left) and the
rubric verdict, the evidence with screenshot thumbnails, and the deals with blended CPM/CPA (right).
Screenshots come in by drag-and-drop or a file dialog; each is sniffed by the images service, decoded in a
worker (the real validity check), then copied into the data folder. Every write is an undoable command.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QIODevice,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QKeySequence,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.domain.creators import STATUSES, format_handles, parse_figure, parse_handles, validate_creator
from microcomm_desktop.domain.metrics import band_text
from microcomm_desktop.services import creators as svc
from microcomm_desktop.services.drafts import clear_draft, load_draft, save_draft, sync_draft
from microcomm_desktop.services.images import ImageRejected, check_image_file, resolve_image
from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.dialogs.creator_evidence import IMAGE_FILTER, EvidenceDialog, ImageViewer, local_files
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.models.creator_table_model import CreatorDealsModel, CreatorListModel, EvidenceModel
from microcomm_desktop.ui.tabs.base import TabPage
from microcomm_desktop.ui.tabs.creators import commands as cmds
from microcomm_desktop.ui.widgets.table import FilterableTable, export_model_csv
from microcomm_desktop.ui.widgets.thumbnail_loader import ThumbnailLoader

DRAFT_KEY = "draft.creator"
_ANY_WORKSPACE = (ChangeArea.POSTS, ChangeArea.INTERACTIONS, ChangeArea.WORKSPACE)
REFRESH_AREAS = {
    ChangeArea.CREATORS,
    ChangeArea.DEALS,
    ChangeArea.POSTS,
    ChangeArea.INTERACTIONS,
    ChangeArea.WORKSPACE,
    ChangeArea.EXTERNAL,
}

RUBRIC_HELP = (
    "<b>What this means.</b> Brands pay for conversation, not reach. A creator <i>passes</i> with at least three "
    "screenshots of posts where they asked a question and the audience answered with specifics, and a dated "
    "answer (within 7 days) to “what does your audience struggle with this week?”. Measured figures — replies "
    "per 1k reach, ER, returning share — are optional but add to the score (0–100: screenshots 40, answer 20, "
    "figures 40, each figure full marks at the top of its benchmark band: 25 replies/1k, 8 % ER, 40 % returning)."
)


class EvidenceView(QTableView):
    """The evidence table, which also accepts screenshot files dropped onto it."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            super().dropEvent(event)


def _err_label() -> QLabel:
    lab = QLabel("")
    lab.setStyleSheet("color: #c0392b;")
    lab.setWordWrap(True)
    lab.setVisible(False)
    return lab


class CreatorsTab(TabPage):
    title = "Creators"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.workspace_id: int | None = None
        self.current_id: int | None = None
        self.detail: svc.CreatorDetail | None = None
        self.dirty = False
        self._loading = False
        # The profile as last loaded into the form (``_form_state`` keys): a reload keeps every field that
        # differs from it (the user's edit) and refreshes the others.
        self._form_loaded: dict[str, Any] = {}
        # Crash insurance (``snapshot_drafts``): the form fields this tab last stored as the draft of the current
        # workspace, None while no draft of ours is stored (so an unchanged form writes nothing and a draft this
        # tab did not write is never cleared by it); and the last storage failure, reported once.
        self._snapshot_stored: dict[str, Any] | None = None
        self._snapshot_error = ""
        self.undo_stack = QUndoStack(self)
        ctx.undo_group.addStack(self.undo_stack)
        self.loader = ThumbnailLoader(self)
        self.loader.loaded.connect(self._on_thumb_loaded)
        self.loader.failed.connect(self._on_thumb_failed)
        self._pending_drops: dict[str, tuple[int, Path, bool]] = {}
        self.drop_report: list[str] = []

        # ----- roster
        self.list_model = CreatorListModel(self)
        self.table = FilterableTable(self.list_model, "Filter creators by name, niche, handle, status…")
        self.table.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.view.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.new_btn = QPushButton("New creator")
        self.new_btn.setToolTip("Add a creator to the roster (Ctrl+Shift+N)")
        self.new_btn.clicked.connect(self.new_creator)
        self.delete_btn = QPushButton("Delete creator")
        self.delete_btn.setToolTip("Delete the selected creator with their evidence (undo with Ctrl+Z)")
        self.delete_btn.clicked.connect(self.delete_creator)
        self.export_btn = QPushButton("Export one-pager…")
        self.export_btn.setToolTip("PDF or Markdown with the rubric, evidence thumbnails and deal history")
        self.export_btn.clicked.connect(self.export_one_pager)
        for b in (self.new_btn, self.delete_btn, self.export_btn):
            self.table.toolbar.addWidget(b)
        self.empty_label = QLabel(
            "No creators yet. Click <b>New creator</b> to start a roster; then add evidence by dropping "
            "screenshots of posts where the creator asked a question and the audience answered."
        )
        self.empty_label.setWordWrap(True)

        # ----- profile form
        self.name = QLineEdit()
        self.status = QComboBox()
        self.status.addItems(list(STATUSES))
        self.niche = QLineEdit()
        self.niche.setPlaceholderText("e.g. trail running")
        self.audience = QLineEdit()
        self.audience.setPlaceholderText("people, e.g. 8200")
        self.handles = QPlainTextEdit()
        self.handles.setPlaceholderText("one per line: instagram @name")
        self.handles.setFixedHeight(56)
        self.contact = QLineEdit()
        self.contact.setPlaceholderText("email, agent or DM")
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(56)
        self.struggle = QLineEdit()
        self.struggle.setPlaceholderText("their answer in their words")
        self.struggle.setToolTip("Ask: “What does your audience struggle with this week?” — the rubric needs it dated")
        self.struggle_dated = QCheckBox("asked on")
        self.struggle_date = QDateEdit()
        self.struggle_date.setCalendarPopup(True)
        self.struggle_date.setDisplayFormat("yyyy-MM-dd")
        self._reset_struggle_date()  # never Qt's 2000-01-01 in an empty profile
        self.replies = QLineEdit()
        self.er = QLineEdit()
        self.returning = QLineEdit()
        for w, tip in (
            (self.replies, f"Replies (comments + replies) per 1,000 reach; benchmark {band_text('replies_per_1k')}"),
            (self.er, f"Engagement rate in percent; benchmark {band_text('er')}"),
            (
                self.returning,
                "Share of engagers who engaged on 2+ days in 30 days, percent; "
                f"benchmark {band_text('returning_share')}",
            ),
        ):
            w.setToolTip(tip)
            w.setPlaceholderText("unknown")
        self.figures_ws = QComboBox()
        self.figures_ws.setToolTip(
            "A workspace holding the creator's own export (posts and interactions imported there): its last "
            "30 days replace the typed figures"
        )
        self.errors: dict[str, QLabel] = {
            k: _err_label()
            for k in (
                "name",
                "audience_size",
                "handles",
                "struggle_answer",
                "struggle_date",
                "replies_per_1k",
                "er_pct",
                "returning_share_pct",
                "figures_workspace_id",
                "status",
            )
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(label: str, w: QWidget | Any, key: str | None = None) -> None:
            form.addRow(label, w)
            if key:
                form.addRow("", self.errors[key])

        self.draft_note = QLabel("")
        self.draft_note.setWordWrap(True)
        self.draft_note.setStyleSheet("color: #b9770e")
        self.draft_note.setToolTip(
            "Closing the window saves a valid profile form; one that cannot be saved yet is kept as a draft "
            "and put back here."
        )
        self.draft_note.hide()
        form.addRow(self.draft_note)
        row("Name", self.name, "name")
        row("Status", self.status, "status")
        row("Niche / topic", self.niche)
        row("Audience size", self.audience, "audience_size")
        row("Handles", self.handles, "handles")
        row("Contact", self.contact)
        row("Notes", self.notes)
        sd = QHBoxLayout()
        sd.addWidget(self.struggle_dated)
        sd.addWidget(self.struggle_date)
        sd.addStretch(1)
        row("Struggles this week", self.struggle, "struggle_answer")
        row("", sd, "struggle_date")
        row("Replies per 1k reach", self.replies, "replies_per_1k")
        row("ER %", self.er, "er_pct")
        row("Returning share %", self.returning, "returning_share_pct")
        row("Figures from workspace", self.figures_ws, "figures_workspace_id")
        self.measured_label = QLabel("")
        self.measured_label.setWordWrap(True)
        form.addRow("", self.measured_label)
        self.save_btn = QPushButton("Save")
        self.save_btn.setToolTip("Save the profile (Ctrl+S)")
        self.save_btn.clicked.connect(self.save)
        self.revert_btn = QPushButton("Revert")
        self.revert_btn.clicked.connect(self._fill_form_from_detail)
        btns = QHBoxLayout()
        btns.addStretch(1)
        btns.addWidget(self.revert_btn)
        btns.addWidget(self.save_btn)
        form.addRow(btns)
        profile_box = QGroupBox("Profile")
        profile_box.setLayout(form)
        profile_scroll = QScrollArea()
        profile_scroll.setWidgetResizable(True)
        profile_scroll.setWidget(profile_box)
        profile_scroll.setMinimumWidth(380)
        for w in (
            self.name,
            self.niche,
            self.audience,
            self.contact,
            self.struggle,
            self.replies,
            self.er,
            self.returning,
        ):
            w.textChanged.connect(self._mark_dirty)
        for pw in (self.handles, self.notes):
            pw.textChanged.connect(self._mark_dirty)
        self.status.currentIndexChanged.connect(self._mark_dirty)
        self.figures_ws.currentIndexChanged.connect(self._mark_dirty)
        self.struggle_dated.toggled.connect(self._mark_dirty)
        self.struggle_dated.toggled.connect(self.struggle_date.setEnabled)
        self.struggle_date.dateChanged.connect(self._mark_dirty)

        # ----- rubric
        self.verdict = QLabel("")
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setWordWrap(True)
        help_label = QLabel(
            "<b>What this means:</b> pass = 3+ screenshots of a question the audience answered with specifics "
            "and a ‘struggles this week’ answer from the last 7 days. Figures add to the score (hover for details)."
        )
        help_label.setToolTip(RUBRIC_HELP)
        help_label.setWordWrap(True)
        rubric_box = QGroupBox("Proof-of-conversation rubric")
        rl = QVBoxLayout(rubric_box)
        rl.addWidget(self.verdict)
        rl.addWidget(help_label)

        # ----- evidence
        self.evidence_model = EvidenceModel(self)
        self.evidence_model.on_edit = self._edit_evidence
        self.evidence_view = EvidenceView()
        self.evidence_view.setModel(self.evidence_model)
        self.evidence_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidence_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidence_view.verticalHeader().setVisible(False)
        self.evidence_view.verticalHeader().setDefaultSectionSize(64)
        self.evidence_view.setMinimumHeight(150)  # two screenshot rows; the column scrolls on a small screen
        self.evidence_view.setIconSize(QSize(56, 60))
        hh = self.evidence_view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        self.evidence_view.setColumnWidth(EvidenceModel.COL_IMAGE, 90)
        self.evidence_view.setColumnWidth(EvidenceModel.COL_DATE, 90)
        self.evidence_view.setColumnWidth(EvidenceModel.COL_KIND, 120)
        self.evidence_view.setColumnWidth(EvidenceModel.COL_PROOF, 96)
        self.evidence_view.setColumnWidth(EvidenceModel.COL_NOTE, 260)
        self.evidence_view.doubleClicked.connect(self._on_evidence_double_clicked)
        self.evidence_view.files_dropped.connect(self.add_screenshots)
        self.add_ev_btn = QPushButton("Add evidence…")
        self.add_ev_btn.setToolTip("A comment thread, story replies, live attendance or series result (Ctrl+Shift+A)")
        self.add_ev_btn.clicked.connect(self.add_evidence_dialog)
        self.add_shots_btn = QPushButton("Add screenshots…")
        self.add_shots_btn.setToolTip("Pick one or more screenshot files — or drop them onto the table")
        self.add_shots_btn.clicked.connect(self.add_screenshots_dialog)
        self.del_ev_btn = QPushButton("Delete")
        self.del_ev_btn.clicked.connect(self.delete_evidence)
        self.open_ev_btn = QPushButton("Open full size")
        self.open_ev_btn.clicked.connect(self.open_selected_image)
        self.drop_as_proof = QCheckBox("Dropped screenshots show a question answered with specifics")
        self.drop_as_proof.setChecked(True)
        self.drop_as_proof.setToolTip("Untick for other evidence; each entry's tick can be changed in the table")
        self.drop_msg = QLabel("")
        self.drop_msg.setWordWrap(True)
        self.drop_msg.setStyleSheet("color: #c0392b;")
        ev_box = QGroupBox("Evidence of community behaviour — drop screenshots onto the table")
        el = QVBoxLayout(ev_box)
        eb = QHBoxLayout()
        for b in (self.add_ev_btn, self.add_shots_btn, self.open_ev_btn, self.del_ev_btn):
            eb.addWidget(b)
        eb.addStretch(1)
        el.addLayout(eb)
        el.addWidget(self.drop_as_proof)
        el.addWidget(self.evidence_view, 1)
        el.addWidget(self.drop_msg)

        # ----- deals
        self.deals_model = CreatorDealsModel(self)
        self.deals_view = QTableView()
        self.deals_view.setModel(self.deals_model)
        self.deals_view.verticalHeader().setVisible(False)
        self.deals_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deals_view.horizontalHeader().setStretchLastSection(True)
        self.deals_view.setMinimumHeight(90)
        self.deals_view.setMaximumHeight(170)
        self.deal_pick = QComboBox()
        self.deal_pick.setToolTip("Deals of this workspace not linked to this creator")
        self.link_btn = QPushButton("Link deal")
        self.link_btn.clicked.connect(self.link_selected_deal)
        self.unlink_btn = QPushButton("Unlink selected")
        self.unlink_btn.clicked.connect(self.unlink_selected_deal)
        self.deals_note = QLabel("")
        self.deals_note.setWordWrap(True)
        deals_box = QGroupBox("Deals — blended = creator fees + paid media")
        deals_box.setMaximumHeight(270)
        dl = QVBoxLayout(deals_box)
        dl.addWidget(self.deals_view, 1)
        lk = QHBoxLayout()
        lk.addWidget(self.deal_pick, 1)
        lk.addWidget(self.link_btn)
        lk.addWidget(self.unlink_btn)
        dl.addLayout(lk)
        dl.addWidget(self.deals_note)

        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        rlay.addWidget(rubric_box)
        rlay.addWidget(ev_box, 3)
        rlay.addWidget(deals_box, 1)
        # On a 720-pixel laptop screen rubric, evidence and deals do not all fit under the roster: the column
        # scrolls instead of pushing the window taller than the screen.
        right_scroll = QScrollArea()
        right_scroll.setObjectName("creatorDetailScroll")
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right_scroll.setWidget(right)
        right.setMinimumHeight(rubric_box.sizeHint().height() + 150 + 200)
        self.detail_split = QSplitter(Qt.Orientation.Horizontal)
        self.detail_split.addWidget(profile_scroll)
        self.detail_split.addWidget(right_scroll)
        self.detail_split.setStretchFactor(0, 2)
        self.detail_split.setStretchFactor(1, 3)
        self.detail_split.setSizes([420, 900])

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.table)
        tl.addWidget(self.empty_label)
        self.main_split = QSplitter(Qt.Orientation.Vertical)
        self.main_split.addWidget(top)
        self.main_split.addWidget(self.detail_split)
        self.main_split.setStretchFactor(0, 1)
        self.main_split.setStretchFactor(1, 4)
        # The roster shows at least five creators (a brand team compares them); the details get the rest.
        rows = self.table.view.verticalHeader().defaultSectionSize()
        self.table.view.setMinimumHeight(5 * rows + self.table.view.horizontalHeader().sizeHint().height() + 6)
        self.main_split.setCollapsible(0, False)
        self.main_split.setSizes([230, 580])
        lay = QVBoxLayout(self)
        lay.addWidget(self.main_split)

        def shortcut(seq: str | QKeySequence, slot: Any, widget: QWidget | None = None) -> None:
            sc = QShortcut(QKeySequence(seq), widget or self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        shortcut("Ctrl+Shift+N", self.new_creator)
        shortcut("Ctrl+S", self.save)
        shortcut("Ctrl+Shift+A", self.add_evidence_dialog)
        shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.delete_creator, self.table.view)
        shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.delete_evidence, self.evidence_view)
        shortcut("Return", self.open_selected_image, self.evidence_view)
        ctx.bus.data_changed.connect(self._on_data_changed)
        self._suppress = False
        # A change announced while an evidence cell is being edited waits for the editor to close.
        self._reload_later = QTimer(self)
        self._reload_later.setSingleShot(True)
        self._reload_later.setInterval(300)
        self._reload_later.timeout.connect(self._reload_when_idle)
        self._set_detail_enabled(False)

    # ----- context helpers (used by commands) ------------------------------------------------------------
    def engine_(self) -> Any:
        return self.ctx.engine

    def _reset_struggle_date(self) -> None:
        t = self.today_()
        self.struggle_date.setDate(QDate(t.year, t.month, t.day))

    def today_(self) -> date:
        return self.ctx.today

    def data_dir(self) -> Path:
        return self.ctx.app.paths.data_dir

    def report_error(self, message: str) -> None:
        self.ctx.bus.status_message.emit(message)
        self.drop_msg.setText(message)

    def after_write(self, select_id: int | None = None) -> None:
        """After any write: reload what we show, then tell the other tabs (deals show creator names)."""
        self.reload(select_id)
        if self.workspace_id is not None:
            self._suppress = True
            try:
                self.ctx.bus.changed(ChangeArea.CREATORS, self.workspace_id)
            finally:
                self._suppress = False

    # ----- workspace and loading -------------------------------------------------------------------------
    def set_workspace(self, workspace_id: int | None) -> None:
        self.workspace_id = workspace_id
        self.undo_stack.clear()  # commands refer to one workspace's rows
        self.current_id = None
        self.dirty = False
        self._snapshot_stored = None  # drafts of the previous workspace are that workspace's business
        self._reload_later.stop()
        self.reload()
        self._restore_draft()

    def _on_data_changed(self, area: ChangeArea, workspace_id: int) -> None:
        if self._suppress or area not in REFRESH_AREAS:
            return
        if workspace_id == self.workspace_id or area in _ANY_WORKSPACE:
            self._reload_when_idle()

    def _reload_when_idle(self) -> None:
        """Reload now, or once the open evidence cell editor closes: resetting the table under it would silently
        throw away what is being typed (it is saved as usual when the user finishes the edit)."""
        if self.evidence_view.state() == QAbstractItemView.State.EditingState:
            self._reload_later.start()
            return
        self.reload(self.current_id)

    def reload(self, select_id: int | None = None) -> None:
        """Reload the roster and the selected creator (keeps an unsaved form of the same creator)."""
        if self.workspace_id is None:
            self.list_model.set_rows([])
            self._show_detail(None)
            return
        rows = svc.list_creators(self.ctx.engine, self.workspace_id, self.today_())
        keep = select_id if select_id is not None else self.current_id
        self._loading = True
        try:
            self.list_model.set_rows(rows)
        finally:
            self._loading = False
        self.empty_label.setVisible(not rows)
        self.table.view.resizeColumnsToContents()
        if keep is None and rows:
            keep = rows[0].id
        r = self.list_model.row_of(keep) if keep is not None else -1
        if r < 0:
            self.current_id = None
            self._show_detail(None)
            return
        self._select_row(r)
        self._show_detail(keep)

    def _select_row(self, source_row: int) -> None:
        proxy_ix = self.table.proxy.mapFromSource(self.list_model.index(source_row, 0))
        if not proxy_ix.isValid():
            return
        self._loading = True
        try:
            self.table.view.selectionModel().setCurrentIndex(
                proxy_ix,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._loading = False

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading or not current.isValid():
            return
        row = self.table.proxy.mapToSource(current).row()
        new_id = self.list_model.rows[row].id
        if new_id == self.current_id:
            return
        if self.dirty and self.current_id is not None and not self.save():
            # Unsaved and invalid: stay on the creator being edited so nothing is lost silently.
            QMessageBox.warning(self, "Creators", "Fix the highlighted fields (or Revert) before switching creators.")
            r = self.list_model.row_of(self.current_id)
            if r >= 0:
                self._select_row(r)
            return
        self.current_id = new_id
        self.dirty = False
        self._show_detail(new_id)

    def _set_detail_enabled(self, on: bool) -> None:
        self.detail_split.setEnabled(on)
        self.delete_btn.setEnabled(on)
        self.export_btn.setEnabled(on)

    def _show_detail(self, creator_id: int | None) -> None:
        if creator_id is None:
            self.detail = None
            self.current_id = None
            self._set_detail_enabled(False)
            self.verdict.setText("Select a creator, or add one with <b>New creator</b>.")
            self.evidence_model.set_rows([])
            self.deals_model.set_rows([], svc.summarise_deals([]), "$", "USD")
            return
        try:
            detail = svc.creator_detail(self.ctx.engine, creator_id, self.today_())
        except svc.CreatorError:
            self._show_detail(None)
            return
        same = self.detail is not None and self.detail.id == detail.id
        self.detail = detail
        self.current_id = creator_id
        self._set_detail_enabled(True)
        if same and self.dirty:
            self._merge_form_from_detail()
        else:
            self._fill_form_from_detail()
        self._fill_rubric()
        self.evidence_model.set_rows(detail.evidence)
        for ev in detail.evidence:
            self._request_thumb(ev.image_file)
        self.deals_model.set_rows(detail.deals, detail.deal_summary, detail.currency_symbol, detail.currency_code)
        self.deals_view.resizeColumnsToContents()
        s = detail.deal_summary
        self.deals_note.setText(
            "No deals linked yet — link one below or pick this creator in a deal on the Deals tab."
            if not detail.deals
            else f"Over all {s.deals} deals: blended CPM {svc.format_money(s.cpm, detail.currency_symbol)} "
            f"(cost of deals reporting impressions ÷ their impressions), blended CPA "
            f"{svc.format_money(s.cpa, detail.currency_symbol)} (deals reporting conversions)."
        )
        self.deal_pick.clear()
        for deal_id, label, cid in svc.linkable_deals(self.ctx.engine, detail.workspace_id):
            if cid != creator_id:
                self.deal_pick.addItem(label + (" (linked to another creator)" if cid else ""), deal_id)
        self.link_btn.setEnabled(self.deal_pick.count() > 0)

    def _fill_rubric(self) -> None:
        d = self.detail
        if d is None:
            return
        r = d.rubric
        colour = "#2e7d32" if r.passed else "#b26a00"
        parts = [
            f"<span style='font-size:14pt; color:{colour}'><b>{r.label}</b></span> &nbsp; "
            f"score <b>{r.score:.1f}</b> / 100 "
            f"<span style='color:gray'>(screenshots {r.proof_points:.1f} + answer {r.struggle_points:.0f} + "
            f"figures {r.figures_points:.1f})</span>"
        ]
        if r.missing:
            parts.append("<br><b>Missing:</b> " + "; ".join(r.missing))
        if r.hints:
            parts.append("<br><span style='color:gray'>Would add to the score: " + "; ".join(r.hints) + "</span>")
        self.verdict.setText("".join(parts))

    def _fill_form_from_detail(self) -> None:
        """Show the saved profile in the form (a new selection, Revert, after Save): the form is clean again."""
        d = self.detail
        if d is None:
            return
        self.draft_note.hide()  # the form shows the saved profile again
        values = self._form_values_of(d)
        self._loading = True
        try:
            self._fill_figure_workspaces(d)
            for key, value in values.items():
                self._set_form_value(key, value)
            self.struggle_date.setEnabled(bool(values["struggle_dated"]))
            self._show_measured(d)
            for lab in self.errors.values():
                lab.setVisible(False)
        finally:
            self._loading = False
        self._form_loaded = values
        self._set_dirty(False)

    def _merge_form_from_detail(self) -> None:
        """The same creator reloaded (another tab's or another process's change, View › Refresh) while the form
        has unsaved edits: keep every field the user changed, show the new stored value in the others, save
        nothing. Saving later then writes the user's edits without undoing the change made elsewhere."""
        d = self.detail
        if d is None:
            return
        values = self._form_values_of(d)
        shown = self._form_state()
        self._loading = True
        try:
            self._fill_figure_workspaces(d)
            for key, value in values.items():
                if shown[key] == self._form_loaded.get(key) and shown[key] != value:
                    self._set_form_value(key, value)
            self._show_measured(d)
        finally:
            self._loading = False
        self._form_loaded = values
        if self._form_state() == values:  # the edits are what is stored now: nothing left to save
            self._set_dirty(False)

    def _form_values_of(self, d: svc.CreatorDetail) -> dict[str, Any]:
        """The stored profile as the form's fields show it (the keys of ``_form_state``)."""
        v = d.data
        sd = v.struggle_date or self.today_()
        return {
            "name": v.name,
            "status": v.status,
            "niche": v.niche,
            "audience": "" if v.audience_size is None else str(v.audience_size),
            "handles": format_handles(v.handles),
            "contact": v.contact,
            "notes": v.notes,
            "struggle": v.struggle_answer,
            "struggle_dated": v.struggle_date is not None,
            "struggle_date": sd.isoformat(),
            "replies": "" if v.replies_per_1k is None else f"{v.replies_per_1k:g}",
            "er": "" if v.er_pct is None else f"{v.er_pct:g}",
            "returning": "" if v.returning_share_pct is None else f"{v.returning_share_pct:g}",
            "figures_workspace_id": v.figures_workspace_id,
        }

    def _form_state(self) -> dict[str, Any]:
        """What the form shows now, comparable with ``_form_values_of``."""
        state = self._form_fields()
        del state["creator_id"]
        return state

    def _set_form_value(self, key: str, value: Any) -> None:
        lines = {
            "name": self.name,
            "niche": self.niche,
            "audience": self.audience,
            "contact": self.contact,
            "struggle": self.struggle,
            "replies": self.replies,
            "er": self.er,
            "returning": self.returning,
        }
        if key in lines:
            lines[key].setText(str(value))
        elif key == "handles":
            self.handles.setPlainText(str(value))
        elif key == "notes":
            self.notes.setPlainText(str(value))
        elif key == "status":
            self.status.setCurrentIndex(max(0, self.status.findText(str(value))))
        elif key == "struggle_dated":
            self.struggle_dated.setChecked(bool(value))
        elif key == "struggle_date":
            sd = date.fromisoformat(str(value))
            self.struggle_date.setDate(QDate(sd.year, sd.month, sd.day))
        elif key == "figures_workspace_id":
            self.figures_ws.setCurrentIndex(max(0, self.figures_ws.findData(value)))

    def _fill_figure_workspaces(self, d: svc.CreatorDetail) -> None:
        """The workspaces a creator's figures can come from (one may have been added since); keeps the choice."""
        current = self.figures_ws.currentData()
        self.figures_ws.clear()
        self.figures_ws.addItem("— typed figures only —", None)
        for wid, wname in svc.other_workspaces(self.ctx.engine, d.workspace_id):
            self.figures_ws.addItem(wname, wid)
        self.figures_ws.setCurrentIndex(max(0, self.figures_ws.findData(current)))

    def _show_measured(self, d: svc.CreatorDetail) -> None:
        m = d.measured
        if m is not None:
            self.measured_label.setText(
                f"Measured in '{m.workspace_name}' over {m.window_start.isoformat()}–{m.window_end.isoformat()} "
                f"({m.posts} posts): replies/1k {svc.format_rate(m.replies_per_1k, 1)}, "
                f"ER {svc.format_rate(m.er_pct, 1, '%')}, "
                f"returning {svc.format_rate(m.returning_share_pct, 1, '%')}."
                " Measured figures replace typed ones where known."
            )
        else:
            self.measured_label.setText("Typed figures come from the creator's own insights (“reported”).")

    def _set_dirty(self, on: bool) -> None:
        self.dirty = on
        self.save_btn.setEnabled(on)
        self.revert_btn.setEnabled(on)

    def _mark_dirty(self, *_: Any) -> None:
        if self._loading or self.detail is None:
            return
        self.dirty = True
        self.save_btn.setEnabled(True)
        self.revert_btn.setEnabled(True)

    # ----- creators --------------------------------------------------------------------------------------
    def _form_input(self) -> tuple[svc.CreatorInput | None, dict[str, str]]:
        errors: dict[str, str] = {}
        qd = self.struggle_date.date()
        sdate = date(qd.year(), qd.month(), qd.day()) if self.struggle_dated.isChecked() else None
        errors.update(
            validate_creator(self.name.text(), self.audience.text(), self.struggle.text(), sdate, self.today_())
        )
        handles, herr = parse_handles(self.handles.toPlainText())
        if herr:
            errors["handles"] = " ".join(herr)
        figures: dict[str, float | None] = {}
        for key, w, label, upper in (
            ("replies_per_1k", self.replies, "Replies per 1k", 1000.0),
            ("er_pct", self.er, "ER", 100.0),
            ("returning_share_pct", self.returning, "Returning share", 100.0),
        ):
            figures[key], e = parse_figure(w.text(), label, upper)
            if e:
                errors[key] = e
        if errors:
            return None, errors
        audience = self.audience.text().strip().replace(",", "").replace(" ", "")
        return (
            svc.CreatorInput(
                name=self.name.text(),
                niche=self.niche.text().strip(),
                audience_size=int(audience) if audience else None,
                status=self.status.currentText(),
                contact=self.contact.text().strip(),
                notes=self.notes.toPlainText().strip(),
                struggle_answer=self.struggle.text(),
                struggle_date=sdate,
                replies_per_1k=figures["replies_per_1k"],
                er_pct=figures["er_pct"],
                returning_share_pct=figures["returning_share_pct"],
                figures_workspace_id=self.figures_ws.currentData(),
                handles=handles,
            ),
            {},
        )

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, lab in self.errors.items():
            lab.setText(errors.get(key, ""))
            lab.setVisible(key in errors)

    def save(self) -> bool:
        """Save the profile form; field messages appear next to the fields and nothing is written on error."""
        if self.current_id is None or self.detail is None:
            return True
        if not self.dirty:
            return True
        inp, errors = self._form_input()
        if inp is None:
            self._show_errors(errors)
            return False
        try:
            old = svc.update_creator(self.ctx.engine, self.current_id, inp, self.today_())
        except svc.CreatorError as exc:
            self._show_errors(exc.fields or {"name": str(exc)})
            return False
        self._show_errors({})
        self.dirty = False
        self.undo_stack.push(cmds.EditCreator(self, self.current_id, old, inp))
        self.after_write(self.current_id)
        self.ctx.bus.status_message.emit(f"Saved {inp.name.strip()}.")
        return True

    # ----- autosave and drafts ---------------------------------------------------------------------------
    def _form_fields(self) -> dict[str, Any]:
        """The profile form as typed (JSON-able), for a draft."""
        qd = self.struggle_date.date()
        return {
            "creator_id": self.current_id,
            "name": self.name.text(),
            "status": self.status.currentText(),
            "niche": self.niche.text(),
            "audience": self.audience.text(),
            "handles": self.handles.toPlainText(),
            "contact": self.contact.text(),
            "notes": self.notes.toPlainText(),
            "struggle": self.struggle.text(),
            "struggle_dated": self.struggle_dated.isChecked(),
            "struggle_date": date(qd.year(), qd.month(), qd.day()).isoformat() if qd.isValid() else "",
            "replies": self.replies.text(),
            "er": self.er.text(),
            "returning": self.returning.text(),
            "figures_workspace_id": self.figures_ws.currentData(),
        }

    def flush_pending(self) -> None:
        """Save the open profile if it is valid (same path as Save, so Ctrl+Z undoes it); otherwise keep it as a
        draft that the tab restores next time. Never raises: the window is closing."""
        if self.workspace_id is None:
            return
        ws = self.workspace_id
        self._snapshot_stored = None
        try:
            if not self.dirty or self.current_id is None or self.detail is None:
                clear_draft(self.ctx.engine, DRAFT_KEY, ws)
                return
            fields = self._form_fields()
            if self.save():
                clear_draft(self.ctx.engine, DRAFT_KEY, ws)
                return
            save_draft(self.ctx.engine, DRAFT_KEY, ws, fields, self._shown_errors())
            self._snapshot_stored = fields  # the form still holds it: a later snapshot need not rewrite it
        except Exception as exc:  # a locked database while closing: say so, never raise into the window
            self.ctx.bus.status_message.emit(f"Creators: could not keep the open profile: {exc}")

    def _shown_errors(self) -> dict[str, str]:
        return {k: lab.text() for k, lab in self.errors.items() if lab.text() and not lab.isHidden()}

    def snapshot_drafts(self) -> None:
        """Crash insurance: store the open profile form, when it holds unsaved edits, as this tab's draft (the
        shape ``_restore_draft`` reads) without saving it or touching the form; clear it once nothing is
        pending. Writes only when the form changed since the last snapshot stored; never raises."""
        if self.workspace_id is None:
            return
        try:
            pending = (
                self.dirty
                and self.current_id is not None
                and self.detail is not None
                and self._form_state() != self._form_loaded  # typed and then typed back: nothing to keep
            )
            fields = self._form_fields() if pending else {}
            errors = self._shown_errors() if pending else {}
            self._snapshot_stored = sync_draft(
                self.ctx.engine, DRAFT_KEY, self.workspace_id, fields, errors, self._snapshot_stored
            )
            self._snapshot_error = ""
        except Exception as exc:  # a locked file: try again next time, say it once
            message = f"Creators: could not keep a crash-time draft: {exc}"
            if message != self._snapshot_error:
                self._snapshot_error = message
                self.ctx.bus.status_message.emit(message)

    def _restore_draft(self) -> None:
        """Put a stored draft back into the profile form, marked unsaved, with its field errors."""
        self.draft_note.hide()
        if self.workspace_id is None:
            return
        draft = load_draft(self.ctx.engine, DRAFT_KEY, self.workspace_id)
        if draft is None:
            return
        clear_draft(self.ctx.engine, DRAFT_KEY, self.workspace_id)  # the form holds it now; a flush re-stores it
        v = draft.fields
        cid = v.get("creator_id")
        r = self.list_model.row_of(cid) if isinstance(cid, int) else -1
        if r < 0:
            self.draft_note.setText(
                f"An unsaved draft from {draft.when()} (“{v.get('name', '')}”) belonged to a creator that was "
                "deleted since, so it could not be restored."
            )
            self.draft_note.show()
            return
        if cid != self.current_id:
            self._select_row(r)
            self._show_detail(cid)

        def text(key: str) -> str:
            value = v.get(key, "")
            return value if isinstance(value, str) else ""

        self._loading = True
        try:
            self.name.setText(text("name"))
            self.status.setCurrentIndex(max(0, self.status.findText(text("status"))))
            self.niche.setText(text("niche"))
            self.audience.setText(text("audience"))
            self.handles.setPlainText(text("handles"))
            self.contact.setText(text("contact"))
            self.notes.setPlainText(text("notes"))
            self.struggle.setText(text("struggle"))
            dated = bool(v.get("struggle_dated"))
            self.struggle_dated.setChecked(dated)
            try:
                sd = date.fromisoformat(text("struggle_date"))
                self.struggle_date.setDate(QDate(sd.year, sd.month, sd.day))
            except ValueError:
                pass
            self.struggle_date.setEnabled(dated)
            self.replies.setText(text("replies"))
            self.er.setText(text("er"))
            self.returning.setText(text("returning"))
            self.figures_ws.setCurrentIndex(max(0, self.figures_ws.findData(v.get("figures_workspace_id"))))
        finally:
            self._loading = False
        self.dirty = True
        self.save_btn.setEnabled(True)
        self.revert_btn.setEnabled(True)
        _inp, errors = self._form_input()
        self._show_errors(errors or {k: m for k, m in draft.errors.items() if k in self.errors})
        self.draft_note.setText(
            f"Restored an unsaved draft from {draft.when()}. Fix the marked fields and Save (Ctrl+S), or Revert."
        )
        self.draft_note.show()

    def new_creator(self) -> None:
        if self.workspace_id is None:
            return
        if self.dirty and not self.save():
            return
        existing = {r.name for r in self.list_model.rows}
        name = "New creator"
        n = 2
        while name in existing:
            name = f"New creator {n}"
            n += 1
        cid = svc.create_creator(self.ctx.engine, self.workspace_id, svc.CreatorInput(name=name), self.today_())
        self.undo_stack.push(cmds.AddCreator(self, cid, name))
        self.after_write(cid)
        self.name.setFocus()
        self.name.selectAll()

    def delete_creator(self) -> None:
        if self.current_id is None:
            return
        try:
            snap = svc.delete_creator(self.ctx.engine, self.current_id)
        except svc.CreatorError as exc:
            self.report_error(str(exc))
            return
        self.dirty = False
        self.detail = None
        self.current_id = None
        self.undo_stack.push(cmds.DeleteCreator(self, snap))
        self.after_write(None)
        self.ctx.bus.status_message.emit(f"Deleted {snap.data.name} (Ctrl+Z brings them back).")

    # ----- evidence --------------------------------------------------------------------------------------
    def _request_thumb(self, image_file: str) -> None:
        if not image_file:
            return
        path = resolve_image(self.data_dir(), image_file)
        if path is None:
            self.evidence_model.set_error(image_file, "The stored path is invalid.")
            return
        img = self.loader.request(image_file, path)
        if img is not None:
            self.evidence_model.set_thumbnail(image_file, img)
        elif image_file in self.loader.errors:
            self.evidence_model.set_error(image_file, self.loader.errors[image_file])

    def _on_thumb_loaded(self, key: str, image: QImage) -> None:
        if key in self._pending_drops:
            self._store_dropped(key, image)
            return
        self.evidence_model.set_thumbnail(key, image)

    def _on_thumb_failed(self, key: str, message: str) -> None:
        if key in self._pending_drops:
            self._pending_drops.pop(key)
            self.loader.errors.pop(key, None)  # a fixed file may be dropped again
            self._report_drop(message)
            return
        self.evidence_model.set_error(key, message)

    def _report_drop(self, message: str) -> None:
        self.drop_report.append(message)
        self.drop_msg.setText("\n".join(self.drop_report[-5:]))
        self.ctx.bus.status_message.emit(message)

    def add_screenshots_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Add screenshots", "", IMAGE_FILTER)
        if paths:
            self.add_screenshots([Path(p) for p in paths])

    def add_screenshots(self, paths: list[Path]) -> None:
        """Each file: sniff (instant, services), decode-check in a worker, then store as a new entry."""
        if self.current_id is None:
            return
        self.drop_report = []
        self.drop_msg.setText("")
        proof = self.drop_as_proof.isChecked()
        for p in paths:
            try:
                check_image_file(p)
            except ImageRejected as exc:
                self._report_drop(str(exc))
                continue
            key = f"drop:{p}:{p.stat().st_mtime_ns}"
            self._pending_drops[key] = (self.current_id, p, proof)
            self.loader.errors.pop(key, None)
            self.loader.cache.pop(key, None)
            self.loader.request(key, p)
        if self._pending_drops:
            self.ctx.bus.status_message.emit(f"Checking {len(self._pending_drops)} screenshot(s)…")

    def pending_drops(self) -> int:
        return len(self._pending_drops)

    def _store_dropped(self, key: str, image: QImage) -> None:
        creator_id, path, proof = self._pending_drops.pop(key)
        self.loader.cache.pop(key, None)
        try:
            row = svc.add_evidence(
                self.ctx.engine,
                self.data_dir(),
                creator_id,
                svc.EvidenceInput(
                    kind="comment_thread", evidence_date=self.today_(), question_proof=proof, image_path=path
                ),
                self.today_(),
            )
        except (svc.CreatorError, ImageRejected) as exc:
            self._report_drop(str(exc))
            return
        self.loader.cache[row.image_file] = image  # the decode we just did is the thumbnail
        self.undo_stack.push(cmds.AddEvidence(self, row))
        self.after_write(creator_id if creator_id == self.current_id else self.current_id)
        self.ctx.bus.status_message.emit(f"Added {path.name} — the original file can now be deleted.")

    def add_evidence_dialog(self) -> None:
        if self.current_id is None:
            return
        dlg = EvidenceDialog(self.today_(), self.loader, self)
        if dlg.exec() != EvidenceDialog.DialogCode.Accepted:
            return
        self.add_evidence_from(dlg.values())

    def add_evidence_from(self, inp: svc.EvidenceInput) -> svc.EvidenceRow | None:
        if self.current_id is None:
            return None
        try:
            row = svc.add_evidence(self.ctx.engine, self.data_dir(), self.current_id, inp, self.today_())
        except (svc.CreatorError, ImageRejected) as exc:
            QMessageBox.warning(self, "Add evidence", f"Not added: {exc}")
            return None
        self.undo_stack.push(cmds.AddEvidence(self, row))
        self.after_write(self.current_id)
        return row

    def _selected_evidence(self) -> svc.EvidenceRow | None:
        ix = self.evidence_view.currentIndex()
        if not ix.isValid() or ix.row() >= len(self.evidence_model.rows):
            return None
        return self.evidence_model.rows[ix.row()]

    def delete_evidence(self) -> None:
        ev = self._selected_evidence()
        if ev is None:
            return
        try:
            row = svc.delete_evidence(self.ctx.engine, ev.id)
        except svc.CreatorError as exc:
            self.report_error(str(exc))
            return
        self.undo_stack.push(cmds.DeleteEvidence(self, row))
        self.after_write(self.current_id)

    def _edit_evidence(self, evidence_id: int, fieldname: str, value: Any) -> bool:
        if fieldname == "evidence_date_invalid":
            self.report_error(f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20.")
            return False
        try:
            old = svc.update_evidence(self.ctx.engine, evidence_id, self.today_(), **{fieldname: value})
        except svc.CreatorError as exc:
            self.report_error(str(exc))
            return False
        self.undo_stack.push(cmds.EditEvidence(self, self.current_id or 0, evidence_id, old, {fieldname: value}))
        self.drop_msg.setText("")
        # Reload after the view's editor has closed (reloading inside setData would reset the model mid-edit).
        QTimer.singleShot(0, lambda: self.after_write(self.current_id))
        return True

    def _on_evidence_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == EvidenceModel.COL_IMAGE:
            self.open_selected_image()

    def open_selected_image(self) -> ImageViewer | None:
        ev = self._selected_evidence()
        if ev is None:
            return None
        if not ev.image_file:
            if ev.link:
                QDesktopServices.openUrl(QUrl(ev.link))
            return None
        path = resolve_image(self.data_dir(), ev.image_file)
        if path is None:
            return None
        viewer = ImageViewer(path, ev.image_name or path.name, self.loader, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        return viewer

    # ----- deals -----------------------------------------------------------------------------------------
    def link_selected_deal(self) -> None:
        deal_id = self.deal_pick.currentData()
        if deal_id is None or self.current_id is None:
            return
        self._link(int(deal_id), self.current_id)

    def unlink_selected_deal(self) -> None:
        ix = self.deals_view.currentIndex()
        if not ix.isValid() or ix.row() >= len(self.deals_model.rows):
            return
        self._link(self.deals_model.rows[ix.row()].id, None)

    def _link(self, deal_id: int, creator_id: int | None) -> None:
        try:
            old = svc.link_deal(self.ctx.engine, deal_id, creator_id)
        except svc.CreatorError as exc:
            self.report_error(str(exc))
            return
        self.undo_stack.push(cmds.LinkDeal(self, deal_id, old, creator_id, self.current_id or 0))
        self.after_write(self.current_id)
        if self.workspace_id is not None:
            self.ctx.bus.changed(ChangeArea.DEALS, self.workspace_id)

    # ----- export ----------------------------------------------------------------------------------------
    def _thumbnail_pngs(self) -> dict[int, bytes]:
        out: dict[int, bytes] = {}
        if self.detail is None:
            return out
        for ev in self.detail.evidence:
            img = self.loader.cache.get(ev.image_file) if ev.image_file else None
            if img is None:
                continue
            ba = QByteArray()
            buf = QBuffer(ba)
            buf.open(QIODevice.OpenModeFlag.WriteOnly)
            img.save(buf, "PNG")  # type: ignore[call-overload]
            buf.close()
            out[ev.id] = bytes(ba.data())
        return out

    def export_one_pager(self, path: Path | None = None) -> Path | None:
        if self.current_id is None or self.detail is None:
            return None
        if self.dirty and not self.save():
            return None
        if path is None:
            suggested = "".join(ch if ch.isalnum() else "-" for ch in self.detail.data.name).strip("-").lower()
            chosen, flt = QFileDialog.getSaveFileName(
                self, "Export creator one-pager", f"{suggested}.pdf", "PDF (*.pdf);;Markdown (*.md)"
            )
            if not chosen:
                return None
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(".md" if "Markdown" in flt else ".pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            out = svc.export_one_pager(
                self.ctx.engine, self.data_dir(), self.current_id, path, self.today_(), self._thumbnail_pngs()
            )
        except OSError as exc:
            QMessageBox.warning(self, "Export one-pager", f"Could not write {path}:\n{exc.strerror or exc}")
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.ctx.bus.status_message.emit(f"One-pager written to {out}")
        return out

    def export_csv(self) -> None:
        """File › Export current table to CSV: the roster as filtered and sorted."""
        self.table.export_csv_dialog("creators.csv")


def create_tab(ctx: UiContext) -> TabPage:
    return CreatorsTab(ctx)


__all__ = ["CreatorsTab", "create_tab", "export_model_csv"]
