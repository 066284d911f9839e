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
        assert checks == []  # a read-only use owes the quick check but never runs it
        from microcomm_desktop.services.workspaces import create_workspace

        create_workspace(ctx.engine, "Second")  # the first write runs it, once
        create_workspace(ctx.engine, "Third")
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


def test_without_a_display_the_app_says_so_in_one_line(tmp_path: Path) -> None:
    """Issue 18 item 9: no Qt abort, no core dump — one sentence pointing at --help."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["MICROCOMM_DATA_DIR"] = str(tmp_path / "data")
    r = subprocess.run([sys.executable, "-m", "microcomm_desktop"], capture_output=True, text=True, env=env, timeout=60)
    if not sys.platform.startswith("linux"):
        return
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "no display" in r.stderr and "microcomm --help" in r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""


def test_no_display_check_respects_a_chosen_platform() -> None:
    import argparse

    from microcomm_desktop.__main__ import no_display_reason

    args = argparse.Namespace(smoke=False)
    if sys.platform.startswith("linux"):
        assert no_display_reason(args, {}) is not None
    assert no_display_reason(args, {"DISPLAY": ":0"}) is None
    assert no_display_reason(args, {"WAYLAND_DISPLAY": "wayland-0"}) is None
    assert no_display_reason(args, {"QT_QPA_PLATFORM": "offscreen"}) is None
    assert no_display_reason(argparse.Namespace(smoke=True), {}) is None


def test_workspace_may_be_left_out_when_there_is_only_one(tmp_path: Path) -> None:
    d = str(tmp_path / "data")
    r = run("report", "--data-dir", d, "--format", "csv")
    assert r.returncode == 2 and "no workspace yet" in r.stderr
    assert run("workspace", "create", "Run Club", "--data-dir", d).returncode == 0
    r = run("report", "--data-dir", d, "--format", "csv", "--weeks", "2")
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 3
    assert run("workspace", "create", "Second", "--data-dir", d).returncode == 0
    r = run("report", "--data-dir", d, "--format", "csv")
    assert r.returncode == 2 and "'Run Club'" in r.stderr and "--workspace" in r.stderr
    assert run("report", "--data-dir", d, "--format", "csv", "--workspace", "Second").returncode == 0


def test_every_file_writing_command_takes_o_and_output_and_old_spellings() -> None:
    from microcomm_desktop.cli import parse

    cases = [
        (["export", "posts", "-o", "x.csv"], "output"),
        (["report", "-o", "x.pdf"], "output"),
        (["sprint", "report", "-o", "x.md"], "out"),
        (["sprint", "report", "--output", "x.md"], "out"),
        (["sprint", "report", "--out", "x.md"], "out"),
        (["quote", "export", "--deal", "1", "-o", "q.md"], "out"),
        (["quote", "export", "--deal", "1", "--output", "q.md"], "out"),
        (["quote", "export", "--deal", "1", "--out", "q.md"], "out"),
        (["backup", "-o", "copy.sqlite3"], "output"),
    ]
    for argv, dest in cases:
        args = parse(argv)
        assert str(getattr(args, dest)).endswith((".csv", ".pdf", ".md", ".sqlite3")), argv


def test_backup_with_o(tmp_path: Path) -> None:
    d = str(tmp_path / "data")
    assert run("workspace", "create", "A", "--data-dir", d).returncode == 0
    r = run("backup", "-o", str(tmp_path / "copy.sqlite3"), "--data-dir", d)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "copy.sqlite3").exists()


@pytest.mark.sqlite_only("delete needs the SQLite safety copy; a team server refuses it (tests/services)")
def test_workspace_rename_and_delete(tmp_path: Path) -> None:
    d = str(tmp_path / "data")
    assert run("workspace", "create", "A", "--data-dir", d).returncode == 0
    assert run("workspace", "create", "B", "--data-dir", d).returncode == 0
    r = run("workspace", "rename", "A", "B", "--data-dir", d)
    assert r.returncode == 2 and "already exists" in r.stderr
    r = run("workspace", "rename", "A", "Trail Crew", "--data-dir", d)
    assert r.returncode == 0 and "Trail Crew" in r.stdout
    r = subprocess.run(  # not a terminal and no --yes: refused, nothing deleted
        [sys.executable, "-m", "microcomm_desktop", "workspace", "delete", "B", "--data-dir", d],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert r.returncode == 2 and "--yes" in r.stderr
    r = run("workspace", "delete", "B", "--yes", "--data-dir", d)
    assert r.returncode == 0 and "before-delete" in r.stdout
    assert run("workspace", "list", "--data-dir", d).stdout.splitlines()[0].startswith("Trail Crew")
    r = run("workspace", "create", "X", "--timezone", "Mars/Base", "--data-dir", d)
    assert r.returncode == 2 and "Unknown time zone" in r.stderr


@pytest.mark.sqlite_only("builds its own local data folder")
def test_a_closed_pipe_prints_no_traceback(tmp_path: Path) -> None:
    """``microcomm workspace list | head -1``: many small writes into a pipe the reader closed."""
    from microcomm_desktop.services.context import open_context
    from microcomm_desktop.store.db import session_scope
    from microcomm_desktop.store.models import Workspace

    d = tmp_path / "data"
    ctx = open_context(d)
    with session_scope(ctx.engine) as s:
        s.add_all(Workspace(name=f"Workspace number {i:05d}", timezone="UTC") for i in range(6000))
    ctx.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    p = subprocess.Popen(
        [sys.executable, "-m", "microcomm_desktop", "workspace", "list", "--data-dir", str(d)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert p.stdout is not None and p.stderr is not None
    first = p.stdout.readline()
    p.stdout.close()  # like `head -1` exiting
    err = p.stderr.read().decode()
    p.stderr.close()
    p.wait(timeout=60)
    assert first.startswith(b"Workspace number")
    assert "BrokenPipe" not in err and "Traceback" not in err and "Exception ignored" not in err, err
