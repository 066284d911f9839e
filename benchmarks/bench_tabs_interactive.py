"""Interactive figures of the Posts and Rituals tabs on a generated workspace (issue 20, 10x data).

    python benchmarks/bench_tabs_interactive.py DATA_DIR posts [ROUNDS]  # open, each sort and filter, export
    python benchmarks/bench_tabs_interactive.py DATA_DIR rituals   # open, then the SLA figures from the worker

Why separate from run.py: these are single timings of user actions on the loaded table (each changes the
table's state), reported next to run.py's tab-open table in RESULTS.md. Run it on a copy of the data when it
should write (setting an own handle to time the computed SLA).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import END, NAME  # noqa: E402
from stall import StallMeter  # noqa: E402


def main(data_dir: Path, what: str, rounds: int = 3) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from microcomm_desktop.services.context import open_context
    from microcomm_desktop.services.workspaces import get_workspace
    from microcomm_desktop.ui.context import UiContext, make_settings
    from microcomm_desktop.ui.events import EventBus
    from microcomm_desktop.ui.tabs.rituals.page import RitualsTab

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ctx = open_context(data_dir)
    ws = get_workspace(ctx.engine, NAME)
    ui = UiContext(app=ctx, bus=EventBus(), settings=make_settings(ctx))
    ui.workspace = ws
    ui.today = END
    wait = QEventLoop.ProcessEventsFlag.AllEvents

    def ms(fn: Callable[[], object]) -> int:
        t = time.perf_counter()
        fn()
        app.processEvents()
        return round((time.perf_counter() - t) * 1000)

    if what == "rituals":
        for _ in range(3):
            tab = RitualsTab(ui)
            tab.resize(1400, 860)
            tab.show()
            t = time.perf_counter()
            tab.set_workspace(ws.id)
            app.processEvents()
            opened = (time.perf_counter() - t) * 1000
            while tab.sla.is_busy():
                app.processEvents(wait, 5)
            print(f"rituals open {opened:.0f} ms; SLA figures shown {(time.perf_counter() - t) * 1000:.0f} ms")
            tab.close()
            tab.deleteLater()
            app.processEvents()
        return
    posts_actions(app, ui, ws.id, rounds)
    ctx.dispose()


def posts_actions(app: Any, ui: Any, ws_id: int, rounds: int) -> None:
    """Open (rows read in the worker pool, with the longest GUI-thread stall meanwhile: a 5 ms timer's
    largest gap), then each sort and filter a user does, ``rounds`` times, each timed to the repainted table
    (the call plus the events it posts). Median and worst per action."""
    import statistics

    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest

    from microcomm_desktop.ui.models.post_table_model import COL
    from microcomm_desktop.ui.tabs.posts.page import create_tab

    wait = QEventLoop.ProcessEventsFlag.AllEvents
    page = create_tab(ui)
    page.resize(1400, 860)
    page.show()
    stalls = StallMeter()
    stalls.start()
    page.set_workspace(ws_id)
    app.processEvents()
    opened = stalls.clock.elapsed()
    stalls.restart()
    while page.is_loading():  # type: ignore[attr-defined]
        app.processEvents(wait, 5)
    app.processEvents()
    stalls.tick()
    shown, read_stall = stalls.clock.elapsed(), stalls.longest
    stalls.restart()
    model = page.model  # type: ignore[attr-defined]
    while not model.keys.complete:  # the sort keys and filter codes, built in the worker pool after the rows
        app.processEvents(wait, 5)
    keys_stall = stalls.stop()
    print(f"open {opened} ms; rows shown {shown} ms (longest GUI-thread stall {read_stall} ms); sort keys built")
    print(f"  {stalls.clock.elapsed()} ms (longest GUI-thread stall meanwhile {keys_stall} ms)")
    view = page.table.view  # type: ignore[attr-defined]
    filters = page.filters  # type: ignore[attr-defined]
    text = page.table.filter_edit  # type: ignore[attr-defined]
    print(f"rows {model.total():,}, handed to the view {model.rowCount():,}")

    def ms(fn: Callable[[], object]) -> float:
        t = time.perf_counter()
        fn()
        app.processEvents()
        return (time.perf_counter() - t) * 1000

    def combo(widget: Any, data: Any) -> Callable[[], None]:
        return lambda: widget.setCurrentIndex(max(0, widget.findData(data)))

    asc, desc = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder

    def select_all() -> None:
        """Ctrl+A as a person types it: Ctrl goes up again (Qt keeps the last key event's modifiers, and a later
        selectRow would toggle instead of select)."""
        QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyRelease(view, Qt.Key.Key_Control)

    actions: list[tuple[str, Callable[[], object]]] = [
        ("sort by date/time", lambda: model.sort(COL["when"], asc)),
        ("sort by date/time, descending", lambda: model.sort(COL["when"], desc)),
        ("sort by ER", lambda: model.sort(COL["er"], desc)),
        ("sort by title", lambda: model.sort(COL["title"], asc)),
        ("sort by reach", lambda: model.sort(COL["reach"], desc)),
        ("sort by themes", lambda: model.sort(COL["themes"], asc)),
        ("select a row (detail pane)", lambda: view.selectRow(1)),
        ("scroll to the bottom (one more page)", view.scrollToBottom),
        ("platform filter", combo(filters.platform_filter, "instagram")),
        ("sort by ER while filtered", lambda: model.sort(COL["er"], asc)),
        ("label filter too", combo(filters.label_filter, "community")),
        (
            "platform and label filters off",
            lambda: (combo(filters.platform_filter, "")(), combo(filters.label_filter, "")()),
        ),
        ("date filter (from)", lambda: filters.date_from.setText("2024-01-01")),
        ("date filter off", lambda: filters.date_from.setText("")),
        ("theme filter (has a theme)", combo(filters.theme_filter, "*")),
        ("ritual filter (carried a ritual)", combo(filters.ritual_filter, "*")),
        (
            "theme and ritual filters off",
            lambda: (combo(filters.theme_filter, None)(), combo(filters.ritual_filter, None)()),
        ),
        ("text filter, 1st key ('h')", lambda: text.setText("h")),
        ("text filter, 2nd key ('ho')", lambda: text.setText("ho")),
        ("text filter, 3rd key ('hoo')", lambda: text.setText("hoo")),
        ("text filter, no match ('hooq')", lambda: text.setText("hooq")),
        ("text filter, backspace ('hoo')", lambda: text.setText("hoo")),
        ("text filter cleared", lambda: text.setText("")),
        ("select every row (Ctrl+A)", select_all),
        ("sort by ER, every row selected", lambda: model.sort(COL["er"], desc)),
        ("date filter, every row selected", lambda: filters.date_from.setText("2024-01-01")),
        ("date filter off, selection kept (in pieces)", lambda: filters.date_from.setText("")),
        ("sort by title, selection in pieces", lambda: model.sort(COL["title"], asc)),
        ("select one row again", lambda: view.selectRow(0)),
    ]
    times: dict[str, list[float]] = {name: [] for name, _fn in actions}
    for _ in range(rounds):
        for name, fn in actions:
            times[name].append(ms(fn))
    for name, _fn in actions:
        ts = times[name]
        print(f"{name}: median {statistics.median(ts):.0f} ms, worst {max(ts):.0f} ms")
    export_table(page.table.proxy, model.total())  # type: ignore[attr-defined]


def export_table(proxy: Any, total: int) -> None:
    """The table's "Export to CSV…" (every post, as sorted) against the generic path it replaced for the app's
    models: one model index and up to two data() calls per cell."""
    import csv
    import tempfile

    from PySide6.QtCore import QModelIndex, Qt

    from microcomm_desktop.ui.widgets.table import export_model_csv

    out = Path(tempfile.mkdtemp(prefix="microcomm-table-export-"))
    t = time.perf_counter()
    n = export_model_csv(proxy, out / "posts.csv")
    new_s = time.perf_counter() - t
    t = time.perf_counter()
    with (out / "generic.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        for r in range(proxy.rowCount(QModelIndex())):
            cells = []
            for c in range(proxy.columnCount(QModelIndex())):
                v = proxy.data(proxy.index(r, c), Qt.ItemDataRole.EditRole)
                if v is None:
                    v = proxy.data(proxy.index(r, c), Qt.ItemDataRole.DisplayRole)
                cells.append("" if v is None else v)
            w.writerow(cells)
    old_s = time.perf_counter() - t
    print(f"table CSV export of {n:,} of {total:,} posts: {new_s:.1f} s; generic index path {old_s:.1f} s")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "posts", int(sys.argv[3]) if len(sys.argv) > 3 else 3)
