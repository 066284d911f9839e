"""Scorecard figures on hand-built data where every number is known (docs/domain.md §4)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.rollups import rebuild_engager_days
from microcomm_desktop.services.scorecard import (
    figures_for_periods,
    week_periods,
    week_start_of,
    weekly_scorecard,
)
from microcomm_desktop.services.settings import set_setting
from microcomm_desktop.services.timezones import local_parts
from microcomm_desktop.services.workspaces import update_workspace
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Engager, Interaction, Post, Workspace

UNTIL = date(2026, 11, 25)  # a Wednesday; its Monday-week is 23–29 Nov
TZ = "Europe/Berlin"


def _post(ws: Workspace, day: date, label: str, **kw: int) -> Post:
    published = datetime(day.year, day.month, day.day, 11, 0, tzinfo=UTC)
    return Post(workspace_id=ws.id or 0, published_at=published, local_date=day, label=label, **kw)


def _engagers(s, ws: Workspace, names: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    rows = {n: Engager(workspace_id=ws.id or 0, handle=n) for n in names.split()}
    s.add_all(rows.values())
    s.flush()
    return {n: e.id or 0 for n, e in rows.items()}


def _interact(s, ws: Workspace, person: int, when: datetime, kind: str = "like", parent: int | None = None) -> int:  # type: ignore[no-untyped-def]
    ld, _ = local_parts(when, TZ)
    row = Interaction(
        workspace_id=ws.id or 0, engager_id=person, kind=kind, occurred_at=when, local_date=ld, parent_id=parent
    )
    s.add(row)
    s.flush()
    return row.id or 0


def _utc(y: int, m: int, d: int, h: int = 12, mi: int = 0) -> datetime:
    return datetime(y, m, d, h, mi, tzinfo=UTC)


@pytest.fixture
def known(app_ctx: AppContext, workspace: Workspace) -> Workspace:
    """Week 23–29 Nov: one community and one reach post; five people with known returning status."""
    with session_scope(app_ctx.engine) as s:
        s.add(
            _post(
                workspace,
                date(2026, 11, 23),
                "community",
                reach=1000,
                impressions=1500,
                likes=40,
                comments=12,
                saves=20,
                shares=3,
            )
        )
        s.add(
            _post(
                workspace,
                date(2026, 11, 24),
                "reach",
                reach=2000,
                impressions=3000,
                likes=64,
                comments=2,
                saves=4,
                shares=30,
            )
        )
        # Previous week: platform total given (wins over the itemised sum).
        s.add(_post(workspace, date(2026, 11, 17), "community", reach=500, impressions=800, likes=1, engagements=50))
        p = _engagers(s, workspace, "a b c d e")
        # A: day 1 (31 Oct) and day 30 (29 Nov) of the window ending 29 Nov -> returning.
        _interact(s, workspace, p["a"], _utc(2026, 10, 31))
        _interact(s, workspace, p["a"], _utc(2026, 11, 29))
        # B: 30 Oct is one day outside the window -> only one day inside -> not returning.
        _interact(s, workspace, p["b"], _utc(2026, 10, 30))
        _interact(s, workspace, p["b"], _utc(2026, 11, 29))
        # C: two interactions on one day count once.
        _interact(s, workspace, p["c"], _utc(2026, 11, 20, 9))
        _interact(s, workspace, p["c"], _utc(2026, 11, 20, 18))
        # D: two UTC days, one Berlin day (22 Nov 23:30 UTC = 23 Nov 00:30 local).
        _interact(s, workspace, p["d"], _utc(2026, 11, 22, 23, 30))
        _interact(s, workspace, p["d"], _utc(2026, 11, 23, 10))
        # E: two consecutive days.
        _interact(s, workspace, p["e"], _utc(2026, 11, 5))
        _interact(s, workspace, p["e"], _utc(2026, 11, 6))
        rebuild_engager_days(s, workspace.id or 0)
    return workspace


def test_week_periods_follow_workspace_week_start() -> None:
    assert week_start_of(UNTIL, 0) == date(2026, 11, 23)
    assert week_start_of(UNTIL, 6) == date(2026, 11, 22)  # Sunday weeks
    assert week_periods(UNTIL, 0, weeks=2) == [
        (date(2026, 11, 16), date(2026, 11, 22)),
        (date(2026, 11, 23), date(2026, 11, 29)),
    ]
    assert len(week_periods(UNTIL, 0, since=date(2026, 11, 1))) == 5  # weeks from 26 Oct


def test_known_week_all_labels(app_ctx: AppContext, known: Workspace) -> None:
    prev, week = weekly_scorecard(app_ctx.engine, known.id or 0, until=UNTIL, weeks=2)
    assert (week.week_start, week.week_end) == (date(2026, 11, 23), date(2026, 11, 29))
    assert (week.posts, week.community_posts, week.reach_posts) == (2, 1, 1)
    assert (week.reach, week.impressions, week.engagements) == (3000, 4500, 175)
    assert week.er == pytest.approx(175 / 3000 * 100)
    # "all" judges community posts on replies/saves: 12 and 20 over their 1,000 reach.
    assert week.replies_per_1k == pytest.approx(12.0)
    assert week.saves_per_1k == pytest.approx(20.0)
    assert week.shares == 33
    assert (week.engaged_people, week.returning_engagers) == (5, 2)
    assert week.returning_share == pytest.approx(40.0)
    assert week.health_score == pytest.approx(16 + 14.4 + 15)
    # Previous week: platform total wins; window 24 Oct–22 Nov holds a (31 Oct only), b, c and e (returning);
    # d's 22 Nov 23:30 UTC is 23 Nov in Berlin, so d is not in it.
    assert prev.engagements == 50 and prev.er == pytest.approx(10.0)
    assert prev.saves_per_1k == pytest.approx(0.0)
    assert (prev.engaged_people, prev.returning_engagers) == (4, 1)
    assert prev.deep_threads == 0


def test_known_week_community_and_reach(app_ctx: AppContext, known: Workspace) -> None:
    (comm,) = weekly_scorecard(app_ctx.engine, known.id or 0, until=UNTIL, weeks=1, label="community")
    assert (comm.posts, comm.reach, comm.engagements) == (1, 1000, 75)
    assert comm.er == pytest.approx(7.5)
    (reach,) = weekly_scorecard(app_ctx.engine, known.id or 0, until=UNTIL, weeks=1, label="reach")
    assert (reach.posts, reach.reach, reach.shares) == (1, 2000, 30)
    assert reach.er == pytest.approx(5.0)
    assert reach.replies_per_1k == pytest.approx(1.0)
    assert reach.saves_per_1k == pytest.approx(2.0)
    # People are not labelled: returning engagers are the same whatever the post filter.
    assert (reach.engaged_people, reach.returning_engagers) == (5, 2)


def test_er_by_impressions_and_band_tops_from_settings(app_ctx: AppContext, known: Workspace) -> None:
    update_workspace(app_ctx.engine, known.id or 0, er_definition="impressions")
    set_setting(app_ctx.engine, "benchmark.replies_top", 12.0, known.id)
    (week,) = weekly_scorecard(app_ctx.engine, known.id or 0, until=UNTIL, weeks=1)
    assert week.er == pytest.approx(175 / 4500 * 100)
    assert week.er_definition == "impressions"
    assert week.health_score == pytest.approx(16 + 30 + 15)


def test_empty_week_is_na_not_an_error(app_ctx: AppContext, workspace: Workspace) -> None:
    (week,) = weekly_scorecard(app_ctx.engine, workspace.id or 0, until=UNTIL, weeks=1)
    assert week.posts == 0 and week.er is None and week.replies_per_1k is None
    assert week.returning_share is None and week.health_score is None
    assert week.as_dict()["er"] is None


def test_window_edge_day_31_drops_out(app_ctx: AppContext, known: Workspace) -> None:
    """Ending 30 Nov instead, A's 31 Oct falls out (30 Nov is day 30 from 1 Nov)."""
    (fig,) = figures_for_periods(app_ctx.engine, known.id or 0, [(date(2026, 11, 24), date(2026, 11, 30))])
    assert fig.returning_engagers == 1  # only E


def test_deep_threads_by_root_date(app_ctx: AppContext, workspace: Workspace) -> None:
    with session_scope(app_ctx.engine) as s:
        p = _engagers(s, workspace, "a b c d e")
        # Deep: 3 messages, 2 people, root on 23 Nov.
        r1 = _interact(s, workspace, p["a"], _utc(2026, 11, 23), "comment")
        _interact(s, workspace, p["b"], _utc(2026, 11, 23, 13), "reply", r1)
        _interact(s, workspace, p["a"], _utc(2026, 11, 24), "reply", r1)
        # Not deep: 3 messages, 1 person.
        r2 = _interact(s, workspace, p["c"], _utc(2026, 11, 23), "comment")
        _interact(s, workspace, p["c"], _utc(2026, 11, 23, 14), "reply", r2)
        _interact(s, workspace, p["c"], _utc(2026, 11, 23, 15), "reply", r2)
        # Not deep: 2 messages.
        r3 = _interact(s, workspace, p["d"], _utc(2026, 11, 24), "comment")
        _interact(s, workspace, p["e"], _utc(2026, 11, 24, 13), "reply", r3)
        # Deep through a nested reply (reply to a reply), root on 24 Nov.
        r4 = _interact(s, workspace, p["e"], _utc(2026, 11, 24), "comment")
        m = _interact(s, workspace, p["a"], _utc(2026, 11, 24, 13), "reply", r4)
        _interact(s, workspace, p["b"], _utc(2026, 11, 25, 8), "reply", m)
        # Deep, root on Sunday 22 Nov (previous week) with replies this week: counts for the root's week.
        r5 = _interact(s, workspace, p["b"], _utc(2026, 11, 22, 10), "comment")
        _interact(s, workspace, p["c"], _utc(2026, 11, 23), "reply", r5)
        _interact(s, workspace, p["d"], _utc(2026, 11, 23), "reply", r5)
        rebuild_engager_days(s, workspace.id or 0)
    prev, week = weekly_scorecard(app_ctx.engine, workspace.id or 0, until=UNTIL, weeks=2)
    assert week.deep_threads == 2
    assert prev.deep_threads == 1


def test_all_weeks_start_at_first_activity(app_ctx: AppContext, known: Workspace) -> None:
    rows = weekly_scorecard(app_ctx.engine, known.id or 0, until=UNTIL)
    assert rows[0].week_start == date(2026, 10, 26)  # week of A's 31 Oct (B's 30 Oct is a Friday, same week)
    assert rows[-1].week_end == date(2026, 11, 29)
    assert all(b.week_start - a.week_start == timedelta(days=7) for a, b in zip(rows, rows[1:], strict=False))


def test_bad_input_is_a_clear_error(app_ctx: AppContext, workspace: Workspace) -> None:
    with pytest.raises(ValueError, match="label"):
        figures_for_periods(app_ctx.engine, workspace.id or 0, [(UNTIL, UNTIL)], "bogus")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="before it starts"):
        figures_for_periods(app_ctx.engine, workspace.id or 0, [(UNTIL, UNTIL - timedelta(days=1))])


def test_sample_community_has_full_weeks(app_ctx: AppContext, sample_workspace: Workspace, today: date) -> None:
    rows = weekly_scorecard(app_ctx.engine, sample_workspace.id or 0, until=today, weeks=13)
    assert len(rows) == 13
    assert all(r.posts > 0 and r.health_score is not None for r in rows)
    assert sum(r.deep_threads for r in rows) > 0
