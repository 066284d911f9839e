"""The Rituals tab: recurring rituals, their calendar and occurrences, the response SLA, calendar import.

- page.py — the tab
- ritual_dialog.py — add/edit a ritual
"""

from __future__ import annotations

from microcomm_desktop.ui.tabs.rituals.page import RitualsTab, create_tab

__all__ = ["RitualsTab", "create_tab"]
