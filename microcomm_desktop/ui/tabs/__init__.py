"""One module per tab. ``TAB_SPECS`` is the order of the tabs in the main window.

Each module exposes ``create_tab(ctx: UiContext) -> TabPage``; modules are imported lazily, when the tab is
first shown, so start-up stays fast.
"""

from __future__ import annotations

TAB_SPECS: list[tuple[str, str]] = [
    ("Promise", "microcomm_desktop.ui.tabs.promise"),
    ("Rituals", "microcomm_desktop.ui.tabs.rituals"),
    ("Posts", "microcomm_desktop.ui.tabs.posts"),
    ("Deals", "microcomm_desktop.ui.tabs.deals"),
    ("Creators", "microcomm_desktop.ui.tabs.creators"),
    ("Sprint", "microcomm_desktop.ui.tabs.sprint"),
    ("Dashboard", "microcomm_desktop.ui.tabs.dashboard"),
    ("Insights", "microcomm_desktop.ui.tabs.insights"),
]
