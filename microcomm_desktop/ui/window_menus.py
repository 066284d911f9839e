"""The window's menu bar: File, Edit, View and Help, each action named (tests and screenshots find them)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

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


def _language_menu(win: MainWindow, view: Any) -> None:
    """View › Language: the system's language or one of the shipped ones, each named in its own language (a
    reader who cannot read the current one still finds theirs). The checked entry is the saved choice."""
    from microcomm_desktop import i18n
    from microcomm_desktop.ui import i18n as ui_i18n

    menu = view.addMenu(QCoreApplication.translate("WindowMenus", "&Language"))
    menu.setObjectName("menuLanguage")
    group = QActionGroup(win)
    group.setExclusive(True)
    saved = ui_i18n.saved_choice(win.ctx.settings)
    if saved is None:
        saved = "" if ui_i18n.FOLLOW_SYSTEM_BY_DEFAULT else "en"
    choices = [("", QCoreApplication.translate("WindowMenus", "System language"))] + list(i18n.LANGUAGES.items())
    for code, name in choices:
        act = _action(
            win,
            menu,
            name,
            lambda _=False, c=code: win.data.set_language(c),
            None,
            f"actionLanguage_{code or 'system'}",
        )
        act.setCheckable(True)
        act.setChecked(code == saved)
        group.addAction(act)


def build_menus(win: MainWindow) -> tuple[QAction, QAction, QAction]:
    """Build the menu bar; returns the workspace actions whose enabled state follows the workspaces
    (rename, delete, undo delete)."""
    mb = win.menuBar()
    f = mb.addMenu(QCoreApplication.translate("WindowMenus", "&File"))
    _action(
        win,
        f,
        QCoreApplication.translate("WindowMenus", "&New workspace…"),
        win.new_workspace,
        QKeySequence.StandardKey.New,
        "actionNewWorkspace",
    )
    _action(
        win,
        f,
        QCoreApplication.translate("WindowMenus", "Workspace &settings…"),
        win.workspace_settings,
        "Ctrl+,",
        "actionWorkspaceSettings",
    )
    act_rename = _action(
        win,
        f,
        QCoreApplication.translate("WindowMenus", "Re&name workspace…"),
        lambda: win.rename_workspace(),
        None,
        "actionRenameWorkspace",
    )
    act_delete = _action(
        win,
        f,
        QCoreApplication.translate("WindowMenus", "&Delete workspace…"),
        lambda: win.delete_workspace(),
        None,
        "actionDeleteWorkspace",
    )
    act_undo_delete = _action(
        win,
        f,
        QCoreApplication.translate("WindowMenus", "U&ndo delete"),
        lambda: win.undo_delete_workspace(),
        None,
        "actionUndoDeleteWorkspace",
    )
    f.addSeparator()
    _action(
        win,
        f,
        QCoreApplication.translate("WindowMenus", "&Import posts…"),
        lambda: win.call_tab("Posts", "import_posts"),
        "Ctrl+I",
        "actionImportPosts",
    )
    _action(
        win,
        f,
        QCoreApplication.translate("WindowMenus", "Import &interactions…"),
        lambda: win.call_tab("Posts", "import_interactions"),
        None,
        "actionImportInteractions",
    )
    _action(
        win,
        f,
        QCoreApplication.translate("WindowMenus", "Import &engagers…"),
        lambda: win.call_tab("Posts", "import_engagers"),
        None,
        "actionImportEngagers",
    )
    _action(
        win,
        f,
        QCoreApplication.translate("WindowMenus", "Import &chat export…"),
        lambda: win.call_tab("Posts", "import_chat"),
        None,
        "actionImportChat",
    )
    _action(
        win,
        f,
        QCoreApplication.translate("WindowMenus", "&Export current table to CSV…"),
        win.data.export_current,
        "Ctrl+E",
        "actionExportCsv",
    )
    every = f.addMenu(QCoreApplication.translate("WindowMenus", "Export &all data to CSV"))
    every_text = {
        "posts": QCoreApplication.translate("WindowMenus", "All posts…"),
        "interactions": QCoreApplication.translate("WindowMenus", "All interactions…"),
        "engagers": QCoreApplication.translate("WindowMenus", "All engagers…"),
    }
    for what, text in every_text.items():
        _action(win, every, text, lambda _=False, w=what: win.data.export_all(w), None, f"actionExportAll_{what}")
    f.addSeparator()
    _action(
        win,
        f,
        QCoreApplication.translate("WindowMenus", "Connect to &team server…"),
        win.data.connect_team_server,
        None,
        "actionConnectTeamServer",
    )
    _action(
        win,
        f,
        QCoreApplication.translate("WindowMenus", "E&xport workspace to file…"),
        win.data.export_workspace_file,
        None,
        "actionExportWorkspaceFile",
    )
    _action(
        win,
        f,
        QCoreApplication.translate("WindowMenus", "Im&port workspace file…"),
        win.data.import_workspace_file,
        None,
        "actionImportWorkspaceFile",
    )
    f.addSeparator()
    _action(
        win,
        f,
        QCoreApplication.translate("WindowMenus", "&Open data folder"),
        win.data.open_data_folder,
        None,
        "actionOpenDataFolder",
    )
    _action(
        win,
        f,
        QCoreApplication.translate("WindowMenus", "&Back up now"),
        win.data.backup_now,
        "Ctrl+Shift+B",
        "actionBackupNow",
    )
    _action(
        win,
        f,
        QCoreApplication.translate("WindowMenus", "&Restore from backup…"),
        win.data.restore_backup,
        None,
        "actionRestoreBackup",
    )
    f.addSeparator()
    _action(
        win,
        f,
        QCoreApplication.translate("WindowMenus", "&Quit"),
        win.close,
        QKeySequence.StandardKey.Quit,
        "actionQuit",
    )

    e = mb.addMenu(QCoreApplication.translate("WindowMenus", "&Edit"))
    undo = win.ctx.undo_group.createUndoAction(win, QCoreApplication.translate("WindowMenus", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = win.ctx.undo_group.createRedoAction(win, QCoreApplication.translate("WindowMenus", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
    e.addAction(undo)
    e.addAction(redo)
    e.addSeparator()
    _action(
        win,
        e,
        QCoreApplication.translate("WindowMenus", "&Tag selected posts…"),
        lambda: win.call_tab("Posts", "tag_selected"),
        None,
        "actionTagPosts",
    )

    v = mb.addMenu(QCoreApplication.translate("WindowMenus", "&View"))
    for i, (title, _m) in enumerate(TAB_SPECS):  # titles translated in the "MainWindow" context (TAB_TITLES)
        _action(
            win,
            v,
            QCoreApplication.translate("MainWindow", title),
            lambda _=False, i=i: win.tabs.setCurrentIndex(i),
            f"Ctrl+{i + 1}" if i < 9 else None,
        )
    v.addSeparator()
    _action(
        win,
        v,
        QCoreApplication.translate("WindowMenus", "Switch &workspace"),
        lambda: win.ws_combo.showPopup(),
        "Ctrl+K",
    )
    refresh = _action(
        win,
        v,
        QCoreApplication.translate("WindowMenus", "&Refresh"),
        lambda: win.refresh_from_disk(manual=True),
        None,
        "actionRefresh",
    )
    # F5 everywhere, plus the platform's own Refresh key (Cmd+R on macOS) when it differs
    keys = [QKeySequence("F5")]
    keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh) if k not in keys]
    refresh.setShortcuts(keys)
    theme = v.addMenu(QCoreApplication.translate("WindowMenus", "&Theme"))
    themes = (
        (QCoreApplication.translate("WindowMenus", "Follow system"), "system"),
        (QCoreApplication.translate("WindowMenus", "Light"), "light"),
        (QCoreApplication.translate("WindowMenus", "Dark"), "dark"),
    )
    for label, key in themes:
        _action(win, theme, label, lambda _=False, key=key: win.data.set_theme(key))
    _language_menu(win, v)

    h = mb.addMenu(QCoreApplication.translate("WindowMenus", "&Help"))
    _action(
        win,
        h,
        QCoreApplication.translate("WindowMenus", "&Definitions and help"),
        win.data.show_help,
        QKeySequence.StandardKey.HelpContents,
    )
    _action(win, h, QCoreApplication.translate("WindowMenus", "&Where is my data?"), win.data.show_data_location)
    _action(win, h, QCoreApplication.translate("WindowMenus", "&About {app}").format(app=APP_NAME), win.data.show_about)

    return act_rename, act_delete, act_undo_delete
