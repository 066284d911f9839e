"""Weekly charts on pyqtgraph: date axis, shaded benchmark band, hover read-out, zoom/pan with reset, save.

Shared helpers: other tabs may reuse ``WeeklyChart`` / ``make_weekly_chart`` read-only. The data handed to
pyqtgraph is kept on ``chart.series`` so tests can check what is drawn without reading pixels.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.i18n import active_language
from microcomm_desktop.services import safe_files


def _ts(d: date) -> float:
    """Date → POSIX seconds at noon UTC (the DateAxisItem unit; noon keeps labels on the right day)."""
    return datetime.combine(d, time(12), tzinfo=UTC).timestamp()


@dataclass
class Series:
    """What one chart shows — kept for tests and for the hover read-out."""

    dates: list[date]
    values: list[float | None]
    band: tuple[float, float] | None
    bars: list[float | None] | None = None
    unit: str = ""
    bars_label: str = ""


def chart_colors(dark: bool) -> dict[str, QColor]:
    if dark:
        return {
            "bg": QColor(30, 32, 36),
            "fg": QColor(220, 222, 225),
            "line": QColor(110, 170, 255),
            "bars": QColor(120, 130, 160, 120),
            "band": QColor(70, 160, 90, 60),
        }
    return {
        "bg": QColor(255, 255, 255),
        "fg": QColor(40, 40, 40),
        "line": QColor(30, 90, 180),
        "bars": QColor(150, 170, 210, 110),
        "band": QColor(120, 200, 120, 60),
    }


_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_NAME = re.compile(r"\b(" + "|".join(_EN_MONTHS + _EN_DAYS) + r")\b")


class LocaleDateAxis(pg.DateAxisItem):
    """pyqtgraph writes tick labels with ``strftime`` in the C locale ("Sep", "Oct"); in another language the
    month and weekday names come from ``QLocale`` (German "Sept.", Spanish "sept"). English is left untouched."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        strings: list[str] = super().tickStrings(values, scale, spacing)
        if active_language() == "en":
            return strings
        loc = QLocale()

        def local(m: re.Match[str]) -> str:
            word = m.group(1)
            if word in _EN_MONTHS:
                return loc.monthName(_EN_MONTHS.index(word) + 1, QLocale.FormatType.ShortFormat)
            return loc.dayName(_EN_DAYS.index(word) + 1, QLocale.FormatType.ShortFormat)

        return [_NAME.sub(local, s) for s in strings]


class WeeklyChart(QWidget):
    """A line per week (gaps for n/a), optional count bars on a right axis, and the benchmark band shaded."""

    def __init__(self, title: str, y_label: str, parent: QWidget | None = None, dark: bool = False) -> None:
        super().__init__(parent)
        self.title = title
        self.y_label = y_label
        self.dark = dark
        self.series: Series | None = None
        # enableMenu=False at construction, not setMenuEnabled(False) after it: the right-click menus are
        # off anyway, and building them is a large part of what a plot costs (opening the Dashboard).
        self.plot = pg.PlotWidget(enableMenu=False, axisItems={"bottom": LocaleDateAxis(orientation="bottom")})
        self.plot.setMinimumHeight(220)
        self.item = self.plot.getPlotItem()
        self.item.showGrid(x=False, y=True, alpha=0.25)
        self.item.setLabel("left", y_label)
        self.item.setTitle(title)
        # Second y axis for counts (returning engagers as bars).
        self.bar_view = pg.ViewBox(enableMenu=False)
        self.item.scene().addItem(self.bar_view)
        self.item.getAxis("right").linkToView(self.bar_view)
        self.bar_view.setXLink(self.item)
        self.item.getViewBox().sigResized.connect(self._sync_views)
        self.readout = QLabel(self.tr("Hover over the chart to read a week's value."))
        self.readout.setObjectName("chartReadout")
        self.reset_btn = QPushButton(self.tr("Reset zoom"))
        self.reset_btn.setToolTip(self.tr("Show every week again after zooming (mouse wheel) or panning (drag)"))
        self.reset_btn.clicked.connect(self.reset_zoom)
        self.save_btn = QPushButton(self.tr("Save chart as PNG/SVG…"))
        self.save_btn.clicked.connect(self.save_dialog)
        bar = QHBoxLayout()
        bar.addWidget(self.readout, 1)
        bar.addWidget(self.reset_btn)
        bar.addWidget(self.save_btn)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.plot, 1)
        lay.addLayout(bar)
        self._mouse = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse)
        self.apply_theme(dark)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 300)

    def _sync_views(self) -> None:
        self.bar_view.setGeometry(self.item.getViewBox().sceneBoundingRect())
        self.bar_view.linkedViewChanged(self.item.getViewBox(), self.bar_view.XAxis)

    def apply_theme(self, dark: bool) -> None:
        self.dark = dark
        c = chart_colors(dark)
        self.plot.setBackground(c["bg"])
        for name in ("left", "bottom", "right"):
            ax = self.item.getAxis(name)
            ax.setPen(pg.mkPen(c["fg"]))
            ax.setTextPen(pg.mkPen(c["fg"]))
        self.item.titleLabel.setText(self.title, color=c["fg"].name())
        if self.series is not None:
            self.set_series(self.series)

    def set_series(self, series: Series) -> None:
        """Redraw from scratch (a few dozen points: cheaper and simpler than updating items)."""
        self.series = series
        c = chart_colors(self.dark)
        self.item.clear()
        self.bar_view.clear()
        xs = np.array([_ts(d) for d in series.dates], dtype=float)
        ys = np.array([math.nan if v is None else v for v in series.values], dtype=float)
        if series.band is not None:
            lo, hi = series.band
            region = pg.LinearRegionItem(
                values=(lo, hi),
                orientation="horizontal",
                movable=False,
                brush=pg.mkBrush(c["band"]),
                pen=pg.mkPen(None),
            )
            region.setZValue(-10)
            region.setToolTip(self.tr("Benchmark band {band}").format(band=f"{lo:g}–{hi:g}{series.unit}"))
            self.item.addItem(region)
        if series.bars is not None and xs.size:
            self.item.showAxis("right")
            self.item.getAxis("right").setLabel(series.bars_label)
            heights = np.array([0.0 if v is None else v for v in series.bars], dtype=float)
            width = (xs[1] - xs[0]) * 0.6 if xs.size > 1 else 4 * 86400
            self.bar_view.addItem(pg.BarGraphItem(x=xs, height=heights, width=width, brush=pg.mkBrush(c["bars"])))
            self.bar_view.setYRange(0, max(1.0, float(heights.max())) * 1.15)
        else:
            self.item.hideAxis("right")
        if xs.size and np.isfinite(ys).any():  # every week n/a (no engagers yet): no line, no all-NaN bounds
            self.item.plot(
                xs,
                ys,
                pen=pg.mkPen(c["line"], width=2.5),
                symbol="o",
                symbolSize=6,
                symbolBrush=c["line"],
                connect="finite",
            )
        self.reset_zoom()

    def reset_zoom(self) -> None:
        s = self.series
        if s is None or not s.dates:
            return
        xs = [_ts(d) for d in s.dates]
        pad = 3.5 * 86400
        self.item.setXRange(min(xs) - pad, max(xs) + pad, padding=0)
        known = [v for v in s.values if v is not None]
        top = max(known + ([s.band[1]] if s.band else []) + [1.0])
        self.item.setYRange(0, top * 1.15, padding=0)

    def _on_mouse(self, event: tuple[QPointF]) -> None:
        if self.series is None or not self.series.dates:
            return
        pos = event[0]
        if not self.item.sceneBoundingRect().contains(pos):
            return
        x = self.item.getViewBox().mapSceneToView(pos).x()
        self.readout.setText(self.describe_at(x))

    def describe_at(self, x: float) -> str:
        """The week nearest to view x (seconds) and its exact value(s)."""
        assert self.series is not None
        s = self.series
        i = int(np.argmin([abs(_ts(d) - x) for d in s.dates]))
        v = s.values[i]
        loc = QLocale()
        day = s.dates[i]
        value = self.tr("n/a") if v is None else loc.toString(float(v), "f", 2) + s.unit
        text = self.tr("Week ending {date}: {value}").format(
            date=loc.toString(QDate(day.year, day.month, day.day), "ddd dd MMM yyyy"), value=value
        )
        bar = s.bars[i] if s.bars is not None else None
        if bar is not None:
            text += f" · {s.bars_label}: {loc.toString(float(bar), 'f', 0)}"
        return text

    # ----- export
    def save_png(self, path: Path) -> bool:
        with safe_files.atomic_path(path) as tmp:  # QPixmap.save only returns False: the helper says why
            if not self.plot.grab().save(str(tmp), "PNG"):
                raise safe_files.WriteFailed(path, "the image could not be encoded or written")
        return True

    def save_svg(self, path: Path) -> None:
        """QSvgGenerator + render(): pyqtgraph's SVG exporter raises on this PySide6 (STACK.md)."""
        with safe_files.atomic_path(path) as tmp:
            gen = QSvgGenerator()
            gen.setFileName(str(tmp))
            size = self.plot.size()
            gen.setSize(size)
            gen.setViewBox(QRectF(0, 0, size.width(), size.height()))
            gen.setTitle(self.title)
            painter = QPainter(gen)
            self.plot.render(painter)
            painter.end()
            del painter, gen  # closes the file before it is checked and renamed

    def save_dialog(self) -> None:
        name, flt = QFileDialog.getSaveFileName(
            self,
            self.tr("Save chart"),
            f"{self.title.lower().replace(' ', '-')}.png",
            self.tr("PNG image (*.png);;SVG image (*.svg)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".svg" if "svg" in flt.lower() else ".png")
        try:
            if path.suffix.lower() == ".svg":
                self.save_svg(path)
            elif not self.save_png(path):
                raise OSError(self.tr("the image could not be written"))
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Save chart"), self.tr("Could not save {path}: {error}").format(path=path, error=exc)
            )


def make_weekly_chart(
    title: str,
    y_label: str,
    dates: Sequence[date],
    values: Sequence[float | None],
    band: tuple[float, float] | None = None,
    unit: str = "",
    dark: bool = False,
    parent: QWidget | None = None,
) -> WeeklyChart:
    """One call for the common case (a line with its band)."""
    chart = WeeklyChart(title, y_label, parent, dark)
    chart.set_series(Series(list(dates), list(values), band, unit=unit))
    return chart
