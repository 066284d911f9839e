"""The Posts tab (placeholder until its feature lands)."""

from __future__ import annotations

from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.tabs.base import PlaceholderTab, TabPage


def create_tab(ctx: UiContext) -> TabPage:
    return PlaceholderTab(
        ctx,
        "Posts",
        "The post log: posts with reach, impressions, replies and saves, labelled community or reach;"
        " engagers and interactions; CSV import and export.",
    )
