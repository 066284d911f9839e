"""Issue #16 item 4: one response-SLA figure for one week, in every place that shows it, by the workspace's
settings (minutes, first N) — the Dashboard advice, Rituals › Response SLA, the reports and the CLI."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

from microcomm_desktop.cli import parse, run_command
from microcomm_desktop.services import reports, sla
from microcomm_desktop.services.promise import update_profile
from microcomm_desktop.services.scorecard import weekly_scorecard


def _sla_advice(advice: list[reports.Advice]) -> reports.Advice:
    (a,) = [a for a in advice if a.title.startswith("Response SLA")]
    return a


def _everywhere(qtbot, ui_ctx, capsys, data_dir: Path, ws, today: date) -> dict[str, tuple[int, int]]:  # type: ignore[no-untyped-def]
    """(replied, considered) of the week holding ``today`` as each place shows it."""
    from microcomm_desktop.ui.tabs.dashboard.page import DashboardTab
    from microcomm_desktop.ui.tabs.rituals.page import RitualsTab

    engine = ui_ctx.engine
    week = weekly_scorecard(engine, ws.id, until=today, weeks=1)[0]
    out: dict[str, tuple[int, int]] = {}
    s = sla.sla_summary(engine, ws.id, week.week_start, week.week_end)
    out["service"] = (s.replied, s.considered)

    ui_ctx.workspace = ws
    dash = DashboardTab(ui_ctx, today=today)
    qtbot.addWidget(dash)
    dash.set_workspace(ws.id)
    qtbot.waitUntil(lambda: dash.data is not None and not dash.is_busy())
    m = re.search(r"(\d+) of (\d+) first comments missed", _sla_advice(dash.data.advice).title)
    assert m is not None
    missed, considered = int(m[1]), int(m[2])
    out["dashboard"] = (considered - missed, considered)
    assert f"{missed} of {considered} first comments missed" in dash.advice_label.text()

    ui_ctx.today = today
    rit = RitualsTab(ui_ctx)
    qtbot.addWidget(rit)
    rit.set_workspace(ws.id)
    model = rit.sla_week_model
    (row,) = [r for r in model.rows if r.week_start == week.week_start]  # type: ignore[attr-defined]
    out["rituals"] = (row.replied, row.considered)

    data = reports.build_report(engine, ws.id, "weekly", today)
    assert data.sla is not None
    out["report"] = (data.sla.replied, data.sla.considered)
    assert f"{data.sla.replied} of {data.sla.considered} in {data.sla.minutes} min" in reports.render_html(data)
    m = re.search(r"(\d+) of (\d+) first comments missed", _sla_advice(data.advice).title)
    assert m is not None
    out["report advice"] = (int(m[2]) - int(m[1]), int(m[2]))

    code = run_command(
        parse(["--data-dir", str(data_dir), "report", "--workspace", ws.name, "--until", today.isoformat()])
    )
    assert code == 0
    payload = json.loads(capsys.readouterr().out)
    last = payload["response_sla"]["weeks"][-1]
    assert last["week_start"] == week.week_start.isoformat()
    out["cli"] = (last["replied"], last["considered"])
    return out


def test_every_place_shows_the_same_sla(qtbot, ui_ctx, capsys, data_dir, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    seen = _everywhere(qtbot, ui_ctx, capsys, data_dir, sample_workspace, today)
    assert len(set(seen.values())) == 1, seen
    replied, considered = seen["service"]
    assert 0 < replied < considered  # the sample week has both answered and missed first comments


def test_settings_drive_every_figure_and_the_advice(qtbot, ui_ctx, capsys, data_dir, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    engine = ui_ctx.engine
    ws = sample_workspace
    before = sla.sla_summary(engine, ws.id, today - timedelta(days=today.weekday()), today)
    update_profile(engine, ws.id, sla_minutes=30, sla_first_n=3)
    seen = _everywhere(qtbot, ui_ctx, capsys, data_dir, ws, today)
    assert len(set(seen.values())) == 1, seen
    after = sla.sla_summary(engine, ws.id, today - timedelta(days=today.weekday()), today)
    assert (after.minutes, after.first_n) == (30, 3)
    assert after.considered < before.considered  # only the first 3 comments per post count now
    figs = weekly_scorecard(engine, ws.id, until=today, weeks=8)
    advice = reports.what_to_do_now(engine, ws.id, figs)
    sla_lines = [a for a in advice if a.title.startswith("Response SLA")]
    assert sla_lines
    for a in sla_lines:
        assert "30-minute" in a.title and "within 30 minutes to the first 3 comments" in a.text
        assert "60 minutes" not in a.text and "first 10" not in a.text


def test_typed_and_computed_posts_count_once(app_ctx, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    """A post with logged replies uses its timestamps even when a typed figure exists; the summary adds up rows."""
    start = today - timedelta(days=29)
    rows = sla.post_sla(app_ctx.engine, sample_workspace.id, start, today)
    s = sla.sla_summary(app_ctx.engine, sample_workspace.id, start, today)
    assert s.posts == len(rows) == len({r.post_id for r in rows})
    assert (s.replied, s.considered) == (sum(r.replied for r in rows), sum(r.considered for r in rows))
    assert s.computed_posts == sum(1 for r in rows if r.source == "computed") > 0
    per_week = sla.summaries_for_periods(
        app_ctx.engine, sample_workspace.id, [(start, start + timedelta(days=14)), (start + timedelta(days=15), today)]
    )
    assert sum(p.replied for p in per_week) == s.replied and sum(p.considered for p in per_week) == s.considered
