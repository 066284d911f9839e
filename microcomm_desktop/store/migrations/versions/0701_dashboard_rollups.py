"""Dashboard performance: thread summaries and the returning-engager difference array maintained on write,
the dirty queue and its triggers, the parent index.

Existing workspaces are queued for one full rebuild (``interaction_id`` 0): the first write or scorecard read
after the upgrade fills their summaries, so the upgrade itself stays quick on large files.

Revision ID: 0701
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0701"
down_revision = "0001"
branch_labels = None
depends_on = None


# Same text as microcomm_desktop.store.models.rollups.TRIGGERS_SQL at the time of this revision.
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
TRIGGER_NAMES = ("trg_interaction_thread_ins", "trg_interaction_thread_del", "trg_interaction_thread_upd")


def upgrade() -> None:
    op.create_table(
        "threadsummary",
        sa.Column("root_id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("messages", sa.Integer(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["root_id"], ["interaction.id"], name=op.f("fk_threadsummary_root_id_interaction"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_threadsummary_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("root_id", name=op.f("pk_threadsummary")),
    )
    with op.batch_alter_table("threadsummary", schema=None) as batch_op:
        batch_op.create_index(
            "ix_threadsummary_ws_date", ["workspace_id", "local_date", "messages", "people"], unique=False
        )
    op.create_table(
        "rollupdirty",
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("workspace_id", "interaction_id", name=op.f("pk_rollupdirty")),
    )
    op.create_table(
        "returningdelta",
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("d_engaged", sa.Integer(), nullable=False),
        sa.Column("d_returning", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_returningdelta_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("workspace_id", "local_date", name=op.f("pk_returningdelta")),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index("ix_interaction_parent", ["parent_id"], unique=False)
    with op.batch_alter_table("post", schema=None) as batch_op:
        batch_op.create_index(
            "ix_post_scorecard",
            [
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
            ],
            unique=False,
        )
    if op.get_bind().dialect.name == "postgresql":
        # A team server is created from scratch by these migrations: its triggers are the PL/pgSQL twin.
        from microcomm_desktop.store.models.rollups import PG_TRIGGERS_SQL

        for sql in PG_TRIGGERS_SQL:
            op.execute(sql)
    else:
        for sql in TRIGGERS_SQL:
            op.execute(sql)
    op.execute("INSERT INTO rollupdirty (workspace_id, interaction_id) SELECT id, 0 FROM workspace")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS trg_interaction_thread ON interaction")
        op.execute("DROP FUNCTION IF EXISTS mc_interaction_thread_mark()")
    else:
        for name in TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index("ix_interaction_parent")
    with op.batch_alter_table("post", schema=None) as batch_op:
        batch_op.drop_index("ix_post_scorecard")
    op.drop_table("rollupdirty")
    op.drop_table("returningdelta")
    with op.batch_alter_table("threadsummary", schema=None) as batch_op:
        batch_op.drop_index("ix_threadsummary_ws_date")
    op.drop_table("threadsummary")
