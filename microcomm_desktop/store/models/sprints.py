"""30-day sprints: four weeks with goals, tasks and weekly check-in notes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import UniqueConstraint, literal_column
from sqlmodel import Field, SQLModel

from microcomm_desktop.store.db_defaults import member_default
from microcomm_desktop.store.models.base import utcnow


class Sprint(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=120)
    start_date: date
    owners: str = Field(default="")
    notes: str = Field(default="")
    previous_id: int | None = Field(default=None, foreign_key="sprint.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)


class SprintWeek(SQLModel, table=True):
    """A sprint week's goal and deliverable (editable copies of the template) and check-in notes."""

    __table_args__ = (UniqueConstraint("sprint_id", "week_no"),)

    id: int | None = Field(default=None, primary_key=True)
    sprint_id: int = Field(foreign_key="sprint.id", index=True, ondelete="CASCADE")
    week_no: int
    goal: str = Field(default="")
    deliverable: str = Field(default="")
    notes_worked: str = Field(default="")
    notes_drop: str = Field(default="")


class SprintTask(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    sprint_id: int = Field(foreign_key="sprint.id", index=True, ondelete="CASCADE")
    week_no: int
    title: str
    done: bool = Field(default=False)
    owner: str = Field(default="")
    due_date: date | None = None
    notes: str = Field(default="")
    link_kind: str = Field(default="", max_length=16)  # post | ritual | prompt | document
    link_ref: str = Field(default="")
    position: int = Field(default=0)
    carried_from_id: int | None = Field(default=None, foreign_key="sprinttask.id", ondelete="SET NULL")
    # Team editing (issue 21): every update bumps ``version`` (optimistic locking: an edit made from an older
    # version is refused and shown as a conflict) and records the member who made it.
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1", "onupdate": literal_column("version") + 1})
    created_by: str | None = Field(default=None, max_length=80, sa_column_kwargs={"default": member_default})
    updated_by: str | None = Field(
        default=None, max_length=80, sa_column_kwargs={"default": member_default, "onupdate": member_default}
    )
