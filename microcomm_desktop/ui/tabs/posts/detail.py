"""The selected post: its title, themes and format, conversation depth, latest interactions, and quick entry."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QListWidget, QScrollArea, QVBoxLayout, QWidget

from microcomm_desktop.domain.metrics import format_rate
from microcomm_desktop.i18n import active_language
from microcomm_desktop.services import interactions
from microcomm_desktop.ui.models.post_table_model import F, shown_local_time
from microcomm_desktop.ui.tabs.posts.quick_entry import QuickEntry

if TYPE_CHECKING:
    from microcomm_desktop.ui.tabs.posts.page import PostsTab


class PostDetail(QGroupBox):
    def __init__(self, tab: PostsTab) -> None:
        super().__init__()
        self.setTitle(self.tr("Selected post"))
        self.tab = tab
        lay = QVBoxLayout(self)
        # The post's texts scroll rather than clip: on a 720-pixel window (and in German, ~30 % longer) the
        # wrapped lines need more height than the pane has, and a squeezed label cuts its last line in half.
        texts = QWidget()
        tl = QVBoxLayout(texts)
        tl.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(self.tr("Select a post to see its conversation and log interactions."))
        self.detail_title.setWordWrap(True)
        tl.addWidget(self.detail_title)
        self.detail_figures = QLabel()
        self.detail_figures.setObjectName("detailFigures")
        self.detail_figures.setWordWrap(True)
        self.detail_figures.setTextFormat(Qt.TextFormat.RichText)
        tl.addWidget(self.detail_figures)
        tl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(texts)
        lay.addWidget(scroll, 3)
        self.recent = QListWidget()
        self.recent.setToolTip(self.tr("Latest interactions on this post (time, who, kind, answering whom)"))
        lay.addWidget(self.recent, 2)
        self.quick_entry = QuickEntry(tab, lay)

    def show_post(self) -> None:
        """Show the tab's current post (or the hint to pick one)."""
        pid = self.tab.current_post_id()
        self.recent.clear()
        self.quick_entry.quick_target.setText(
            self.tr("Logs {post}").format(post=self.tab._post_name(pid)) if pid is not None else ""
        )
        if pid is None:
            self.detail_figures.setText("")
            if self.tab.model.rowCount():
                self.detail_title.setText(self.tr("Select a post to see its conversation and log interactions."))
            return
        row = self.tab.model.rows[self.tab.model.row_of(pid) or 0]
        title = html.escape(str(row[6] or self.tr("(no title)")))
        fmt = html.escape(str(row[F["format"]] or self.tr("no format")))
        themes = html.escape(str(row[F["themes"]] or ""))
        theme_line = (
            self.tr("Themes: <b>{themes}</b>").format(themes=themes)
            if themes
            else self.tr("Themes: <i>none yet</i> — tag it (Ctrl+T) so Insights can rank what this post is about")
        )
        # The label (community/reach) is a stored value and reads the same in every language, like the form's.
        self.detail_title.setText(
            f"<b>{title}</b><br>"
            + self.tr("{date} · {platform} · {label} post · {format}").format(
                date=row[1], platform=row[3], label=row[5], format=fmt
            )
            + "<br>"
            + _with_tip(
                theme_line, self.tr("Your own content themes; edit them in the post form, the Themes cell or with Tag…")
            )
        )
        d = interactions.post_detail(self.tab.ctx.engine, pid)
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(d.by_kind.items())) or self.tr("none logged")
        mean = format_rate(d.depth.mean_messages_per_thread, 1)
        if active_language() != "en" and d.depth.mean_messages_per_thread is not None:
            mean = QLocale().toString(float(mean), "f", 1)
        people = self.tr("<b>%n</b> people", "", d.people)
        figures = self.tr("<b>%n</b> interaction(s) from {people} ({kinds}).", "", d.interactions).format(
            people=people, kinds=kinds
        )
        threads = self.tr("<b>%n</b> thread(s)", "", d.depth.threads)
        deep = self.tr("<b>%n</b> deep thread(s)", "", d.depth.deep_threads)
        depth = self.tr("Conversation depth: {threads}, <b>{mean}</b> messages per thread, {deep}").format(
            threads=threads, mean=mean, deep=deep
        )
        deep_tip = self.tr(
            "A thread is a top-level comment (or DM) plus its replies; deep = at least 3 messages from at least "
            "2 people"
        )
        deep_note = self.tr("(deep = 3+ messages from 2+ people: members talking to each other)")
        self.detail_figures.setText(
            f"{figures}<br>{depth} " + _with_tip(deep_note, deep_tip) + "." + _members_line(d.created_by, d.updated_by)
        )
        for when, who, kind, parent in reversed(d.recent[-100:]):
            self.recent.addItem(f"{shown_local_time(when)}  {who}  {kind}" + (f" → {parent}" if parent else ""))


def _with_tip(html_text: str, tip: str) -> str:
    """Rich text that explains itself on hover (a label's tooltip covers the whole label, not one phrase)."""
    return f"<span title='{html.escape(tip)}'>{html_text}</span>"


def _members_line(created_by: str, updated_by: str) -> str:
    """Who logged and last changed the post: what a team needs to ask the right person ("" when unknown)."""
    if not created_by and not updated_by:
        return ""
    logged, changed = html.escape(created_by), html.escape(updated_by)
    if created_by and updated_by and updated_by != created_by:
        text = QCoreApplication.translate(
            "PostDetail", "Logged by <b>{logged}</b>, last changed by <b>{changed}</b>."
        ).format(logged=logged, changed=changed)
    elif created_by:
        text = QCoreApplication.translate("PostDetail", "Logged by <b>{logged}</b>.").format(logged=logged)
    else:
        text = QCoreApplication.translate("PostDetail", "Last changed by <b>{changed}</b>.").format(changed=changed)
    return "<br>" + text
