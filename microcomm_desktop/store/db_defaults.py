"""Column defaults that need the connection (kept apart from store.db, which imports every model: the models
import this module, so it must not import store.db back)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Engine


def member_of(engine: Engine) -> str:
    """The member a change is recorded under: the server login on PostgreSQL (what the server itself grants
    rights to), the computer's user name on a local file."""
    if engine.url.get_backend_name() == "postgresql" and engine.url.username:
        return str(engine.url.username)[:80]
    import getpass

    try:
        return getpass.getuser()[:80]
    except (KeyError, OSError):  # pragma: no cover - no user name in the environment
        return ""


def member_default(context: Any) -> str:
    """Default/onupdate of ``created_by``/``updated_by``: the member of the connection doing the write."""
    return member_of(context.connection.engine)
