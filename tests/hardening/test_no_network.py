"""All data stays local: no Python-level socket connection during a full GUI session and CLI runs."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

_ACTIVE: list[bool] = [False]
_SEEN: list[tuple[str, Any]] = []


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if _ACTIVE[0] and event in ("socket.connect", "socket.getaddrinfo", "socket.sendto", "urllib.Request"):
        target = args[1] if event == "socket.connect" and len(args) > 1 else args
        # Local IPC through AF_UNIX sockets (e.g. a desktop bus) is not the network.
        if isinstance(target, str):
            return
        _SEEN.append((event, target))


sys.addaudithook(_hook)


@pytest.fixture
def watch_network():  # type: ignore[no-untyped-def]
    _SEEN.clear()
    _ACTIVE[0] = True
    yield _SEEN
    _ACTIVE[0] = False


def test_gui_session_opens_no_socket(qtbot, app_ctx, today: date, watch_network) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.context import UiContext, make_settings
    from microcomm_desktop.ui.events import EventBus
    from microcomm_desktop.ui.main_window import MainWindow

    win = MainWindow(UiContext(app=app_ctx, bus=EventBus(), settings=make_settings(app_ctx)), today=today)
    qtbot.addWidget(win)
    win.show()
    win.create_sample()
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        assert win.slots[i].page is not None
    win.backup_now()
    win.close()
    assert watch_network == []


def test_cli_runs_open_no_socket(tmp_path: Path, watch_network, capsys) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.__main__ import main

    d = str(tmp_path / "data")
    assert main(["workspace", "create", "Local", "--data-dir", d]) == 0
    assert main(["workspace", "list", "--data-dir", d]) == 0
    assert main(["backup", "--data-dir", d]) == 0
    capsys.readouterr()
    assert watch_network == []
