"""Dashboard: a week's spend (creator fees + paid media) so the weekly report can show CPA.

Revision ID: 0501
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from microcomm_desktop.store.types import DecimalText

revision = "0501"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("weeknote", schema=None) as batch_op:
        batch_op.add_column(sa.Column("spend", DecimalText(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("weeknote", schema=None) as batch_op:
        batch_op.drop_column("spend")
