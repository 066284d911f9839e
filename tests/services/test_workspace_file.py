"""The workspace file (.mcw) on both engines, the SQLite -> PostgreSQL -> SQLite round trip, the same report JSON
from both engines, and two members importing into one team database at the same time."""

from __future__ import annotations

import json
import threading
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from microcomm_desktop.cli import parse, run_command
from microcomm_desktop.domain.imports import ConvertOptions
from microcomm_desktop.services import importing
from microcomm_desktop.services import workspace_file as wf
from microcomm_desktop.services.context import AppContext, open_context
from microcomm_desktop.services.sample import create_sample_workspace
from microcomm_desktop.services.workspaces import create_workspace, list_workspaces
from microcomm_desktop.store.models import Interaction, Post
from tests.conftest import cli_db_args

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def _count(ctx: AppContext, model: type, ws_id: int) -> int:
    with ctx.engine.connect() as c:
        return int(c.execute(select(func.count()).where(model.workspace_id == ws_id)).scalar_one())  # type: ignore[attr-defined]


def test_export_import_counts_attachments_and_refusals(app_ctx: AppContext, today: date, tmp_path: Path) -> None:
    ws = create_sample_workspace(app_ctx.engine, today)
    assert ws.id is not None
    summary = wf.export_workspace(app_ctx.engine, app_ctx.paths.data_dir, ws.id, tmp_path / "club")
    assert summary.path.name == "club.mcw" and summary.rows["post"] == _count(app_ctx, Post, ws.id)
    # Same name here: refused, nothing written.
    with pytest.raises(wf.WorkspaceFileError, match="never merged"):
        wf.import_workspace(app_ctx.engine, app_ctx.paths.data_dir, summary.path)
    assert len(list_workspaces(app_ctx.engine)) == 1
    got = wf.import_workspace(app_ctx.engine, app_ctx.paths.data_dir, summary.path, "Club copy")
    assert got.workspace_id is not None and got.workspace_id != ws.id
    assert got.rows == summary.rows and got.attachments == summary.attachments
    assert _count(app_ctx, Interaction, got.workspace_id) == _count(app_ctx, Interaction, ws.id)
    # The copy is an independent workspace: exporting it gives the same file apart from the name.
    again = wf.export_workspace(app_ctx.engine, app_ctx.paths.data_dir, got.workspace_id, tmp_path / "copy.mcw")
    a, b = zipfile.ZipFile(summary.path), zipfile.ZipFile(again.path)
    assert a.namelist() == b.namelist()
    differing = [n for n in a.namelist() if a.read(n) != b.read(n)]
    assert differing == ["manifest.json", "tables/workspace.jsonl"]
    # New rows still get fresh ids after an import that gave ids (PostgreSQL's sequences followed).
    create_workspace(app_ctx.engine, "After import")


def test_damaged_file_is_refused_before_any_write(app_ctx: AppContext, today: date, tmp_path: Path) -> None:
    ws = create_sample_workspace(app_ctx.engine, today)
    good = wf.export_workspace(app_ctx.engine, app_ctx.paths.data_dir, ws.id or 0, tmp_path / "x.mcw").path
    bad = tmp_path / "bad.mcw"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for n in src.namelist():
            data = src.read(n)
            dst.writestr(n, data.replace(b'"likes":', b'"likes":1') if n == "tables/post.jsonl" else data)
    with pytest.raises(wf.WorkspaceFileError, match="checksum"):
        wf.import_workspace(app_ctx.engine, app_ctx.paths.data_dir, bad, "Other")
    (tmp_path / "junk.mcw").write_text("not a zip")
    with pytest.raises(wf.WorkspaceFileError, match="not a MicroComm workspace file"):
        wf.import_workspace(app_ctx.engine, app_ctx.paths.data_dir, tmp_path / "junk.mcw", "Other")
    assert [w.name for w in list_workspaces(app_ctx.engine)] == [ws.name]


def test_sqlite_to_postgresql_to_sqlite_gives_identical_files(tmp_path: Path, today: date, pg_database: str) -> None:
    first = open_context(tmp_path / "a")
    server = open_context(tmp_path / "b", database_url=pg_database)
    last = open_context(tmp_path / "c")
    try:
        ws = create_sample_workspace(first.engine, today)
        one = wf.export_workspace(first.engine, first.paths.data_dir, ws.id or 0, tmp_path / "one.mcw").path
        on_pg = wf.import_workspace(server.engine, server.paths.data_dir, one)
        two = wf.export_workspace(server.engine, server.paths.data_dir, on_pg.workspace_id or 0, tmp_path / "two")
        back = wf.import_workspace(last.engine, last.paths.data_dir, two.path)
        three = wf.export_workspace(last.engine, last.paths.data_dir, back.workspace_id or 0, tmp_path / "three")
        assert one.read_bytes() == two.path.read_bytes() == three.path.read_bytes()
        # The report JSON is the same whichever engine holds the data.
        reports = []
        for ctx in (first, server, last):
            args = ["--data-dir", str(ctx.paths.data_dir), *cli_db_args(ctx), "report", "--workspace", ws.name]
            reports.append(args + ["--until", today.isoformat(), "--weeks", "6"])
        outs = []
        for args in reports:
            outs.append(_cli_json(args))
        assert outs[0] == outs[1] == outs[2] and outs[0]
    finally:
        for ctx in (first, server, last):
            ctx.dispose()


def _cli_json(argv: list[str]) -> object:
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert run_command(parse(argv)) == 0
    return json.loads(buf.getvalue())


def test_two_members_import_at_once_on_the_team_server(tmp_path: Path, pg_database: str) -> None:
    """Two members (two engines, two connection pools) import the same and a different file at the same time:
    everything lands once; the second import of the same file finds the first's rows and updates them."""
    alice = open_context(tmp_path / "alice", database_url=pg_database)
    bob = open_context(tmp_path / "bob", database_url=pg_database)
    try:
        ws = create_workspace(alice.engine, "Team", timezone="Europe/Berlin")
        plans = [
            importing.make_plan(importing.load_table(FIX / name), ConvertOptions(today=date(2026, 11, 25)))
            for name in ("meta_business_suite.csv", "meta_business_suite.csv", "generic.csv")
        ]
        reports: dict[int, importing.ImportReport] = {}
        errors: list[BaseException] = []
        start = threading.Barrier(3)

        def work(k: int, ctx: AppContext, plan: importing.ImportPlan) -> None:
            try:
                start.wait()
                reports[k] = importing.import_posts(ctx.engine, ws.id or 0, plan)
            except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
                errors.append(exc)

        members = (alice, bob, alice)
        threads = [threading.Thread(target=work, args=(k, members[k], plans[k])) for k in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert not errors
        total = _count(bob, Post, ws.id or 0)
        assert sum(r.inserted for r in reports.values()) == total > 0
        # The same file twice at once: one import inserted its posts, the other found them and inserted none.
        same = sorted((reports[0].inserted, reports[1].inserted))
        assert same[0] == 0 and same[1] > 0 and reports[2].inserted > 0
    finally:
        alice.dispose()
        bob.dispose()
