"""Export benchmark (issue 20, item 1): the app's streamed CSV export against a plain sqlite3 cursor +
csv.writer streaming the same query into a file, each in its own process so peak memory is that export's alone.

    python benchmarks/bench_export.py app interactions DATA_DIR OUT.csv
    python benchmarks/bench_export.py baseline interactions DATA_DIR OUT.csv

Prints ``rows seconds peak_rss_mb``. run.py spawns both, alternating, and reports medians and ratios.
"""

from __future__ import annotations

import csv
import resource
import sqlite3
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def baseline(what: str, data_dir: Path, out: Path) -> int:
    """The same rows a developer would stream with the standard library: one cursor, csv.writer, no guard,
    timestamps as stored."""
    from generate import NAME

    con = sqlite3.connect(data_dir / "microcomm.sqlite3")
    (wid,) = con.execute("SELECT id FROM workspace WHERE name = ?", (NAME,)).fetchone()
    if what == "interactions":
        from microcomm_desktop.services.exporting import INTERACTIONS_SQL

        sql, params = INTERACTIONS_SQL.replace(":ws", "?"), (wid,)
    elif what == "posts":
        sql, params = "SELECT * FROM post WHERE workspace_id = ? ORDER BY published_at, id", (wid,)
    else:
        sql, params = "SELECT * FROM engager WHERE workspace_id = ? ORDER BY handle", (wid,)
    cur = con.execute(sql, params)
    n = 0
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([d[0] for d in cur.description])
        while rows := cur.fetchmany(5000):
            w.writerows(rows)
            n += len(rows)
    con.close()
    return n


def app(what: str, data_dir: Path, out: Path) -> int:
    from datetime import date

    from generate import END, NAME

    from microcomm_desktop.services import exporting
    from microcomm_desktop.services.context import open_context
    from microcomm_desktop.services.workspaces import get_workspace

    ctx = open_context(data_dir)
    wid = get_workspace(ctx.engine, NAME).id or 0
    if what == "interactions":
        n = exporting.export_interactions(ctx.engine, wid, out)
    elif what == "posts":
        n = exporting.export_posts(ctx.engine, wid, out)
    else:
        n = exporting.export_engagers(ctx.engine, wid, out, date(END.year, END.month, END.day))
    ctx.dispose()
    return n


def main() -> int:
    mode, what, data_dir, out = sys.argv[1], sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
    t = time.perf_counter()
    n = (app if mode == "app" else baseline)(what, data_dir, out)
    secs = time.perf_counter() - t
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{n} {secs:.3f} {peak_mb:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
