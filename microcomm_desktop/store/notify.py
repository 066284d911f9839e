"""Live refresh on a team server: PostgreSQL ``LISTEN/NOTIFY``.

Every table has a statement-level trigger (migration 0910) that sends ``NOTIFY microcomm_changes`` with the
writing backend's pid; the notification is delivered when that transaction commits, never for a rolled-back one.
A window listens on its own connection and counts notifications from *other* backends than its engine's own
connections (recorded as they open), so its own writes are not news and every other member's commit is.
"""

from __future__ import annotations

import threading
import weakref
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

CHANNEL = "microcomm_changes"
NOTIFY_FUNCTION_SQL = (
    "CREATE OR REPLACE FUNCTION mc_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"PERFORM pg_notify('{CHANNEL}', pg_backend_pid()::text); RETURN NULL; END $$"
)


def notify_trigger_sql(table: str) -> str:
    return (
        f'CREATE TRIGGER trg_notify_{table} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}" '
        "FOR EACH STATEMENT EXECUTE FUNCTION mc_notify_change()"
    )


_OWN_PIDS: weakref.WeakKeyDictionary[Engine, set[int]] = weakref.WeakKeyDictionary()


def track_own_backends(engine: Engine) -> None:
    """Record the backend pid of every connection this engine opens (called by ``make_engine``)."""
    pids: set[int] = set()
    _OWN_PIDS[engine] = pids

    @event.listens_for(engine, "connect")
    def _record(dbapi_conn: Any, _record: object) -> None:
        pid = getattr(getattr(dbapi_conn, "info", None), "backend_pid", None)
        if pid:
            pids.add(int(pid))


class ServerChangeFeed:
    """A counter of other members' commits; ``version()`` never blocks (it drains what has arrived)."""

    def __init__(self, engine: Engine) -> None:
        import psycopg

        url = engine.url
        params = {k: v for k, v in url.query.items() if isinstance(v, str)}
        self._own = _OWN_PIDS.get(engine, set())
        self._count = 0
        self._lock = threading.Lock()
        self._con: Any = psycopg.connect(
            dbname=url.database,
            user=url.username,
            password=url.password,
            host=url.host or params.get("host"),
            port=url.port or params.get("port"),
            autocommit=True,
            application_name="microcomm-listen",
        )
        self._con.execute(f"LISTEN {CHANNEL}")

    def version(self) -> int | None:
        with self._lock:
            if self._con is None:
                return None
            try:
                for note in self._con.notifies(timeout=0):
                    try:
                        sender = int(note.payload)
                    except ValueError:
                        sender = 0
                    if sender not in self._own:
                        self._count += 1
            except Exception:  # a dropped connection: stop watching, nothing else depends on it
                self._con = None
                return None
            return self._count

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None
