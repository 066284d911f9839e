"""Ritual services: validation, calendar, occurrence outcomes with undo state, persistence across restart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from microcomm_desktop.services import rituals as svc
from microcomm_desktop.services.context import open_context
from microcomm_desktop.services.promise import InputError, add_prompt, list_prompts


def test_add_validates_every_field(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as exc:
        svc.add_ritual(app_ctx.engine, workspace.id, name=" ", weekdays="1", active_from=date(2026, 11, 1))
    assert exc.value.field == "name"
    errors = svc.validate_ritual(
        {
            "name": "X",
            "weekdays": "9",
            "time_of_day": "7pm",
            "duration_minutes": 0,
            "active_from": date(2026, 11, 2),
            "active_to": date(2026, 11, 1),
        }
    )
    assert set(errors) == {"weekdays", "time_of_day", "duration_minutes", "active_to"}
    assert svc.list_rituals(app_ctx.engine, workspace.id) == []


def test_calendar_marks_and_restores(app_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    e, ws = app_ctx.engine, workspace.id
    rid = svc.add_ritual(
        e, ws, name="Tuesday teardown", weekdays="1", time_of_day="18:30", active_from=date(2026, 11, 1)
    )
    items = svc.calendar(e, ws, date(2026, 11, 1), date(2026, 11, 30))
    assert [i.local_date.day for i in items] == [3, 10, 17, 24]
    pid = add_prompt(e, ws, "Send a 10-second clip of your stride.", "proof", rid)
    before = svc.set_occurrence(e, rid, date(2026, 11, 24), status="run", recap="12 replies", prompt_id=pid)
    assert not before.existed
    item = [i for i in svc.calendar(e, ws, date(2026, 11, 24), date(2026, 11, 24)) if i.kind == "ritual"][0]
    assert (item.status, item.recap, item.prompt_id) == ("run", "12 replies", pid)
    assert list_prompts(e, ws, today)[0].last_used == date(2026, 11, 24)  # logged as used
    svc.restore_occurrence(e, before)
    item = svc.calendar(e, ws, date(2026, 11, 24), date(2026, 11, 24))[0]
    assert item.status == "planned" and item.occurrence_id is None
    assert list_prompts(e, ws, today)[0].last_used is None
    with pytest.raises(InputError):
        svc.set_occurrence(e, rid, date(2026, 11, 24), status="done")


def test_streaks_on_sample(app_ctx, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    sums = {s.ritual.name: s for s in svc.ritual_summaries(app_ctx.engine, sample_workspace.id, today)}
    assert set(sums) == {"Tuesday teardown", "Friday wins"}
    for s in sums.values():
        assert s.streak.longest >= s.streak.current
        assert s.prompts == 5
    assert sum(s.streak.skipped for s in sums.values()) >= 1  # the sample has skipped weeks


def test_persists_across_restart(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    from microcomm_desktop.services.workspaces import create_workspace

    ws = create_workspace(ctx.engine, "Keep", timezone="Europe/Berlin")
    rid = svc.add_ritual(ctx.engine, ws.id, name="Friday wins", weekdays="4", active_from=date(2026, 11, 1))
    svc.set_occurrence(ctx.engine, rid, date(2026, 11, 20), status="skipped")
    svc.add_event(ctx.engine, ws.id, "Guest live", date(2026, 12, 3), "19:00")
    ctx.dispose()
    ctx = open_context(data_dir)
    items = svc.calendar(ctx.engine, ws.id, date(2026, 11, 1), date(2026, 12, 31))
    assert [(i.local_date.day, i.status) for i in items if i.kind == "ritual"][2] == (20, "skipped")
    assert [i.title for i in items if i.kind == "event"] == ["Guest live"]
    ctx.dispose()
