"""Tables behind chat-export imports and the people tools (merge, forget).

* ``EngagerAlias`` — how a person is recognised again: the platform's stable user id (``kind`` "id": Discord
  and Telegram ids, Slack user ids) or a display name (``kind`` "name"). A re-import finds the person by id
  first, so a rename keeps one person; a merge moves the removed handle's aliases onto the kept person.
* ``ChatReaction`` — reactions counted per message (never invented as people); only messages that had any.
* ``EngagerMerge`` — what a merge changed (the removed person's row, aliases and moved interactions) so it can
  be undone, from the GUI's undo stack or ``microcomm engager unmerge``.
* ``ForgottenPerson`` — a one-way digest of a forgotten person's ids and names, so re-importing an old export
  does not bring them back. Holds no readable name.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from microcomm_desktop.store.models.base import utcnow


class EngagerAlias(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("workspace_id", "platform", "kind", "value"),)

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", ondelete="CASCADE")
    engager_id: int = Field(foreign_key="engager.id", index=True, ondelete="CASCADE")
    platform: str = Field(max_length=32)
    kind: str = Field(max_length=8)  # id | name
    value: str = Field(max_length=120)


class ChatReaction(SQLModel, table=True):
    interaction_id: int = Field(foreign_key="interaction.id", primary_key=True, ondelete="CASCADE")
    count: int = Field(default=0)


class EngagerMerge(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True, ondelete="CASCADE")
    kept_id: int = Field(foreign_key="engager.id", ondelete="CASCADE")
    removed_id: int  # the removed engager's id, recreated by an undo
    payload: str = Field(default="{}")  # JSON: the removed row, its aliases, the moved interaction ids
    created_at: datetime = Field(default_factory=utcnow)


class ForgottenPerson(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("workspace_id", "digest"),)

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", ondelete="CASCADE")
    digest: str = Field(max_length=64)
