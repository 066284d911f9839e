"""Undoable deal and rate-card writes: each command calls a service (one transaction) and announces the change.

A command whose first ``redo`` fails (say, a linked post was deleted meanwhile) marks itself obsolete, so
QUndoStack drops it instead of keeping an entry that would undo something that never happened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlalchemy.engine import Engine

from microcomm_desktop.services import deals as deal_service
from microcomm_desktop.services import quotes as quote_service
from microcomm_desktop.services.deals import DealData

Notify = Callable[[str], None]  # called with "" on success or an error message


class _ServiceCommand(QUndoCommand):
    def __init__(self, text: str, engine: Engine, notify: Notify) -> None:
        super().__init__(text)
        self.engine = engine
        self.notify = notify
        self.error = ""

    def _run(self, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except Exception as exc:
            from microcomm_desktop.services.problems import user_message

            known = user_message(exc)  # a full disk or a lock: a sentence, and the command is dropped
            if known is None and not isinstance(exc, (deal_service.DealError, quote_service.QuoteError, ValueError)):
                raise
            self.error = known or str(exc)
            self.setObsolete(True)
            self.notify(self.error)
            return
        self.error = ""
        self.notify("")


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
        label = after.get("brand") or after.get("title") or "deal"
        super().__init__(f"{'Edit' if before else 'New'} deal {label}", engine, notify)
        self.before = before
        self.after = after
        # Only the user's own save checks the version it was opened at; a redo after an undo re-applies over
        # whatever is stored (the undo itself just bumped the version), so it never raises a spurious conflict.
        self.expected_version = expected_version
        self.conflict: deal_service.EditConflict | None = None

    def redo(self) -> None:
        expected, self.expected_version = self.expected_version, None

        def go() -> None:
            try:
                self.after.id = deal_service.save_deal(self.engine, self.after, expected)
            except deal_service.EditConflict as exc:
                self.conflict = exc  # the tab shows both versions; the command drops itself (nothing written)
                raise

        self._run(go)

    def undo(self) -> None:
        if self.before is None:
            deal_id = self.after.id
            if deal_id is not None:
                self._run(lambda: deal_service.delete_deal(self.engine, deal_id))
        else:
            before = self.before
            self._run(lambda: deal_service.save_deal(self.engine, before))


class DeleteDealCommand(_ServiceCommand):
    def __init__(self, engine: Engine, deal_id: int, label: str, notify: Notify) -> None:
        super().__init__(f"Delete deal {label}", engine, notify)
        self.deal_id = deal_id
        self.snapshot: DealData | None = None

    def redo(self) -> None:
        def go() -> None:
            self.snapshot = deal_service.delete_deal(self.engine, self.deal_id)

        self._run(go)

    def undo(self) -> None:
        snapshot = self.snapshot
        if snapshot is not None:
            self._run(lambda: deal_service.save_deal(self.engine, snapshot))


class EditRateCommand(_ServiceCommand):
    def __init__(self, engine: Engine, item_id: int, field: str, value: Any, notify: Notify) -> None:
        super().__init__(f"Change rate {field}", engine, notify)
        self.item_id = item_id
        self.field = field
        self.value = value
        self.old: Any = None

    def redo(self) -> None:
        def go() -> None:
            before = quote_service.update_rate_item(self.engine, self.item_id, **{self.field: self.value})
            self.old = before[self.field]

        self._run(go)

    def undo(self) -> None:
        self._run(lambda: quote_service.update_rate_item(self.engine, self.item_id, **{self.field: self.old}))


class AddRateCommand(_ServiceCommand):
    def __init__(self, engine: Engine, workspace_id: int, fields: dict[str, Any], notify: Notify) -> None:
        super().__init__(f"Add rate {fields.get('name', '')}", engine, notify)
        self.workspace_id = workspace_id
        self.fields = fields
        self.item_id: int | None = None

    def redo(self) -> None:
        def go() -> None:
            self.item_id = quote_service.add_rate_item(
                self.engine, self.workspace_id, item_id=self.item_id, **self.fields
            )

        self._run(go)

    def undo(self) -> None:
        item_id = self.item_id
        if item_id is not None:
            self._run(lambda: quote_service.delete_rate_item(self.engine, item_id))


class DeleteRateCommand(_ServiceCommand):
    def __init__(self, engine: Engine, workspace_id: int, item_id: int, notify: Notify) -> None:
        super().__init__("Delete rate", engine, notify)
        self.workspace_id = workspace_id
        self.item_id = item_id
        self.item: quote_service.RateItem | None = None

    def redo(self) -> None:
        def go() -> None:
            self.item = quote_service.delete_rate_item(self.engine, self.item_id)

        self._run(go)

    def undo(self) -> None:
        it = self.item
        if it is not None:
            self._run(
                lambda: quote_service.add_rate_item(
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
        super().__init__(f"Disclosure check{'s' if n != 1 else ''} for {label}", engine, notify)
        self.deal_id = deal_id
        self.changes = changes
        self.previous: dict[int, tuple[bool | None, Any]] = {}

    def _apply(self, values: dict[int, tuple[bool | None, Any]], keep_previous: bool) -> None:
        previous = deal_service.set_disclosure_checks(self.engine, self.deal_id, values)
        if keep_previous:
            self.previous = previous

    def redo(self) -> None:
        self._run(lambda: self._apply(self.changes, keep_previous=True))

    def undo(self) -> None:
        self._run(lambda: self._apply(self.previous, keep_previous=False))
