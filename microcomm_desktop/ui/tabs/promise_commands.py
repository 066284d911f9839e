"""Undo commands over service calls, shared by the Promise and Rituals tabs.

The service call runs *before* the command is pushed, so bad input is reported next to the field and nothing
half-done lands on the undo stack; redo/undo later re-run the service calls and report (never raise) failures.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from microcomm_desktop.services import promise as promise_service
from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.tabs.base import TabPage


def today_of(ctx: UiContext) -> date:
    """The app's "today": the main window may pin it (screenshots, tests) via ``ctx.extras["today"]``."""
    t = ctx.extras.get("today")
    return t if isinstance(t, date) else date.today()


def shortcut(keys: QKeySequence | QKeySequence.StandardKey | str, parent: QWidget, fn: Callable[[], Any]) -> QShortcut:
    """A shortcut bound to ``parent`` (and its children) calling ``fn``."""
    sc = QShortcut(QKeySequence(keys), parent)
    sc.activated.connect(fn)
    return sc


class ServiceCommand(QUndoCommand):
    """Undoable edit: ``do``/``undo`` call services; ``after`` refreshes and announces the change."""

    def __init__(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[], Any],
        after: Callable[[], None],
        on_error: Callable[[str], None],
    ) -> None:
        super().__init__(text)
        self._do, self._undo, self._after, self._on_error = do, undo, after, on_error
        self._first = True

    def redo(self) -> None:
        if self._first:  # already applied by push_done()
            self._first = False
        else:
            self._call(self._do)
        self._after()

    def undo(self) -> None:
        self._call(self._undo)
        self._after()

    def _call(self, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except Exception as exc:  # a row removed elsewhere, a locked file: report, never escape into Qt
            self._on_error(f"{self.text()}: {exc}")


def push_done(
    stack: QUndoStack,
    text: str,
    do: Callable[[], Any],
    undo: Callable[[], Any],
    after: Callable[[], None],
    on_error: Callable[[str], None],
) -> Any:
    """Run ``do`` now (exceptions propagate to the caller, which shows them), then push it as undoable."""
    result = do()
    stack.push(ServiceCommand(text, do, undo, after, on_error))
    return result


class ServiceEditTab(TabPage):
    """A tab whose edits are service calls on its own undo stack (Promise, Rituals): the shared glue.

    After every do/undo/redo the tab reloads and announces ``area`` on the bus so other tabs refresh; failures
    of a later undo/redo go to the status bar instead of raising into Qt.
    """

    area: ChangeArea
    ws_id: int | None
    undo_stack: QUndoStack

    def reload(self) -> None:
        raise NotImplementedError

    def _error(self, msg: str) -> None:
        self.ctx.bus.status_message.emit(msg)

    def _after(self) -> None:
        self.reload()
        if self.ws_id is not None:
            self.ctx.bus.changed(self.area, self.ws_id)

    def _push(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> Any:
        return push_done(self.undo_stack, text, do, undo, self._after, self._error)

    def _push_profile_update(self, text: str, values: dict[str, Any]) -> None:
        """Save community-profile fields as one undoable step; undo puts back exactly the values replaced.
        The service's InputError propagates for the caller to show where the user typed."""
        ws = self.ws_id
        assert ws is not None
        engine = self.ctx.engine
        old: dict[str, Any] = {}

        def do() -> None:
            old.update(promise_service.update_profile(engine, ws, **values))

        def undo() -> None:
            promise_service.update_profile(engine, ws, **old)

        self._push(text, do, undo)
