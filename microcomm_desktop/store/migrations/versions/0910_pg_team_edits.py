"""Team editing: a ``version`` for optimistic locking and who created/last changed each post, interaction, deal
and sprint task. Existing rows start at version 1 with no member recorded.

On PostgreSQL also a statement-level trigger on every table that sends ``NOTIFY microcomm_changes`` with the
writer's backend pid, so every open window refreshes when another member commits (SQLite windows use
``PRAGMA data_version`` instead). A table added by a later migration needs ``notify_trigger_sql(name)``.

Revision ID: 0910_pg_team_edits
Revises: 0900_people_own_handles
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0910_pg_team_edits"
down_revision: str | Sequence[str] | None = "0900_people_own_handles"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("post", "interaction", "deal", "sprinttask")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
            batch_op.add_column(sa.Column("created_by", sa.String(length=80), nullable=True))
            batch_op.add_column(sa.Column("updated_by", sa.String(length=80), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from microcomm_desktop.store.notify import NOTIFY_FUNCTION_SQL, notify_trigger_sql

        op.execute(NOTIFY_FUNCTION_SQL)
        for name in sa.inspect(bind).get_table_names():
            if name not in ("alembic_version", "rollupdirty"):
                op.execute(notify_trigger_sql(name))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS mc_notify_change() CASCADE")
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("updated_by")
            batch_op.drop_column("created_by")
            batch_op.drop_column("version")
