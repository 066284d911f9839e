"""Best times: replies per 1k reach by weekday and 3-hour block, as a heatmap with the best slots named."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from microcomm_desktop.domain import metrics
from microcomm_desktop.services import figures_text as ft
from microcomm_desktop.services import insights as si
from microcomm_desktop.services.scorecard import Benchmarks
from microcomm_desktop.ui.widgets.heatmap import HeatmapWidget


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
        posts = bt.posts
        top = bench.bands["replies_per_1k"].high if bench else metrics.HEALTH_TOPS["replies_per_1k"]
        self.heatmap.set_grid(bt.grid, top)
        self.heat_intro.setText(
            self.tr(
                "Replies per 1k reach by weekday and 3-hour block of local time ({timezone}), pooled over %n post(s); "
                "each cell shows the rate and its post count. Hatched cells have fewer than {min_posts} posts. Move "
                "rituals to where the community answers.",
                "",
                posts,
            ).format(timezone=bt.timezone, min_posts=ft.integer(bt.min_posts))
        )
        best = bt.best(3)
        if best:
            slots = [
                self.tr("<b>{weekday} {hours} h</b> {rate}/1k (%n post(s))", "", c.posts).format(
                    weekday=ft.weekday_short(c.weekday), hours=c.hours, rate=ft.rate(c.replies_per_1k)
                )
                for c in best
            ]
            self.heat_best.setText(self.tr("Best times: {slots}").format(slots="; ".join(slots)))
        else:
            self.heat_best.setText(self.tr("No time slot has enough posts to judge yet."))
