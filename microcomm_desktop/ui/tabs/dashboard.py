"""The Dashboard tab (placeholder until its feature lands)."""

from __future__ import annotations

from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.tabs.base import PlaceholderTab, TabPage


def create_tab(ctx: UiContext) -> TabPage:
    return PlaceholderTab(
        ctx,
        "Dashboard",
        "The weekly scorecard and the charts of returning engagers and replies per 1,000 reach.",
    )
