"""Issue 15/17 export classes through the service and the database: what is stored, what is refused with a
sentence, and what the dry run says before stored numbers change."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from microcomm_desktop.domain.imports import ConvertOptions, CsvFileError, SwallowedRowsError
from microcomm_desktop.services import exporting, importing
from microcomm_desktop.services.interactions import update_engager
from microcomm_desktop.store.models import Engager, Post
from microcomm_desktop.store.models.base import table_of

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
TODAY = date(2026, 11, 25)


def _plan(name: str, kind: str = "posts", today: date = TODAY, **kw: Any) -> importing.ImportPlan:
    return importing.make_plan(importing.load_table(FIX / name), ConvertOptions(today=today, **kw), kind=kind)


def _posts(engine: Any) -> dict[str, dict[str, Any]]:
    p = table_of(Post)
    with engine.connect() as c:
        return {str(r["platform_post_id"]): dict(r) for r in c.execute(select(p)).mappings()}


def test_youtube_zip_imports_table_data_and_reports_it(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    plan = _plan("youtube_studio_download.zip")
    assert plan.preset is not None and plan.preset.name == "youtube"
    report = importing.import_posts(app_ctx.engine, workspace.id, plan)
    assert report.written and (report.inserted, report.skipped, report.rejected) == (3, 2, [])
    assert any("read Table data.csv" in n for n in report.lines())
    assert any("no publish date" in why for _, why in report.skipped_lines)
    stored = _posts(app_ctx.engine)
    assert stored["hQ3xR7tLm2A"]["views"] == 12040 and stored["Vb8-Kp1sW0e"]["local_date"] == date(2026, 5, 27)
    assert stored["hQ3xR7tLm2A"]["title"] == "Stretch with me: 10 minutes, no mat"


@pytest.mark.parametrize(("name", "says"), [("youtube_chart_data.csv", "Chart data"), ("youtube_totals.csv", "Totals")])
def test_chart_data_and_totals_are_refused_naming_the_file_to_use(app_ctx, workspace, name: str, says: str) -> None:  # type: ignore[no-untyped-def]
    table = importing.load_table(FIX / name)
    with pytest.raises(CsvFileError, match=says) as exc:
        importing.make_plan(table, ConvertOptions(today=TODAY))
    assert "Table data.csv" in str(exc.value)
    with pytest.raises(CsvFileError, match="Chart data|Totals"):  # naming the preset does not bypass it
        importing.make_plan(table, ConvertOptions(today=TODAY), preset_name="youtube")


def test_binary_and_swallowed_files_are_refused_before_anything_is_read(tmp_path: Path) -> None:
    pdf = tmp_path / "report.csv"
    pdf.write_bytes(b"%PDF-1.4\n%\xc7\xec\x8f\xa2\n")
    with pytest.raises(CsvFileError, match="report.csv is a PDF document"):
        importing.load_table(pdf)
    with pytest.raises(SwallowedRowsError, match="Line 4"):
        importing.load_table(FIX / "posts_unbalanced_quote.csv")


def test_date_order_column_decided_ambiguous_needs_a_choice(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    plan = _plan("dates_day_first_column.csv")
    assert plan.options.column_date_order == "dmy" and not plan.needs_date_order
    report = importing.import_posts(app_ctx.engine, workspace.id, plan)
    assert report.inserted == 3 and any("'13-06-2025' settles it" in n for n in report.file_notes)
    with app_ctx.engine.connect() as c:
        days = sorted(d for (d,) in c.execute(select(table_of(Post).c.local_date)))
    assert days == [date(2025, 6, 13), date(2025, 7, 1), date(2025, 7, 5)]
    amb = _plan("dates_ambiguous_column.csv")
    assert amb.needs_date_order
    refused = importing.import_posts(app_ctx.engine, workspace.id, amb, skip_bad=True)
    assert refused.inserted == 0 and len(refused.rejected) == 2 and "--date-order" in refused.rejected[0][1]
    chosen = _plan("dates_ambiguous_column.csv", date_order="dmy")
    assert not chosen.needs_date_order and importing.import_posts(app_ctx.engine, workspace.id, chosen).inserted == 2
    excel = _plan("dates_excel_resaved.csv")
    assert excel.options.column_date_order == "mdy" and all(excel.convert(i).ok for i in range(3))


@pytest.mark.parametrize(
    ("today", "first_year"),
    [(date(2026, 1, 3), 2025), (date(2026, 6, 1), 2025), (date(2027, 1, 2), 2026), (date(2026, 1, 1), 2024)],
)
def test_overview_across_new_year_is_placed_right_whatever_the_import_day(  # type: ignore[no-untyped-def]
    app_ctx, workspace, today: date, first_year: int
) -> None:
    report = importing.import_posts(app_ctx.engine, workspace.id, _plan("tiktok_overview_new_year.csv", today=today))
    assert report.written and report.inserted == 4 and not report.rejected
    y = first_year
    expected = [date(y, 12, 30), date(y, 12, 31), date(y + 1, 1, 1), date(y + 1, 1, 2)]
    stored = _posts(app_ctx.engine)
    assert sorted(r["local_date"] for r in stored.values()) == expected
    assert any("consecutive days" in n for n in report.file_notes)
    dec31 = stored[f"tiktok-day-{expected[1].isoformat()}"]
    assert (dec31["comments"], dec31["views"], dec31["likes"]) == (0, 1980, 250)
    assert any(n == 3 and "net change" in w for n, w in report.warnings)


def test_tiktok_ids_give_the_year_and_year_override_wins(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    report = importing.import_posts(app_ctx.engine, workspace.id, _plan("tiktok_content_yearless_ids.csv"))
    assert any("from the TikTok video ids" in n and "2025" in n for n in report.file_notes)
    assert _posts(app_ctx.engine)["7527694690419922567"]["local_date"] == date(2025, 7, 16)
    again = importing.import_posts(app_ctx.engine, workspace.id, _plan("tiktok_content_yearless_ids.csv", year=2024))
    assert again.updated == 2 and any("as you chose" in n for n in again.file_notes)


def test_meta_captions_and_twitter_daily_reimport_updates(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    importing.import_posts(app_ctx.engine, workspace.id, _plan("meta_facebook_title_description.csv"))
    stored = _posts(app_ctx.engine)
    assert stored["122111000000000001"]["title"] == "Saturday long run: who is in?"
    assert stored["122111000000000002"]["title"] == "Three cues for a softer landing"
    name = "daily_tweet_activity_metrics_demo_20210801_20210804_en.csv"
    first = importing.import_posts(app_ctx.engine, workspace.id, _plan(name))
    again = importing.import_posts(app_ctx.engine, workspace.id, _plan(name))
    assert (first.inserted, again.inserted, again.updated) == (3, 0, 3)
    day = _posts(app_ctx.engine)["x-day-2021-08-03"]
    assert (day["platform"], day["shares"], day["comments"], day["impressions"]) == ("x", 11, 9, 2250)


def test_hostile_values_refused_per_row_and_skip_bad_imports_the_rest(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    strict = importing.import_posts(app_ctx.engine, workspace.id, _plan("posts_hostile_values.csv"))
    assert not strict.written and [n for n, _ in strict.rejected] == [3, 4]
    report = importing.import_posts(app_ctx.engine, workspace.id, _plan("posts_hostile_values.csv"), skip_bad=True)
    assert report.written and report.inserted == 2
    assert "0 to 999,999,999,999" in report.rejected[0][1] and "out of range" in report.rejected[1][1]
    assert set(_posts(app_ctx.engine)) == {"h-1", "h-4"}


def test_dry_run_says_when_stored_numbers_would_change_a_lot(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    importing.import_posts(app_ctx.engine, workspace.id, _plan("youtube_studio_download.zip"))
    f = tmp_path / "Table data.csv"
    text = (FIX / "youtube_table_data_unlisted.csv").read_text(encoding="utf-8-sig")
    f.write_text(text.replace(",12040,", ",410,").replace(",30100,", ",30350,"), encoding="utf-8")
    plan = importing.make_plan(importing.load_table(f), ConvertOptions(today=TODAY))
    report = importing.import_posts(app_ctx.engine, workspace.id, plan, dry_run=True)
    big = [w for _, w in report.warnings if "would change" in w]
    assert big == [
        "views would change from 12,040 to 410 on the stored post — check that this file covers the same period "
        "(a daily file or a shorter date range gives smaller numbers)."
    ]
    assert _posts(app_ctx.engine)["hQ3xR7tLm2A"]["views"] == 12040


def test_engagers_round_trip_keeps_power_members_and_notes(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.workspaces import create_workspace

    importing.import_posts(app_ctx.engine, workspace.id, _plan("real_meta_instagram.csv"))
    importing.import_interactions(app_ctx.engine, workspace.id, _plan("interactions.csv", kind="interactions"))
    e = table_of(Engager)
    with app_ctx.engine.connect() as c:
        ids = {h: i for i, h in c.execute(select(e.c.id, e.c.handle).where(e.c.workspace_id == workspace.id))}
    update_engager(app_ctx.engine, ids["ana_runs"], power_member=True, notes='Hosts Friday wins, "always" early')
    update_engager(app_ctx.engine, ids["ben.fit"], notes="line one\nline two")
    out = tmp_path / "engagers.csv"
    n = exporting.export_engagers(app_ctx.engine, workspace.id, out, TODAY)
    other = create_workspace(app_ctx.engine, "Moved", timezone="Europe/Berlin")
    plan = importing.make_plan(importing.load_table(out), ConvertOptions(today=TODAY), kind="engagers")
    assert plan.preset is not None and plan.preset.name == "engagers"
    report = importing.run_import(app_ctx.engine, other.id, plan)
    assert report.written and report.inserted == n and not report.rejected

    def people(ws_id: int) -> dict[tuple[str, str], tuple[Any, ...]]:
        with app_ctx.engine.connect() as c:
            q = select(e.c.platform, e.c.handle, e.c.power_member, e.c.notes, e.c.first_seen, e.c.last_seen)
            return {(r[0], r[1]): tuple(r[2:]) for r in c.execute(q.where(e.c.workspace_id == ws_id))}

    assert people(other.id) == people(workspace.id)
    # Re-importing into the original workspace changes nothing and duplicates nobody.
    again = importing.run_import(app_ctx.engine, workspace.id, plan)
    assert again.inserted == 0 and again.updated == n and people(workspace.id)[("instagram", "ana_runs")][0] is True


def test_interactions_report_yearless_dates_and_decided_order(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    importing.import_posts(app_ctx.engine, workspace.id, _plan("real_meta_instagram.csv"))
    f = tmp_path / "comments.csv"
    f.write_text(
        "handle,kind,timestamp,post,id\n@ana,comment,Nov 20 18:41,17986512345678901,c1\n"
        "@ben,comment,Dec 2 09:00,17986512345678901,c2\n"
    )
    plan = importing.make_plan(importing.load_table(f), ConvertOptions(today=TODAY), kind="interactions")
    report = importing.import_interactions(app_ctx.engine, workspace.id, plan)
    assert report.written and report.inserted == 2
    note = next(n for n in report.file_notes if n.startswith("Dates without a year"))
    assert "2 rows in 2025–2026 as the most recent past date (import day 2026-11-25)" in note
