"""Undoable writes of the Creators tab.

Each write is performed through the service *before* its command is pushed (so a refused write shows its
message and never lands on the stack); the command's first ``redo`` is therefore a no-op (``applied=True`` of
``ServiceCommand``), and later undo/redo replay the service calls. After every replay the tab reloads and
announces the change on the bus.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from microcomm_desktop.services import creators as svc
from microcomm_desktop.ui.operations import ServiceCommand


def _field_name(field: str) -> str:
    """An evidence field in an undo text ("Edit evidence note"), in the user's language."""
    names = {
        "kind": QCoreApplication.translate("CreatorCommands", "kind"),
        "evidence_date": QCoreApplication.translate("CreatorCommands", "evidence date"),
        "link": QCoreApplication.translate("CreatorCommands", "link"),
        "note": QCoreApplication.translate("CreatorCommands", "note"),
        "question_proof": QCoreApplication.translate("CreatorCommands", "question proof"),
    }
    return names.get(field, field.replace("_", " "))


class _Tab(Protocol):
    def engine_(self) -> Any: ...
    def today_(self) -> Any: ...
    def after_write(self, select_id: int | None = None) -> None: ...
    def report_error(self, message: str) -> None: ...


class _Cmd(ServiceCommand):
    """A creator write the tab already made; undo/redo replay it and reselect the row each direction is about."""

    expected = (svc.CreatorError, ValueError)

    def __init__(self, tab: _Tab, text: str) -> None:
        super().__init__(text, applied=True)
        self.tab = tab
        self.select_after_redo: int | None = None
        self.select_after_undo: int | None = None

    def on_failure(self, message: str, first: bool) -> None:
        self.tab.report_error(message)

    def after_step(self, undone: bool) -> None:
        self.tab.after_write(self.select_after_undo if undone else self.select_after_redo)


class AddCreator(_Cmd):
    def __init__(self, tab: _Tab, creator_id: int, name: str) -> None:
        super().__init__(tab, QCoreApplication.translate("CreatorCommands", "Add creator {name}").format(name=name))
        self.creator_id = creator_id
        self.snapshot: svc.CreatorSnapshot | None = None
        self.select_after_redo = creator_id

    def _undo(self) -> None:
        self.snapshot = svc.delete_creator(self.tab.engine_(), self.creator_id)

    def _redo(self) -> None:
        if self.snapshot is not None:
            svc.restore_creator(self.tab.engine_(), self.snapshot)


class DeleteCreator(_Cmd):
    def __init__(self, tab: _Tab, snapshot: svc.CreatorSnapshot) -> None:
        super().__init__(
            tab, QCoreApplication.translate("CreatorCommands", "Delete creator {name}").format(name=snapshot.data.name)
        )
        self.snapshot = snapshot
        self.select_after_undo = snapshot.id

    def _undo(self) -> None:
        svc.restore_creator(self.tab.engine_(), self.snapshot)

    def _redo(self) -> None:
        self.snapshot = svc.delete_creator(self.tab.engine_(), self.snapshot.id)


class EditCreator(_Cmd):
    def __init__(self, tab: _Tab, creator_id: int, old: svc.CreatorInput, new: svc.CreatorInput) -> None:
        super().__init__(
            tab, QCoreApplication.translate("CreatorCommands", "Edit creator {name}").format(name=new.name)
        )
        self.creator_id, self.old, self.new = creator_id, old, new
        self.select_after_redo = self.select_after_undo = creator_id

    def _undo(self) -> None:
        svc.update_creator(self.tab.engine_(), self.creator_id, self.old, self.tab.today_())

    def _redo(self) -> None:
        svc.update_creator(self.tab.engine_(), self.creator_id, self.new, self.tab.today_())


class AddEvidence(_Cmd):
    def __init__(self, tab: _Tab, row: svc.EvidenceRow) -> None:
        text = (
            QCoreApplication.translate("CreatorCommands", "Add evidence ({name})").format(name=row.image_name)
            if row.image_name
            else QCoreApplication.translate("CreatorCommands", "Add evidence")
        )
        super().__init__(tab, text)
        self.row = row
        self.select_after_redo = self.select_after_undo = row.creator_id

    def _undo(self) -> None:
        svc.delete_evidence(self.tab.engine_(), self.row.id)

    def _redo(self) -> None:
        svc.restore_evidence(self.tab.engine_(), self.row)


class DeleteEvidence(_Cmd):
    def __init__(self, tab: _Tab, row: svc.EvidenceRow) -> None:
        super().__init__(tab, QCoreApplication.translate("CreatorCommands", "Delete evidence"))
        self.row = row
        self.select_after_redo = self.select_after_undo = row.creator_id

    def _undo(self) -> None:
        svc.restore_evidence(self.tab.engine_(), self.row)

    def _redo(self) -> None:
        svc.delete_evidence(self.tab.engine_(), self.row.id)


class EditEvidence(_Cmd):
    def __init__(self, tab: _Tab, creator_id: int, evidence_id: int, old: dict[str, Any], new: dict[str, Any]) -> None:
        fields = ", ".join(_field_name(f) for f in new)
        super().__init__(
            tab, QCoreApplication.translate("CreatorCommands", "Edit evidence {fields}").format(fields=fields)
        )
        self.evidence_id, self.old, self.new = evidence_id, old, new
        self.select_after_redo = self.select_after_undo = creator_id

    def _undo(self) -> None:
        svc.update_evidence(self.tab.engine_(), self.evidence_id, self.tab.today_(), **self.old)

    def _redo(self) -> None:
        svc.update_evidence(self.tab.engine_(), self.evidence_id, self.tab.today_(), **self.new)


class LinkDeal(_Cmd):
    def __init__(self, tab: _Tab, deal_id: int, old: int | None, new: int | None, select_id: int) -> None:
        super().__init__(
            tab,
            QCoreApplication.translate("CreatorCommands", "Link deal")
            if new is not None
            else QCoreApplication.translate("CreatorCommands", "Unlink deal"),
        )
        self.deal_id, self.old, self.new = deal_id, old, new
        self.select_after_redo = self.select_after_undo = select_id

    def _undo(self) -> None:
        svc.link_deal(self.tab.engine_(), self.deal_id, self.old)

    def _redo(self) -> None:
        svc.link_deal(self.tab.engine_(), self.deal_id, self.new)
