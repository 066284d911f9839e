"""Workspaces in the window (issue 18 item 6): start a community with a time zone (the dialog stays open on a
bad name), rename, delete with backup and undo, remove the sample community."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from microcomm_desktop.services import workspaces as W
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.ui.context import UiContext, make_settings
from microcomm_desktop.ui.events import EventBus
from microcomm_desktop.ui.main_window import MainWindow


def _window(qtbot, app_ctx: AppContext, today: date) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(UiContext(app=app_ctx, bus=EventBus(), settings=make_settings(app_ctx)), today=today)
    qtbot.addWidget(win)
    return win


def test_start_a_community_asks_for_the_time_zone_and_stays_open_on_a_bad_name(  # type: ignore[no-untyped-def]
    qtbot, app_ctx: AppContext, today: date
) -> None:
    W.create_workspace(app_ctx.engine, "Taken")
    win = _window(qtbot, app_ctx, today)
    dlg = win.new_workspace_dialog()
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.tz.currentText() == W.local_timezone_name()  # the system's zone by default
    dlg.name.setText("   ")
    dlg.accept()
    assert dlg.isVisible() and "needs a name" in dlg.error.text()
    dlg.name.setText("Taken")
    dlg.accept()
    assert dlg.isVisible() and "already exists" in dlg.error.text()
    dlg.name.setText("Trail Crew")
    dlg.tz.setCurrentText("Mars/Base")
    dlg.accept()
    assert dlg.isVisible() and "Unknown time zone" in dlg.error.text()
    dlg.tz.setCurrentText("America/Denver")
    qtbot.keyClick(dlg.name, Qt.Key.Key_Return)
    assert not dlg.isVisible()
    ws = W.get_workspace(app_ctx.engine, "Trail Crew")
    assert ws.timezone == "America/Denver"
    assert win.ctx.workspace_id == ws.id


def test_rename_delete_and_undo_from_the_window(qtbot, app_ctx: AppContext, sample_workspace, today: date) -> None:  # type: ignore[no-untyped-def]
    other = W.create_workspace(app_ctx.engine, "Other")
    win = _window(qtbot, app_ctx, today)
    win.ws_combo.setCurrentIndex(win.ws_combo.findData(sample_workspace.id))
    assert win.rename_workspace("My run club")
    assert win.ws_combo.currentText() == "My run club" and "My run club" in win.windowTitle()
    assert not win.rename_workspace("Other")  # taken: a sentence in the status bar, nothing changed
    assert "already exists" in win.statusBar().currentMessage()

    assert not win.act_undo_delete.isEnabled()
    assert win.delete_workspace(confirm=False)
    assert [w.name for w in W.list_workspaces(app_ctx.engine)] == ["Other"]
    assert win.ctx.workspace_id == other.id
    assert win.act_undo_delete.isEnabled() and "My run club" in win.act_undo_delete.text()
    assert "Undo" in win.statusBar().currentMessage()
    assert any("before-delete" in p.name for p in app_ctx.paths.backup_dir.iterdir())

    win.act_undo_delete.trigger()
    assert {w.name for w in W.list_workspaces(app_ctx.engine)} == {"Other", "My run club"}
    assert win.ctx.workspace_id == sample_workspace.id
    assert not win.act_undo_delete.isEnabled()


def test_the_sample_opened_from_welcome_can_be_removed(qtbot, app_ctx: AppContext, today: date) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, app_ctx, today)
    win.show()
    qtbot.mouseClick(win.welcome.findChild(QPushButton, "sampleButton"), Qt.MouseButton.LeftButton)
    assert win.remove_sample_action.isVisible()
    assert win.delete_workspace(confirm=False)
    assert W.list_workspaces(app_ctx.engine) == []
    assert win.stack.currentWidget() is win.welcome  # back to the start
    assert win.undo_delete_workspace()
    assert win.stack.currentWidget() is win.tabs
