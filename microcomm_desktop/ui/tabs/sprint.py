"""The Sprint tab (placeholder until its feature lands)."""

from __future__ import annotations

from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.tabs.base import PlaceholderTab, TabPage


def create_tab(ctx: UiContext) -> TabPage:
    return PlaceholderTab(
        ctx,
        "Sprint",
        "The 30-day, 4-week sprint with tasks and the decision rule driven by your measured metrics.",
    )
