"""One way to make an undoable edit (in the spirit of Anki's ``CollectionOp``).

An edit is a pair of service calls that hand their results to each other: ``do(undone)`` returns what ``undo``
needs, ``undo(done)`` returns what a later ``do`` needs (``None`` the first time). That replaces the
``state: dict`` closures the tabs used to share between the two: deleting a home returns its row, restoring the
row returns its new id, and redo deletes that id.

The first ``do`` runs *before* the step is pushed, so bad input raises to the caller (which shows it next to the
field) and nothing half-done lands on the undo stack. Later undo/redo replays refresh the tab, announce the
areas on the bus and report a failure in one place (a sentence on the status bar, logged) instead of raising
into Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack

from microcomm_desktop.services.problems import user_message
from microcomm_desktop.ui.events import ChangeArea, EventBus

log = logging.getLogger(__name__)

T = TypeVar("T")

Do = Callable[[Any], T]  # receives what the last undo returned (None the first time)
Undo = Callable[[T], Any]  # receives what the last do returned; its result goes to the next do


def failure_sentence(action: str, exc: BaseException) -> str:
    """The one sentence a failed replay shows: what was being undone or redone, and why it did not work."""
    return f"{action}: {user_message(exc) or exc}"


@dataclass
class Announce:
    """Where a finished step is announced: the bus, the workspace and the areas it touched."""

    bus: EventBus
    workspace_id: int | None
    areas: tuple[ChangeArea, ...]
    refresh: Callable[[], None] | None = None  # the tab's own reload, run before the announce
    on_error: Callable[[str], None] | None = None  # defaults to the status bar

    def done(self) -> None:
        if self.refresh is not None:
            self.refresh()
        if self.workspace_id is None:
            return
        for area in self.areas:
            self.bus.changed(area, self.workspace_id)

    def error(self, message: str) -> None:
        if self.on_error is not None:
            self.on_error(message)
        else:
            self.bus.status_message.emit(message)


class Operation(QUndoCommand, Generic[T]):
    """An undoable step built from a do/undo pair of service calls (see the module docstring)."""

    def __init__(self, text: str, do: Do[T], undo: Undo[T], announce: Announce, done: T) -> None:
        super().__init__(text)
        self._do, self._undo, self._announce = do, undo, announce
        self.result: T = done  # what the last do returned
        self._undone: Any = None  # what the last undo returned
        self._first = True
        self.failed: str | None = None  # the last replay's failure sentence, None when it worked

    def redo(self) -> None:
        if self._first:  # already applied by run_operation()
            self._first = False
        else:
            self._replay("Redo " + self.text(), lambda: self._set_result(self._do(self._undone)))
        self._announce.done()

    def undo(self) -> None:
        self._replay("Undo " + self.text(), lambda: self._set_undone(self._undo(self.result)))
        self._announce.done()

    def _set_result(self, value: T) -> None:
        self.result = value

    def _set_undone(self, value: Any) -> None:
        self._undone = value

    def _replay(self, action: str, fn: Callable[[], None]) -> None:
        try:
            fn()
            self.failed = None
        except Exception as exc:  # a row removed elsewhere, a locked file: report, never escape into Qt
            log.warning("%s failed", action, exc_info=True)
            self.failed = failure_sentence(action, exc)
            self._announce.error(self.failed)


def run_operation(stack: QUndoStack, text: str, do: Do[T], undo: Undo[T], announce: Announce) -> T:
    """Run ``do`` now (exceptions propagate: the caller shows them where the user typed), push it as one undoable
    step, refresh and announce. Returns what ``do`` returned."""
    result = do(None)
    stack.push(Operation(text, do, undo, announce, result))
    return result
