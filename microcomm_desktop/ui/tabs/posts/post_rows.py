"""Reading the post log into the Posts table, and the count above it (the Posts tab's rows section).

Why a module of its own: a large log (``PostsTab.background_from`` posts or more) is read in the worker pool
behind "Loading posts…", with the rules that keep it right — the selected post stays selected, a read started
before a write never lands after it, a workspace switch drops the old read — and the page only assembles its
sections. Texts keep the tab's translation context ("PostsTab"), so the catalogs did not change when they moved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale

from microcomm_desktop.i18n import active_language
from microcomm_desktop.services import posts
from microcomm_desktop.ui.models.post_keys import PostKeys
from microcomm_desktop.ui.models.post_table_model import table_keys
from microcomm_desktop.ui.widgets.selection import select_only

if TYPE_CHECKING:
    from microcomm_desktop.ui.tabs.posts.page import PostsTab


def read_rows(tab: PostsTab, er: str, keep: int | None) -> None:
    """Read the workspace's posts: at once for a small log, in the worker pool for a large one."""
    engine, ws_id = tab.ctx.engine, tab.workspace_id
    assert ws_id is not None
    if posts.post_count(engine, ws_id) < tab.background_from:
        tab.jobs.supersede()  # a read still running for an older state must not land after this one
        tab.loading.setVisible(False)
        show_rows(tab, posts.load_post_table(engine, ws_id), er, keep)
        return
    # A large log: read in the worker pool. The rows shown so far stay (or the table stays empty on a new
    # workspace) until the new ones arrive; a write or change meanwhile starts a newer read (see _after_write).
    tab._keep_after_load = keep if keep is not None else tab._keep_after_load
    tab.loading.setVisible(True)
    tab._update_buttons()
    tab._show_detail()
    update_counts(tab)
    standins = {k: list(v) for k, v in tab.model.standins.items()}
    tab.jobs.start(
        lambda: _read(engine, ws_id, er, standins),
        lambda read: _rows_loaded(tab, ws_id, er, *read),
        lambda message: _load_failed(tab, message),
    )


def _read(engine: Any, ws_id: int, er: str, standins: dict[str, list[str]]) -> tuple[posts.PostTable, PostKeys]:
    """In the worker pool: the rows, and every sort key and filter code of them (~2 s of work at 200,000
    posts), so that no sort or filter of a large log computes one in the GUI thread. Built in the same job, not
    after the rows are shown: a second job would compete for the GIL with the first paint and the first scroll
    of the new rows (stalls over 100 ms measured), and an edit meanwhile would leave its keys behind."""
    table = posts.load_post_table(engine, ws_id)
    return table, table_keys(table.rows, er, standins)


def _rows_loaded(tab: PostsTab, ws_id: int, er: str, table: posts.PostTable, keys: PostKeys) -> None:
    if ws_id != tab.workspace_id:
        return
    keep = tab.current_post_id()
    keep = keep if keep is not None else tab._keep_after_load
    tab._keep_after_load = None
    tab.loading.setVisible(False)
    show_rows(tab, table, er, keep, keys)


def _load_failed(tab: PostsTab, message: str) -> None:
    tab.loading.setVisible(False)
    tab._show_edit_error(
        QCoreApplication.translate("PostsTab", "Could not read the posts: {reason}").format(reason=message)
    )


def show_rows(tab: PostsTab, table: posts.PostTable, er: str, keep: int | None, keys: PostKeys | None = None) -> None:
    tab.model.set_rows(table.rows, er, table.row_of, keys)
    update_counts(tab)
    tab._update_buttons()
    if keep is not None:
        tab.select_post(keep)
    if tab.current_post_id() is None and tab.filter_proxy.rowCount():
        select_only(tab.table.view, tab.table.proxy.index(0, 0))
    tab._show_detail()


def update_counts(tab: PostsTab) -> None:
    total = tab.model.total()
    # Unfiltered, the table holds every post even where its rows are not handed to the view yet (fetchMore).
    shown = tab.filter_proxy.rowCount() if tab.filter_proxy.active() else total
    if total == 0 and tab.is_loading():  # not "No posts yet": they are being read
        tab.count_label.setText(QCoreApplication.translate("PostsTab", "Loading posts…"))
        tab.detail.detail_title.setText(QCoreApplication.translate("PostsTab", "Loading posts…"))
        return
    if shown != total:
        shown_text = f"{shown:,}" if active_language() == "en" else QLocale().toString(shown)
        tab.count_label.setText(
            QCoreApplication.translate("PostsTab", "{shown} of %Ln post(s)", "", total).format(shown=shown_text)
        )
    else:
        tab.count_label.setText(QCoreApplication.translate("PostsTab", "%Ln post(s)", "", total))
    if total == 0 and tab.workspace_id is not None:
        tab.detail.detail_title.setText(
            QCoreApplication.translate(
                "PostsTab",
                "No posts yet. Add one by hand, or import a platform export: File > Import posts… (Ctrl+I) or "
                "drop a .csv file onto this tab.",
            )
        )
