"""Response SLA: computed from timestamps when the creator's replies are logged, typed otherwise."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert

from microcomm_desktop.services import sla
from microcomm_desktop.services.promise import InputError, update_profile
from microcomm_desktop.services.workspaces import parse_own_handles, set_own_handles
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Engager, Interaction, Post


def _post(s, ws: int, n: int, day: date, **kw) -> Post:  # type: ignore[no-untyped-def]
    p = Post(
        workspace_id=ws,
        platform_post_id=f"p{n}",
        published_at=datetime(day.year, day.month, day.day, 10, tzinfo=UTC),
        local_date=day,
        title=f"post {n}",
        **kw,
    )
    s.add(p)
    s.flush()
    return p


def test_computed_and_typed(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    e, ws = app_ctx.engine, workspace.id
    update_profile(e, ws, sla_minutes=60, sla_first_n=10)
    set_own_handles(e, ws, parse_own_handles("@Me"))  # case and "@" do not matter
    t0 = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)
    with session_scope(e) as s:
        me = Engager(workspace_id=ws, handle="me")
        fan = Engager(workspace_id=ws, handle="fan")
        s.add_all([me, fan])
        s.flush()
        p1 = _post(s, ws, 1, date(2026, 11, 17))
        _post(s, ws, 2, date(2026, 11, 18), sla_replied=7, sla_considered=10)
        _post(s, ws, 3, date(2026, 11, 24), sla_replied=5, sla_considered=5)
        rows = []
        for i in range(12):
            rows.append(
                {
                    "id": 100 + i,
                    "workspace_id": ws,
                    "engager_id": fan.id,
                    "post_id": p1.id,
                    "kind": "comment",
                    "occurred_at": t0 + timedelta(minutes=i),
                    "local_date": date(2026, 11, 17),
                }
            )
        for i, delay in [(0, 5), (1, 59), (2, 60), (3, 61), (4, 300), (11, 1)]:
            rows.append(
                {
                    "id": 200 + i,
                    "workspace_id": ws,
                    "engager_id": me.id,
                    "post_id": p1.id,
                    "kind": "reply",
                    "occurred_at": t0 + timedelta(minutes=i + delay),
                    "local_date": date(2026, 11, 17),
                    "parent_id": 100 + i,
                }
            )
        s.execute(insert(Interaction), rows)
    posts = sla.post_sla(e, ws, date(2026, 11, 1), date(2026, 11, 30))
    got = {p.title: (p.replied, p.considered, p.source) for p in posts}
    assert got == {"post 1": (3, 10, "computed"), "post 2": (7, 10, "typed"), "post 3": (5, 5, "typed")}
    weeks = sla.weekly_hit_rates(e, ws, date(2026, 11, 1), date(2026, 11, 30))
    assert [(w.week_start, w.hit_rate, w.misses) for w in weeks] == [
        (date(2026, 11, 16), 50.0, 2),
        (date(2026, 11, 23), 100.0, 0),
    ]
    # without the handle the typed value (none on post 1) is used: post 1 drops out
    set_own_handles(e, ws, [])
    assert [p.title for p in sla.post_sla(e, ws, date(2026, 11, 1), date(2026, 11, 30))] == ["post 2", "post 3"]


def test_record_validates(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    with session_scope(app_ctx.engine) as s:
        pid = _post(s, workspace.id, 1, date(2026, 11, 17)).id
    with pytest.raises(InputError, match="more than"):
        sla.record_post_sla(app_ctx.engine, pid, 11, 10)
    with pytest.raises(InputError, match="both"):
        sla.record_post_sla(app_ctx.engine, pid, 3, None)
    assert sla.record_post_sla(app_ctx.engine, pid, 8, 10) == (None, None)


def test_sample_has_computed_sla(app_ctx, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    posts = sla.post_sla(app_ctx.engine, sample_workspace.id, today - timedelta(days=83), today)
    assert any(p.source == "computed" for p in posts) and any(p.source == "typed" for p in posts)
    assert any(p.missed for p in posts)


def test_typed_rows_without_logged_replies(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    """No own handle set (the common case, read with a filter in SQL since issue 20): a typed 0 of 4 counts,
    a post with 0 or no comments considered has no row, and the weeks read from the rows given are the same."""
    e, ws = app_ctx.engine, workspace.id
    with session_scope(e) as s:
        _post(s, ws, 1, date(2026, 11, 17), sla_replied=0, sla_considered=4)
        _post(s, ws, 2, date(2026, 11, 18), sla_replied=0, sla_considered=0)
        _post(s, ws, 3, date(2026, 11, 19))
        _post(s, ws, 4, date(2026, 11, 24), sla_replied=6, sla_considered=5)  # typed over the count: capped
        _post(s, ws, 5, date(2026, 12, 2), sla_replied=1, sla_considered=1)  # outside the period
    start, end = date(2026, 11, 1), date(2026, 11, 30)
    rows = sla.post_sla(e, ws, start, end)
    assert [(p.title, p.replied, p.considered, p.source, p.missed) for p in rows] == [
        ("post 1", 0, 4, "typed", True),
        ("post 4", 5, 5, "typed", False),
    ]
    assert sla.weekly_hit_rates(e, ws, start, end, rows) == sla.weekly_hit_rates(e, ws, start, end)
    assert [(w.week_start, w.hit_rate) for w in sla.weekly_hit_rates(e, ws, start, end)] == [
        (date(2026, 11, 16), 0.0),
        (date(2026, 11, 23), 100.0),
    ]
