"""Dashboard benchmark (issue #4): full scorecard recompute vs the plain-SQL returning-engagers baseline.

Baseline = one SQL query counting engaged and returning engagers for every weekly trailing 30-day window
straight from ``interaction`` with the best index for it: the covering ``(workspace_id, local_date,
engager_id)`` index the schema already has, forced with ``INDEXED BY`` and a ``CROSS JOIN`` (windows outer)
because SQLite's planner otherwise builds an automatic temporary index per run (139 s instead of seconds).
Both must give identical figures; medians of several runs.
Usage: python benchmarks/generate.py --data-dir /tmp/bench && python benchmarks/bench_dashboard.py --data-dir /tmp/bench
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from microcomm_desktop.services.context import open_context
from microcomm_desktop.services.scorecard import weekly_scorecard
from microcomm_desktop.services.workspaces import get_workspace

sys.path.insert(0, str(Path(__file__).parent))
from generate import END, NAME  # noqa: E402

BASELINE_SQL = """
WITH RECURSIVE ends(d) AS (
    SELECT :first
    UNION ALL SELECT date(d, '+7 days') FROM ends WHERE d < :last
),
per_person AS (
    SELECT e.d AS window_end, i.engager_id, COUNT(DISTINCT i.local_date) AS n_days
    FROM ends e CROSS JOIN interaction i INDEXED BY ix_interaction_ws_date_engager
    WHERE i.workspace_id = :ws AND i.local_date > date(e.d, '-30 days') AND i.local_date <= e.d
    GROUP BY e.d, i.engager_id
)
SELECT window_end, COUNT(*), SUM(n_days >= 2) FROM per_person GROUP BY window_end ORDER BY window_end
"""


def median_ms(fn, runs: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", required=True, type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--baseline-runs", type=int, default=3)
    args = ap.parse_args(argv)
    ctx = open_context(args.data_dir)
    ws = get_workspace(ctx.engine, NAME)
    wid = ws.id or 0
    weekly_scorecard(ctx.engine, wid, until=END)  # warm the page cache like a user's second look
    fast_ms, figs = median_ms(lambda: weekly_scorecard(ctx.engine, wid, until=END), args.runs)
    figures = list(figs)  # type: ignore[call-overload]
    first, last = figures[0].week_end.isoformat(), figures[-1].week_end.isoformat()

    def baseline() -> list[tuple[str, int, int]]:
        with ctx.engine.connect() as conn:
            from sqlalchemy import text

            return [tuple(r) for r in conn.execute(text(BASELINE_SQL), {"first": first, "last": last, "ws": wid})]  # type: ignore[misc]

    plan_conn = ctx.engine.raw_connection()
    plan = plan_conn.execute(
        "EXPLAIN QUERY PLAN " + BASELINE_SQL.replace(":first", "'x'").replace(":last", "'x'").replace(":ws", "1")
    ).fetchall()
    plan_conn.close()
    base_ms, base = median_ms(baseline, args.baseline_runs)
    by_end = {r[0]: (r[1], r[2]) for r in base}  # type: ignore[attr-defined]
    for f in figures:
        exp = by_end.get(f.week_end.isoformat(), (0, 0))
        assert (f.engaged_people, f.returning_engagers) == exp, (
            f.week_end,
            f.engaged_people,
            f.returning_engagers,
            exp,
        )
    print(f"weeks: {len(figures)} ({figures[0].week_start} .. {figures[-1].week_end})")
    print("baseline plan: " + " | ".join(str(p[-1]) for p in plan))
    print(f"full scorecard (all weeks, all figures): median {fast_ms:.1f} ms over {args.runs} runs")
    print(f"plain-SQL returning engagers baseline:  median {base_ms:.1f} ms over {args.baseline_runs} runs")
    print(f"speed-up: {base_ms / fast_ms:.1f}x; figures identical for every week")
    ctx.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
