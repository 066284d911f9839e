"""Live refresh for the chat and people tables added in 0950 (issue 21 follow-up): on PostgreSQL each gets the
statement-level ``NOTIFY microcomm_changes`` trigger every other table got in 0910, so a window refreshes when
another member imports a chat, merges people or forgets someone. SQLite windows watch ``PRAGMA data_version``
instead, so there this revision does nothing.

Revision ID: 0960_conflicts_chat_notify
Revises: 0950_chat_people
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0960_conflicts_chat_notify"
down_revision: str | Sequence[str] | None = "0950_chat_people"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("engageralias", "chatreaction", "engagermerge", "forgottenperson")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    from microcomm_desktop.store.notify import NOTIFY_FUNCTION_SQL, notify_trigger_sql

    op.execute(NOTIFY_FUNCTION_SQL)  # CREATE OR REPLACE: present since 0910, restated so this stands alone
    for table in TABLES:
        op.execute(f'DROP TRIGGER IF EXISTS trg_notify_{table} ON "{table}"')
        op.execute(notify_trigger_sql(table))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f'DROP TRIGGER IF EXISTS trg_notify_{table} ON "{table}"')
