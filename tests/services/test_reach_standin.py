"""Reach stand-ins: a YouTube export has views but no reach; the workspace chooses what divides its ratios,
every figure built on a stand-in says so, and the import preview tells which ratios will be n/a and why."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from microcomm_desktop.domain import metrics
from microcomm_desktop.services import importing, insights, reach, reports
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.scorecard import weekly_scorecard
from microcomm_desktop.services.workspaces import create_workspace
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Post

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def test_effective_reach_domain() -> None:
    assert metrics.effective_reach(500, 900, 1200, ["views"]) == (500, None)  # real reach always wins
    assert metrics.effective_reach(0, 900, 1200, ["views", "impressions"]) == (900, "views")
    assert metrics.effective_reach(0, 0, 1200, ["views", "impressions"]) == (1200, "impressions")
    assert metrics.effective_reach(0, 900, 1200, []) == (0, None)


def _youtube(ctx: AppContext) -> int:
    wid = create_workspace(ctx.engine, "Tube", timezone="UTC").id or 0
    with session_scope(ctx.engine) as s:
        for i, (views, likes, comments, saves) in enumerate([(2000, 80, 30, 10), (3000, 100, 20, 20)]):
            d = date(2026, 11, 3 + i)
            s.add(
                Post(workspace_id=wid, platform="youtube", platform_post_id=f"yt{i}", local_date=d,
                     published_at=datetime(d.year, d.month, d.day, 9, tzinfo=UTC), views=views, impressions=40_000,
                     likes=likes, comments=comments, saves=saves, format="video")
            )  # fmt: skip
    return wid


def test_youtube_ratios_need_a_chosen_standin_and_say_so(app_ctx: AppContext) -> None:
    wid = _youtube(app_ctx)
    (w,) = weekly_scorecard(app_ctx.engine, wid, until=date(2026, 11, 8), weeks=1)
    assert (w.er, w.saves_per_1k, w.replies_per_1k, w.reach_standin_posts) == (None, None, None, 0)

    reach.set_reach_standins(app_ctx.engine, wid, {"youtube": ["views", "impressions"]})
    (w,) = weekly_scorecard(app_ctx.engine, wid, until=date(2026, 11, 8), weeks=1)
    assert w.reach == 5000 and w.reach_standin_posts == 2 and w.reach_standin == "views else impressions for youtube"
    assert w.er == pytest.approx((80 + 30 + 10 + 100 + 20 + 20) / 5000 * 100)
    assert w.replies_per_1k == pytest.approx(50 / 5000 * 1000)
    assert w.saves_per_1k == pytest.approx(30 / 5000 * 1000)

    res = insights.insights_table(
        app_ctx.engine, wid, "format", date(2026, 11, 1), date(2026, 11, 8), "all", min_posts=1
    )
    assert res.overall.median_replies_per_1k is not None and "views else impressions for youtube" in res.reach_note
    head, row = reports.to_csv([w]).splitlines()[:2]
    assert dict(zip(head.split(","), row.split(","), strict=True))["reach_standin_posts"] == "2"
    data = reports.build_report(app_ctx.engine, wid, "weekly", date(2026, 11, 8))
    assert "Reach stand-in: posts without reach use views else impressions for youtube" in reports.render_html(data)


def test_ratio_availability_sentences(app_ctx: AppContext) -> None:
    wid = create_workspace(app_ctx.engine, "Preview", timezone="UTC").id or 0
    posts = [
        {"platform": "youtube", "views": 10},
        {"platform": "youtube", "views": 0},
        {"platform": "instagram", "reach": 5},
    ]
    lines = reach.ratio_availability(app_ctx.engine, wid, posts)
    assert lines == [
        "2 of 2 youtube post(s) have no reach: ER, saves/1k and replies/1k will be n/a for them. Choose what stands "
        "in for reach on youtube (views or impressions) in Workspace settings."
    ]
    reach.set_reach_standins(app_ctx.engine, wid, {"youtube": ["views"]})
    lines = reach.ratio_availability(app_ctx.engine, wid, posts)
    assert lines[0].startswith("1 of 2 youtube post(s) have no reach")
    assert lines[1] == "1 youtube post(s) have no reach: their ratios will use views instead (labelled as such)."
    assert reach.ratio_availability(app_ctx.engine, wid, [{"platform": "instagram", "reach": 5}]) == []


def test_real_youtube_export_preview_warns(app_ctx: AppContext) -> None:
    wid = create_workspace(app_ctx.engine, "Real tube", timezone="UTC").id or 0
    path = FIX / "real_youtube_table_data.csv"
    plan = importing.make_plan(importing.load_table(path), importing.ConvertOptions(today=date(2026, 11, 25)),
                               kind="posts", engine=app_ctx.engine)  # fmt: skip
    ok = [r.values for r in importing.preview(plan, 50) if r.ok]
    assert ok
    lines = reach.ratio_availability(app_ctx.engine, wid, ok)
    assert lines and "youtube" in lines[0] and "n/a" in lines[0]


@pytest.mark.parametrize(
    ("value", "message"),
    [({"myspace": ["views"]}, "Unknown platform"), ({"youtube": ["likes"]}, "cannot stand in"), ([], "a list")],
)
def test_bad_standins_get_a_sentence(app_ctx: AppContext, value: object, message: str) -> None:
    wid = create_workspace(app_ctx.engine, "Bad", timezone="UTC").id or 0
    with pytest.raises(reach.ReachSettingError, match=message):
        reach.set_reach_standins(app_ctx.engine, wid, value)  # type: ignore[arg-type]
    assert reach.reach_standins(app_ctx.engine, wid) == {}
