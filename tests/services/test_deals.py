"""Saved deals: round trip, validation, live results from linked posts, restart, delete/restore."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import select

from microcomm_desktop.domain.deals import money_display
from microcomm_desktop.services import deals as svc
from microcomm_desktop.services.context import AppContext, open_context
from microcomm_desktop.services.deals import DealData, LineData
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Creator, Post

D = Decimal


def _deal(ws_id: int, **fields: object) -> DealData:
    base: dict[str, object] = {
        "brand": "TrailFlex Socks",
        "status": "live",
        "creator_fee": D("2000"),
        "media_spend": D("3000"),
        "actual_impressions": 150_000,
        "actual_conversions": 120,
    }
    base.update(fields)
    return DealData(
        workspace_id=ws_id,
        fields=base,
        lines=[LineData(format="short video", quantity=4, unit_price=D("500"), amount=D("2000"))],
    )


def test_domain_example_to_the_cent(app_ctx: AppContext, workspace) -> None:  # type: ignore[no-untyped-def]
    deal_id = svc.save_deal(app_ctx.engine, _deal(workspace.id))
    (row,) = svc.list_deals(app_ctx.engine, workspace.id)
    assert row.id == deal_id
    assert money_display(row.figures.blended.cpm) == "33.33"
    assert money_display(row.figures.blended.cpa) == "41.67"
    assert row.figures.blended.cpv is None  # no views: n/a, not an error
    assert row.results.source == "typed in"


def test_round_trip_keeps_every_field(app_ctx: AppContext, workspace) -> None:  # type: ignore[no-untyped-def]
    data = _deal(
        workspace.id,
        start_date=date(2026, 11, 1),
        end_date=date(2026, 12, 1),
        usage_channels="Instagram",
        exclusivity_competitors="Other sock brands",
        whitelist_test_budget=D("500.10"),
        actual_revenue=D("7800"),
        disclosure_line="#ad",
    )
    deal_id = svc.save_deal(app_ctx.engine, data)
    loaded = svc.load_deal(app_ctx.engine, deal_id)
    for name, value in data.fields.items():
        assert loaded.get(name) == value, name
    assert loaded.lines[0].format == "short video"
    assert loaded.lines[0].unit_price == D("500")


def test_saved_deals_persist_across_restart(data_dir: Path) -> None:
    from microcomm_desktop.services.workspaces import create_workspace

    ctx = open_context(data_dir)
    ws = create_workspace(ctx.engine, "Persist")
    svc.save_deal(ctx.engine, _deal(ws.id or 0, actual_revenue=D("0.10")))
    ctx.dispose()
    ctx = open_context(data_dir)
    (row,) = svc.list_deals(ctx.engine, ws.id or 0)
    assert row.brand == "TrailFlex Socks"
    assert row.results.revenue == D("0.10")  # exact, not a float
    ctx.dispose()


@pytest.mark.parametrize(
    ("fields", "key", "text"),
    [
        ({"brand": "", "title": ""}, "brand", "brand"),
        ({"status": "maybe"}, "status", "Status is one of"),
        ({"creator_fee": D("-1")}, "creator_fee", "negative"),
        ({"actual_impressions": -5}, "actual_impressions", "whole number"),
        ({"start_date": date(2026, 12, 1), "end_date": date(2026, 11, 1)}, "end_date", "before"),
    ],
)
def test_validation_messages(app_ctx: AppContext, workspace, fields, key, text) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(svc.DealError) as info:
        svc.save_deal(app_ctx.engine, _deal(workspace.id, **fields))
    assert text in info.value.errors[key]
    assert svc.list_deals(app_ctx.engine, workspace.id) == []  # nothing half-written


def test_line_validation(app_ctx: AppContext, workspace) -> None:  # type: ignore[no-untyped-def]
    data = _deal(workspace.id)
    data.lines = [LineData(format="", quantity=1)]
    assert "format" in svc.validate(data)["line1"]
    data.lines = [LineData(kind="addon", description="x", amount=D("-5"))]
    assert "discount" in svc.validate(data)["line1"]
    data.lines = [LineData(kind="discount", description="bundle", amount=D("-5"))]
    assert svc.validate(data) == {}


def test_results_come_from_linked_posts(sample_workspace, app_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    ws_id = sample_workspace.id
    posts = svc.list_linkable_posts(app_ctx.engine, ws_id)[:3]
    data = _deal(ws_id, actual_impressions=1, actual_views=1, actual_conversions=7)
    data.lines[0].post_ids = [p.id for p in posts]
    deal_id = svc.save_deal(app_ctx.engine, data)
    row = svc.deal_row(app_ctx.engine, deal_id)
    assert row.results.linked_posts == 3
    assert row.results.impressions == sum(p.impressions for p in posts)
    assert row.results.views == sum(p.views for p in posts)
    logged = [p.conversions for p in posts if p.conversions is not None]
    assert row.results.conversions == (sum(logged) if logged else 7)
    assert svc.preview_results(app_ctx.engine, data) == row.results
    assert svc.load_deal(app_ctx.engine, deal_id).lines[0].post_ids == sorted(p.id for p in posts)


def test_sample_has_a_pipeline(sample_workspace, app_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    rows = svc.list_deals(app_ctx.engine, sample_workspace.id)
    assert {r.status for r in rows} >= {"live", "done", "offered", "signed", "lost"}
    trail = next(r for r in rows if r.brand == "TrailFlex Socks")
    assert money_display(trail.figures.blended.cpm) == "33.33"
    assert money_display(trail.figures.blended.cpa) == "41.67"
    done = next(r for r in rows if r.status == "done")
    assert done.results.linked_posts > 0


def test_posts_of_another_workspace_are_refused(sample_workspace, app_ctx: AppContext, workspace) -> None:  # type: ignore[no-untyped-def]
    post = svc.list_linkable_posts(app_ctx.engine, sample_workspace.id)[0]
    data = _deal(workspace.id)
    data.lines[0].post_ids = [post.id]
    with pytest.raises(svc.DealError, match="not in this workspace"):
        svc.save_deal(app_ctx.engine, data)


def test_creator_link(sample_workspace, app_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    creators = svc.list_creators(app_ctx.engine, sample_workspace.id)
    assert [name for _, name in creators] == ["Coach Marco", "Lena Trails"]
    cid = creators[0][0]
    deal_id = svc.save_deal(app_ctx.engine, _deal(sample_workspace.id, creator_id=cid))
    with session_scope(app_ctx.engine) as s:
        assert s.get(Creator, cid) is not None
    assert svc.load_deal(app_ctx.engine, deal_id).get("creator_id") == cid
    with pytest.raises(svc.DealError):
        svc.save_deal(app_ctx.engine, _deal(sample_workspace.id, creator_id=99999))


def test_delete_and_restore_under_same_id(sample_workspace, app_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    ws_id = sample_workspace.id
    post = svc.list_linkable_posts(app_ctx.engine, ws_id)[0]
    data = _deal(ws_id)
    data.lines[0].post_ids = [post.id]
    deal_id = svc.save_deal(app_ctx.engine, data)
    snapshot = svc.delete_deal(app_ctx.engine, deal_id)
    assert deal_id not in [r.id for r in svc.list_deals(app_ctx.engine, ws_id)]
    assert svc.save_deal(app_ctx.engine, snapshot) == deal_id
    assert svc.load_deal(app_ctx.engine, deal_id).lines[0].post_ids == [post.id]
    with session_scope(app_ctx.engine) as s:
        assert s.exec(select(Post).where(Post.id == post.id)).first() is not None  # posts untouched


def test_set_status_returns_previous(app_ctx: AppContext, workspace) -> None:  # type: ignore[no-untyped-def]
    deal_id = svc.save_deal(app_ctx.engine, _deal(workspace.id, status="offered"))
    before = svc.set_status(app_ctx.engine, deal_id, "signed")
    assert before.get("status") == "offered"
    assert svc.load_deal(app_ctx.engine, deal_id).get("status") == "signed"
    svc.save_deal(app_ctx.engine, replace(before))
    assert svc.load_deal(app_ctx.engine, deal_id).get("status") == "offered"


def test_missing_deal_messages(app_ctx: AppContext) -> None:
    with pytest.raises(svc.DealError, match="no longer exists"):
        svc.load_deal(app_ctx.engine, 12345)
    with pytest.raises(svc.DealError):
        svc.delete_deal(app_ctx.engine, 12345)
