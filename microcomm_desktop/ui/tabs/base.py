"""The contract between the main window and a tab."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.lazy import LazyModule
from microcomm_desktop.ui.operations import Announce, Do, Undo, run_operation

if TYPE_CHECKING:
    from microcomm_desktop.services import promise as promise_service
else:  # imported at first use: the first window is built before the data layer (ui/lazy.py)
    promise_service = LazyModule("microcomm_desktop.services.promise")

T = TypeVar("T")


class TabPage(QWidget):
    """A tab: built with a ``UiContext``; told when the workspace changes; may offer a CSV export.

    Subclasses refresh themselves on ``ctx.bus.data_changed`` for the areas they show.
    """

    title = "Tab"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def set_workspace(self, workspace_id: int | None) -> None:
        """Called by the main window after the current workspace changed (also once after creation)."""

    def export_csv(self) -> None:
        """File > Export current table to CSV… (tabs with tables override this)."""

    def flush_pending(self) -> None:
        """Save (or keep as a draft) whatever the user is still typing.

        Called before the window closes and before the workspace changes, so closing never asks "save
        changes?" and never loses an edit in progress. Tabs with forms override this; it must not raise.
        """

    def snapshot_drafts(self) -> None:
        """Crash insurance: store what is typed but unsaved as this tab's draft, without saving it through
        the services and without touching the form; clear the draft when nothing is pending.

        The main window calls this every few seconds while it is in use, so after a crash (no ``flush_pending``
        ran) the next start puts the typed text back, like a draft kept at close. A clean close's
        ``flush_pending`` still decides the final state. Must be cheap when nothing changed (write only when
        the snapshot differs from the last one stored) and must not raise.
        """


class ServiceEditTab(TabPage):
    """A tab whose edits are service calls on its own undo stack (Promise, Rituals): the shared glue.

    After every do/undo/redo the tab reloads and announces ``area`` on the bus so other tabs refresh; failures
    of a later undo/redo go to the status bar instead of raising into Qt (see ``ui/operations.py``).
    """

    area: ChangeArea
    ws_id: int | None
    undo_stack: QUndoStack

    def reload(self) -> None:
        raise NotImplementedError

    def _error(self, msg: str) -> None:
        self.ctx.bus.status_message.emit(msg)

    def _refresh(self) -> None:
        """After a save, undo or redo, before the change is announced (tabs add their own follow-ups)."""
        self.reload()

    def _announce(self) -> Announce:
        return Announce(self.ctx.bus, self.ws_id, (self.area,), refresh=self._refresh, on_error=self._error)

    def _push(self, text: str, do: Do[T], undo: Undo[T]) -> T:
        """Run ``do`` now (an InputError propagates for the caller to show where the user typed), then push it."""
        return run_operation(self.undo_stack, text, do, undo, self._announce())

    def _push_profile_update(self, text: str, values: dict[str, Any]) -> None:
        """Save community-profile fields as one undoable step; undo puts back exactly the values replaced."""
        ws = self.ws_id
        assert ws is not None
        engine = self.ctx.engine
        self._push(
            text,
            lambda _undone: promise_service.update_profile(engine, ws, **values),
            lambda old: promise_service.update_profile(engine, ws, **old),
        )


class PlaceholderTab(TabPage):
    """Says what will come here, so an unfinished tab is honest rather than empty."""

    def __init__(self, ctx: UiContext, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = title
        layout = QVBoxLayout(self)
        label = QLabel(f"<h2>{title}</h2><p>{text}</p>")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(label)
        layout.addStretch(1)


class FailedTab(TabPage):
    """Stands in for a tab that could not be built or filled: the error in place, the rest of the app working.

    Stored data (a value beyond the limits written by an older version, a row a newer version wrote) must
    never stop the window from opening; the user reads what is wrong here and can try again after fixing it.
    """

    def __init__(self, ctx: UiContext, title: str, exc: BaseException, retry: Callable[[], None]) -> None:
        super().__init__(ctx)
        from microcomm_desktop.services.problems import user_message
        from microcomm_desktop.services.value_audit import StoredValuesOutOfRange, out_of_range_message

        self.title = title
        try:
            if isinstance(exc, StoredValuesOutOfRange):
                reason = str(exc)
            else:
                reason = user_message(exc) or out_of_range_message(ctx.engine, ctx.workspace_id) or f"{exc}"
        except Exception:  # the explanation must not fail in turn
            reason = str(exc)
        lay = QVBoxLayout(self)
        self.message = QLabel(f"The {title} tab could not be shown.\n\n{reason}")
        self.message.setObjectName("tabError")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.message)
        self.retry_btn = QPushButton("Try again")
        self.retry_btn.clicked.connect(retry)
        lay.addWidget(self.retry_btn, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)


def build_tab_page(ctx: UiContext, title: str, module: str, retry: Callable[[], None]) -> TabPage:
    """Import and build a tab and show its workspace; any failure gives a ``FailedTab`` instead of a crash."""
    page: TabPage | None = None
    try:
        page = importlib.import_module(module).create_tab(ctx)
        assert page is not None
        page.set_workspace(ctx.workspace_id)
        return page
    except Exception as exc:
        logging.getLogger(__name__).exception("the %s tab could not be built", title)
        if page is not None:
            page.deleteLater()
        return FailedTab(ctx, title, exc, retry)
