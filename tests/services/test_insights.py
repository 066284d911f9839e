"""Insights service on a hand-built data set: ranking, medians, returning reached, labels, settings, actions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from microcomm_desktop.services import insights as si
from microcomm_desktop.services.settings import set_setting
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Prompt, Sprint, SprintTask
from tests.services.test_insights_data import build


@pytest.fixture
def built(app_ctx, workspace, today):  # type: ignore[no-untyped-def]
    return build(app_ctx.engine, workspace.id, today)


def _period(today: date) -> tuple[date, date]:
    return today - timedelta(days=29), today


def test_theme_ranking_medians_and_returning_reached(app_ctx, workspace, built, today) -> None:  # type: ignore[no-untyped-def]
    res = si.insights_table(app_ctx.engine, workspace.id, "theme", *_period(today))
    rows = si.stats_by_key(res.rows)
    hip = rows["hip mobility"]  # p1 10/1k, p2 20/1k, p3 60/1k
    assert hip.posts == 3 and hip.judged
    assert hip.median_replies_per_1k == pytest.approx(20.0)
    assert hip.mean_replies_per_1k == pytest.approx(30.0)
    assert hip.saves_per_1k == pytest.approx(30 / 2000 * 1000)
    assert hip.er == pytest.approx(80 / 2000 * 100)  # engagements = comments + saves (no likes/shares)
    assert hip.returning_reached == 2  # e1 (p1) and e3 (p2); e2 is not returning
    gear = rows["gear"]  # p3 and p4: two posts → too few to judge
    assert gear.posts == 2 and not gear.judged and gear.note == si.di.TOO_FEW
    assert gear.returning_reached == 2  # e1 and e3 via p4
    assert [r.key for r in res.rows] == ["hip mobility", "gear"]  # judged first
    assert res.overall.posts == 4 and res.overall.returning_reached == 2
    assert res.returning_total == 3  # e1, e3, e4 in the 30-day window


def test_labels_and_other_dimensions(app_ctx, workspace, built, today) -> None:  # type: ignore[no-untyped-def]
    res = si.insights_table(app_ctx.engine, workspace.id, "format", *_period(today), label="all")
    rows = si.stats_by_key(res.rows)
    assert rows["carousel"].posts == 3  # p1, p2 and the reach post p5
    assert rows["carousel"].returning_reached == 3
    assert rows["(no format)"].posts == 1
    reach = si.insights_table(app_ctx.engine, workspace.id, "format", *_period(today), label="reach")
    assert [(r.key, r.posts) for r in reach.rows] == [("carousel", 1)]

    rit = si.stats_by_key(si.insights_table(app_ctx.engine, workspace.id, "ritual", *_period(today)).rows)
    assert rit["Tuesday teardown"].posts == 2 and rit["(no ritual)"].posts == 2
    rung = si.stats_by_key(si.insights_table(app_ctx.engine, workspace.id, "rung", *_period(today)).rows)
    # p1 through its own prompt; p2 through its occurrence's prompt
    assert rung["proof"].posts == 1 and rung["constraints"].posts == 1 and rung["(no prompt)"].posts == 2


def test_min_posts_setting_and_period_filter(app_ctx, workspace, built, today) -> None:  # type: ignore[no-untyped-def]
    set_setting(app_ctx.engine, "insights.min_posts", 2, workspace.id)
    res = si.insights_table(app_ctx.engine, workspace.id, "theme", *_period(today))
    assert res.min_posts == 2 and all(r.judged for r in res.rows)
    empty = si.insights_table(
        app_ctx.engine, workspace.id, "theme", today - timedelta(days=400), today - timedelta(days=300)
    )
    assert empty.rows == [] and empty.overall.posts == 0 and empty.overall.median_replies_per_1k is None


def test_bad_input_is_a_clear_error(app_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(si.InsightsError, match="before it starts"):
        si.insights_table(app_ctx.engine, workspace.id, "theme", today, today - timedelta(days=1))
    with pytest.raises(si.InsightsError, match="Group by"):
        si.insights_table(app_ctx.engine, workspace.id, "colour", today, today)
    with pytest.raises(si.InsightsError, match="label"):
        si.insights_table(app_ctx.engine, workspace.id, "theme", today, today, "viral")


def test_best_times_bins_in_local_time(app_ctx, workspace, built, today) -> None:  # type: ignore[no-untyped-def]
    bt = si.best_times(app_ctx.engine, workspace.id, *_period(today))
    assert bt.posts == 4 and bt.timezone == "Europe/Berlin"
    d0 = today - timedelta(days=10)
    # p1 at 18:00 local on d0 → block 6 of d0's weekday
    cell = bt.grid[d0.weekday()][6]
    assert cell.posts >= 1 and cell.replies_per_1k is not None
    assert sum(c.posts for row in bt.grid for c in row) == 4


def test_shortlist_and_one_click_actions(app_ctx, workspace, built, today) -> None:  # type: ignore[no-untyped-def]
    items = si.theme_shortlist(app_ctx.engine, workspace.id, *_period(today))
    assert [i.stats.key for i in items] == ["hip mobility"]  # gear has too few posts
    assert "3 community posts" in items[0].evidence and "post p3" in items[0].evidence

    with pytest.raises(si.InsightsError, match="sprint"):
        si.add_theme_to_sprint(app_ctx.engine, workspace.id, "hip mobility", today)
    with session_scope(app_ctx.engine) as s:
        s.add(Sprint(workspace_id=workspace.id, name="Current", start_date=today - timedelta(days=8)))
    added = si.add_theme_to_sprint(app_ctx.engine, workspace.id, "Hip Mobility", today, items[0].evidence)
    assert added.slot.sprint_name == "Current" and added.slot.week_no == 3  # in week 2 → next week
    with session_scope(app_ctx.engine) as s:
        s.add(Sprint(workspace_id=workspace.id, name="Next", start_date=today + timedelta(days=5)))
    again = si.add_theme_to_sprint(app_ctx.engine, workspace.id, "hip mobility", today)
    assert again.slot.sprint_name == "Next" and again.slot.week_no == 1
    with session_scope(app_ctx.engine) as s:
        task = s.get(SprintTask, added.task_id)
        assert task is not None and "hip mobility" in task.title and task.notes == items[0].evidence
    si.remove_sprint_task(app_ctx.engine, added.task_id)
    with session_scope(app_ctx.engine) as s:
        assert s.get(SprintTask, added.task_id) is None

    pid = si.add_prompt_to_library(app_ctx.engine, workspace.id, "  Which  drill? Pick A or B ", "proof")
    with session_scope(app_ctx.engine) as s:
        p = s.get(Prompt, pid)
        assert p is not None and p.text == "Which drill? Pick A or B" and p.rung == "proof" and p.position == 1
    with pytest.raises(si.InsightsError):
        si.add_prompt_to_library(app_ctx.engine, workspace.id, "   ")
    with pytest.raises(si.InsightsError):
        si.add_prompt_to_library(app_ctx.engine, workspace.id, "ok", "ladder")
    si.remove_prompt(app_ctx.engine, pid)


def test_best_times_same_instant_lands_in_each_workspaces_local_cell(app_ctx, today) -> None:  # type: ignore[no-untyped-def]
    """Posts written through the local-time conversion keep their zone's weekday and hour block."""
    from datetime import UTC, datetime

    from microcomm_desktop.services.timezones import local_parts
    from microcomm_desktop.services.workspaces import create_workspace
    from microcomm_desktop.store.models import Post

    instant = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)  # Tuesday 23:30 UTC
    expected = {"America/New_York": (1, 6), "Asia/Tokyo": (2, 2)}  # Tue 18:30 / Wed 08:30 local
    for zone, (weekday, block) in expected.items():
        ws = create_workspace(app_ctx.engine, zone, timezone=zone)
        ld, lm = local_parts(instant, zone)
        with session_scope(app_ctx.engine) as s:
            post = Post(
                workspace_id=ws.id, published_at=instant, local_date=ld, local_minute=lm, reach=1000, comments=7
            )
            s.add(post)
        bt = si.best_times(app_ctx.engine, ws.id, today - timedelta(days=7), today)
        hits = [(c.weekday, c.block) for row in bt.grid for c in row if c.posts]
        assert hits == [(weekday, block)]
        assert bt.grid[weekday][block].replies_per_1k == pytest.approx(7.0)


@pytest.mark.sqlite_only("SQLite index probing (PRAGMA index_list)")
def test_same_figures_with_the_proposed_covering_index(app_ctx, workspace, built, today) -> None:  # type: ignore[no-untyped-def]
    """The faster read path (index on engager, date, post) gives exactly the same table."""
    before = si.insights_table(app_ctx.engine, workspace.id, "theme", *_period(today), label="all")
    with app_ctx.engine.begin() as conn:
        conn.exec_driver_sql("CREATE INDEX test_ix_cover ON interaction (engager_id, local_date, post_id)")
        assert si._has_engager_post_index(conn)
    after = si.insights_table(app_ctx.engine, workspace.id, "theme", *_period(today), label="all")
    assert [r.as_dict() for r in after.rows] == [r.as_dict() for r in before.rows]
    assert after.overall.returning_reached == before.overall.returning_reached == 3


def test_sample_extension_gives_a_real_ranking(app_ctx, today) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services import decisions as dec
    from microcomm_desktop.services import sample

    assert "microcomm_desktop.services.sample_insights" in sample.SAMPLE_EXTENSIONS
    ws = sample.create_sample_workspace(app_ctx.engine, today)
    since, until = si.default_period(today)
    themes = si.insights_table(app_ctx.engine, ws.id, "theme", since, until)
    assert len([r for r in themes.rows if r.judged]) >= 5
    rungs = si.insights_table(app_ctx.engine, ws.id, "rung", since, until)
    assert {r.key for r in rungs.rows if r.judged} >= {"identity", "constraints", "proof", "commitment"}
    assert len(si.theme_shortlist(app_ctx.engine, ws.id, since, until)) == 3
    assert len(dec.list_decisions(app_ctx.engine, ws.id)) == 3
