"""The one undoable-operation helper: do/undo hand results to each other, each step announces its areas, a failed
replay is one sentence on the status bar (never an exception into Qt), a failed first do pushes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from microcomm_desktop.ui.events import ChangeArea, EventBus
from microcomm_desktop.ui.operations import Announce, run_operation


def test_results_flow_between_do_and_undo_and_areas_are_announced(qapp) -> None:  # type: ignore[no-untyped-def]
    bus = EventBus()
    heard: list[tuple[object, int]] = []
    bus.data_changed.connect(lambda a, ws: heard.append((a, ws)))
    rows: dict[int, str] = {}
    next_id = iter(range(1, 100))
    calls: list[str] = []

    def delete(restored_id: int | None) -> tuple[int, str]:
        key = restored_id or 1
        calls.append(f"delete {key}")
        return key, rows.pop(key)

    def restore(deleted: tuple[int, str]) -> int:
        new_id = next(next_id) + 10  # a restored row gets a new id, as the services do
        rows[new_id] = deleted[1]
        calls.append(f"restore as {new_id}")
        return new_id

    rows[1] = "first"
    stack = QUndoStack()
    refreshed: list[int] = []
    announce = Announce(bus, 7, (ChangeArea.PROMISE, ChangeArea.RITUALS), refresh=lambda: refreshed.append(1))
    assert run_operation(stack, "Remove home", delete, restore, announce) == (1, "first")
    assert rows == {} and heard == [(ChangeArea.PROMISE, 7), (ChangeArea.RITUALS, 7)] and len(refreshed) == 1
    stack.undo()
    assert rows == {11: "first"}
    stack.redo()  # deletes the id the undo restored, not the original one
    assert rows == {} and calls == ["delete 1", "restore as 11", "delete 11"]
    assert len(heard) == 6 and len(refreshed) == 3


def test_failed_replay_is_a_sentence_not_an_exception(qapp) -> None:  # type: ignore[no-untyped-def]
    bus = EventBus()
    said: list[str] = []
    bus.status_message.connect(said.append)

    def undo(_done: object) -> None:
        raise ValueError("the row was removed elsewhere")

    stack = QUndoStack()
    run_operation(stack, "Edit format", lambda _u: "ok", undo, Announce(bus, 1, (ChangeArea.PROMISE,)))
    stack.undo()  # must not raise into Qt
    assert said == ["Undo Edit format: the row was removed elsewhere"]


def test_failed_first_do_pushes_nothing(qapp) -> None:  # type: ignore[no-untyped-def]
    bus = EventBus()
    stack = QUndoStack()

    def do(_u: object) -> None:
        raise ValueError("Name is required")

    with pytest.raises(ValueError, match="Name is required"):
        run_operation(stack, "Add format", do, lambda _d: None, Announce(bus, 1, (ChangeArea.PROMISE,)))
    assert stack.count() == 0
