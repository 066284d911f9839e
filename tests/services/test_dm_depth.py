"""DM back-and-forth (messages per DM thread, share of DMs answered) from logged DMs, in the weekly figures."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert

from microcomm_desktop.domain import metrics
from microcomm_desktop.services import reports
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.rollups import rebuild_engager_days
from microcomm_desktop.services.scorecard import weekly_scorecard
from microcomm_desktop.services.workspaces import create_workspace, parse_own_handles, set_own_handles
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Engager, Interaction

MON = date(2026, 11, 2)


def test_dm_depth_domain() -> None:
    d = metrics.dm_depth([(3, True), (1, False), (2, True), (2, False)])
    assert (d.threads, d.messages, d.answered) == (4, 8, 2)
    assert d.messages_per_thread == pytest.approx(2.0)
    assert d.answered_share == pytest.approx(50.0)
    empty = metrics.dm_depth([])
    assert empty.messages_per_thread is None and empty.answered_share is None  # n/a, never a crash


def test_weekly_dm_figures_from_logged_dms(app_ctx: AppContext) -> None:
    wid = create_workspace(app_ctx.engine, "DMs", timezone="UTC").id or 0
    with session_scope(app_ctx.engine) as s:
        ana, ben, cy, me = (
            Engager(workspace_id=wid, platform="instagram", handle=h) for h in ("ana", "ben", "cy", "Me")
        )
        s.add_all([ana, ben, cy, me])
        s.flush()

        def row(i: int, who: Engager, day: date, parent: int | None = None, kind: str = "dm") -> dict[str, object]:
            at = datetime(day.year, day.month, day.day, 12, i % 60, tzinfo=UTC)
            return dict(id=i, workspace_id=wid, engager_id=who.id, post_id=None, kind=kind, occurred_at=at,
                        local_date=day, parent_id=parent, text="")  # fmt: skip

        rows = [
            # Week 1: ana's DM → my answer → ana back → my answer (4 messages, answered)
            row(1, ana, MON), row(2, me, MON, 1), row(3, ana, MON + timedelta(days=1), 2), row(4, me, MON + timedelta(days=1), 3, "reply"),  # noqa: E501
            # ben's DM, never answered (1 message)
            row(5, ben, MON + timedelta(days=2)),
            # my outreach DM to cy: not a member-started thread, left out
            row(6, me, MON + timedelta(days=3)), row(7, cy, MON + timedelta(days=3), 6),
            # a comment is not a DM thread
            row(8, cy, MON + timedelta(days=3), None, "comment"),
            # Week 2: cy's DM answered two days later (2 messages)
            row(9, cy, MON + timedelta(days=7)), row(10, me, MON + timedelta(days=9), 9),
        ]  # fmt: skip
        s.execute(insert(Interaction), rows)
        rebuild_engager_days(s, wid)
    set_own_handles(app_ctx.engine, wid, parse_own_handles("@me"))
    w1, w2 = weekly_scorecard(app_ctx.engine, wid, until=MON + timedelta(days=13), weeks=2)
    assert (w1.dm_threads, w1.dm_messages_per_thread, w1.dm_answered_share) == (2, 2.5, 50.0)
    assert (w2.dm_threads, w2.dm_messages_per_thread, w2.dm_answered_share) == (1, 2.0, 100.0)
    # the weekly report's CSV/JSON carry the same figures
    csv_text = reports.to_csv([w1, w2])
    head, first = csv_text.splitlines()[:2]
    cols = head.split(",")
    assert first.split(",")[cols.index("dm_threads")] == "2"
    assert first.split(",")[cols.index("dm_answered_share")] == "50.0"
