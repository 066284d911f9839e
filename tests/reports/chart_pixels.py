"""Reading report chart pixels: a chart whose plot area is one flat colour is a bug no existence check catches.

Used by the report tests. Works on PNG/JPEG bytes or files through QImage (no Pillow), with numpy.
"""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage

# Chart images embedded in the PDF are JPEG-compressed, so colours are compared in 16-level buckets.
_BUCKET = 16


def pixels(img: QImage) -> np.ndarray:
    """H×W×3 int array of an image's RGB pixels."""
    rgb = img.convertToFormat(QImage.Format.Format_RGB888)
    w, h, bpl = rgb.width(), rgb.height(), rgb.bytesPerLine()
    raw = np.frombuffer(rgb.constBits(), np.uint8, bpl * h).reshape(h, bpl)[:, : w * 3]
    return raw.reshape(h, w, 3).astype(np.int32)


def load(data: bytes | Path) -> np.ndarray:
    img = QImage()
    ok = img.loadFromData(data) if isinstance(data, bytes) else img.load(str(data))
    assert ok and not img.isNull(), "not a readable image"
    return pixels(img)


def plot_area(a: np.ndarray) -> np.ndarray:
    """The middle of a chart (15 %–85 % both ways): always inside the plot frame, never on titles or ticks."""
    h, w, _ = a.shape
    return a[int(h * 0.15) : int(h * 0.85), int(w * 0.15) : int(w * 0.85)]


def dominant_share(region: np.ndarray) -> tuple[float, int]:
    """(share of the most frequent colour bucket, number of distinct buckets) in ``region``."""
    q = region.reshape(-1, 3) // _BUCKET
    keys = q[:, 0] * 256 + q[:, 1] * 16 + q[:, 2]
    _, counts = np.unique(keys, return_counts=True)
    return float(counts.max() / len(keys)), len(counts)


def assert_chart_drawn(png: bytes | Path | np.ndarray, what: str) -> None:
    """Fail when the plot area is (nearly) one colour: a filled box, or an empty white frame."""
    a = png if isinstance(png, np.ndarray) else load(png)
    share, distinct = dominant_share(plot_area(a))
    assert share < 0.9, f"{what}: {share:.0%} of the plot area is one colour (a flat box, not a chart)"
    assert distinct >= 8, f"{what}: only {distinct} colours in the plot area"


def flat_saturated_tiles(a: np.ndarray, tile: int = 12) -> int:
    """Tiles of a rendered page that are one saturated colour (a filled box); text, lines and pale bands are not."""
    h, w, _ = a.shape
    n = 0
    for y in range(0, h - tile, tile):
        for x in range(0, w - tile, tile):
            b = a[y : y + tile, x : x + tile].reshape(-1, 3)
            if int((b.max(0) - b.min(0)).max()) <= 24:
                m = b.mean(0)
                if float(m.max() - m.min()) > 60:
                    n += 1
    return n


def html_charts(page: str) -> list[bytes]:
    """The PNG charts an HTML report embeds as base64."""
    return [base64.b64decode(m) for m in re.findall(r"data:image/png;base64,([A-Za-z0-9+/=]+)", page)]


def have_poppler() -> bool:
    return shutil.which("pdftoppm") is not None and shutil.which("pdfimages") is not None


def pdf_pages(pdf: Path, out: Path, dpi: int = 60) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(out / "page")], check=True)
    return sorted(out.glob("page*.png"))


def pdf_images(pdf: Path, out: Path) -> list[Path]:
    subprocess.run(["pdfimages", "-png", str(pdf), str(out / "img")], check=True)
    return sorted(out.glob("img*.png"))
