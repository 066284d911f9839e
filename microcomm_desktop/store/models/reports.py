"""Per-week figures the user types (business outcomes, qualitative proof) and the decision log."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from microcomm_desktop.store.models.base import utcnow
from microcomm_desktop.store.types import DecimalText


class WeekNote(SQLModel, table=True):
    """What the user enters per week: business outcomes and qualitative proof for the weekly report.

    ``spend`` (creator fees + paid media that week) makes the week's CPA computable; money is exact Decimal.
    """

    __table_args__ = (UniqueConstraint("workspace_id", "week_start"),)

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", ondelete="CASCADE")
    week_start: date
    live_attendance: int | None = None
    dm_reply_rate_pct: float | None = None
    conversions: int | None = None
    revenue: Decimal | None = Field(default=None, sa_type=DecimalText)
    spend: Decimal | None = Field(default=None, sa_type=DecimalText)
    email_signups: int | None = None
    demo_requests: int | None = None
    repeat_purchases: int | None = None
    top_questions: str = Field(default="")
    objections: str = Field(default="")
    member_words: str = Field(default="")


class Decision(SQLModel, table=True):
    """One content decision tied to the metric and week it rests on."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True, ondelete="CASCADE")
    week_start: date
    text: str
    metric: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)
