"""Merge the feature branches; make ix_interaction_engager_date covering (engager, date, post).

Revision ID: 0800
Revises: 0201, 0501, 0601, 0701
Create Date: 2026-11-25
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0800"
down_revision: str | Sequence[str] | None = ("0201", "0501", "0601", "0701")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index("ix_interaction_engager_date")
        batch_op.create_index("ix_interaction_engager_date", ["engager_id", "local_date", "post_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index("ix_interaction_engager_date")
        batch_op.create_index("ix_interaction_engager_date", ["engager_id", "local_date"], unique=False)
