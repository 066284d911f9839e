"""Issue 17.9 ("raw driver texts reach the user") and 17.6: storage problems become one sentence in the CLI and
the window — never an SQL dump, a driver class name or a traceback."""

from __future__ import annotations

import errno
import sqlite3
from argparse import Namespace
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from microcomm_desktop.services.problems import user_message
from microcomm_desktop.store.db import ValueOutOfRange

SQL = "INSERT INTO post (id, workspace_id) VALUES (?, ?)"


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (OperationalError(SQL, (1, 1), sqlite3.OperationalError("database is locked")), "writing to this data"),
        (OperationalError(SQL, (1, 1), sqlite3.OperationalError("database or disk is full")), "The disk is full ("),
        (OSError(errno.ENOSPC, "No space left on device"), "The disk is full ("),
        (OperationalError(SQL, (), sqlite3.OperationalError("attempt to write a readonly database")), "read-only"),
        (OperationalError(SQL, (), sqlite3.DatabaseError("database disk image is malformed")), "damaged"),
        (IntegrityError(SQL, (1, 1), sqlite3.IntegrityError("UNIQUE constraint failed: post.id")), "another window"),
        (ValueOutOfRange("Not saved: Reach is too large: the allowed range is 0 to 999,999,999,999."), "allowed range"),
    ],
)
def test_storage_problems_are_one_sentence(exc: BaseException, words: str, tmp_path: Path) -> None:
    text = user_message(exc, tmp_path)
    assert text is not None and words in text
    assert "SQL" not in text and "INSERT" not in text and "sqlite3" not in text and "\n" not in text


def test_a_bug_is_not_disguised_as_a_storage_problem() -> None:
    assert user_message(KeyError("x")) is None


def test_the_cli_last_resort_prints_the_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    from microcomm_desktop.cli import run_command

    def boom(_args: Namespace) -> int:
        raise OperationalError(SQL, (1, 2), sqlite3.OperationalError("database or disk is full"))

    assert run_command(Namespace(func=boom, command="x")) == 1
    err = capsys.readouterr().err
    assert err.startswith("microcomm: The disk is full (") and "SQL" not in err and "OperationalError" not in err


def test_the_window_reporter_says_disk_full_not_something_went_wrong(tmp_path: Path) -> None:
    from microcomm_desktop.ui.errors import ErrorReporter

    shown: list[str] = []
    rep = ErrorReporter(tmp_path / "log.txt", shown.append, shown.append)
    exc = OperationalError(SQL, (1,), sqlite3.OperationalError("database or disk is full"))
    assert rep.message(exc).startswith("The disk is full (")
