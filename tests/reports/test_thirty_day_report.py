"""Issue #16 item 5: the 30-day report covers exactly the 30 days it names, and says each member note once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from microcomm_desktop.services import reports
from microcomm_desktop.services.workspaces import update_workspace


@pytest.mark.parametrize("until", [date(2026, 11, 25), date(2026, 11, 29), date(2026, 11, 30)])
def test_rows_partition_the_period(app_ctx, sample_workspace, until: date) -> None:  # type: ignore[no-untyped-def]
    data = reports.build_report(app_ctx.engine, sample_workspace.id, "30day", until)
    start = until - timedelta(days=29)
    assert (data.period.week_start, data.period.week_end) == (start, until)
    assert f"{start:%d %b}" in data.title and f"{until:%d %b %Y}" in data.title
    rows = data.weeks
    assert rows[0].week_start == start and rows[-1].week_end == until
    for a, b in zip(rows, rows[1:], strict=False):
        assert b.week_start == a.week_end + timedelta(days=1)  # no gap, no overlap
    assert sum((r.week_end - r.week_start).days + 1 for r in rows) == 30
    assert 5 <= len(rows) <= 6  # 30 days touch five or six weeks, never the 8-week trend
    for r in rows[1:]:
        assert r.week_start.weekday() == 0  # cut at the workspace's week start (Monday)
    # The rows add up to the period: nothing counted twice, nothing from outside.
    for key in ("posts", "reach", "impressions", "engagements", "replies", "saves", "shares", "deep_threads"):
        assert sum(getattr(r, key) for r in rows) == getattr(data.period, key), key
    assert rows[-1].returning_engagers == data.period.returning_engagers  # the same 30-day window ends both


def test_rows_follow_the_workspace_week_start(app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    update_workspace(app_ctx.engine, sample_workspace.id, week_start=6)  # weeks start on Sunday
    data = reports.build_report(app_ctx.engine, sample_workspace.id, "30day", date(2026, 11, 25))
    assert all(r.week_start.weekday() == 6 for r in data.weeks[1:])
    assert sum((r.week_end - r.week_start).days + 1 for r in data.weeks) == 30


def test_html_names_the_period_and_says_each_note_once(app_ctx, sample_workspace, today: date) -> None:  # type: ignore[no-untyped-def]
    data = reports.build_report(app_ctx.engine, sample_workspace.id, "30day", today)
    assert len(data.notes) == 4  # the sample's four weekly notes all carry the same texts
    page = reports.render_html(data)
    for text in ("How do I stop hip pain after 10 km?", "No time for a 20-minute routine on workdays."):
        assert page.count(reports.html.escape(text)) == 1
    assert "(4 weeks)" in page
    assert "Scorecard: the 30 days by week" in page
    first, last = data.weeks[0], data.weeks[-1]
    assert f"{first.week_start:%d %b} – {first.week_end:%d %b}" in page
    assert f"{last.week_start:%d %b} – {last.week_end:%d %b}" in page
    # Nothing outside the period: the 8-week trend's oldest weeks are not in the 30-day report.
    assert f"{today - timedelta(days=49):%d %b}" not in page


def test_distinct_note_texts_ignores_case_and_spacing() -> None:
    notes = [
        reports.WeekNoteData(date(2026, 11, 2), top_questions="Why  hips?"),
        reports.WeekNoteData(date(2026, 11, 9), top_questions="why hips?"),
        reports.WeekNoteData(date(2026, 11, 16), top_questions="What shoes?"),
        reports.WeekNoteData(date(2026, 11, 23)),
    ]
    assert reports.distinct_note_texts(notes, "top_questions") == [
        ("What shoes?", [date(2026, 11, 16)]),
        ("why hips?", [date(2026, 11, 9), date(2026, 11, 2)]),
    ]


def test_weekly_report_keeps_its_trend(app_ctx, sample_workspace, today: date) -> None:  # type: ignore[no-untyped-def]
    data = reports.build_report(app_ctx.engine, sample_workspace.id, "weekly", today)
    assert len(data.weeks) == reports.REPORT_WEEKS and data.period == data.weeks[-1]
    assert data.period.week_start <= today <= data.period.week_end
