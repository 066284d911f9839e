"""Decision log: validation, persistence across a restart, edit/delete with undo data, weekly lookups."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from microcomm_desktop.services import decisions as dec
from microcomm_desktop.services.context import open_context


def test_decision_persists_across_restart(data_dir, today) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.workspaces import create_workspace

    ctx = open_context(data_dir)
    ws = create_workspace(ctx.engine, "Club", timezone="Europe/Berlin")
    week = dec.week_start_for(ctx.engine, ws.id or 0, today)
    assert week == date(2026, 11, 23)  # Monday of the week of 2026-11-25
    row = dec.add_decision(
        ctx.engine,
        ws.id or 0,
        week,
        " Dropped the carousel format:  saves/1k fell 3 weeks in a row ",
        "saves_per_1k",
        "format: carousel",
    )
    ctx.dispose()
    ctx = open_context(data_dir)
    rows = dec.list_decisions(ctx.engine, ws.id or 0)
    assert [r.id for r in rows] == [row.id]
    r = rows[0]
    assert r.text == "Dropped the carousel format: saves/1k fell 3 weeks in a row"
    assert (r.metric, r.subject, r.week_start) == ("saves_per_1k", "format: carousel", week)
    assert r.metric_label == "Saves per 1k reach · format: carousel"
    assert dec.decisions_for_week(ctx.engine, ws.id or 0, week) == rows
    assert dec.decisions_for_week(ctx.engine, ws.id or 0, week - timedelta(days=7)) == []
    ctx.dispose()


def test_validation_messages(app_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(dec.DecisionError, match="Write the decision"):
        dec.add_decision(app_ctx.engine, workspace.id, today, "   ", "er")
    with pytest.raises(dec.DecisionError, match="metric"):
        dec.add_decision(app_ctx.engine, workspace.id, today, "ok", "vibes")
    with pytest.raises(dec.DecisionError, match="under 1000"):
        dec.add_decision(app_ctx.engine, workspace.id, today, "x" * 1001, "er")
    assert dec.list_decisions(app_ctx.engine, workspace.id) == []


def test_edit_delete_restore_and_missing_weeks(app_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    e, wid = app_ctx.engine, workspace.id
    week = dec.week_start_for(e, wid, today)
    row = dec.add_decision(e, wid, week, "Move Friday wins to 18:30", "replies_per_1k")
    old = dec.update_decision(e, row.id, week - timedelta(days=7), "Move Friday wins to 19:00", "er", "best times")
    assert old == row
    assert dec.list_decisions(e, wid)[0].text == "Move Friday wins to 19:00"
    assert dec.weeks_without_decision(e, wid, today, 3) == [week, week - timedelta(days=14)]
    snap = dec.delete_decision(e, row.id)
    assert dec.list_decisions(e, wid) == []
    dec.restore_decision(e, snap)
    assert dec.list_decisions(e, wid)[0].subject == "best times"
    with pytest.raises(dec.DecisionError):
        dec.delete_decision(e, 9999)
