"""Chat-export imports and the people tools: engager aliases (stable platform ids and names), reactions per
message, undoable merges, and digests of forgotten people.

Revision ID: 0950_chat_people
Revises: 0900_people_own_handles
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

revision: str = "0950_chat_people"
down_revision: str | Sequence[str] | None = "0910_pg_team_edits"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "engageralias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("engager_id", sa.Integer(), nullable=False),
        sa.Column("platform", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["engager_id"], ["engager.id"], name=op.f("fk_engageralias_engager_id_engager"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"], ["workspace.id"], name=op.f("fk_engageralias_workspace_id_workspace"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engageralias")),
        sa.UniqueConstraint(
            "workspace_id", "platform", "kind", "value", name=op.f("uq_engageralias_workspace_id_platform_kind_value")
        ),
    )
    op.create_index(op.f("ix_engageralias_engager_id"), "engageralias", ["engager_id"], unique=False)
    op.create_table(
        "chatreaction",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_chatreaction_interaction_id_interaction"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("interaction_id", name=op.f("pk_chatreaction")),
    )
    op.create_table(
        "engagermerge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("kept_id", sa.Integer(), nullable=False),
        sa.Column("removed_id", sa.Integer(), nullable=False),
        sa.Column("payload", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kept_id"], ["engager.id"], name=op.f("fk_engagermerge_kept_id_engager"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"], ["workspace.id"], name=op.f("fk_engagermerge_workspace_id_workspace"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engagermerge")),
    )
    op.create_index(op.f("ix_engagermerge_workspace_id"), "engagermerge", ["workspace_id"], unique=False)
    op.create_table(
        "forgottenperson",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("digest", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_forgottenperson_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forgottenperson")),
        sa.UniqueConstraint("workspace_id", "digest", name=op.f("uq_forgottenperson_workspace_id_digest")),
    )


def downgrade() -> None:
    op.drop_table("forgottenperson")
    op.drop_index(op.f("ix_engagermerge_workspace_id"), table_name="engagermerge")
    op.drop_table("engagermerge")
    op.drop_table("chatreaction")
    op.drop_index(op.f("ix_engageralias_engager_id"), table_name="engageralias")
    op.drop_table("engageralias")
