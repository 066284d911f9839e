"""Export shapes from the QA corpus pass, end to end through the import service: what is stored, what is
refused with a sentence, and that a re-import adds nothing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from microcomm_desktop.domain.imports import ConvertOptions, CsvFileError, detect_preset, read_csv_bytes
from microcomm_desktop.services import importing
from microcomm_desktop.store.models import Post
from microcomm_desktop.store.models.base import table_of

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
TODAY = date(2026, 12, 5)


def _plan(name: str) -> importing.ImportPlan:
    return importing.make_plan(importing.load_table(FIX / name), ConvertOptions(today=TODAY))


def _count(engine: Any) -> int:
    with engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(table_of(Post))).scalar() or 0)


@pytest.mark.parametrize(
    "name",
    [
        "corpus_meta_per_metric_views_utf16.csv",
        "corpus_tiktok_follower_history.csv",
        "corpus_tiktok_viewers.csv",
    ],
)
def test_account_figure_files_are_refused_with_a_sentence(name: str) -> None:
    with pytest.raises(CsvFileError, match="not posts|nothing about posts"):
        _plan(name)


def test_x_row_without_id_is_reported_and_reimport_adds_nothing(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    first = importing.import_posts(app_ctx.engine, workspace.id, _plan("corpus_x_content_row_without_id.csv"))
    assert (first.inserted, first.skipped, first.rejected) == (1, 1, [])
    assert first.skipped_lines == [(3, "no post id or link in this row (a re-import could not match it; not imported)")]
    again = importing.import_posts(app_ctx.engine, workspace.id, _plan("corpus_x_content_row_without_id.csv"))
    assert (again.inserted, again.updated) == (0, 1)
    assert _count(app_ctx.engine) == 1


def test_youtube_thumbnail_impressions_are_stored(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    report = importing.import_posts(app_ctx.engine, workspace.id, _plan("corpus_youtube_thumbnail_impressions.csv"))
    assert (report.inserted, report.skipped, report.rejected) == (2, 1, [])
    p = table_of(Post)
    with app_ctx.engine.connect() as c:
        got = dict(c.execute(select(p.c.platform_post_id, p.c.impressions)).all())
    assert got == {"k3Rm_9TqP2w": 163837, "Vb7-Lq2ZxY0": 9000}


def test_japanese_twitter_files_store_and_reimport(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    for name in ("corpus_tweet_activity_metrics_ja.csv", "corpus_daily_tweet_activity_metrics_ja.csv"):
        report = importing.import_posts(app_ctx.engine, workspace.id, _plan(name))
        assert (report.inserted, report.rejected) == (2, [])
        again = importing.import_posts(app_ctx.engine, workspace.id, _plan(name))
        assert (again.inserted, again.updated) == (0, 2)
    assert _count(app_ctx.engine) == 4


def test_cjk_yearless_overview_walks_back_across_new_year() -> None:
    table = read_csv_bytes(
        "Date,Video Views,Profile Views,Likes,Comments,Shares\n12月31日,100,1,2,3,4\n1月1日,200,1,2,3,4\n".encode()
    )
    p = detect_preset(table.headers)
    assert p is not None and p.name == "tiktok_overview"
    plan = importing.make_plan(table, ConvertOptions(today=date(2026, 1, 5)))
    got = [plan.convert(i).values["published_at"] for i in range(2)]
    assert got == [datetime(2025, 12, 31), datetime(2026, 1, 1)]


def test_ics_exdate_removes_an_off_rule_dtstart_and_an_rdate() -> None:
    # RFC 5545: EXDATE removes any instance, also the DTSTART that is off the rule's weekdays and RDATE dates.
    # Before: both still became one-off events, and the EXDATEs were reported as "not one of its dates".
    from microcomm_desktop.services.ics import plan_import

    data = (FIX.parent / "ics" / "google_exdate_removes_dtstart_and_rdate.ics").read_bytes()
    plan = plan_import(data, "Europe/Berlin", date(2026, 11, 1))
    assert [r.values["name"] for r in plan.rituals] == ["Monday stretch", "Tuesday drills"]
    assert plan.rituals[0].values["active_from"] == date(2026, 11, 9)
    assert plan.rituals[0].values["active_to"] == date(2026, 11, 23)  # COUNT=4 counts the removed DTSTART
    assert [(e.title, e.local_date, e.time_of_day) for e in plan.events] == [
        ("Tuesday drills", date(2026, 12, 5), "10:00")
    ]
    assert not [r for r in plan.rows if r.outcome == "warning"]


def test_ics_length_the_app_cannot_store_is_said() -> None:
    from microcomm_desktop.services.ics import plan_import

    def cal(*lines: str) -> bytes:
        body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//x//EN", "BEGIN:VEVENT", "UID:a", *lines, "END:VEVENT"]
        return "\r\n".join([*body, "END:VCALENDAR", ""]).encode()

    backwards = cal(
        "SUMMARY:Backwards",
        "DTSTART;TZID=Europe/Berlin:20261110T180000",
        "DTEND;TZID=Europe/Berlin:20261110T170000",
        "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=3",
    )
    plan = plan_import(backwards, "Europe/Berlin", date(2026, 11, 1))
    assert plan.rituals[0].values["duration_minutes"] == 1
    assert [r.detail for r in plan.rows if r.outcome == "warning"] == [
        "its end is not after its start: its length is stored as 1 minute"
    ]
    retreat = cal("SUMMARY:Retreat", "DTSTART;TZID=Europe/Berlin:20261110T090000", "DURATION:P2D")
    plan = plan_import(retreat, "Europe/Berlin", date(2026, 11, 1))
    assert plan.events[0].duration_minutes == 1440
    assert any("lasts 48 hours" in r.detail for r in plan.rows if r.outcome == "warning")


def test_engager_dates_re_saved_day_first_are_read_per_column(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    # An engagers export re-saved by Excel in a day/month locale: "13/06/2026" settles both date columns, so
    # "03/06/2026" is 3 June. Before: each cell was read month-first on its own (6 March), silently.
    plan = importing.make_plan(
        importing.load_table(FIX / "corpus_engagers_excel_dmy.csv"), ConvertOptions(today=TODAY), kind="engagers"
    )
    assert not plan.needs_date_order
    got = [(r.values["handle"], r.values["first_seen"], r.values["last_seen"]) for r in map(plan.convert, range(2))]
    assert got == [("ana.runs", date(2026, 6, 3), date(2026, 6, 13)), ("ben_k", date(2026, 5, 2), date(2026, 5, 4))]


def test_ambiguous_engager_dates_ask_for_the_order() -> None:
    table = read_csv_bytes(
        b"platform,handle,first seen,last seen,power member,notes\ninstagram,ana,03/06/2026,04/06/2026,yes,\n"
    )
    plan = importing.make_plan(table, ConvertOptions(today=TODAY), kind="engagers")
    assert plan.needs_date_order and "--date-order" in " ".join(plan.date_notes)
    plan.options.date_order = "dmy"
    plan.detect_dates()
    assert plan.convert(0).values["first_seen"] == date(2026, 6, 3)
