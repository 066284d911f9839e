"""0970: thread summaries of an existing file get their root's kind and person in the upgrade (no rebuild owed)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from microcomm_desktop.services.context import open_context
from microcomm_desktop.services.rollups import rebuild_engager_days, thread_rows
from microcomm_desktop.services.workspaces import create_workspace
from microcomm_desktop.store import migrate
from microcomm_desktop.store.db import make_engine, session_scope, sqlite_url
from microcomm_desktop.store.models import Engager, Interaction
from microcomm_desktop.store.models.base import table_of

DAY = date(2026, 3, 2)


def _threads(data_dir: Path) -> int:
    """A DM thread answered by another person, a comment thread, and a lone DM; returns the workspace id."""
    ctx = open_context(data_dir)
    wid = create_workspace(ctx.engine, "Old file", timezone="UTC").id or 0
    with session_scope(ctx.engine) as s:
        eng = table_of(Engager)
        s.execute(insert(eng), [{"workspace_id": wid, "platform": "instagram", "handle": h} for h in ("ana", "ben")])
        ana, ben = (int(r) for r in s.execute(select(eng.c.id).order_by(eng.c.id)).scalars())
        at = datetime(DAY.year, DAY.month, DAY.day, 9, tzinfo=UTC)

        def row(i: int, who: int, kind: str, parent: int | None) -> dict[str, object]:
            day = DAY + timedelta(days=i % 3)
            return {"id": i, "workspace_id": wid, "engager_id": who, "post_id": None, "kind": kind,
                    "occurred_at": at, "local_date": day, "parent_id": parent, "text": ""}  # fmt: skip

        s.execute(
            insert(table_of(Interaction)),
            [
                row(1, ana, "dm", None),
                row(2, ben, "dm", 1),
                row(3, ana, "dm", 2),
                row(4, ben, "comment", None),
                row(5, ana, "reply", 4),
                row(6, ben, "dm", None),
            ],  # fmt: skip
        )
        rebuild_engager_days(s, wid)
    ctx.dispose()
    return wid


def test_upgrade_fills_root_kind_and_person_from_the_interactions(data_dir: Path) -> None:
    from alembic import command

    wid = _threads(data_dir)
    db = data_dir / "microcomm.sqlite3"
    engine = make_engine(sqlite_url(db))
    cfg = migrate.alembic_config(sqlite_url(db))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0960_conflicts_chat_notify")
    engine.dispose()
    con = sqlite3.connect(db)
    cols = {r[1] for r in con.execute("PRAGMA table_info(threadsummary)")}
    assert "root_kind" not in cols and con.execute("SELECT COUNT(*) FROM threadsummary").fetchone()[0] == 2
    con.close()
    ctx = open_context(data_dir)  # upgrades to head
    with ctx.engine.connect() as c:
        ts = c.exec_driver_sql(
            "SELECT root_id, local_date, messages, people, root_kind, root_engager_id FROM threadsummary "
            "ORDER BY root_id"
        ).all()
        expected = thread_rows(c, wid)
    assert [tuple(r) for r in ts] == [tuple(r) for r in expected]
    assert [(r[0], r[4]) for r in ts] == [(1, "dm"), (4, "comment")]
    con = sqlite3.connect(db)
    plan = con.execute(
        "EXPLAIN QUERY PLAN SELECT local_date, COUNT(*) FROM threadsummary WHERE workspace_id = 1 "
        "AND local_date >= '2026-01-01' AND local_date <= '2026-12-31' AND messages >= 3 AND people >= 2 "
        "GROUP BY local_date"
    ).fetchall()
    con.close()
    assert "ix_threadsummary_deep" in str(plan)  # the scorecard's deep-thread count reads the partial index
    ctx.dispose()
