"""The selected post: its title, themes and format, conversation depth, latest interactions, and quick entry."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QVBoxLayout

from microcomm_desktop.domain.metrics import format_rate
from microcomm_desktop.services import interactions
from microcomm_desktop.ui.models.post_table_model import F
from microcomm_desktop.ui.tabs.posts.quick_entry import QuickEntry

if TYPE_CHECKING:
    from microcomm_desktop.ui.tabs.posts.page import PostsTab


class PostDetail(QGroupBox):
    def __init__(self, tab: PostsTab) -> None:
        super().__init__("Selected post")
        self.tab = tab
        lay = QVBoxLayout(self)
        self.detail_title = QLabel("Select a post to see its conversation and log interactions.")
        self.detail_title.setWordWrap(True)
        lay.addWidget(self.detail_title)
        self.detail_figures = QLabel()
        self.detail_figures.setObjectName("detailFigures")
        self.detail_figures.setWordWrap(True)
        self.detail_figures.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.detail_figures)
        self.recent = QListWidget()
        self.recent.setToolTip("Latest interactions on this post (time, who, kind, answering whom)")
        lay.addWidget(self.recent, 1)
        self.quick_entry = QuickEntry(tab, lay)

    def show_post(self) -> None:
        """Show the tab's current post (or the hint to pick one)."""
        pid = self.tab.current_post_id()
        self.recent.clear()
        self.quick_entry.quick_target.setText(f"Logs {self.tab._post_name(pid)}" if pid is not None else "")
        if pid is None:
            self.detail_figures.setText("")
            if self.tab.model.rowCount():
                self.detail_title.setText("Select a post to see its conversation and log interactions.")
            return
        row = self.tab.model.rows[self.tab.model.row_of(pid) or 0]
        title = html.escape(str(row[6] or "(no title)"))
        fmt = html.escape(str(row[F["format"]] or "no format"))
        themes = html.escape(str(row[F["themes"]] or ""))
        theme_line = (
            f"Themes: <b>{themes}</b>"
            if themes
            else "Themes: <i>none yet</i> — tag it (Ctrl+T) so Insights can rank what this post is about"
        )
        self.detail_title.setText(
            f"<b>{title}</b><br>{row[1]} · {row[3]} · {row[5]} post · {fmt}<br>"
            f"<span title='Your own content themes; edit them in the post form, the Themes cell or with Tag…'>"
            f"{theme_line}</span>"
        )
        d = interactions.post_detail(self.tab.ctx.engine, pid)
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(d.by_kind.items())) or "none logged"
        mean = format_rate(d.depth.mean_messages_per_thread, 1)
        self.detail_figures.setText(
            f"<b>{d.interactions}</b> interactions from <b>{d.people}</b> people ({kinds}).<br>"
            f"Conversation depth: <b>{d.depth.threads}</b> threads, <b>{mean}</b> messages per thread, "
            f"<b>{d.depth.deep_threads}</b> deep threads "
            "<span title='A thread is a top-level comment (or DM) plus its replies; deep = at least 3 messages "
            "from at least 2 people'>(deep = 3+ messages from 2+ people: members talking to each other)</span>."
            + _members_line(d.created_by, d.updated_by)
        )
        for when, who, kind, parent in reversed(d.recent[-100:]):
            self.recent.addItem(f"{when}  {who}  {kind}" + (f" → {parent}" if parent else ""))


def _members_line(created_by: str, updated_by: str) -> str:
    """Who logged and last changed the post: what a team needs to ask the right person ("" when unknown)."""
    if not created_by and not updated_by:
        return ""
    parts = [f"logged by <b>{html.escape(created_by)}</b>"] if created_by else []
    if updated_by and updated_by != created_by:
        parts.append(f"last changed by <b>{html.escape(updated_by)}</b>")
    text = ", ".join(parts) or f"last changed by <b>{html.escape(updated_by)}</b>"
    return "<br>" + text[0].upper() + text[1:] + "."
