"""Real platform exports (header sets, encodings, separators, dates and number styles as the platforms and
Excel write them): each is detected, stored with the right numbers and local dates, and re-imports update."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from microcomm_desktop.domain.imports import ConvertOptions
from microcomm_desktop.services import importing
from microcomm_desktop.store.models import Post
from microcomm_desktop.store.models.base import table_of

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
TODAY = date(2026, 11, 25)


def _plan(name: str, **kw: Any) -> importing.ImportPlan:
    return importing.make_plan(importing.load_table(FIX / name), ConvertOptions(today=TODAY, **kw))


def _post(engine: Any, platform_post_id: str) -> dict[str, Any]:
    p = table_of(Post)
    with engine.connect() as c:
        return dict(c.execute(select(p).where(p.c.platform_post_id == platform_post_id)).mappings().one())


# file, preset, inserted, skipped, rejected lines, (post id, expected stored values)
CASES = [
    (
        "real_youtube_table_data.csv",
        "youtube",
        4,
        1,
        [],
        (
            "dQw4w9WgXcQ",
            {"views": 15000, "impressions": 180300, "local_date": date(2024, 9, 27), "platform": "youtube"},
        ),
    ),
    (
        "real_youtube_utf16_tabs.csv",
        "youtube",
        2,
        1,
        [],
        (
            "dQw4w9WgXcQ",
            {"likes": 1100, "comments": 142, "shares": 130, "link": "https://www.youtube.com/watch?v=dQw4w9WgXcQ"},
        ),
    ),
    (
        "real_youtube_de_semicolon.csv",
        "youtube",
        3,
        1,
        [],
        ("Zz9_yY8-xX7", {"views": 32010, "impressions": 410050, "local_date": date(2024, 10, 11)}),
    ),
    (
        "real_meta_instagram.csv",
        "meta",
        4,
        0,
        [],
        (
            "17986512345678902",
            {
                "reach": 8450,
                "views": 12900,
                "saves": 97,
                "shares": 122,
                "local_minute": 7 * 60 + 5,
                "format": "IG reel",
            },
        ),
    ),
    (
        "real_meta_facebook.csv",
        "meta",
        2,
        0,
        [4],
        ("122105432198765433", {"platform": "facebook", "reach": 4410, "views": 5604, "likes": 140, "comments": 28}),
    ),
    (
        "real_meta_instagram_excel_de.csv",
        "meta",
        2,
        0,
        [],
        (
            "17986512345678901",
            {"reach": 2110, "views": 3480, "local_date": date(2026, 11, 20), "local_minute": 18 * 60 + 30},
        ),
    ),
    (
        "real_tiktok_content.csv",
        "tiktok",
        3,
        0,
        [],
        ("7437000000000000003", {"views": 12400, "likes": 1100, "platform": "tiktok", "format": "short video"}),
    ),
    (
        "real_tiktok_studio.csv",
        "tiktok",
        2,
        0,
        [],
        ("7437000000000000001", {"views": 61020, "saves": 530, "comments": 141}),
    ),
    (
        "real_tiktok_content_es_dates.csv",
        "tiktok",
        2,
        0,
        [],
        ("7437000000000000012", {"local_date": date(2025, 12, 2), "views": 940}),  # no year: most recent past date
    ),
    (
        "real_tiktok_overview.csv",
        "tiktok_overview",
        3,
        0,
        [],
        ("tiktok-day-2026-11-24", {"views": 4905, "likes": 598, "label": "reach", "local_date": date(2026, 11, 24)}),
    ),
    (
        "real_x_account_analytics_content.csv",
        "x",
        3,
        0,
        [],
        (
            "1857000000000000002",
            {"impressions": 21950, "saves": 166, "shares": 95, "comments": 38, "engagements": 1104},
        ),
    ),
    (
        "real_x_account_overview.csv",
        "x_overview",
        2,
        0,
        [],
        ("x-day-2026-11-24", {"impressions": 3208, "likes": 61, "label": "reach", "format": "daily total"}),
    ),
    (
        "real_x_tweet_activity_metrics.csv",
        "x_tweet_activity",
        2,
        0,
        [],
        # 23:05 UTC is 01:05 the next day in Berlin: the local date follows the workspace's time zone.
        (
            "1282986000000000002",
            {"impressions": 9020, "shares": 44, "local_date": date(2020, 7, 17), "local_minute": 65},
        ),
    ),
]


@pytest.mark.parametrize(("name", "preset", "inserted", "skipped", "rejected", "check"), CASES)
def test_real_export_detected_stored_and_reimported(  # type: ignore[no-untyped-def]
    app_ctx, workspace, name, preset, inserted, skipped, rejected, check
) -> None:
    plan = _plan(name)
    assert plan.preset is not None and plan.preset.name == preset
    report = importing.import_posts(app_ctx.engine, workspace.id, plan, skip_bad=True)
    assert report.written and report.inserted == inserted and report.skipped == skipped
    assert [n for n, _ in report.rejected] == rejected
    pid, expected = check
    row = _post(app_ctx.engine, pid)
    assert {k: row[k] for k in expected} == expected
    again = importing.import_posts(app_ctx.engine, workspace.id, _plan(name), skip_bad=True)
    assert again.inserted == 0 and again.updated == inserted
    with app_ctx.engine.connect() as c:
        assert c.execute(select(func.count()).select_from(table_of(Post))).scalar() == inserted


def test_totals_and_excel_rounded_id_are_reported_line_by_line(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    yt = importing.import_posts(app_ctx.engine, workspace.id, _plan("real_youtube_table_data.csv"), dry_run=True)
    assert (2, "summary row (Total)") in yt.skipped_lines
    assert "line 2: skipped: summary row (Total)" in yt.lines()
    fb = importing.import_posts(app_ctx.engine, workspace.id, _plan("real_meta_facebook.csv"))
    assert not fb.written and fb.rejected[0][0] == 4 and "rounded by Excel" in fb.rejected[0][1]
    assert any(line.startswith("line 4: rejected: Platform post id") for line in fb.lines())


def test_tiktok_studio_and_content_exports_are_the_same_posts(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    """Studio links carry tracking parameters; the id taken from the link keeps the re-import an update."""
    importing.import_posts(app_ctx.engine, workspace.id, _plan("real_tiktok_content.csv"))
    report = importing.import_posts(app_ctx.engine, workspace.id, _plan("real_tiktok_studio.csv"))
    assert report.inserted == 0 and report.updated == 2
    assert _post(app_ctx.engine, "7437000000000000001")["views"] == 61020


def test_european_numbers_detected_and_forcing_the_other_style_rejects(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    plan = _plan("real_youtube_de_semicolon.csv")
    assert plan.options.decimal_comma is True and any("European" in n for n in plan.table.notes)
    forced = _plan("real_youtube_de_semicolon.csv", decimal_comma=False)
    report = importing.import_posts(app_ctx.engine, workspace.id, forced)
    assert not report.written and report.rejected and "ambiguous" in report.rejected[0][1]


def test_description_row_under_the_header_is_skipped_with_a_note(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "insights.csv"
    f.write_text(
        "Post ID,Permalink,Publish time,Reach,Likes\n"
        ",The link to the post,The time the post was published,The number of people who saw it,Lifetime: likes\n"
        "1,https://www.facebook.com/1/posts/1,11/20/2026 18:30,900,40\n"
    )
    report = importing.import_posts(
        app_ctx.engine, workspace.id, importing.make_plan(importing.load_table(f), ConvertOptions(today=TODAY))
    )
    assert report.written and report.inserted == 1 and not report.rejected
    assert report.skipped_lines and "column descriptions" in report.skipped_lines[0][1]


def test_unknown_export_gets_no_preset_and_maps_with_overrides(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    table = importing.load_table(FIX / "real_unknown_scheduler.csv")
    assert table.headers[0] == "Posted on" and any("above the header" in n for n in table.notes)
    assert importing.make_plan(table, ConvertOptions(today=TODAY)).preset is None
    plan = importing.make_plan(
        table,
        ConvertOptions(today=TODAY),
        overrides={
            "published_at": "posted on",
            "Platform": "Network",
            "views": "Views count",
            "likes": "5",
            "comments": "Replies count",
        },
    )
    assert plan.preset is not None and plan.preset.name == "generic"
    report = importing.import_posts(app_ctx.engine, workspace.id, plan)
    assert report.written and report.inserted == 2
    with pytest.raises(ValueError, match="Columns: Posted on"):
        importing.make_plan(table, ConvertOptions(today=TODAY), overrides={"views": "Plays"})
    with pytest.raises(ValueError, match="No field"):
        importing.make_plan(table, ConvertOptions(today=TODAY), overrides={"hearts": "Hearts"})
