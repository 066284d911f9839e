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
            "SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name='interaction' "
            "AND sql IS NOT NULL ORDER BY name"
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
    assert len(before) >= 3 and any(name == "trg_interaction_thread_ins" for name, _sql in before)
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
        # The replies the dropped insert trigger would have queued were queued, and the queue was drained into
        # the thread summaries (a chain of c0 <- ... every third row: 300 two-message threads).
        assert con.execute("SELECT COUNT(*) FROM rollupdirty").fetchone()[0] == 0
        assert con.execute("SELECT COUNT(*), SUM(messages) FROM threadsummary").fetchone() == (300, 600)
    finally:
        con.close()
    with app_ctx.engine.connect() as c:  # the page cache is back to the connection's setting
        drv = c.connection.driver_connection
        assert drv.execute("PRAGMA cache_size").fetchone()[0] != -131072


def _rollup_snapshot(app_ctx, wid: int) -> tuple[list[tuple[object, ...]], ...]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from microcomm_desktop.store.models import Engager, EngagerDay
    from microcomm_desktop.store.models.base import table_of
    from microcomm_desktop.store.models.rollups import ReturningDelta, ThreadSummary

    ed, eng, rd, ts = (table_of(m) for m in (EngagerDay, Engager, ReturningDelta, ThreadSummary))
    with app_ctx.engine.connect() as c:
        return (
            [tuple(r) for r in c.execute(select(ed).where(ed.c.workspace_id == wid).order_by(*ed.primary_key))],
            [
                tuple(r)
                for r in c.execute(
                    select(eng.c.id, eng.c.first_seen, eng.c.last_seen)
                    .where(eng.c.workspace_id == wid)
                    .order_by(eng.c.id)
                )
            ],
            [
                tuple(r)
                for r in c.execute(
                    select(rd)
                    .where(rd.c.workspace_id == wid, (rd.c.d_engaged != 0) | (rd.c.d_returning != 0))
                    .order_by(rd.c.local_date)
                )
            ],
            [tuple(r) for r in c.execute(select(ts).where(ts.c.workspace_id == wid).order_by(ts.c.root_id))],
        )


@pytest.mark.parametrize("people", [50, 8000])  # few people: incremental deltas; many: the full delta rebuild
def test_set_based_rollups_equal_a_recomputation(app_ctx, tmp_path: Path, monkeypatch, people: int) -> None:  # type: ignore[no-untyped-def]
    """EngagerDay, first/last seen, returning deltas and threads after bulk imports (the person-days derived in SQL
    from the loaded id range) equal a full recomputation from raw interactions — on a fresh workspace, on a second
    import that adds to existing person-days, and with the creator's own account left out."""
    from microcomm_desktop.services.rollups import rebuild_engager_days
    from microcomm_desktop.services.sla import creator_engager_ids
    from microcomm_desktop.services.workspaces import parse_own_handles, set_own_handles
    from microcomm_desktop.store.db import session_scope

    monkeypatch.setattr(importing, "BULK_MIN_ROWS", 100)
    ws = create_workspace(app_ctx.engine, "Bulk", timezone="Europe/Berlin")
    wid = ws.id or 0
    set_own_handles(app_ctx.engine, wid, parse_own_handles("@p0"))
    posts, _ = _files(tmp_path, 1)
    opts = ConvertOptions(today=TODAY)
    importing.import_posts(app_ctx.engine, wid, importing.make_plan(importing.load_table(posts), opts))
    for batch in range(2):
        inter = tmp_path / f"batch{batch}.csv"
        with inter.open("w", encoding="utf-8") as fh:
            fh.write("handle,kind,timestamp,post,id,parent\n")
            for i in range(9000):
                parent = f"b{batch}c{i - 1}" if i % 3 == 2 else ""
                day = 1 + (i * 7 + batch) % 28
                fh.write(f"@p{(i * 13) % people},comment,2026-10-{day:02d}T12:00:00,p1,b{batch}c{i},{parent}\n")
        plan = importing.make_plan(importing.load_table(inter), opts, kind="interactions")
        rep = importing.import_interactions(app_ctx.engine, wid, plan)
        assert rep.written and rep.inserted == 9000, rep.lines()
        incremental = _rollup_snapshot(app_ctx, wid)
        with app_ctx.engine.connect() as c:
            own = creator_engager_ids(c, wid)
        assert len(own) == 1 and incremental[0] and all(r[0] != own[0] for r in incremental[0])  # p0: no person-days
        with session_scope(app_ctx.engine) as s:
            rebuild_engager_days(s, wid)
        assert _rollup_snapshot(app_ctx, wid) == incremental
