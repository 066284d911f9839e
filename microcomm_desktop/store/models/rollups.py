"""Derived tables kept current on write, so the dashboard never rescans raw interactions.

* ``ThreadSummary`` — one row per conversation thread that has at least one reply: its root interaction, the
  root's local date, how many messages and how many distinct people. Deep threads (docs/domain.md §4) become a
  filtered ``GROUP BY local_date`` over a few thousand rows instead of a walk over a million interactions.
* ``ReturningDelta`` — the returning-engager series (docs/domain.md §4, 30-day windows) as a difference array: per
  local day, how much the engaged and returning counts of windows ending on or after that day change. The
  count for any window end is a prefix sum over a few thousand rows, instead of a sweep over every
  person-day. Updated on write by the difference between the touched people's old and new contributions.
* ``RollupDirty`` — interactions whose thread may have changed since the summaries were last refreshed.
  SQLite triggers on ``interaction`` fill it (inserted replies, deletes, re-parenting, kind/date/person edits,
  and the ``SET NULL`` a deleted parent causes), so *every* write path is caught, including ones that do not
  know about threads; ``services.rollups`` drains it inside the writer's transaction. ``interaction_id`` 0 means
  "rebuild every rollup of the workspace" (used by the migration for existing data).
* ``ix_post_scorecard`` — a covering index for the per-day post totals.
* ``ix_interaction_parent`` — replies are looked up by parent when walking a thread down (and by SQLite's own
  ``ON DELETE SET NULL``, which otherwise scans the whole table for every deleted interaction).

The triggers live in ``TRIGGERS_SQL`` (created by migration 0701; ``create_all`` users get them via the
``after_create`` hook below).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import DDL, Index, event, text
from sqlmodel import Field, SQLModel

from microcomm_desktop.store.models.base import table_of
from microcomm_desktop.store.models.posts import Interaction, Post


class ThreadSummary(SQLModel, table=True):
    """A thread (root interaction + its message replies) with two or more messages.

    Threads of a single message are never deep and are most of the data, so they are not stored.
    """

    __table_args__ = (
        # Covering index for the scorecard's "deep threads per root day" query.
        Index("ix_threadsummary_ws_date", "workspace_id", "local_date", "messages", "people"),
        # Only the deep threads (domain.metrics.DEEP_MIN_MESSAGES / DEEP_MIN_PEOPLE, fixed rules of the metric):
        # the scorecard's per-day count reads these entries instead of every summary (0970).
        Index(
            "ix_threadsummary_deep",
            "workspace_id",
            "local_date",
            "messages",  # in the key too: without them SQLite prefers the covering full index above
            "people",
            sqlite_where=text("messages >= 3 AND people >= 2"),
            postgresql_where=text("messages >= 3 AND people >= 2"),
        ),
        # DM threads with replies (0970): the scorecard's DM back-and-forth adds these few rows to a count of DM
        # roots, instead of probing the summaries once per DM.
        Index(
            "ix_threadsummary_dm",
            "workspace_id",
            "local_date",
            "root_engager_id",
            "messages",
            "people",
            "root_kind",  # in the key too, so the scan never reads the table
            sqlite_where=text("root_kind = 'dm'"),
            postgresql_where=text("root_kind = 'dm'"),
        ),
    )

    root_id: int = Field(foreign_key="interaction.id", primary_key=True, ondelete="CASCADE")
    workspace_id: int = Field(foreign_key="workspace.id", ondelete="CASCADE")
    local_date: date  # local date of the root message
    messages: int
    people: int
    # The root's kind and person, copied so the DM figures need no join back to interaction. An edit of either
    # fires the thread trigger for the root, which recomputes this row.
    root_kind: str = Field(default="", sa_column_kwargs={"server_default": ""})
    root_engager_id: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class ReturningDelta(SQLModel, table=True):
    """Per-day changes of the engaged / returning counts of the trailing 30-day windows of a workspace.

    ``sum(d_engaged for days <= E)`` is the number of people who engaged in the window ending on E (and
    likewise for returning engagers); see ``services.rollups.returning_contribution``.
    """

    workspace_id: int = Field(foreign_key="workspace.id", primary_key=True, ondelete="CASCADE")
    local_date: date = Field(primary_key=True)
    d_engaged: int = Field(default=0)
    d_returning: int = Field(default=0)


class RollupDirty(SQLModel, table=True):
    """An interaction whose thread needs its summary recomputed (0 = every rollup of the whole workspace).

    No foreign keys on purpose: a trigger records deleted interactions (and interactions of a workspace being
    deleted) here, and a foreign key would reject exactly those rows.
    """

    workspace_id: int = Field(primary_key=True)
    interaction_id: int = Field(primary_key=True)


ix_interaction_parent = Index("ix_interaction_parent", table_of(Interaction).c.parent_id)
# DM threads a member started (services.scorecard's DM back-and-forth): a partial index holds only top-level DMs,
# so a five-year scorecard reads a few thousand entries instead of probing every interaction for its kind.
ix_interaction_dm_roots = Index(
    "ix_interaction_dm_roots",
    table_of(Interaction).c.workspace_id,
    table_of(Interaction).c.local_date,
    table_of(Interaction).c.engager_id,
    table_of(Interaction).c.kind,  # kind and parent in the key too: the scan never reads the table
    table_of(Interaction).c.parent_id,
    sqlite_where=text("kind = 'dm' AND parent_id IS NULL"),
    postgresql_where=text("kind = 'dm' AND parent_id IS NULL"),
)
_post = table_of(Post)
# Covering index for the scorecard's per-day post totals: the GROUP BY (local_date, label) streams in index
# order and never touches the table (2x faster than the date index on 20,000 posts).
ix_post_scorecard = Index(
    "ix_post_scorecard",
    *(
        _post.c[name]
        for name in (
            "workspace_id",
            "local_date",
            "label",
            "reach",
            "impressions",
            "engagements",
            "likes",
            "comments",
            "shares",
            "saves",
        )
    ),
)


def _mark(ws: str, iid: str, cond: str = "") -> str:
    """Queue (ws, iid) once. Not "INSERT OR IGNORE": inside a trigger fired by a foreign-key action (a deleted
    parent's ON DELETE SET NULL) SQLite applies the outer statement's ABORT policy instead of IGNORE."""
    extra = f"{cond} AND " if cond else ""
    return (
        f"INSERT INTO rollupdirty (workspace_id, interaction_id) SELECT {ws}, {iid} WHERE {extra}NOT EXISTS "
        f"(SELECT 1 FROM rollupdirty WHERE workspace_id = {ws} AND interaction_id = {iid});"
    )


TRIGGERS_SQL: tuple[str, ...] = (
    # A new reply changes its thread. New top-level rows cannot make a thread deep until a reply arrives.
    "CREATE TRIGGER IF NOT EXISTS trg_interaction_thread_ins AFTER INSERT ON interaction "
    f"WHEN new.parent_id IS NOT NULL BEGIN {_mark('new.workspace_id', 'new.id')} END",
    # A deleted reply shrinks its parent's thread; a deleted root's summary goes by ON DELETE CASCADE and its
    # replies are re-parented to NULL by SQLite, which fires the update trigger. Skip workspaces being deleted.
    "CREATE TRIGGER IF NOT EXISTS trg_interaction_thread_del AFTER DELETE ON interaction "
    "WHEN old.parent_id IS NOT NULL AND EXISTS (SELECT 1 FROM workspace WHERE id = old.workspace_id) "
    f"BEGIN {_mark('old.workspace_id', 'old.parent_id')} END",
    # Re-parenting, or an edit of what a thread counts (kind, person, date): the row's new thread and its old one.
    "CREATE TRIGGER IF NOT EXISTS trg_interaction_thread_upd AFTER UPDATE OF parent_id, kind, engager_id, "
    "local_date, workspace_id ON interaction "
    "WHEN old.parent_id IS NOT new.parent_id OR old.kind IS NOT new.kind OR old.engager_id IS NOT new.engager_id "
    "OR old.local_date IS NOT new.local_date OR old.workspace_id IS NOT new.workspace_id "
    f"BEGIN {_mark('new.workspace_id', 'new.id')} "
    f"{_mark('old.workspace_id', 'old.parent_id', 'old.parent_id IS NOT NULL')} END",
)


def _pg_mark(ws: str, iid: str) -> str:
    return (
        f"INSERT INTO rollupdirty (workspace_id, interaction_id) VALUES ({ws}, {iid}) "
        "ON CONFLICT (workspace_id, interaction_id) DO NOTHING;"
    )


# PostgreSQL counterpart of TRIGGERS_SQL: the same three rules in one PL/pgSQL row trigger, so a write on either
# engine queues exactly the same threads. ``IS DISTINCT FROM`` is SQLite's ``IS NOT``; a workspace being deleted is
# already gone when its interactions' cascade runs, so the EXISTS test skips it as SQLite's does.
PG_TRIGGERS_SQL: tuple[str, ...] = (
    "CREATE OR REPLACE FUNCTION mc_interaction_thread_mark() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP = 'INSERT' THEN "
    f"IF NEW.parent_id IS NOT NULL THEN {_pg_mark('NEW.workspace_id', 'NEW.id')} END IF; "
    "ELSIF TG_OP = 'DELETE' THEN "
    "IF OLD.parent_id IS NOT NULL AND EXISTS (SELECT 1 FROM workspace WHERE id = OLD.workspace_id) THEN "
    f"{_pg_mark('OLD.workspace_id', 'OLD.parent_id')} END IF; "
    "ELSIF OLD.parent_id IS DISTINCT FROM NEW.parent_id OR OLD.kind IS DISTINCT FROM NEW.kind "
    "OR OLD.engager_id IS DISTINCT FROM NEW.engager_id OR OLD.local_date IS DISTINCT FROM NEW.local_date "
    "OR OLD.workspace_id IS DISTINCT FROM NEW.workspace_id THEN "
    f"{_pg_mark('NEW.workspace_id', 'NEW.id')} "
    f"IF OLD.parent_id IS NOT NULL THEN {_pg_mark('OLD.workspace_id', 'OLD.parent_id')} END IF; "
    "END IF; RETURN NULL; END $$",
    "DROP TRIGGER IF EXISTS trg_interaction_thread ON interaction",
    "CREATE TRIGGER trg_interaction_thread AFTER INSERT OR DELETE OR UPDATE OF parent_id, kind, engager_id, "
    "local_date, workspace_id ON interaction FOR EACH ROW EXECUTE FUNCTION mc_interaction_thread_mark()",
)


def triggers_for(dialect: str) -> tuple[str, ...]:
    """The trigger DDL that feeds the rollup queue on this engine."""
    return PG_TRIGGERS_SQL if dialect == "postgresql" else TRIGGERS_SQL


for _sql in TRIGGERS_SQL:  # after every table exists (the triggers name interaction, workspace, rollupdirty)
    event.listen(SQLModel.metadata, "after_create", DDL(_sql).execute_if(dialect="sqlite"))
for _sql in PG_TRIGGERS_SQL:
    event.listen(SQLModel.metadata, "after_create", DDL(_sql.replace("%", "%%")).execute_if(dialect="postgresql"))
