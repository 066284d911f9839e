"""Render every tab of the sample community to PNG (light and dark) — regenerates the README screenshots.

Usage: python scripts/screenshots.py [--out docs/screenshots] [--tab Posts] [--theme light|dark|both]
       python scripts/screenshots.py --theme light --size 1280x720 --size 1600x1000 --name-size
Runs offscreen (on a virtual screen as large as the largest --size); no screen needed. Uses a throw-away data
directory. ``--name-size`` names the files ``<tab>-<W>x<H>.png`` (the laptop-size checks in docs/screenshots).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path


def _offscreen_screen(width: int, height: int) -> None:
    """An offscreen screen of the given size, so the window fits itself to it as on a real monitor."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    cfg = Path(tempfile.mkdtemp(prefix="microcomm-screen-")) / "screen.json"
    screen = {"name": "shots", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}
    cfg.write_text(json.dumps({"screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={cfg}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="docs/screenshots")
    ap.add_argument("--tab", action="append", help="only these tabs (repeatable); default: all")
    ap.add_argument("--theme", choices=["light", "dark", "both"], default="both")
    ap.add_argument("--size", action="append", help="window size WxH (repeatable); default 1400x860")
    ap.add_argument("--name-size", action="store_true", help="name files <tab>-<W>x<H>.png")
    ap.add_argument("--today", default="2026-11-25", help="the sample's 'today' (fixed for stable pictures)")
    args = ap.parse_args(argv)
    sizes = [tuple(int(x) for x in s.split("x")) for s in (args.size or ["1400x860"])]
    _offscreen_screen(max(w for w, _h in sizes), max(h for _w, h in sizes))

    from PySide6.QtWidgets import QApplication

    from microcomm_desktop.services.context import open_context
    from microcomm_desktop.ui.context import UiContext, make_settings
    from microcomm_desktop.ui.events import EventBus
    from microcomm_desktop.ui.main_window import MainWindow
    from microcomm_desktop.ui.palette import apply_palette

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    themes = ["light", "dark"] if args.theme == "both" else [args.theme]
    with tempfile.TemporaryDirectory(prefix="microcomm-shots-") as tmp:
        ctx = open_context(tmp)
        ui = UiContext(app=ctx, bus=EventBus(), settings=make_settings(ctx))
        win = MainWindow(ui, today=date.fromisoformat(args.today))
        win.show()
        for _ in range(3):
            app.processEvents()
        win.resize(*sizes[0])
        app.processEvents()
        if not args.tab:
            win.grab().save(str(out / "welcome.png"))
        win.create_sample()
        for w, h in sizes:
            win.resize(w, h)
            for theme in themes:
                apply_palette(app, theme)  # type: ignore[arg-type]
                for i, slot in enumerate(win.slots):
                    if args.tab and slot.title not in args.tab:
                        continue
                    win.tabs.setCurrentIndex(i)
                    for _ in range(5):
                        app.processEvents()
                    suffix = ("" if theme == "light" else "-dark") + (f"-{w}x{h}" if args.name_size else "")
                    path = out / f"{slot.title.lower()}{suffix}.png"
                    win.grab().save(str(path))
                    print(path, win.size().width(), win.size().height())
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
