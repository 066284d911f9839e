"""Render every tab of the sample community to PNG (light and dark) — regenerates the README screenshots.

Usage: python scripts/screenshots.py [--out docs/screenshots] [--tab Posts] [--theme light|dark|both]
Runs offscreen; no screen needed. Uses a throw-away data directory.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="docs/screenshots")
    ap.add_argument("--tab", action="append", help="only these tabs (repeatable); default: all")
    ap.add_argument("--theme", choices=["light", "dark", "both"], default="both")
    ap.add_argument("--size", default="1400x860")
    ap.add_argument("--today", default="2026-11-25", help="the sample's 'today' (fixed for stable pictures)")
    args = ap.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from microcomm_desktop.services.context import open_context
    from microcomm_desktop.ui.context import UiContext, make_settings
    from microcomm_desktop.ui.events import EventBus
    from microcomm_desktop.ui.main_window import MainWindow
    from microcomm_desktop.ui.palette import apply_palette

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    w, h = (int(x) for x in args.size.split("x"))
    themes = ["light", "dark"] if args.theme == "both" else [args.theme]
    with tempfile.TemporaryDirectory(prefix="microcomm-shots-") as tmp:
        ctx = open_context(tmp)
        ui = UiContext(app=ctx, bus=EventBus(), settings=make_settings(ctx))
        win = MainWindow(ui, today=date.fromisoformat(args.today))
        win.resize(w, h)
        win.show()
        app.processEvents()
        win.grab().save(str(out / "welcome.png"))
        win.create_sample()
        for theme in themes:
            apply_palette(app, theme)  # type: ignore[arg-type]
            for i, slot in enumerate(win.slots):
                if args.tab and slot.title not in args.tab:
                    continue
                win.tabs.setCurrentIndex(i)
                for _ in range(5):
                    app.processEvents()
                suffix = "" if theme == "light" else "-dark"
                path = out / f"{slot.title.lower()}{suffix}.png"
                win.grab().save(str(path))
                print(path)
        win.close()
        win.deleteLater()
        app.processEvents()
        ctx.dispose()
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # pyqtgraph objects can crash CPython's teardown on this PySide6 ("bool_dealloc"); the PNGs are written by
    # now, so leave without running interpreter finalisers.
    os._exit(code)
