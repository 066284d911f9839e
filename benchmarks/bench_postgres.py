"""The PostgreSQL column: CSV import and the dashboard scorecard on a local SQLite file and on a PostgreSQL team
database, same rows, same code, figures checked identical.

    MICROCOMM_BENCH_PG_URL=postgresql://postgres@/postgres?host=/tmp/sock&port=5432 \\
        python benchmarks/bench_postgres.py --posts 5000 --interactions 200000 --runs 5

The server URL names a database the script may create a throw-away database from (dropped afterwards).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_import import write_interactions_csv, write_posts_csv  # noqa: E402


def _admin(url: str, sql: str) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    q = {k: v for k, v in u.query.items() if isinstance(v, str)}
    with psycopg.connect(
        dbname=u.database,
        user=u.username,
        password=u.password,
        host=u.host or q.get("host"),
        port=u.port or q.get("port"),
        autocommit=True,
    ) as con:
        con.execute(sql)  # type: ignore[arg-type]


def run_engine(label: str, ctx, pcsv: Path, icsv: Path, runs: int) -> tuple[dict[str, float], object]:  # type: ignore[no-untyped-def]
    from microcomm_desktop.domain.imports import ConvertOptions
    from microcomm_desktop.services import importing
    from microcomm_desktop.services.scorecard import weekly_scorecard
    from microcomm_desktop.services.workspaces import create_workspace

    ws = create_workspace(ctx.engine, "Bench", timezone="Europe/Berlin")
    opts = ConvertOptions(today=date(2026, 11, 25))
    out: dict[str, float] = {}
    t = time.perf_counter()
    rep = importing.import_posts(ctx.engine, ws.id, importing.make_plan(importing.load_table(pcsv), opts))
    out["posts import s"] = time.perf_counter() - t
    assert rep.written, rep.summary()
    plan = importing.make_plan(importing.load_table(icsv), opts, kind="interactions")
    t = time.perf_counter()
    rep = importing.import_interactions(ctx.engine, ws.id, plan)
    out["interactions import s"] = time.perf_counter() - t
    assert rep.written, rep.summary()
    until = date(2026, 11, 25)
    first = time.perf_counter()
    figures = weekly_scorecard(ctx.engine, ws.id, until=until, weeks=156)
    out["scorecard first ms"] = (time.perf_counter() - first) * 1000
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        again = weekly_scorecard(ctx.engine, ws.id, until=until, weeks=156)
        times.append((time.perf_counter() - t) * 1000)
        assert again == figures
    out["scorecard median ms"] = statistics.median(times)
    print(label, {k: round(v, 2) for k, v in out.items()}, flush=True)
    return out, figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--posts", type=int, default=5000)
    ap.add_argument("--interactions", type=int, default=200_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    server = os.environ.get("MICROCOMM_BENCH_PG_URL") or os.environ.get("MICROCOMM_TEST_PG_URL")
    if not server:
        print("Set MICROCOMM_BENCH_PG_URL to a PostgreSQL server URL.", file=sys.stderr)
        return 2
    from sqlalchemy.engine import make_url

    from microcomm_desktop.services.context import open_context

    tmp = Path(tempfile.mkdtemp(prefix="microcomm-bench-pg-"))
    pcsv, icsv = tmp / "posts.csv", tmp / "interactions.csv"
    write_posts_csv(pcsv, args.posts)
    write_interactions_csv(icsv, args.interactions, args.posts)
    name = f"mc_bench_{uuid.uuid4().hex[:8]}"
    _admin(server, f'CREATE DATABASE "{name}"')
    try:
        lite = open_context(tmp / "sqlite")
        pg = open_context(tmp / "pg", database_url=make_url(server).set(database=name).render_as_string(False))
        a, fa = run_engine("sqlite", lite, pcsv, icsv, args.runs)
        b, fb = run_engine("postgresql", pg, pcsv, icsv, args.runs)
        assert fa == fb, "the scorecard differs between the engines"
        lite.dispose()
        pg.dispose()
        print(f"\n{args.posts:,} posts, {args.interactions:,} interactions, 156 weeks; figures identical\n")
        print("| benchmark | SQLite | PostgreSQL |\n|---|---:|---:|")
        for k in a:
            print(f"| {k} | {a[k]:,.2f} | {b[k]:,.2f} |")
    finally:
        _admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
