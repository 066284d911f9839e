"""The window's actions on the data as a whole: exports, backup and restore, workspace files, theme, help.

A plain helper the main window owns (``win.data``); dialogs are parented to the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from microcomm_desktop import APP_NAME, __version__
from microcomm_desktop.ui.errors import log_file_of
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.lazy import LazyModule
from microcomm_desktop.ui.palette import apply_palette

if TYPE_CHECKING:
    from microcomm_desktop.services import backups, problems
    from microcomm_desktop.ui.main_window import MainWindow
else:  # imported at first use: the first window is built before the data layer (ui/lazy.py)
    backups = LazyModule("microcomm_desktop.services.backups")
    problems = LazyModule("microcomm_desktop.services.problems")


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
            self.win.statusBar().showMessage(
                QCoreApplication.translate(
                    "DataActions", "Open or create a workspace first; then its data can be exported."
                ),
                5000,
            )
            return
        path = path or ask_path(self.win, what)  # type: ignore[arg-type]
        if path is None:
            return
        run = ExportRun(self.win, self.win.ctx.engine, ws_id, what, path, self.win.today)  # type: ignore[arg-type]
        self.win.export_run = run

        def done(ok: bool, message: str) -> None:
            self.win.statusBar().showMessage(message, 8000)
            if not ok and not run.worker.stop.is_set():  # a cancel is the user's choice: the status line says it
                QMessageBox.warning(self.win, APP_NAME, message)
            run.deleteLater()

        run.finished.connect(done)
        run.start()

    def set_theme(self, key: str) -> None:
        self.win.ctx.settings.setValue("ui/theme", key)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_palette(app, key)

    def set_language(self, choice: str, restart: bool | None = None) -> MainWindow | None:
        """Save the language for the next start ("" = the system's) and offer to rebuild the window in it now.
        ``restart`` answers the question without asking (tests); returns the new window when rebuilt."""
        from microcomm_desktop import i18n
        from microcomm_desktop.ui import i18n as ui_i18n

        settings = self.win.ctx.settings
        if choice == (ui_i18n.saved_choice(settings) or "") and settings.contains(ui_i18n.SETTINGS_KEY):
            return None
        ui_i18n.save_choice(settings, choice)
        name = i18n.LANGUAGES.get(choice) or QCoreApplication.translate("DataActions", "the system language")
        if restart is None:
            answer = QMessageBox.question(
                self.win,
                QCoreApplication.translate("DataActions", "Language"),
                QCoreApplication.translate(
                    "DataActions",
                    "MicroComm will speak {language} from the next start.\n\nRebuild the window in {language} "
                    "now? What you are typing is saved first; the undo history of the open tabs starts afresh.",
                ).format(language=name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            restart = answer == QMessageBox.StandardButton.Yes
        if not restart:
            self.win.statusBar().showMessage(
                QCoreApplication.translate(
                    "DataActions", "The language changes to {language} at the next start."
                ).format(language=name),
                10000,
            )
            return None
        app = QApplication.instance()
        if app is None:
            return None
        ui_i18n.install(app, choice or None, self.win.ctx.app.paths.config_dir / "translations")
        return self.win.rebuild()

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.win.ctx.app.paths.data_dir)))

    def backup_now(self) -> None:
        try:
            path = backups.backup_now(self.win.ctx.app)
        except Exception as exc:  # disk full, permissions: tell the user, never crash
            QMessageBox.warning(
                self.win,
                QCoreApplication.translate("DataActions", "Back up now"),
                QCoreApplication.translate("DataActions", "The backup failed: {reason}").format(
                    reason=problems.user_message(exc) or exc
                ),
            )
            return
        self.win.statusBar().showMessage(
            QCoreApplication.translate("DataActions", "Backed up to {path}").format(path=path), 8000
        )

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
            self.win,
            QCoreApplication.translate("DataActions", "Export workspace to file"),
            f"{ws.name}.mcw",
            QCoreApplication.translate("DataActions", "MicroComm workspace (*.mcw)"),
        )
        if not path:
            return
        try:
            summary = wf.export_workspace(self.win.ctx.engine, self.win.ctx.app.paths.data_dir, ws.id, Path(path))
        except (wf.WorkspaceFileError, OSError) as exc:
            QMessageBox.warning(self.win, QCoreApplication.translate("DataActions", "Export workspace"), str(exc))
            return
        self.win.statusBar().showMessage(
            QCoreApplication.translate("DataActions", "Exported {what}").format(what=wf.describe(summary)), 10000
        )

    def import_workspace_file(self) -> None:
        from microcomm_desktop.services import workspace_file as wf

        path, _ = QFileDialog.getOpenFileName(
            self.win,
            QCoreApplication.translate("DataActions", "Import workspace file"),
            "",
            QCoreApplication.translate("DataActions", "MicroComm workspace (*.mcw)"),
        )
        if not path:
            return
        try:
            name = str(wf.read_manifest(Path(path))["workspace"])
        except wf.WorkspaceFileError as exc:
            QMessageBox.warning(self.win, QCoreApplication.translate("DataActions", "Import workspace file"), str(exc))
            return
        name, ok = QInputDialog.getText(
            self.win,
            QCoreApplication.translate("DataActions", "Import workspace file"),
            QCoreApplication.translate("DataActions", "Name of the new workspace:"),
            text=name,
        )
        if not ok:
            return
        try:
            summary = wf.import_workspace(self.win.ctx.engine, self.win.ctx.app.paths.data_dir, Path(path), name)
        except (wf.WorkspaceFileError, OSError) as exc:
            QMessageBox.warning(self.win, QCoreApplication.translate("DataActions", "Import workspace file"), str(exc))
            return
        self.win.reload_workspaces(summary.workspace_id)
        self.win.statusBar().showMessage(
            QCoreApplication.translate("DataActions", "Imported {what}").format(what=wf.describe(summary)), 10000
        )

    def restore_backup(self) -> None:
        from microcomm_desktop.services.backups import restore_backup
        from microcomm_desktop.ui.dialogs.restore import RestoreDialog

        dlg = RestoreDialog(self.win.ctx.app.paths.backup_dir, self.win)
        if dlg.exec() != RestoreDialog.DialogCode.Accepted or dlg.chosen is None:
            return
        answer = QMessageBox.question(
            self.win,
            QCoreApplication.translate("DataActions", "Restore from backup"),
            QCoreApplication.translate(
                "DataActions", "Replace the current data with {name}?\n\nThe current data is backed up first."
            ).format(name=dlg.chosen.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            safety = restore_backup(self.win.ctx.app, dlg.chosen)
        except Exception as exc:  # damaged backup, disk error: the current file is untouched or backed up
            QMessageBox.warning(
                self.win,
                QCoreApplication.translate("DataActions", "Restore from backup"),
                QCoreApplication.translate("DataActions", "Not restored: {reason}").format(
                    reason=problems.user_message(exc) or exc
                ),
            )
            self.win.external.watch(self.win.ctx.engine)  # a failed restore may have reopened the data
            return
        self.win.external.watch(self.win.ctx.engine)  # the restore opened a new engine
        self.win.reload_workspaces()
        if self.win.ctx.workspace_id is not None:
            self.win.ctx.bus.changed(ChangeArea.ALL, self.win.ctx.workspace_id)
        self.win.statusBar().showMessage(
            QCoreApplication.translate("DataActions", "Restored. The previous data was saved as {name}.").format(
                name=safety.name
            ),
            10000,
        )

    def show_data_location(self) -> None:
        p = self.win.ctx.app.paths
        QMessageBox.information(
            self.win,
            QCoreApplication.translate("DataActions", "Where is my data?"),
            QCoreApplication.translate(
                "DataActions",
                "Database: {db}\nBackups: {backups}\nWindow state: {settings}\nError log: {log}\n\n"
                "Everything stays on this computer; MicroComm makes no network connections.",
            ).format(db=p.db_path, backups=p.backup_dir, settings=p.settings_file, log=log_file_of(p)),
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self.win,
            QCoreApplication.translate("DataActions", "About {app}").format(app=APP_NAME),
            QCoreApplication.translate(
                "DataActions",
                "<b>{app} Desktop {version}</b><p>Run a micro community as a measured system.</p>"
                "<p>Data file: {path}</p>",
            ).format(app=APP_NAME, version=__version__, path=self.win.ctx.app.paths.db_path),
        )

    def show_help(self) -> None:
        from microcomm_desktop.ui.dialogs.help import HelpDialog

        HelpDialog(self.win).exec()
