"""Changes committed by another process (a CLI import while the window is open) show up in the window."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from microcomm_desktop.services import posts as post_service
from microcomm_desktop.services.context import AppContext, open_context
from microcomm_desktop.services.workspaces import create_workspace
from microcomm_desktop.store.db import make_engine, sqlite_url
from microcomm_desktop.ui.context import UiContext, make_settings
from microcomm_desktop.ui.events import EXTERNAL, EventBus
from microcomm_desktop.ui.external_changes import ExternalChangeWatcher
from microcomm_desktop.ui.main_window import MainWindow
from microcomm_desktop.ui.tabs.posts.page import PostsTab


def _window(qtbot, app_ctx: AppContext, today: date) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(UiContext(app=app_ctx, bus=EventBus(), settings=make_settings(app_ctx)), today=today)
    qtbot.addWidget(win)
    return win


def _other_process_engine(app_ctx: AppContext):  # type: ignore[no-untyped-def]
    """A second engine on the same file: its connections are what a `microcomm import` process would use."""
    return make_engine(sqlite_url(app_ctx.paths.db_path))


def test_watcher_sees_other_connections_commits_but_not_announced_own_ones(qapp, app_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    watcher = ExternalChangeWatcher(app_ctx.paths.db_path)
    seen: list[bool] = []
    watcher.changed_elsewhere.connect(lambda: seen.append(True))
    assert watcher.check() is False

    create_workspace(app_ctx.engine, "Ours")  # this window writes…
    watcher.own_change("workspace", 1)  # …and announces it on the bus
    assert watcher.check() is False

    con = sqlite3.connect(app_ctx.paths.db_path)  # another process commits
    con.execute("UPDATE workspace SET timezone = 'Europe/Paris'")
    con.commit()
    con.close()
    assert watcher.check() is True
    assert seen == [True]
    assert watcher.check() is False  # reported once
    watcher.close()


def test_posts_written_elsewhere_appear_in_the_open_window(  # type: ignore[no-untyped-def]
    qtbot, app_ctx: AppContext, sample_workspace, today: date
) -> None:
    win = _window(qtbot, app_ctx, today)
    win.show()
    page = win.tab_page("Posts")
    assert isinstance(page, PostsTab)
    before = page.model.rowCount()

    other = _other_process_engine(app_ctx)
    post_service.create_post(
        other,
        sample_workspace.id,
        post_service.check_post_form(
            {"when": "2026-11-24 18:00", "label": "community", "reach": "900", "title": "From the CLI"}
        ).values,
    )
    other.dispose()
    assert page.model.rowCount() == before  # not yet: nobody told the window

    assert win.external.check() is True
    assert page.model.rowCount() == before + 1
    assert "outside this window" in win.statusBar().currentMessage()


def test_a_workspace_created_elsewhere_joins_the_switcher_and_f5_reloads(  # type: ignore[no-untyped-def]
    qtbot, app_ctx: AppContext, workspace, today: date
) -> None:
    win = _window(qtbot, app_ctx, today)
    assert win.ws_combo.count() == 1
    other = _other_process_engine(app_ctx)
    create_workspace(other, "Made by a script")
    other.dispose()
    assert win.external.check() is True
    assert [win.ws_combo.itemText(i) for i in range(win.ws_combo.count())] == ["Made by a script", "Test community"]
    assert win.ctx.workspace_id == workspace.id  # still on the workspace the user was in

    areas: list[str] = []
    win.ctx.bus.data_changed.connect(lambda area, _ws: areas.append(area))
    refresh = win.findChild(type(win.menuBar().actions()[0]), "actionRefresh")
    assert refresh is not None and refresh.shortcut().toString() == "F5"
    refresh.trigger()
    assert areas == [EXTERNAL]
    assert win.statusBar().currentMessage() == "Reloaded from the data file."


def test_the_window_closing_closes_the_watcher(qtbot, tmp_path: Path, today: date) -> None:  # type: ignore[no-untyped-def]
    ctx = open_context(tmp_path / "d")
    win = _window(qtbot, ctx, today)
    win.close()
    assert win.external.check() is False  # closed: no connection, no errors
    ctx.dispose()


def test_the_window_notices_on_its_own_while_active(qtbot, app_ctx: AppContext, workspace, today: date) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, app_ctx, today)
    win.show()
    win.external._on_state(Qt.ApplicationState.ApplicationActive)  # as when the user switches back to the window
    win.external._timer.setInterval(50)  # the real poll is every few seconds
    other = _other_process_engine(app_ctx)
    create_workspace(other, "Cron import")
    other.dispose()
    qtbot.waitUntil(lambda: win.ws_combo.count() == 2, timeout=3000)
    win.external._on_state(Qt.ApplicationState.ApplicationInactive)
    assert not win.external._timer.isActive()  # no polling while the user is elsewhere


def test_an_outside_commit_just_before_an_own_write_is_not_swallowed(qtbot, app_ctx: AppContext, workspace) -> None:  # type: ignore[no-untyped-def]
    watcher = ExternalChangeWatcher(app_ctx.paths.db_path)
    watcher.watch(app_ctx.engine)
    seen: list[bool] = []
    watcher.changed_elsewhere.connect(lambda: seen.append(True))
    other = _other_process_engine(app_ctx)
    create_workspace(other, "Imported by cron")  # outside commit…
    other.dispose()
    create_workspace(app_ctx.engine, "Typed in the window")  # …then the window writes before the next poll
    watcher.own_change("workspace", workspace.id)  # and announces its own write
    qtbot.waitUntil(lambda: seen == [True], timeout=2000)
    assert watcher.check() is False  # and it is not reported twice
    watcher.close()


def test_an_outside_change_does_not_reset_the_open_tabs(  # type: ignore[no-untyped-def]
    qtbot, app_ctx: AppContext, workspace, today: date, monkeypatch
) -> None:
    """A new workspace from a script only rebuilds the switcher: the tabs are not re-initialised (which would
    clear their undo history and could drop an open form); they reload through the EXTERNAL area instead."""
    win = _window(qtbot, app_ctx, today)
    page = win.tab_page("Promise")
    assert page is not None
    resets: list[object] = []
    monkeypatch.setattr(page, "set_workspace", lambda ws_id: resets.append(ws_id))
    areas: list[str] = []
    win.ctx.bus.data_changed.connect(lambda area, _ws: areas.append(area))
    other = _other_process_engine(app_ctx)
    create_workspace(other, "Another client")
    other.dispose()
    assert win.external.check() is True
    assert resets == []
    assert areas == [EXTERNAL]
    assert win.ctx.workspace_id == workspace.id
    assert win.ws_combo.count() == 2


def test_a_deleted_current_workspace_switches_to_another(qtbot, app_ctx: AppContext, today: date) -> None:  # type: ignore[no-untyped-def]
    keep = create_workspace(app_ctx.engine, "Keep")
    gone = create_workspace(app_ctx.engine, "Gone")
    win = _window(qtbot, app_ctx, today)
    win.ws_combo.setCurrentIndex(win.ws_combo.findData(gone.id))
    assert win.ctx.workspace_id == gone.id
    con = sqlite3.connect(app_ctx.paths.db_path)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("DELETE FROM workspace WHERE id = ?", (gone.id,))
    con.commit()
    con.close()
    assert win.external.check() is True
    assert win.ctx.workspace_id == keep.id


def test_own_unannounced_writes_are_not_outside_changes(qapp, app_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """Issue 18 item 5: the window's own commits — announced or not, from the GUI thread or a worker — never
    make "changed outside this window" appear; another connection's commit after them still does."""
    import threading

    from microcomm_desktop.services.settings import set_setting

    watcher = ExternalChangeWatcher(app_ctx.paths.db_path)
    watcher.watch(app_ctx.engine)
    seen: list[bool] = []
    watcher.changed_elsewhere.connect(lambda: seen.append(True))

    ws = create_workspace(app_ctx.engine, "Ours")  # nobody announces this one on the bus
    assert watcher.check() is False
    set_setting(app_ctx.engine, "backup.keep", 9)  # a settings write, also unannounced
    assert watcher.check() is False
    worker = threading.Thread(target=lambda: create_workspace(app_ctx.engine, "From a worker"))
    worker.start()
    worker.join()
    assert watcher.check() is False
    assert seen == []

    con = sqlite3.connect(app_ctx.paths.db_path)  # now another process commits
    con.execute("UPDATE workspace SET timezone = 'Europe/Paris' WHERE id = ?", (ws.id,))
    con.commit()
    con.close()
    assert watcher.check() is True
    assert seen == [True]
    watcher.close()


def test_saving_in_the_window_shows_no_outside_change_message(  # type: ignore[no-untyped-def]
    qtbot, app_ctx: AppContext, sample_workspace, today: date
) -> None:
    win = _window(qtbot, app_ctx, today)
    win.show()
    page = win.tab_page("Posts")
    assert isinstance(page, PostsTab)
    page.add_post_values(
        post_service.check_post_form({"when": "2026-11-24 18:00", "label": "community", "reach": "900"}).values
    )
    win.snapshot_drafts()
    win.ctx.settings.setValue("ui/theme", "light")
    assert win.external.check() is False
    assert "outside this window" not in win.statusBar().currentMessage()
