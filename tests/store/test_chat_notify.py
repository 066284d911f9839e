"""Migration 0960: the chat and people tables of 0950 send the team-refresh NOTIFY on PostgreSQL like every
other table; on SQLite the revision is a no-op (windows watch ``PRAGMA data_version`` there)."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from microcomm_desktop.services.context import AppContext
from microcomm_desktop.store import migrate
from microcomm_desktop.store.db import make_engine

CHAT_TABLES = ("engageralias", "chatreaction", "engagermerge", "forgottenperson")


def _triggers(conn) -> set[str]:  # type: ignore[no-untyped-def]
    q = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'trg_notify_%'"
    return {str(r[0]) for r in conn.execute(text(q))}


def _wait_for(feed, expected: int) -> int | None:  # type: ignore[no-untyped-def]
    """Drain notifications until ``expected`` arrived (they come on commit; a few ms on a local socket)."""
    deadline = time.monotonic() + 5
    seen = feed.version()
    while seen is not None and seen < expected and time.monotonic() < deadline:
        time.sleep(0.02)
        seen = feed.version()
    return seen


def test_chat_tables_notify_other_members(app_ctx: AppContext, engine_kind: str) -> None:
    if engine_kind != "postgresql":
        pytest.skip("PostgreSQL only: SQLite windows watch PRAGMA data_version, the revision is a no-op there")
    from microcomm_desktop.store.notify import ServerChangeFeed

    with app_ctx.engine.connect() as conn:
        assert {f"trg_notify_{t}" for t in CHAT_TABLES} <= _triggers(conn)
    other = make_engine(app_ctx.engine.url)  # another member's laptop
    feed = ServerChangeFeed(app_ctx.engine)
    try:
        start = feed.version()
        assert start is not None
        for n, table in enumerate(CHAT_TABLES, 1):
            with other.begin() as conn:  # a statement-level trigger fires even when no row matches
                conn.execute(text(f'DELETE FROM "{table}" WHERE 1 = 0'))
            assert _wait_for(feed, start + n) == start + n, table
    finally:
        feed.close()
        other.dispose()


def test_downgrade_removes_only_the_chat_triggers(app_ctx: AppContext, engine_kind: str) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = migrate.alembic_config(app_ctx.engine.url)
    below = ScriptDirectory.from_config(cfg).get_revision("0960_conflicts_chat_notify").down_revision
    assert isinstance(below, str)  # wherever the merge puts it in the chain
    with app_ctx.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, below)
        if engine_kind == "postgresql":
            left = _triggers(conn)
            assert not {f"trg_notify_{t}" for t in CHAT_TABLES} & left and "trg_notify_post" in left
        command.upgrade(cfg, "heads")
        if engine_kind == "postgresql":
            assert {f"trg_notify_{t}" for t in CHAT_TABLES} <= _triggers(conn)
