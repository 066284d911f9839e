"""Column defaults that need the connection (kept apart from store.db, which imports every model)."""

from __future__ import annotations

from typing import Any


def member_default(context: Any) -> str:
    """Default/onupdate of ``created_by``/``updated_by``: the member of the connection doing the write."""
    from microcomm_desktop.store.db import member_of

    return member_of(context.connection.engine)
