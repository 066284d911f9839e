"""Issue 17.4 and 17.7: CSV exports are spreadsheet-safe and re-import losslessly; every file write is all or
nothing, and a failing target (a folder, a read-only drive, a full disk) exits non-zero with one sentence and
leaves no truncated or temporary file behind."""

from __future__ import annotations

import csv
import errno
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import select

from microcomm_desktop.domain.csv_safety import FORMULA_TRIGGERS, guard_cell, unguard_cell
from microcomm_desktop.services import exporting, importing, safe_files
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.workspaces import create_workspace
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Post

REPO = Path(__file__).resolve().parents[2]
HOSTILE = ['=HYPERLINK("http://x","y")', "+1 555", "-5", "@SUM(A1)", "\tTab", "\rCR", "'=already", "''+x", "ok"]


@given(st.text())
def test_guard_is_reversible_and_never_leaves_a_formula(text: str) -> None:
    guarded = guard_cell(text)
    assert isinstance(guarded, str)
    assert unguard_cell(guarded) == text
    assert not guarded.startswith(FORMULA_TRIGGERS)


def test_numbers_are_not_guarded() -> None:
    assert guard_cell(-5) == -5 and guard_cell("-5") == "'-5"


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("MICROCOMM_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "microcomm_desktop", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _hostile_posts(ctx: AppContext, ws_id: int) -> None:
    with session_scope(ctx.engine) as s:
        for i, title in enumerate(HOSTILE):
            s.add(
                Post(
                    workspace_id=ws_id,
                    platform="instagram",
                    platform_post_id=f"p{i}",
                    published_at=datetime(2026, 1, 1 + i, 12, tzinfo=UTC),
                    local_date=date(2026, 1, 1 + i),
                    title=title,
                    notes=f"=cmd|' /C calc'!A{i}",
                    reach=100 + i,
                    likes=5,
                )
            )


def test_export_is_spreadsheet_safe_and_round_trips(  # type: ignore[no-untyped-def]
    app_ctx: AppContext, workspace, tmp_path: Path
) -> None:
    _hostile_posts(app_ctx, workspace.id)
    out = tmp_path / "posts.csv"
    assert exporting.export_posts(app_ctx.engine, workspace.id, out) == len(HOSTILE)
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        for key, cell in row.items():
            assert not cell.startswith(FORMULA_TRIGGERS), (key, cell)
    assert rows[2]["Title"] == "'-5" and rows[2]["Reach"] == "102"  # text guarded, numbers stay numbers
    other = create_workspace(app_ctx.engine, "Round trip", timezone="Europe/Berlin")
    assert other.id is not None
    table = importing.load_table(out)
    from microcomm_desktop.domain.imports import ConvertOptions

    plan = importing.make_plan(table, ConvertOptions(today=date(2026, 11, 25)), kind="posts", engine=app_ctx.engine)
    report = importing.import_posts(app_ctx.engine, other.id, plan)
    assert report.inserted == len(HOSTILE), report.lines()
    with session_scope(app_ctx.engine) as s:
        back = {
            p.platform_post_id: (p.title, p.notes, p.reach)
            for p in s.exec(select(Post).where(Post.workspace_id == other.id))
        }
    for i, title in enumerate(HOSTILE):  # the importer trims surrounding whitespace (tab, CR) of every cell
        assert back[f"p{i}"] == (title.strip(), f"=cmd|' /C calc'!A{i}", 100 + i)


def test_writing_to_a_folder_fails_with_a_sentence_and_nothing_written(
    app_ctx: AppContext, workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = app_ctx.paths.data_dir
    app_ctx.dispose()
    folder = tmp_path / "a folder"
    folder.mkdir()
    for args in (
        ["export", "posts", "--workspace", workspace.name, "-o", str(folder)],
        ["report", "--workspace", workspace.name, "--format", "pdf", "-o", str(folder)],
        ["report", "--workspace", workspace.name, "--format", "csv", "-o", str(folder)],
    ):
        r = _cli(data, *args)
        assert r.returncode != 0, args
        assert "is a folder" in r.stderr or "a folder" in r.stderr, r.stderr
        assert "Traceback" not in r.stderr
    assert list(folder.iterdir()) == []


def test_a_failure_mid_write_keeps_the_old_file_and_leaves_no_partial(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault injection: the disk fills while the file is synced."""
    target = tmp_path / "export.csv"
    target.write_text("the previous, good export\n", encoding="utf-8")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_files.os, "fsync", full)
    with pytest.raises(safe_files.WriteFailed, match=r"the disk is full \(\d+ MB free\)"):
        safe_files.write_csv_rows(target, ["a"], [["x"]] * 1000)
    assert target.read_text(encoding="utf-8") == "the previous, good export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv"]


@pytest.fixture
def small_tmpfs(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A 256 KB tmpfs when mounting is permitted (root in CI containers); otherwise the test is skipped and the
    fault-injection test above covers the same path."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mnt)], capture_output=True)
    if r.returncode != 0:
        pytest.skip("mounting a tmpfs is not permitted here")
    yield mnt
    subprocess.run(["umount", str(mnt)], capture_output=True)


def test_a_full_disk_export_exits_non_zero_and_leaves_nothing(
    app_ctx: AppContext, workspace, small_tmpfs: Path
) -> None:  # type: ignore[no-untyped-def]
    with session_scope(app_ctx.engine) as s:
        for i in range(3000):
            s.add(
                Post(
                    workspace_id=workspace.id,
                    platform="instagram",
                    platform_post_id=f"p{i}",
                    published_at=datetime(2025, 1, 1, tzinfo=UTC),
                    local_date=date(2025, 1, 1),
                    title="a fairly long title to fill the small disk quickly " * 2,
                )
            )
    data = app_ctx.paths.data_dir
    app_ctx.dispose()
    r = _cli(data, "export", "posts", "--workspace", workspace.name, "-o", str(small_tmpfs / "posts.csv"))
    assert r.returncode != 0
    assert "the disk is full (" in r.stderr and "MB free)" in r.stderr, r.stderr
    assert list(small_tmpfs.iterdir()) == []


@pytest.fixture
def readonly_dir(tmp_path: Path):  # type: ignore[no-untyped-def]
    mnt = tmp_path / "ro"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(mnt)], capture_output=True)
    if r.returncode != 0:
        if os.geteuid() == 0:
            pytest.skip("root ignores folder permissions and mounting is not permitted")
        mnt.chmod(0o500)
        yield mnt
        mnt.chmod(0o700)
        return
    yield mnt
    subprocess.run(["umount", str(mnt)], capture_output=True)


def test_an_unwritable_folder_fails_with_a_sentence(  # type: ignore[no-untyped-def]
    app_ctx: AppContext, workspace, readonly_dir: Path
) -> None:
    data = app_ctx.paths.data_dir
    app_ctx.dispose()
    r = _cli(data, "export", "posts", "--workspace", workspace.name, "-o", str(readonly_dir / "posts.csv"))
    assert r.returncode != 0
    assert "read-only" in r.stderr or "permission denied" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr


def test_data_dir_on_an_existing_shared_folder_keeps_its_permissions(tmp_path: Path) -> None:
    shared = tmp_path / "team"
    shared.mkdir()
    shared.chmod(0o775)
    r = _cli(shared, "workspace", "create", "W", "--timezone", "UTC")
    assert r.returncode == 0, r.stderr
    assert shared.stat().st_mode & 0o777 == 0o775
    assert (shared / "backups").stat().st_mode & 0o777 == 0o700  # what MicroComm creates is private
    assert (shared / "microcomm.sqlite3").stat().st_mode & 0o777 == 0o600


def test_a_stream_target_is_written_in_place_never_replaced(tmp_path: Path) -> None:
    """``-o /dev/stdout`` or a named pipe: renaming over it would put a plain file where the device was."""
    import os
    import threading

    from microcomm_desktop.services import safe_files

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    safe_files.write_text(fifo, "a,b\n1,2\n")
    reader.join(10)
    assert got == [b"a,b\n1,2\n"]
    assert fifo.is_fifo()  # still the pipe, not a regular file

    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    safe_files.write_text(link, "new")
    assert link.is_symlink() and real.read_text() == "new"
