"""Issue 20: commands that only read open the file without the ORM and without reading every page first."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from microcomm_desktop.cli import build_parser, command_word, parse

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "sqlmodel", "microcomm_desktop.store.db", "microcomm_desktop.services.context")
PROBE = """
import sys
from microcomm_desktop.__main__ import main
code = main(sys.argv[1:])
heavy = [m for m in {heavy!r} if m in sys.modules]
sys.stderr.write("HEAVY=" + ",".join(heavy) + "\\n")
sys.exit(code)
"""


def _run(*argv: str, probe: bool = False) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-c", PROBE.format(heavy=HEAVY)] if probe else [sys.executable, "-m", "microcomm_desktop"]
    return subprocess.run([*cmd, *argv], capture_output=True, text=True, env=env, timeout=120, check=False)


def _data_with_sprints(d: Path) -> None:
    for name in ("Beta club", "alpha", "Zed"):
        assert _run("workspace", "create", name, "--data-dir", str(d)).returncode == 0
    for name, start in (("Later", "2026-03-02"), ("First", "2026-01-05"), ("Same day", "2026-01-05")):
        r = _run("sprint", "new", "--workspace", "Zed", "--name", name, "--start", start, "--data-dir", str(d))
        assert r.returncode == 0, r.stderr


@pytest.mark.sqlite_only("the DB-API read path of the local file")
def test_read_commands_skip_the_orm_and_print_what_the_services_return(tmp_path: Path) -> None:
    from microcomm_desktop.services import sprints, workspaces
    from microcomm_desktop.services.context import open_context

    d = tmp_path / "data"
    _data_with_sprints(d)
    wl = _run("workspace", "list", "--data-dir", str(d), probe=True)
    sl = _run("sprint", "list", "--workspace", "Zed", "--data-dir", str(d), probe=True)
    for r in (wl, sl):
        assert r.returncode == 0, r.stderr
        assert "HEAVY=\n" in r.stderr, r.stderr  # no SQLAlchemy, SQLModel or tables imported

    ctx = open_context(d)  # the same figures through the ORM services
    try:
        ws = workspaces.list_workspaces(ctx.engine)
        zed = workspaces.get_workspace(ctx.engine, "Zed")
        assert zed.id is not None
        sp = sprints.list_sprints(ctx.engine, zed.id)
    finally:
        ctx.dispose()
    assert wl.stdout.splitlines() == [f"{w.name}\t{w.timezone}\t{w.er_definition}" for w in ws]
    assert sl.stdout.splitlines() == [
        f"{s.id}\t{s.start_date.isoformat()}\t{s.end_date.isoformat()}\t{s.name}" for s in sp
    ]
    assert [line.split("\t")[3] for line in sl.stdout.splitlines()] == ["First", "Same day", "Later"]


@pytest.mark.sqlite_only("the DB-API read path of the local file")
def test_the_reader_names_the_workspace_like_the_orm_path(tmp_path: Path) -> None:
    d = tmp_path / "data"
    _data_with_sprints(d)
    r = _run("sprint", "list", "--data-dir", str(d))
    assert r.returncode == 2
    assert "There are 3 workspaces ('Beta club', 'Zed', 'alpha'); name one with --workspace NAME." in r.stderr
    r = _run("sprint", "list", "--workspace", "Nope", "--data-dir", str(d))
    assert r.returncode == 2
    assert "No workspace named 'Nope'. See: microcomm workspace list" in r.stderr
    r = _run("sprint", "list", "--workspace", "alpha", "--data-dir", str(d))
    assert r.returncode == 0 and r.stdout.strip() == "No sprints yet."


@pytest.mark.sqlite_only("the clean-close marker of the SQLite file")
def test_a_read_keeps_the_clean_close_and_the_weekly_full_check(tmp_path: Path) -> None:
    from microcomm_desktop.paths import resolve_paths
    from microcomm_desktop.services.clean_close import CLEAN_MARKER, FULL_CHECK_STAMP, closed_cleanly
    from microcomm_desktop.services.file_reads import open_file_reader

    d = tmp_path / "data"
    assert _run("workspace", "create", "Club", "--data-dir", str(d)).returncode == 0
    assert _run("workspace", "list", "--data-dir", str(d)).returncode == 0
    assert (d / CLEAN_MARKER).exists()
    paths = resolve_paths(d)
    assert closed_cleanly(paths)  # the read left the file exactly as the marker says (and consumed it)

    (d / FULL_CHECK_STAMP).write_text("0", encoding="utf-8")  # the weekly full check is due
    reader = open_file_reader(paths, window_open=False)  # marker gone = as after a crash: full check too
    assert reader is not None
    assert float((d / FULL_CHECK_STAMP).read_text(encoding="utf-8")) > 0
    assert [w.name for w in reader.workspaces()] == ["Club"]
    reader.close()
    assert closed_cleanly(paths)


@pytest.mark.sqlite_only("a damaged SQLite file")
def test_a_read_of_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    d = tmp_path / "data"
    d.mkdir()
    db = d / "microcomm.sqlite3"
    db.write_bytes(b"garbage" * 100)
    for argv in (("workspace", "list"), ("sprint", "list")):
        r = _run(*argv, "--data-dir", str(d))
        assert r.returncode == 3
        assert "not a MicroComm database" in r.stderr
    assert db.read_bytes() == b"garbage" * 100


def test_a_new_data_folder_falls_back_to_the_usual_open(tmp_path: Path) -> None:
    r = _run("workspace", "list", "--data-dir", str(tmp_path / "new"))
    assert r.returncode == 0, r.stderr
    assert "No workspaces yet" in r.stdout


def test_the_command_word_and_the_partial_parser() -> None:
    assert command_word(["--data-dir", "sprint", "workspace", "list"]) == "workspace"
    assert command_word(["--database=x", "sprint", "list"]) == "sprint"
    assert command_word(["--help"]) is None
    args = parse(["--data-dir", "D", "sprint", "list", "--today", "2026-01-02"])
    assert args.command == "sprint" and args.today == date(2026, 1, 2) and args.data_dir == "D"
    partial = build_parser("workspace")
    full = build_parser()
    sub = next(a for a in partial._actions if isinstance(a, argparse._SubParsersAction))
    assert "workspace" in sub.choices and "sprint" not in sub.choices
    full_sub = next(a for a in full._actions if isinstance(a, argparse._SubParsersAction))
    assert full_sub.choices["workspace"].format_help() == sub.choices["workspace"].format_help()


@pytest.mark.sqlite_only("a damaged SQLite file")
def test_a_damaged_page_met_by_a_read_is_a_sentence_and_exit_3(tmp_path: Path) -> None:
    import sqlite3

    from microcomm_desktop.paths import resolve_paths
    from microcomm_desktop.services.clean_close import write_clean_marker

    d = tmp_path / "data"
    assert _run("workspace", "create", "Club", "--data-dir", str(d)).returncode == 0
    db = d / "microcomm.sqlite3"
    with sqlite3.connect(db) as con:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'workspace'").fetchone()[0]
        page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    raw = bytearray(db.read_bytes())
    raw[(root - 1) * page + 3 : (root - 1) * page + 5] = b"\xff\xff"
    db.write_bytes(bytes(raw))
    write_clean_marker(resolve_paths(d))  # damaged while closed
    r = _run("workspace", "list", "--data-dir", str(d))
    assert r.returncode == 3, r.stderr
    assert "damaged" in r.stderr and "Traceback" not in r.stderr
    assert db.read_bytes() == bytes(raw)
