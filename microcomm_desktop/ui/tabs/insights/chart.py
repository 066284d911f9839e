"""The Insights bar chart: median replies/1k and saves/1k of the judged groups (at most 12, best first).

A section module of the Insights tab; its texts keep the tab's translation context ("InsightsTab").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from microcomm_desktop.services import insights as si

if TYPE_CHECKING:
    from microcomm_desktop.ui.tabs.insights.page import InsightsTab


def text_colour(tab: InsightsTab) -> Any:
    return tab.palette().color(tab.palette().ColorRole.Text)


def style_chart(tab: InsightsTab) -> None:
    pal = tab.palette()
    tab.chart.setBackground(pal.color(pal.ColorRole.Base))
    fg = pal.color(pal.ColorRole.Text)
    tab.legend.setLabelTextColor(fg)
    for axis in ("left", "bottom"):
        ax = tab.chart.getAxis(axis)
        ax.setPen(pg.mkPen(fg))
        ax.setTextPen(pg.mkPen(fg))


def chart_title(by: str) -> str:
    """The chart's title names the grouping; one whole sentence per grouping, so each language can inflect it."""
    titles = {
        "theme": QCoreApplication.translate("InsightsTab", "Judged themes: median replies/1k and saves/1k"),
        "format": QCoreApplication.translate("InsightsTab", "Judged formats: median replies/1k and saves/1k"),
        "ritual": QCoreApplication.translate("InsightsTab", "Judged rituals: median replies/1k and saves/1k"),
        "rung": QCoreApplication.translate("InsightsTab", "Judged rungs: median replies/1k and saves/1k"),
    }
    return titles.get(by, f"Judged {by}s: median replies/1k and saves/1k")


def draw_chart(tab: InsightsTab, res: si.InsightsResult) -> None:
    tab.chart.clear()
    style_chart(tab)
    rows = [g for g in res.rows if g.judged][:12]
    names = [g.key for g in rows]
    replies = [g.median_replies_per_1k or 0.0 for g in rows]
    saves = [g.saves_per_1k or 0.0 for g in rows]
    tab.chart_data = {"names": names, "replies": replies, "saves": saves}
    if not rows:
        tab.chart.setTitle(
            QCoreApplication.translate("InsightsTab", "Nothing to chart: no group has enough posts yet"),
            color=text_colour(tab),
        )
        return
    tab.chart.setTitle(chart_title(res.by), color=text_colour(tab))
    n = len(rows)
    ys = [n - 1 - i for i in range(n)]
    rep = pg.BarGraphItem(
        x0=0,
        y=[y + 0.2 for y in ys],
        height=0.36,
        width=replies,
        brush=pg.mkBrush(66, 133, 244),
        name=QCoreApplication.translate("InsightsTab", "Replies/1k"),
    )
    sav = pg.BarGraphItem(
        x0=0,
        y=[y - 0.2 for y in ys],
        height=0.36,
        width=saves,
        brush=pg.mkBrush(52, 168, 83),
        name=QCoreApplication.translate("InsightsTab", "Saves/1k"),
    )
    tab.chart.addItem(rep)
    tab.chart.addItem(sav)
    tab.chart.getAxis("left").setTicks([[(y, name) for y, name in zip(ys, names, strict=True)]])
    tab.chart.setYRange(-0.6, n - 0.4, padding=0)
    tab.chart.setXRange(0, max([*replies, *saves, 1.0]) * 1.3, padding=0)  # room for the legend
