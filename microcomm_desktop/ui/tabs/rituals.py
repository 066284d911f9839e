"""The Rituals tab (placeholder until its feature lands)."""

from __future__ import annotations

from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.tabs.base import PlaceholderTab, TabPage


def create_tab(ctx: UiContext) -> TabPage:
    return PlaceholderTab(
        ctx,
        "Rituals",
        "Weekly rituals on a calendar, occurrences marked run or skipped, the response SLA and the ICS export.",
    )
