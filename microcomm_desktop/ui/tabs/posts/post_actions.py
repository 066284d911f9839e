"""Duplicate and delete posts, each one undoable step (the Posts tab's row actions).

Why a module of its own: the page assembles its sections and stays readable; these two commands only need the
tab's selection, its undo push and its refresh. Texts keep the tab's translation context ("PostsTab"), so the
catalogs did not change when they moved here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from microcomm_desktop.services import posts

if TYPE_CHECKING:
    from microcomm_desktop.ui.tabs.posts.page import PostsTab


def duplicate_post(tab: PostsTab) -> None:
    pid = tab.current_post_id()
    if pid is None:
        return
    engine = tab.ctx.engine

    def do(undone: tuple[Any, int] | None) -> int:
        if undone is not None:  # redo: the copy comes back with the same id
            snap, copy_id = undone
            posts.restore_posts(engine, snap)
        else:
            copy_id = posts.duplicate_post(engine, pid)
        tab._after_write(full=True)
        tab.select_post(copy_id)
        return copy_id

    def undo(copy_id: int) -> tuple[Any, int]:
        snap = posts.delete_posts(engine, [copy_id])
        tab._after_write(full=True)
        return snap, copy_id

    tab._push(QCoreApplication.translate("PostsTab", "Duplicate post"), do, undo)


def delete_posts(tab: PostsTab, confirm: bool = True) -> None:
    ids = tab.selected_post_ids()
    if not ids:
        return
    n = len(ids)
    if confirm:
        answer = QMessageBox.question(
            tab,
            QCoreApplication.translate("PostsTab", "Delete posts"),
            QCoreApplication.translate(
                "PostsTab", "Delete %n post(s)? Their interactions stay (unlinked). Undo with Ctrl+Z.", "", n
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    engine = tab.ctx.engine

    def do(_undone: object) -> Any:
        snap = posts.delete_posts(engine, ids)
        tab._after_write(full=True)
        return snap

    def undo(snap: Any) -> None:
        posts.restore_posts(engine, snap)
        tab._after_write(full=True)

    tab._push(QCoreApplication.translate("PostsTab", "Delete %n post(s)", "", n), do, undo)
