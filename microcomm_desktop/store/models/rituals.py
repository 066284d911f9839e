"""Weekly rituals, their occurrences and one-off calendar events."""

from __future__ import annotations

from datetime import date

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel


class Ritual(SQLModel, table=True):
    """A recurring ritual; occurrences are expanded by the domain layer, only their outcomes are stored."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=120)
    format_id: int | None = Field(default=None, foreign_key="recurringformat.id", ondelete="SET NULL")
    format_text: str = Field(default="")
    weekdays: str = Field(default="", max_length=20)  # comma-separated 0=Mon..6=Sun, e.g. "1,4"
    time_of_day: str = Field(default="18:00", max_length=5)  # HH:MM local to the workspace
    duration_minutes: int = Field(default=60)
    home: str = Field(default="")
    recap_habit: str = Field(default="")
    active_from: date
    active_to: date | None = None
    notes: str = Field(default="")


class RitualOccurrence(SQLModel, table=True):
    """What happened on one date of a ritual: run or skipped, the recap, the prompt used."""

    __table_args__ = (UniqueConstraint("ritual_id", "local_date"),)

    id: int | None = Field(default=None, primary_key=True)
    ritual_id: int = Field(foreign_key="ritual.id", index=True, ondelete="CASCADE")
    local_date: date
    status: str = Field(default="planned", max_length=16)  # planned | run | skipped
    recap: str = Field(default="")
    prompt_id: int | None = Field(default=None, foreign_key="prompt.id", ondelete="SET NULL")
    notes: str = Field(default="")


class CalendarEvent(SQLModel, table=True):
    """A one-off event on the community calendar (a launch, a guest live)."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True, ondelete="CASCADE")
    title: str = Field(max_length=200)
    local_date: date
    time_of_day: str = Field(default="", max_length=5)
    duration_minutes: int = Field(default=60)
    notes: str = Field(default="")
