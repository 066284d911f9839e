"""The Creators tab: creators, their evidence and the deals behind them.

- page.py — the tab
- commands.py — its undo steps
"""

from __future__ import annotations

from microcomm_desktop.ui.tabs.creators.page import CreatorsTab, create_tab

__all__ = ["CreatorsTab", "create_tab"]
