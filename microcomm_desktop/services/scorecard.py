"""The weekly scorecard (docs/domain.md §4): one set of figures per week, shared by the Dashboard, reports and CLI.

Why it is built this way:

* Post metrics are summed in SQL per ``Post.local_date`` (a few thousand small rows even for five years), then
  turned into per-period totals with prefix sums, so any set of periods (weeks, a 30-day report) costs the
  same single query.
* Returning engagers never rescan raw interactions or even person-days: ``ReturningDelta`` is the 30-day
  window series as a per-day difference array, kept current on write (``services.rollups``), so every
  window is a prefix sum over a few thousand rows. ``returning_series_from_days`` (the EngagerDay sweep of
  ``domain.metrics.returning_series``) stays as the reference the tests and the benchmark compare against.
* Deep threads come from ``ThreadSummary`` (one row per thread with replies, maintained on write by
  ``services.rollups``), so the scorecard never walks reply chains; a write path that bypassed the rollup
  leaves its threads queued, and the next scorecard refreshes them first.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

import numpy as np
from sqlalchemy import func, select, text
from sqlalchemy.engine import Connection, Engine

from microcomm_desktop.domain import metrics
from microcomm_desktop.services import rollups
from microcomm_desktop.services.reach import describe, reach_sql, standins_from_conn
from microcomm_desktop.services.rollups import own_engager_ids, refresh_rollups, threads_pending
from microcomm_desktop.store.models import EngagerDay, Post, Setting, Workspace
from microcomm_desktop.store.models.base import table_of
from microcomm_desktop.store.models.rollups import ReturningDelta
from microcomm_desktop.store.sqlfuncs import DriverConnection

Label = Literal["community", "reach", "all"]
LABELS: tuple[Label, ...] = ("all", "community", "reach")
RETURNING_WINDOW_DAYS = rollups.RETURNING_WINDOW_DAYS
# Interactions that are messages in a conversation (likes, saves and shares are not).
MESSAGE_KINDS = rollups.MESSAGE_KINDS
# Julian day of 0001-01-01 (date.toordinal() == 1): converts SQLite dates to ordinals inside the query.
_JULIAN_ORDINAL_OFFSET = 1721424.5


@dataclass(frozen=True)
class WeekFigures:
    """Figures of one period (usually a week). Rates are ``None`` ("n/a") when their denominator is zero.

    With label "all", replies/saves (and their per-1k rates) are those of *community* posts over *their*
    reach — a post is judged only by the metrics of its job (docs/domain.md §4); ``rate_reach`` is that
    denominator. With "community" or "reach" every figure is over the chosen posts only.
    """

    week_start: date
    week_end: date
    posts: int
    community_posts: int
    reach_posts: int
    reach: int
    impressions: int
    engagements: int
    replies: int
    saves: int
    shares: int
    er: float | None  # percent, workspace definition
    saves_per_1k: float | None
    replies_per_1k: float | None
    engaged_people: int  # people who engaged in the 30-day window ending on week_end
    returning_engagers: int  # of them, those who engaged on two or more distinct days
    returning_share: float | None  # percent; 30-day window ending on week_end
    deep_threads: int  # threads whose first message falls in the period
    health_score: float | None
    rate_reach: int = 0  # the reach the per-1k rates divide by (see class docstring)
    er_definition: str = "reach"
    # DM back-and-forth from logged DMs (threads a member started this period; see metrics.dm_depth).
    dm_threads: int = 0
    dm_messages_per_thread: float | None = None
    dm_answered_share: float | None = None  # percent of those threads someone (the creator) answered
    # Posts without reach whose views/impressions stood in for it (services.reach), and in which words.
    reach_standin_posts: int = 0
    reach_standin: str = ""

    def as_dict(self) -> dict[str, Any]:
        """JSON-friendly: ISO dates, rates rounded to 2 decimals, ``None`` kept (→ ``null``)."""
        out: dict[str, Any] = {}
        for key, value in self.__dict__.items():
            if isinstance(value, date):
                out[key] = value.isoformat()
            elif isinstance(value, float):
                out[key] = round(value, 2)
            else:
                out[key] = value
        return out


# -------------------------------------------------------------------------------- periods


def week_start_of(day: date, week_start: int) -> date:
    """First day of the week holding ``day``, weeks starting on weekday ``week_start`` (0 = Monday)."""
    return day - timedelta(days=(day.weekday() - week_start) % 7)


def week_periods(
    until: date, week_start: int, *, weeks: int | None = None, since: date | None = None
) -> list[tuple[date, date]]:
    """Weeks oldest first; the last one contains ``until``. ``weeks`` wins over ``since``; one week minimum."""
    last = week_start_of(until, week_start)
    if weeks is not None:
        count = max(1, int(weeks))
    elif since is not None:
        count = max(1, (last - week_start_of(min(since, until), week_start)).days // 7 + 1)
    else:
        count = 1
    first = last - timedelta(days=7 * (count - 1))
    # The week holding 9999-12-31 ends after the last date Python knows: it ends on date.max instead.
    return [
        (first + timedelta(days=7 * i), first + timedelta(days=min(7 * i + 6, (date.max - first).days)))
        for i in range(count)
    ]


def first_activity(engine: Engine, workspace_id: int) -> date | None:
    """Earliest day with a post or an engagement — where "all" weeks begin."""
    post = table_of(Post)
    day = table_of(EngagerDay)
    with engine.connect() as conn:
        p = conn.execute(select(func.min(post.c.local_date)).where(post.c.workspace_id == workspace_id)).scalar()
        d = conn.execute(select(func.min(day.c.local_date)).where(day.c.workspace_id == workspace_id)).scalar()
    found = [x for x in (p, d) if x is not None]
    return min(found) if found else None


# -------------------------------------------------------------------------------- settings


def _settings(conn: Connection, workspace_id: int, keys: Sequence[str]) -> dict[str, Any]:
    """Workspace value, else app-wide value, else the coded default — one query for all keys."""

    from microcomm_desktop.services.settings import DEFAULTS

    st = table_of(Setting)
    rows = conn.execute(
        select(st.c.workspace_id, st.c.key, st.c.value).where(
            st.c.key.in_(list(keys)), (st.c.workspace_id == workspace_id) | st.c.workspace_id.is_(None)
        )
    ).all()
    found: dict[str, Any] = {k: DEFAULTS[k] for k in keys}
    for _wid, key, value in sorted(rows, key=lambda r: r[0] is not None):  # global first, workspace overrides
        try:
            found[key] = json.loads(value)
        except ValueError:
            continue
    return found


@dataclass(frozen=True)
class Benchmarks:
    """The bands and band tops in force for a workspace (docs/domain.md §4 defaults unless the user overrode them)."""

    bands: dict[str, metrics.Band]
    replies_top: float
    saves_top: float


BAND_KEYS: tuple[str, ...] = tuple(metrics.BENCHMARKS)


def _benchmarks_from(conn: Connection, workspace_id: int) -> Benchmarks:
    keys = ["benchmark.replies_top", "benchmark.saves_top"] + [f"benchmark.{k}" for k in BAND_KEYS]
    vals = _settings(conn, workspace_id, keys)
    bands: dict[str, metrics.Band] = {}
    for k in BAND_KEYS:
        low, high = (float(x) for x in vals[f"benchmark.{k}"])
        bands[k] = metrics.Band(low, high, metrics.BENCHMARKS[k].action)
    return Benchmarks(bands, float(vals["benchmark.replies_top"]), float(vals["benchmark.saves_top"]))


def benchmarks(engine: Engine, workspace_id: int) -> Benchmarks:
    with engine.connect() as conn:
        return _benchmarks_from(conn, workspace_id)


# -------------------------------------------------------------------------------- loading


def _post_totals(conn: Connection, workspace_id: int, lo: date, hi: date) -> dict[str, np.ndarray]:
    """Per-day sums by label over [lo, hi], as arrays indexed by day offset from ``lo``.

    Grouped by (local_date, label) so SQLite streams the covering ``ix_post_scorecard`` index without a
    temporary B-tree; any label other than "reach" counts as community. Days come back as ordinals.
    """
    n_days = (hi - lo).days + 1
    cols = ("posts", "reach", "impressions", "engagements", "replies", "saves", "shares", "standin")
    arrays = {f"{c}_{g}": np.zeros(n_days, dtype=np.int64) for c in cols for g in ("c", "r")}
    p = table_of(Post)
    reach, standin = reach_sql(p, standins_from_conn(conn, workspace_id))
    q = (
        select(
            # The date itself, not an ordinal computed in SQL: julianday() per post cost a third of the query;
            # a few thousand per-day rows convert in Python for almost nothing.
            p.c.local_date,
            p.c.label,
            func.count(),
            # COALESCE(SUM, 0): a day whose posts all lack a figure sums to NULL; 0 lets numpy take the rows as is.
            *(
                func.coalesce(func.sum(x), 0)
                for x in (
                    reach,
                    p.c.impressions,
                    func.coalesce(p.c.engagements, p.c.likes + p.c.comments + p.c.shares + p.c.saves),
                    p.c.comments,
                    p.c.saves,
                    p.c.shares,
                    standin,
                )
            ),
        )
        .where(p.c.workspace_id == workspace_id, p.c.local_date >= lo, p.c.local_date <= hi)
        .group_by(p.c.local_date, p.c.label)
    )
    rows = conn.execute(q).all()
    if not rows:
        return arrays
    base = lo.toordinal()
    idx = np.fromiter((r[0].toordinal() - base for r in rows), dtype=np.int64, count=len(rows))
    comm = np.fromiter((r[1] != "reach" for r in rows), dtype=bool, count=len(rows))
    data = np.array([tuple(r[2:]) for r in rows], dtype=np.int64)
    for k, c in enumerate(cols):
        for g, mask in (("c", comm), ("r", ~comm)):
            np.add.at(arrays[f"{c}_{g}"], idx[mask], data[mask, k])
    return arrays


def returning_series_from_days(
    engine: Engine, workspace_id: int, ends: Sequence[date]
) -> list[metrics.ReturningWindow]:
    """The returning-engager windows computed from EngagerDay by the numpy sweep — the slower reference path."""
    with engine.connect() as conn:
        persons, days = _engager_days(
            conn, workspace_id, min(ends) - timedelta(days=RETURNING_WINDOW_DAYS - 1), max(ends)
        )
    return metrics.returning_series(persons, days, ends, RETURNING_WINDOW_DAYS)


def _engager_days(conn: Connection, workspace_id: int, lo: date, hi: date) -> tuple[np.ndarray, np.ndarray]:
    """(person ids, day ordinals) of EngagerDay rows in [lo, hi].

    Dates are turned into ordinals by SQLite and the rows come back through the raw cursor: building a
    Python ``date`` per row would cost more than the whole sweep.
    """
    if conn.dialect.name == "sqlite":
        # One packed integer per row, concatenated by SQLite into a single string: no per-row Python objects
        # (3-4x faster than fetching tuples at 300k rows). Ordinals stay below 10**6 until the year 2739.
        text = (
            DriverConnection(conn)
            .execute(
                "SELECT group_concat(engager_id * 1000000 + CAST(julianday(local_date) - ? AS INTEGER), ',') "
                "FROM engagerday WHERE workspace_id = ? AND local_date >= ? AND local_date <= ?",
                (_JULIAN_ORDINAL_OFFSET, workspace_id, lo.isoformat(), hi.isoformat()),
            )
            .fetchone()[0]
        )
        if not text:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        packed = np.array(text.split(","), dtype=np.int64)
        persons, days = np.divmod(packed, 1_000_000)
        return persons, days
    day = table_of(EngagerDay)  # PostgreSQL: dates arrive as date objects already
    res = conn.execute(
        select(day.c.engager_id, day.c.local_date).where(
            day.c.workspace_id == workspace_id, day.c.local_date >= lo, day.c.local_date <= hi
        )
    ).all()
    persons = np.array([r[0] for r in res], dtype=np.int64)
    days = np.array([r[1].toordinal() for r in res], dtype=np.int64)
    return persons, days


def _returning_windows(conn: Connection, workspace_id: int, ends: Sequence[date]) -> list[metrics.ReturningWindow]:
    """Engaged and returning people of the 30-day window ending on each of ``ends``, from ``ReturningDelta``.

    The deltas are a difference array over days kept current on write, so every window is one prefix sum:
    the same figures as ``metrics.returning_series`` over EngagerDay, without reading 300k person-days.
    """
    rd = table_of(ReturningDelta)
    rows = conn.execute(
        select(rd.c.local_date, rd.c.d_engaged, rd.c.d_returning)
        .where(rd.c.workspace_id == workspace_id, rd.c.local_date <= max(ends))
        .order_by(rd.c.local_date)
    ).all()
    day_ord = np.fromiter((r[0].toordinal() for r in rows), dtype=np.int64, count=len(rows))
    engaged_cum = np.concatenate(([0], np.cumsum(np.fromiter((r[1] for r in rows), np.int64, len(rows)))))
    returning_cum = np.concatenate(([0], np.cumsum(np.fromiter((r[2] for r in rows), np.int64, len(rows)))))
    idx = np.searchsorted(day_ord, np.array([e.toordinal() for e in ends], dtype=np.int64), side="right")
    out: list[metrics.ReturningWindow] = []
    for end, n_engaged, n_returning in zip(ends, engaged_cum[idx].tolist(), returning_cum[idx].tolist(), strict=True):
        share = None if n_engaged == 0 else n_returning / n_engaged * 100.0
        out.append(metrics.ReturningWindow(end, int(n_engaged), int(n_returning), share))
    return out


def _deep_threads_by_root_day(conn: Connection, workspace_id: int, lo: date, hi: date) -> dict[date, int]:
    """Deep threads (≥3 messages from ≥2 people) keyed by the local date of the thread's first message.

    Read from ``ThreadSummary`` (kept current on write by ``services.rollups``) through the partial index
    ``ix_threadsummary_deep``, which holds only deep threads. The thresholds are written into the SQL as
    literals: SQLite uses a partial index only when it can prove the query's WHERE implies the index's, which
    it cannot do through bound parameters.
    """
    rows = conn.execute(
        text(
            "SELECT local_date, COUNT(*) FROM threadsummary "
            "WHERE workspace_id = :ws AND local_date >= :lo AND local_date <= :hi "
            f"AND messages >= {int(metrics.DEEP_MIN_MESSAGES)} AND people >= {int(metrics.DEEP_MIN_PEOPLE)} "
            "GROUP BY local_date"
        ),
        {"ws": workspace_id, "lo": lo.isoformat(), "hi": hi.isoformat()},
    ).all()
    return {_as_date(d): int(n) for d, n in rows}


def _as_date(value: Any) -> date:
    """A date column read through ``text()``: a ``date`` on PostgreSQL, ISO text on SQLite."""
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


# -------------------------------------------------------------------------------- figures


# A member's DM with no parent starts a thread; the messages under it are in its ThreadSummary row (kept on
# write; no row = a lone DM). "Answered" = the thread has a second person. Threads the creator started (outreach)
# are left out: the figure is about answering members. Two scans of partial indexes, no join: the DM roots per day
# (ix_interaction_dm_roots), and the few DM threads that have replies (ix_threadsummary_dm, whose rows carry the
# root's kind and person). A lone DM adds one message and is never answered, so per day
#   threads = roots, messages = roots + sum(messages - 1 over threads with replies), answered = those with 2+ people
# — the same figures as joining every root to its summary, without a probe per DM.
_DM_ROOTS_SQL = """
    SELECT local_date, COUNT(*) FROM interaction
    WHERE workspace_id = :ws AND local_date >= :lo AND local_date <= :hi
      AND kind = 'dm' AND parent_id IS NULL __OWN__
    GROUP BY local_date
    """
_DM_REPLIED_SQL = """
    SELECT local_date, SUM(messages - 1), SUM(CASE WHEN people >= 2 THEN 1 ELSE 0 END) FROM threadsummary
    WHERE workspace_id = :ws AND local_date >= :lo AND local_date <= :hi AND root_kind = 'dm' __OWN__
    GROUP BY local_date
    """


def _dm_days(conn: Connection, workspace_id: int, lo: date, hi: date) -> tuple[np.ndarray, np.ndarray]:
    """(day ordinals, [[threads, messages, answered]] per day) of member-started DM threads in [lo, hi]."""
    own = own_engager_ids(conn, workspace_id)
    # Integer ids written into the SQL (int() makes that safe): an empty list needs no test at all.
    own_ids = ",".join(str(int(i)) for i in own)
    args = {"ws": workspace_id, "lo": lo.isoformat(), "hi": hi.isoformat()}
    roots = conn.execute(
        text(_DM_ROOTS_SQL.replace("__OWN__", f"AND engager_id NOT IN ({own_ids})" if own_ids else "")), args
    ).all()
    replied = conn.execute(
        text(_DM_REPLIED_SQL.replace("__OWN__", f"AND root_engager_id NOT IN ({own_ids})" if own_ids else "")), args
    ).all()
    per_day: dict[int, list[int]] = {}
    for d, n in roots:
        per_day[_as_date(d).toordinal()] = [int(n), int(n), 0]
    for d, extra, answered in replied:
        row = per_day.setdefault(_as_date(d).toordinal(), [0, 0, 0])  # (a summary always has its root: defensive)
        row[1] += int(extra or 0)
        row[2] += int(answered or 0)
    days = sorted(per_day)
    totals = np.array([per_day[d] for d in days], dtype=np.int64).reshape(-1, 3)
    return np.array(days, dtype=np.int64), totals


def figures_for_periods(
    engine: Engine,
    workspace_id: int,
    periods: Sequence[tuple[date, date]],
    label: Label = "all",
) -> list[WeekFigures]:
    """Figures for each (start, end) period (inclusive, local dates), in the order given."""
    if label not in LABELS:
        raise ValueError(f"label must be one of {', '.join(LABELS)}")
    if not periods:
        return []
    for start, end in periods:
        if end < start:
            raise ValueError(f"period ends ({end}) before it starts ({start})")
    lo = min(p[0] for p in periods)
    hi = max(p[1] for p in periods)
    with engine.connect() as conn:
        pending = threads_pending(conn, workspace_id)
    if pending:  # a write skipped the rollup (or the file was just migrated): settle its threads first
        with engine.begin() as wconn:
            refresh_rollups(wconn, workspace_id)
    with engine.connect() as conn:
        ws = conn.execute(select(table_of(Workspace)).where(table_of(Workspace).c.id == workspace_id)).first()
        if ws is None:
            raise ValueError("That workspace no longer exists.")
        er_def: metrics.ErDefinition = "impressions" if ws.er_definition == "impressions" else "reach"
        bench = _benchmarks_from(conn, workspace_id)
        arr = _post_totals(conn, workspace_id, lo, hi)
        standin_words = describe(standins_from_conn(conn, workspace_id))
        ends = [p[1] for p in periods]
        windows = _returning_windows(conn, workspace_id, ends)
        deep_by_day = _deep_threads_by_root_day(conn, workspace_id, lo, hi)
        dm_days, dm_totals = _dm_days(conn, workspace_id, lo, hi)

    # Every period's sums at once (prefix sums indexed by the periods' first and last days): a Python loop of
    # ten sums per week cost more than the queries on five years of weeks.
    prefix = {k: np.concatenate(([0], np.cumsum(v))) for k, v in arr.items()}
    first_i = np.array([(p[0] - lo).days for p in periods], dtype=np.int64)
    last_j = np.array([(p[1] - lo).days for p in periods], dtype=np.int64)
    period_sums = {k: (v[last_j + 1] - v[first_i]).tolist() for k, v in prefix.items()}
    start_ord, end_ord = first_i + lo.toordinal(), last_j + lo.toordinal()
    deep_days = sorted(deep_by_day)
    deep_ord = np.array([d.toordinal() for d in deep_days], dtype=np.int64)
    deep_prefix = np.concatenate(([0], np.cumsum([deep_by_day[d] for d in deep_days]))).astype(np.int64)
    deep_counts = (
        deep_prefix[np.searchsorted(deep_ord, end_ord, side="right")]
        - deep_prefix[np.searchsorted(deep_ord, start_ord, side="left")]
    ).tolist()
    dm_prefix = np.vstack([np.zeros((1, 3), dtype=np.int64), np.cumsum(dm_totals, axis=0)])
    dm_sums = (
        dm_prefix[np.searchsorted(dm_days, end_ord, side="right")]
        - dm_prefix[np.searchsorted(dm_days, start_ord, side="left")]
    ).tolist()

    out: list[WeekFigures] = []
    for n_period, ((start, end), win) in enumerate(zip(periods, windows, strict=True)):

        def tot(col: str, groups: str, n: int = n_period) -> int:
            return int(sum(period_sums[f"{col}_{g}"][n] for g in groups))

        groups = {"all": "cr", "community": "c", "reach": "r"}[label]
        rate_groups = "c" if label == "all" else groups
        comm_posts, reach_posts = tot("posts", "c"), tot("posts", "r")
        reach = tot("reach", groups)
        impressions = tot("impressions", groups)
        engagements = tot("engagements", groups)
        shares = tot("shares", groups)
        replies, saves = tot("replies", rate_groups), tot("saves", rate_groups)
        rate_reach = tot("reach", rate_groups)
        n_standin = tot("standin", groups)
        er = metrics.engagement_rate(engagements, reach, impressions, er_def)
        r1k = metrics.replies_per_1k(replies, rate_reach)
        s1k = metrics.saves_per_1k(saves, rate_reach)
        dm = metrics.dm_depth_from_totals(*(int(x) for x in dm_sums[n_period]))
        out.append(
            WeekFigures(
                week_start=start,
                week_end=end,
                posts={"all": comm_posts + reach_posts, "community": comm_posts, "reach": reach_posts}[label],
                community_posts=comm_posts,
                reach_posts=reach_posts,
                reach=reach,
                impressions=impressions,
                engagements=engagements,
                replies=replies,
                saves=saves,
                shares=shares,
                er=er,
                saves_per_1k=s1k,
                replies_per_1k=r1k,
                engaged_people=win.engaged,
                returning_engagers=win.returning,
                returning_share=win.share,
                deep_threads=int(deep_counts[n_period]),
                health_score=metrics.health_score(win.share, r1k, s1k, bench.replies_top, bench.saves_top),
                rate_reach=rate_reach,
                er_definition=er_def,
                dm_threads=dm.threads,
                dm_messages_per_thread=dm.messages_per_thread,
                dm_answered_share=dm.answered_share,
                reach_standin_posts=n_standin,
                reach_standin=standin_words if n_standin else "",
            )
        )
    return out


def engagerday_rows(engine: Engine, workspace_id: int, cap: int = 100_000) -> int:
    """Size hint, capped at ``cap``: the UI recomputes small workspaces inline and large ones in a worker.

    Capped because the caller only compares with a threshold, and counting all 300k rows of a large
    workspace on the UI thread cost as much as the scorecard itself (~50 ms).
    """
    day = table_of(EngagerDay)
    inner = select(day.c.engager_id).where(day.c.workspace_id == workspace_id).limit(cap).subquery()
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(inner)).scalar() or 0)


def workspace_week_start(engine: Engine, workspace_id: int) -> int:
    w = table_of(Workspace)
    with engine.connect() as conn:
        value = conn.execute(select(w.c.week_start).where(w.c.id == workspace_id)).scalar()
    if value is None:
        raise ValueError("That workspace no longer exists.")
    return int(value) % 7


def weekly_scorecard(
    engine: Engine,
    workspace_id: int,
    *,
    until: date,
    weeks: int | None = None,
    since: date | None = None,
    label: Label = "all",
) -> list[WeekFigures]:
    """Weekly figures, oldest first; weeks start on the workspace's weekday and the last contains ``until``.

    Neither ``weeks`` nor ``since``: every week from the first post or engagement (or just the last week).
    """
    ws_start = workspace_week_start(engine, workspace_id)
    if weeks is None and since is None:
        since = first_activity(engine, workspace_id) or until
    periods = week_periods(until, ws_start, weeks=weeks, since=since)
    return figures_for_periods(engine, workspace_id, periods, label)
