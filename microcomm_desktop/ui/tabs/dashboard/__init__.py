"""The Dashboard tab: the weekly scorecard, charts, week notes, calibration and reports.

- page.py — the tab
"""

from __future__ import annotations

from microcomm_desktop.ui.tabs.dashboard.page import DashboardTab, create_tab

__all__ = ["DashboardTab", "create_tab"]
