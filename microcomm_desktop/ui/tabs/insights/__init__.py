"""The Insights tab: what works by theme/format/ritual/rung, best times, the shortlist and the decision log.

- page.py — the tab
- prompt_dialog.py — a shortlist prompt
"""

from __future__ import annotations

from microcomm_desktop.ui.tabs.insights.page import InsightsTab, create_tab

__all__ = ["InsightsTab", "create_tab"]
