"""Undoable edits of the Sprint tab. Each command calls the sprint service (one transaction) and then asks the
tab to reload and announce the change; a command whose write fails tells the user and removes itself."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand
from sqlalchemy.engine import Engine

from microcomm_desktop.services import sprints as S


class SprintHost(Protocol):
    """What a command needs from the tab (a protocol, so tests can drive commands with a stub)."""

    @property
    def engine(self) -> Engine: ...

    def after_write(self, select_task: int | None = None) -> None: ...

    def show_error(self, message: str) -> None: ...


class _Cmd(QUndoCommand):
    def __init__(self, host: SprintHost, text: str, expected_version: int | None = None) -> None:
        super().__init__(text)
        self.host = host
        # Team editing: the user's own action checks the version the board showed; a redo after an undo
        # re-applies over whatever is stored (the undo bumped the version itself), so it never conflicts.
        self.expected_version = expected_version
        self.conflict: S.EditConflict | None = None

    def _version(self) -> int | None:
        """The version to check on this run: only the first (the user's) run checks."""
        expected, self.expected_version = self.expected_version, None
        return expected

    def _run(self, fn: Any, select: int | None = None) -> bool:
        try:
            fn()
        except S.EditConflict as exc:  # nothing written: the tab shows both versions and asks
            self.conflict = exc
            self.setObsolete(True)
            return False
        except S.SprintError as exc:
            self.host.show_error(str(exc))
            self.setObsolete(True)  # the stack drops a command that could not be applied
            self.host.after_write()
            return False
        # Keep the task the command is about selected, so repeated keyboard moves keep working on it.
        self.host.after_write(select if select is not None else getattr(self, "task_id", None))
        return True


class ToggleDoneCommand(_Cmd):
    def __init__(
        self, host: SprintHost, task_id: int, title: str, done: bool, expected_version: int | None = None
    ) -> None:
        super().__init__(host, f"{'Tick' if done else 'Untick'} “{title}”", expected_version)
        self.task_id, self.done = task_id, done

    def redo(self) -> None:
        v = self._version()
        self._run(lambda: S.set_done(self.host.engine, self.task_id, self.done, v), self.task_id)

    def undo(self) -> None:
        self._run(lambda: S.set_done(self.host.engine, self.task_id, not self.done), self.task_id)


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
        super().__init__(host, f"Move “{title}” to week {week_no}", expected_version)
        self.task_id, self.week_no, self.index = task_id, week_no, index
        self.old: tuple[int, int] | None = None

    def redo(self) -> None:
        v = self._version()

        def go() -> None:
            self.old = S.move_task(self.host.engine, self.task_id, self.week_no, self.index, v)

        self._run(go, self.task_id)

    def undo(self) -> None:
        if self.old is not None:
            old = self.old
            self._run(lambda: S.move_task(self.host.engine, self.task_id, old[0], old[1]), self.task_id)


class EditTaskCommand(_Cmd):
    def __init__(
        self, host: SprintHost, task_id: int, fields: dict[str, Any], expected_version: int | None = None
    ) -> None:
        super().__init__(host, f"Edit task “{fields.get('title', '')}”", expected_version)
        self.task_id, self.fields = task_id, fields
        self.before: dict[str, Any] | None = None

    def redo(self) -> None:
        v = self._version()

        def go() -> None:
            prev = S.update_task(self.host.engine, self.task_id, v, **self.fields).fields()
            self.before = {k: prev[k] for k in self.fields}
            if "link_kind" in self.before or "link_ref" in self.before:
                self.before["link_kind"], self.before["link_ref"] = prev["link_kind"], prev["link_ref"]

        self._run(go, self.task_id)

    def undo(self) -> None:
        if self.before is not None:
            before = self.before
            self._run(lambda: S.update_task(self.host.engine, self.task_id, **before), self.task_id)


class AddTaskCommand(_Cmd):
    def __init__(self, host: SprintHost, sprint_id: int, week_no: int, fields: dict[str, Any]) -> None:
        super().__init__(host, f"Add task “{fields.get('title', '')}”")
        self.sprint_id, self.week_no, self.fields = sprint_id, week_no, dict(fields)
        self.task_id: int | None = None
        self.snap: S.TaskSnapshot | None = None

    def redo(self) -> None:
        def go() -> None:
            if self.snap is None:
                f = dict(self.fields)
                title = f.pop("title")
                f.pop("week_no", None)
                self.task_id = S.add_task(self.host.engine, self.sprint_id, self.week_no, title, **f).id
            else:
                self.task_id = S.restore_task(self.host.engine, self.snap)

        self._run(go)

    def undo(self) -> None:
        if self.task_id is None:
            return
        tid = self.task_id

        def go() -> None:
            self.snap = S.delete_task(self.host.engine, tid)

        self._run(go)


class DeleteTaskCommand(_Cmd):
    def __init__(self, host: SprintHost, task_id: int, title: str) -> None:
        super().__init__(host, f"Delete task “{title}”")
        self.task_id = task_id
        self.snap: S.TaskSnapshot | None = None

    def redo(self) -> None:
        def go() -> None:
            self.snap = S.delete_task(self.host.engine, self.task_id)

        self._run(go)

    def undo(self) -> None:
        if self.snap is None:
            return
        snap = self.snap

        def go() -> None:
            self.task_id = S.restore_task(self.host.engine, snap)

        self._run(go)


class EditWeekCommand(_Cmd):
    def __init__(self, host: SprintHost, sprint_id: int, week_no: int, fields: dict[str, str], text: str) -> None:
        super().__init__(host, text)
        self.sprint_id, self.week_no, self.fields = sprint_id, week_no, fields
        self.old: dict[str, str] | None = None

    def redo(self) -> None:
        def go() -> None:
            self.old = S.update_week(self.host.engine, self.sprint_id, self.week_no, **self.fields)

        self._run(go)

    def undo(self) -> None:
        if self.old is not None:
            old = self.old
            self._run(lambda: S.update_week(self.host.engine, self.sprint_id, self.week_no, **old))
