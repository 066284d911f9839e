"""Deals: disclosure spot-checks (was the disclosure line present on each post linked to a deal).

Revision ID: 0900_reports_disclosure_check
Revises: 0800
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0900_reports_disclosure_check"
down_revision: str | Sequence[str] | None = "0800"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "disclosurecheck",
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deal.id"], name=op.f("fk_disclosurecheck_deal_id_deal"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["post_id"], ["post.id"], name=op.f("fk_disclosurecheck_post_id_post"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("deal_id", "post_id", name=op.f("pk_disclosurecheck")),
    )
    with op.batch_alter_table("disclosurecheck", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_disclosurecheck_post_id"), ["post_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("disclosurecheck", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disclosurecheck_post_id"))
    op.drop_table("disclosurecheck")
