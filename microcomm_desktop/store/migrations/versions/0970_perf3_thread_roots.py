"""Thread summaries carry their root's kind and person, plus two partial indexes (issue 20, scorecard < 100 ms).

The scorecard's DM back-and-forth used to probe ``threadsummary`` once per member-started DM (50k probes on the
benchmark workspace); with ``root_kind`` / ``root_engager_id`` it counts DM roots from their partial index and adds
the few DM threads that have replies from ``ix_threadsummary_dm``. ``ix_threadsummary_deep`` holds only deep
threads (3+ messages, 2+ people: fixed rules of the metric), so the deep-thread count reads those entries only.
Existing summaries are filled from their root interaction here, in the upgrade.

Revision ID: 0970_perf3_thread_roots
Revises: 0960_conflicts_chat_notify
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0970_perf3_thread_roots"
down_revision: str | Sequence[str] | None = "0960_conflicts_chat_notify"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("threadsummary", schema=None) as batch_op:
        batch_op.add_column(sa.Column("root_kind", sa.String(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("root_engager_id", sa.Integer(), nullable=False, server_default="0"))
    op.execute(
        "UPDATE threadsummary SET "
        "root_kind = COALESCE((SELECT i.kind FROM interaction i WHERE i.id = threadsummary.root_id), ''), "
        "root_engager_id = COALESCE((SELECT i.engager_id FROM interaction i WHERE i.id = threadsummary.root_id), 0)"
    )
    with op.batch_alter_table("threadsummary", schema=None) as batch_op:
        batch_op.create_index(
            "ix_threadsummary_deep",
            ["workspace_id", "local_date", "messages", "people"],
            unique=False,
            sqlite_where=sa.text("messages >= 3 AND people >= 2"),
            postgresql_where=sa.text("messages >= 3 AND people >= 2"),
        )
        batch_op.create_index(
            "ix_threadsummary_dm",
            ["workspace_id", "local_date", "root_engager_id", "messages", "people", "root_kind"],
            unique=False,
            sqlite_where=sa.text("root_kind = 'dm'"),
            postgresql_where=sa.text("root_kind = 'dm'"),
        )


def downgrade() -> None:
    with op.batch_alter_table("threadsummary", schema=None) as batch_op:
        batch_op.drop_index("ix_threadsummary_dm")
        batch_op.drop_index("ix_threadsummary_deep")
        batch_op.drop_column("root_engager_id")
        batch_op.drop_column("root_kind")
