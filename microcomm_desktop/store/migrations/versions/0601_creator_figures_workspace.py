"""Creators: the workspace holding a creator's own export, and the original name of an evidence image.

Revision ID: 0601
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0601"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("creator", schema=None) as batch_op:
        batch_op.add_column(sa.Column("figures_workspace_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_creator_figures_workspace_id"), ["figures_workspace_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_creator_figures_workspace_id_workspace"),
            "workspace",
            ["figures_workspace_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("creatorevidence", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("image_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("creatorevidence", schema=None) as batch_op:
        batch_op.drop_column("image_name")
    with op.batch_alter_table("creator", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_creator_figures_workspace_id_workspace"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_creator_figures_workspace_id"))
        batch_op.drop_column("figures_workspace_id")
