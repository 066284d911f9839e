"""The Sprint tab: the 30-day sprint board, check-ins and the verdict.

- page.py — the tab
- commands.py — its undo steps
- dialogs.py — new sprint, plan next, task
"""

from __future__ import annotations

from microcomm_desktop.ui.tabs.sprint.page import SprintTab, create_tab

__all__ = ["SprintTab", "create_tab"]
