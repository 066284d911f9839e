"""The Deals tab (placeholder until its feature lands)."""

from __future__ import annotations

from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.tabs.base import PlaceholderTab, TabPage


def create_tab(ctx: UiContext) -> TabPage:
    return PlaceholderTab(
        ctx,
        "Deals",
        "CPM, CPV, CPA and blended figures over fees plus media; saved deals and freelancer quotes.",
    )
