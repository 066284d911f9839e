"""Undoable edits of the Sprint tab (``ServiceCommand`` in ``ui/operations.py``). Each command calls the sprint
service (one transaction) on its first redo and then asks the tab to reload and announce the change; a command
whose first write fails tells the user and removes itself."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from sqlalchemy.engine import Engine

from microcomm_desktop.services import sprints as S
from microcomm_desktop.ui.operations import ServiceCommand


class SprintHost(Protocol):
    """What a command needs from the tab (a protocol, so tests can drive commands with a stub)."""

    @property
    def engine(self) -> Engine: ...

    def after_write(self, select_task: int | None = None) -> None: ...

    def show_error(self, message: str) -> None: ...


class _Cmd(ServiceCommand):
    """A sprint write done on the first redo (``ServiceCommand``); after each step the tab reloads and keeps the
    task the command is about selected, so repeated keyboard moves keep working on it."""

    expected = (S.SprintError,)

    def __init__(self, host: SprintHost, text: str, expected_version: int | None = None) -> None:
        # Team editing: the user's own action checks the version the board showed; a redo after an undo
        # re-applies over whatever is stored (the undo bumped the version itself), so it never conflicts.
        super().__init__(text, expected_version=expected_version)
        self.host = host

    def _version(self) -> int | None:
        """The version to check on this run: only the first (the user's) run checks."""
        return self.first_version()

    def on_failure(self, message: str, first: bool) -> None:
        self.host.show_error(message)

    def after_step(self, undone: bool) -> None:
        self.host.after_write(None if self.failed else getattr(self, "task_id", None))


class ToggleDoneCommand(_Cmd):
    def __init__(
        self, host: SprintHost, task_id: int, title: str, done: bool, expected_version: int | None = None
    ) -> None:
        text = (
            QCoreApplication.translate("SprintCommands", "Tick “{title}”")
            if done
            else QCoreApplication.translate("SprintCommands", "Untick “{title}”")
        ).format(title=title)
        super().__init__(host, text, expected_version)
        self.task_id, self.done = task_id, done

    def _redo(self) -> None:
        S.set_done(self.host.engine, self.task_id, self.done, self._version())

    def _undo(self) -> None:
        S.set_done(self.host.engine, self.task_id, not self.done)


class MoveTaskCommand(_Cmd):
    def __init__(
        self,
        host: SprintHost,
        task_id: int,
        title: str,
        week_no: int,
        index: int | None,
        expected_version: int | None = None,
    ) -> None:
        text = QCoreApplication.translate("SprintCommands", "Move “{title}” to week {number}").format(
            title=title, number=week_no
        )
        super().__init__(host, text, expected_version)
        self.task_id, self.week_no, self.index = task_id, week_no, index
        self.old: tuple[int, int] | None = None

    def _redo(self) -> None:
        self.old = S.move_task(self.host.engine, self.task_id, self.week_no, self.index, self._version())

    def _undo(self) -> None:
        if self.old is not None:
            S.move_task(self.host.engine, self.task_id, self.old[0], self.old[1])


class EditTaskCommand(_Cmd):
    def __init__(
        self, host: SprintHost, task_id: int, fields: dict[str, Any], expected_version: int | None = None
    ) -> None:
        text = QCoreApplication.translate("SprintCommands", "Edit task “{title}”").format(title=fields.get("title", ""))
        super().__init__(host, text, expected_version)
        self.task_id, self.fields = task_id, fields
        self.before: dict[str, Any] | None = None

    def _redo(self) -> None:
        prev = S.update_task(self.host.engine, self.task_id, self._version(), **self.fields).fields()
        self.before = {k: prev[k] for k in self.fields}
        if "link_kind" in self.before or "link_ref" in self.before:
            self.before["link_kind"], self.before["link_ref"] = prev["link_kind"], prev["link_ref"]

    def _undo(self) -> None:
        if self.before is not None:
            S.update_task(self.host.engine, self.task_id, **self.before)


class AddTaskCommand(_Cmd):
    def __init__(self, host: SprintHost, sprint_id: int, week_no: int, fields: dict[str, Any]) -> None:
        super().__init__(
            host,
            QCoreApplication.translate("SprintCommands", "Add task “{title}”").format(title=fields.get("title", "")),
        )
        self.sprint_id, self.week_no, self.fields = sprint_id, week_no, dict(fields)
        self.task_id: int | None = None
        self.snap: S.TaskSnapshot | None = None

    def _redo(self) -> None:
        if self.snap is None:
            f = dict(self.fields)
            title = f.pop("title")
            f.pop("week_no", None)
            self.task_id = S.add_task(self.host.engine, self.sprint_id, self.week_no, title, **f).id
        else:
            self.task_id = S.restore_task(self.host.engine, self.snap)

    def _undo(self) -> None:
        if self.task_id is not None:
            self.snap = S.delete_task(self.host.engine, self.task_id)


class DeleteTaskCommand(_Cmd):
    def __init__(self, host: SprintHost, task_id: int, title: str) -> None:
        super().__init__(
            host, QCoreApplication.translate("SprintCommands", "Delete task “{title}”").format(title=title)
        )
        self.task_id = task_id
        self.snap: S.TaskSnapshot | None = None

    def _redo(self) -> None:
        self.snap = S.delete_task(self.host.engine, self.task_id)

    def _undo(self) -> None:
        if self.snap is not None:
            self.task_id = S.restore_task(self.host.engine, self.snap)


class EditWeekCommand(_Cmd):
    def __init__(self, host: SprintHost, sprint_id: int, week_no: int, fields: dict[str, str], text: str) -> None:
        super().__init__(host, text)
        self.sprint_id, self.week_no, self.fields = sprint_id, week_no, fields
        self.old: dict[str, str] | None = None

    def _redo(self) -> None:
        self.old = S.update_week(self.host.engine, self.sprint_id, self.week_no, **self.fields)

    def _undo(self) -> None:
        if self.old is not None:
            S.update_week(self.host.engine, self.sprint_id, self.week_no, **self.old)
