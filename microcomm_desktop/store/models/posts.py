"""The post log: posts, themes, engagers, their interactions and the per-person-per-day rollup."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, UniqueConstraint, literal_column
from sqlmodel import Field, SQLModel

from microcomm_desktop.store.db_defaults import member_default
from microcomm_desktop.store.models.base import utcnow


class Post(SQLModel, table=True):
    """One published post with its metrics.

    ``local_date``/``local_minute`` keep the calendar position in the workspace's time zone so weekly and
    hour-of-day queries never convert time zones in SQL.
    """

    __table_args__ = (
        UniqueConstraint("workspace_id", "platform", "platform_post_id"),
        Index("ix_post_workspace_date", "workspace_id", "local_date"),
    )

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", ondelete="CASCADE")
    platform: str = Field(default="other", max_length=32)
    platform_post_id: str | None = Field(default=None, max_length=64)
    link: str = Field(default="")
    published_at: datetime
    local_date: date
    local_minute: int = Field(default=0)  # minutes after local midnight
    format: str = Field(default="", max_length=80)
    label: str = Field(default="community", max_length=16)  # community | reach
    title: str = Field(default="")
    reach: int = Field(default=0)
    impressions: int = Field(default=0)
    views: int = Field(default=0)
    likes: int = Field(default=0)
    comments: int = Field(default=0)  # comments and replies to the post
    shares: int = Field(default=0)
    saves: int = Field(default=0)
    dm_replies: int = Field(default=0)
    engagements: int | None = None  # the platform's own total when only that is known
    conversions: int | None = None
    ritual_occurrence_id: int | None = Field(
        default=None, foreign_key="ritualoccurrence.id", index=True, ondelete="SET NULL"
    )
    prompt_id: int | None = Field(default=None, foreign_key="prompt.id", ondelete="SET NULL")
    sla_replied: int | None = None  # of the first N comments, how many got a reply within the SLA
    sla_considered: int | None = None  # N actually considered (a post may have fewer than N comments)
    notes: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # Team editing (issue 21): every update bumps ``version`` (optimistic locking: an edit made from an older
    # version is refused and shown as a conflict) and records the member who made it.
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1", "onupdate": literal_column("version") + 1})
    created_by: str | None = Field(default=None, max_length=80, sa_column_kwargs={"default": member_default})
    updated_by: str | None = Field(
        default=None, max_length=80, sa_column_kwargs={"default": member_default, "onupdate": member_default}
    )


class Theme(SQLModel, table=True):
    """A workspace's own content theme tag."""

    __table_args__ = (UniqueConstraint("workspace_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", ondelete="CASCADE")
    name: str = Field(max_length=80)


class PostTheme(SQLModel, table=True):
    """Many-to-many post ↔ theme."""

    post_id: int = Field(foreign_key="post.id", primary_key=True, ondelete="CASCADE")
    theme_id: int = Field(foreign_key="theme.id", primary_key=True, index=True, ondelete="CASCADE")


class Engager(SQLModel, table=True):
    """A person who interacts, identified by platform + handle."""

    __table_args__ = (UniqueConstraint("workspace_id", "platform", "handle"),)

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", ondelete="CASCADE")
    platform: str = Field(default="other", max_length=32)
    handle: str = Field(max_length=120)
    first_seen: date | None = None
    last_seen: date | None = None
    power_member: bool = Field(default=False)
    notes: str = Field(default="")


class Interaction(SQLModel, table=True):
    """One interaction by one engager; replies keep their parent so conversation depth is computed."""

    __table_args__ = (
        Index("ix_interaction_ws_date_engager", "workspace_id", "local_date", "engager_id"),
        # post_id makes it covering for "who engaged with these posts" (insights: returning engagers reached).
        Index("ix_interaction_engager_date", "engager_id", "local_date", "post_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", ondelete="CASCADE")
    engager_id: int = Field(foreign_key="engager.id", ondelete="CASCADE")
    post_id: int | None = Field(default=None, foreign_key="post.id", index=True, ondelete="SET NULL")
    kind: str = Field(max_length=16)  # like comment reply save share dm live story_reply
    occurred_at: datetime
    local_date: date
    parent_id: int | None = Field(default=None, foreign_key="interaction.id", ondelete="SET NULL")
    external_id: str | None = Field(default=None, max_length=64)
    text: str = Field(default="")
    # Team editing (issue 21): every update bumps ``version`` (optimistic locking: an edit made from an older
    # version is refused and shown as a conflict) and records the member who made it.
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1", "onupdate": literal_column("version") + 1})
    created_by: str | None = Field(default=None, max_length=80, sa_column_kwargs={"default": member_default})
    updated_by: str | None = Field(
        default=None, max_length=80, sa_column_kwargs={"default": member_default, "onupdate": member_default}
    )


class EngagerDay(SQLModel, table=True):
    """How many interactions a person made on a local calendar day.

    Kept current on every interaction write, so returning-engager windows read this small table instead of
    rescanning raw interactions.
    """

    __table_args__ = (Index("ix_engagerday_ws_date", "workspace_id", "local_date"),)

    engager_id: int = Field(foreign_key="engager.id", primary_key=True, ondelete="CASCADE")
    local_date: date = Field(primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", ondelete="CASCADE")
    count: int = Field(default=1)
