"""Exports re-import with the generic/interactions presets and reproduce the same data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from microcomm_desktop.domain.imports import ConvertOptions
from microcomm_desktop.services import exporting, importing, posts
from microcomm_desktop.services.interactions import post_detail
from microcomm_desktop.services.workspaces import create_workspace

TODAY = date(2026, 11, 25)
KEEP = [f for f in posts.ROW_FIELDS if f not in ("id", "ritual", "ritual_occurrence_id", "version")]


def _rows(engine, ws_id):  # type: ignore[no-untyped-def]
    idx = [posts.ROW_FIELDS.index(f) for f in KEEP]
    return sorted(tuple(r[i] for i in idx) for r in posts.load_post_rows(engine, ws_id))


def test_posts_round_trip_through_generic_preset(app_ctx, sample_workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "posts.csv"
    n = exporting.export_posts(app_ctx.engine, sample_workspace.id, out)
    assert n > 50
    other = create_workspace(app_ctx.engine, "Copy", timezone="America/New_York")
    plan = importing.make_plan(importing.load_table(out), ConvertOptions(today=TODAY))
    assert plan.preset is not None and plan.preset.name == "generic"
    report = importing.import_posts(app_ctx.engine, other.id, plan)
    assert report.inserted == n and not report.rejected
    a, b = _rows(app_ctx.engine, sample_workspace.id), _rows(app_ctx.engine, other.id)
    # Same instants; local calendar fields differ only by the workspace zone, so compare everything else.
    skip = {KEEP.index("local_date"), KEEP.index("local_minute")}
    assert [tuple(v for i, v in enumerate(r) if i not in skip) for r in a] == [
        tuple(v for i, v in enumerate(r) if i not in skip) for r in b
    ]


def test_interactions_round_trip(app_ctx, sample_workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pf, inter = tmp_path / "p.csv", tmp_path / "i.csv"
    exporting.export_posts(app_ctx.engine, sample_workspace.id, pf)
    n = exporting.export_interactions(app_ctx.engine, sample_workspace.id, inter)
    other = create_workspace(app_ctx.engine, "Copy", timezone="Europe/Berlin")
    importing.import_posts(
        app_ctx.engine, other.id, importing.make_plan(importing.load_table(pf), ConvertOptions(today=TODAY))
    )
    plan = importing.make_plan(importing.load_table(inter), ConvertOptions(today=TODAY), kind="interactions")
    report = importing.import_interactions(app_ctx.engine, other.id, plan)
    assert report.inserted == n and not report.rejected
    first = posts.load_post_rows(app_ctx.engine, sample_workspace.id)[0]
    ext = posts.ROW_FIELDS.index("platform_post_id")
    copy = next(r for r in posts.load_post_rows(app_ctx.engine, other.id) if r[ext] == first[ext])
    assert post_detail(app_ctx.engine, first[0]).depth == post_detail(app_ctx.engine, copy[0]).depth
    # Re-importing the same export into the original workspace adds nothing.
    again = importing.import_interactions(app_ctx.engine, sample_workspace.id, plan)
    assert again.inserted == 0 and again.skipped == n


def test_engagers_export(app_ctx, sample_workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "e.csv"
    n = exporting.export_engagers(app_ctx.engine, sample_workspace.id, out, TODAY)
    text = out.read_text().splitlines()
    assert n == len(text) - 1 and text[0].startswith("platform,handle")
