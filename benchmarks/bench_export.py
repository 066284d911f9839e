"""Export benchmark (issue 20, item 1): the app's streamed CSV export against a plain sqlite3 cursor +
csv.writer streaming the same query into a file, each in its own process so peak memory is that export's alone.

    python benchmarks/bench_export.py app interactions DATA_DIR OUT.csv
    python benchmarks/bench_export.py baseline interactions DATA_DIR OUT.csv
    python benchmarks/bench_export.py ab posts DATA_DIR OUT.csv [PAIRS]

The ``ab`` mode times both in one process, alternating app and baseline PAIRS times (default 9), and prints the
medians and the median of the per-pair ratios: on a busy shared machine a drift then hits both sides alike.

Prints ``rows export_seconds open_seconds peak_rss_mb``: the export call alone (both sides), the app's opening of
the data before it (imports excluded; it includes the quick integrity check every command runs), and the process's
peak resident memory (VmHWM, which starts afresh at exec, unlike ru_maxrss that a child inherits from its
parent). run.py spawns both, alternating, and reports medians and ratios.
"""

from __future__ import annotations

import csv
import sqlite3
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


OPENED = {"s": 0.0}


def baseline(what: str, data_dir: Path, out: Path) -> int:
    """The same query streamed with the standard library: one cursor, csv.writer, no guard, no computed
    columns, timestamps as stored."""
    from generate import NAME

    con = sqlite3.connect(data_dir / "microcomm.sqlite3")
    (wid,) = con.execute("SELECT id FROM workspace WHERE name = ?", (NAME,)).fetchone()
    if what == "interactions":
        from microcomm_desktop.services.exporting import INTERACTIONS_SQL

        sql, params = INTERACTIONS_SQL.replace(":ws", "?"), (wid,)
    elif what == "posts":
        sql, params = "SELECT * FROM post WHERE workspace_id = ? ORDER BY published_at, id", (wid,)
    else:  # the app's own statement (30-day activity per person), compiled to plain SQL
        from generate import END
        from sqlalchemy.dialects import sqlite

        from microcomm_desktop.services.interactions import engager_rows_query

        q = engager_rows_query(wid, END).compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
        sql, params = str(q), ()
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

    t = time.perf_counter()
    ctx = open_context(data_dir)
    wid = get_workspace(ctx.engine, NAME).id or 0
    OPENED["s"] = time.perf_counter() - t
    if what == "interactions":
        n = exporting.export_interactions(ctx.engine, wid, out)
    elif what == "posts":
        n = exporting.export_posts(ctx.engine, wid, out)
    else:
        n = exporting.export_engagers(ctx.engine, wid, out, date(END.year, END.month, END.day))
    ctx.dispose()
    return n


def alternate(what: str, data_dir: Path, out: Path, pairs: int) -> None:
    import statistics
    from datetime import date

    from generate import END, NAME

    from microcomm_desktop.services import exporting
    from microcomm_desktop.services.context import open_context
    from microcomm_desktop.services.workspaces import get_workspace

    ctx = open_context(data_dir)
    wid = get_workspace(ctx.engine, NAME).id or 0
    calls = {
        "interactions": lambda: exporting.export_interactions(ctx.engine, wid, out),
        "posts": lambda: exporting.export_posts(ctx.engine, wid, out),
        "engagers": lambda: exporting.export_engagers(ctx.engine, wid, out, date(END.year, END.month, END.day)),
    }
    app_s: list[float] = []
    base_s: list[float] = []
    for _ in range(pairs):
        t = time.perf_counter()
        calls[what]()
        app_s.append(time.perf_counter() - t)
        t = time.perf_counter()
        baseline(what, data_dir, out.with_suffix(".baseline.csv"))
        base_s.append(time.perf_counter() - t)
    ctx.dispose()
    a, b = statistics.median(app_s), statistics.median(base_s)
    pair = statistics.median(x / y for x, y in zip(app_s, base_s, strict=True))
    print(
        f"{what}: app {a * 1000:.0f} ms, baseline {b * 1000:.0f} ms, ratio {a / b:.2f}x, median pair ratio {pair:.2f}x"
    )


def main() -> int:
    mode, what, data_dir, out = sys.argv[1], sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
    if mode == "ab":
        alternate(what, data_dir, out, int(sys.argv[5]) if len(sys.argv) > 5 else 9)
        return 0
    import generate  # noqa: F401

    import microcomm_desktop.services.exporting  # noqa: F401 - imports are not part of either figure

    t = time.perf_counter()
    n = (app if mode == "app" else baseline)(what, data_dir, out)
    secs = time.perf_counter() - t - OPENED["s"]
    status = Path("/proc/self/status").read_text()
    peak_mb = int(status.split("VmHWM:")[1].split()[0]) / 1024
    print(f"{n} {secs:.3f} {OPENED['s']:.3f} {peak_mb:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
