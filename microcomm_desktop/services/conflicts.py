"""Optimistic locking shared by every row kind that carries a ``version`` (posts, deals, sprint tasks).

Why one class: the GUI shows the same side-by-side dialog whatever was edited, so posts, deals and tasks raise the
same ``EditConflict`` carrying the stored row as text (``theirs``), the version to save over and who saved it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from microcomm_desktop.i18n import translate


class EditConflict(ValueError):
    """Another member saved the row after this edit was opened: nothing was written. ``theirs`` are the stored
    values as form text, ``version`` the one a "Keep mine" save must name to go through."""

    def __init__(self, what: str, row_id: int, theirs: dict[str, str], version: int, updated_by: str) -> None:
        who = updated_by or translate("services.conflicts", "another member")
        super().__init__(
            translate("services.conflicts", "Not saved: {who} changed this {what} after you opened it.").format(
                who=who, what=what
            )
        )
        self.what = what
        self.row_id = row_id
        self.theirs = theirs
        self.version = version
        self.updated_by = updated_by


def check_version(
    s: Session,
    table: Table,
    row_id: int,
    expected_version: int | None,
    what: str,
    theirs: Callable[[], dict[str, str]],
) -> None:
    """Refuse the write when the stored version is not ``expected_version`` (``None``: no check, as for undo).

    The row is read ``FOR UPDATE``: on PostgreSQL a second member saving at the same moment waits for this
    transaction and then sees the bumped version, so two saves from the same version can never both pass.
    (SQLite ignores the clause; its single writer gives the same guarantee.)"""
    if expected_version is None:
        return
    row = s.execute(select(table.c.version, table.c.updated_by).where(table.c.id == row_id).with_for_update()).first()
    if row is None:
        return  # the caller says "no longer exists" in its own words
    if int(row[0]) != int(expected_version):
        raise EditConflict(what, row_id, theirs(), int(row[0]), str(row[1] or ""))


def as_text(value: Any) -> str:
    """A stored value as the dialog shows it (None as empty, dates ISO, Decimals without exponent)."""
    from datetime import date
    from decimal import Decimal

    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
