"""The main window: workspace switcher, lazily built tabs, remembered geometry, autosave and refresh.

The menu bar is built by window_menus.py; the actions on the data as a whole (exports, backup, restore,
workspace files, theme, help) live in window_data.py.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QInputDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop import APP_NAME
from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.external_changes import ExternalChangeWatcher
from microcomm_desktop.ui.lazy import LazyModule
from microcomm_desktop.ui.tabs import TAB_SPECS
from microcomm_desktop.ui.tabs.base import TabPage, build_tab_page
from microcomm_desktop.ui.welcome import NewWorkspaceDialog, WelcomePage
from microcomm_desktop.ui.window_data import DataActions
from microcomm_desktop.ui.window_geometry import ScreenFittedWindow
from microcomm_desktop.ui.window_menus import build_menus

if TYPE_CHECKING:
    from microcomm_desktop.services import workspaces as ws_service
    from microcomm_desktop.services.context import AppContext
else:  # imported at first use: the first window is built before the data layer (ui/lazy.py)
    ws_service = LazyModule("microcomm_desktop.services.workspaces")

DRAFT_SNAPSHOT_MS = 5000
# The pages the window can paint from DB-API rows before the data layer is in (``UiContext.first_reads``); any
# other tab opened first shows its page once the data layer is in (``MainWindow.attach``), a moment later.
FIRST_PAINT_MODULES = frozenset({"microcomm_desktop.ui.tabs.promise"})

# The tab titles, for the catalogs: TAB_SPECS keeps the English names the code finds tabs by (call_tab, object
# names, settings); they are translated where shown (tab bar, View menu).
TAB_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "Promise"),
    QT_TRANSLATE_NOOP("MainWindow", "Rituals"),
    QT_TRANSLATE_NOOP("MainWindow", "Posts"),
    QT_TRANSLATE_NOOP("MainWindow", "Deals"),
    QT_TRANSLATE_NOOP("MainWindow", "Creators"),
    QT_TRANSLATE_NOOP("MainWindow", "Sprint"),
    QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
    QT_TRANSLATE_NOOP("MainWindow", "Insights"),
)

_DATA_ACTIONS = (
    "export_current export_all set_theme open_data_folder backup_now connect_team_server export_workspace_file "
    "import_workspace_file restore_backup show_data_location show_about show_help"
)


class _Slot(QWidget):
    """Holds a tab's page; the page itself is imported and built the first time the tab is shown.

    The page sits in a scroll area: on a small screen (a 1280×720 laptop) a page whose forms need more height
    than the window has scrolls instead of being clipped or forcing the window taller than the screen.
    """

    def __init__(self, title: str, module: str) -> None:
        super().__init__()
        self.title = title
        self.module = module
        self.page: TabPage | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.scroller = QScrollArea()
        self.scroller.setObjectName(f"scroll_{title}")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        lay.addWidget(self.scroller)

    def set_page(self, page: TabPage) -> None:
        self.scroller.setWidget(page)
        self.page = page


class MainWindow(ScreenFittedWindow):
    replaced = Signal(object)  # the window rebuilt in another language (rebuild()); app.py follows it

    def __init__(self, ctx: UiContext, today: date | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.today = today or date.today()
        self.ctx.today = self.today  # tabs read "today" here so tests and screenshots can fix the date
        self.setWindowTitle(APP_NAME)
        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.welcome.start_requested.connect(self.new_workspace)
        self.welcome.sample_requested.connect(self.create_sample)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.slots: list[_Slot] = []
        for title, module in TAB_SPECS:
            slot = _Slot(title, module)
            self.slots.append(slot)
            self.tabs.addTab(slot, self.tr(title))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.deleted_workspaces: list[ws_service.DeletedWorkspace] = []  # undoable until the app closes
        self.export_run: Any = None  # the last "Export all data" run (window_data.py)
        self.data = DataActions(self)
        for name in _DATA_ACTIONS.split():  # reachable on the window as before the split (tests, the tabs)
            setattr(self, name, getattr(self.data, name))
        self._build_toolbar()
        self.act_rename, self.act_delete, self.act_undo_delete = build_menus(self)
        self._update_workspace_actions()
        self.ws_label = QLabel()
        # Which database is open (a local file or a team server); said once the data layer is in (``attach``).
        first = ctx.first_reads
        self.file_label = QLabel(ctx.app.database_label if first is None else "")
        self.file_label.setObjectName("databaseLabel")
        self.statusBar().addWidget(self.ws_label)
        self.statusBar().addPermanentWidget(self.file_label)
        ctx.bus.status_message.connect(lambda m: self.statusBar().showMessage(m, 5000))
        self._restore_state()
        db_path = ctx.app.paths.db_path if first is None else first.paths.db_path
        self.external = ExternalChangeWatcher(db_path, self, feed=ctx.app.change_feed() if first is None else None)
        self.external.changed_elsewhere.connect(self.refresh_from_disk)
        ctx.bus.data_changed.connect(self.external.own_change)
        # Crash insurance: what is typed but unsaved is stored as drafts every few seconds and when the user
        # leaves the window (see TabPage.snapshot_drafts); a clean close still decides through flush_pending.
        self._draft_timer = QTimer(self)
        self._draft_timer.setInterval(DRAFT_SNAPSHOT_MS)
        self._draft_timer.timeout.connect(self.snapshot_drafts)
        self._close_asked = False  # closing before ``attach``: done right after it
        if first is None:  # before the pages load: a draft they put back (and clear) is an own commit
            self._start_writing()
        self.reload_workspaces()

    def _start_writing(self) -> None:
        """What may write or reach the data layer on its own: the engine's watch, the draft timer, the drafts
        written when the user leaves the window."""
        self.external.watch(self.ctx.engine)
        self._draft_timer.start()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_app_state)

    @property
    def first_paint(self) -> bool:
        """True while the window shows rows read with the DB-API and the data layer is not in (``attach``)."""
        return self.ctx.first_reads is not None

    def attach(self, app: AppContext) -> None:
        """The data layer is in: the window now reads and writes through ``app``. It reloads the workspaces and
        every built page the usual way (the Promise page's other sections, a draft left by a crash) before the
        user's queued keys and clicks are handled, and a close asked for meanwhile happens now."""
        first = self.ctx.first_reads
        self.ctx.app = app
        self.ctx.first_reads = None
        if first is not None:
            first.close()
        self.file_label.setText(app.database_label)
        self._start_writing()
        self.reload_workspaces(self.ctx.workspace_id)
        self._ensure_page(self.tabs.currentIndex())
        if self._close_asked:
            self.close()

    # ----- building -------------------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        tb = QToolBar(self.tr("Workspace"))
        tb.setObjectName("workspaceToolbar")
        tb.setMovable(False)
        tb.addWidget(QLabel(self.tr(" Workspace: ")))
        self.ws_combo = QComboBox()
        self.ws_combo.setObjectName("workspaceCombo")
        self.ws_combo.setMinimumWidth(260)
        self.ws_combo.setToolTip(self.tr("Switch between communities or clients (Ctrl+K)"))
        self.ws_combo.currentIndexChanged.connect(self._on_workspace_picked)
        tb.addWidget(self.ws_combo)
        # The sample community is for looking around: one click removes it (with the same backup and undo as
        # any deletion) once the user starts their own.
        self.remove_sample_action = QAction(self.tr("Remove sample community…"), self)
        self.remove_sample_action.setObjectName("actionRemoveSample")
        self.remove_sample_action.setToolTip(
            self.tr("Delete the sample community (backup first; undo until the app closes)")
        )
        self.remove_sample_action.triggered.connect(lambda: self.delete_workspace())
        tb.addAction(self.remove_sample_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self.toolbar = tb

    def _restore_state(self) -> None:
        s = self.ctx.settings
        self._place_on_screen(s)
        st = s.value("window/state")
        if isinstance(st, QByteArray | bytes):
            self.restoreState(QByteArray(st))
        try:
            idx = int(str(s.value("window/last_tab", 0)))
        except (TypeError, ValueError):
            idx = 0
        if 0 <= idx < self.tabs.count():
            self.tabs.setCurrentIndex(idx)

    def flush_pending(self) -> None:
        """Let every built tab save what is being typed (see TabPage.flush_pending)."""
        for slot in self.slots:
            if slot.page is not None:
                try:
                    slot.page.flush_pending()
                except Exception as exc:  # never block closing; the tab keeps its draft
                    self.statusBar().showMessage(
                        self.tr("{tab}: could not save an open edit: {reason}").format(
                            tab=self.tr(slot.title), reason=exc
                        ),
                        8000,
                    )

    def abandon(self) -> None:
        """The start failed before ``attach`` (the data layer refused the file): go away without saving — input
        was held, so nothing was typed — and release the file's reads."""
        first = self.ctx.first_reads
        self.ctx.first_reads = None
        if first is not None:
            first.close()
        self._close_asked = False
        self.external.close()
        self.hide()
        self.deleteLater()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if self.first_paint:  # nothing can be saved yet: close once the data layer is in (``attach``)
            self._close_asked = True
            event.ignore()
            return
        self._draft_timer.stop()
        self.flush_pending()
        self.external.close()
        self.save_state()
        super().closeEvent(event)

    # ----- workspaces -----------------------------------------------------------------------------------
    def reload_workspaces(self, select_id: int | None = None) -> None:
        # Every window-level write (new workspace, sample, settings, restore) ends here: the view is current.
        self.external.own_change()
        first = self.ctx.first_reads
        items = first.workspaces() if first is not None else ws_service.list_workspaces(self.ctx.engine)
        if select_id is None:
            try:
                select_id = int(str(self.ctx.settings.value("workspace/last", 0)))
            except (TypeError, ValueError):
                select_id = None
        self.ws_combo.blockSignals(True)
        self.ws_combo.clear()
        for w in items:
            self.ws_combo.addItem(w.name, w.id)
        self.ws_combo.blockSignals(False)
        if not items:
            self.stack.setCurrentWidget(self.welcome)
            self.toolbar.setVisible(False)
            self._set_workspace(None)
            return
        self.toolbar.setVisible(True)
        self.stack.setCurrentWidget(self.tabs)
        idx = max(0, self.ws_combo.findData(select_id)) if select_id else 0
        self.ws_combo.setCurrentIndex(idx)
        self._on_workspace_picked(idx)

    def snapshot_drafts(self) -> None:
        """Let every built tab store its typed-but-unsaved text as a draft (no saving, no reloads)."""
        if self.ctx.workspace_id is None:
            return
        self.external.check()  # an outside commit first gets its reload, so the baseline reset below is ours
        for slot in self.slots:
            if slot.page is not None:
                try:
                    slot.page.snapshot_drafts()
                except Exception:  # insurance must never get in the way of the user
                    pass
        self.external.own_change()  # the drafts just written are not news

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.snapshot_drafts()

    def refresh_from_disk(self, manual: bool = False) -> None:
        """Show what another process changed (e.g. ``microcomm import`` while this window is open).

        The current workspace stays current: new or renamed workspaces only rebuild the switcher, and every
        built tab reloads through its own ``data_changed`` handler (the EXTERNAL area), which updates what the
        user has not touched and keeps what they are typing. Only when the current workspace was deleted
        elsewhere does the window switch (saving open edits first, as any switch does).
        """
        if self.first_paint:  # ``attach`` reads everything again in a moment
            return
        current = self.ctx.workspace_id
        items = ws_service.list_workspaces(self.ctx.engine)
        shown = [(self.ws_combo.itemData(i), self.ws_combo.itemText(i)) for i in range(self.ws_combo.count())]
        if current is not None and current not in {w.id for w in items}:
            self.reload_workspaces()  # flushes the open edits (kept as drafts if they cannot be saved)
        elif [(w.id, w.name) for w in items] != shown:
            if not items:
                self.reload_workspaces()
            else:
                self.ws_combo.blockSignals(True)
                self.ws_combo.clear()
                for w in items:
                    self.ws_combo.addItem(w.name, w.id)
                self.ws_combo.setCurrentIndex(max(0, self.ws_combo.findData(current)))
                self.ws_combo.blockSignals(False)
                self.toolbar.setVisible(True)
                self.stack.setCurrentWidget(self.tabs)
                if current is None:  # the welcome page was showing: a workspace now exists
                    self._on_workspace_picked(self.ws_combo.currentIndex())
        if current is not None and self.ctx.workspace_id == current:
            self.ctx.workspace = ws_service.get_workspace(self.ctx.engine, current)  # settings may have changed
            name = self.ctx.workspace.name
            self.ws_label.setText(self.tr("Workspace: {name}").format(name=name))
            self.setWindowTitle(self.tr("{name} — {app}").format(name=name, app=APP_NAME))
            self.ctx.bus.changed(ChangeArea.EXTERNAL, current)
        self.statusBar().showMessage(
            self.tr("Reloaded from the data file.")
            if manual
            else self.tr("The data was changed outside this window (for example a command-line import); reloaded."),
            8000,
        )

    def _on_workspace_picked(self, idx: int) -> None:
        ws_id = self.ws_combo.itemData(idx)
        self._set_workspace(ws_id)

    def _set_workspace(self, ws_id: int | None) -> None:
        if self.ctx.workspace_id is not None and ws_id != self.ctx.workspace_id:
            self.flush_pending()
        first = self.ctx.first_reads
        if not ws_id:
            self.ctx.workspace = None
        elif first is not None:
            self.ctx.workspace = first.workspace(ws_id)
        else:
            self.ctx.workspace = ws_service.get_workspace(self.ctx.engine, ws_id)
        name = self.ctx.workspace.name if self.ctx.workspace else self.tr("no workspace")
        self.ws_label.setText(self.tr("Workspace: {name}").format(name=name))
        self.setWindowTitle(
            self.tr("{name} — {app}").format(name=name, app=APP_NAME) if self.ctx.workspace else APP_NAME
        )
        for i, slot in enumerate(self.slots):
            if slot.page is not None:
                try:
                    slot.page.set_workspace(ws_id)
                except Exception:  # stored data must not stop the switch: the tab shows its error in place
                    self._rebuild_page(i)
        self._update_workspace_actions()
        if ws_id is not None:
            self.ctx.settings.setValue("workspace/last", ws_id)
            self._ensure_page(self.tabs.currentIndex())
            self.ctx.bus.workspace_changed.emit(ws_id)

    def new_workspace_dialog(self) -> NewWorkspaceDialog:
        """The "Start a community" dialog; creating happens inside it so a bad name keeps it open."""
        created: list[int] = []

        def create(name: str, tz: str) -> str | None:
            try:
                ws = ws_service.create_workspace(self.ctx.engine, name, timezone=ws_service.validate_timezone(tz))
            except ws_service.WorkspaceError as exc:
                return str(exc)
            assert ws.id is not None
            created.append(ws.id)
            return None

        dlg = NewWorkspaceDialog(create, ws_service.local_timezone_name(), self)
        dlg.accepted.connect(lambda: self.reload_workspaces(created[-1]) if created else None)
        return dlg

    def new_workspace(self) -> None:
        self.new_workspace_dialog().exec()

    def rename_workspace(self, new_name: str | None = None) -> bool:
        ws = self.ctx.workspace
        if ws is None or ws.id is None:
            return False
        name = new_name
        while name is None:
            text, ok = QInputDialog.getText(self, self.tr("Rename workspace"), self.tr("New name:"), text=ws.name)
            if not ok:
                return False
            try:
                ws_service.rename_workspace(self.ctx.engine, ws.id, text)
            except ws_service.WorkspaceError as exc:
                QMessageBox.warning(self, self.tr("Rename workspace"), str(exc))
                continue
            name = text
        if new_name is not None:
            try:
                ws_service.rename_workspace(self.ctx.engine, ws.id, new_name)
            except ws_service.WorkspaceError as exc:
                self.statusBar().showMessage(self.tr("Not renamed: {reason}").format(reason=exc), 8000)
                return False
        self.reload_workspaces(ws.id)
        self.ctx.bus.changed(ChangeArea.WORKSPACE, ws.id)
        return True

    def delete_workspace(self, confirm: bool = True) -> bool:
        """Delete the current workspace after a confirmation and a backup; File › Undo delete brings it back
        until the app closes (the backup stays on disk after that)."""
        ws = self.ctx.workspace
        if ws is None or ws.id is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete workspace"),
                self.tr(
                    "Delete {name} with all its posts, interactions, rituals, deals and sprints?\n\n"
                    "A backup of the whole data file is written first, and File › Undo delete brings it back "
                    "until you close MicroComm."
                ).format(name=repr(ws.name)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.flush_pending()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            gone = ws_service.delete_workspace(self.ctx.app, ws.id)
        except Exception as exc:  # the backup failed (disk full): nothing was deleted
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Delete workspace"), self.tr("Not deleted: {reason}").format(reason=exc))
            return False
        QApplication.restoreOverrideCursor()
        self.deleted_workspaces.append(gone)
        self._update_workspace_actions()
        self.ctx.settings.remove("workspace/last")
        self.reload_workspaces()
        self.statusBar().showMessage(
            self.tr("Deleted {name}. Undo: File › Undo delete (until MicroComm closes); backup: {backup}").format(
                name=repr(gone.name), backup=gone.backup.name
            ),
            15000,
        )
        return True

    def undo_delete_workspace(self) -> bool:
        if not self.deleted_workspaces:
            return False
        gone = self.deleted_workspaces[-1]
        try:
            ws = ws_service.undo_delete_workspace(self.ctx.engine, gone)
        except Exception as exc:  # a name taken again meanwhile: say so, keep the undo available
            QMessageBox.warning(self, self.tr("Undo delete"), self.tr("Not restored: {reason}").format(reason=exc))
            return False
        self.deleted_workspaces.pop()
        self._update_workspace_actions()
        self.reload_workspaces(ws.id)
        if ws.id is not None:
            self.ctx.bus.changed(ChangeArea.ALL, ws.id)
        self.statusBar().showMessage(self.tr("Restored {name}.").format(name=repr(ws.name)), 8000)
        return True

    def _update_workspace_actions(self) -> None:
        has = self.ctx.workspace is not None
        self.act_rename.setEnabled(has)
        self.act_delete.setEnabled(has)
        if self.deleted_workspaces:
            self.act_undo_delete.setText(
                self.tr("U&ndo delete of “{name}”").format(name=self.deleted_workspaces[-1].name)
            )
        else:
            self.act_undo_delete.setText(self.tr("U&ndo delete"))
        self.act_undo_delete.setEnabled(bool(self.deleted_workspaces))
        is_sample = bool(self.ctx.workspace is not None and self.ctx.workspace.is_sample)
        self.remove_sample_action.setVisible(is_sample)

    def create_sample(self) -> None:
        from microcomm_desktop.services.sample import SAMPLE_NAME, create_sample_workspace  # numpy: load on use

        existing = [w for w in ws_service.list_workspaces(self.ctx.engine) if w.name == SAMPLE_NAME]
        if existing:
            self.reload_workspaces(existing[0].id)
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ws = create_sample_workspace(self.ctx.engine, self.today)
        finally:
            QApplication.restoreOverrideCursor()
        self.reload_workspaces(ws.id)

    def workspace_settings(self) -> None:
        # Imported here: services.reach pulls the import presets and numpy (~0.2 s) that the first paint never needs.
        from microcomm_desktop.services import reach as reach_service
        from microcomm_desktop.ui.dialogs.workspace_settings import WorkspaceSettingsDialog

        if self.ctx.workspace is None or self.ctx.workspace.id is None:
            return
        own = ws_service.own_handles(self.ctx.engine, self.ctx.workspace.id)
        standins = reach_service.reach_standins(self.ctx.engine, self.ctx.workspace.id)
        dlg = WorkspaceSettingsDialog(self.ctx.workspace, self, own, standins)
        if dlg.exec() != WorkspaceSettingsDialog.DialogCode.Accepted:
            return
        try:
            ws = ws_service.update_workspace(self.ctx.engine, self.ctx.workspace.id, **dlg.values())
            if dlg.own_handles() != own:  # recomputes the engager rollups for the people it changes
                ws_service.set_own_handles(self.ctx.engine, self.ctx.workspace.id, dlg.own_handles())
            if dlg.standins() != standins:
                reach_service.set_reach_standins(self.ctx.engine, self.ctx.workspace.id, dlg.standins())
        except (ws_service.WorkspaceError, Exception) as exc:  # an IntegrityError on a duplicate name
            QMessageBox.warning(self, self.tr("Workspace settings"), self.tr("Not saved: {reason}").format(reason=exc))
            return
        self.reload_workspaces(ws.id)
        self.ctx.bus.changed(ChangeArea.WORKSPACE, ws.id or 0)

    # ----- tabs -----------------------------------------------------------------------------------------
    def _ensure_page(self, index: int) -> TabPage | None:
        if index < 0 or index >= len(self.slots):
            return None
        slot = self.slots[index]
        if slot.page is None and self.first_paint and slot.module not in FIRST_PAINT_MODULES:
            if slot.scroller.widget() is None:  # its page needs the data layer: built by ``attach``
                loading = QLabel(self.tr("Loading…"))
                loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
                slot.scroller.setWidget(loading)
            return None
        if slot.page is None:  # a tab that fails on stored data shows its error in place (FailedTab)
            page = build_tab_page(self.ctx, slot.title, slot.module, retry=lambda: self._rebuild_page(index))
            slot.set_page(page)
        return slot.page

    def _rebuild_page(self, index: int) -> None:
        slot = self.slots[index]
        if slot.page is not None:
            old = slot.scroller.takeWidget()
            if old is not None:
                old.deleteLater()
            slot.page = None
        self._ensure_page(index)

    def _on_tab_changed(self, index: int) -> None:
        page = self._ensure_page(index) if self.ctx.workspace is not None else None
        stack = getattr(page, "undo_stack", None)
        self.ctx.undo_group.setActiveStack(stack)  # type: ignore[arg-type]  # None clears the active stack

    def tab_page(self, title: str) -> TabPage | None:
        for i, slot in enumerate(self.slots):
            if slot.title == title:
                return self._ensure_page(i)
        return None

    def call_tab(self, title: str, method: str) -> None:
        """Run a tab's action from a menu (switching to the tab first)."""
        if self.ctx.workspace is None:
            QMessageBox.information(self, APP_NAME, self.tr("Create or pick a workspace first."))
            return
        for i, slot in enumerate(self.slots):
            if slot.title == title:
                self.tabs.setCurrentIndex(i)
        page = self.tab_page(title)
        fn = getattr(page, method, None)
        if fn is None:
            QMessageBox.information(
                self, APP_NAME, self.tr("{tab}: this action is not available yet.").format(tab=self.tr(title))
            )
            return
        fn()

    # ----- language -------------------------------------------------------------------------------------
    def save_state(self) -> None:
        """Geometry, toolbars, last tab and workspace into the settings (at close, and before a rebuild)."""
        s = self.ctx.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/size", self.normalGeometry().size())
        s.setValue("window/state", self.saveState())
        s.setValue("window/last_tab", self.tabs.currentIndex())
        if self.ctx.workspace_id is not None:
            s.setValue("workspace/last", self.ctx.workspace_id)
        s.sync()

    def rebuild(self) -> MainWindow:
        """A new window in the language installed now, on the same data, workspace, tab and geometry (the old one
        saves what is being typed and goes away): ui/window_rebuild.py says why a rebuild."""
        from microcomm_desktop.ui.window_rebuild import rebuild_window

        return rebuild_window(self)
