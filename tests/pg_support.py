"""A throw-away PostgreSQL database per test, cloned from one migrated template (fast: a file copy on the server).

``MICROCOMM_TEST_PG_URL`` names a server database the tests may create databases from (``.ci/run`` starts a
cluster and sets it). Without it the PostgreSQL half of each parametrised test skips with a reason — except in CI
(``CI=true``), where a missing server fails the run instead of passing silently.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy.engine import URL, make_url

ENV_TEST_PG_URL = "MICROCOMM_TEST_PG_URL"
_template: dict[str, str] = {}


def admin_url() -> URL:
    raw = os.environ.get(ENV_TEST_PG_URL, "")
    if not raw:
        reason = f"PostgreSQL tests need {ENV_TEST_PG_URL} (a server URL, e.g. postgresql://postgres@/postgres)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}; in CI the cluster must be running (.ci/run starts it).")
        pytest.skip(reason)
    from microcomm_desktop.store.db import server_url

    return server_url(raw)


def _admin_exec(*statements: str) -> None:
    import psycopg

    url = admin_url()
    params = {k: v for k, v in url.query.items() if isinstance(v, str)}
    with psycopg.connect(
        dbname=url.database,
        user=url.username,
        password=url.password,
        host=url.host or params.get("host"),
        port=url.port or params.get("port"),
        autocommit=True,
    ) as con:
        for sql in statements:
            con.execute(sql)  # type: ignore[arg-type]


def _template_name() -> str:
    """One migrated database per test session; each test copies it."""
    if "name" not in _template:
        from microcomm_desktop.store.db import make_engine
        from microcomm_desktop.store.migrate import upgrade

        name = f"mc_tpl_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        _admin_exec(f'CREATE DATABASE "{name}"')
        engine = make_engine(admin_url().set(database=name))
        try:
            upgrade(engine)
        finally:
            engine.dispose()
        _template["name"] = name
    return _template["name"]


@contextmanager
def fresh_database(migrated: bool = True) -> Iterator[str]:
    """Yield the URL (as text) of a new database, dropped afterwards."""
    name = f"mc_t_{os.getpid()}_{uuid.uuid4().hex[:10]}"
    template = f' TEMPLATE "{_template_name()}"' if migrated else ""
    _admin_exec(f'CREATE DATABASE "{name}"{template}')
    try:
        yield admin_url().set(database=name).render_as_string(hide_password=False)
    finally:
        _admin_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def drop_template() -> None:
    name = _template.pop("name", None)
    if name:
        _admin_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def is_pg_url(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"
