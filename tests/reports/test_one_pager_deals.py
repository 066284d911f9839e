"""The creator one-pager's deal history shows each deal with the Deals tab's figures: a deal whose deliverables
are linked to logged posts takes its results from them (it showed n/a for the sample's finished deal)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from microcomm_desktop.domain.deals import format_money
from microcomm_desktop.services import creators as creator_svc
from microcomm_desktop.services import deals as deal_svc

TODAY = date(2026, 11, 25)


def test_one_pager_deals_match_the_deals_tab(app_ctx, data_dir: Path, sample_workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    engine = app_ctx.engine
    (done,) = [r for r in deal_svc.list_deals(engine, sample_workspace.id) if r.status == "done"]
    assert done.results.linked_posts == 3
    creator = next(c for c in creator_svc.list_creators(engine, sample_workspace.id, TODAY) if c.name == done.creator)
    detail = creator_svc.creator_detail(engine, creator.id, TODAY)
    (row,) = [d for d in detail.deals if d.id == done.id]
    assert (row.impressions, row.views, row.conversions) == (
        done.results.impressions,
        done.results.views,
        done.results.conversions,
    )
    assert row.figures.blended.cpm == done.figures.blended.cpm is not None
    assert detail.deal_summary.impressions == done.results.impressions
    md = creator_svc.export_one_pager(engine, data_dir, creator.id, tmp_path / "one.md", TODAY).read_text("utf-8")
    assert format_money(done.figures.blended.cpm) in md
    assert f"{done.results.impressions:,}" in md
