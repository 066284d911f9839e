"""Importing into the Posts tab: the Import menu, the file picker, the wizard and what follows an import.

A plain helper the tab owns (no widget): dialogs are parented to the tab.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from microcomm_desktop.domain.imports import CsvFileError, SwallowedRowsError
from microcomm_desktop.services import importing
from microcomm_desktop.ui.events import ChangeArea

if TYPE_CHECKING:
    from microcomm_desktop.ui.tabs.posts.page import PostsTab


def _title(kind: str) -> str:
    """The picker's and message boxes' title for an import of ``kind`` (a key: posts, interactions, engagers)."""
    if kind == "interactions":
        return QCoreApplication.translate("PostImports", "Import interactions")
    if kind == "engagers":
        return QCoreApplication.translate("PostImports", "Import engagers")
    return QCoreApplication.translate("PostImports", "Import posts")


class PostImports:
    def __init__(self, tab: PostsTab) -> None:
        self.tab = tab

    def import_posts(self) -> None:
        self._pick_and_import("posts")

    def import_interactions(self) -> None:
        self._pick_and_import("interactions")

    def import_engagers(self) -> None:
        self._pick_and_import("engagers")

    def import_chat(self, path: Path | None = None, exec_dialog: bool = True) -> Any:
        """Discord, Telegram, WhatsApp or Slack export (ui.dialogs.chat_import)."""
        from microcomm_desktop.ui.dialogs.chat_import import ChatImportDialog

        if self.tab.workspace_id is None:
            return None
        dlg = ChatImportDialog(self.tab.ctx.engine, self.tab.workspace_id, path, self.tab)
        dlg.imported.connect(lambda _r: self._after_import("interactions"))
        if exec_dialog:
            dlg.exec()
        return dlg

    def _pick_and_import(self, kind: str) -> None:
        if self.tab.workspace_id is None:
            return
        start = str(self.tab.ctx.settings.value("posts/last_import_dir", str(Path.home())))
        path_str, _ = QFileDialog.getOpenFileName(
            self.tab,
            _title(kind),
            start,
            QCoreApplication.translate("PostImports", "CSV exports (*.csv *.txt *.tsv *.zip);;All files (*)"),
        )
        if path_str:
            self.tab.ctx.settings.setValue("posts/last_import_dir", str(Path(path_str).parent))
            self.open_import(Path(path_str), kind)

    def open_import(self, path: Path, kind: str = "posts", exec_dialog: bool = True) -> Any:
        """Open the wizard on a file (menu, drop, tests). Unreadable files get a message, never a traceback."""
        from microcomm_desktop.ui.dialogs.import_wizard import ImportDialog

        if self.tab.workspace_id is None:
            return None
        try:
            try:
                table = importing.load_table(path)
            except SwallowedRowsError as exc:
                # 17.1: never import merged rows silently; the user decides, and the default is No.
                answer = QMessageBox.question(
                    self.tab,
                    _title(kind),
                    QCoreApplication.translate(
                        "PostImports", "{problem}\n\nImport the file anyway, keeping that field as it is?"
                    ).format(problem=exc),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return None
                table = importing.load_table(path, allow_swallowed=True)
            dlg = ImportDialog(self.tab.ctx.engine, self.tab.workspace_id, path, table, kind, self.tab.today, self.tab)
        except CsvFileError as exc:  # not a table, or a file refused as a whole (YouTube Chart data)
            QMessageBox.warning(self.tab, _title(kind), str(exc))
            return None
        dlg.imported.connect(lambda _r: self._after_import(kind))
        if exec_dialog:
            dlg.exec()
        return dlg

    def _after_import(self, kind: str) -> None:
        self.tab.undo_stack.clear()  # an import is not undoable step by step; the stack must not refer to stale rows
        self.tab.reload()
        if kind == "posts":
            self.tab._announce(ChangeArea.POSTS, ChangeArea.INTERACTIONS)
        elif kind == "engagers":
            self.tab.engagers.reload()
            self.tab._announce(ChangeArea.ENGAGERS)
        else:
            self.tab._announce(ChangeArea.INTERACTIONS)
