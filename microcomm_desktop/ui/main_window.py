"""The main window: workspace switcher, lazily built tabs, menus, remembered geometry."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop import APP_NAME, __version__
from microcomm_desktop.services import reach as reach_service
from microcomm_desktop.services import workspaces as ws_service
from microcomm_desktop.services.backups import backup_now
from microcomm_desktop.services.problems import user_message
from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.dialogs.workspace_settings import WorkspaceSettingsDialog
from microcomm_desktop.ui.errors import log_file_of
from microcomm_desktop.ui.events import EXTERNAL
from microcomm_desktop.ui.external_changes import ExternalChangeWatcher
from microcomm_desktop.ui.palette import apply_palette
from microcomm_desktop.ui.tabs import TAB_SPECS
from microcomm_desktop.ui.tabs.base import TabPage, build_tab_page
from microcomm_desktop.ui.welcome import WelcomePage

DRAFT_SNAPSHOT_MS = 5000


class _Slot(QWidget):
    """Holds a tab's page; the page itself is imported and built the first time the tab is shown."""

    def __init__(self, title: str, module: str) -> None:
        super().__init__()
        self.title = title
        self.module = module
        self.page: TabPage | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext, today: date | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.today = today or date.today()
        self.ctx.extras["today"] = self.today  # tabs read "today" here so tests and screenshots can fix the date
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
            self.tabs.addTab(slot, title)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self._build_toolbar()
        self._build_menus()
        self.ws_label = QLabel()
        self.file_label = QLabel(ctx.app.database_label)  # which database is open: a local file or a team server
        self.file_label.setObjectName("databaseLabel")
        self.statusBar().addWidget(self.ws_label)
        self.statusBar().addPermanentWidget(self.file_label)
        ctx.bus.status_message.connect(lambda m: self.statusBar().showMessage(m, 5000))
        self.resize(1280, 820)
        self._restore_state()
        self.external = ExternalChangeWatcher(ctx.app.paths.db_path, self, feed=ctx.app.change_feed())
        self.external.watch(ctx.engine)
        self.external.changed_elsewhere.connect(self.refresh_from_disk)
        ctx.bus.data_changed.connect(self.external.own_change)
        self.reload_workspaces()
        # Crash insurance: what is typed but unsaved is stored as drafts every few seconds and when the user
        # leaves the window (see TabPage.snapshot_drafts); a clean close still decides through flush_pending.
        self._draft_timer = QTimer(self)
        self._draft_timer.setInterval(DRAFT_SNAPSHOT_MS)
        self._draft_timer.timeout.connect(self.snapshot_drafts)
        self._draft_timer.start()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_app_state)

    # ----- building -------------------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        tb = QToolBar("Workspace")
        tb.setObjectName("workspaceToolbar")
        tb.setMovable(False)
        tb.addWidget(QLabel(" Workspace: "))
        self.ws_combo = QComboBox()
        self.ws_combo.setObjectName("workspaceCombo")
        self.ws_combo.setMinimumWidth(260)
        self.ws_combo.setToolTip("Switch between communities or clients (Ctrl+K)")
        self.ws_combo.currentIndexChanged.connect(self._on_workspace_picked)
        tb.addWidget(self.ws_combo)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self.toolbar = tb

    def _action(self, menu, text: str, slot, shortcut=None, name: str | None = None) -> QAction:  # type: ignore[no-untyped-def]
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        if name:
            act.setObjectName(name)
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        mb = self.menuBar()
        f = mb.addMenu("&File")
        self._action(f, "&New workspace…", self.new_workspace, QKeySequence.StandardKey.New, "actionNewWorkspace")
        self._action(f, "Workspace &settings…", self.workspace_settings, "Ctrl+,", "actionWorkspaceSettings")
        f.addSeparator()
        self._action(f, "&Import posts…", lambda: self.call_tab("Posts", "import_posts"), "Ctrl+I", "actionImportPosts")
        self._action(
            f,
            "Import &interactions…",
            lambda: self.call_tab("Posts", "import_interactions"),
            None,
            "actionImportInteractions",
        )
        self._action(
            f, "Import &engagers…", lambda: self.call_tab("Posts", "import_engagers"), None, "actionImportEngagers"
        )
        self._action(f, "&Export current table to CSV…", self.export_current, "Ctrl+E", "actionExportCsv")
        f.addSeparator()
        self._action(f, "Connect to &team server…", self.connect_team_server, None, "actionConnectTeamServer")
        self._action(f, "E&xport workspace to file…", self.export_workspace_file, None, "actionExportWorkspaceFile")
        self._action(f, "Im&port workspace file…", self.import_workspace_file, None, "actionImportWorkspaceFile")
        f.addSeparator()
        self._action(f, "&Open data folder", self.open_data_folder, None, "actionOpenDataFolder")
        self._action(f, "&Back up now", self.backup_now, "Ctrl+Shift+B", "actionBackupNow")
        self._action(f, "&Restore from backup…", self.restore_backup, None, "actionRestoreBackup")
        f.addSeparator()
        self._action(f, "&Quit", self.close, QKeySequence.StandardKey.Quit, "actionQuit")

        e = mb.addMenu("&Edit")
        undo = self.ctx.undo_group.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo_group.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        e.addAction(undo)
        e.addAction(redo)
        e.addSeparator()
        self._action(e, "&Tag selected posts…", lambda: self.call_tab("Posts", "tag_selected"), None, "actionTagPosts")

        v = mb.addMenu("&View")
        for i, (title, _m) in enumerate(TAB_SPECS):
            self._action(
                v, title, lambda _=False, i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}" if i < 9 else None
            )
        v.addSeparator()
        self._action(v, "Switch &workspace", lambda: self.ws_combo.showPopup(), "Ctrl+K")
        refresh = self._action(v, "&Refresh", lambda: self.refresh_from_disk(manual=True), None, "actionRefresh")
        # F5 everywhere, plus the platform's own Refresh key (Cmd+R on macOS) when it differs
        keys = [QKeySequence("F5")]
        keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh) if k not in keys]
        refresh.setShortcuts(keys)
        theme = v.addMenu("&Theme")
        for label, key in (("Follow system", "system"), ("Light", "light"), ("Dark", "dark")):
            self._action(theme, label, lambda _=False, key=key: self.set_theme(key))

        h = mb.addMenu("&Help")
        self._action(h, "&Definitions and help", self.show_help, QKeySequence.StandardKey.HelpContents)
        self._action(h, "&Where is my data?", self.show_data_location)
        self._action(h, f"&About {APP_NAME}", self.show_about)

    # ----- state ----------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        s = self.ctx.settings
        geo = s.value("window/geometry")
        if isinstance(geo, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geo))
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
                    self.statusBar().showMessage(f"{slot.title}: could not save an open edit: {exc}", 8000)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self._draft_timer.stop()
        self.flush_pending()
        self.external.close()
        s = self.ctx.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/last_tab", self.tabs.currentIndex())
        if self.ctx.workspace_id is not None:
            s.setValue("workspace/last", self.ctx.workspace_id)
        s.sync()
        super().closeEvent(event)

    # ----- workspaces -----------------------------------------------------------------------------------
    def reload_workspaces(self, select_id: int | None = None) -> None:
        # Every window-level write (new workspace, sample, settings, restore) ends here: the view is current.
        self.external.own_change()
        items = ws_service.list_workspaces(self.ctx.engine)
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
            self.ws_label.setText(f"Workspace: {name}")
            self.setWindowTitle(f"{name} — {APP_NAME}")
            self.ctx.bus.changed(EXTERNAL, current)
        self.statusBar().showMessage(
            "Reloaded from the data file."
            if manual
            else "The data was changed outside this window (for example a command-line import); reloaded.",
            8000,
        )

    def _on_workspace_picked(self, idx: int) -> None:
        ws_id = self.ws_combo.itemData(idx)
        self._set_workspace(ws_id)

    def _set_workspace(self, ws_id: int | None) -> None:
        if self.ctx.workspace_id is not None and ws_id != self.ctx.workspace_id:
            self.flush_pending()
        self.ctx.workspace = ws_service.get_workspace(self.ctx.engine, ws_id) if ws_id else None
        name = self.ctx.workspace.name if self.ctx.workspace else "no workspace"
        self.ws_label.setText(f"Workspace: {name}")
        self.setWindowTitle(f"{name} — {APP_NAME}" if self.ctx.workspace else APP_NAME)
        for i, slot in enumerate(self.slots):
            if slot.page is not None:
                try:
                    slot.page.set_workspace(ws_id)
                except Exception:  # stored data must not stop the switch: the tab shows its error in place
                    self._rebuild_page(i)
        if ws_id is not None:
            self.ctx.settings.setValue("workspace/last", ws_id)
            self._ensure_page(self.tabs.currentIndex())
            self.ctx.bus.workspace_changed.emit(ws_id)

    def new_workspace(self) -> None:
        name, ok = QInputDialog.getText(self, "New workspace", "Community or client name:")
        if not ok:
            return
        try:
            ws = ws_service.create_workspace(self.ctx.engine, name)
        except ws_service.WorkspaceError as exc:
            QMessageBox.warning(self, "New workspace", str(exc))
            return
        self.reload_workspaces(ws.id)

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
            QMessageBox.warning(self, "Workspace settings", f"Not saved: {exc}")
            return
        self.reload_workspaces(ws.id)
        self.ctx.bus.changed("workspace", ws.id or 0)

    # ----- tabs -----------------------------------------------------------------------------------------
    def _ensure_page(self, index: int) -> TabPage | None:
        if index < 0 or index >= len(self.slots):
            return None
        slot = self.slots[index]
        if slot.page is None:  # a tab that fails on stored data shows its error in place (FailedTab)
            page = build_tab_page(self.ctx, slot.title, slot.module, retry=lambda: self._rebuild_page(index))
            lay = slot.layout()
            assert lay is not None
            lay.addWidget(page)
            slot.page = page
        return slot.page

    def _rebuild_page(self, index: int) -> None:
        slot = self.slots[index]
        if slot.page is not None:
            slot.page.setParent(None)
            slot.page.deleteLater()
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
            QMessageBox.information(self, APP_NAME, "Create or pick a workspace first.")
            return
        for i, slot in enumerate(self.slots):
            if slot.title == title:
                self.tabs.setCurrentIndex(i)
        page = self.tab_page(title)
        fn = getattr(page, method, None)
        if fn is None:
            QMessageBox.information(self, APP_NAME, f"{title}: this action is not available yet.")
            return
        fn()

    def export_current(self) -> None:
        page = self._ensure_page(self.tabs.currentIndex())
        if page is not None:
            page.export_csv()

    # ----- misc -----------------------------------------------------------------------------------------
    def set_theme(self, key: str) -> None:
        self.ctx.settings.setValue("ui/theme", key)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_palette(app, key)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.app.paths.data_dir)))

    def backup_now(self) -> None:
        try:
            path = backup_now(self.ctx.app)
        except Exception as exc:  # disk full, permissions: tell the user, never crash
            QMessageBox.warning(self, "Back up now", f"The backup failed: {user_message(exc) or exc}")
            return
        self.statusBar().showMessage(f"Backed up to {path}", 8000)

    def connect_team_server(self) -> None:
        from microcomm_desktop.ui.dialogs.team_server import TeamServerDialog

        dlg = TeamServerDialog(self.ctx.settings, self.ctx.app.database_label, self)
        if dlg.exec():
            self.statusBar().showMessage(dlg.status.text(), 10000)

    def export_workspace_file(self) -> None:
        from microcomm_desktop.services import workspace_file as wf

        ws = self.ctx.workspace
        if ws is None or ws.id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Export workspace to file", f"{ws.name}.mcw", "MicroComm workspace (*.mcw)"
        )
        if not path:
            return
        try:
            summary = wf.export_workspace(self.ctx.engine, self.ctx.app.paths.data_dir, ws.id, Path(path))
        except (wf.WorkspaceFileError, OSError) as exc:
            QMessageBox.warning(self, "Export workspace", str(exc))
            return
        self.statusBar().showMessage(f"Exported {wf.describe(summary)}", 10000)

    def import_workspace_file(self) -> None:
        from microcomm_desktop.services import workspace_file as wf

        path, _ = QFileDialog.getOpenFileName(self, "Import workspace file", "", "MicroComm workspace (*.mcw)")
        if not path:
            return
        try:
            name = str(wf.read_manifest(Path(path))["workspace"])
        except wf.WorkspaceFileError as exc:
            QMessageBox.warning(self, "Import workspace file", str(exc))
            return
        name, ok = QInputDialog.getText(self, "Import workspace file", "Name of the new workspace:", text=name)
        if not ok:
            return
        try:
            summary = wf.import_workspace(self.ctx.engine, self.ctx.app.paths.data_dir, Path(path), name)
        except (wf.WorkspaceFileError, OSError) as exc:
            QMessageBox.warning(self, "Import workspace file", str(exc))
            return
        self.reload_workspaces(summary.workspace_id)
        self.statusBar().showMessage(f"Imported {wf.describe(summary)}", 10000)

    def restore_backup(self) -> None:
        from microcomm_desktop.services.backups import restore_backup
        from microcomm_desktop.ui.dialogs.restore import RestoreDialog

        dlg = RestoreDialog(self.ctx.app.paths.backup_dir, self)
        if dlg.exec() != RestoreDialog.DialogCode.Accepted or dlg.chosen is None:
            return
        answer = QMessageBox.question(
            self,
            "Restore from backup",
            f"Replace the current data with {dlg.chosen.name}?\n\nThe current data is backed up first.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            safety = restore_backup(self.ctx.app, dlg.chosen)
        except Exception as exc:  # damaged backup, disk error: the current file is untouched or backed up
            QMessageBox.warning(self, "Restore from backup", f"Not restored: {user_message(exc) or exc}")
            self.external.watch(self.ctx.engine)  # a failed restore may have reopened the data
            return
        self.external.watch(self.ctx.engine)  # the restore opened a new engine
        self.reload_workspaces()
        if self.ctx.workspace_id is not None:
            self.ctx.bus.changed("all", self.ctx.workspace_id)
        self.statusBar().showMessage(f"Restored. The previous data was saved as {safety.name}.", 10000)

    def show_data_location(self) -> None:
        p = self.ctx.app.paths
        QMessageBox.information(
            self,
            "Where is my data?",
            f"Database: {p.db_path}\nBackups: {p.backup_dir}\nWindow state: {p.settings_file}\n"
            f"Error log: {log_file_of(p)}\n\n"
            "Everything stays on this computer; MicroComm makes no network connections.",
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<b>{APP_NAME} Desktop {__version__}</b><p>Run a micro community as a measured system.</p>"
            f"<p>Data file: {self.ctx.app.paths.db_path}</p>",
        )

    def show_help(self) -> None:
        from microcomm_desktop.ui.dialogs.help import HelpDialog

        HelpDialog(self).exec()
