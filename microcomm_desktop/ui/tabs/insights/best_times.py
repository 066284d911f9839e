"""Best times: replies per 1k reach by weekday and 3-hour block, as a heatmap with the best slots named."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from microcomm_desktop.domain import metrics
from microcomm_desktop.services import insights as si
from microcomm_desktop.services.scorecard import Benchmarks
from microcomm_desktop.ui.widgets.heatmap import WEEKDAYS, HeatmapWidget


class BestTimesPanel(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        v = QVBoxLayout(self)
        self.heat_intro = QLabel("")
        self.heat_intro.setWordWrap(True)
        self.heatmap = HeatmapWidget(self)
        self.heat_best = QLabel("")
        self.heat_best.setWordWrap(True)
        self.heat_best.setObjectName("heatBest")
        v.addWidget(self.heat_intro)
        v.addWidget(self.heatmap, 1)
        v.addWidget(self.heat_best)

    def fill(self, bt: si.BestTimes, bench: Benchmarks | None) -> None:
        """Colour against the workspace's replies band top (the app's default band without a workspace)."""
        top = bench.bands["replies_per_1k"].high if bench else metrics.HEALTH_TOPS["replies_per_1k"]
        self.heatmap.set_grid(bt.grid, top)
        self.heat_intro.setText(
            f"Replies per 1k reach by weekday and 3-hour block of local time ({bt.timezone}), pooled over "
            f"{bt.posts} posts; each cell shows the rate and its post count. Hatched cells have fewer than "
            f"{bt.min_posts} posts. Move rituals to where the community answers."
        )
        best = bt.best(3)
        if best:
            self.heat_best.setText(
                "Best times: "
                + "; ".join(
                    f"<b>{WEEKDAYS[c.weekday]} {c.hours} h</b> {metrics.format_rate(c.replies_per_1k)}/1k "
                    f"({c.posts} posts)"
                    for c in best
                )
            )
        else:
            self.heat_best.setText("No time slot has enough posts to judge yet.")
