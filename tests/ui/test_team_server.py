"""File › Connect to team server…: errors next to the fields, the password in the keyring (never the INI file),
the status bar naming the open database, and the main window working on a PostgreSQL team database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt

from microcomm_desktop.services import team_server
from microcomm_desktop.services.context import AppContext, open_context
from microcomm_desktop.ui.context import UiContext, make_settings
from microcomm_desktop.ui.dialogs.team_server import TeamServerDialog
from microcomm_desktop.ui.events import EventBus
from microcomm_desktop.ui.main_window import MainWindow


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring  # type: ignore[misc]
    keyring.set_keyring(previous)


def test_empty_fields_get_a_sentence_each(qtbot, app_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    settings = make_settings(app_ctx)
    dlg = TeamServerDialog(settings, app_ctx.database_label)
    qtbot.addWidget(dlg)
    dlg.port.setText("99999")
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    for key in ("host", "port", "database", "user"):
        assert dlg.errors[key].isVisibleTo(dlg) and dlg.errors[key].text(), key
    assert "65535" in dlg.errors["port"].text()
    assert settings.value(team_server.SETTING_URL) is None


def test_connect_keeps_the_password_out_of_the_ini(  # type: ignore[no-untyped-def]
    qtbot, app_ctx: AppContext, pg_database: str, memory_keyring: MemoryKeyring, tmp_path: Path, today: date
) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(pg_database)
    settings = make_settings(app_ctx)
    dlg = TeamServerDialog(settings, app_ctx.database_label)
    qtbot.addWidget(dlg)
    dlg.host.setText(str(url.query["host"]))
    dlg.port.setText(str(url.query["port"]))
    dlg.database.setText(str(url.database))
    dlg.user.setText(str(url.username))
    dlg.password.setText("s3cret-word")
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    assert "Connected to PostgreSQL" in dlg.status.text() and "holds MicroComm data" in dlg.status.text()
    with qtbot.waitSignal(dlg.accepted):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    saved = str(settings.value(team_server.SETTING_URL))
    assert saved and "s3cret-word" not in saved
    ini = Path(settings.fileName()).read_text(encoding="utf-8")
    assert "s3cret-word" not in ini and str(url.database) in ini
    assert list(memory_keyring.store.values()) == ["s3cret-word"]
    # The next start opens the saved server with the keyring's password.
    assert "s3cret-word" in (team_server.chosen_url(None, saved) or "")
    # The window on the team database names it in the status bar.
    ctx = open_context(tmp_path / "member", database_url=pg_database)
    try:
        ui = UiContext(app=ctx, bus=EventBus(), settings=make_settings(ctx))
        win = MainWindow(ui, today=today)
        qtbot.addWidget(win)
        assert win.file_label.text().startswith("PostgreSQL ") and str(url.database) in win.file_label.text()
        win.create_sample()
        assert win.stack.currentWidget() is win.tabs
        win.close()
    finally:
        ctx.dispose()


def test_status_bar_names_the_local_file(qtbot, app_ctx: AppContext, today: date) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(UiContext(app=app_ctx, bus=EventBus(), settings=make_settings(app_ctx)), today=today)
    qtbot.addWidget(win)
    assert win.file_label.text() == f"SQLite file {app_ctx.paths.db_path}"


def test_window_refreshes_when_another_member_commits(qtbot, pg_database: str, tmp_path: Path, today: date) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.workspaces import create_workspace
    from microcomm_desktop.store.db import make_engine

    ctx = open_context(tmp_path / "alex", database_url=pg_database)
    sam = make_engine(pg_database)  # another member's app: its own connections to the same database
    try:
        win = MainWindow(UiContext(app=ctx, bus=EventBus(), settings=make_settings(ctx)), today=today)
        qtbot.addWidget(win)
        create_workspace(ctx.engine, "Ours")  # this window's own write, announced: not news
        win.external.own_change()
        assert win.external.check() is False
        refreshed: list[bool] = []
        win.external.changed_elsewhere.connect(lambda: refreshed.append(True))
        create_workspace(sam, "From Sam")
        qtbot.waitUntil(lambda: win.external.check() or bool(refreshed), timeout=5000)
        items = [win.ws_combo.itemText(i) for i in range(win.ws_combo.count())]
        assert "From Sam" in items
        win.close()
    finally:
        sam.dispose()
        ctx.dispose()
