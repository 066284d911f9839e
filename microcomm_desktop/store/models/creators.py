"""The brand team's creator roster and the evidence behind each creator."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel

from microcomm_desktop.store.models.base import utcnow


class Creator(SQLModel, table=True):
    """A creator a brand evaluates on proof of conversation rather than reach."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=120)
    niche: str = Field(default="")
    audience_size: int | None = None
    status: str = Field(default="prospect", max_length=16)
    contact: str = Field(default="")
    notes: str = Field(default="")
    struggle_answer: str = Field(default="")
    struggle_date: date | None = None
    replies_per_1k: float | None = None
    er_pct: float | None = None
    returning_share_pct: float | None = None
    # A workspace holding the creator's own export: when set, the measured figures come from its posts.
    figures_workspace_id: int | None = Field(default=None, foreign_key="workspace.id", index=True, ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)


class CreatorHandle(SQLModel, table=True):
    """One handle per platform (a creator is often on several)."""

    id: int | None = Field(default=None, primary_key=True)
    creator_id: int = Field(foreign_key="creator.id", index=True, ondelete="CASCADE")
    platform: str = Field(max_length=32)
    handle: str = Field(max_length=120)


class CreatorEvidence(SQLModel, table=True):
    """One piece of evidence; screenshots are copied into the data directory so they survive the original."""

    id: int | None = Field(default=None, primary_key=True)
    creator_id: int = Field(foreign_key="creator.id", index=True, ondelete="CASCADE")
    kind: str = Field(default="comment_thread", max_length=32)
    evidence_date: date | None = None
    link: str = Field(default="")
    note: str = Field(default="")
    image_file: str = Field(default="")  # path relative to the data directory
    image_name: str = Field(default="")  # the original file name, for the user; the copy is content-named
    question_proof: bool = Field(default=False)
