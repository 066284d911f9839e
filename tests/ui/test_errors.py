"""Unexpected errors become a log entry and one plain message, never a silent click or a dialog storm."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from microcomm_desktop.paths import resolve_paths
from microcomm_desktop.ui.errors import DIALOG_GAP_S, ErrorReporter, log_file_of, setup_logging


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _raise(exc: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise exc
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


@pytest.fixture
def logged(tmp_path: Path):  # type: ignore[no-untyped-def]
    paths = resolve_paths(tmp_path / "data").ensure()
    path = setup_logging(paths)
    yield path
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "baseFilename", None) == str(path):
            root.removeHandler(h)
            h.close()


def test_setup_logging_writes_warnings_to_a_private_file_only_when_needed(logged: Path, tmp_path: Path) -> None:
    assert logged == log_file_of(resolve_paths(tmp_path / "data"))
    assert not logged.exists()  # nothing said yet, no file
    logging.getLogger("microcomm_desktop.services.backups").warning("daily backup failed: disk full")
    assert "daily backup failed: disk full" in logged.read_text(encoding="utf-8")
    assert logged.parent.stat().st_mode & 0o077 == 0


def test_an_error_is_logged_with_its_traceback_and_told_once(logged: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    dialogs: list[str] = []
    statuses: list[str] = []
    clock = Clock()
    rep = ErrorReporter(logged, dialogs.append, statuses.append, clock)

    rep(*_raise(ZeroDivisionError("division by zero")))  # type: ignore[arg-type]
    assert len(dialogs) == 1
    assert "Something went wrong: ZeroDivisionError: division by zero" in dialogs[0]
    assert "Your data is safe" in dialogs[0] and str(logged) in dialogs[0]
    text = logged.read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError" in text
    assert "ZeroDivisionError" in capsys.readouterr().err  # also on the terminal

    clock.now += 60
    rep(*_raise(ZeroDivisionError("division by zero")))  # type: ignore[arg-type]  # the same again: no new dialog
    assert len(dialogs) == 1 and "again" in statuses[-1]

    rep(*_raise(KeyError("other")))  # type: ignore[arg-type]  # a new one after the gap: a dialog
    assert len(dialogs) == 2
    rep(*_raise(ValueError("third")))  # type: ignore[arg-type]  # but not within the gap
    assert len(dialogs) == 2 and "ValueError" in statuses[-1]
    clock.now += DIALOG_GAP_S + 1
    rep(*_raise(ValueError("fourth")))  # type: ignore[arg-type]
    assert len(dialogs) == 3


def test_reporting_never_raises_itself(logged: Path) -> None:
    def broken(_text: str) -> None:
        raise RuntimeError("the dialog failed too")

    rep = ErrorReporter(logged, broken, broken)
    rep(*_raise(ValueError("x")))  # type: ignore[arg-type]


@pytest.mark.qt_no_exception_capture
def test_a_failing_button_handler_reaches_the_reporter(qtbot, logged: Path) -> None:  # type: ignore[no-untyped-def]
    dialogs: list[str] = []
    rep = ErrorReporter(logged, dialogs.append, lambda _t: None)
    old = sys.excepthook
    sys.excepthook = rep
    try:
        button = QPushButton("Save")
        qtbot.addWidget(button)
        button.clicked.connect(lambda: {}["missing"])
        button.click()
    finally:
        sys.excepthook = old
    assert len(dialogs) == 1 and "KeyError" in dialogs[0]
