"""The Creators tab: a brand team's roster, judged on proof of conversation rather than follower counts.

Top: the roster (sortable by rubric score). Below, for the selected creator: the profile form (profile.py, left)
and the rubric verdict (rubric.py), the evidence with screenshot thumbnails (evidence.py) and the deals with
blended CPM/CPA (creator_deals.py) on the right. This page owns the roster, the selection, the unsaved-form
state and its draft, and the one undo stack every section writes to (undo steps: commands.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.services import creators as svc
from microcomm_desktop.services.drafts import clear_draft, load_draft, save_draft, sync_draft
from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.models.creator_table_model import CreatorListModel
from microcomm_desktop.ui.tabs.base import TabPage
from microcomm_desktop.ui.tabs.creators import commands as cmds
from microcomm_desktop.ui.tabs.creators.creator_deals import CreatorDealsPanel
from microcomm_desktop.ui.tabs.creators.evidence import EvidencePanel
from microcomm_desktop.ui.tabs.creators.profile import ProfileForm
from microcomm_desktop.ui.tabs.creators.rubric import RubricBox
from microcomm_desktop.ui.widgets.table import FilterableTable, export_model_csv

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
# The widgets and slots of the sections, reachable on the tab as before the split (tests, commands, menus).
_SHOWN = {
    "form": (
        "name status niche audience handles contact notes struggle struggle_dated struggle_date replies er "
        "returning figures_ws errors draft_note measured_label save_btn revert_btn"
    ),
    "rubric": "verdict",
    "evidence": (
        "loader evidence_model evidence_view add_ev_btn add_shots_btn del_ev_btn open_ev_btn drop_as_proof "
        "drop_msg add_screenshots_dialog add_screenshots pending_drops add_evidence_dialog add_evidence_from "
        "delete_evidence open_selected_image"
    ),
    "deals": "deals_model deals_view deal_pick link_btn unlink_btn deals_note link_selected_deal unlink_selected_deal",
}


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

        # ----- roster
        self.list_model = CreatorListModel(self)
        self.table = FilterableTable(self.list_model, self.tr("Filter creators by name, niche, handle, status…"))
        self.table.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.view.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.new_btn = QPushButton(self.tr("New creator"))
        self.new_btn.setToolTip(self.tr("Add a creator to the roster (Ctrl+Shift+N)"))
        self.new_btn.clicked.connect(self.new_creator)
        self.delete_btn = QPushButton(self.tr("Delete creator"))
        self.delete_btn.setToolTip(self.tr("Delete the selected creator with their evidence (undo with Ctrl+Z)"))
        self.delete_btn.clicked.connect(self.delete_creator)
        self.export_btn = QPushButton(self.tr("Export one-pager…"))
        self.export_btn.setToolTip(self.tr("PDF or Markdown with the rubric, evidence thumbnails and deal history"))
        self.export_btn.clicked.connect(self.export_one_pager)
        for b in (self.new_btn, self.delete_btn, self.export_btn):
            self.table.toolbar.addWidget(b)
        self.empty_label = QLabel(
            self.tr(
                "No creators yet. Click <b>New creator</b> to start a roster; then add evidence by dropping "
                "screenshots of posts where the creator asked a question and the audience answered."
            )
        )
        self.empty_label.setWordWrap(True)

        # ----- sections of the selected creator
        self.form = ProfileForm(self)
        self.rubric = RubricBox()
        self.evidence = EvidencePanel(self)
        self.deals = CreatorDealsPanel(self)
        for section_name, names in _SHOWN.items():
            section = getattr(self, section_name)
            for name in names.split():
                setattr(self, name, getattr(section, name))

        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        rlay.addWidget(self.rubric)
        rlay.addWidget(self.evidence, 3)
        rlay.addWidget(self.deals, 1)
        # On a 720-pixel laptop screen rubric, evidence and deals do not all fit under the roster: the column
        # scrolls instead of pushing the window taller than the screen.
        right_scroll = QScrollArea()
        right_scroll.setObjectName("creatorDetailScroll")
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        right_scroll.setWidget(right)
        right.setMinimumHeight(self.rubric.sizeHint().height() + 150 + 200)
        self.detail_split = QSplitter(Qt.Orientation.Horizontal)
        self.detail_split.addWidget(self.form)
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
        shortcut("Ctrl+Shift+A", self.evidence.add_evidence_dialog)
        shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.delete_creator, self.table.view)
        shortcut(
            QKeySequence(QKeySequence.StandardKey.Delete), self.evidence.delete_evidence, self.evidence.evidence_view
        )
        shortcut("Return", self.evidence.open_selected_image, self.evidence.evidence_view)
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

    def today_(self) -> date:
        return self.ctx.today

    def data_dir(self) -> Path:
        return self.ctx.app.paths.data_dir

    def report_error(self, message: str) -> None:
        self.ctx.bus.status_message.emit(message)
        self.evidence.drop_msg.setText(message)

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
        if self.evidence.evidence_view.state() == QAbstractItemView.State.EditingState:
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
            QMessageBox.warning(
                self, self.tr("Creators"), self.tr("Fix the highlighted fields (or Revert) before switching creators.")
            )
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
            self.rubric.show_detail(None)
            self.evidence.show_rows([])
            self.deals.clear()
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
        self.rubric.show_detail(detail)
        self.evidence.show_rows(detail.evidence)
        self.deals.show_detail(detail, creator_id)

    def _fill_form_from_detail(self) -> None:
        """Show the saved profile in the form (a new selection, Revert, after Save): the form is clean again."""
        d = self.detail
        if d is None:
            return
        self.form.draft_note.hide()  # the form shows the saved profile again
        values = self.form.values_of(d)
        self._loading = True
        try:
            self.form.fill_figure_workspaces(d)
            for key, value in values.items():
                self.form.set_value(key, value)
            self.form.struggle_date.setEnabled(bool(values["struggle_dated"]))
            self.form.show_measured(d)
            for lab in self.form.errors.values():
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
        values = self.form.values_of(d)
        shown = self.form.state()
        self._loading = True
        try:
            self.form.fill_figure_workspaces(d)
            for key, value in values.items():
                if shown[key] == self._form_loaded.get(key) and shown[key] != value:
                    self.form.set_value(key, value)
            self.form.show_measured(d)
        finally:
            self._loading = False
        self._form_loaded = values
        if self.form.state() == values:  # the edits are what is stored now: nothing left to save
            self._set_dirty(False)

    def _set_dirty(self, on: bool) -> None:
        self.dirty = on
        self.form.save_btn.setEnabled(on)
        self.form.revert_btn.setEnabled(on)

    def _mark_dirty(self, *_: Any) -> None:
        if self._loading or self.detail is None:
            return
        self.dirty = True
        self.form.save_btn.setEnabled(True)
        self.form.revert_btn.setEnabled(True)

    # ----- creators --------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the profile form; field messages appear next to the fields and nothing is written on error."""
        if self.current_id is None or self.detail is None:
            return True
        if not self.dirty:
            return True
        inp, errors = self.form.parse()
        if inp is None:
            self.form.show_errors(errors)
            return False
        try:
            old = svc.update_creator(self.ctx.engine, self.current_id, inp, self.today_())
        except svc.CreatorError as exc:
            self.form.show_errors(exc.fields or {"name": str(exc)})
            return False
        self.form.show_errors({})
        self.dirty = False
        self.undo_stack.push(cmds.EditCreator(self, self.current_id, old, inp))
        self.after_write(self.current_id)
        self.ctx.bus.status_message.emit(self.tr("Saved {name}.").format(name=inp.name.strip()))
        return True

    # ----- autosave and drafts ---------------------------------------------------------------------------
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
            fields = self.form.fields()
            if self.save():
                clear_draft(self.ctx.engine, DRAFT_KEY, ws)
                return
            save_draft(self.ctx.engine, DRAFT_KEY, ws, fields, self.form.shown_errors())
            self._snapshot_stored = fields  # the form still holds it: a later snapshot need not rewrite it
        except Exception as exc:  # a locked database while closing: say so, never raise into the window
            self.ctx.bus.status_message.emit(
                self.tr("Creators: could not keep the open profile: {error}").format(error=exc)
            )

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
                and self.form.state() != self._form_loaded  # typed and then typed back: nothing to keep
            )
            fields = self.form.fields() if pending else {}
            errors = self.form.shown_errors() if pending else {}
            self._snapshot_stored = sync_draft(
                self.ctx.engine, DRAFT_KEY, self.workspace_id, fields, errors, self._snapshot_stored
            )
            self._snapshot_error = ""
        except Exception as exc:  # a locked file: try again next time, say it once
            message = self.tr("Creators: could not keep a crash-time draft: {error}").format(error=exc)
            if message != self._snapshot_error:
                self._snapshot_error = message
                self.ctx.bus.status_message.emit(message)

    def _restore_draft(self) -> None:
        """Put a stored draft back into the profile form, marked unsaved, with its field errors."""
        self.form.draft_note.hide()
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
            self.form.draft_note.setText(
                self.tr(
                    "An unsaved draft from {when} (“{name}”) belonged to a creator that was deleted since, so it "
                    "could not be restored."
                ).format(when=draft.when(), name=v.get("name", ""))
            )
            self.form.draft_note.show()
            return
        if cid != self.current_id:
            self._select_row(r)
            self._show_detail(cid)

        self._loading = True
        try:
            self.form.apply_draft(v)
        finally:
            self._loading = False
        self.dirty = True
        self.form.save_btn.setEnabled(True)
        self.form.revert_btn.setEnabled(True)
        _inp, errors = self.form.parse()
        self.form.show_errors(errors or {k: m for k, m in draft.errors.items() if k in self.form.errors})
        self.form.draft_note.setText(
            self.tr(
                "Restored an unsaved draft from {when}. Fix the marked fields and Save (Ctrl+S), or Revert."
            ).format(when=draft.when())
        )
        self.form.draft_note.show()

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
        self.form.name.setFocus()
        self.form.name.selectAll()

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
        self.ctx.bus.status_message.emit(
            self.tr("Deleted {name} (Ctrl+Z brings them back).").format(name=snap.data.name)
        )

    # ----- export ----------------------------------------------------------------------------------------
    def export_one_pager(self, path: Path | None = None) -> Path | None:
        if self.current_id is None or self.detail is None:
            return None
        if self.dirty and not self.save():
            return None
        if path is None:
            suggested = "".join(ch if ch.isalnum() else "-" for ch in self.detail.data.name).strip("-").lower()
            chosen, flt = QFileDialog.getSaveFileName(
                self, self.tr("Export creator one-pager"), f"{suggested}.pdf", "PDF (*.pdf);;Markdown (*.md)"
            )
            if not chosen:
                return None
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(".md" if "Markdown" in flt else ".pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            out = svc.export_one_pager(
                self.ctx.engine, self.data_dir(), self.current_id, path, self.today_(), self.evidence.thumbnail_pngs()
            )
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export one-pager"),
                self.tr("Could not write {path}:\n{error}").format(path=path, error=exc.strerror or exc),
            )
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.ctx.bus.status_message.emit(self.tr("One-pager written to {path}").format(path=out))
        return out

    def export_csv(self) -> None:
        """File › Export current table to CSV: the roster as filtered and sorted."""
        self.table.export_csv_dialog("creators.csv")


def create_tab(ctx: UiContext) -> TabPage:
    return CreatorsTab(ctx)


__all__ = ["CreatorsTab", "create_tab", "export_model_csv"]
