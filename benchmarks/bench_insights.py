"""Benchmark: the insights table on 20,000 posts and 1,000,000 interactions must take < 300 ms.

Usage: python benchmarks/bench_insights.py [--posts 20000] [--interactions 1000000] [--data-dir DIR] [--runs 5]

Generates a workspace in a throw-away data directory (or reuses ``--data-dir`` if it already holds the
benchmark workspace), then times ``services.insights.insights_table`` for every dimension over the last
90 days and over all data (2 years), plus the best-times grid and the theme shortlist. Prints the median of
``--runs`` runs per case and exits 1 if any insights table is over the budget.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta

BUDGET_MS = 300.0
WS_NAME = "Benchmark: insights"
TODAY = date(2026, 11, 25)
DAYS = 730


def generate(engine, n_posts: int, n_inter: int, seed: int = 7) -> int:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.rollups import rebuild_engager_days
    from microcomm_desktop.services.workspaces import create_workspace
    from microcomm_desktop.store.db import session_scope

    rng = random.Random(seed)
    ws = create_workspace(engine, WS_NAME, timezone="UTC")
    wid = ws.id
    start = TODAY - timedelta(days=DAYS - 1)
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.executemany(
            "INSERT INTO theme (workspace_id, name) VALUES (?, ?)", [(wid, f"theme {i:02d}") for i in range(12)]
        )
        theme_ids = [r[0] for r in cur.execute("SELECT id FROM theme WHERE workspace_id = ?", (wid,))]
        cur.executemany(
            "INSERT INTO ritual (workspace_id, name, format_text, weekdays, time_of_day, duration_minutes, home, "
            "recap_habit, active_from, notes) VALUES (?, ?, '', ?, '18:00', 60, '', '', ?, '')",
            [(wid, "Tuesday teardown", "1", start.isoformat()), (wid, "Friday wins", "4", start.isoformat())],
        )
        rituals = [r[0] for r in cur.execute("SELECT id FROM ritual WHERE workspace_id = ?", (wid,))]
        now = datetime.now(UTC).isoformat(sep=" ")
        prompts = []
        for rid in rituals:
            for pos, rung in enumerate(["identity", "constraints", "proof", "commitment"]):
                prompts.append((wid, rid, f"prompt {rid}-{rung}", rung, pos, now))
        cur.executemany(
            "INSERT INTO prompt (workspace_id, ritual_id, text, rung, position, created_at) VALUES (?,?,?,?,?,?)",
            prompts,
        )
        prompt_ids = [r[0] for r in cur.execute("SELECT id FROM prompt WHERE workspace_id = ?", (wid,))]
        occ = []
        for d in range(DAYS):
            day = start + timedelta(days=d)
            if day.weekday() in (1, 4):
                occ.append((rituals[0 if day.weekday() == 1 else 1], day.isoformat(), "run", "", ""))
        cur.executemany(
            "INSERT INTO ritualoccurrence (ritual_id, local_date, status, recap, notes) VALUES (?,?,?,?,?)", occ
        )
        occ_by_day = {
            r[1]: r[0]
            for r in cur.execute(
                "SELECT o.id, o.local_date FROM ritualoccurrence o JOIN ritual r ON r.id = o.ritual_id "
                "WHERE r.workspace_id = ?",
                (wid,),
            )
        }
        posts = []
        formats = ["short video", "carousel", "Q and A", "live", "poll", "story"]
        for i in range(n_posts):
            day = start + timedelta(days=int(i * DAYS / n_posts))
            minute = rng.choice([7, 12, 17, 18, 19, 21]) * 60 + rng.choice([0, 15, 30])
            published = datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=UTC)
            label = "reach" if rng.random() < 0.3 else "community"
            reach = max(200, int(rng.gauss(1500, 400)))
            occ_id = occ_by_day.get(day.isoformat()) if label == "community" and rng.random() < 0.5 else None
            posts.append(
                (
                    wid, "instagram", f"b{i}", "", published.isoformat(sep=" "), day.isoformat(), minute,
                    rng.choice(formats), label, f"post {i}", reach, int(reach * 1.4), reach, int(reach * 0.04),
                    int(reach * rng.uniform(0.003, 0.03)), int(reach * 0.005), int(reach * rng.uniform(0.005, 0.04)),
                    0, occ_id, rng.choice(prompt_ids) if occ_id else None, "", now, now,
                )
            )  # fmt: skip
        cur.executemany(
            "INSERT INTO post (workspace_id, platform, platform_post_id, link, published_at, local_date, local_minute, "
            "format, label, title, reach, impressions, views, likes, comments, shares, saves, dm_replies, "
            "ritual_occurrence_id, prompt_id, notes, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            posts,
        )
        post_rows = cur.execute("SELECT id, local_date FROM post WHERE workspace_id = ? ORDER BY id", (wid,)).fetchall()
        links = set()
        for pid, _d in post_rows:
            links.add((pid, rng.choice(theme_ids)))
            if rng.random() < 0.3:
                links.add((pid, rng.choice(theme_ids)))
        cur.executemany("INSERT INTO posttheme (post_id, theme_id) VALUES (?, ?)", sorted(links))
        n_people = 40_000
        cur.executemany(
            "INSERT INTO engager (workspace_id, platform, handle, power_member, notes) "
            "VALUES (?, 'instagram', ?, 0, '')",
            [(wid, f"p{i}") for i in range(n_people)],
        )
        people = [r[0] for r in cur.execute("SELECT id FROM engager WHERE workspace_id = ?", (wid,))]
        weights = [1.0 / (1 + k) ** 0.8 for k in range(n_people)]
        kinds = ["comment", "like", "save", "share", "reply"]
        who = rng.choices(people, weights=weights, k=n_inter)
        rows = []
        for k in range(n_inter):
            pid, pday = post_rows[rng.randrange(len(post_rows))]
            d = date.fromisoformat(pday) + timedelta(days=rng.choice((0, 0, 0, 1, 2)))
            if d > TODAY:
                d = TODAY
            rows.append((wid, who[k], pid, kinds[k % 5], f"{d.isoformat()} 12:00:00", d.isoformat(), ""))
        rows.sort(key=lambda r: r[5])  # imports land roughly in time order; so does the table on disk
        for i in range(0, len(rows), 100_000):
            cur.executemany(
                "INSERT INTO interaction (workspace_id, engager_id, post_id, kind, occurred_at, local_date, text) "
                "VALUES (?,?,?,?,?,?,?)",
                rows[i : i + 100_000],
            )
        raw.commit()
    finally:
        raw.close()
    with session_scope(engine) as s:
        rebuild_engager_days(s, wid)
    return int(wid)


def timed(fn, runs: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    out = fn()  # warm-up (SQLite page cache, statement compile)
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples), out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--posts", type=int, default=20_000)
    ap.add_argument("--interactions", type=int, default=1_000_000)
    ap.add_argument("--data-dir", default=None)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument(
        "--covering-index",
        action="store_true",
        help="also time with the proposed index interaction(engager_id, local_date, post_id) (throw-away data only)",
    )
    args = ap.parse_args(argv)

    from microcomm_desktop.services import insights as si
    from microcomm_desktop.services.context import open_context
    from microcomm_desktop.services.workspaces import WorkspaceError, get_workspace

    ctx = open_context(args.data_dir or tempfile.mkdtemp(prefix="microcomm-bench-"))
    try:
        try:
            wid = int(get_workspace(ctx.engine, WS_NAME).id or 0)
            print(f"reusing {WS_NAME!r} in {ctx.paths.data_dir}")
        except WorkspaceError:
            t = time.perf_counter()
            wid = generate(ctx.engine, args.posts, args.interactions)
            print(f"generated {args.posts} posts + {args.interactions} interactions in {time.perf_counter() - t:.1f} s")
        if args.covering_index:
            with ctx.engine.begin() as conn:
                conn.exec_driver_sql(
                    "CREATE INDEX IF NOT EXISTS bench_ix_interaction_engager_date_post "
                    "ON interaction (engager_id, local_date, post_id)"
                )
            print("with the proposed covering index interaction(engager_id, local_date, post_id)")
        else:
            with ctx.engine.begin() as conn:
                conn.exec_driver_sql("DROP INDEX IF EXISTS bench_ix_interaction_engager_date_post")
        over = False
        periods = {"90 days": si.default_period(TODAY, 90), "all (730 days)": si.default_period(TODAY, DAYS)}
        for pname, (since, until) in periods.items():
            for by in ("theme", "format", "ritual", "rung"):
                ms, res = timed(lambda by=by, s=since, u=until: si.insights_table(ctx.engine, wid, by, s, u), args.runs)
                ok = ms < BUDGET_MS
                if pname == "90 days":  # the tab's default view is the budgeted case
                    over |= not ok
                print(
                    f"insights table  {pname:<15} by {by:<7} {ms:7.1f} ms  "
                    f"({res.overall.posts} posts, {len(res.rows)} groups, "  # type: ignore[attr-defined]
                    f"{res.returning_total} returning)  {'OK' if ok else 'OVER BUDGET'}"  # type: ignore[attr-defined]
                )
            ms, _ = timed(lambda s=since, u=until: si.best_times(ctx.engine, wid, s, u), args.runs)
            print(f"best times      {pname:<15}            {ms:7.1f} ms")
            ms, _ = timed(lambda s=since, u=until: si.theme_shortlist(ctx.engine, wid, s, u), args.runs)
            print(f"theme shortlist {pname:<15}            {ms:7.1f} ms")
    finally:
        ctx.dispose()
    print(f"budget {BUDGET_MS:.0f} ms per insights table: {'FAILED' if over else 'met'}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
