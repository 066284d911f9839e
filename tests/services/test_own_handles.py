"""The creator's own accounts: their interactions stay (SLA, conversation depth) but they are never an engager.

Two workspaces hold the same members' activity; one also holds the creator's replies (on many days, so they
would be the top returning engager). With the creator's handle set, every engager figure of the two must be
equal — weekly scorecard, cohorts, top and fading engagers, insights, the engager list and its export — and
the figures kept on write must equal a rebuild from raw rows after the handles change.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from microcomm_desktop.domain.imports.quick import parse_quick_entry
from microcomm_desktop.services import (
    cohorts,
    engager_insights,
    exporting,
    insights,
    interactions,
    reports,
    sla,
    sprints,
)
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.rollups import rebuild_engager_days
from microcomm_desktop.services.scorecard import weekly_scorecard
from microcomm_desktop.services.workspaces import (
    OwnHandleSpec,
    WorkspaceError,
    create_workspace,
    own_handles,
    parse_own_handle,
    parse_own_handles,
    set_own_handles,
)
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Engager, EngagerDay, Interaction, Post
from microcomm_desktop.store.models.base import table_of
from microcomm_desktop.store.models.rollups import ReturningDelta

START = date(2026, 10, 5)  # a Monday
UNTIL = date(2026, 11, 29)


def _fill(ctx: AppContext, wid: int, with_creator: bool) -> None:
    """Members comment on posts over eight weeks; with_creator adds "@Me_Runs" replying almost every day."""
    with session_scope(ctx.engine) as s:
        people = [Engager(workspace_id=wid, platform="instagram", handle=f"fan{i}") for i in range(8)]
        me = Engager(workspace_id=wid, platform="instagram", handle="Me_Runs")
        s.add_all([*people, me] if with_creator else people)
        s.flush()
        rows: list[dict[str, object]] = []
        nid = wid * 100_000
        for day in range(56):
            d = START + timedelta(days=day)
            post = Post(
                workspace_id=wid,
                platform="instagram",
                platform_post_id=f"p{day}",
                published_at=datetime(d.year, d.month, d.day, 9, tzinfo=UTC),
                local_date=d,
                reach=1000 + 10 * day,
                comments=3,
                saves=5,
                likes=20,
            )
            s.add(post)
            s.flush()
            for k, person in enumerate(people):
                if (day + k) % (k + 2) != 0:
                    continue
                nid += 1
                at = datetime(d.year, d.month, d.day, 10, k, tzinfo=UTC)
                rows.append(
                    dict(
                        id=nid,
                        workspace_id=wid,
                        engager_id=person.id,
                        post_id=post.id,
                        kind="comment",
                        occurred_at=at,
                        local_date=d,
                        parent_id=None,
                        text="",
                    )
                )
                if with_creator and day % 7 != 3:
                    rows.append(
                        dict(
                            id=nid + 50_000,
                            workspace_id=wid,
                            engager_id=me.id,
                            post_id=post.id,
                            kind="reply",
                            occurred_at=at + timedelta(minutes=20),
                            local_date=d,
                            parent_id=nid,
                            text="",
                        )
                    )
        s.execute(insert(Interaction), sorted(rows, key=lambda r: int(r["id"])))  # type: ignore[call-overload]
        rebuild_engager_days(s, wid)


def _engager_figures(ctx: AppContext, wid: int) -> dict[str, object]:
    e = ctx.engine
    weeks = weekly_scorecard(e, wid, until=UNTIL, weeks=8)
    res = insights.insights_table(e, wid, "format", START, UNTIL, "all", min_posts=1)
    return {
        "weeks": [
            (w.engaged_people, w.returning_engagers, w.returning_share, w.health_score, w.er, w.replies_per_1k)
            for w in weeks
        ],
        "cohorts": [(c.size, c.retained) for c in cohorts.cohorts(e, wid, UNTIL, weeks=8)],
        "top": [(r.handle, r.active_days) for r in engager_insights.top_engagers(e, wid, UNTIL)],
        "fading": [r.handle for r in engager_insights.fading_regulars(e, wid, UNTIL)],
        "insights_returning": res.returning_total,
        "insights_overall": res.overall.as_dict(),
        "people": sorted(r[2] for r in interactions.load_engager_rows(e, wid, UNTIL)),
    }


def test_own_replies_never_count_as_an_engager(app_ctx: AppContext, tmp_path: Path) -> None:
    plain = create_workspace(app_ctx.engine, "Members only", timezone="UTC").id or 0
    mixed = create_workspace(app_ctx.engine, "With my replies", timezone="UTC").id or 0
    _fill(app_ctx, plain, with_creator=False)
    _fill(app_ctx, mixed, with_creator=True)
    expected = _engager_figures(app_ctx, plain)

    before = _engager_figures(app_ctx, mixed)  # no handle yet: the creator counts (the defect)
    assert before["top"][0][0] == "Me_Runs"  # type: ignore[index]
    assert before["weeks"] != expected["weeks"]

    set_own_handles(app_ctx.engine, mixed, parse_own_handles("@me_runs"))  # case and "@" do not matter
    assert _engager_figures(app_ctx, mixed) == expected

    # Kept-on-write figures equal a recomputation from raw rows.
    _assert_rollups_match_rebuild(app_ctx, mixed)

    # Reports and the CLI's JSON/CSV read the same weekly figures: identical to the members-only workspace.
    wk = {"until": UNTIL, "weeks": 8}
    assert reports.to_csv(weekly_scorecard(app_ctx.engine, mixed, **wk)) == reports.to_csv(
        weekly_scorecard(app_ctx.engine, plain, **wk)
    )
    # The sprint check-in reads the dashboard's figures.
    periods = [(w.week_start, w.week_end) for w in weekly_scorecard(app_ctx.engine, plain, **wk)]
    assert [f.engaged_people for f in sprints.dashboard_figures(app_ctx.engine, mixed, periods)] == [
        f.engaged_people for f in sprints.dashboard_figures(app_ctx.engine, plain, periods)
    ]

    # Exports: the engager list has no row for the creator.
    out = tmp_path / "engagers.csv"
    exporting.export_engagers(app_ctx.engine, mixed, out, UNTIL)
    assert "Me_Runs" not in out.read_text(encoding="utf-8")

    # The creator's replies still time the SLA and deepen threads.
    assert any(p.source == "computed" for p in sla.post_sla(app_ctx.engine, mixed, START, UNTIL))
    deep_mixed = sum(w.deep_threads for w in weekly_scorecard(app_ctx.engine, mixed, until=UNTIL, weeks=8))
    deep_plain = sum(w.deep_threads for w in weekly_scorecard(app_ctx.engine, plain, until=UNTIL, weeks=8))
    assert deep_mixed >= deep_plain

    # Removing the handle puts the creator back (recomputed, not left stale).
    set_own_handles(app_ctx.engine, mixed, [])
    assert _engager_figures(app_ctx, mixed) == before
    _assert_rollups_match_rebuild(app_ctx, mixed)


def _assert_rollups_match_rebuild(ctx: AppContext, wid: int) -> None:
    day, rd = table_of(EngagerDay), table_of(ReturningDelta)

    def snap() -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
        with ctx.engine.connect() as conn:
            days = [tuple(r) for r in conn.execute(select(day).where(day.c.workspace_id == wid).order_by(*day.c))]
            deltas = [
                tuple(r)
                for r in conn.execute(
                    select(rd)
                    .where(rd.c.workspace_id == wid, (rd.c.d_engaged != 0) | (rd.c.d_returning != 0))
                    .order_by(rd.c.local_date)
                )
            ]
        return days, deltas

    kept = snap()
    with session_scope(ctx.engine) as s:
        rebuild_engager_days(s, wid)
    assert snap() == kept


def test_quick_entry_by_own_handle_adds_no_engager_day(app_ctx: AppContext) -> None:
    wid = create_workspace(app_ctx.engine, "Quick", timezone="UTC").id or 0
    set_own_handles(app_ctx.engine, wid, [parse_own_handle("instagram:@Coach")])
    with session_scope(app_ctx.engine) as s:
        post = Post(
            workspace_id=wid,
            platform="instagram",
            published_at=datetime(2026, 11, 2, 9, tzinfo=UTC),
            local_date=date(2026, 11, 2),
            reach=500,
        )
        s.add(post)
        s.flush()
        pid = post.id or 0
    lines, bad = parse_quick_entry("@ana comment\n@COACH reply to @ana\n@ben comment\n@coach reply to @ben")
    assert not bad
    interactions.add_quick_interactions(app_ctx.engine, pid, lines)
    figs = weekly_scorecard(app_ctx.engine, wid, until=date(2026, 11, 8), weeks=1)[0]
    assert figs.engaged_people == 2  # ana and ben, not the coach
    assert figs.deep_threads == 0  # 2 messages per thread: not deep, but the replies are threaded
    detail = interactions.post_detail(app_ctx.engine, pid)
    assert detail.interactions == 4 and detail.people == 2 and detail.depth.threads == 2
    # A platform-limited handle does not match the same name elsewhere.
    assert own_handles(app_ctx.engine, wid) == [OwnHandleSpec("instagram", "coach")]


def test_sample_creator_is_not_an_engager(app_ctx: AppContext, sample_workspace, today: date) -> None:  # type: ignore[no-untyped-def]
    wid = sample_workspace.id
    handles = own_handles(app_ctx.engine, wid)
    assert [h.handle for h in handles] == ["mobility.runclub"]
    top = engager_insights.top_engagers(app_ctx.engine, wid, today, limit=50)
    assert "mobility.runclub" not in {r.handle for r in top}
    assert "mobility.runclub" not in {r[2] for r in interactions.load_engager_rows(app_ctx.engine, wid, today)}
    # Its replies are still logged and still time the SLA.
    assert any(p.source == "computed" for p in sla.post_sla(app_ctx.engine, wid, today - timedelta(days=20), today))
    weeks = weekly_scorecard(app_ctx.engine, wid, until=today, weeks=4)
    # The sprint check-in reads the same figures (its source is the dashboard's).
    got = sprints.dashboard_figures(app_ctx.engine, wid, [(w.week_start, w.week_end) for w in weeks])
    with session_scope(app_ctx.engine) as s:
        me = s.exec(select(Engager.id).where(Engager.workspace_id == wid, Engager.handle == "mobility.runclub")).first()
        assert me is not None
        n_days = s.execute(select(EngagerDay).where(EngagerDay.engager_id == me[0])).first()
        assert n_days is None
    assert [g.engaged_people for g in got] == [
        w.engaged_people for w in weekly_scorecard(app_ctx.engine, wid, until=today, weeks=4, label="community")
    ]


@pytest.mark.parametrize(
    ("typed", "message"),
    [("@", "type a handle"), ("my name", "no spaces"), (":@x", "platform before"), ("@" + "x" * 121, "120")],
)
def test_bad_handles_get_a_sentence(typed: str, message: str) -> None:
    with pytest.raises(WorkspaceError, match=message):
        parse_own_handle(typed)


def test_parse_handles_list() -> None:
    assert parse_own_handles("@Me, youtube:@MyChannel  @me") == [
        OwnHandleSpec("", "me"),
        OwnHandleSpec("youtube", "mychannel"),
    ]


def test_migration_keeps_the_profile_handle(data_dir: Path) -> None:
    """A file at the previous head with a profile own_handle: after upgrade it is an own handle, and that
    account's engager days are gone while the members' stay."""
    from alembic import command

    from microcomm_desktop.store import migrate
    from microcomm_desktop.store.db import make_engine, sqlite_url

    path = data_dir / "old.sqlite3"
    url = sqlite_url(path)
    engine = make_engine(url)
    cfg = migrate.alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0800")
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO workspace (id, name, timezone, currency_code, currency_symbol, er_definition, "
        "week_start, is_sample, created_at) VALUES (1, 'w', 'UTC', 'USD', '$', 'reach', 0, 0, '2026-01-01')"
    )
    con.execute(
        "INSERT INTO communityprofile (workspace_id, topic, onboarding_rules, onboarding_what_to_post, "
        "onboarding_help, disclosure_line, sla_minutes, sla_first_n, own_handle, updated_at) "
        "VALUES (1, '', '', '', '', '', 60, 10, '@Coach', '2026-01-01')"
    )
    con.execute(
        "INSERT INTO engager (id, workspace_id, platform, handle, power_member, notes) VALUES "
        "(1, 1, 'instagram', 'coach', 0, ''), (2, 1, 'instagram', 'ana', 0, '')"
    )
    con.execute(
        "INSERT INTO engagerday (engager_id, local_date, workspace_id, count) VALUES "
        "(1, '2026-11-02', 1, 3), (2, '2026-11-02', 1, 1)"
    )
    con.commit()
    con.close()
    engine.dispose()
    engine = make_engine(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    con = sqlite3.connect(path)
    assert con.execute("SELECT workspace_id, platform, handle FROM ownhandle").fetchall() == [(1, "", "coach")]
    assert con.execute("SELECT engager_id FROM engagerday").fetchall() == [(2,)]
    cols = [r[1] for r in con.execute("PRAGMA table_info(communityprofile)")]
    assert "own_handle" not in cols
    con.close()
    engine.dispose()
