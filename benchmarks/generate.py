"""Deterministic large workspace for the benchmarks (issues #4, #20).

Default: 5 years, 20,000 posts, 50,000 engagers, 1,000,000 interactions (comments with reply threads), 200
deals, 60 sprints. ``--interactions N --posts M`` scales it (engagers default to N / 20); the 10x run is
``--interactions 10000000 --posts 200000``. Posts and engagers go in with SQLAlchemy Core, interactions as plain
tuples through the DB-API in 50k chunks (id order), then EngagerDay is filled by the same rollup the app uses.
Usage: python benchmarks/generate.py --data-dir /tmp/bench [--seed 7] [--interactions N] [--posts M]
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import numpy as np
from sqlalchemy import insert

from microcomm_desktop.services.context import open_context
from microcomm_desktop.services.rollups import rebuild_engager_days
from microcomm_desktop.services.workspaces import create_workspace
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Deal, Engager, Post, Sprint
from microcomm_desktop.store.models.base import table_of

NAME = "Benchmark: 5 years"
END = date(2026, 11, 25)
DAYS = 5 * 365
N_POSTS, N_ENGAGERS, N_INTERACTIONS, N_DEALS, N_SPRINTS = 20_000, 50_000, 1_000_000, 200, 60
CHUNK = 50_000
KINDS = np.array(["like", "comment", "save", "share", "dm", "reply"])


def generate(
    data_dir: Path,
    seed: int = 7,
    n_interactions: int = N_INTERACTIONS,
    n_posts: int = N_POSTS,
    n_engagers: int | None = None,
) -> int:
    N_INTERACTIONS, N_POSTS = n_interactions, n_posts  # noqa: N806 - the module defaults, scaled
    N_ENGAGERS = n_engagers or max(1000, n_interactions // 20)  # noqa: N806
    rng = np.random.default_rng(seed)
    ctx = open_context(data_dir)
    ws = create_workspace(ctx.engine, NAME, timezone="UTC")
    wid = ws.id or 0
    start = END - timedelta(days=DAYS - 1)
    t0 = time.perf_counter()
    with session_scope(ctx.engine) as s:
        s.execute(
            insert(table_of(Engager)),
            [{"workspace_id": wid, "platform": "instagram", "handle": f"user{i:05d}"} for i in range(N_ENGAGERS)],
        )
        post_days = np.sort(rng.integers(0, DAYS, N_POSTS))
        reach = rng.integers(300, 5000, N_POSTS)
        posts = []
        for i in range(N_POSTS):
            d = start + timedelta(days=int(post_days[i]))
            r = int(reach[i])
            posts.append(
                {
                    "workspace_id": wid,
                    "platform": "instagram",
                    "platform_post_id": f"b{i}",
                    "published_at": datetime(d.year, d.month, d.day, 12, tzinfo=UTC),
                    "local_date": d,
                    "label": "reach" if i % 3 == 0 else "community",
                    "reach": r,
                    "impressions": int(r * 1.4),
                    "likes": r // 25,
                    "comments": r // 90,
                    "saves": r // 50,
                    "shares": r // 200,
                }
            )
        for i in range(0, N_POSTS, CHUNK):
            s.execute(insert(table_of(Post)), posts[i : i + CHUNK])
        first_post = int(
            s.execute(table_of(Post).select().with_only_columns(table_of(Post).c.id).limit(1)).scalar() or 1
        )
        # Interactions: a Zipf-ish core of regulars; replies point at earlier comments of the same post.
        person = (rng.zipf(1.3, N_INTERACTIONS) % N_ENGAGERS) + 1
        post_idx = rng.integers(0, N_POSTS, N_INTERACTIONS)
        lag = rng.integers(0, 3, N_INTERACTIONS)
        kind_idx = rng.choice(len(KINDS), N_INTERACTIONS, p=[0.45, 0.2, 0.1, 0.05, 0.05, 0.15])
        order = np.argsort(post_idx, kind="stable")
        person, post_idx, lag, kind_idx = person[order], post_idx[order], lag[order], kind_idx[order]
        ids = np.arange(1, N_INTERACTIONS + 1)
        # A reply's parent: the latest comment of the same post before it (else it becomes a comment).
        is_comment = KINDS[kind_idx] == "comment"
        last_comment = np.where(is_comment, ids, 0)
        np.maximum.accumulate(last_comment, out=last_comment)
        post_start = np.r_[True, post_idx[1:] != post_idx[:-1]]
        first_id_of_post = np.maximum.accumulate(np.where(post_start, ids, 0))
        parent = np.where((KINDS[kind_idx] == "reply") & (last_comment >= first_id_of_post), last_comment, 0)
        kind_idx = np.where((KINDS[kind_idx] == "reply") & (parent == 0), 1, kind_idx)
        day_text = [(start + timedelta(days=d)).isoformat() for d in range(DAYS)]
        day_idx = np.minimum(DAYS - 1, post_days[post_idx] + lag)
        kind_txt = KINDS[kind_idx]
        drv = s.connection().connection.driver_connection
        assert drv is not None
        sql = (
            "INSERT INTO interaction (id, workspace_id, engager_id, post_id, kind, occurred_at, local_date, "
            "parent_id, external_id, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, '')"
        )
        for c in range(0, N_INTERACTIONS, CHUNK):
            sl = slice(c, c + CHUNK)
            days = [day_text[d] for d in day_idx[sl].tolist()]
            drv.executemany(
                sql,
                zip(
                    ids[sl].tolist(),
                    [wid] * len(days),
                    person[sl].tolist(),
                    (post_idx[sl] + first_post).tolist(),
                    kind_txt[sl].tolist(),
                    [f"{d} 13:00:00.000000" for d in days],
                    days,
                    [p or None for p in parent[sl].tolist()],
                    strict=True,
                ),
            )
        rebuild_engager_days(s, wid)
        s.execute(
            insert(table_of(Deal)),
            [
                {
                    "workspace_id": wid,
                    "brand": f"Brand {i}",
                    "title": f"Deal {i}",
                    "creator_fee": Decimal("1000"),
                    "media_spend": Decimal("500"),
                }
                for i in range(N_DEALS)
            ],
        )
        s.execute(
            insert(table_of(Sprint)),
            [
                {"workspace_id": wid, "name": f"Sprint {i}", "start_date": start + timedelta(days=30 * i)}
                for i in range(N_SPRINTS)
            ],
        )
    took = time.perf_counter() - t0
    print(f"generated {NAME!r} ({N_INTERACTIONS:,} interactions, {N_POSTS:,} posts) in {took:.1f} s into {data_dir}")
    ctx.dispose()
    return wid


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--interactions", type=int, default=N_INTERACTIONS, help="interactions (default 1,000,000)")
    ap.add_argument("--posts", type=int, default=N_POSTS, help="posts (default 20,000)")
    ap.add_argument("--engagers", type=int, default=None, help="engagers (default: interactions / 20)")
    args = ap.parse_args(argv)
    generate(args.data_dir, args.seed, args.interactions, args.posts, args.engagers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
