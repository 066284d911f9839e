"""The DB-API reads the first window is painted from, against their ORM twins on the same file.

The window shows these rows before SQLAlchemy is imported (``services.file_reads``); a difference would show
the user one thing for half a second and another after, or — worse — a wrong checklist that stays.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from microcomm_desktop.services import promise, rituals, workspaces
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.file_reads import FileReader, open_file_reader
from microcomm_desktop.services.sample import create_sample_workspace

pytestmark = pytest.mark.sqlite_only("the first window reads the local SQLite file with the DB-API")


def _reader(ctx: AppContext) -> FileReader:
    reader = open_file_reader(ctx.paths, window_open=True)
    assert reader is not None
    return reader


def _same(ctx: AppContext, reader: FileReader, ws_id: int, today: date) -> None:
    assert reader.workspaces() == workspaces.list_workspaces(ctx.engine)
    assert reader.workspace(ws_id) == workspaces.get_workspace(ctx.engine, ws_id)
    assert reader.promise_history(ws_id) == promise.promise_history(ctx.engine, ws_id)
    for day in (today, today + timedelta(days=400)):
        assert reader.readiness(ws_id, day) == promise.readiness(ctx.engine, ws_id, day)


def test_the_sample_community_reads_the_same_both_ways(app_ctx: AppContext, today: date) -> None:
    ws = create_sample_workspace(app_ctx.engine, today)
    reader = _reader(app_ctx)
    try:
        _same(app_ctx, reader, ws.id, today)
        assert any(i.ok for i in reader.readiness(ws.id, today))  # the sample has a promise, homes, formats…
        assert reader.promise_history(ws.id)  # …and at least one promise version
    finally:
        reader.close()


def test_an_empty_workspace_and_every_edge_read_the_same_both_ways(app_ctx: AppContext, today: date) -> None:
    eng = app_ctx.engine
    ws = workspaces.create_workspace(eng, "Zed club", timezone="Asia/Kolkata")
    workspaces.create_workspace(eng, "alpha")  # sorted after "Zed club" (binary order), as the ORM sorts
    reader = _reader(app_ctx)
    try:
        _same(app_ctx, reader, ws.id, today)  # no profile stored: the defaults, reply window counted as set
        assert reader.workspace(10_000) is None

        promise.save_promise(eng, ws.id, "Night-shift nurses", "sleep better", "weekly Q&A")
        promise.save_promise(eng, ws.id, "Night-shift nurses", "sleep better", "")  # newest is incomplete
        promise.update_profile(eng, ws.id, onboarding_rules="Be kind", sla_minutes=15, disclosure_line="#ad")
        promise.add_home(eng, ws.id, "discord", "Main", today, True)
        promise.add_home(eng, ws.id, "broadcast", "", today, True)  # two primaries: split attention
        promise.add_format(eng, ws.id, "Q&A")
        kept = rituals.add_ritual(eng, ws.id, name="Thursday Q&A", weekdays="3", active_from=today)
        rituals.add_ritual(eng, ws.id, name="Thursday Q&A", weekdays="1", active_from=today)  # the same name twice
        rituals.add_ritual(
            eng, ws.id, name="Ended", weekdays="2", active_from=today, active_to=today + timedelta(days=3)
        )
        for i in range(3):
            promise.add_prompt(eng, ws.id, f"What did you try this week, number {i}?", "identity", kept)
        _same(app_ctx, reader, ws.id, today)
    finally:
        reader.close()


def test_a_team_server_start_never_reads_the_local_file_first(monkeypatch: pytest.MonkeyPatch) -> None:
    from microcomm_desktop.services.file_reads import team_server_chosen
    from microcomm_desktop.services.team_server import chosen_url

    monkeypatch.delenv("MICROCOMM_DATABASE_URL", raising=False)
    assert not team_server_chosen(None, None) and not team_server_chosen("", "")
    assert chosen_url(None, None) is None
    assert team_server_chosen("postgresql://team@server/club", None)
    assert team_server_chosen(None, "postgresql://team@server/club")  # File › Connect to team server… saved it
    monkeypatch.setenv("MICROCOMM_DATABASE_URL", "postgresql://team@server/club")
    assert team_server_chosen(None, None) and chosen_url(None, None) == "postgresql://team@server/club"
