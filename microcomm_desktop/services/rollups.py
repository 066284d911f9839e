"""Keep derived tables current after writes: the per-person-per-day rollup behind returning engagers, and the
per-thread summaries behind deep threads (``store.models.rollups``).

Every interaction write path calls ``rebuild_engager_days`` inside its own transaction, so a logged comment,
its returning-engager figure and its thread's depth never disagree. Threads are refreshed from the
``rollupdirty`` queue that SQLite triggers fill, so only the threads a write touched are recomputed (a quick
entry costs a few index lookups); a large queue, or a full rebuild, takes the linear numpy path instead.

The workspace's own accounts (``services.sla.creator_engager_ids``) get no EngagerDay rows: their interactions
stay in the log and in the thread summaries (the creator's replies deepen a conversation) but every engager
figure built on EngagerDay (returning engagers, cohorts, top and fading engagers, insights) leaves them out.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

import numpy as np
from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.engine import Connection
from sqlmodel import Session

from microcomm_desktop.services.sla import creator_engager_ids as own_engager_ids
from microcomm_desktop.store.models import Engager, EngagerDay, Interaction
from microcomm_desktop.store.models.base import table_of
from microcomm_desktop.store.models.rollups import ReturningDelta, RollupDirty, ThreadSummary
from microcomm_desktop.store.sqlfuncs import DriverConnection, day_number_sql, drop_sqlite_indexes, id_list_sql

# Interactions that are messages in a conversation (likes, saves and shares are not).
MESSAGE_KINDS: tuple[str, ...] = ("comment", "reply", "dm", "story_reply", "live")
# docs/domain.md §4: returning = two distinct days within the trailing 30 days. The delta table is built for it.
RETURNING_WINDOW_DAYS = 30
# Above this many touched people, recomputing the whole workspace's returning deltas is cheaper than diffs.
FULL_DELTA_THRESHOLD = 5000
# Above this many queued interactions one linear pass over the workspace beats per-thread recursive queries.
FULL_REBUILD_THRESHOLD = 2000
_KINDS_SQL = ",".join(f"'{k}'" for k in MESSAGE_KINDS)


def rebuild_engager_days(session: Session, workspace_id: int, engager_ids: Iterable[int] | None = None) -> None:
    """Recompute EngagerDay (and first/last seen) for a workspace or for some of its engagers, then the thread
    summaries the same write touched (all of the workspace's when ``engager_ids`` is None).

    Done in SQL inside the caller's transaction, so an import either lands together with its rollups or not
    at all.
    """
    day = table_of(EngagerDay)
    inter = table_of(Interaction)
    eng = table_of(Engager)
    ids = None if engager_ids is None else sorted(set(engager_ids))
    own = own_engager_ids(session.connection(), workspace_id)
    chunks: list[list[int] | None] = [None] if ids is None else [ids[i : i + 500] for i in range(0, len(ids), 500)]
    incremental = ids is not None and len(ids) <= FULL_DELTA_THRESHOLD
    for chunk in chunks:
        if incremental and chunk is not None:
            old = _person_days(session.connection(), workspace_id, chunk)
        cond_day = day.c.workspace_id == workspace_id
        cond_int = inter.c.workspace_id == workspace_id
        cond_eng = eng.c.workspace_id == workspace_id
        if chunk is not None:
            cond_day = cond_day & day.c.engager_id.in_(chunk)
            cond_int = cond_int & inter.c.engager_id.in_(chunk)
            cond_eng = cond_eng & eng.c.id.in_(chunk)
        session.execute(delete(day).where(cond_day))
        agg = (
            select(inter.c.engager_id, inter.c.local_date, inter.c.workspace_id, func.count().label("count"))
            .where(cond_int & inter.c.engager_id.notin_(own))
            .group_by(inter.c.engager_id, inter.c.local_date, inter.c.workspace_id)
        )
        session.execute(insert(day).from_select(["engager_id", "local_date", "workspace_id", "count"], agg))
        first = select(func.min(day.c.local_date)).where(day.c.engager_id == eng.c.id).scalar_subquery()
        last = select(func.max(day.c.local_date)).where(day.c.engager_id == eng.c.id).scalar_subquery()
        session.execute(update(eng).where(cond_eng).values(first_seen=first, last_seen=last))
        if incremental and chunk is not None:
            new = _person_days(session.connection(), workspace_id, chunk)
            _add_deltas(session.connection(), workspace_id, new, old)
    if not incremental:
        rebuild_returning_deltas(session.connection(), workspace_id)
    refresh_rollups(session.connection(), workspace_id, full=engager_ids is None)


Step = Callable[[int, int], None]  # (steps done, steps in all): progress and the cancel check of the caller


def apply_engager_day_changes(
    session: Session,
    workspace_id: int,
    changes: Iterable[tuple[int, str, int]],
    *,
    step: Step | None = None,
) -> None:
    """Add signed counts to EngagerDay for the (engager, local day) pairs a write touched, then refresh
    first/last seen, the returning deltas and the queued threads — without rereading anyone's history.

    Why: ``rebuild_engager_days`` recounts every interaction of the people a write touched; for the most active
    people of a five-year community that is thousands of rows per quick-entry line, and for an import of a
    million rows it rereads the whole table. A write knows exactly which (person, day) counts it changed, so
    it upserts those (``count + delta``) and deletes the days that drop to zero. ``changes`` holds
    (engager id, ISO local date, +n for inserted / -n for deleted interactions). ``step`` is called between
    chunks (the import's progress bar and Cancel). Correct as long as EngagerDay was (the tests compare it with
    a recomputation from raw interactions).
    """
    conn = session.connection()
    own = set(own_engager_ids(conn, workspace_id))
    delta: Counter[tuple[int, str]] = Counter()
    for eid, day, n in changes:
        if int(eid) not in own:  # the creator's own accounts are never engagers (they have no EngagerDay rows)
            delta[(int(eid), str(day)[:10])] += int(n)
    drv = _driver(conn)
    ids = sorted({eid for (eid, _d), n in delta.items() if n})
    chunks = [ids[i : i + 500] for i in range(0, len(ids), 500)]
    n_up = sum(1 for n in delta.values() if n)
    total = 2 * len(chunks) + (n_up + 19999) // 20000 + 3
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if step is not None:
            step(min(done, total), total)

    incremental = len(ids) <= FULL_DELTA_THRESHOLD
    old = _person_days_chunked(conn, workspace_id, chunks) if incremental and ids else None
    ups = [(eid, day, workspace_id, n) for (eid, day), n in delta.items() if n]
    for c in range(0, len(ups), 20000):
        drv.executemany(
            "INSERT INTO engagerday (engager_id, local_date, workspace_id, count) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (engager_id, local_date) DO UPDATE SET count = engagerday.count + excluded.count",
            ups[c : c + 20000],
        )
        tick()
    gone = [(eid, day) for (eid, day), n in delta.items() if n < 0]
    if gone:
        drv.executemany("DELETE FROM engagerday WHERE engager_id = ? AND local_date = ? AND count <= 0", gone)
    tick()
    _settle_people(conn, workspace_id, ids, chunks, old, tick)


def add_inserted_interactions(
    session: Session,
    workspace_id: int,
    first_id: int,
    last_id: int,
    engagers: Sequence[int],
    days: Sequence[str],
    *,
    bulk: bool = False,
    step: Step | None = None,
) -> None:
    """``apply_engager_day_changes`` for interactions a bulk load just inserted with ids ``first_id..last_id``,
    whose people and local dates (ISO text) are ``engagers`` and ``days``, in any order.

    Why: for an import of a million rows the per-pair upsert from Python (hundreds of thousands of tuples through
    executemany) cost more than inserting the interactions; one ``INSERT ... SELECT ... GROUP BY`` over the id
    range is a single sorted pass inside the database. The range must hold only this write's rows, which is how
    the importer assigns ids (consecutive, from the table's maximum, under its write lock). The rest — first and
    last seen, the returning-engager deltas — is derived in numpy from the people's person-days before the load
    (read back, a bounded query per 500 people) and the loaded pairs, instead of reading every person-day of the
    workspace back after it and updating each person with two sub-selects. ``bulk``: the load is at least as
    large as the table (the importer rebuilt its indexes), so on SQLite the GROUP BY reads the freshly built
    (person, day) index in order instead of sorting, and EngagerDay's date index is rebuilt after the insert
    when the table is no larger than the load. Same transaction, same figures (the tests compare with a
    recomputation from raw interactions on both engines).
    """
    conn = session.connection()
    drv = _driver(conn)
    own = own_engager_ids(conn, workspace_id)
    dialect = conn.dialect.name
    # The loaded (person, day) pairs as one int64 key each: person << 22 | day ordinal (< 2**22 up to 9999-12-31).
    ordinal = {d: date.fromisoformat(d[:10]).toordinal() for d in set(days)}
    e = np.fromiter(engagers, dtype=np.int64, count=len(engagers))
    d = np.fromiter(map(ordinal.__getitem__, days), dtype=np.int64, count=len(days))
    if own:
        keep = ~np.isin(e, np.array(own, dtype=np.int64))
        e, d = e[keep], d[keep]
    loaded = np.unique((e << _DAY_BITS) | d)
    people = loaded >> _DAY_BITS  # sorted, as the keys are
    ids = people[np.r_[True, people[1:] != people[:-1]]].tolist() if people.size else []
    chunks = [ids[i : i + 500] for i in range(0, len(ids), 500)]
    total = len(chunks) + 5
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if step is not None:
            step(min(done, total), total)

    old_p, old_d = (
        _person_days_chunked(conn, workspace_id, chunks, tick)
        if ids
        else (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
    )
    # Integer ids written into the SQL (int() makes that safe); no own accounts, no test at all.
    not_own = f" AND engager_id NOT IN ({','.join(str(int(i)) for i in own)})" if own else ""
    rebuild: list[str] = []
    by_person_day = (
        bulk
        and dialect == "sqlite"
        and drv.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'ix_interaction_engager_date'"
        ).fetchone()
        is not None
    )
    if by_person_day:
        # The id range alone selects this load's rows (the workspace test would cost a table lookup per row); the
        # (person, day) index just rebuilt gives them in GROUP BY order, so nothing is sorted.
        source = "interaction INDEXED BY ix_interaction_engager_date WHERE id >= ? AND id <= ?"
        args: tuple[int, ...] = (workspace_id, first_id, last_id)
        if drv.execute("SELECT COUNT(*) FROM engagerday").fetchone()[0] <= len(engagers):
            rebuild = drop_sqlite_indexes(drv, "engagerday")
    else:
        # "+workspace_id": the id range (a rowid range on SQLite) drives the scan, never the workspace's index.
        source = "interaction WHERE +workspace_id = ? AND id >= ? AND id <= ?"
        args = (workspace_id, workspace_id, first_id, last_id)
    drv.execute(
        "INSERT INTO engagerday (engager_id, local_date, workspace_id, count) "
        f"SELECT engager_id, local_date, ?, COUNT(*) FROM {source}{not_own} "
        "GROUP BY engager_id, local_date "
        "ON CONFLICT (engager_id, local_date) DO UPDATE SET count = engagerday.count + excluded.count",
        args,
    )
    for sql in rebuild:  # same transaction: a crash or a cancel rolls the drop back too
        drv.execute(sql)
    tick()
    # The people's person-days now: what they had plus the loaded pairs (counts only add up, none drops to 0).
    now = np.union1d((old_p << _DAY_BITS) | old_d, loaded) if old_p.size else loaded
    persons, pdays = now >> _DAY_BITS, now & ((1 << _DAY_BITS) - 1)
    tick()
    if ids:
        _add_deltas(conn, workspace_id, (persons, pdays), (old_p, old_d))
    tick()
    if persons.size:
        # Each person's first and last day: the ends of their run in the sorted keys.
        starts = np.flatnonzero(np.r_[True, persons[1:] != persons[:-1]])
        ends = np.r_[starts[1:] - 1, persons.size - 1]
        ends_days = np.unique(np.concatenate([pdays[starts], pdays[ends]]))
        iso = {int(x): date.fromordinal(int(x)).isoformat() for x in ends_days.tolist()}
        drv.executemany(
            "UPDATE engager SET first_seen = ?, last_seen = ? WHERE workspace_id = ? AND id = ?",
            [
                (iso[f], iso[la], workspace_id, p)
                for p, f, la in zip(persons[starts].tolist(), pdays[starts].tolist(), pdays[ends].tolist(), strict=True)
            ],
        )
    tick()
    refresh_rollups(conn, workspace_id)
    tick()


_DAY_BITS = 22


def _settle_people(
    conn: Connection,
    workspace_id: int,
    ids: Sequence[int],
    chunks: Sequence[Sequence[int]],
    old: tuple[np.ndarray, np.ndarray] | None,
    tick: Callable[[], None],
) -> None:
    """After EngagerDay changed for ``ids`` (sorted, in ``chunks``): their first/last seen, the returning deltas
    (the difference from their ``old`` person-days, or a full rebuild when too many people changed), then the
    queued threads."""
    drv = _driver(conn)
    for chunk in chunks:
        marks = ",".join("?" * len(chunk))
        # Both sub-selects are one probe of the (engager_id, local_date) primary key.
        drv.execute(
            "UPDATE engager SET "
            "first_seen = (SELECT MIN(local_date) FROM engagerday d WHERE d.engager_id = engager.id), "
            "last_seen = (SELECT MAX(local_date) FROM engagerday d WHERE d.engager_id = engager.id) "
            f"WHERE workspace_id = ? AND id IN ({marks})",
            [workspace_id, *chunk],
        )
        tick()
    if old is not None:
        _add_deltas(conn, workspace_id, _person_days_chunked(conn, workspace_id, chunks), old)
    elif ids:
        rebuild_returning_deltas(conn, workspace_id)
    tick()
    refresh_rollups(conn, workspace_id)
    tick()


def _person_days_chunked(
    conn: Connection, workspace_id: int, chunks: Sequence[Sequence[int]], tick: Callable[[], None] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """``_person_days`` for sorted id chunks (a bounded number of SQL parameters each), concatenated in order."""
    parts = []
    for c in chunks:
        parts.append(_person_days(conn, workspace_id, c))
        if tick is not None:
            tick()
    if not parts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])


# -------------------------------------------------------------------------------- returning engagers


def returning_contribution(
    persons: np.ndarray, days: np.ndarray, window_days: int = RETURNING_WINDOW_DAYS
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(day ordinals, engaged deltas, returning deltas) of some people's distinct days, sorted by person, day.

    Inside any window a person's days form a contiguous run of their sorted days, so with n of them inside,
    engaged = n - (n-1 consecutive pairs) and returning = pairs - triples (docs/domain.md §4, and the proof in
    ``domain.metrics.returning_series``). A day counts for windows ending in [d, d+W-1]; a pair (d1, d2) for
    [d2, d1+W-1]; a triple (d1, _, d3) for [d3, d1+W-1] — each interval is +1 at its start and -1 after it.
    Contributions add up over people, which is what lets a write apply only the touched people's difference.
    """
    w = window_days
    same1 = persons[1:] == persons[:-1]
    pair = same1 & (days[1:] - days[:-1] < w)
    same2 = persons[2:] == persons[:-2]
    triple = same2 & (days[2:] - days[:-2] < w)
    d1_pair, d2_pair = days[:-1][pair], days[1:][pair]
    d1_tri, d3_tri = days[:-2][triple], days[2:][triple]
    at = np.concatenate([days, days + w, d2_pair, d1_pair + w, d3_tri, d1_tri + w])
    de = np.concatenate(
        [np.ones_like(days), -np.ones_like(days), -np.ones_like(d2_pair), np.ones_like(d1_pair), 0 * d3_tri, 0 * d1_tri]
    )
    dr = np.concatenate(
        [0 * days, 0 * days, np.ones_like(d2_pair), -np.ones_like(d1_pair), -np.ones_like(d3_tri), np.ones_like(d1_tri)]
    )
    uniq, inv = np.unique(at, return_inverse=True)
    e = np.bincount(inv, weights=de, minlength=uniq.size).astype(np.int64)
    r = np.bincount(inv, weights=dr, minlength=uniq.size).astype(np.int64)
    keep = (e != 0) | (r != 0)
    return uniq[keep], e[keep], r[keep]


def _person_days(
    conn: Connection, workspace_id: int, engager_ids: Sequence[int] | None
) -> tuple[np.ndarray, np.ndarray]:
    """(persons, day ordinals) of EngagerDay, sorted by person then day; all of the workspace when ids is None."""
    dialect = conn.dialect.name
    sql = f"SELECT engager_id, {day_number_sql(dialect, 'local_date')} FROM engagerday WHERE workspace_id = ?"
    params: list[Any] = [workspace_id]
    if engager_ids is not None:
        sql += f" AND engager_id IN ({','.join('?' * len(engager_ids))})"
        params += list(engager_ids)
    rows = _driver(conn).execute(sql + " ORDER BY engager_id, local_date", params).fetchall()
    if not rows:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    arr = np.array(rows, dtype=np.int64)
    return arr[:, 0], arr[:, 1]


def _add_deltas(
    conn: Connection,
    workspace_id: int,
    new: tuple[np.ndarray, np.ndarray],
    old: tuple[np.ndarray, np.ndarray] | None = None,
) -> None:
    """Add the contribution of ``new`` person-days (minus that of ``old`` ones) to the workspace's deltas."""
    days, e, r = returning_contribution(*new)
    if old is not None and old[0].size:
        od, oe, orr = returning_contribution(*old)
        days, inv = np.unique(np.concatenate([days, od]), return_inverse=True)
        e = np.bincount(inv, weights=np.concatenate([e, -oe]), minlength=days.size).astype(np.int64)
        r = np.bincount(inv, weights=np.concatenate([r, -orr]), minlength=days.size).astype(np.int64)
        keep = (e != 0) | (r != 0)
        days, e, r = days[keep], e[keep], r[keep]
    if not days.size:
        return
    rows = [
        (workspace_id, date.fromordinal(d).isoformat(), de, dr)
        for d, de, dr in zip(days.tolist(), e.tolist(), r.tolist(), strict=True)
    ]
    _driver(conn).executemany(
        "INSERT INTO returningdelta (workspace_id, local_date, d_engaged, d_returning) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (workspace_id, local_date) DO UPDATE SET "
        "d_engaged = returningdelta.d_engaged + excluded.d_engaged, "
        "d_returning = returningdelta.d_returning + excluded.d_returning",
        rows,
    )


def rebuild_returning_deltas(conn: Connection, workspace_id: int) -> None:
    """Recompute the workspace's returning-engager deltas from EngagerDay (linear in its person-days)."""
    rd = table_of(ReturningDelta)
    conn.execute(delete(rd).where(rd.c.workspace_id == workspace_id))
    _add_deltas(conn, workspace_id, _person_days(conn, workspace_id, None))


# -------------------------------------------------------------------------------- thread summaries


def threads_pending(conn: Connection, workspace_id: int) -> bool:
    """Whether some thread summary of the workspace waits for a refresh (a write that skipped the rollup)."""
    dirty = table_of(RollupDirty)
    q = select(dirty.c.interaction_id).where(dirty.c.workspace_id == workspace_id).limit(1)
    return conn.execute(q).first() is not None


def refresh_rollups(conn: Connection, workspace_id: int, *, full: bool = False) -> None:
    """Bring the workspace's thread summaries up to date with its interactions, and empty its queue.

    Small queues recompute only the queued interactions' threads; a big queue (an import) or ``full``
    rebuilds every thread in one linear pass. The "whole workspace" marker (0, left by the migration) also
    rebuilds the returning-engager deltas.
    """
    dirty = table_of(RollupDirty)
    queued = [
        int(r[0])
        for r in conn.execute(
            select(dirty.c.interaction_id).where(dirty.c.workspace_id == workspace_id).limit(FULL_REBUILD_THRESHOLD + 1)
        )
    ]
    if 0 in queued:
        rebuild_returning_deltas(conn, workspace_id)
    if full or 0 in queued or len(queued) > FULL_REBUILD_THRESHOLD:
        rebuild_all_threads(conn, workspace_id)
    elif queued:
        _refresh_some_threads(conn, workspace_id, queued)
    if queued:
        conn.execute(delete(dirty).where(dirty.c.workspace_id == workspace_id))


def _refresh_some_threads(conn: Connection, workspace_id: int, seeds: Sequence[int]) -> None:
    """Recompute the threads holding ``seeds`` (interaction ids, possibly deleted ones) with recursive SQL.

    Up: from each seed to its top-level ancestor (the root). Down: from each root along replies of message
    kinds (the parent index makes each step a lookup). ``UNION`` (not ``UNION ALL``) stops on parent cycles.
    """
    seeds_json = json.dumps(sorted(set(seeds)))
    dialect = conn.dialect.name
    roots = [
        int(r[0])
        for r in conn.execute(
            text(
                "WITH RECURSIVE up(id, parent) AS ("
                f" SELECT id, parent_id FROM interaction WHERE id IN ({id_list_sql(dialect, 'seeds')})"
                " UNION SELECT i.id, i.parent_id FROM interaction i JOIN up ON i.id = up.parent)"
                " SELECT id FROM up WHERE parent IS NULL"
            ),
            {"seeds": seeds_json},
        )
    ]
    ts = table_of(ThreadSummary)
    stale = sorted(set(seeds) | set(roots))
    for i in range(0, len(stale), 500):
        conn.execute(delete(ts).where(ts.c.root_id.in_(stale[i : i + 500])))
    if not roots:
        return
    conn.execute(
        text(
            "INSERT INTO threadsummary (root_id, workspace_id, local_date, messages, people, root_kind, "
            "root_engager_id) "
            "WITH RECURSIVE down(root, id, person) AS ("
            f" SELECT id, id, engager_id FROM interaction WHERE id IN ({id_list_sql(dialect, 'roots')})"
            " UNION SELECT down.root, c.id, c.engager_id FROM interaction c JOIN down ON c.parent_id = down.id"
            f"  WHERE c.kind IN ({_KINDS_SQL}))"
            " SELECT r.id, r.workspace_id, r.local_date, t.n, t.p, r.kind, r.engager_id"
            " FROM (SELECT root, COUNT(*) AS n, COUNT(DISTINCT person) AS p FROM down GROUP BY root) t"
            " JOIN interaction r ON r.id = t.root"
            " WHERE t.n >= 2 AND r.workspace_id = :ws"
        ),
        {"roots": json.dumps(roots), "ws": workspace_id},
    )


def thread_rows(conn: Connection, workspace_id: int) -> list[tuple[int, str, int, int, str, int]]:
    """Every thread of two or more messages as (root id, root local date, messages, people, root kind, root
    person), from raw interactions in one linear pass — the full rebuild, and the reference the summaries are
    tested against.

    Reads only replies of message kinds joined to their parent; resolves each reply's topmost reply ancestor
    by pointer doubling in numpy. A chain is a thread when that ancestor's parent is top-level (its root);
    chains broken by a missing parent or a non-message reply do not count, as in a walk from the root down.
    """
    raw = (
        _driver(conn)
        .execute(
            "SELECT r.id, r.parent_id, r.engager_id, p.parent_id IS NULL, p.engager_id, p.local_date, p.kind "
            "FROM interaction r JOIN interaction p ON p.id = r.parent_id "
            # "+r.workspace_id": one sequential scan beats a million index-then-table hops on the workspace index.
            f"WHERE +r.workspace_id = ? AND r.parent_id IS NOT NULL AND r.kind IN ({_KINDS_SQL})",
            (workspace_id,),
        )
        .fetchall()
    )
    if not raw:
        return []
    n = len(raw)
    rid = np.fromiter((r[0] for r in raw), dtype=np.int64, count=n)
    rparent = np.fromiter((r[1] for r in raw), dtype=np.int64, count=n)
    rperson = np.fromiter((r[2] for r in raw), dtype=np.int64, count=n)
    p_top = np.fromiter((bool(r[3]) for r in raw), dtype=bool, count=n)
    p_person = np.fromiter((r[4] for r in raw), dtype=np.int64, count=n)
    order = np.argsort(rid)
    sorted_ids = rid[order]
    pos = np.minimum(np.searchsorted(sorted_ids, rparent), n - 1)
    parent_pos = np.where(sorted_ids[pos] == rparent, order[pos], -1)  # index of the parent if it is a reply
    top = np.where(parent_pos < 0, np.arange(n), parent_pos)
    for _ in range(64):  # doubling: 2**64 levels is more than any thread
        nxt = top[top]
        if np.array_equal(nxt, top):
            break
        top = nxt
    # A parent cycle never reaches a reply whose parent is outside the replies: drop it like a broken chain.
    valid = (parent_pos[top] < 0) & p_top[top]
    if not valid.any():
        return []
    root = rparent[top][valid]
    person = rperson[valid]
    root_ids = np.unique(root)
    # Messages: replies per root + the root. People: distinct (root, person) pairs incl. the root's author.
    persons_all = np.concatenate([person, p_person[top][valid]])
    base = int(persons_all.max()) + 1  # one int64 key per (root, person): a 1-D unique, far faster than axis=0
    pairs = np.unique(np.concatenate([root, root]) * base + persons_all)
    people = np.bincount(np.searchsorted(root_ids, pairs // base), minlength=root_ids.size)
    messages = np.bincount(np.searchsorted(root_ids, root), minlength=root_ids.size) + 1
    # The root's date, kind and person: any reply whose topmost ancestor hangs off that root carries them (p.*).
    root_of: dict[int, tuple[str, str, int]] = {}
    for k in np.flatnonzero(valid & (parent_pos < 0)).tolist():
        root_of.setdefault(int(rparent[k]), (str(raw[k][5])[:10], str(raw[k][6]), int(raw[k][4])))
    out: list[tuple[int, str, int, int, str, int]] = []
    for r, m, p in zip(root_ids.tolist(), messages.tolist(), people.tolist(), strict=True):
        day, kind, who = root_of[int(r)]
        out.append((int(r), day, int(m), int(p), kind, who))
    return out


def _driver(conn: Connection) -> Any:
    """The DB-API connection under ``conn`` (same transaction): plain tuples, no per-row SQLAlchemy work."""
    return DriverConnection(conn)


def rebuild_all_threads(conn: Connection, workspace_id: int) -> None:
    """Replace every thread summary of the workspace (linear in its replies)."""
    ts = table_of(ThreadSummary)
    conn.execute(delete(ts).where(ts.c.workspace_id == workspace_id))
    rows = thread_rows(conn, workspace_id)
    if rows:
        _driver(conn).executemany(
            "INSERT INTO threadsummary (root_id, workspace_id, local_date, messages, people, root_kind, "
            "root_engager_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(r, workspace_id, d, m, p, kind, who) for r, d, m, p, kind, who in rows],
        )
