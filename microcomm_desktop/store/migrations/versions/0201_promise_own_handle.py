"""promise: creator's own handle on the community profile (response SLA from logged replies)

Revision ID: 0201
Revises: 0001
Create Date: 2026-11-25 18:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

revision: str = "0201"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("communityprofile", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("own_handle", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("communityprofile", schema=None) as batch_op:
        batch_op.drop_column("own_handle")
