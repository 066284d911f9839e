"""One way to make an undoable edit: every undo command of the UI derives from ``ServiceCommand``, and the base
owns the two start modes, the failure path (obsolete only when the user's own first run fails), the first-run
``EditConflict`` capture and the ``after_step`` hook."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoCommand, QUndoStack

import microcomm_desktop.ui as ui_pkg
from microcomm_desktop.services.conflicts import EditConflict
from microcomm_desktop.ui.operations import ServiceCommand

UI = Path(ui_pkg.__file__).parent


def test_no_ui_class_derives_from_qundocommand_directly() -> None:
    """Source check (cheap, catches a module nobody imports yet): only the base names ``QUndoCommand``."""
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
            if "QUndoCommand" in bases and not (path.name == "operations.py" and node.name == "ServiceCommand"):
                offenders.append(f"{path.relative_to(UI)}:{node.lineno} {node.name}")
    assert offenders == [], "derive these from ui.operations.ServiceCommand: " + ", ".join(offenders)


def _all_subclasses(cls: type) -> set[type]:
    out: set[type] = set()
    for sub in cls.__subclasses__():
        out |= {sub} | _all_subclasses(sub)
    return out


def test_every_undo_command_of_the_ui_is_a_service_command() -> None:
    """Runtime walk over every ui module, so an alias or an indirect base cannot slip past the source check."""
    for mod in pkgutil.walk_packages(ui_pkg.__path__, ui_pkg.__name__ + "."):
        importlib.import_module(mod.name)
    ours = [c for c in _all_subclasses(QUndoCommand) if c.__module__.startswith("microcomm_desktop.ui")]
    assert len(ours) >= 20  # the walk really found the tabs' commands
    strays = sorted(f"{c.__module__}.{c.__qualname__}" for c in ours if not issubclass(c, ServiceCommand))
    assert strays == []


class _Probe(ServiceCommand):
    """A command whose runs fail on demand and which records what the base told it."""

    expected = (ValueError,)

    def __init__(self, *, applied: bool = False, expected_version: int | None = None) -> None:
        super().__init__("Edit probe", applied=applied, expected_version=expected_version)
        self.fail_with: BaseException | None = None
        self.writes: list[str] = []
        self.seen_versions: list[int | None] = []
        self.failures: list[tuple[str, bool]] = []
        self.afters: list[bool] = []
        self.pushed = 0

    def _step(self, what: str) -> None:
        self.seen_versions.append(self.first_version())
        if self.fail_with is not None:
            raise self.fail_with
        self.writes.append(what)

    def _redo(self) -> None:
        self._step("redo")

    def _undo(self) -> None:
        self._step("undo")

    def on_failure(self, message: str, first: bool) -> None:
        self.failures.append((message, first))

    def after_step(self, undone: bool) -> None:
        self.afters.append(undone)

    def after_push(self) -> None:
        self.pushed += 1


def test_first_redo_does_the_write_and_a_failing_first_run_is_dropped(qapp) -> None:  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    ok = _Probe()
    stack.push(ok)
    assert ok.writes == ["redo"] and ok.afters == [False] and stack.count() == 1

    bad = _Probe()
    bad.fail_with = ValueError("Amount must be at most 1,000,000")
    stack.push(bad)
    assert stack.count() == 1  # obsolete: the stack dropped it, the earlier step stays
    assert bad.failed == "Amount must be at most 1,000,000"  # the reason alone, shown where the user acted
    assert bad.failures == [("Amount must be at most 1,000,000", True)] and bad.afters == [False]


def test_a_failing_replay_is_a_sentence_and_the_step_stays(qapp) -> None:  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    cmd = _Probe()
    stack.push(cmd)
    cmd.fail_with = ValueError("the row was removed elsewhere")
    stack.undo()
    assert cmd.failures == [("Undo Edit probe: the row was removed elsewhere", False)]
    assert not cmd.isObsolete() and stack.count() == 1 and cmd.afters == [False, True]
    cmd.fail_with = None
    stack.redo()
    assert cmd.failed is None and cmd.writes == ["redo", "redo"]


def test_applied_mode_first_redo_writes_nothing(qapp) -> None:  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    cmd = _Probe(applied=True)
    stack.push(cmd)
    assert cmd.writes == [] and cmd.pushed == 1 and cmd.afters == [] and stack.count() == 1
    cmd.fail_with = ValueError("locked")
    stack.undo()  # a replay: reported, not dropped, even though it is the first real run
    assert cmd.failures == [("Undo Edit probe: locked", False)] and not cmd.isObsolete()


def test_conflict_on_the_first_run_is_captured_and_only_the_first_run_checks(qapp) -> None:  # type: ignore[no-untyped-def]
    stack = QUndoStack()
    cmd = _Probe(expected_version=3)
    cmd.fail_with = EditConflict("deal", 5, {"brand": "Theirs"}, 4, "sam")
    stack.push(cmd)
    assert cmd.conflict is cmd.fail_with and stack.count() == 0
    assert cmd.failures == [] and cmd.afters == [] and cmd.seen_versions == [3]

    again = _Probe(expected_version=4)  # "Keep mine": saved over the version just shown
    stack.push(again)
    stack.undo()
    stack.redo()
    assert again.seen_versions == [4, None, None] and again.conflict is None


def test_an_unexpected_exception_is_a_bug_and_is_not_swallowed(qapp) -> None:  # type: ignore[no-untyped-def]
    cmd = _Probe()
    cmd.fail_with = KeyError("typo")
    with pytest.raises(KeyError):
        cmd.redo()
    assert cmd.failures == []


class _CreatorsTab:
    """What the Creators commands need from the tab."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.errors: list[str] = []
        self.selected: list[int | None] = []

    def engine_(self) -> Any:
        return self.engine

    def today_(self) -> Any:
        return None

    def after_write(self, select_id: int | None = None) -> None:
        self.selected.append(select_id)

    def report_error(self, message: str) -> None:
        self.errors.append(message)


def test_creators_replay_failure_is_reported_and_the_rows_reselected(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services import creators as svc
    from microcomm_desktop.ui.tabs.creators import commands as cmds

    tab = _CreatorsTab(engine=None)
    stack = QUndoStack()
    snap = type("Snap", (), {"id": 9, "data": type("D", (), {"name": "Ana"})()})()
    deleted: list[int] = []

    def restore(_engine: object, _snap: object) -> None:
        raise svc.CreatorError("Ana was already restored by a teammate")

    def delete(_engine: object, cid: int) -> object:
        deleted.append(cid)
        return snap

    monkeypatch.setattr(svc, "restore_creator", restore)
    monkeypatch.setattr(svc, "delete_creator", delete)
    cmd = cmds.DeleteCreator(tab, snap)  # type: ignore[arg-type]
    stack.push(cmd)  # the tab already deleted: nothing runs, nothing reloads
    assert tab.selected == [] and deleted == []
    stack.undo()
    assert tab.errors == ["Undo Delete creator Ana: Ana was already restored by a teammate"]
    assert tab.selected == [9] and stack.count() == 1  # undo selects the creator it brings back
    stack.redo()
    assert deleted == [9] and tab.selected == [9, None]  # redo selects nothing (the row is gone)
