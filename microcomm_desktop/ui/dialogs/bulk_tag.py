"""Bulk tagging: add and remove themes on a selection of posts, as one undoable step.

The Posts tab calls::

    dlg = BulkTagDialog(self.ctx, post_ids, self)
    if dlg.exec() == QDialog.DialogCode.Accepted:
        self.undo_stack.push(dlg.command())

``BulkTagCommand`` applies through ``services.themes`` on its first ``redo`` and keeps the exact ``TagChange``,
so undo removes only the links it added, restores the links it removed and drops the themes it created.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from microcomm_desktop.services import themes as th
from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.events import ChangeArea, EventBus
from microcomm_desktop.ui.operations import ServiceCommand
from microcomm_desktop.ui.widgets.theme_editor import ThemePicker


class BulkTagCommand(ServiceCommand):
    """Undoable add/remove of themes on many posts, applied on the first redo (``ServiceCommand``). After ``push``,
    ``error`` holds a failure message (if any)."""

    expected = (th.ThemeError,)

    def __init__(
        self,
        engine: Engine,
        workspace_id: int,
        post_ids: Sequence[int],
        add: Sequence[str],
        remove: Sequence[str],
        bus: EventBus | None = None,
    ) -> None:
        super().__init__()
        self.engine = engine
        self.workspace_id = workspace_id
        self.post_ids = list(post_ids)
        self.add = list(add)
        self.remove = list(remove)
        self.bus = bus
        self.change: th.TagChange | None = None
        self.error: str | None = None
        n = len(self.post_ids)
        self.setText(QCoreApplication.translate("BulkTagCommand", "tag %n post(s)", None, n))

    def _redo(self) -> None:
        if self.change is None:
            self.change = th.set_post_themes(self.engine, self.workspace_id, self.post_ids, self.add, self.remove)
            self.setText(self.change.summary or self.text())
            if self.change.is_empty:
                self.setObsolete(True)  # nothing changed: do not clutter the undo history
        else:
            th.redo_post_themes(self.engine, self.change)

    def _undo(self) -> None:
        if self.change is not None:
            th.undo_post_themes(self.engine, self.change)

    def on_failure(self, message: str, first: bool) -> None:
        self.error = message  # the first run's sentence is shown by the caller; a replay's on the status bar
        if not first and self.bus is not None:
            self.bus.status_message.emit(message)

    def after_step(self, undone: bool) -> None:
        if self.failed is None and self.bus is not None:
            self.bus.changed(ChangeArea.POSTS, self.workspace_id)


class BulkTagDialog(QDialog):
    """Add themes (picker with type-to-create) and tick themes to remove, for the selected posts."""

    def __init__(self, ctx: UiContext, post_ids: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.post_ids = list(post_ids)
        self.setWindowTitle(self.tr("Tag posts"))
        n = len(self.post_ids)
        ws_id = ctx.workspace_id or 0
        intro = QLabel(self.tr("Add or remove themes on the <b>%n</b> selected post(s). Undo with Ctrl+Z.", "", n))
        intro.setWordWrap(True)
        self.picker = ThemePicker(th.theme_names(ctx.engine, ws_id), self)
        self.remove_list = QListWidget(self)
        self.remove_list.setToolTip(self.tr("Tick the themes to take off the selected posts"))
        counts = th.theme_counts(ctx.engine, self.post_ids) if self.post_ids else {}
        for name, count in counts.items():
            item = QListWidgetItem(self.tr("{theme}  ({count} of {total})").format(theme=name, count=count, total=n))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.remove_list.addItem(item)
        if not counts:
            self.remove_list.addItem(QListWidgetItem(self.tr("The selected posts carry no themes yet.")))
            self.remove_list.setEnabled(False)
        self.error = QLabel("")
        self.error.setObjectName("bulkTagError")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Add themes:"), self.picker)
        form.addRow(self.tr("Remove themes:"), self.remove_list)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(480, 340)

    def to_remove(self) -> list[str]:
        out = []
        for i in range(self.remove_list.count()):
            item = self.remove_list.item(i)
            if item.checkState() == Qt.CheckState.Checked and item.data(Qt.ItemDataRole.UserRole):
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def accept(self) -> None:
        """Validate here so bad input is explained in the dialog, not after it closed."""
        self.picker.commit_text()  # a name typed but not yet confirmed with Enter still counts
        if not self.post_ids:
            self.error.setText(self.tr("Select at least one post first."))
            return
        if not self.picker.themes() and not self.to_remove():
            self.error.setText(self.tr("Add a theme or tick one to remove."))
            return
        try:
            for name in self.picker.themes():
                th.clean_name(name)
        except th.ThemeError as exc:
            self.error.setText(str(exc))
            return
        super().accept()

    def command(self) -> BulkTagCommand:
        return BulkTagCommand(
            self.ctx.engine,
            self.ctx.workspace_id or 0,
            self.post_ids,
            self.picker.themes(),
            self.to_remove(),
            self.ctx.bus,
        )
