"""The Posts tab: the posts table, engagers, quick entry, imports and exports.

- page.py — the tab
"""

from __future__ import annotations

from microcomm_desktop.ui.tabs.posts.page import PostsTab, create_tab

__all__ = ["PostsTab", "create_tab"]
