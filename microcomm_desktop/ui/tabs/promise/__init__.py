"""The Promise tab: the community's promise, profile, homes, recurring formats and the prompt library.

- page.py — the tab
"""

from __future__ import annotations

from microcomm_desktop.ui.tabs.promise.page import PromiseTab, create_tab

__all__ = ["PromiseTab", "create_tab"]
