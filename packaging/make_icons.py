"""Render the app icon from ``resources/icons/microcomm.svg`` into every raster form the platforms need.

Why a script and not hand-exported files: the SVG is the single source; PNG sizes (Linux hicolor theme,
window icons), ``.ico`` (Windows executable) and ``.icns`` (macOS bundle) are derived from it reproducibly,
with Qt only (no ImageMagick or iconutil on the build machine).

Usage: ``python packaging/make_icons.py [--src resources/icons/microcomm.svg] [--out resources/icons]``

The ICO and ICNS containers are written here with ``struct`` from PNG data: Qt's ICO writer stores a single
image per file and its ICNS writer is not present on every build, whereas both containers accept embedded
PNGs (ICO since Windows Vista, ICNS since macOS 10.7), so a few lines give a multi-size file everywhere.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, by pixel size (the @2x variants reuse the larger renders).
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)


def render_png(svg: Path, size: int) -> bytes:
    """Render the SVG to a square transparent PNG of ``size`` pixels (antialiased)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):  # type: ignore[call-overload]  # stub says bytes, runtime wants str
        raise RuntimeError("Qt could not encode PNG")
    buf.close()
    return bytes(data.data())


def ico_bytes(pngs: Iterable[tuple[int, bytes]]) -> bytes:
    """An ICO container holding PNG-compressed images (ICONDIR + ICONDIRENTRY records + data)."""
    items = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(items))
    offset = len(header) + 16 * len(items)
    entries = b""
    blobs = b""
    for size, png in items:
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS container: ``icns`` + total length, then (type, length, PNG) elements."""
    body = b""
    for kind, size in ICNS_TYPES:
        png = pngs[size]
        body += kind + struct.pack(">I", len(png) + 8) + png
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def make_icons(src: Path, out: Path) -> list[Path]:
    """Write ``microcomm-<size>.png`` for every size plus ``microcomm.ico`` and ``microcomm.icns``."""
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QPainter on QImage needs an app
    out.mkdir(parents=True, exist_ok=True)
    pngs = {size: render_png(src, size) for size in sorted({*PNG_SIZES, *ICO_SIZES})}
    written: list[Path] = []
    for size in PNG_SIZES:
        p = out / f"microcomm-{size}.png"
        p.write_bytes(pngs[size])
        written.append(p)
    ico = out / "microcomm.ico"
    ico.write_bytes(ico_bytes((s, pngs[s]) for s in ICO_SIZES))
    icns = out / "microcomm.icns"
    icns.write_bytes(icns_bytes(pngs))
    written += [ico, icns]
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--src", type=Path, default=ROOT / "resources" / "icons" / "microcomm.svg")
    ap.add_argument("--out", type=Path, default=ROOT / "resources" / "icons")
    args = ap.parse_args(argv)
    for p in make_icons(args.src, args.out):
        print(f"{p.relative_to(ROOT) if p.is_relative_to(ROOT) else p}  {p.stat().st_size:>7} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
