"""The command line as a user runs it: a subprocess, exit codes, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from microcomm_desktop import __version__


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "MICROCOMM_DATA_DIR"}
    full_env.update({"QT_QPA_PLATFORM": "offscreen", **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "microcomm_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


def test_version() -> None:
    r = run("--version")
    assert r.returncode == 0
    assert r.stdout.strip() == f"microcomm {__version__}"


def test_workspace_create_and_list_with_data_dir_before_or_after(tmp_path: Path) -> None:
    d = str(tmp_path / "data")
    r = run("--data-dir", d, "workspace", "create", "Run Club", "--timezone", "Europe/Berlin")
    assert r.returncode == 0, r.stderr
    assert "Run Club" in r.stdout
    r = run("workspace", "list", "--data-dir", d)
    assert r.returncode == 0
    assert r.stdout.splitlines() == ["Run Club\tEurope/Berlin\treach"]


@pytest.mark.sqlite_only("which folder holds the SQLite file")
def test_env_var_selects_data_dir(tmp_path: Path) -> None:
    d = str(tmp_path / "envdata")
    r = run("workspace", "create", "Env", env={"MICROCOMM_DATA_DIR": d})
    assert r.returncode == 0, r.stderr
    assert (Path(d) / "microcomm.sqlite3").exists()


def test_duplicate_workspace_is_a_one_line_error(tmp_path: Path) -> None:
    d = str(tmp_path / "data")
    assert run("workspace", "create", "A", "--data-dir", d).returncode == 0
    r = run("workspace", "create", "A", "--data-dir", d)
    assert r.returncode != 0
    assert r.stderr.strip().count("\n") == 0
    assert "already exists" in r.stderr


def test_bad_arguments_exit_non_zero(tmp_path: Path) -> None:
    r = run("workspace", "create", "X", "--timezone", "Mars/Olympus", "--data-dir", str(tmp_path))
    assert r.returncode != 0 and "Unknown time zone" in r.stderr
    r = run("no-such-command")
    assert r.returncode != 0


def test_backup_to_a_path(tmp_path: Path) -> None:
    d = str(tmp_path / "data")
    run("workspace", "create", "A", "--data-dir", d)
    target = tmp_path / "copy.sqlite3"
    r = run("backup", str(target), "--data-dir", d)
    assert r.returncode == 0, r.stderr
    assert target.exists() and target.stat().st_size > 0


@pytest.mark.sqlite_only("a damaged SQLite file")
def test_damaged_database_gives_a_clear_message_and_is_untouched(tmp_path: Path) -> None:
    d = tmp_path / "data"
    d.mkdir()
    db = d / "microcomm.sqlite3"
    db.write_bytes(b"garbage" * 100)
    r = run("workspace", "list", "--data-dir", str(d))
    assert r.returncode == 3
    assert "not a MicroComm database" in r.stderr
    assert db.read_bytes() == b"garbage" * 100


@pytest.mark.sqlite_only("checks the SQLite file it creates")
def test_smoke_opens_and_paints(tmp_path: Path) -> None:
    d = tmp_path / "data"
    r = run("--smoke", "--data-dir", str(d))
    assert r.returncode == 0, r.stderr
    assert "smoke: ok" in r.stdout
    assert (d / "microcomm.sqlite3").exists()
    r = run("--smoke", "--data-dir", str(d))  # the second run opens the existing data
    assert r.returncode == 0, r.stderr


@pytest.mark.sqlite_only("the clean-close marker of the SQLite file")
def test_a_command_while_a_window_has_the_data_open(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The open window owns the clean-close marker: a command neither runs the slow crash-recovery check
    (the marker is missing because the window is running, not because it crashed) nor writes the marker."""
    import argparse

    from microcomm_desktop.commands import common
    from microcomm_desktop.services import context
    from microcomm_desktop.services.clean_close import CLEAN_MARKER
    from microcomm_desktop.services.instance_lock import InstanceLock

    d = tmp_path / "data"
    assert run("workspace", "create", "Club", "--data-dir", str(d)).returncode == 0
    assert (d / CLEAN_MARKER).exists()  # closed cleanly, no window open

    window = InstanceLock(d / "microcomm.lock").acquire()  # a window opens the data…
    (d / CLEAN_MARKER).unlink()  # …and consumes the marker, as the GUI does at start
    try:
        r = run("workspace", "list", "--data-dir", str(d))
        assert r.returncode == 0, r.stderr
        assert "Club" in r.stdout
        assert not (d / CLEAN_MARKER).exists()  # left to the window

        checks: list[bool] = []
        monkeypatch.setattr(context, "check_integrity", lambda path, full=True: checks.append(full))
        ctx = common.open_data(argparse.Namespace(data_dir=str(d)))
        ctx.dispose()
        assert checks == [False]  # the quick check, not the full one
        assert not (d / CLEAN_MARKER).exists()
    finally:
        window.release()

    checks.clear()
    ctx = common.open_data(argparse.Namespace(data_dir=str(d)))  # window gone, marker missing: as after a crash
    ctx.dispose()
    assert checks == [True]
    assert (d / CLEAN_MARKER).exists()


@pytest.mark.sqlite_only("an unusable data folder or file")
def test_an_unusable_data_folder_or_file_is_one_clear_line_for_the_cli_and_the_window(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    blocked = tmp_path / "blocked"
    (blocked / "microcomm.sqlite3").mkdir(parents=True)  # a folder where the database file should be
    cases = [
        (str(a_file), "a file with that name is in the way"),
        (str(a_file / "sub"), "part of the path is a file, not a folder"),
        (str(blocked), "a folder is where the file should be"),
    ]
    for data_dir, reason in cases:
        for args in (("workspace", "list"), ("--smoke",)):
            r = run(*args, "--data-dir", data_dir)
            assert r.returncode == 3, (args, data_dir, r.stderr)
            assert reason in r.stderr, (args, r.stderr)
            assert "Traceback" not in r.stderr
            assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert a_file.read_text() == "not a folder"
