# Over 600 lines: posts table, detail pane, quick entry and engagers share the selected post and one undo stack.
"""The Posts tab: the post log (table, filters, form, inline edits, undo), each post's detail pane with
conversation depth and quick interaction entry, the Engagers view, CSV import (menu and drag-and-drop) and
export. Posts carry themes and a format: edited in the form, in the Themes cell, or in bulk on a selection
(Tag…, Ctrl+T, or the context menu) — all undoable.

Every write goes through a service inside an undo command, then announces ``posts``/``interactions`` on the
bus so the dashboard and sprint tabs recompute.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QStringListModel, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.domain.imports import CsvFileError, SwallowedRowsError
from microcomm_desktop.domain.imports.quick import parse_quick_entry
from microcomm_desktop.domain.imports.rows import PLATFORMS
from microcomm_desktop.domain.metrics import BENCHMARKS, Band, format_rate
from microcomm_desktop.services import importing, interactions, posts
from microcomm_desktop.services import themes as th
from microcomm_desktop.services.reach import reach_standins
from microcomm_desktop.services.settings import get_setting
from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.models.engager_table_model import EngagerFilterProxy, EngagerTableModel
from microcomm_desktop.ui.models.post_table_model import COL, COLUMNS, WIDTHS, F, PostFilterProxy, PostTableModel
from microcomm_desktop.ui.operations import Announce, Do, Undo, run_operation
from microcomm_desktop.ui.tabs.base import TabPage
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


class CompletingEdit(QPlainTextEdit):
    """Quick-entry box: completes @handles of known engagers; Ctrl+Enter logs the lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.handles = QStringListModel(self)
        # Known handles are read on the first completion after a change, not on every reload: a large
        # community has tens of thousands of people and most tab opens never type an @.
        self.handle_loader: Callable[[], list[str]] | None = None
        self.completer = QCompleter(self.handles, self)
        self.completer.setWidget(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated.connect(self._insert)
        self.textChanged.connect(self._maybe_complete)

    def _word(self) -> str:
        cur = self.textCursor()
        text = cur.block().text()[: cur.positionInBlock()]
        at = text.rfind("@")
        if at < 0 or " " in text[at:]:
            return ""
        return text[at + 1 :]

    def _hide_popup(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def invalidate_handles(self, loader: Callable[[], list[str]] | None) -> None:
        """Forget the handle list; ``loader`` fetches it when the next completion needs it."""
        self.handle_loader = loader
        if loader is None:
            self.handles.setStringList([])

    def ensure_handles(self) -> None:
        if self.handle_loader is not None:
            loader, self.handle_loader = self.handle_loader, None
            self.handles.setStringList(loader())

    def _maybe_complete(self) -> None:
        word = self._word()
        if len(word) < 1:
            self._hide_popup()
            return
        self.ensure_handles()
        self.completer.setCompletionPrefix(word)
        if self.completer.completionCount() == 0:
            self._hide_popup()
            return
        rect = self.cursorRect()
        rect.setWidth(220)
        self.completer.complete(rect)

    def _insert(self, handle: str) -> None:
        word = self._word()
        cur = self.textCursor()
        cur.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(word))
        cur.insertText(handle + " ")
        self.setTextCursor(cur)


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
        bar = QHBoxLayout()
        self.add_btn = self._button(bar, "Add post", self.add_post, "Add a post by hand (Ctrl+Shift+N)")
        self.edit_btn = self._button(bar, "Edit…", self.edit_post, "Edit the selected post (Enter)")
        self.dup_btn = self._button(bar, "Duplicate", self.duplicate_post, "Copy the selected post (Ctrl+D)")
        self.del_btn = self._button(bar, "Delete", self.delete_posts, "Delete the selected posts (Del)")
        self.tag_btn = self._button(
            bar, "Tag…", self.tag_selected, "Add or remove themes on the selected posts (Ctrl+T); undo with Ctrl+Z"
        )
        bar.addSpacing(16)
        imp = self._button(bar, "Import…", self.import_posts, "Import a platform export (Ctrl+I) — or drop a .csv here")
        imp.setObjectName("importMenuButton")
        imp_menu = QMenu(imp)
        imp_menu.addAction("Posts CSV…", self.import_posts)
        imp_menu.addAction("Interactions CSV…", self.import_interactions)
        imp_menu.addAction("Engagers CSV (from Export engagers)…", self.import_engagers)
        imp_menu.addAction("Chat export (Discord, Telegram, WhatsApp, Slack)…", self.import_chat)
        imp.setMenu(imp_menu)
        self._button(bar, "Export to CSV…", self.export_csv, "Export the rows shown (Ctrl+E)")
        bar.addStretch(1)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        pl.addLayout(bar)

        filt = QHBoxLayout()
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText("from YYYY-MM-DD")
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText("to YYYY-MM-DD")
        for w in (self.date_from, self.date_to):
            w.setMaximumWidth(130)
            w.textChanged.connect(self._filters_changed)
        self.platform_filter = QComboBox()
        self.platform_filter.addItem("All platforms", "")
        for p in PLATFORMS:
            self.platform_filter.addItem(p, p)
        self.label_filter = QComboBox()
        self.label_filter.addItem("All labels", "")
        self.label_filter.addItem("community", "community")
        self.label_filter.addItem("reach", "reach")
        self.ritual_filter = QComboBox()
        self.theme_filter = QComboBox()
        self.theme_filter.setObjectName("themeFilter")
        self.theme_filter.setToolTip("Show posts carrying one theme, any theme, or none yet (to tag them)")
        for combo in (self.platform_filter, self.label_filter, self.ritual_filter, self.theme_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        filt.addWidget(QLabel("Dates:"))
        filt.addWidget(self.date_from)
        filt.addWidget(self.date_to)
        filt.addWidget(self.platform_filter)
        filt.addWidget(self.label_filter)
        filt.addWidget(self.ritual_filter)
        filt.addWidget(self.theme_filter)
        self.filter_msg = QLabel()
        filt.addWidget(self.filter_msg, 1)
        pl.addLayout(filt)

        self.model = PostTableModel(self)
        self.model.edit_handler = self._inline_edit
        self.model.edit_rejected.connect(self._show_edit_error)
        self.filter_proxy = PostFilterProxy(self)
        self.filter_proxy.setSourceModel(self.model)
        self.table = FilterableTable(self.filter_proxy, "Filter posts (title, format, themes, notes…)  Ctrl+F")
        self.table.view.setObjectName("postsView")
        self._source_side(self.table, self.model, lambda t: self.filter_proxy.set_filters(text=t.strip().lower()))
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
        _fit_headers(view)
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
        split.addWidget(self._build_detail())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([1000, 340])
        pl.addWidget(split, 1)
        self.inner.addTab(page, "Posts")

        # ----- engagers page
        epage = QWidget()
        el = QVBoxLayout(epage)
        self.eng_model = EngagerTableModel(self)
        self.eng_model.edit_handler = self._engager_edit
        self.eng_proxy = EngagerFilterProxy(self)
        self.eng_proxy.setSourceModel(self.eng_model)
        self.eng_table = FilterableTable(self.eng_proxy, "Filter people (@handle, platform, notes…)  Ctrl+F")
        self._source_side(self.eng_table, self.eng_model, self.eng_proxy.set_text)
        self.eng_table.view.setObjectName("engagersView")
        _fit_headers(self.eng_table.view)
        self.eng_table.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.eng_table.view.customContextMenuRequested.connect(self._engager_menu)
        self.eng_summary = QLabel()
        self.eng_summary.setWordWrap(True)
        el.addWidget(self.eng_summary)
        el.addWidget(self.eng_table, 1)
        self.inner.addTab(epage, "Engagers")
        # The people list (tens of thousands of rows) is loaded when its page is first shown after a change.
        self._engagers_stale = True
        self.inner.currentChanged.connect(self._inner_changed)

        for seq, fn in (
            ("Ctrl+Shift+N", self.add_post),
            ("Ctrl+D", self.duplicate_post),
            (QKeySequence.StandardKey.Delete, self.delete_posts),
            ("Return", self.edit_post),
            ("Ctrl+T", self.tag_selected),
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
        self._update_buttons()

    # ----- building helpers
    @staticmethod
    def _source_side(table: FilterableTable, model: Any, set_text: Callable[[str], None]) -> None:
        """Sort and text-filter in our models instead of the generic proxy: with 100,000 rows a proxy that
        calls data() per comparison or per cell takes seconds; a keyed sort of tuples takes a tenth of one."""
        table.filter_edit.textChanged.disconnect(table.proxy.setFilterFixedString)
        table.filter_edit.textChanged.connect(set_text)
        view = table.view
        view.setSortingEnabled(False)
        table.proxy.sort(-1)  # the generic proxy keeps our order (enabling sorting had made it sort by column 0)
        header = view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(lambda col, order: model.sort(col, order))

    def _button(self, bar: QHBoxLayout, text: str, fn: Callable[[], Any], tip: str) -> QPushButton:
        b = QPushButton(text)
        b.setToolTip(tip)
        b.clicked.connect(lambda _=False: fn())
        bar.addWidget(b)
        return b

    def _build_detail(self) -> QWidget:
        box = QGroupBox("Selected post")
        lay = QVBoxLayout(box)
        self.detail_title = QLabel("Select a post to see its conversation and log interactions.")
        self.detail_title.setWordWrap(True)
        lay.addWidget(self.detail_title)
        self.detail_figures = QLabel()
        self.detail_figures.setObjectName("detailFigures")
        self.detail_figures.setWordWrap(True)
        self.detail_figures.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.detail_figures)
        self.recent = QListWidget()
        self.recent.setToolTip("Latest interactions on this post (time, who, kind, answering whom)")
        lay.addWidget(self.recent, 1)
        hint = QLabel("Quick entry, one per line: @ana comment · @ben reply to @ana · @cy dm · @dee like 18:40")
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.quick = CompletingEdit()
        self.quick.setObjectName("quickEntry")
        self.quick.setPlaceholderText("@ana comment\n@ben reply to @ana\n@cy dm")
        self.quick.setToolTip(
            "Kinds: like, comment, reply, save, share, dm, live, story reply. The time defaults to the post's; "
            "add HH:MM to set it. Replies join the thread of the person they answer. Ctrl+Enter logs."
        )
        self.quick.setFixedHeight(70)  # three lines; the panel must fit a 720-px window
        lay.addWidget(self.quick)
        row = QHBoxLayout()
        self.log_btn = QPushButton("Log interactions")
        self.log_btn.setToolTip("Ctrl+Enter")
        self.log_btn.clicked.connect(self.log_quick)
        row.addWidget(self.log_btn)
        row.addStretch(1)
        # Names the post the lines will be logged to, so the target is never a guess.
        self.quick_target = QLabel()
        self.quick_target.setObjectName("quickTarget")
        self.quick_target.setTextFormat(Qt.TextFormat.PlainText)
        self.quick_target.setWordWrap(True)
        lay.addWidget(self.quick_target)
        lay.addLayout(row)
        self.quick.textChanged.connect(self._quick_text_changed)
        self.quick_msg = QLabel()
        self.quick_msg.setObjectName("quickMessage")
        self.quick_msg.setWordWrap(True)
        lay.addWidget(self.quick_msg)
        sc = QShortcut(QKeySequence("Ctrl+Return"), self.quick)
        sc.setContext(Qt.ShortcutContext.WidgetShortcut)
        sc.activated.connect(self.log_quick)
        return box

    # ----- workspace and refresh
    def set_workspace(self, workspace_id: int | None) -> None:
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
            self.model.set_rows([])
            self.eng_model.set_rows([])
            self.quick.invalidate_handles(None)
            self._update_counts()
            return
        self.model.benchmarks = self._benchmarks()
        self.model.standins = reach_standins(self.ctx.engine, self.workspace_id)
        er = self._er_definition()
        self.model.set_rows(posts.load_post_rows(self.ctx.engine, self.workspace_id), er)
        self.legend.setText(
            f"ER = engagements / {er} (workspace setting). Coloured against the benchmark band of the post's "
            "label: red below, green inside, blue above; hover a figure for the action if low. Reach posts are "
            "judged on ER only; polls and Q and A (by format) on their own, higher ER band."
            + (" * = a stand-in (views/impressions) divides a post without reach." if self.model.standins else "")
        )
        self._reload_rituals()
        self._reload_theme_filter()
        self._reload_engagers()
        self._invalidate_handles()
        self._update_counts()
        self._update_buttons()
        if keep is not None:
            self.select_post(keep)
        if self.current_post_id() is None and self.filter_proxy.rowCount():
            self.table.view.selectRow(0)
        self._show_detail()

    def _reload_rituals(self) -> None:
        assert self.workspace_id is not None
        current = self.ritual_filter.currentData()
        self.ritual_filter.blockSignals(True)
        self.ritual_filter.clear()
        self.ritual_filter.addItem("Any ritual or none", None)
        self.ritual_filter.addItem("Carried a ritual", "*")
        self.ritual_filter.addItem("No ritual", "")
        choices = posts.ritual_occurrence_choices(self.ctx.engine, self.workspace_id)
        names = sorted({t.rsplit(" ", 1)[0] for _i, t in choices})
        for n in names:
            self.ritual_filter.addItem(n, n)
        self.ritual_filter.setCurrentIndex(max(0, self.ritual_filter.findData(current)))
        self.ritual_filter.blockSignals(False)

    def _reload_theme_filter(self) -> None:
        """Theme filter choices: the workspace's themes with how many posts carry each."""
        assert self.workspace_id is not None
        current = self.theme_filter.currentData()
        self.theme_filter.blockSignals(True)
        self.theme_filter.clear()
        self.theme_filter.addItem("Any theme or none", None)
        self.theme_filter.addItem("Has a theme", "*")
        self.theme_filter.addItem("No theme yet", "")
        for info in th.list_themes(self.ctx.engine, self.workspace_id):
            self.theme_filter.addItem(f"{info.name} ({info.posts})", info.name)
        idx = self.theme_filter.findData(current)
        self.theme_filter.setCurrentIndex(max(0, idx))
        self.theme_filter.blockSignals(False)
        if idx < 0 and current is not None:  # the theme chosen was deleted or renamed: show all again
            self._filters_changed()

    def _invalidate_handles(self) -> None:
        ws_id, engine = self.workspace_id, self.ctx.engine
        if ws_id is None:
            self.quick.invalidate_handles(None)
        else:
            self.quick.invalidate_handles(lambda: interactions.known_handles(engine, ws_id))

    def _inner_changed(self, index: int) -> None:
        if index == 1:
            self.ensure_engagers()

    def ensure_engagers(self) -> None:
        """Load the Engagers page now if a change made it stale (tests and exports call this too)."""
        if self._engagers_stale and self.workspace_id is not None:
            self._load_engagers()

    def _reload_engagers(self) -> None:
        """Refresh the people list if its page is showing, else mark it stale: opening the Posts tab on a
        large community must not pay for 50,000 people nobody is looking at."""
        self._engagers_stale = True
        if self.inner.currentIndex() == 1:
            self._load_engagers()

    def _load_engagers(self) -> None:
        assert self.workspace_id is not None
        self._engagers_stale = False
        rows = interactions.load_engager_rows(self.ctx.engine, self.workspace_id, self.today)
        self.eng_model.set_rows(rows)
        active = sum(1 for r in rows if r[5] > 0)
        returning = sum(1 for r in rows if r[6] >= 2)
        share = format_rate(returning / active * 100 if active else None, 0, "%")
        self.eng_summary.setText(
            f"{len(rows):,} people · {active:,} engaged in the last 30 days · {returning:,} returning ({share}). "
            "Returning = engaged on at least two different days in the 30 days ending today. Tick "
            "'Power member' for the people you recruit to keep conversations going."
        )

    def _update_counts(self) -> None:
        shown = self.filter_proxy.rowCount()
        total = self.model.rowCount()
        self.count_label.setText(f"{shown:,} of {total:,} posts" if shown != total else f"{total:,} posts")
        if total == 0 and self.workspace_id is not None:
            self.detail_title.setText(
                "No posts yet. Add one by hand, or import a platform export: File > Import posts… (Ctrl+I) or "
                "drop a .csv file onto this tab."
            )

    def _on_data_changed(self, area: ChangeArea, workspace_id: int) -> None:
        if self._own_change or workspace_id != self.workspace_id:
            return
        if area in _WATCHED:
            self._reload_when_idle()

    def _reload_when_idle(self) -> None:
        """Reload now, or once the open cell editor closes: resetting the model under an editor would silently
        throw away what is being typed in it (the edit is saved as usual when the user finishes it)."""
        if any(v.state() == QAbstractItemView.State.EditingState for v in (self.table.view, self.eng_table.view)):
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

    def _filters_changed(self, *_a: Any) -> None:
        msgs = []
        vals: dict[str, Any] = {}
        for key, edit in (("date_from", self.date_from), ("date_to", self.date_to)):
            text = edit.text().strip()
            if text and posts.parse_local_date(text) is None:
                msgs.append(f"'{text}' is not a date like 2026-11-01")
                vals[key] = None
            else:
                vals[key] = text or None
        self.filter_msg.setText("; ".join(msgs))
        self.filter_msg.setStyleSheet("color: #c0392b;")
        self.filter_proxy.set_filters(
            platform=self.platform_filter.currentData() or None,
            label=self.label_filter.currentData() or None,
            ritual=self.ritual_filter.currentData(),
            theme=self.theme_filter.currentData(),
            **vals,
        )
        self._update_counts()

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

    def select_post(self, post_id: int) -> None:
        row = self.model.row_of(post_id)
        if row is None:
            return
        idx = self.table.proxy.mapFromSource(self.filter_proxy.mapFromSource(self.model.index(row, 0)))
        if idx.isValid():
            self.table.view.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.view.scrollTo(idx)

    def _current_changed(self, *_a: Any) -> None:
        self._update_buttons()
        self._show_detail()

    def _update_buttons(self) -> None:
        has = self.current_post_id() is not None
        for b in (self.edit_btn, self.dup_btn, self.del_btn, self.log_btn, self.tag_btn):
            b.setEnabled(has)
        self.add_btn.setEnabled(self.workspace_id is not None)

    def _show_detail(self) -> None:
        pid = self.current_post_id()
        self.recent.clear()
        self.quick_target.setText(f"Logs {self._post_name(pid)}" if pid is not None else "")
        if pid is None:
            self.detail_figures.setText("")
            if self.model.rowCount():
                self.detail_title.setText("Select a post to see its conversation and log interactions.")
            return
        row = self.model.rows[self.model.row_of(pid) or 0]
        title = html.escape(str(row[6] or "(no title)"))
        fmt = html.escape(str(row[F["format"]] or "no format"))
        themes = html.escape(str(row[F["themes"]] or ""))
        theme_line = (
            f"Themes: <b>{themes}</b>"
            if themes
            else "Themes: <i>none yet</i> — tag it (Ctrl+T) so Insights can rank what this post is about"
        )
        self.detail_title.setText(
            f"<b>{title}</b><br>{row[1]} · {row[3]} · {row[5]} post · {fmt}<br>"
            f"<span title='Your own content themes; edit them in the post form, the Themes cell or with Tag…'>"
            f"{theme_line}</span>"
        )
        d = interactions.post_detail(self.ctx.engine, pid)
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(d.by_kind.items())) or "none logged"
        mean = format_rate(d.depth.mean_messages_per_thread, 1)
        self.detail_figures.setText(
            f"<b>{d.interactions}</b> interactions from <b>{d.people}</b> people ({kinds}).<br>"
            f"Conversation depth: <b>{d.depth.threads}</b> threads, <b>{mean}</b> messages per thread, "
            f"<b>{d.depth.deep_threads}</b> deep threads "
            "<span title='A thread is a top-level comment (or DM) plus its replies; deep = at least 3 messages "
            "from at least 2 people'>(deep = 3+ messages from 2+ people: members talking to each other)</span>."
            + _members_line(d.created_by, d.updated_by)
        )
        for when, who, kind, parent in reversed(d.recent[-100:]):
            self.recent.addItem(f"{when}  {who}  {kind}" + (f" → {parent}" if parent else ""))

    def _post_name(self, pid: int) -> str:
        """A short name for a post in sentences: its date and the start of its title."""
        r = self.model.row_of(pid)
        if r is None:
            return ""
        row = self.model.rows[r]
        title = str(row[6] or "(no title)")
        title = title if len(title) <= 32 else title[:31] + "…"
        return f"to {str(row[1])[:10]} “{title}”"

    def _quick_text_changed(self) -> None:
        """An old message about lines that are gone (the box was cleared) would describe nothing."""
        if not self.quick.toPlainText().strip():
            self.quick_msg.clear()
            self.quick_msg.setStyleSheet("")

    def _double_clicked(self, index: QModelIndex) -> None:
        src = self.filter_proxy.mapToSource(self.table.proxy.mapToSource(index))
        if not src.isValid() or not (self.model.flags(src) & Qt.ItemFlag.ItemIsEditable):
            self.edit_post()

    # ----- writes (all undoable)
    def _push(self, text: str, do: Do[T], undo: Undo[T]) -> tuple[bool, T] | tuple[bool, None]:
        """One undoable step (ui/operations.py): the do/undo callables refresh and announce themselves, since
        what they show depends on the step (the post to select, the rows to replace). A failed first ``do`` is
        said in a box and nothing is pushed; a failed undo/redo is said under the table."""
        announce = Announce(self.ctx.bus, self.workspace_id, (), on_error=self._undo_failed)
        try:
            return True, run_operation(self.undo_stack, text, do, undo, announce)
        except Exception as exc:  # the row vanished, a constraint failed: report, keep the app alive
            QMessageBox.warning(self, "Posts", f"Not saved: {exc}")
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
            self._reload_theme_filter()  # counts change and edits may create themes
            self._show_detail()
        self._announce(*areas)

    def _form(self, form: dict[str, str], title: str) -> dict[str, Any] | None:
        from microcomm_desktop.ui.dialogs.post_form import PostFormDialog

        assert self.workspace_id is not None
        dlg = PostFormDialog(
            form,
            posts.ritual_occurrence_choices(self.ctx.engine, self.workspace_id),
            self,
            title,
            themes_available=th.theme_names(self.ctx.engine, self.workspace_id),
            formats=th.format_choices(self.ctx.engine, self.workspace_id),
        )
        if dlg.exec() != PostFormDialog.DialogCode.Accepted:
            return None
        chk = dlg.check()
        return chk.values if chk.ok else None

    def add_post(self) -> None:
        if self.workspace_id is None:
            return
        ws = self.ctx.workspace
        tz = ws.timezone if ws is not None else "UTC"
        values = self._form(
            {"when": posts.now_local(tz).strftime("%Y-%m-%d %H:%M"), "label": "community", "platform": "instagram"},
            "Add post",
        )
        if values is not None:
            self.add_post_values(values)

    def add_post_values(self, values: dict[str, Any]) -> int | None:
        """Add a validated post as one undoable step (also used by tests and duplicate)."""
        ws_id = self.workspace_id
        assert ws_id is not None
        Added = tuple[int, tuple[tuple[int, str], ...]]  # the post id, the themes the add created

        def do(undone: tuple[Any, Added] | None) -> Added:
            if undone is not None:  # redo: the same rows come back with the same ids
                snap, added = undone
                posts.restore_posts(self.ctx.engine, snap)
            else:
                res = posts.add_post(self.ctx.engine, ws_id, values)
                added = (res.post_id, res.tags.created_themes if res.tags else ())
            self._after_write(full=True)
            self.select_post(added[0])
            return added

        def undo(added: Added) -> tuple[Any, Added]:
            # Themes the add created go too (and come back on redo with the same ids).
            snap = posts.delete_posts(self.ctx.engine, [added[0]], drop_themes=added[1])
            self._after_write(full=True)
            return snap, added

        ok, pushed = self._push("Add post", do, undo)
        return int(pushed[0]) if ok and pushed is not None else None

    def edit_post(self) -> None:
        pid = self.current_post_id()
        if pid is None:
            return
        try:
            form = posts.post_form_values(self.ctx.engine, pid)
        except posts.PostError as exc:
            QMessageBox.warning(self, "Edit post", str(exc))
            return
        mine = self._form(form, "Edit post")
        if mine is None:
            return
        version: int | None = int(form.get("version") or 0) or None
        while True:
            try:
                self.update_post_values(pid, mine, expected_version=version, raise_conflict=True)
                return
            except posts.EditConflict as conflict:
                # Another member saved this post while the form was open: show both, let the user pick.
                from microcomm_desktop.ui.dialogs.edit_conflict import resolve_conflict

                mine_form = {**form, **{k: v for k, v in _as_form_text(mine).items() if k in form}}
                if not resolve_conflict(self, "post", mine_form, conflict.theirs, conflict.updated_by, dict(COLUMNS)):
                    self._after_write([pid], full=True)
                    self.ctx.bus.status_message.emit("Kept the other member's version of the post.")
                    return
                version = conflict.version

    def update_post_values(
        self,
        post_id: int,
        values: dict[str, Any],
        text: str = "Edit post",
        expected_version: int | None = None,
        raise_conflict: bool = False,
    ) -> bool:
        """One undoable edit of a post's columns and themes (form save or a cell), applied in one transaction.

        ``expected_version``: the version the form was opened at; a newer stored one raises ``EditConflict``
        (with ``raise_conflict``) before anything is pushed on the undo stack."""
        checked: Any = None  # the edit already applied under the version check
        full = "when" in values or "ritual_occurrence_id" in values
        if expected_version is not None:
            try:
                checked = posts.edit_post(self.ctx.engine, post_id, values, expected_version)
            except posts.EditConflict:
                if raise_conflict:
                    raise
                QMessageBox.warning(self, "Posts", "Not saved: another member changed this post; open it again.")
                return False
            except ValueError as exc:  # validation and value limits: a sentence, nothing written
                QMessageBox.warning(self, "Posts", f"Not saved: {exc}")
                return False

        def do(reverted: Any) -> Any:
            if reverted is not None:  # redo: apply the same edit again
                posts.reapply_post_edit(self.ctx.engine, reverted, values)
                edit = reverted
            else:
                edit = checked if checked is not None else posts.edit_post(self.ctx.engine, post_id, values)
            self._after_write([post_id], full=full)
            return edit

        def undo(edit: Any) -> Any:
            posts.revert_post_edit(self.ctx.engine, edit)
            self._after_write([post_id], full=full)
            return edit

        return self._push(text, do, undo)[0]

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
        header = dict(COLUMNS)
        text_ = f"Edit {header.get(key, key).lower()}"
        i = self.model.row_of(post_id)
        version = int(self.model.rows[i][posts.ROW_FIELDS.index("version")] or 0) if i is not None else 0
        while True:
            try:  # saved against the version the row was loaded at, like the form
                ok = self.update_post_values(post_id, chk.values, text_, version or None, raise_conflict=True)
                return None if ok else "Not saved."
            except posts.EditConflict as conflict:
                from microcomm_desktop.ui.dialogs.edit_conflict import resolve_conflict

                mine = {**conflict.theirs, **_as_form_text(chk.values)}
                if not resolve_conflict(self, "post", mine, conflict.theirs, conflict.updated_by, header):
                    self._after_write([post_id])
                    self.ctx.bus.status_message.emit("Kept the other member's version of the post.")
                    return None
                version = conflict.version

    def tag_selected(self) -> None:
        """Bulk tagging of the selected rows (Ctrl+T, Tag…, context menu) as one undoable step."""
        from microcomm_desktop.ui.dialogs.bulk_tag import BulkTagDialog

        ids = self.selected_post_ids()
        if not ids or self.workspace_id is None:
            self._show_edit_error("Select the posts to tag first (Shift/Ctrl+click for several).")
            return
        dlg = BulkTagDialog(self.ctx, ids, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.push_tag_command(dlg.command())

    def push_tag_command(self, cmd: Any) -> bool:
        """Push a ``BulkTagCommand`` and say what happened (or why nothing did) under the table."""
        self.undo_stack.push(cmd)
        if cmd.error:
            self._show_edit_error(f"Not tagged: {cmd.error}")
            return False
        self.edit_msg.setStyleSheet("")
        self.edit_msg.setText(f"Tagged: {cmd.text()}. Undo with Ctrl+Z.")
        self.edit_msg.setVisible(True)
        return True

    def _context_menu(self, pos: QPoint) -> None:
        if self.workspace_id is None:
            return
        n = len(self.selected_post_ids())
        menu = QMenu(self)
        menu.addAction("Add post", self.add_post)
        if n:
            menu.addAction("Edit…", self.edit_post)
            menu.addAction("Duplicate", self.duplicate_post)
            tag = menu.addAction(f"Tag {n} post{'s' * (n != 1)}…", self.tag_selected)
            tag.setShortcut(QKeySequence("Ctrl+T"))
            menu.addSeparator()
            menu.addAction(f"Delete {n} post{'s' * (n != 1)}…", self.delete_posts)
        menu.exec(self.table.view.viewport().mapToGlobal(pos))

    def _show_edit_error(self, message: str, warning: bool = False) -> None:
        self.edit_msg.setText(message)
        self.edit_msg.setStyleSheet(f"color: {'#b9770e' if warning else '#c0392b'};")
        self.edit_msg.setVisible(bool(message))

    def duplicate_post(self) -> None:
        pid = self.current_post_id()
        if pid is None:
            return

        def do(undone: tuple[Any, int] | None) -> int:
            if undone is not None:  # redo: the copy comes back with the same id
                snap, copy_id = undone
                posts.restore_posts(self.ctx.engine, snap)
            else:
                copy_id = posts.duplicate_post(self.ctx.engine, pid)
            self._after_write(full=True)
            self.select_post(copy_id)
            return copy_id

        def undo(copy_id: int) -> tuple[Any, int]:
            snap = posts.delete_posts(self.ctx.engine, [copy_id])
            self._after_write(full=True)
            return snap, copy_id

        self._push("Duplicate post", do, undo)

    def delete_posts(self, confirm: bool = True) -> None:
        ids = self.selected_post_ids()
        if not ids:
            return
        if confirm:
            n = len(ids)
            answer = QMessageBox.question(
                self,
                "Delete posts",
                f"Delete {n} post{'s' if n > 1 else ''}? Their interactions stay (unlinked). Undo with Ctrl+Z.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return

        def do(_undone: object) -> Any:
            snap = posts.delete_posts(self.ctx.engine, ids)
            self._after_write(full=True)
            return snap

        def undo(snap: Any) -> None:
            posts.restore_posts(self.ctx.engine, snap)
            self._after_write(full=True)

        self._push(f"Delete {len(ids)} post(s)", do, undo)

    def log_quick(self) -> None:
        pid = self.current_post_id()
        if pid is None:
            self.quick_msg.setText("Select a post first.")
            return
        lines, bad = parse_quick_entry(self.quick.toPlainText())
        if bad:
            self.quick_msg.setStyleSheet("color: #c0392b;")
            self.quick_msg.setText("Nothing logged. " + " ".join(f"Line {n}: {why}" for n, why in bad))
            return
        if not lines:
            self.quick_msg.setText("Type one interaction per line, e.g. @ana comment")
            return

        def do(undone: tuple[Any, Any] | None) -> Any:
            if undone is not None:  # redo: the same rows come back
                rows, result = undone
                interactions.restore_interactions(self.ctx.engine, rows)
            else:
                result = interactions.add_quick_interactions(self.ctx.engine, pid, lines)
            self._after_interactions()
            return result

        def undo(result: Any) -> tuple[Any, Any]:
            rows = interactions.delete_interactions(self.ctx.engine, result.interaction_ids)
            self._after_interactions()
            return rows, result

        # Tolerated but never silent: a line without "@" was read as a handle.
        no_at = [
            f"Line {n}: read {line.split()[0]!r} as @{line.split()[0]}."
            for n, line in enumerate((t.strip() for t in self.quick.toPlainText().splitlines()), 1)
            if line and not line.startswith("@")
        ]
        target = self._post_name(pid)
        ok, result = self._push(f"Log {len(lines)} interaction(s)", do, undo)
        if ok and result is not None:
            self.quick.clear()
            notes = [*no_at, *result.notes]
            self.quick_msg.setStyleSheet("color: #b9770e;" if notes else "")
            self.quick_msg.setText(f"Logged {len(lines)} {target}. " + " ".join(notes))

    def _after_interactions(self) -> None:
        if self.workspace_id is None:
            return
        self._reload_engagers()
        self._invalidate_handles()
        self._show_detail()
        self._announce(ChangeArea.INTERACTIONS)

    def _engager_edit(self, engager_id: int, key: str, value: Any) -> None:

        def apply(v: Any) -> Any:
            """Returns the value replaced, for the opposite step."""
            before = interactions.update_engager(self.ctx.engine, engager_id, **{key: v})[key]
            self.eng_model.update_field(engager_id, key, v)
            self._announce(ChangeArea.ENGAGERS)
            return before

        text = "Mark power member" if key == "power_member" and value else f"Edit {key.replace('_', ' ')}"
        self._push(text, lambda _undone: apply(value), apply)

    # ----- import / export
    def import_posts(self) -> None:
        self._pick_and_import("posts")

    def import_interactions(self) -> None:
        self._pick_and_import("interactions")

    def import_engagers(self) -> None:
        self._pick_and_import("engagers")

    def import_chat(self, path: Path | None = None, exec_dialog: bool = True) -> Any:
        """Discord, Telegram, WhatsApp or Slack export (ui.dialogs.chat_import)."""
        from microcomm_desktop.ui.dialogs.chat_import import ChatImportDialog

        if self.workspace_id is None:
            return None
        dlg = ChatImportDialog(self.ctx.engine, self.workspace_id, path, self)
        dlg.imported.connect(lambda _r: self._after_import("interactions"))
        if exec_dialog:
            dlg.exec()
        return dlg

    def _engager_menu(self, pos: QPoint) -> None:
        from microcomm_desktop.ui.dialogs.chat_import import show_engager_menu

        if self.workspace_id is not None:
            show_engager_menu(
                self,
                self.eng_table.view,
                pos,
                self.ctx.engine,
                self.workspace_id,
                self.ctx.app.paths.backup_dir,
                self.push_plain,
                self._after_people_change,
            )

    def _after_people_change(self, clear_undo: bool) -> None:
        if clear_undo:
            self.undo_stack.clear()  # forgotten rows are gone for good; no step may refer to them
        self._after_interactions()

    def _pick_and_import(self, kind: str) -> None:
        if self.workspace_id is None:
            return
        start = str(self.ctx.settings.value("posts/last_import_dir", str(Path.home())))
        path_str, _ = QFileDialog.getOpenFileName(
            self, f"Import {kind}", start, "CSV exports (*.csv *.txt *.tsv *.zip);;All files (*)"
        )
        if path_str:
            self.ctx.settings.setValue("posts/last_import_dir", str(Path(path_str).parent))
            self.open_import(Path(path_str), kind)

    def open_import(self, path: Path, kind: str = "posts", exec_dialog: bool = True) -> Any:
        """Open the wizard on a file (menu, drop, tests). Unreadable files get a message, never a traceback."""
        from microcomm_desktop.ui.dialogs.import_wizard import ImportDialog

        if self.workspace_id is None:
            return None
        try:
            try:
                table = importing.load_table(path)
            except SwallowedRowsError as exc:
                # 17.1: never import merged rows silently; the user decides, and the default is No.
                answer = QMessageBox.question(
                    self,
                    f"Import {kind}",
                    f"{exc}\n\nImport the file anyway, keeping that field as it is?",
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return None
                table = importing.load_table(path, allow_swallowed=True)
            dlg = ImportDialog(self.ctx.engine, self.workspace_id, path, table, kind, self.today, self)
        except CsvFileError as exc:  # not a table, or a file refused as a whole (YouTube Chart data)
            QMessageBox.warning(self, f"Import {kind}", str(exc))
            return None
        dlg.imported.connect(lambda _r: self._after_import(kind))
        if exec_dialog:
            dlg.exec()
        return dlg

    def _after_import(self, kind: str) -> None:
        self.undo_stack.clear()  # an import is not undoable step by step; the stack must not refer to stale rows
        self.reload()
        if kind == "posts":
            self._announce(ChangeArea.POSTS, ChangeArea.INTERACTIONS)
        elif kind == "engagers":
            self._reload_engagers()
            self._announce(ChangeArea.ENGAGERS)
        else:
            self._announce(ChangeArea.INTERACTIONS)

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
                self.open_import(Path(path), kind)
                return
        event.ignore()

    def export_csv(self) -> None:
        if self.inner.currentIndex() == 1:
            self.ensure_engagers()
            self.eng_table.export_csv_dialog("engagers.csv")
        else:
            self.table.export_csv_dialog("posts.csv")


def _fit_headers(view: QTableView) -> None:
    """No column narrower than its header: "Interactions (30 d" tells nobody what the column is."""
    header = view.horizontalHeader()
    for col in range(header.count()):
        view.setColumnWidth(col, max(view.columnWidth(col), header.sectionSizeHint(col)))


def create_tab(ctx: UiContext) -> TabPage:
    return PostsTab(ctx)


def _as_form_text(values: dict[str, Any]) -> dict[str, str]:
    """Checked form values back as the texts a form shows (for the conflict dialog's "your version")."""
    out: dict[str, str] = {}
    for key, value in values.items():
        if value is None:
            out[key] = ""
        elif key == "when" and hasattr(value, "strftime"):
            out[key] = value.strftime("%Y-%m-%d %H:%M")
        elif isinstance(value, (list, tuple)):
            out[key] = ", ".join(str(v) for v in value)
        else:
            out[key] = str(value)
    return out


def _members_line(created_by: str, updated_by: str) -> str:
    """Who logged and last changed the post: what a team needs to ask the right person ("" when unknown)."""
    if not created_by and not updated_by:
        return ""
    parts = [f"logged by <b>{html.escape(created_by)}</b>"] if created_by else []
    if updated_by and updated_by != created_by:
        parts.append(f"last changed by <b>{html.escape(updated_by)}</b>")
    text = ", ".join(parts) or f"last changed by <b>{html.escape(updated_by)}</b>"
    return "<br>" + text[0].upper() + text[1:] + "."
