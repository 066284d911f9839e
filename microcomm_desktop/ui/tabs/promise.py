"""The Promise tab (placeholder until its feature lands)."""

from __future__ import annotations

from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.tabs.base import PlaceholderTab, TabPage


def create_tab(ctx: UiContext) -> TabPage:
    return PlaceholderTab(
        ctx,
        "Promise",
        "Build the one-sentence promise (who, outcome, format), pick one primary home, define"
        " three recurring formats, write the welcome post and the prompt library.",
    )
