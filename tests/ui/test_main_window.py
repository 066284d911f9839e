"""Main window: welcome page, sample workspace, workspace switcher, lazy tabs, remembered state."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.workspaces import create_workspace, list_workspaces
from microcomm_desktop.ui.context import UiContext, make_settings
from microcomm_desktop.ui.events import EventBus
from microcomm_desktop.ui.main_window import MainWindow
from microcomm_desktop.ui.tabs import TAB_SPECS


def _window(qtbot, app_ctx: AppContext, today: date) -> MainWindow:  # type: ignore[no-untyped-def]
    ui = UiContext(app=app_ctx, bus=EventBus(), settings=make_settings(app_ctx))
    win = MainWindow(ui, today=today)
    qtbot.addWidget(win)
    return win


def test_first_launch_shows_welcome(qtbot, app_ctx: AppContext, today: date) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, app_ctx, today)
    assert win.stack.currentWidget() is win.welcome
    assert not win.toolbar.isVisibleTo(win)


def test_explore_sample_opens_all_tabs(qtbot, app_ctx: AppContext, today: date) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, app_ctx, today)
    win.show()
    button = win.welcome.findChild(QPushButton, "sampleButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert win.stack.currentWidget() is win.tabs
    assert [win.tabs.tabText(i) for i in range(win.tabs.count())] == [t for t, _ in TAB_SPECS]
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        assert win.slots[i].page is not None, TAB_SPECS[i][0]
        assert not win.grab().isNull()
    assert "Sample" in win.windowTitle()
    # Creating the sample twice does not duplicate it.
    win.create_sample()
    assert len(list_workspaces(app_ctx.engine)) == 1


def test_workspace_switch_updates_context_and_status(qtbot, app_ctx: AppContext, today: date) -> None:  # type: ignore[no-untyped-def]
    a = create_workspace(app_ctx.engine, "Alpha")
    b = create_workspace(app_ctx.engine, "Beta")
    win = _window(qtbot, app_ctx, today)
    seen: list[int] = []
    win.ctx.bus.workspace_changed.connect(seen.append)
    idx = win.ws_combo.findData(b.id)
    win.ws_combo.setCurrentIndex(idx)
    assert win.ctx.workspace_id == b.id
    assert "Beta" in win.ws_label.text()
    assert seen[-1] == b.id
    win.ws_combo.setCurrentIndex(win.ws_combo.findData(a.id))
    assert win.ctx.workspace_id == a.id


def test_geometry_last_tab_and_workspace_remembered(qtbot, app_ctx: AppContext, today: date) -> None:  # type: ignore[no-untyped-def]
    create_workspace(app_ctx.engine, "Alpha")
    b = create_workspace(app_ctx.engine, "Beta")
    win = _window(qtbot, app_ctx, today)
    win.show()
    # Height only: the tabs' minimum width and the small offscreen screen both constrain the width.
    win.resize(win.width(), 555)
    saved = (win.width(), win.height())
    win.tabs.setCurrentIndex(2)
    win.ws_combo.setCurrentIndex(win.ws_combo.findData(b.id))
    win.close()
    again = _window(qtbot, app_ctx, today)
    assert again.tabs.currentIndex() == 2
    assert again.ctx.workspace_id == b.id
    assert again.height() == saved[1] == 555


def test_menus_have_the_promised_actions(qtbot, app_ctx: AppContext, today: date) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, app_ctx, today)
    texts = [a.text().replace("&", "") for m in win.menuBar().actions() for a in m.menu().actions()]
    for wanted in ("New workspace…", "Open data folder", "Back up now", "Quit", "Undo", "Redo"):
        assert any(t.startswith(wanted) for t in texts), wanted
    assert any(t.startswith("About") for t in texts)


def test_back_up_now_writes_a_copy(qtbot, app_ctx: AppContext, today: date) -> None:  # type: ignore[no-untyped-def]
    create_workspace(app_ctx.engine, "Alpha")
    win = _window(qtbot, app_ctx, today)
    win.backup_now()
    copies = list(app_ctx.paths.backup_dir.glob("*-manual.sqlite3"))
    assert len(copies) == 1
