"""Promise services: versions, profile, homes, formats, prompts order/uses, readiness."""

from __future__ import annotations

from datetime import date

import pytest

from microcomm_desktop.services import promise as svc
from microcomm_desktop.services.rituals import add_ritual


def test_versions_history(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    e, ws = app_ctx.engine, workspace.id
    first = svc.save_promise(e, ws, "people", "better running", "videos")
    assert svc.save_promise(e, ws, "people", "better running", "videos") is None  # unchanged: no new version
    second = svc.save_promise(e, ws, "runners", "weekly 20-minute routines", "short videos")
    hist = svc.promise_history(e, ws)
    assert [p.id for p in hist] == [second, first]
    svc.delete_promise_version(e, second or 0)
    assert svc.current_promise(e, ws).who == "people"  # type: ignore[union-attr]


def test_profile_and_homes(app_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    e, ws = app_ctx.engine, workspace.id
    assert svc.get_profile(e, ws).id is None  # reading never writes
    old = svc.update_profile(e, ws, topic="budget travel in Japan")
    assert old == {"topic": ""}
    with pytest.raises(svc.InputError):
        svc.update_profile(e, ws, sla_minutes=0)
    _, warn = svc.add_home(e, ws, "comments_dms", "IG", today)
    assert warn is None
    hid, warn = svc.add_home(e, ws, "discord", "", today)
    assert warn is not None and "split" in warn
    row = svc.delete_home(e, hid)
    assert svc.primary_home_warning(e, ws) is None
    svc.restore_home(e, row)  # type: ignore[arg-type]
    assert len(svc.list_homes(e, ws)) == 2


def test_prompts_order_and_uses(app_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    e, ws = app_ctx.engine, workspace.id
    rid = add_ritual(e, ws, name="Friday wins", weekdays="4", active_from=date(2026, 11, 1))
    ids = [svc.add_prompt(e, ws, f"Prompt {i}: pick A or B", "identity", rid) for i in range(3)]
    with pytest.raises(svc.InputError):
        svc.add_prompt(e, ws, "  ", "identity")
    with pytest.raises(svc.InputError):
        svc.add_prompt(e, ws, "ok?", "nonsense")
    old = svc.reorder_prompts(e, ws, [ids[2], ids[0], ids[1]])
    assert old == ids
    assert [p.id for p in svc.list_prompts(e, ws, today)] == [ids[2], ids[0], ids[1]]
    svc.mark_prompt_used(e, ids[0], date(2026, 11, 20))
    rows = {p.id: p for p in svc.list_prompts(e, ws, today)}
    assert rows[ids[0]].too_soon and rows[ids[0]].uses == 1
    assert svc.prompt_counts_by_ritual(e, ws) == {"Friday wins": 3}
    saved = svc.delete_prompt(e, ids[0])
    assert saved is not None
    svc.restore_prompt(e, *saved)
    assert any(p.uses == 1 for p in svc.list_prompts(e, ws, today))


def test_readiness_fresh_and_sample(app_ctx, workspace, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    fresh = {i.key: i.ok for i in svc.readiness(app_ctx.engine, workspace.id, today)}
    assert fresh == {
        "promise": False,
        "home": False,
        "formats": False,
        "onboarding": False,
        "rituals": False,
        "prompts": False,
        "disclosure": False,
        "sla": True,
    }
    assert all(i.ok for i in svc.readiness(app_ctx.engine, sample_workspace.id, today))


def test_formats(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    e, ws = app_ctx.engine, workspace.id
    with pytest.raises(svc.InputError):
        svc.add_format(e, ws, " ")
    fid = svc.add_format(e, ws, "Office hours", "Q and A box", "weekly")
    assert svc.update_format(e, fid, cadence="monthly") == {"cadence": "weekly"}
    assert [f.cadence for f in svc.list_formats(e, ws)] == ["monthly"]
