"""Static chart images for reports (PNG bytes), drawn with QPainter on a QImage.

Why not pyqtgraph: reports are also made by the CLI, where there is no QApplication/widgets; QPainter on a
QImage needs only a QGuiApplication (created offscreen on demand, like ``pdf.py``). Like ``pdf.py`` this
module imports Qt lazily so ``microcomm`` commands that never draw stay Qt-free.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from microcomm_desktop.i18n import active_language, translate
from microcomm_desktop.pdf import _ensure_gui_app
from microcomm_desktop.services import figures_text as ft


def _count(value: float) -> str:
    """A bar's count label: "1,234" in English as before, the language's grouping otherwise."""
    return f"{value:,g}" if active_language() == "en" else ft.band_edge(value)


def nice_scale(largest: float, ticks: int = 4) -> tuple[float, float]:
    """(axis top, tick step) with round steps (1, 2, 2.5, 5 × 10^k) so axis labels read 0, 10, 20, 30, 40."""
    import math

    largest = max(largest, 1e-9)
    raw = largest / ticks
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    return step * math.ceil(largest / step - 1e-9), step


def line_chart_png(
    title: str,
    dates: Sequence[date],
    values: Sequence[float | None],
    band: tuple[float, float] | None = None,
    unit: str = "",
    bars: Sequence[float | None] | None = None,
    size: tuple[int, int] = (680, 340),
) -> bytes:
    """A line (optionally over bars on their own scale) with the benchmark band shaded; ``None`` = gap."""
    _ensure_gui_app()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

    w, h = size
    img = QImage(w, h, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(13)
    p.setFont(font)
    left, right, top, bottom = 56, (48 if bars else 16), 30, 40
    plot = QRectF(left, top, w - left - right, h - top - bottom)
    p.setPen(QColor("#222"))
    p.drawText(QRectF(0, 4, w, 22), Qt.AlignmentFlag.AlignHCenter, title)
    known: list[float] = [v for v in values if v is not None]
    hi, step = nice_scale(max(known + ([band[1]] if band else []) + [1.0]) * 1.05)
    lo = 0.0

    def y(v: float) -> float:
        return plot.bottom() - (v - lo) / (hi - lo) * plot.height()

    n = max(1, len(dates))

    def x(i: int) -> float:
        return plot.left() + (i + 0.5) * plot.width() / n

    if band:
        p.fillRect(QRectF(plot.left(), y(band[1]), plot.width(), y(band[0]) - y(band[1])), QColor(120, 200, 120, 60))
    p.setPen(QPen(QColor("#ccc"), 1))
    small = QFont(font)
    small.setPixelSize(11)
    p.setFont(small)
    for k in range(round((hi - lo) / step) + 1):
        tick = lo + step * k
        p.setPen(QPen(QColor("#e3e3e3"), 1))
        p.drawLine(QPointF(plot.left(), y(tick)), QPointF(plot.right(), y(tick)))
        p.setPen(QColor("#555"))
        p.drawText(QRectF(0, y(tick) - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight, ft.band_edge(tick) + unit)
    if bars:
        bknown: list[float] = [b for b in bars if b is not None]
        bmax, bstep = nice_scale(max(bknown + [1.0]) * 1.05)
        bw = plot.width() / n * 0.6
        for i, bar in enumerate(bars):
            if bar is None:
                continue
            bh = bar / bmax * plot.height()
            p.fillRect(QRectF(x(i) - bw / 2, plot.bottom() - bh, bw, bh), QColor(150, 170, 210, 110))
        # The bars have their own scale: label it on the right so the counts can be read.
        p.setPen(QColor(90, 110, 160))
        for k in range(round(bmax / bstep) + 1):
            value = bstep * k
            yy = plot.bottom() - plot.height() * value / bmax
            p.drawText(QRectF(plot.right() + 4, yy - 8, right - 6, 16), Qt.AlignmentFlag.AlignLeft, _count(value))
    path = QPainterPath()
    started = False
    for i, v in enumerate(values):
        if v is None:
            started = False
            continue
        pt = QPointF(x(i), y(v))
        if started:
            path.lineTo(pt)
        else:
            path.moveTo(pt)
            started = True
    p.setPen(QPen(QColor(30, 90, 180), 2.5))
    p.drawPath(path)
    p.setBrush(QColor(30, 90, 180))
    for i, v in enumerate(values):
        if v is not None:
            p.drawEllipse(QPointF(x(i), y(v)), 3, 3)
    # The frame must be an outline only: with the dot brush still set, drawRect filled the whole plot area
    # (the "solid blue rectangle" of issue #16).
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QColor("#555"))
    step = max(1, n // 8)
    for i in range(0, n, step):
        p.drawText(QRectF(x(i) - 30, plot.bottom() + 4, 60, 16), Qt.AlignmentFlag.AlignHCenter, ft.day_month(dates[i]))
    if not known:  # say so, instead of an empty frame that looks like a rendering fault
        p.setPen(QColor("#777"))
        p.drawText(plot, Qt.AlignmentFlag.AlignCenter, translate("report_charts", "No data for these weeks yet (n/a)"))
    p.setPen(QPen(QColor("#888"), 1))
    p.drawRect(plot)
    p.end()
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")  # type: ignore[call-overload]
    buf.close()
    return bytes(ba.data())


def report_charts(weeks: Sequence[object], bands: dict[str, tuple[float, float]]) -> dict[str, bytes]:
    """The two charts of every report: returning share (with counts as bars) and replies per 1k reach.

    Points are labelled with the first day of their row, as the report's scorecard labels its rows.
    """
    dates = [w.week_start for w in weeks]  # type: ignore[attr-defined]
    return {
        "returning": line_chart_png(
            translate("report_charts", "Returning engagers (30 days): share % (line, left) and count (bars, right)"),
            dates,
            [w.returning_share for w in weeks],  # type: ignore[attr-defined]
            bands.get("returning_share"),
            "%",
            bars=[float(w.returning_engagers) for w in weeks],  # type: ignore[attr-defined]
        ),
        "replies": line_chart_png(
            translate("report_charts", "Replies per 1,000 reach"),
            dates,
            [w.replies_per_1k for w in weeks],  # type: ignore[attr-defined]
            bands.get("replies_per_1k"),
        ),
    }
