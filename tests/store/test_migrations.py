"""Migrations: empty → head, idempotent re-run, backup before migrating, refuse newer, damaged files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from microcomm_desktop.services.context import open_context
from microcomm_desktop.store import migrate
from microcomm_desktop.store.db import DatabaseDamaged, make_engine, sqlite_url


def test_empty_database_migrates_to_head(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    url = sqlite_url(ctx.paths.db_path)
    assert migrate.current_revisions(ctx.engine) == migrate.head_revisions(url)
    con = sqlite3.connect(ctx.paths.db_path)
    tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    assert {"workspace", "post", "interaction", "engagerday", "deal", "sprint"} <= tables
    assert ctx.migration_backup is None  # nothing to back up on a new file
    ctx.dispose()


def test_rerun_is_idempotent_and_makes_no_backup(data_dir: Path) -> None:
    open_context(data_dir).dispose()
    ctx = open_context(data_dir)
    assert ctx.migration_backup is None
    assert list((data_dir / "backups").glob("*pre-migration*")) == []
    ctx.dispose()


def test_no_drift_between_models_and_migrations(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    with ctx.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    ctx.dispose()
    assert diff == []


def _earlier_revisions() -> list[str]:
    url = "sqlite://"
    heads = migrate.head_revisions(url)
    return sorted(migrate.known_revisions(url) - heads)


def test_backup_taken_when_the_schema_is_behind(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whenever an existing file is not at head, a copy is written before Alembic touches it."""
    from microcomm_desktop.services.workspaces import create_workspace

    ctx = open_context(data_dir)
    create_workspace(ctx.engine, "Keep me")
    ctx.dispose()
    calls: list[str] = []
    monkeypatch.setattr(migrate, "head_revisions", lambda url: {"a_newer_head"})
    monkeypatch.setattr(
        migrate,
        "known_revisions",
        lambda url: (
            {"a_newer_head"} | set(migrate.current_revisions(make_engine(sqlite_url(data_dir / "microcomm.sqlite3"))))
        ),
    )
    monkeypatch.setattr(migrate, "_run_upgrade", lambda engine, url: calls.append("heads"))
    ctx = open_context(data_dir)
    ctx.dispose()
    assert calls == ["heads"]
    assert ctx.migration_backup is not None and ctx.migration_backup.exists()
    con = sqlite3.connect(ctx.migration_backup)
    assert con.execute("select name from workspace").fetchall() == [("Keep me",)]
    con.close()


@pytest.mark.parametrize("revision", _earlier_revisions() or ["(none yet)"])
def test_every_earlier_revision_upgrades_to_head_with_backup(data_dir: Path, revision: str) -> None:
    if revision == "(none yet)":
        assert migrate.known_revisions("sqlite://") == migrate.head_revisions("sqlite://")
        return
    from alembic import command

    db = data_dir / "microcomm.sqlite3"
    engine = make_engine(sqlite_url(db))
    cfg = migrate.alembic_config(sqlite_url(db))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()
    ctx = open_context(data_dir)
    assert migrate.current_revisions(ctx.engine) == migrate.head_revisions(sqlite_url(db))
    assert ctx.migration_backup is not None and ctx.migration_backup.exists()
    ctx.dispose()


def test_refuses_newer_database(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    ctx.dispose()
    con = sqlite3.connect(ctx.paths.db_path)
    con.execute("delete from alembic_version")
    con.execute("insert into alembic_version values ('ffff_from_the_future')")
    con.commit()
    con.close()
    before = ctx.paths.db_path.read_bytes()
    with pytest.raises(migrate.DatabaseTooNew, match="newer version"):
        open_context(data_dir)
    assert ctx.paths.db_path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b"", b"this is not a database at all" * 10, b"SQLite format 3\x00" + b"\x00" * 50],
    ids=["empty", "text", "truncated"],
)
def test_damaged_file_detected_and_left_untouched(data_dir: Path, content: bytes) -> None:
    db = data_dir / "microcomm.sqlite3"
    db.write_bytes(content)
    with pytest.raises(DatabaseDamaged):
        open_context(data_dir)
    assert db.read_bytes() == content


def test_light_revision_graph_matches_alembic() -> None:
    """Start-up reads the revision graph without Alembic; it must agree with Alembic's own view."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config("sqlite://"))
    assert migrate.head_revisions() == set(script.get_heads())
    assert migrate.known_revisions() == {r.revision for r in script.walk_revisions()}
