"""Workspaces, settings, sample community and backups as services (no Qt)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from microcomm_desktop.services import settings as settings_service
from microcomm_desktop.services import workspaces
from microcomm_desktop.services.backups import backup_now
from microcomm_desktop.services.context import AppContext, open_context
from microcomm_desktop.services.sample import create_sample_workspace
from microcomm_desktop.services.sla import creator_engager_ids
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import (
    Deal,
    Engager,
    EngagerDay,
    Interaction,
    Post,
    Ritual,
    Sprint,
)


def test_workspace_names_are_validated(app_ctx: AppContext) -> None:
    with pytest.raises(workspaces.WorkspaceError, match="needs a name"):
        workspaces.create_workspace(app_ctx.engine, "   ")
    ws = workspaces.create_workspace(app_ctx.engine, "  Run   Club ")
    assert ws.name == "Run Club"
    with pytest.raises(workspaces.WorkspaceError, match="already exists"):
        workspaces.create_workspace(app_ctx.engine, "Run Club")
    with pytest.raises(workspaces.WorkspaceError, match="No workspace named"):
        workspaces.get_workspace(app_ctx.engine, "Nope")


def test_update_workspace_rejects_unknown_er_definition(app_ctx: AppContext) -> None:
    ws = workspaces.create_workspace(app_ctx.engine, "A")
    assert ws.id is not None
    with pytest.raises(workspaces.WorkspaceError):
        workspaces.update_workspace(app_ctx.engine, ws.id, er_definition="followers")
    ws2 = workspaces.update_workspace(app_ctx.engine, ws.id, er_definition="impressions", week_start=6)
    assert (ws2.er_definition, ws2.week_start) == ("impressions", 6)


def test_settings_default_and_override(app_ctx: AppContext) -> None:
    ws = workspaces.create_workspace(app_ctx.engine, "A")
    assert settings_service.get_setting(app_ctx.engine, "benchmark.replies_top", ws.id) == 25.0
    settings_service.set_setting(app_ctx.engine, "benchmark.replies_top", 30.0, ws.id)
    assert settings_service.get_setting(app_ctx.engine, "benchmark.replies_top", ws.id) == 30.0
    assert settings_service.get_setting(app_ctx.engine, "benchmark.replies_top", None) == 25.0
    with pytest.raises(KeyError):
        settings_service.set_setting(app_ctx.engine, "no.such.key", 1)


@pytest.mark.sqlite_only("reads the SQLite file directly")
def test_sample_workspace_is_realistic_and_deterministic(app_ctx: AppContext, today: date) -> None:
    ws = create_sample_workspace(app_ctx.engine, today)
    with session_scope(app_ctx.engine) as s:

        def count(model: type, **where: object) -> int:
            q = select(func.count()).select_from(model).where(model.workspace_id == ws.id)  # type: ignore[attr-defined]
            return int(s.execute(q).scalar_one())

        posts = count(Post)
        assert 50 <= posts <= 90
        first, last = s.execute(
            select(func.min(Post.local_date), func.max(Post.local_date)).where(Post.workspace_id == ws.id)
        ).one()
        assert (today - first).days <= 89 and last <= today
        assert 200 <= count(Engager) <= 5000
        assert count(Interaction) > 1000
        assert count(Ritual) >= 2 and count(Deal) >= 1 and count(Sprint) >= 1
        # Repeat interactions: many people engage on two or more distinct days.
        repeaters = s.execute(
            select(func.count()).select_from(
                select(EngagerDay.engager_id)
                .where(EngagerDay.workspace_id == ws.id)
                .group_by(EngagerDay.engager_id)
                .having(func.count() >= 2)
                .subquery()
            )
        ).scalar_one()
        assert repeaters >= 50
        # EngagerDay is consistent with the raw interactions of everyone but the creator's own account.
        days = s.execute(select(func.sum(EngagerDay.count)).where(EngagerDay.workspace_id == ws.id)).scalar_one()
        own = creator_engager_ids(s.connection(), ws.id)
        assert len(own) == 1
        own_rows = s.execute(
            select(func.count()).select_from(Interaction).where(Interaction.engager_id.in_(own))  # type: ignore[attr-defined]
        ).scalar_one()
        assert own_rows > 50  # the creator's timed replies are in the log
        assert days == count(Interaction) - own_rows
        max_day = s.execute(
            select(func.max(Interaction.local_date)).where(Interaction.workspace_id == ws.id)
        ).scalar_one()
        assert max_day <= today
    first_titles = sorted(
        r[0] for r in sqlite3.connect(app_ctx.paths.db_path).execute("select handle from engager").fetchall()
    )
    # Same seed, same data: a second sample in another database matches.
    from microcomm_desktop.services.context import open_context

    other_ctx = open_context(app_ctx.paths.data_dir / "second")
    create_sample_workspace(other_ctx.engine, today)
    second_titles = sorted(
        r[0] for r in sqlite3.connect(other_ctx.paths.db_path).execute("select handle from engager").fetchall()
    )
    other_ctx.dispose()
    assert first_titles == second_titles


@pytest.mark.sqlite_only("file backups of the SQLite file")
def test_backup_now_is_a_consistent_copy(app_ctx: AppContext) -> None:
    workspaces.create_workspace(app_ctx.engine, "Keep")
    path = backup_now(app_ctx)
    con = sqlite3.connect(path)
    assert con.execute("pragma integrity_check").fetchone() == ("ok",)
    assert con.execute("select name from workspace").fetchall() == [("Keep",)]
    con.close()
    assert oct(path.stat().st_mode & 0o777) == "0o600"


@pytest.mark.sqlite_only("permissions of the SQLite file")
def test_data_dir_is_private(tmp_path: Path) -> None:
    """A data folder MicroComm creates is user-only; an existing one keeps its owner's mode (hardening docs)."""
    ctx = open_context(tmp_path / "new-data")
    try:
        assert oct(ctx.paths.data_dir.stat().st_mode & 0o777) == "0o700"
        assert oct(ctx.paths.db_path.stat().st_mode & 0o777) == "0o600"
    finally:
        ctx.dispose()
