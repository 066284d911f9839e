"""Rollups maintained on write (thread summaries, returning-engager deltas) equal a recomputation from raw rows.

Correctness only (no timing): a generated workspace with threads, then small writes through every path that
touches interactions — quick entry, its undo and redo, a direct re-parenting and a delete that bypass the
rollup — must leave the summaries identical to a full rebuild and to the domain functions on raw data.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import numpy as np
from sqlalchemy import delete, insert, select, text, update

from microcomm_desktop.domain import metrics
from microcomm_desktop.domain.imports.quick import QuickLine
from microcomm_desktop.services import interactions as svc
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.rollups import (
    MESSAGE_KINDS,
    rebuild_engager_days,
    refresh_rollups,
    returning_contribution,
    threads_pending,
)
from microcomm_desktop.services.scorecard import (
    _deep_threads_by_root_day,
    _dm_days,
    _returning_windows,
    returning_series_from_days,
    weekly_scorecard,
)
from microcomm_desktop.services.sla import creator_engager_ids
from microcomm_desktop.services.workspaces import parse_own_handles, set_own_handles
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Engager, EngagerDay, Interaction, Post
from microcomm_desktop.store.models.base import table_of
from microcomm_desktop.store.models.rollups import ReturningDelta, ThreadSummary

START = date(2026, 6, 1)
KINDS = ("like", "comment", "reply", "save", "dm", "reply")


def _generate(ctx: AppContext, wid: int, seed: int = 3, n: int = 1500) -> list[int]:
    """Posts, people and interactions with reply chains (incl. non-message replies and cross-day threads)."""
    rng = np.random.default_rng(seed)
    with session_scope(ctx.engine) as s:
        s.execute(
            insert(table_of(Engager)),
            [{"workspace_id": wid, "platform": "instagram", "handle": f"p{i}"} for i in range(40)],
        )
        eids = [
            int(r[0]) for r in s.execute(select(table_of(Engager).c.id).where(table_of(Engager).c.workspace_id == wid))
        ]
        posts = []
        for i in range(30):
            d = START + timedelta(days=int(rng.integers(0, 120)))
            posts.append(
                {
                    "workspace_id": wid,
                    "platform": "instagram",
                    "platform_post_id": f"x{i}",
                    "published_at": datetime(d.year, d.month, d.day, 9, tzinfo=UTC),
                    "local_date": d,
                    "reach": 1000,
                }
            )
        s.execute(insert(table_of(Post)), posts)
        pids = [int(r[0]) for r in s.execute(select(table_of(Post).c.id).where(table_of(Post).c.workspace_id == wid))]
        it = table_of(Interaction)
        ids: list[int] = []
        for _ in range(n):
            kind = KINDS[int(rng.integers(0, len(KINDS)))]
            parent = int(rng.choice(ids)) if kind == "reply" and ids and rng.random() < 0.9 else None
            d = START + timedelta(days=int(rng.integers(0, 150)))
            res = s.execute(
                insert(it).values(
                    workspace_id=wid,
                    engager_id=int(rng.choice(eids[: 10 if rng.random() < 0.6 else 40])),
                    post_id=int(rng.choice(pids)),
                    kind=kind,
                    occurred_at=datetime(d.year, d.month, d.day, 12, tzinfo=UTC),
                    local_date=d,
                    parent_id=parent,
                )
            )
            pk = res.inserted_primary_key
            assert pk is not None
            ids.append(int(pk[0]))
        rebuild_engager_days(s, wid)
    return ids


def _oracle_deep_by_day(ctx: AppContext, wid: int) -> dict[date, int]:
    """Deep threads per root day straight from raw interactions with the domain function (no summaries)."""
    it = table_of(Interaction)
    with ctx.engine.connect() as c:
        rows = c.execute(
            select(it.c.id, it.c.parent_id, it.c.engager_id, it.c.kind, it.c.local_date).where(it.c.workspace_id == wid)
        ).all()
    by_id = {r[0]: r for r in rows}

    # Members: top-level rows, and message replies whose chain up to a top-level row is all message replies.
    def root_of(i: int) -> int | None:
        seen: set[int] = set()
        r = by_id[i]
        while r[1] is not None:
            if r[3] not in MESSAGE_KINDS or r[1] not in by_id or r[0] in seen:
                return None
            seen.add(r[0])
            r = by_id[r[1]]
        return int(r[0])

    threads: dict[int, list[tuple[int, int | None, int]]] = {}
    for r in rows:
        root = root_of(r[0])
        if root is not None:
            threads.setdefault(root, []).append((r[0], r[1], r[2]))
    out: dict[date, int] = {}
    for root, msgs in threads.items():
        if metrics.conversation_depth(msgs).deep_threads:
            day = by_id[root][4]
            out[day] = out.get(day, 0) + 1
    return out


def _summary_deep_by_day(ctx: AppContext, wid: int) -> dict[date, int]:
    ts = table_of(ThreadSummary)
    with ctx.engine.connect() as c:
        rows = c.execute(select(ts.c.local_date, ts.c.messages, ts.c.people).where(ts.c.workspace_id == wid)).all()
    out: dict[date, int] = {}
    for d, m, p in rows:
        if m >= metrics.DEEP_MIN_MESSAGES and p >= metrics.DEEP_MIN_PEOPLE:
            out[d] = out.get(d, 0) + 1
    return out


def _snapshot(ctx: AppContext, wid: int) -> tuple[list[tuple[object, ...]], ...]:
    """Thread summaries, returning deltas, and (since writes upsert only the days they touch) EngagerDay with
    first/last seen."""
    ts, rd = table_of(ThreadSummary), table_of(ReturningDelta)
    ed, eng = table_of(EngagerDay), table_of(Engager)
    with ctx.engine.connect() as c:
        days = [tuple(r) for r in c.execute(select(ed).where(ed.c.workspace_id == wid).order_by(*ed.primary_key))]
        seen = [
            tuple(r)
            for r in c.execute(
                select(eng.c.id, eng.c.first_seen, eng.c.last_seen).where(eng.c.workspace_id == wid).order_by(eng.c.id)
            )
        ]
        threads = [tuple(r) for r in c.execute(select(ts).where(ts.c.workspace_id == wid).order_by(ts.c.root_id))]
        deltas = [
            tuple(r)
            for r in c.execute(
                select(rd)
                .where(rd.c.workspace_id == wid, (rd.c.d_engaged != 0) | (rd.c.d_returning != 0))
                .order_by(rd.c.local_date)
            )
        ]
    return threads, deltas, days, seen


def _reference_dm_days(ctx: AppContext, wid: int, lo: date, hi: date) -> dict[int, tuple[int, int, int]]:
    """The DM figures as first written: every member-started DM root joined to its summary (none = a lone DM)."""
    with ctx.engine.connect() as c:
        own = set(creator_engager_ids(c, wid))
        rows = c.execute(
            text(
                "SELECT r.local_date, r.engager_id, ts.messages, ts.people FROM interaction r "
                "LEFT JOIN threadsummary ts ON ts.root_id = r.id WHERE r.workspace_id = :ws "
                "AND r.local_date >= :lo AND r.local_date <= :hi AND r.kind = 'dm' AND r.parent_id IS NULL"
            ),
            {"ws": wid, "lo": lo.isoformat(), "hi": hi.isoformat()},
        ).all()
    out: dict[int, list[int]] = {}
    for d, who, messages, people in rows:
        if int(who) in own:
            continue
        day = (d if isinstance(d, date) else date.fromisoformat(str(d)[:10])).toordinal()
        acc = out.setdefault(day, [0, 0, 0])
        acc[0] += 1
        acc[1] += int(messages or 1)
        acc[2] += int((people or 1) >= 2)
    return {k: (v[0], v[1], v[2]) for k, v in out.items()}


def _assert_dm_and_deep_match(ctx: AppContext, wid: int) -> None:
    """The scorecard's index-only DM and deep-thread reads equal the join / the raw-data oracle."""
    lo, hi = START - timedelta(days=10), START + timedelta(days=200)
    with ctx.engine.connect() as c:
        days, totals = _dm_days(c, wid, lo, hi)
        deep = _deep_threads_by_root_day(c, wid, lo, hi)
    fast = {int(d): (int(t[0]), int(t[1]), int(t[2])) for d, t in zip(days.tolist(), totals, strict=True)}
    assert fast == _reference_dm_days(ctx, wid, lo, hi)
    assert deep == _oracle_deep_by_day(ctx, wid)


def _assert_consistent(ctx: AppContext, wid: int) -> None:
    assert not threads_pending_now(ctx, wid)
    assert _summary_deep_by_day(ctx, wid) == _oracle_deep_by_day(ctx, wid)
    _assert_dm_and_deep_match(ctx, wid)
    ends = [START + timedelta(days=k) for k in range(-5, 190, 3)]
    with ctx.engine.connect() as c:
        fast = _returning_windows(c, wid, ends)
    assert fast == returning_series_from_days(ctx.engine, wid, ends)
    incremental = _snapshot(ctx, wid)
    with session_scope(ctx.engine) as s:
        rebuild_engager_days(s, wid)
    assert _snapshot(ctx, wid) == incremental


def threads_pending_now(ctx: AppContext, wid: int) -> bool:
    with ctx.engine.connect() as c:
        return threads_pending(c, wid)


def test_full_rebuild_matches_raw_interactions(app_ctx: AppContext, workspace) -> None:  # type: ignore[no-untyped-def]
    wid = workspace.id or 0
    _generate(app_ctx, wid)
    deep = _oracle_deep_by_day(app_ctx, wid)
    assert sum(deep.values()) > 20  # the dataset really has deep threads
    _assert_consistent(app_ctx, wid)
    ts = table_of(ThreadSummary)
    with app_ctx.engine.connect() as c:  # the dataset really has answered DM threads (the summaries' DM rows)
        dm_threads = c.execute(select(ts.c.people).where(ts.c.workspace_id == wid, ts.c.root_kind == "dm")).all()
    assert len(dm_threads) > 5 and any(p >= 2 for (p,) in dm_threads)
    # The creator's own accounts leave the DM figures (roots they started, in both scans).
    set_own_handles(app_ctx.engine, wid, parse_own_handles("instagram:p0, instagram:p1"))
    with app_ctx.engine.connect() as c:
        assert len(creator_engager_ids(c, wid)) == 2
    weekly_scorecard(app_ctx.engine, wid, until=START + timedelta(days=150))  # settles what the change queued
    _assert_consistent(app_ctx, wid)


def test_thread_summary_indexes_follow_the_deep_thread_rules() -> None:
    """The partial index holds exactly the deep threads: its condition is the metric's rule, spelled in SQL."""
    ix = {i.name: i for i in table_of(ThreadSummary).indexes}["ix_threadsummary_deep"]
    where = str(ix.dialect_options["sqlite"]["where"])
    assert where == f"messages >= {metrics.DEEP_MIN_MESSAGES} AND people >= {metrics.DEEP_MIN_PEOPLE}"
    assert str(ix.dialect_options["postgresql"]["where"]) == where


def test_small_writes_keep_rollups_equal_to_a_rebuild(app_ctx: AppContext, workspace) -> None:  # type: ignore[no-untyped-def]
    wid = workspace.id or 0
    ids = _generate(app_ctx, wid, seed=5, n=600)
    post_id = int(app_ctx.engine.connect().execute(select(table_of(Post).c.id).limit(1)).scalar() or 0)
    lines = [
        QuickLine(1, "ana", "comment"),
        QuickLine(2, "ben", "reply", parent_handle="ana"),
        QuickLine(3, "ana", "reply", parent_handle="ben"),
        QuickLine(4, "p3", "comment"),
    ]
    res = svc.add_quick_interactions(app_ctx.engine, post_id, lines)
    _assert_consistent(app_ctx, wid)
    rows = svc.delete_interactions(app_ctx.engine, res.interaction_ids)
    _assert_consistent(app_ctx, wid)
    svc.restore_interactions(app_ctx.engine, rows)
    _assert_consistent(app_ctx, wid)
    # Writes that bypass the rollup (re-parenting, deleting a thread root) are queued by the triggers and
    # settled by the next refresh — the scorecard does that before reading.
    it = table_of(Interaction)
    with session_scope(app_ctx.engine) as s:
        s.execute(update(it).where(it.c.id == ids[-1]).values(parent_id=ids[0], kind="reply"))
        roots = [int(r) for r in s.execute(select(table_of(ThreadSummary).c.root_id).limit(2)).scalars()]
        s.execute(delete(it).where(it.c.id.in_(roots)))
    assert threads_pending_now(app_ctx, wid)
    weekly_scorecard(app_ctx.engine, wid, until=START + timedelta(days=150))
    assert not threads_pending_now(app_ctx, wid)
    assert _summary_deep_by_day(app_ctx, wid) == _oracle_deep_by_day(app_ctx, wid)
    threads_after_refresh = _snapshot(app_ctx, wid)[0]
    with session_scope(app_ctx.engine) as s:
        rebuild_engager_days(s, wid)  # (EngagerDay itself needs the writer's call: it was bypassed above)
    assert _snapshot(app_ctx, wid)[0] == threads_after_refresh
    # A well-behaved edit: move an interaction to another day, then the rollup for its person.
    with session_scope(app_ctx.engine) as s:
        who = int(s.execute(select(it.c.engager_id).where(it.c.id == ids[5])).scalar_one())
        s.execute(update(it).where(it.c.id == ids[5]).values(local_date=START))
        rebuild_engager_days(s, wid, [who])
    _assert_consistent(app_ctx, wid)
    with session_scope(app_ctx.engine) as s:  # nothing queued, nobody touched: a no-op
        refresh_rollups(s.connection(), wid)
        rebuild_engager_days(s, wid, [])
    _assert_consistent(app_ctx, wid)


def test_returning_contribution_matches_the_sweep() -> None:
    rng = np.random.default_rng(11)
    persons = rng.integers(1, 30, 400)
    days = rng.integers(730_000, 730_200, 400)
    key = np.unique(persons * 1_000_000 + days)
    p, d = key // 1_000_000, key % 1_000_000
    at, e, r = returning_contribution(p, d)
    ends = [date.fromordinal(int(x)) for x in range(729_990, 730_240, 5)]
    expected = metrics.returning_series(p, d, ends, 30)
    for win in expected:
        upto = at <= win.window_end.toordinal()
        assert (int(e[upto].sum()), int(r[upto].sum())) == (win.engaged, win.returning)
