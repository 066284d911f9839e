"""The window's actions on the data as a whole: exports, backup and restore, workspace files, theme, help.

A plain helper the main window owns (``win.data``); dialogs are parented to the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from microcomm_desktop import APP_NAME, __version__
from microcomm_desktop.services.backups import backup_now
from microcomm_desktop.services.problems import user_message
from microcomm_desktop.ui.errors import log_file_of
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.palette import apply_palette

if TYPE_CHECKING:
    from microcomm_desktop.ui.main_window import MainWindow


class DataActions:
    def __init__(self, win: MainWindow) -> None:
        self.win = win

    def export_current(self) -> None:
        page = self.win._ensure_page(self.win.tabs.currentIndex())
        if page is not None:
            page.export_csv()

    def export_all(self, what: str, path: Path | None = None) -> None:
        """Every row of the workspace, streamed in a worker with progress and Cancel (ui.dialogs.export_data)."""
        from microcomm_desktop.ui.dialogs.export_data import ExportRun, ask_path

        ws_id = self.win.ctx.workspace_id
        if ws_id is None or what not in ("posts", "interactions", "engagers"):
            self.win.statusBar().showMessage("Open or create a workspace first; then its data can be exported.", 5000)
            return
        path = path or ask_path(self.win, what)  # type: ignore[arg-type]
        if path is None:
            return
        run = ExportRun(self.win, self.win.ctx.engine, ws_id, what, path, self.win.today)  # type: ignore[arg-type]
        self.win.export_run = run

        def done(ok: bool, message: str) -> None:
            self.win.statusBar().showMessage(message, 8000)
            if not ok and "cancelled" not in message:
                QMessageBox.warning(self.win, APP_NAME, message)
            run.deleteLater()

        run.finished.connect(done)
        run.start()

    def set_theme(self, key: str) -> None:
        self.win.ctx.settings.setValue("ui/theme", key)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_palette(app, key)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.win.ctx.app.paths.data_dir)))

    def backup_now(self) -> None:
        try:
            path = backup_now(self.win.ctx.app)
        except Exception as exc:  # disk full, permissions: tell the user, never crash
            QMessageBox.warning(self.win, "Back up now", f"The backup failed: {user_message(exc) or exc}")
            return
        self.win.statusBar().showMessage(f"Backed up to {path}", 8000)

    def connect_team_server(self) -> None:
        from microcomm_desktop.ui.dialogs.team_server import TeamServerDialog

        dlg = TeamServerDialog(self.win.ctx.settings, self.win.ctx.app.database_label, self.win)
        if dlg.exec():
            self.win.statusBar().showMessage(dlg.status.text(), 10000)

    def export_workspace_file(self) -> None:
        from microcomm_desktop.services import workspace_file as wf

        ws = self.win.ctx.workspace
        if ws is None or ws.id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.win, "Export workspace to file", f"{ws.name}.mcw", "MicroComm workspace (*.mcw)"
        )
        if not path:
            return
        try:
            summary = wf.export_workspace(self.win.ctx.engine, self.win.ctx.app.paths.data_dir, ws.id, Path(path))
        except (wf.WorkspaceFileError, OSError) as exc:
            QMessageBox.warning(self.win, "Export workspace", str(exc))
            return
        self.win.statusBar().showMessage(f"Exported {wf.describe(summary)}", 10000)

    def import_workspace_file(self) -> None:
        from microcomm_desktop.services import workspace_file as wf

        path, _ = QFileDialog.getOpenFileName(self.win, "Import workspace file", "", "MicroComm workspace (*.mcw)")
        if not path:
            return
        try:
            name = str(wf.read_manifest(Path(path))["workspace"])
        except wf.WorkspaceFileError as exc:
            QMessageBox.warning(self.win, "Import workspace file", str(exc))
            return
        name, ok = QInputDialog.getText(self.win, "Import workspace file", "Name of the new workspace:", text=name)
        if not ok:
            return
        try:
            summary = wf.import_workspace(self.win.ctx.engine, self.win.ctx.app.paths.data_dir, Path(path), name)
        except (wf.WorkspaceFileError, OSError) as exc:
            QMessageBox.warning(self.win, "Import workspace file", str(exc))
            return
        self.win.reload_workspaces(summary.workspace_id)
        self.win.statusBar().showMessage(f"Imported {wf.describe(summary)}", 10000)

    def restore_backup(self) -> None:
        from microcomm_desktop.services.backups import restore_backup
        from microcomm_desktop.ui.dialogs.restore import RestoreDialog

        dlg = RestoreDialog(self.win.ctx.app.paths.backup_dir, self.win)
        if dlg.exec() != RestoreDialog.DialogCode.Accepted or dlg.chosen is None:
            return
        answer = QMessageBox.question(
            self.win,
            "Restore from backup",
            f"Replace the current data with {dlg.chosen.name}?\n\nThe current data is backed up first.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            safety = restore_backup(self.win.ctx.app, dlg.chosen)
        except Exception as exc:  # damaged backup, disk error: the current file is untouched or backed up
            QMessageBox.warning(self.win, "Restore from backup", f"Not restored: {user_message(exc) or exc}")
            self.win.external.watch(self.win.ctx.engine)  # a failed restore may have reopened the data
            return
        self.win.external.watch(self.win.ctx.engine)  # the restore opened a new engine
        self.win.reload_workspaces()
        if self.win.ctx.workspace_id is not None:
            self.win.ctx.bus.changed(ChangeArea.ALL, self.win.ctx.workspace_id)
        self.win.statusBar().showMessage(f"Restored. The previous data was saved as {safety.name}.", 10000)

    def show_data_location(self) -> None:
        p = self.win.ctx.app.paths
        QMessageBox.information(
            self.win,
            "Where is my data?",
            f"Database: {p.db_path}\nBackups: {p.backup_dir}\nWindow state: {p.settings_file}\n"
            f"Error log: {log_file_of(p)}\n\n"
            "Everything stays on this computer; MicroComm makes no network connections.",
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self.win,
            f"About {APP_NAME}",
            f"<b>{APP_NAME} Desktop {__version__}</b><p>Run a micro community as a measured system.</p>"
            f"<p>Data file: {self.win.ctx.app.paths.db_path}</p>",
        )

    def show_help(self) -> None:
        from microcomm_desktop.ui.dialogs.help import HelpDialog

        HelpDialog(self.win).exec()
