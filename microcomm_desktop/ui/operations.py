"""One way to make an undoable edit (in the spirit of Anki's ``CollectionOp``).

An edit is a pair of service calls that hand their results to each other: ``do(undone)`` returns what ``undo``
needs, ``undo(done)`` returns what a later ``do`` needs (``None`` the first time). That replaces the
``state: dict`` closures the tabs used to share between the two: deleting a home returns its row, restoring the
row returns its new id, and redo deletes that id.

The first ``do`` runs *before* the step is pushed, so bad input raises to the caller (which shows it next to the
field) and nothing half-done lands on the undo stack. Later undo/redo replays refresh the tab, announce the
areas on the bus and report a failure in one place (a sentence on the status bar, logged) instead of raising
into Qt.

``ServiceCommand`` is the base under ``Operation`` and under every other undo command of the UI (deals, sprint,
creators, decisions, bulk tagging): one place decides the start mode, the failure path, edit conflicts and what
runs after each step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from microcomm_desktop.ui.events import ChangeArea, EventBus
from microcomm_desktop.ui.lazy import LazyModule

if TYPE_CHECKING:
    from microcomm_desktop.services import conflicts, problems
    from microcomm_desktop.services.conflicts import EditConflict
else:  # imported at first use: the first window is built before the data layer (ui/lazy.py)
    conflicts = LazyModule("microcomm_desktop.services.conflicts")
    problems = LazyModule("microcomm_desktop.services.problems")

log = logging.getLogger(__name__)

T = TypeVar("T")

Do = Callable[[Any], T]  # receives what the last undo returned (None the first time)
Undo = Callable[[T], Any]  # receives what the last do returned; its result goes to the next do


def failure_sentence(action: str, exc: BaseException) -> str:
    """The one sentence a failed replay shows: what was being undone or redone, and why it did not work."""
    return QCoreApplication.translate("operations", "{action}: {reason}").format(
        action=action, reason=problems.user_message(exc) or exc
    )


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


class ServiceCommand(QUndoCommand):
    """The one base of every undoable edit in the app: the tabs only say what a run does and what follows it.

    Two start modes, chosen by ``applied``:

    * ``applied=True`` — the caller already wrote the change (so a refusal was shown next to the field and nothing
      reached the stack); the first ``redo`` that ``QUndoStack.push`` triggers writes nothing and only calls
      ``after_push()``. ``Operation`` and the Creators tab work this way.
    * ``applied=False`` — the first ``redo`` does the write. If it fails the command marks itself obsolete, so the
      stack drops an entry that would undo something that never happened; the sentence lands in ``failed`` and goes
      to ``on_failure``. Deals, Sprint, decisions and bulk tagging work this way.

    Team editing: a subclass passes the version the user saw to its service on the first run only (see
    ``first_version``); an ``EditConflict`` raised then is kept in ``conflict`` (nothing was written) and the command
    drops itself so the tab can show both versions. A later replay re-applies over whatever is stored.

    Only failures a user can act on are caught: ``expected`` exceptions and whatever
    ``services.problems.user_message`` can explain (a full disk, a locked file); anything else is a bug and goes to
    the error reporter. After every run (success or failure, not after a conflict) ``after_step(undone)`` reloads the
    tab, picks the row and announces the change.
    """

    expected: tuple[type[BaseException], ...] = ()

    def __init__(self, text: str = "", *, applied: bool = False, expected_version: int | None = None) -> None:
        super().__init__(text)
        self._pending_first = applied  # the first redo only acknowledges a write the caller already made
        self._first_run = not applied  # the next run is the user's own action (not a replay)
        self.expected_version = expected_version
        self.conflict: EditConflict | None = None
        self.failed: str | None = None  # the last run's failure sentence, None when it worked

    # -- what a subclass provides -------------------------------------------------------------------------------
    def _redo(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _undo(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def after_step(self, undone: bool) -> None:
        """Reload, select and announce after a run; ``undone`` tells which row the tab should pick."""

    def after_push(self) -> None:
        """Called by the first redo of an ``applied`` command; the caller already reloaded, so nothing by default."""

    def on_failure(self, message: str, first: bool) -> None:
        """Show ``message`` (``failed``); called before ``after_step``."""

    def on_conflict(self, exc: EditConflict) -> None:
        """Called when the first run met a newer version (``conflict`` is set, nothing was written)."""

    def failure_message(self, action: str, exc: BaseException, first: bool) -> str:
        """The user's own action fails with the reason alone (shown where they acted); a replay names the step."""
        if first:
            return problems.user_message(exc) or str(exc)
        return failure_sentence(action, exc)

    # -- the one run path ----------------------------------------------------------------------------------------
    def first_version(self) -> int | None:
        """The version to check on this run: only the user's own first run checks, and only once."""
        expected, self.expected_version = self.expected_version, None
        return expected

    def redo(self) -> None:
        if self._pending_first:
            self._pending_first = False
            self.after_push()
            return
        self._run(
            QCoreApplication.translate("operations", "Redo {step}").format(step=self.text()), self._redo, undone=False
        )

    def undo(self) -> None:
        self._run(
            QCoreApplication.translate("operations", "Undo {step}").format(step=self.text()), self._undo, undone=True
        )

    def _run(self, action: str, fn: Callable[[], None], *, undone: bool) -> None:
        first, self._first_run = self._first_run, False
        try:
            fn()
        except Exception as exc:
            if first and isinstance(exc, conflicts.EditConflict):
                self.conflict = exc  # nothing written: the tab shows both versions and asks
                self.setObsolete(True)
                self.on_conflict(exc)
                return
            if problems.user_message(exc) is None and not isinstance(exc, self.expected):
                raise  # a bug, not a refusal: the error reporter shows it
            log.warning("%s failed", action, exc_info=True)
            self.failed = self.failure_message(action, exc, first)
            if first:
                self.setObsolete(True)  # the stack drops a step that never happened
            self.on_failure(self.failed, first)
        else:
            self.failed = None
        self.after_step(undone)


class Operation(ServiceCommand, Generic[T]):
    """An undoable step built from a do/undo pair of service calls (see the module docstring)."""

    expected = (Exception,)  # a row removed elsewhere, a locked file: report, never escape into Qt

    def __init__(self, text: str, do: Do[T], undo: Undo[T], announce: Announce, done: T) -> None:
        super().__init__(text, applied=True)
        self._do, self._undo_fn, self._announce = do, undo, announce
        self.result: T = done  # what the last do returned
        self._undone: Any = None  # what the last undo returned

    def _redo(self) -> None:
        self.result = self._do(self._undone)

    def _undo(self) -> None:
        self._undone = self._undo_fn(self.result)

    def failure_message(self, action: str, exc: BaseException, first: bool) -> str:
        return failure_sentence(action, exc)

    def on_failure(self, message: str, first: bool) -> None:
        self._announce.error(message)

    def after_step(self, undone: bool) -> None:
        self._announce.done()

    def after_push(self) -> None:
        self._announce.done()


def run_operation(stack: QUndoStack, text: str, do: Do[T], undo: Undo[T], announce: Announce) -> T:
    """Run ``do`` now (exceptions propagate: the caller shows them where the user typed), push it as one undoable
    step, refresh and announce. Returns what ``do`` returned."""
    result = do(None)
    stack.push(Operation(text, do, undo, announce, result))
    return result
