"""Interactive figures of the Posts and Rituals tabs on a generated workspace (issue 20, 10x data).

    python benchmarks/bench_tabs_interactive.py DATA_DIR posts     # sort, filter, select, scroll on every post
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


def main(data_dir: Path, what: str) -> None:
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QApplication

    from microcomm_desktop.services.context import open_context
    from microcomm_desktop.services.workspaces import get_workspace
    from microcomm_desktop.ui.context import UiContext, make_settings
    from microcomm_desktop.ui.events import EventBus
    from microcomm_desktop.ui.models.post_table_model import COL
    from microcomm_desktop.ui.tabs.posts.page import create_tab
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
    page = create_tab(ui)
    page.resize(1400, 860)
    page.show()
    page.set_workspace(ws.id)
    app.processEvents()
    while page.is_loading():  # type: ignore[attr-defined]
        app.processEvents(wait, 5)
    model = page.model  # type: ignore[attr-defined]
    view = page.table.view  # type: ignore[attr-defined]
    print(f"rows {model.total():,}, handed to the view {model.rowCount():,}")
    print("sort by date/time", ms(lambda: model.sort(COL["when"], Qt.SortOrder.AscendingOrder)), "ms")
    print("sort by ER", ms(lambda: model.sort(COL["er"], Qt.SortOrder.DescendingOrder)), "ms")
    print("select a row (detail pane)", ms(lambda: view.selectRow(1)), "ms")
    print("scroll to the bottom (one more page)", ms(view.scrollToBottom), "ms")
    combo = page.platform_filter  # type: ignore[attr-defined]
    print("platform filter", ms(lambda: combo.setCurrentIndex(combo.findData("instagram"))), "ms")
    print("platform filter off", ms(lambda: combo.setCurrentIndex(0)), "ms")
    print("text filter", ms(lambda: page.table.filter_edit.setText("zzz")), "ms")  # type: ignore[attr-defined]
    page.table.filter_edit.setText("")  # type: ignore[attr-defined]
    export_table(page.table.proxy, model.total())  # type: ignore[attr-defined]
    ctx.dispose()


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
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "posts")
