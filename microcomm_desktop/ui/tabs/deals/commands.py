"""Undoable deal and rate-card writes: each command calls a service (one transaction) and announces the change.

Each command does its write on the first ``redo`` (``ServiceCommand`` in ``ui/operations.py``); when that fails
(say, a linked post was deleted meanwhile) the command marks itself obsolete, so QUndoStack drops it instead of
keeping an entry that would undo something that never happened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.engine import Engine

from microcomm_desktop.services import deals as deal_service
from microcomm_desktop.services import quotes as quote_service
from microcomm_desktop.services.deals import DealData
from microcomm_desktop.ui.operations import ServiceCommand

Notify = Callable[[str], None]  # called with "" on success or an error message


class _ServiceCommand(ServiceCommand):
    """A deal or rate write done on the first redo; ``notify`` hears "" after every step that worked, else the
    sentence (also kept in ``error``)."""

    expected = (deal_service.DealError, quote_service.QuoteError, ValueError)

    def __init__(self, text: str, engine: Engine, notify: Notify, expected_version: int | None = None) -> None:
        super().__init__(text, expected_version=expected_version)
        self.engine = engine
        self.notify = notify
        self.error = ""

    def after_step(self, undone: bool) -> None:
        self.error = self.failed or ""
        self.notify(self.error)

    def on_conflict(self, exc: deal_service.EditConflict) -> None:
        self.error = str(exc)  # the status bar says why the dialog opens
        self.notify(self.error)


class SaveDealCommand(_ServiceCommand):
    """Create or edit a deal; undo restores the previous snapshot (or deletes a new deal)."""

    def __init__(
        self,
        engine: Engine,
        before: DealData | None,
        after: DealData,
        notify: Notify,
        expected_version: int | None = None,
    ) -> None:
        label = after.get("brand") or after.get("title") or QCoreApplication.translate("DealCommands", "deal")
        text = (
            QCoreApplication.translate("DealCommands", "Edit deal {label}")
            if before
            else QCoreApplication.translate("DealCommands", "New deal {label}")
        )
        # Only the user's own save checks the version it was opened at; a redo after an undo re-applies over
        # whatever is stored (the undo itself just bumped the version), so it never raises a spurious conflict.
        super().__init__(text.format(label=label), engine, notify, expected_version)
        self.before = before
        self.after = after

    def _redo(self) -> None:
        self.after.id = deal_service.save_deal(self.engine, self.after, self.first_version())

    def _undo(self) -> None:
        if self.before is not None:
            deal_service.save_deal(self.engine, self.before)
        elif self.after.id is not None:
            deal_service.delete_deal(self.engine, self.after.id)


class DeleteDealCommand(_ServiceCommand):
    def __init__(self, engine: Engine, deal_id: int, label: str, notify: Notify) -> None:
        super().__init__(
            QCoreApplication.translate("DealCommands", "Delete deal {label}").format(label=label), engine, notify
        )
        self.deal_id = deal_id
        self.snapshot: DealData | None = None

    def _redo(self) -> None:
        self.snapshot = deal_service.delete_deal(self.engine, self.deal_id)

    def _undo(self) -> None:
        if self.snapshot is not None:
            deal_service.save_deal(self.engine, self.snapshot)


class EditRateCommand(_ServiceCommand):
    def __init__(self, engine: Engine, item_id: int, field: str, value: Any, notify: Notify) -> None:
        names = {
            "name": QCoreApplication.translate("DealCommands", "Change rate name"),
            "amount": QCoreApplication.translate("DealCommands", "Change rate amount"),
            "unit": QCoreApplication.translate("DealCommands", "Change rate unit"),
        }
        super().__init__(
            names.get(field) or QCoreApplication.translate("DealCommands", "Change rate {field}").format(field=field),
            engine,
            notify,
        )
        self.item_id = item_id
        self.field = field
        self.value = value
        self.old: Any = None

    def _redo(self) -> None:
        before = quote_service.update_rate_item(self.engine, self.item_id, **{self.field: self.value})
        self.old = before[self.field]

    def _undo(self) -> None:
        quote_service.update_rate_item(self.engine, self.item_id, **{self.field: self.old})


class AddRateCommand(_ServiceCommand):
    def __init__(self, engine: Engine, workspace_id: int, fields: dict[str, Any], notify: Notify) -> None:
        super().__init__(
            QCoreApplication.translate("DealCommands", "Add rate {name}").format(name=fields.get("name", "")),
            engine,
            notify,
        )
        self.workspace_id = workspace_id
        self.fields = fields
        self.item_id: int | None = None

    def _redo(self) -> None:
        self.item_id = quote_service.add_rate_item(self.engine, self.workspace_id, item_id=self.item_id, **self.fields)

    def _undo(self) -> None:
        if self.item_id is not None:
            quote_service.delete_rate_item(self.engine, self.item_id)


class DeleteRateCommand(_ServiceCommand):
    def __init__(self, engine: Engine, workspace_id: int, item_id: int, notify: Notify) -> None:
        super().__init__(QCoreApplication.translate("DealCommands", "Delete rate"), engine, notify)
        self.workspace_id = workspace_id
        self.item_id = item_id
        self.item: quote_service.RateItem | None = None

    def _redo(self) -> None:
        self.item = quote_service.delete_rate_item(self.engine, self.item_id)

    def _undo(self) -> None:
        it = self.item
        if it is not None:
            quote_service.add_rate_item(
                self.engine,
                self.workspace_id,
                it.kind,
                it.name,
                it.pricing,
                it.amount,
                it.unit,
                item_id=it.id,
                position=it.position,
            )


class DisclosureChecksCommand(_ServiceCommand):
    """Record a deal's disclosure spot-checks (post id → present yes/no/None, date) as one undoable step."""

    def __init__(
        self,
        engine: Engine,
        deal_id: int,
        label: str,
        changes: dict[int, tuple[bool | None, Any]],
        notify: Notify,
    ) -> None:
        n = len(changes)
        text = (
            QCoreApplication.translate("DealCommands", "Disclosure check for {label}")
            if n == 1
            else QCoreApplication.translate("DealCommands", "Disclosure checks for {label}")
        )
        super().__init__(text.format(label=label), engine, notify)
        self.deal_id = deal_id
        self.changes = changes
        self.previous: dict[int, tuple[bool | None, Any]] = {}

    def _redo(self) -> None:
        self.previous = deal_service.set_disclosure_checks(self.engine, self.deal_id, self.changes)

    def _undo(self) -> None:
        deal_service.set_disclosure_checks(self.engine, self.deal_id, self.previous)
