"""Adding and editing posts through the post form, each save one undoable step with an edit-conflict check.

A plain helper the tab owns (no widget): dialogs are parented to the tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from microcomm_desktop.services import posts
from microcomm_desktop.services import themes as th
from microcomm_desktop.ui.models.post_table_model import header_texts

if TYPE_CHECKING:
    from microcomm_desktop.ui.tabs.posts.page import PostsTab


class PostEdits:
    def __init__(self, tab: PostsTab) -> None:
        self.tab = tab

    def _form(self, form: dict[str, str], title: str) -> dict[str, Any] | None:
        from microcomm_desktop.ui.dialogs.post_form import PostFormDialog

        assert self.tab.workspace_id is not None
        dlg = PostFormDialog(
            form,
            posts.ritual_occurrence_choices(self.tab.ctx.engine, self.tab.workspace_id),
            self.tab,
            title,
            themes_available=th.theme_names(self.tab.ctx.engine, self.tab.workspace_id),
            formats=th.format_choices(self.tab.ctx.engine, self.tab.workspace_id),
        )
        if dlg.exec() != PostFormDialog.DialogCode.Accepted:
            return None
        chk = dlg.check()
        return chk.values if chk.ok else None

    def add_post(self) -> None:
        if self.tab.workspace_id is None:
            return
        ws = self.tab.ctx.workspace
        tz = ws.timezone if ws is not None else "UTC"
        values = self._form(
            {"when": posts.now_local(tz).strftime("%Y-%m-%d %H:%M"), "label": "community", "platform": "instagram"},
            QCoreApplication.translate("PostEdits", "Add post"),
        )
        if values is not None:
            self.add_post_values(values)

    def add_post_values(self, values: dict[str, Any]) -> int | None:
        """Add a validated post as one undoable step (also used by tests and duplicate)."""
        ws_id = self.tab.workspace_id
        assert ws_id is not None
        Added = tuple[int, tuple[tuple[int, str], ...]]  # the post id, the themes the add created

        def do(undone: tuple[Any, Added] | None) -> Added:
            if undone is not None:  # redo: the same rows come back with the same ids
                snap, added = undone
                posts.restore_posts(self.tab.ctx.engine, snap)
            else:
                res = posts.add_post(self.tab.ctx.engine, ws_id, values)
                added = (res.post_id, res.tags.created_themes if res.tags else ())
            self.tab._after_write(full=True)
            self.tab.select_post(added[0])
            return added

        def undo(added: Added) -> tuple[Any, Added]:
            # Themes the add created go too (and come back on redo with the same ids).
            snap = posts.delete_posts(self.tab.ctx.engine, [added[0]], drop_themes=added[1])
            self.tab._after_write(full=True)
            return snap, added

        ok, pushed = self.tab._push(QCoreApplication.translate("PostEdits", "Add post"), do, undo)
        return int(pushed[0]) if ok and pushed is not None else None

    def edit_post(self) -> None:
        pid = self.tab.current_post_id()
        if pid is None:
            return
        try:
            form = posts.post_form_values(self.tab.ctx.engine, pid)
        except posts.PostError as exc:
            QMessageBox.warning(self.tab, QCoreApplication.translate("PostEdits", "Edit post"), str(exc))
            return
        mine = self._form(form, QCoreApplication.translate("PostEdits", "Edit post"))
        if mine is None:
            return
        version: int | None = int(form.get("version") or 0) or None
        while True:
            try:
                self.update_post_values(pid, mine, expected_version=version, raise_conflict=True)
                return
            except posts.EditConflict as conflict:
                # Another member saved this post while the form was open: show both, let the user pick.
                from microcomm_desktop.ui.dialogs.edit_conflict import resolve_conflict

                mine_form = {**form, **{k: v for k, v in as_form_text(mine).items() if k in form}}
                if not resolve_conflict(
                    self.tab, "post", mine_form, conflict.theirs, conflict.updated_by, header_texts()
                ):
                    self.tab._after_write([pid], full=True)
                    self.tab.ctx.bus.status_message.emit(
                        QCoreApplication.translate("PostEdits", "Kept the other member's version of the post.")
                    )
                    return
                version = conflict.version

    def update_post_values(
        self,
        post_id: int,
        values: dict[str, Any],
        text: str = "",
        expected_version: int | None = None,
        raise_conflict: bool = False,
    ) -> bool:
        """One undoable edit of a post's columns and themes (form save or a cell), applied in one transaction.

        ``expected_version``: the version the form was opened at; a newer stored one raises ``EditConflict``
        (with ``raise_conflict``) before anything is pushed on the undo stack."""
        checked: Any = None  # the edit already applied under the version check
        full = "when" in values or "ritual_occurrence_id" in values
        if expected_version is not None:
            try:
                checked = posts.edit_post(self.tab.ctx.engine, post_id, values, expected_version)
            except posts.EditConflict:
                if raise_conflict:
                    raise
                QMessageBox.warning(
                    self.tab,
                    QCoreApplication.translate("PostEdits", "Posts"),
                    QCoreApplication.translate(
                        "PostEdits", "Not saved: another member changed this post; open it again."
                    ),
                )
                return False
            except ValueError as exc:  # validation and value limits: a sentence, nothing written
                QMessageBox.warning(
                    self.tab,
                    QCoreApplication.translate("PostEdits", "Posts"),
                    QCoreApplication.translate("PostEdits", "Not saved: {error}").format(error=exc),
                )
                return False

        def do(reverted: Any) -> Any:
            if reverted is not None:  # redo: apply the same edit again
                posts.reapply_post_edit(self.tab.ctx.engine, reverted, values)
                edit = reverted
            else:
                edit = checked if checked is not None else posts.edit_post(self.tab.ctx.engine, post_id, values)
            self.tab._after_write([post_id], full=full)
            return edit

        def undo(edit: Any) -> Any:
            posts.revert_post_edit(self.tab.ctx.engine, edit)
            self.tab._after_write([post_id], full=full)
            return edit

        return self.tab._push(text or QCoreApplication.translate("PostEdits", "Edit post"), do, undo)[0]


def as_form_text(values: dict[str, Any]) -> dict[str, str]:
    """Checked form values back as the texts a form shows (for the conflict dialog's "your version")."""
    out: dict[str, str] = {}
    for key, value in values.items():
        if value is None:
            out[key] = ""
        elif key == "when" and hasattr(value, "strftime"):
            out[key] = value.strftime("%Y-%m-%d %H:%M")
        elif isinstance(value, (list, tuple)):
            out[key] = ", ".join(str(v) for v in value)
        else:
            out[key] = str(value)
    return out
