"""The CLI tests run on both engines: the PostgreSQL run points every command at a fresh team database through
MICROCOMM_DATABASE_URL (what a team member sets once), the SQLite run at the test's data folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(params=["sqlite", "postgresql"], autouse=True)
def cli_engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if request.param == "postgresql":
        marker = request.node.get_closest_marker("sqlite_only")
        if marker is not None:
            pytest.skip(f"SQLite only: {marker.args[0] if marker.args else 'about the local data file'}")
        url = request.getfixturevalue("pg_database")
        monkeypatch.setenv("MICROCOMM_DATABASE_URL", url)
    yield str(request.param)


@pytest.fixture
def engine_kind(cli_engine: str) -> str:
    return cli_engine
