"""The Deals tab: the deals list, the rate card and calculator, and quotes.

- page.py — the tab (three inner pages)
- deals_list.py, calculator.py, quote.py — the pages
- commands.py — its undo steps
"""

from __future__ import annotations

from microcomm_desktop.ui.tabs.deals.page import DealsTab, create_tab

__all__ = ["DealsTab", "create_tab"]
