"""Import throughput: 100,000 posts and 1,000,000 interactions through the real importer, against a bare
``sqlite3.executemany`` of the same rows into the same (empty, same-schema) table — plus how long the posts
table takes to open on 100,000 posts.

Run: python benchmarks/bench_import.py [--posts 100000] [--interactions 1000000]
Not a test: timings depend on the machine; the figures go into the closing note.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def bare_insert_interactions(db: Path, rows: list[dict[str, Any]]) -> tuple[float, sqlite3.Connection]:
    """The baseline every import figure is compared with: the same rows as plain tuples through a bare
    ``sqlite3.executemany`` into the same table. Returns the seconds of the insert alone (the conversion to
    tuples is not timed) and the open connection, for the caller to clean up and close."""
    cols = list(rows[0].keys())
    tuples = [
        tuple(
            v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
            if isinstance(v, datetime)
            else v.isoformat()
            if isinstance(v, date)
            else v
            for v in (r[k] for k in cols)
        )
        for r in rows
    ]
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA synchronous=NORMAL")
    t = time.perf_counter()
    con.executemany(f"INSERT INTO interaction ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", tuples)
    con.commit()
    return time.perf_counter() - t, con


def write_posts_csv(path: Path, n: int) -> None:
    rng = random.Random(1)
    start = datetime(2024, 1, 1, 8, 0)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(
            [
                "Date/time",
                "Platform",
                "Platform post id",
                "Link",
                "Format",
                "Label",
                "Title",
                "Reach",
                "Impressions",
                "Views",
                "Likes",
                "Comments",
                "Shares",
                "Saves",
            ]
        )
        for i in range(n):
            reach = rng.randint(300, 5000)
            w.writerow(
                [
                    (start + timedelta(minutes=13 * i)).strftime("%Y-%m-%d %H:%M"),
                    "instagram",
                    f"p{i}",
                    f"https://www.instagram.com/p/p{i}/",
                    "carousel",
                    "community" if i % 3 else "reach",
                    f"Post number {i}",
                    f"{reach:,}",
                    reach * 2,
                    reach,
                    reach // 20,
                    reach // 100,
                    reach // 200,
                    reach // 50,
                ]
            )


def write_interactions_csv(path: Path, n: int, n_posts: int) -> None:
    rng = random.Random(2)
    start = datetime(2024, 1, 1, 9, 0)
    kinds = ["like", "comment", "reply", "save", "share", "dm"]
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["handle", "kind", "timestamp", "post"])
        for i in range(n):
            w.writerow(
                [
                    f"@fan{rng.randint(1, 20000)}",
                    kinds[i % 6],
                    (start + timedelta(seconds=97 * i)).strftime("%Y-%m-%dT%H:%M:%S"),
                    f"p{rng.randrange(n_posts)}",
                ]
            )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--posts", type=int, default=100_000)
    ap.add_argument("--interactions", type=int, default=1_000_000)
    args = ap.parse_args(argv)

    from sqlalchemy import delete, func, select

    from microcomm_desktop.domain.imports import ConvertOptions
    from microcomm_desktop.services import importing, posts
    from microcomm_desktop.services.context import open_context
    from microcomm_desktop.services.workspaces import create_workspace
    from microcomm_desktop.store.db import session_scope
    from microcomm_desktop.store.models import EngagerDay, Interaction
    from microcomm_desktop.store.models.base import table_of

    tmp = Path(tempfile.mkdtemp(prefix="microcomm-bench-"))
    try:
        pcsv, icsv = tmp / "posts.csv", tmp / "interactions.csv"
        write_posts_csv(pcsv, args.posts)
        write_interactions_csv(icsv, args.interactions, args.posts)
        ctx = open_context(tmp / "data")
        ws = create_workspace(ctx.engine, "Bench", timezone="Europe/Berlin")
        assert ws.id is not None
        opts = ConvertOptions(today=date(2026, 11, 25))
        ticks: list[float] = []

        t = time.perf_counter()
        plan = importing.make_plan(importing.load_table(pcsv), opts)
        rep = importing.import_posts(ctx.engine, ws.id, plan, progress=lambda a, b: ticks.append(time.perf_counter()))
        t_posts = time.perf_counter() - t
        assert rep.inserted == args.posts and rep.written, rep.summary()
        print(
            f"posts: {args.posts:,} rows imported in {t_posts:.2f} s ({args.posts / t_posts:,.0f} rows/s), "
            f"{len(ticks)} progress updates"
        )

        t = time.perf_counter()
        table = importing.load_table(icsv)
        t_read = time.perf_counter() - t
        plan = importing.make_plan(table, opts, kind="interactions")
        ticks.clear()
        t = time.perf_counter()
        rep = importing.import_interactions(
            ctx.engine, ws.id, plan, progress=lambda a, b: ticks.append(time.perf_counter())
        )
        t_inter = time.perf_counter() - t
        assert rep.inserted == args.interactions and rep.written, rep.summary()
        gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
        print(
            f"interactions: read+parse CSV {t_read:.2f} s; import (convert, resolve, insert, EngagerDay) "
            f"{t_inter:.2f} s; longest gap between progress updates {max(gaps or [0]):.2f} s"
        )

        # The baseline of issue 20: the very rows the importer wrote, as ready-made tuples through a bare sqlite3
        # executemany into the same (emptied) indexed table. The importer's figure above also covers converting the
        # CSV rows, resolving posts and people, the index rebuilds and the rollups.
        it = table_of(Interaction)
        with ctx.engine.connect() as c:
            rows = [dict(r) for r in c.execute(select(it).order_by(it.c.id)).mappings()]
        with session_scope(ctx.engine) as s:
            s.execute(delete(table_of(EngagerDay)))
            s.execute(delete(it))
        db = ctx.paths.db_path
        ctx.dispose()
        t_bare, con = bare_insert_interactions(db, rows)
        con.execute("DELETE FROM interaction")
        con.commit()
        con.close()
        print(
            f"bare sqlite3 executemany of the same {len(rows):,} rows into the indexed table: {t_bare:.2f} s "
            f"({len(rows) / t_bare:,.0f} rows/s) -> whole import at {t_bare / t_inter:.2f}x its rows/s "
            "(issue 20 target: >= 1.5x)"
        )

        ctx = open_context(tmp / "data")
        from PySide6.QtWidgets import QApplication

        from microcomm_desktop.ui.context import UiContext, make_settings
        from microcomm_desktop.ui.events import EventBus
        from microcomm_desktop.ui.tabs.posts.page import create_tab

        app = QApplication.instance() or QApplication(sys.argv[:1])
        ui = UiContext(app=ctx, bus=EventBus(), settings=make_settings(ctx))
        ui.workspace = ws
        page = create_tab(ui)
        page.resize(1400, 860)
        page.show()
        t = time.perf_counter()
        rows_ = posts.load_post_rows(ctx.engine, ws.id)
        t_q = time.perf_counter() - t
        t = time.perf_counter()
        page.set_workspace(ws.id)
        app.processEvents()
        t_open = time.perf_counter() - t
        with ctx.engine.connect() as c:
            n_posts = c.execute(select(func.count()).select_from(table_of(Interaction))).scalar()
        print(
            f"posts table on {len(rows_):,} posts: query {t_q:.2f} s; tab reload incl. engagers/detail and first "
            f"paint {t_open:.2f} s (interactions in db: {n_posts:,})"
        )
        page.close()
        ctx.dispose()
        del app
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
