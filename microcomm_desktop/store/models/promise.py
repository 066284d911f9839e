"""The community promise, its homes, recurring formats, onboarding and the prompt library."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel

from microcomm_desktop.store.models.base import utcnow


class Promise(SQLModel, table=True):
    """One version of the promise sentence; the newest row is current, older rows are the history."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True, ondelete="CASCADE")
    who: str = Field(default="")
    outcome: str = Field(default="")
    format_text: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)


class CommunityProfile(SQLModel, table=True):
    """Per-workspace brief fields that have exactly one current value."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", unique=True, ondelete="CASCADE")
    topic: str = Field(default="")
    onboarding_rules: str = Field(default="")
    onboarding_what_to_post: str = Field(default="")
    onboarding_help: str = Field(default="")
    disclosure_line: str = Field(default="")
    sla_minutes: int = Field(default=60)
    sla_first_n: int = Field(default=10)
    updated_at: datetime = Field(default_factory=utcnow)


class CommunityHome(SQLModel, table=True):
    """Where the community lives; more than one primary in month one is the split-attention mistake."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=40)  # comments_dms | broadcast | discord | close_friends | live | other
    label: str = Field(default="")
    is_primary: bool = Field(default=True)
    added_on: date | None = None


class RecurringFormat(SQLModel, table=True):
    """A recurring format that delivers the promise (three are expected)."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=120)
    description: str = Field(default="")
    cadence: str = Field(default="")
    position: int = Field(default=0)


class Prompt(SQLModel, table=True):
    """A prompt of the library, placed on a ladder rung and optionally owned by a ritual."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True, ondelete="CASCADE")
    ritual_id: int | None = Field(default=None, foreign_key="ritual.id", index=True, ondelete="SET NULL")
    text: str
    rung: str = Field(default="identity", max_length=16)  # identity | constraints | proof | commitment
    position: int = Field(default=0)
    created_at: datetime = Field(default_factory=utcnow)


class PromptUse(SQLModel, table=True):
    """A prompt used on a date (and post), so it is not repeated too soon."""

    id: int | None = Field(default=None, primary_key=True)
    prompt_id: int = Field(foreign_key="prompt.id", index=True, ondelete="CASCADE")
    used_on: date
    post_id: int | None = Field(default=None, foreign_key="post.id", ondelete="SET NULL")
