"""A small chart of the two decision metrics across the sprint weeks (pyqtgraph, redraws in milliseconds)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from microcomm_desktop.services.sprints import CheckinRow


class SprintMetricsChart(QWidget):
    """Returning share (%) and replies per 1,000 reach per sprint week; weeks not ended are gaps, not zeros."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setMinimumHeight(150)
        self.plot.getAxis("bottom").setHeight(28)  # room for the W1–W4 labels at small sizes
        week = self.tr("W{number}", "week number on the chart axis")
        self.plot.getAxis("bottom").setTicks([[(i, week.format(number=i)) for i in range(1, 5)]])
        self.plot.setXRange(0.7, 4.3, padding=0)
        self.ret_curve = self.plot.plot([], [], pen=pg.mkPen("#2f7ed8", width=2), symbol="o", symbolBrush="#2f7ed8")
        self.rep_curve = self.plot.plot([], [], pen=pg.mkPen("#e07b39", width=2), symbol="s", symbolBrush="#e07b39")
        self.plot.setToolTip(
            self.tr(
                "Blue: returning engagers as a share of engaged people (30-day window, %).\n"
                "Orange: replies per 1,000 reach on community posts.\nOnly weeks that have ended are plotted."
            )
        )
        # A legend outside the plot: inside, it hides points on a 4-week chart this small.
        self.legend = QLabel(
            "<span style='color:#2f7ed8'>●</span> "
            + self.tr("Returning share %")
            + "&nbsp;&nbsp;&nbsp;<span style='color:#e07b39'>■</span> "
            + self.tr("Replies per 1,000 reach")
        )
        self.legend.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.legend)
        lay.addWidget(self.plot, 1)
        self.apply_palette()

    def apply_palette(self) -> None:
        pal = self.palette()
        self.plot.setBackground(pal.color(QPalette.ColorRole.Base))
        fg = pal.color(QPalette.ColorRole.Text)
        for name in ("bottom", "left"):
            ax = self.plot.getAxis(name)
            ax.setTextPen(fg)
            ax.setPen(fg)

    def set_rows(self, rows: Sequence[CheckinRow]) -> None:
        x = np.array([r.week_no for r in rows], dtype=float)
        ret = np.array([np.nan if r.returning_share is None else r.returning_share for r in rows], dtype=float)
        rep = np.array([np.nan if r.replies_per_1k is None else r.replies_per_1k for r in rows], dtype=float)
        for curve, y in ((self.ret_curve, ret), (self.rep_curve, rep)):
            if np.isfinite(y).any():
                curve.setData(x, y, connect="finite")
            else:  # pyqtgraph's bounds (nanmin) warn on an all-NaN series: show nothing instead
                curve.setData([], [])
        finite = np.concatenate([ret[np.isfinite(ret)], rep[np.isfinite(rep)]])
        top = float(finite.max()) if finite.size else 10.0
        self.plot.setYRange(0, max(10.0, top * 1.15), padding=0)

    def series(self) -> tuple[list[float], list[float]]:
        """What is plotted (for tests): NaN for weeks without a figure."""
        _x1, y1 = self.ret_curve.getData()
        _x2, y2 = self.rep_curve.getData()
        return ([] if y1 is None else list(map(float, y1))), ([] if y2 is None else list(map(float, y2)))
