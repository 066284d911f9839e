"""Own handles per workspace: the creator's accounts (several, one per platform) move from the community
profile's single ``own_handle`` into ``ownhandle``, and stop counting as engagers. Also a partial index on
top-level DMs (the dashboard's DM back-and-forth).

Data: each non-empty ``communityprofile.own_handle`` becomes an any-platform own handle (lower-case, no "@");
those accounts' rows leave ``engagerday`` and their workspaces are queued for a returning-engager rebuild
(``rollupdirty`` marker 0, drained by the next scorecard read or write).

Revision ID: 0900_people_own_handles
Revises: 0800
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

revision: str = "0900_people_own_handles"
down_revision: str | Sequence[str] | None = "0900_reports_disclosure_check"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OWN_IDS = (
    "SELECT e.id FROM engager e JOIN ownhandle o ON o.workspace_id = e.workspace_id "
    "AND o.handle = lower(ltrim(trim(e.handle), '@')) AND (o.platform = '' OR o.platform = lower(e.platform))"
)


def upgrade() -> None:
    op.create_table(
        "ownhandle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("platform", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("handle", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"], ["workspace.id"], name=op.f("fk_ownhandle_workspace_id_workspace"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ownhandle")),
        sa.UniqueConstraint(
            "workspace_id", "platform", "handle", name=op.f("uq_ownhandle_workspace_id_platform_handle")
        ),
    )
    op.execute(
        "INSERT INTO ownhandle (workspace_id, platform, handle) "
        "SELECT DISTINCT workspace_id, '', lower(trim(ltrim(trim(own_handle), '@'))) FROM communityprofile "
        "WHERE trim(ltrim(trim(own_handle), '@')) != ''"
    )
    op.execute(f"DELETE FROM engagerday WHERE engager_id IN ({_OWN_IDS})")
    op.execute(
        "INSERT INTO rollupdirty (workspace_id, interaction_id) SELECT DISTINCT o.workspace_id, 0 FROM ownhandle o "
        "WHERE NOT EXISTS (SELECT 1 FROM rollupdirty d WHERE d.workspace_id = o.workspace_id AND d.interaction_id = 0)"
    )
    with op.batch_alter_table("communityprofile", schema=None) as batch_op:
        batch_op.drop_column("own_handle")
    # DM back-and-forth on the dashboard: only top-level DMs are indexed (see store.models.rollups).
    op.create_index(
        "ix_interaction_dm_roots",
        "interaction",
        ["workspace_id", "local_date", "engager_id", "kind", "parent_id"],
        unique=False,
        sqlite_where=sa.text("kind = 'dm' AND parent_id IS NULL"),
        postgresql_where=sa.text("kind = 'dm' AND parent_id IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_interaction_dm_roots", table_name="interaction")
    with op.batch_alter_table("communityprofile", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("own_handle", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False, server_default="")
        )
    op.execute(
        "UPDATE communityprofile SET own_handle = COALESCE((SELECT handle FROM ownhandle o "
        "WHERE o.workspace_id = communityprofile.workspace_id ORDER BY o.platform, o.id LIMIT 1), '')"
    )
    op.drop_table("ownhandle")
