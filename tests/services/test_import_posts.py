"""Importing posts and interactions: fixtures per platform, idempotent re-import, all-or-nothing writes."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from microcomm_desktop.domain.imports import ConvertOptions, CsvFileError, read_csv_bytes
from microcomm_desktop.services import importing
from microcomm_desktop.store.models import EngagerDay, Interaction, Post
from microcomm_desktop.store.models.base import table_of

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
TODAY = date(2026, 11, 25)


def _count(engine, model) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(table_of(model))).scalar() or 0)


def _plan(name: str, kind: str = "posts", **kw):  # type: ignore[no-untyped-def]
    table = importing.load_table(FIX / name)
    return importing.make_plan(table, ConvertOptions(today=TODAY, **kw), kind=kind)


def _snapshot(engine) -> list[tuple]:  # type: ignore[no-untyped-def]
    with engine.connect() as c:
        return [tuple(r) for r in c.execute(select(table_of(Post)).order_by(table_of(Post).c.id))]


@pytest.mark.parametrize(
    ("name", "rows"),
    [
        ("youtube_table_data.csv", 3),
        ("meta_business_suite.csv", 4),
        ("tiktok_videos.csv", 3),
        ("tiktok_overview.csv", 3),
        ("x_account_analytics_content.csv", 3),
        ("x_tweet_activity_metrics.csv", 2),
        ("generic.csv", 2),
    ],
)
def test_each_preset_imports_and_reimport_updates(app_ctx, workspace, name: str, rows: int) -> None:  # type: ignore[no-untyped-def]
    report = importing.import_posts(app_ctx.engine, workspace.id, _plan(name))
    assert report.written and report.inserted == rows and not report.rejected
    before = _count(app_ctx.engine, Post)
    again = importing.import_posts(app_ctx.engine, workspace.id, _plan(name))
    assert again.inserted == 0 and again.updated == rows
    assert _count(app_ctx.engine, Post) == before


def test_stored_values_and_local_dates(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    importing.import_posts(app_ctx.engine, workspace.id, _plan("meta_business_suite.csv"))
    p = table_of(Post)
    with app_ctx.engine.connect() as c:
        row = c.execute(select(p).where(p.c.platform_post_id == "17986512345678901")).mappings().one()
    assert row["reach"] == 2110 and row["saves"] == 58 and row["comments"] == 31
    assert row["local_date"] == date(2026, 11, 20) and row["local_minute"] == 18 * 60 + 30  # Europe/Berlin wall time
    assert row["published_at"].hour == 17  # stored as UTC


def test_reimport_keeps_user_label_and_notes(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services import posts

    importing.import_posts(app_ctx.engine, workspace.id, _plan("meta_business_suite.csv"))
    rows = posts.load_post_rows(app_ctx.engine, workspace.id)
    pid = rows[0][0]
    posts.update_post(app_ctx.engine, pid, {"label": "reach", "notes": "boosted"})
    importing.import_posts(app_ctx.engine, workspace.id, _plan("meta_business_suite.csv"))
    form = posts.post_form_values(app_ctx.engine, pid)
    assert form["label"] == "reach" and form["notes"] == "boosted"


def test_rejected_rows_write_nothing_unless_skip_bad(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "bad.csv"
    f.write_text("Date,Reach,Post id\n2026-11-01,100,a\nnot a date,5,b\n2026-11-02,1.2E+17,c\n")
    plan = importing.make_plan(importing.load_table(f), ConvertOptions(today=TODAY))
    report = importing.import_posts(app_ctx.engine, workspace.id, plan)
    assert not report.written and [n for n, _ in report.rejected] == [3, 4]
    assert "scientific" in report.rejected[1][1]
    assert _count(app_ctx.engine, Post) == 0
    report = importing.import_posts(app_ctx.engine, workspace.id, plan, skip_bad=True)
    assert report.written and report.inserted == 1 and _count(app_ctx.engine, Post) == 1


def test_dry_run_writes_nothing(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    report = importing.import_posts(app_ctx.engine, workspace.id, _plan("generic.csv"), dry_run=True)
    assert report.inserted == 2 and not report.written and "Dry run" in report.summary()
    assert _count(app_ctx.engine, Post) == 0


def test_failure_midway_rolls_back_everything(app_ctx, workspace, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    importing.import_posts(app_ctx.engine, workspace.id, _plan("generic.csv"))
    before = _snapshot(app_ctx.engine)
    monkeypatch.setattr(importing, "CHUNK", 1)
    calls = {"n": 0}

    def progress(done: int, total: int) -> None:
        calls["n"] += 1
        if done > total // 2 and calls["n"] > 2:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        importing.import_posts(app_ctx.engine, workspace.id, _plan("meta_business_suite.csv"), progress=progress)
    assert _snapshot(app_ctx.engine) == before


def test_cancel_rolls_back(app_ctx, workspace, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(importing, "CHUNK", 1)
    seen = {"n": 0}

    def cancelled() -> bool:
        seen["n"] += 1
        return seen["n"] > 5  # after the first inserts were executed

    report = importing.import_posts(app_ctx.engine, workspace.id, _plan("meta_business_suite.csv"), cancelled=cancelled)
    assert report.cancelled and not report.written and "Cancelled" in report.summary()
    assert _count(app_ctx.engine, Post) == 0


def test_interactions_import_threads_and_rollup(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.interactions import post_detail

    importing.import_posts(app_ctx.engine, workspace.id, _plan("meta_business_suite.csv"))
    report = importing.import_interactions(app_ctx.engine, workspace.id, _plan("interactions.csv", "interactions"))
    assert report.written and report.inserted == 6 and not report.rejected
    assert _count(app_ctx.engine, EngagerDay) > 0
    p = table_of(Post)
    with app_ctx.engine.connect() as c:
        pid = c.execute(select(p.c.id).where(p.c.platform_post_id == "17986512345678901")).scalar()
    d = post_detail(app_ctx.engine, pid)
    assert d.depth.threads == 1 and d.depth.messages == 3 and d.depth.deep_threads == 1
    again = importing.import_interactions(app_ctx.engine, workspace.id, _plan("interactions.csv", "interactions"))
    assert again.inserted == 2 and again.skipped == 4  # rows with an id are recognised; anonymous likes are new


def test_interactions_with_unknown_post_are_rejected(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "i.csv"
    f.write_text("handle,kind,timestamp,post\n@ana,comment,2026-11-20T10:00,nope\n@ben,wave,2026-11-20T10:00,nope\n")
    plan = importing.make_plan(importing.load_table(f), ConvertOptions(today=TODAY), kind="interactions")
    report = importing.import_interactions(app_ctx.engine, workspace.id, plan)
    assert not report.written and len(report.rejected) == 2
    assert "no post" in report.rejected[0][1] and "not a kind" in report.rejected[1][1]
    assert _count(app_ctx.engine, Interaction) == 0


def test_unknown_export_needs_mapping(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    plan = _plan("unknown_export.csv")
    assert plan.preset is None and plan.missing_required() == ["Date/time"]
    report = importing.import_posts(app_ctx.engine, workspace.id, plan)
    assert not report.written and report.rejected
    plan.mapping["published_at"] = 0  # column "Foo" holds "1": not a date → rejected row, not a crash
    report = importing.import_posts(app_ctx.engine, workspace.id, plan)
    assert report.rejected and report.rejected[0][0] == 2


def test_user_preset_round_trip(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "mine.csv"
    f.write_text("When posted,Seen by,Kept\n2026-11-01 10:00,500,12\n")
    plan = importing.make_plan(importing.load_table(f), ConvertOptions(today=TODAY))
    assert plan.preset is None
    plan.mapping.update(published_at=0, reach=1, saves=2)
    importing.save_user_preset(app_ctx.engine, "My sheet", "posts", plan.table.headers, plan.mapping, "instagram")
    plan2 = importing.make_plan(importing.load_table(f), ConvertOptions(today=TODAY), engine=app_ctx.engine)
    assert plan2.preset is not None and plan2.preset.name == "My sheet"
    assert plan2.mapping["reach"] == 1 and plan2.mapping["saves"] == 2
    assert importing.import_posts(app_ctx.engine, workspace.id, plan2).inserted == 1
    with pytest.raises(ValueError):
        importing.save_user_preset(app_ctx.engine, "generic", "posts", [], {}, "x")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(
        st.lists(
            st.sampled_from(["2026-11-01", "x", "", "1,000", "1.2K", "-4", "9e9", "reach", "💥", "a,b"]),
            min_size=4,
            max_size=4,
        ),
        max_size=12,
    ),
    skip_bad=st.booleans(),
)
def test_random_csvs_never_crash_or_write_partially(app_ctx, workspace, rows, skip_bad) -> None:  # type: ignore[no-untyped-def]
    buf = io.StringIO()
    csv.writer(buf).writerows([["Date", "Reach", "Saves", "Label"], *rows])
    try:
        table = read_csv_bytes(buf.getvalue().encode())
    except CsvFileError:
        return
    before = _count(app_ctx.engine, Post)
    plan = importing.make_plan(table, ConvertOptions(today=TODAY))
    report = importing.import_posts(app_ctx.engine, workspace.id, plan, skip_bad=skip_bad)
    after = _count(app_ctx.engine, Post)
    if report.written:
        assert after - before == report.inserted
        assert skip_bad or not report.rejected
    else:
        assert after == before


def _rollup_state(engine, wid: int) -> tuple[list[tuple], ...]:  # type: ignore[no-untyped-def]
    from microcomm_desktop.store.models import Engager
    from microcomm_desktop.store.models.rollups import ReturningDelta, ThreadSummary

    ed, eng, ts, rd = table_of(EngagerDay), table_of(Engager), table_of(ThreadSummary), table_of(ReturningDelta)
    with engine.connect() as c:
        return (
            [tuple(r) for r in c.execute(select(ed).order_by(ed.c.engager_id, ed.c.local_date))],
            [tuple(r) for r in c.execute(select(eng.c.id, eng.c.first_seen, eng.c.last_seen).order_by(eng.c.id))],
            [tuple(r) for r in c.execute(select(ts).order_by(ts.c.root_id))],
            [
                tuple(r)
                for r in c.execute(
                    select(rd).where((rd.c.d_engaged != 0) | (rd.c.d_returning != 0)).order_by(rd.c.local_date)
                )
            ],
        )


def test_bulk_interaction_import_matches_a_rebuild_and_links_later_parents(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The fast path (DB-API inserts, EngagerDay upserted only for the rows written) must leave the same
    rollups as a full recomputation, also when a reply comes before its parent and people already exist."""
    from microcomm_desktop.services.interactions import post_detail
    from microcomm_desktop.services.rollups import rebuild_engager_days
    from microcomm_desktop.store.db import session_scope

    importing.import_posts(app_ctx.engine, workspace.id, _plan("meta_business_suite.csv"))
    importing.import_interactions(app_ctx.engine, workspace.id, _plan("interactions.csv", "interactions"))
    f = tmp_path / "more.csv"
    lines = ["handle,kind,timestamp,post,id,parent"]
    lines.append("@ana_runs,reply,2026-11-22T10:05:00,17986512345678901,r2,r1")  # before its parent
    lines.append("@zed,comment,2026-11-22T10:00:00,17986512345678901,r1,")
    lines.append("@ben.fit,reply,2026-11-22T10:07:00,17986512345678901,r3,r2")
    lines += [f"@p{i % 2500},like,2026-11-{1 + i % 24:02d}T12:00:00,17986512345678902,,," for i in range(6000)]
    f.write_text("\n".join(lines) + "\n")
    plan = importing.make_plan(importing.load_table(f), ConvertOptions(today=TODAY), kind="interactions")
    seen: list[tuple[int, int]] = []
    report = importing.import_interactions(
        app_ctx.engine, workspace.id, plan, progress=lambda d, t: seen.append((d, t))
    )
    assert report.written and report.inserted == 6003 and not report.warnings
    assert seen[-1] == (1, 1) and all(d <= t for d, t in seen) and len(seen) > 10
    p = table_of(Post)
    with app_ctx.engine.connect() as c:
        pid = c.execute(select(p.c.id).where(p.c.platform_post_id == "17986512345678901")).scalar()
    assert post_detail(app_ctx.engine, pid).depth.threads == 2
    fast = _rollup_state(app_ctx.engine, workspace.id)
    with session_scope(app_ctx.engine) as s:
        rebuild_engager_days(s, workspace.id)
    assert _rollup_state(app_ctx.engine, workspace.id) == fast


def test_cancel_during_the_rollup_writes_nothing(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    importing.import_posts(app_ctx.engine, workspace.id, _plan("meta_business_suite.csv"))
    f = tmp_path / "i.csv"
    rows = [f"@p{i},comment,2026-11-{1 + i % 24:02d}T12:00:00,17986512345678902" for i in range(3000)]
    f.write_text("handle,kind,timestamp,post\n" + "\n".join(rows) + "\n")
    plan = importing.make_plan(importing.load_table(f), ConvertOptions(today=TODAY), kind="interactions")
    state = {"late": False}

    def progress(done: int, total: int) -> None:
        state["late"] = done > total * 2 // 3  # the rollup third has started

    report = importing.import_interactions(
        app_ctx.engine, workspace.id, plan, progress=progress, cancelled=lambda: state["late"]
    )
    assert report.cancelled and not report.written
    assert _count(app_ctx.engine, Interaction) == 0 and _count(app_ctx.engine, EngagerDay) == 0
