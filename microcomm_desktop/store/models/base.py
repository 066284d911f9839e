"""Shared pieces of the table definitions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

from sqlalchemy import Table
from sqlmodel import SQLModel

# Named constraints from the first migration on: Alembic's batch mode on SQLite can only drop or alter a
# constraint it can name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION
# Table models are built without pydantic validation (SQLModel constructs them directly), so their pydantic
# schema is only needed by ``model_dump``; pydantic builds it on that first use. Building all 32 schemas
# eagerly cost ~25 ms of every start-up.
SQLModel.model_config["defer_build"] = True


def utcnow() -> datetime:
    """Aware UTC now: sqlmodel's datetime columns reject naive values."""
    return datetime.now(UTC)


def table_of(model: type[SQLModel]) -> Table:
    """The Core table of a model, typed, for bulk SQL (``t.c.col`` expressions type-check, ORM attributes don't)."""
    return cast(Table, model.__table__)  # type: ignore[attr-defined]
