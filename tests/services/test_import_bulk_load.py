"""Large interaction loads drop and rebuild the secondary indexes inside the import's transaction (issue 20, 2)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from microcomm_desktop.domain.imports import ConvertOptions
from microcomm_desktop.services import importing
from microcomm_desktop.services.workspaces import create_workspace

TODAY = date(2026, 11, 25)


def _indexes(db: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name='interaction' AND sql IS NOT NULL "
            "ORDER BY name"
        ).fetchall()
    finally:
        con.close()


def _files(tmp_path: Path, n: int) -> tuple[Path, Path]:
    posts = tmp_path / "posts.csv"
    posts.write_text(
        "post id,date,platform,label,title,reach,impressions,likes,comments,shares,saves\n"
        "p1,2026-11-01 10:00,instagram,community,First,1000,1500,40,10,2,8\n",
        encoding="utf-8",
    )
    inter = tmp_path / "interactions.csv"
    with inter.open("w", encoding="utf-8") as fh:
        fh.write("handle,kind,timestamp,post,id,parent\n")
        for i in range(n):
            parent = f"c{i - 1}" if i % 3 == 2 else ""
            fh.write(
                f"@p{i % 50},comment,2026-11-{1 + i % 20:02d}T{10 + i % 12:02d}:{i % 60:02d}:00,p1,c{i},{parent}\n"
            )
    return posts, inter


@pytest.mark.sqlite_only("reads the SQLite file's index list")
def test_bulk_path_keeps_indexes_data_and_rollups(app_ctx, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(importing, "BULK_MIN_ROWS", 100)
    monkeypatch.setattr(importing, "CHUNK", 100)
    db = app_ctx.paths.db_path
    before = _indexes(db)
    assert len(before) >= 3
    ws = create_workspace(app_ctx.engine, "Bulk", timezone="Europe/Berlin")
    posts, inter = _files(tmp_path, 900)
    opts = ConvertOptions(today=TODAY)
    importing.import_posts(app_ctx.engine, ws.id, importing.make_plan(importing.load_table(posts), opts))
    plan = importing.make_plan(importing.load_table(inter), opts, kind="interactions")

    # Cancelled half-way through the insert: nothing written, the indexes are all there.
    calls = {"n": 0}

    def cancel_late() -> bool:
        calls["n"] += 1
        return calls["n"] > 54  # ~50 ticks while converting, then one per 100 rows inserted

    rep = importing.import_interactions(app_ctx.engine, ws.id, plan, cancelled=cancel_late)
    assert rep.cancelled and not rep.written
    assert _indexes(db) == before
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM interaction").fetchone()[0] == 0
    con.close()

    rep = importing.import_interactions(app_ctx.engine, ws.id, plan)
    assert rep.written and rep.inserted == 900, rep.lines()
    assert _indexes(db) == before
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT COUNT(*) FROM interaction").fetchone()[0] == 900
        assert con.execute("SELECT COUNT(*) FROM interaction WHERE parent_id IS NOT NULL").fetchone()[0] == 300
        assert con.execute("SELECT SUM(count) FROM engagerday").fetchone()[0] == 900
    finally:
        con.close()
    with app_ctx.engine.connect() as c:  # the page cache is back to the connection's setting
        drv = c.connection.driver_connection
        assert drv.execute("PRAGMA cache_size").fetchone()[0] != -131072
