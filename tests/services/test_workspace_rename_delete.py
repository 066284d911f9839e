"""Workspace rename and delete (issue 18 item 6): a backup first, everything of the workspace removed, an exact
undo (same ids, same rows), other workspaces untouched."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from microcomm_desktop.services import workspaces as W
from microcomm_desktop.services.context import AppContext


def _dump(ctx: AppContext) -> dict[str, list[str]]:
    con = sqlite3.connect(ctx.paths.db_path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(map(repr, con.execute(f'SELECT * FROM "{t}"').fetchall())) for t in names}
    finally:
        con.close()


def test_rename_refuses_empty_and_taken_names(app_ctx: AppContext) -> None:
    a = W.create_workspace(app_ctx.engine, "Alpha")
    W.create_workspace(app_ctx.engine, "Beta")
    assert a.id is not None
    assert W.rename_workspace(app_ctx.engine, a.id, "  Gamma   club ").name == "Gamma club"
    with pytest.raises(W.WorkspaceError, match="already exists"):
        W.rename_workspace(app_ctx.engine, a.id, "Beta")
    with pytest.raises(W.WorkspaceError, match="needs a name"):
        W.rename_workspace(app_ctx.engine, a.id, "   ")
    assert W.get_workspace(app_ctx.engine, a.id).name == "Gamma club"


@pytest.mark.sqlite_only("the safety copy before a delete is a copy of the SQLite file")
def test_delete_backs_up_removes_everything_and_undo_restores_it_exactly(
    app_ctx: AppContext, sample_workspace, today: date
) -> None:
    other = W.create_workspace(app_ctx.engine, "Other", timezone="Europe/Berlin")
    before = _dump(app_ctx)
    gone = W.delete_workspace(app_ctx, sample_workspace.id)
    assert gone.backup.exists() and "before-delete" in gone.backup.name
    assert len(gone.rows["interaction"]) > 1000 and len(gone.rows["post"]) > 50
    after = _dump(app_ctx)
    assert [w.name for w in W.list_workspaces(app_ctx.engine)] == ["Other"]
    for table in ("post", "interaction", "engager", "ritual", "deal", "sprint", "threadsummary"):
        assert after[table] == [], table
    # the backup holds the deleted workspace
    con = sqlite3.connect(gone.backup)
    assert con.execute("SELECT count(*) FROM post WHERE workspace_id = ?", (sample_workspace.id,)).fetchone()[0] > 0
    con.close()

    W.undo_delete_workspace(app_ctx.engine, gone)
    assert _dump(app_ctx) == before  # same ids, same rows, derived summaries included
    assert W.get_workspace(app_ctx.engine, other.id).name == "Other"


@pytest.mark.sqlite_only("delete needs the SQLite safety copy")
def test_undo_refuses_when_the_name_was_taken_meanwhile(app_ctx: AppContext) -> None:
    a = W.create_workspace(app_ctx.engine, "Alpha")
    assert a.id is not None
    gone = W.delete_workspace(app_ctx, a.id)
    W.create_workspace(app_ctx.engine, "Alpha")
    with pytest.raises(W.WorkspaceError, match="rename it first"):
        W.undo_delete_workspace(app_ctx.engine, gone)


def test_timezone_validation() -> None:
    assert W.validate_timezone(" Europe/Berlin ") == "Europe/Berlin"
    with pytest.raises(W.WorkspaceError, match="Unknown time zone"):
        W.validate_timezone("Mars/Base")


def test_delete_on_a_team_server_is_refused_and_keeps_everything(
    app_ctx: AppContext, sample_workspace, engine_kind: str
) -> None:
    if engine_kind == "sqlite":
        pytest.skip("the team-server refusal")
    with pytest.raises(W.WorkspaceError, match="team server"):
        W.delete_workspace(app_ctx, sample_workspace.id)
    assert [w.name for w in W.list_workspaces(app_ctx.engine)] == [sample_workspace.name]
