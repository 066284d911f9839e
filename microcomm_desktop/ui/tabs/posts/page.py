"""The Posts tab: the post log (table, filters, form, inline edits, undo), each post's detail pane with
conversation depth and quick interaction entry, the Engagers view, CSV import (menu and drag-and-drop) and
export. Posts carry themes and a format: edited in the form, in the Themes cell, or in bulk on a selection
(Tag…, Ctrl+T, or the context menu) — all undoable.

Sections live in their own modules: filters.py (the filter row), detail.py (the selected post) with
quick_entry.py, engagers.py (the Engagers page), imports.py (import menu, picker, wizard) and table_setup.py;
this page owns the posts table, the selection, the writes and the one undo stack they all use.

Every write goes through a service inside an undo command, then announces ``posts``/``interactions`` on the
bus so the dashboard and sprint tabs recompute.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.domain.metrics import BENCHMARKS, Band
from microcomm_desktop.i18n import active_language
from microcomm_desktop.services import interactions, posts
from microcomm_desktop.services.reach import reach_standins
from microcomm_desktop.services.settings import get_setting
from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.jobs import BACKGROUND_FROM_POSTS, JobRunner
from microcomm_desktop.ui.models.post_filter_proxy import PostFilterProxy
from microcomm_desktop.ui.models.post_table_model import COL, WIDTHS, PostTableModel, header_texts
from microcomm_desktop.ui.operations import Announce, Do, Undo, run_operation
from microcomm_desktop.ui.tabs.base import TabPage
from microcomm_desktop.ui.tabs.posts import post_actions, post_rows
from microcomm_desktop.ui.tabs.posts.detail import PostDetail
from microcomm_desktop.ui.tabs.posts.engagers import EngagersPage
from microcomm_desktop.ui.tabs.posts.filters import PostFilters, apply_filters
from microcomm_desktop.ui.tabs.posts.imports import PostImports
from microcomm_desktop.ui.tabs.posts.post_form import PostEdits, as_form_text
from microcomm_desktop.ui.tabs.posts.table_setup import fit_headers, identity_view, source_side
from microcomm_desktop.ui.widgets.selection import select_only
from microcomm_desktop.ui.widgets.table import FilterableTable

T = TypeVar("T")
_DROPPABLE = (".csv", ".txt", ".tsv", ".zip")  # a YouTube Studio download is a .zip


# The areas whose changes this tab shows (rituals and settings change the flags and benchmarks in the table).
_WATCHED = {
    ChangeArea.POSTS,
    ChangeArea.INTERACTIONS,
    ChangeArea.WORKSPACE,
    ChangeArea.RITUALS,
    ChangeArea.SETTINGS,
    ChangeArea.ENGAGERS,
    ChangeArea.EXTERNAL,
}

# The widgets and slots of the sections, reachable on the tab as before the split (tests, menus, the window).
_SHOWN = {
    "filters": "date_from date_to platform_filter label_filter ritual_filter theme_filter filter_msg _filters_changed",
    "detail": "detail_title detail_figures recent",
    "quick_entry": "quick quick_target quick_msg log_btn log_quick",
    "engagers": "eng_model eng_proxy eng_table eng_summary",
    "imports": "import_posts import_interactions import_engagers import_chat open_import",
    "edits": "add_post add_post_values edit_post update_post_values",
}


class PostsTab(TabPage):
    title = "Posts"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.workspace_id: int | None = None
        self.undo_stack = QUndoStack(self)
        ctx.undo_group.addStack(self.undo_stack)
        self._own_change = False
        self.setAcceptDrops(True)
        self.today: date = ctx.today

        root = QVBoxLayout(self)
        self.inner = QTabWidget()
        self.inner.setDocumentMode(True)
        root.addWidget(self.inner)

        # ----- posts page
        page = QWidget()
        pl = QVBoxLayout(page)
        self.imports = PostImports(self)
        self.edits = PostEdits(self)
        bar = QHBoxLayout()
        self.add_btn = self._button(
            bar, self.tr("Add post"), self.edits.add_post, self.tr("Add a post by hand (Ctrl+Shift+N)")
        )
        self.edit_btn = self._button(
            bar, self.tr("Edit…"), self.edits.edit_post, self.tr("Edit the selected post (Enter)")
        )
        self.dup_btn = self._button(
            bar, self.tr("Duplicate"), self.duplicate_post, self.tr("Copy the selected post (Ctrl+D)")
        )
        self.del_btn = self._button(
            bar, self.tr("Delete"), self.delete_posts, self.tr("Delete the selected posts (Del)")
        )
        self.tag_btn = self._button(
            bar,
            self.tr("Tag…"),
            self.tag_selected,
            self.tr("Add or remove themes on the selected posts (Ctrl+T); undo with Ctrl+Z"),
        )
        bar.addSpacing(16)
        imp = self._button(
            bar,
            self.tr("Import…"),
            self.imports.import_posts,
            self.tr("Import a platform export (Ctrl+I) — or drop a .csv here"),
        )
        imp.setObjectName("importMenuButton")
        imp_menu = QMenu(imp)
        imp_menu.addAction(self.tr("Posts CSV…"), self.imports.import_posts)
        imp_menu.addAction(self.tr("Interactions CSV…"), self.imports.import_interactions)
        imp_menu.addAction(self.tr("Engagers CSV (from Export engagers)…"), self.imports.import_engagers)
        imp_menu.addAction(self.tr("Chat export (Discord, Telegram, WhatsApp, Slack)…"), self.imports.import_chat)
        imp.setMenu(imp_menu)
        self._button(bar, self.tr("Export to CSV…"), self.export_csv, self.tr("Export the rows shown (Ctrl+E)"))
        bar.addStretch(1)
        self.loading = QProgressBar()  # shown while a large log is read in the background
        self.loading.setObjectName("postsLoading")
        self.loading.setRange(0, 0)
        self.loading.setMaximumWidth(120)
        self.loading.setFormat("")
        self.loading.setToolTip(self.tr("Reading the post log…"))
        self.loading.setVisible(False)
        bar.addWidget(self.loading)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        pl.addLayout(bar)

        self.filters = PostFilters(self)
        pl.addWidget(self.filters)

        self.model = PostTableModel(self)
        self.model.edit_handler = self._inline_edit
        self.model.edit_rejected.connect(self._show_edit_error)
        self.filter_proxy = PostFilterProxy(self)
        self.filter_proxy.setSourceModel(self.model)
        self.table = FilterableTable(self.filter_proxy, self.tr("Filter posts (title, format, themes, notes…)  Ctrl+F"))
        self.table.view.setObjectName("postsView")
        source_side(self.table, self.model, lambda t: apply_filters(self, text=t.strip().lower()))
        identity_view(self.table)
        self.table.filter_edit.textChanged.connect(lambda _t: self._update_counts())
        self.table.view.doubleClicked.connect(self._double_clicked)
        self.table.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.view.setEditTriggers(
            self.table.view.EditTrigger.EditKeyPressed | self.table.view.EditTrigger.SelectedClicked
        )
        view = self.table.view
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        # The judged figures (ER, Saves/1k, Replies/1k) come right after the label, before the long title, so
        # on a 1280-pixel laptop they are on screen without scrolling sideways (only the view order changes).
        header = view.horizontalHeader()
        for key in ("er", "saves_1k", "replies_1k"):
            header.moveSection(header.visualIndex(COL[key]), header.visualIndex(COL["title"]))
        for key, width in WIDTHS.items():  # declared with the fields (domain.post_fields) and the model
            view.setColumnWidth(COL[key], width)
        fit_headers(view)
        self.edit_msg = QLabel()
        self.edit_msg.setObjectName("editMessage")
        self.edit_msg.setWordWrap(True)
        self.edit_msg.setStyleSheet("color: #c0392b;")
        self.edit_msg.setVisible(False)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.edit_msg)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        ll.addWidget(self.legend)
        split.addWidget(left)
        self.detail = PostDetail(self)
        self.quick_entry = self.detail.quick_entry
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([1000, 340])
        pl.addWidget(split, 1)
        self.inner.addTab(page, self.tr("Posts"))

        # ----- engagers page
        self.engagers = EngagersPage(self)
        self.inner.addTab(self.engagers, self.tr("Engagers"))
        self.inner.currentChanged.connect(self._inner_changed)
        for section_name, names in _SHOWN.items():
            section = getattr(self, section_name)
            for name in names.split():
                setattr(self, name, getattr(section, name))

        for seq, fn in (
            ("Ctrl+Shift+N", self.edits.add_post),
            ("Ctrl+D", self.duplicate_post),
            (QKeySequence.StandardKey.Delete, self.delete_posts),
            ("Return", self.edits.edit_post),
            ("Ctrl+T", self.tag_selected),
            (QKeySequence.StandardKey.SelectAll, self.select_all),
        ):
            sc = QShortcut(QKeySequence(seq), self.table.view)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(fn)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        ctx.bus.data_changed.connect(self._on_data_changed)
        # A change announced while a cell editor is open waits for it to close (see _reload_when_idle).
        self._reload_later = QTimer(self)
        self._reload_later.setSingleShot(True)
        self._reload_later.setInterval(300)
        self._reload_later.timeout.connect(self._reload_when_idle)
        self.jobs = JobRunner(self)  # large logs are read here; the newest read wins (ui/jobs.py)
        self.background_from = BACKGROUND_FROM_POSTS
        self._keep_after_load: int | None = None
        self._update_buttons()

    def _button(self, bar: QHBoxLayout, text: str, fn: Callable[[], Any], tip: str) -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(tip)
        b.clicked.connect(lambda _=False: fn())
        bar.addWidget(b)
        return b

    # ----- workspace and refresh
    def set_workspace(self, workspace_id: int | None) -> None:
        if workspace_id != self.workspace_id:
            self.jobs.cancel()  # another workspace's rows must never land here
            self.model.set_rows([])
        self.workspace_id = workspace_id
        self.undo_stack.clear()
        self._reload_later.stop()
        self.reload()

    def _er_definition(self) -> str:
        ws = self.ctx.workspace
        if ws is not None and ws.id == self.workspace_id:
            return str(ws.er_definition)
        return "reach"

    def _benchmarks(self) -> dict[str, Band]:
        out = dict(BENCHMARKS)
        for key in BENCHMARKS:
            try:
                low, high = get_setting(self.ctx.engine, f"benchmark.{key}", self.workspace_id)
                out[key] = Band(float(low), float(high), BENCHMARKS[key].action)
            except (TypeError, ValueError, KeyError):
                pass
        return out

    def reload(self) -> None:
        """Reload everything (after an import, a workspace switch or another tab's change).

        The selected post stays selected: the quick-entry lines typed for it must not land on another post.
        """
        keep = self.current_post_id()
        if self.workspace_id is None:
            self.jobs.cancel()
            self.loading.setVisible(False)
            self.model.set_rows([])
            self.engagers.eng_model.set_rows([])
            self.detail.quick_entry.quick.invalidate_handles(None)
            self._update_counts()
            return
        self.model.benchmarks = self._benchmarks()
        self.model.standins = reach_standins(self.ctx.engine, self.workspace_id)
        er = self._er_definition()
        legend = self.tr(
            "ER = engagements / {definition} (workspace setting). Coloured against the benchmark band of the "
            "post's label: red below, green inside, blue above; hover a figure for the action if low. Reach posts "
            "are judged on ER only; polls and Q and A (by format) on their own, higher ER band."
        ).format(definition=self.tr("impressions") if er == "impressions" else self.tr("reach"))
        if self.model.standins:
            legend += self.tr(" * = a stand-in (views/impressions) divides a post without reach.")
        self.legend.setText(legend)
        self.filters.reload_rituals()
        self.filters.reload_theme_filter()
        self.engagers.reload()
        self._invalidate_handles()
        post_rows.read_rows(self, er, keep)

    def is_loading(self) -> bool:
        """A background read of the post log has not answered yet."""
        return not self.loading.isHidden()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """A closed tab wants no rows any more: the running read's result is dropped."""
        self.jobs.cancel()
        self.loading.setVisible(False)
        super().closeEvent(event)

    def _invalidate_handles(self) -> None:
        ws_id, engine = self.workspace_id, self.ctx.engine
        if ws_id is None:
            self.detail.quick_entry.quick.invalidate_handles(None)
        else:
            self.detail.quick_entry.quick.invalidate_handles(lambda: interactions.known_handles(engine, ws_id))

    def _inner_changed(self, index: int) -> None:
        if index == 1:
            self.engagers.ensure()

    def ensure_engagers(self) -> None:
        """Load the Engagers page now if a change made it stale (tests and exports call this too)."""
        self.engagers.ensure()

    def _update_counts(self) -> None:
        post_rows.update_counts(self)

    def _on_data_changed(self, area: ChangeArea, workspace_id: int) -> None:
        if self._own_change or workspace_id != self.workspace_id:
            return
        if area in _WATCHED:
            self._reload_when_idle()

    def _reload_when_idle(self) -> None:
        """Reload now, or once the open cell editor closes: resetting the model under an editor would silently
        throw away what is being typed in it (the edit is saved as usual when the user finishes it)."""
        if any(
            v.state() == QAbstractItemView.State.EditingState for v in (self.table.view, self.engagers.eng_table.view)
        ):
            self._reload_later.start()
            return
        self.reload()

    def _announce(self, *areas: ChangeArea) -> None:
        if self.workspace_id is None:
            return
        self._own_change = True
        try:
            for a in areas:
                self.ctx.bus.changed(a, self.workspace_id)
        finally:
            self._own_change = False

    # ----- selection and detail
    def selected_post_ids(self) -> list[int]:
        ids = []
        sel = self.table.view.selectionModel()
        for idx in sel.selectedRows():
            src = self.filter_proxy.mapToSource(self.table.proxy.mapToSource(idx))
            if src.isValid():
                ids.append(self.model.post_id(src.row()))
        if not ids:
            cur = self.table.view.currentIndex()
            if cur.isValid():
                src = self.filter_proxy.mapToSource(self.table.proxy.mapToSource(cur))
                if src.isValid():
                    ids.append(self.model.post_id(src.row()))
        return ids

    def current_post_id(self) -> int | None:
        """The post the detail panel shows and quick entry logs to: the current row (where the mouse click or
        the arrow key went), not the first of the selected rows — during a click the current row changes
        before the selection does, and with several rows selected the first one is not the one just picked."""
        cur = self.table.view.currentIndex()
        if cur.isValid():
            src = self.filter_proxy.mapToSource(self.table.proxy.mapToSource(cur))
            if src.isValid():
                return self.model.post_id(src.row())
        ids = self.selected_post_ids()
        return ids[0] if ids else None

    def select_all(self) -> None:
        """Ctrl+A selects every post the filter shows, also those not handed to the view yet (fetchMore)."""
        self.model.fetch_all()
        self.table.view.selectAll()

    def select_post(self, post_id: int) -> None:
        row = self.model.row_of(post_id)
        if row is None:
            return
        self.model.fetch_through(row)
        idx = self.table.proxy.mapFromSource(self.filter_proxy.mapFromSource(self.model.index(row, 0)))
        if idx.isValid():
            select_only(self.table.view, idx)
            self.table.view.scrollTo(idx)

    def _current_changed(self, *_a: Any) -> None:
        self._update_buttons()
        self._show_detail()

    def _update_buttons(self) -> None:
        has = self.current_post_id() is not None
        for b in (self.edit_btn, self.dup_btn, self.del_btn, self.detail.quick_entry.log_btn, self.tag_btn):
            b.setEnabled(has)
        self.add_btn.setEnabled(self.workspace_id is not None)

    def _show_detail(self) -> None:
        self.detail.show_post()

    def _post_name(self, pid: int) -> str:
        """A short name for a post in sentences: its date and the start of its title."""
        r = self.model.row_of(pid)
        if r is None:
            return ""
        row = self.model.rows[r]
        title = str(row[6] or self.tr("(no title)"))
        title = title if len(title) <= 32 else title[:31] + "…"
        return self.tr("to {date} “{title}”").format(date=str(row[1])[:10], title=title)

    @staticmethod
    def _lower(header: str) -> str:
        """A column name inside a sentence: lower case in English ("Edit reach"); German nouns keep their
        capital ("Reichweite bearbeiten")."""
        return header if active_language() == "de" else header.lower()

    def _double_clicked(self, index: QModelIndex) -> None:
        src = self.filter_proxy.mapToSource(self.table.proxy.mapToSource(index))
        if not src.isValid() or not (self.model.flags(src) & Qt.ItemFlag.ItemIsEditable):
            self.edits.edit_post()

    # ----- writes (all undoable)
    def _push(self, text: str, do: Do[T], undo: Undo[T]) -> tuple[bool, T] | tuple[bool, None]:
        """One undoable step (ui/operations.py): the do/undo callables refresh and announce themselves, since
        what they show depends on the step (the post to select, the rows to replace). A failed first ``do`` is
        said in a box and nothing is pushed; a failed undo/redo is said under the table."""
        announce = Announce(self.ctx.bus, self.workspace_id, (), on_error=self._undo_failed)
        try:
            return True, run_operation(self.undo_stack, text, do, undo, announce)
        except Exception as exc:  # the row vanished, a constraint failed: report, keep the app alive
            QMessageBox.warning(self, self.tr("Posts"), self.tr("Not saved: {error}").format(error=exc))
            return False, None

    def push_plain(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> bool:
        """An undoable step from two argument-less callables (the engager menu's merge); True when done."""
        return self._push(text, lambda _undone: do(), lambda _done: undo())[0]

    def _undo_failed(self, message: str) -> None:
        self._show_edit_error(message)
        self.ctx.bus.status_message.emit(message)

    def _after_write(
        self, post_ids: list[int] | None = None, full: bool = False, areas: tuple[ChangeArea, ...] = (ChangeArea.POSTS,)
    ) -> None:
        if full or post_ids is None:
            keep = self.current_post_id()
            self.reload()
            if keep is not None:
                self.select_post(keep)
        else:
            for row in posts.load_post_rows_by_id(self.ctx.engine, post_ids):
                self.model.replace_row(row)
            self.filters.reload_theme_filter()  # counts change and edits may create themes
            self._show_detail()
            if self.jobs.busy():  # the running read began before this write: read again so it is not undone
                self.reload()
        self._announce(*areas)

    def _inline_edit(self, post_id: int, key: str, text: str) -> str | None:
        """Cell edits use the form's validation; an invalid value is refused with the message shown."""
        chk = posts.check_post_form({key: text}, partial=True)
        if chk.errors:
            return next(iter(chk.errors.values()))
        if key in ("reach", "impressions"):
            row = self.model.rows[self.model.row_of(post_id) or 0]
            reach = chk.values.get("reach", row[9])
            imps = chk.values.get("impressions", row[10])
            from microcomm_desktop.domain.validation import reach_vs_impressions

            warn = reach_vs_impressions(reach, imps or None)
            self._show_edit_error(warn or "", warning=True)
        else:
            self.edit_msg.setVisible(False)
        header = header_texts()
        text_ = self.tr("Edit {column}").format(column=self._lower(header.get(key, key)))
        i = self.model.row_of(post_id)
        version = int(self.model.rows[i][posts.ROW_FIELDS.index("version")] or 0) if i is not None else 0
        while True:
            try:  # saved against the version the row was loaded at, like the form
                ok = self.edits.update_post_values(post_id, chk.values, text_, version or None, raise_conflict=True)
                return None if ok else self.tr("Not saved.")
            except posts.EditConflict as conflict:
                from microcomm_desktop.ui.dialogs.edit_conflict import resolve_conflict

                mine = {**conflict.theirs, **as_form_text(chk.values)}
                if not resolve_conflict(self, "post", mine, conflict.theirs, conflict.updated_by, header):
                    self._after_write([post_id])
                    self.ctx.bus.status_message.emit(self.tr("Kept the other member's version of the post."))
                    return None
                version = conflict.version

    def tag_selected(self) -> None:
        """Bulk tagging of the selected rows (Ctrl+T, Tag…, context menu) as one undoable step."""
        from microcomm_desktop.ui.dialogs.bulk_tag import BulkTagDialog

        ids = self.selected_post_ids()
        if not ids or self.workspace_id is None:
            self._show_edit_error(self.tr("Select the posts to tag first (Shift/Ctrl+click for several)."))
            return
        dlg = BulkTagDialog(self.ctx, ids, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.push_tag_command(dlg.command())

    def push_tag_command(self, cmd: Any) -> bool:
        """Push a ``BulkTagCommand`` and say what happened (or why nothing did) under the table."""
        self.undo_stack.push(cmd)
        if cmd.error:
            self._show_edit_error(self.tr("Not tagged: {error}").format(error=cmd.error))
            return False
        self.edit_msg.setStyleSheet("")
        self.edit_msg.setText(self.tr("Tagged: {what}. Undo with Ctrl+Z.").format(what=cmd.text()))
        self.edit_msg.setVisible(True)
        return True

    def _context_menu(self, pos: QPoint) -> None:
        if self.workspace_id is None:
            return
        n = len(self.selected_post_ids())
        menu = QMenu(self)
        menu.addAction(self.tr("Add post"), self.edits.add_post)
        if n:
            menu.addAction(self.tr("Edit…"), self.edits.edit_post)
            menu.addAction(self.tr("Duplicate"), self.duplicate_post)
            tag = menu.addAction(self.tr("Tag %n post(s)…", "", n), self.tag_selected)
            tag.setShortcut(QKeySequence("Ctrl+T"))
            menu.addSeparator()
            menu.addAction(self.tr("Delete %n post(s)…", "", n), self.delete_posts)
        menu.exec(self.table.view.viewport().mapToGlobal(pos))

    def _show_edit_error(self, message: str, warning: bool = False) -> None:
        self.edit_msg.setText(message)
        self.edit_msg.setStyleSheet(f"color: {'#b9770e' if warning else '#c0392b'};")
        self.edit_msg.setVisible(bool(message))

    def duplicate_post(self) -> None:
        post_actions.duplicate_post(self)

    def delete_posts(self, confirm: bool = True) -> None:
        post_actions.delete_posts(self, confirm)

    def _after_interactions(self) -> None:
        if self.workspace_id is None:
            return
        self.engagers.reload()
        self._invalidate_handles()
        self._show_detail()
        self._announce(ChangeArea.INTERACTIONS)

    def _after_people_change(self, clear_undo: bool) -> None:
        if clear_undo:
            self.undo_stack.clear()  # forgotten rows are gone for good; no step may refer to them
        self._after_interactions()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if any(u.toLocalFile().lower().endswith(_DROPPABLE) for u in urls) and self.workspace_id is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        for u in event.mimeData().urls():
            path = u.toLocalFile()
            if path.lower().endswith(_DROPPABLE):
                event.acceptProposedAction()
                kind = "interactions" if self.inner.currentIndex() == 1 else "posts"
                self.imports.open_import(Path(path), kind)
                return
        event.ignore()

    def export_csv(self) -> None:
        if self.inner.currentIndex() == 1:
            self.engagers.ensure()
            self.engagers.eng_table.export_csv_dialog("engagers.csv")
        else:
            self.table.export_csv_dialog("posts.csv")


def create_tab(ctx: UiContext) -> TabPage:
    return PostsTab(ctx)
