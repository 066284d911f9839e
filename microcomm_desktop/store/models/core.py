"""Workspaces (one per community or client) and typed key/value settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from microcomm_desktop.store.models.base import utcnow


class Workspace(SQLModel, table=True):
    """A community (or a freelancer's client); every other row belongs to exactly one."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True, max_length=120)
    timezone: str = Field(default="UTC", max_length=64)
    currency_code: str = Field(default="USD", max_length=3)
    currency_symbol: str = Field(default="$", max_length=8)
    er_definition: str = Field(default="reach", max_length=16)  # "reach" | "impressions"
    week_start: int = Field(default=0)  # 0 = Monday … 6 = Sunday
    is_sample: bool = Field(default=False)
    created_at: datetime = Field(default_factory=utcnow)


class Setting(SQLModel, table=True):
    """A setting value as JSON text; defaults live in code (services.settings), so only changes are stored.

    ``workspace_id`` NULL means an app-wide setting.
    """

    __table_args__ = (UniqueConstraint("workspace_id", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int | None = Field(default=None, foreign_key="workspace.id", ondelete="CASCADE")
    key: str = Field(max_length=80)
    value: str = Field(default="null")


class OwnHandle(SQLModel, table=True):
    """One of the workspace's own accounts (the creator's handle on a platform; several are allowed).

    Interactions by these accounts stay in the log (they are the replies the response SLA times and they
    deepen conversations) but the person never counts as an engager. ``handle`` is stored lower-case without
    "@"; ``platform`` "" matches the handle on every platform.
    """

    __table_args__ = (UniqueConstraint("workspace_id", "platform", "handle"),)

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", ondelete="CASCADE")
    platform: str = Field(default="", max_length=32)
    handle: str = Field(max_length=120)
