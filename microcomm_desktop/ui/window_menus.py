"""The window's menu bar: File, Edit, View and Help, each action named (tests and screenshots find them)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence

from microcomm_desktop import APP_NAME
from microcomm_desktop.ui.tabs import TAB_SPECS

if TYPE_CHECKING:
    from microcomm_desktop.ui.main_window import MainWindow


def _action(win: MainWindow, menu: Any, text: str, slot: Any, shortcut: Any = None, name: str | None = None) -> QAction:
    act = QAction(text, win)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    act.triggered.connect(slot)
    if name:
        act.setObjectName(name)
    menu.addAction(act)
    return act


def build_menus(win: MainWindow) -> tuple[QAction, QAction, QAction]:
    """Build the menu bar; returns the workspace actions whose enabled state follows the workspaces
    (rename, delete, undo delete)."""
    mb = win.menuBar()
    f = mb.addMenu("&File")
    _action(win, f, "&New workspace…", win.new_workspace, QKeySequence.StandardKey.New, "actionNewWorkspace")
    _action(win, f, "Workspace &settings…", win.workspace_settings, "Ctrl+,", "actionWorkspaceSettings")
    act_rename = _action(win, f, "Re&name workspace…", lambda: win.rename_workspace(), None, "actionRenameWorkspace")
    act_delete = _action(win, f, "&Delete workspace…", lambda: win.delete_workspace(), None, "actionDeleteWorkspace")
    act_undo_delete = _action(
        win, f, "U&ndo delete", lambda: win.undo_delete_workspace(), None, "actionUndoDeleteWorkspace"
    )
    f.addSeparator()
    _action(win, f, "&Import posts…", lambda: win.call_tab("Posts", "import_posts"), "Ctrl+I", "actionImportPosts")
    _action(
        win,
        f,
        "Import &interactions…",
        lambda: win.call_tab("Posts", "import_interactions"),
        None,
        "actionImportInteractions",
    )
    _action(win, f, "Import &engagers…", lambda: win.call_tab("Posts", "import_engagers"), None, "actionImportEngagers")
    _action(win, f, "Import &chat export…", lambda: win.call_tab("Posts", "import_chat"), None, "actionImportChat")
    _action(win, f, "&Export current table to CSV…", win.data.export_current, "Ctrl+E", "actionExportCsv")
    every = f.addMenu("Export &all data to CSV")
    for what in ("posts", "interactions", "engagers"):
        _action(
            win, every, f"All {what}…", lambda _=False, w=what: win.data.export_all(w), None, f"actionExportAll_{what}"
        )
    f.addSeparator()
    _action(win, f, "Connect to &team server…", win.data.connect_team_server, None, "actionConnectTeamServer")
    _action(win, f, "E&xport workspace to file…", win.data.export_workspace_file, None, "actionExportWorkspaceFile")
    _action(win, f, "Im&port workspace file…", win.data.import_workspace_file, None, "actionImportWorkspaceFile")
    f.addSeparator()
    _action(win, f, "&Open data folder", win.data.open_data_folder, None, "actionOpenDataFolder")
    _action(win, f, "&Back up now", win.data.backup_now, "Ctrl+Shift+B", "actionBackupNow")
    _action(win, f, "&Restore from backup…", win.data.restore_backup, None, "actionRestoreBackup")
    f.addSeparator()
    _action(win, f, "&Quit", win.close, QKeySequence.StandardKey.Quit, "actionQuit")

    e = mb.addMenu("&Edit")
    undo = win.ctx.undo_group.createUndoAction(win, "&Undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = win.ctx.undo_group.createRedoAction(win, "&Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
    e.addAction(undo)
    e.addAction(redo)
    e.addSeparator()
    _action(win, e, "&Tag selected posts…", lambda: win.call_tab("Posts", "tag_selected"), None, "actionTagPosts")

    v = mb.addMenu("&View")
    for i, (title, _m) in enumerate(TAB_SPECS):
        _action(win, v, title, lambda _=False, i=i: win.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}" if i < 9 else None)
    v.addSeparator()
    _action(win, v, "Switch &workspace", lambda: win.ws_combo.showPopup(), "Ctrl+K")
    refresh = _action(win, v, "&Refresh", lambda: win.refresh_from_disk(manual=True), None, "actionRefresh")
    # F5 everywhere, plus the platform's own Refresh key (Cmd+R on macOS) when it differs
    keys = [QKeySequence("F5")]
    keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh) if k not in keys]
    refresh.setShortcuts(keys)
    theme = v.addMenu("&Theme")
    for label, key in (("Follow system", "system"), ("Light", "light"), ("Dark", "dark")):
        _action(win, theme, label, lambda _=False, key=key: win.data.set_theme(key))

    h = mb.addMenu("&Help")
    _action(win, h, "&Definitions and help", win.data.show_help, QKeySequence.StandardKey.HelpContents)
    _action(win, h, "&Where is my data?", win.data.show_data_location)
    _action(win, h, f"&About {APP_NAME}", win.data.show_about)

    return act_rename, act_delete, act_undo_delete
