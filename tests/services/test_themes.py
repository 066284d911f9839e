"""Themes: normalised names, bulk tagging with an exact undo/redo, rename/delete with restore, formats."""

from __future__ import annotations

import pytest

from microcomm_desktop.services import themes as th
from microcomm_desktop.services.workspaces import create_workspace
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import RecurringFormat
from tests.services.test_insights_data import build


@pytest.fixture
def built(app_ctx, workspace, today):  # type: ignore[no-untyped-def]
    return build(app_ctx.engine, workspace.id, today)


def _state(engine, ids, wid: int = 1):  # type: ignore[no-untyped-def]
    return th.themes_of_posts(engine, ids), th.theme_names(engine, wid)


def test_create_normalises_and_dedupes(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    a = th.create_theme(app_ctx.engine, workspace.id, "  #Hip   Mobility ")
    b = th.create_theme(app_ctx.engine, workspace.id, "hip mobility")
    assert a == b and th.theme_names(app_ctx.engine, workspace.id) == ["hip mobility"]
    with pytest.raises(th.ThemeError, match="needs a name"):
        th.create_theme(app_ctx.engine, workspace.id, " # ")
    with pytest.raises(th.ThemeError, match="under 80"):
        th.create_theme(app_ctx.engine, workspace.id, "x" * 81)


def test_bulk_tag_then_undo_restores_exactly(app_ctx, workspace, built) -> None:  # type: ignore[no-untyped-def]
    e = app_ctx.engine
    ids = [built.posts[k] for k in ("p1", "p3", "p4")]
    before = _state(e, ids)
    change = th.set_post_themes(e, workspace.id, ids, add=["Race Prep", "gear"], remove=["hip mobility"])
    after = th.themes_of_posts(e, ids)
    assert after[built.posts["p1"]] == ["gear", "race prep"]
    assert after[built.posts["p3"]] == ["gear", "race prep"]
    assert len(change.added) == 4  # race prep on all three, gear on p1 only (p3 and p4 had it)
    assert len(change.removed) == 2  # hip mobility was on p1 and p3
    assert {n for _, n in change.created_themes} == {"race prep"}
    assert "3 posts" in change.summary
    th.undo_post_themes(e, change)
    assert _state(e, ids) == before  # links and the created theme are gone
    th.redo_post_themes(e, change)
    assert th.themes_of_posts(e, ids) == after
    th.undo_post_themes(e, change)
    assert _state(e, ids) == before


def test_bulk_tag_rejects_foreign_posts_and_writes_nothing(app_ctx, workspace, built) -> None:  # type: ignore[no-untyped-def]
    other = create_workspace(app_ctx.engine, "Other")
    with pytest.raises(th.ThemeError, match="not in this workspace"):
        th.set_post_themes(app_ctx.engine, other.id, [built.posts["p1"]], ["new theme"], [])
    assert th.theme_names(app_ctx.engine, other.id) == []
    with pytest.raises(th.ThemeError, match="at least one"):
        th.set_post_themes(app_ctx.engine, workspace.id, [], ["a"], [])
    nothing = th.set_post_themes(app_ctx.engine, workspace.id, [built.posts["p1"]], [], [])
    assert nothing.is_empty


def test_counts_replace_rename_delete_restore(app_ctx, workspace, built) -> None:  # type: ignore[no-untyped-def]
    e = app_ctx.engine
    ids = list(built.posts.values())
    assert th.theme_counts(e, ids) == {"gear": 2, "hip mobility": 4}
    th.replace_post_themes(e, workspace.id, built.posts["p4"], ["Recovery", "gear"])
    assert th.themes_of_posts(e, [built.posts["p4"]])[built.posts["p4"]] == ["gear", "recovery"]
    infos = {t.name: t for t in th.list_themes(e, workspace.id)}
    assert infos["hip mobility"].posts == 4
    with pytest.raises(th.ThemeError, match="already exists"):
        th.rename_theme(e, workspace.id, infos["gear"].id, "Recovery")
    assert th.rename_theme(e, workspace.id, infos["gear"].id, "Running Gear") == "gear"
    snap = th.delete_theme(e, workspace.id, infos["hip mobility"].id)
    assert len(snap.post_ids) == 4 and "hip mobility" not in th.theme_names(e, workspace.id)
    th.restore_theme(e, snap)
    assert th.theme_counts(e, ids)["hip mobility"] == 4


def test_format_choices_recurring_first(app_ctx, workspace, built) -> None:  # type: ignore[no-untyped-def]
    with session_scope(app_ctx.engine) as s:
        s.add(RecurringFormat(workspace_id=workspace.id, name="Tuesday teardown", position=0))
        s.add(RecurringFormat(workspace_id=workspace.id, name="Carousel", position=1))
    assert th.format_choices(app_ctx.engine, workspace.id) == ["Tuesday teardown", "Carousel", "short video"]
