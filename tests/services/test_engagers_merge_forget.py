"""Merge two handles of one person (undoable) and forget a person (erased from the file, backups named)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from microcomm_desktop.services.chat_import import import_chat, read_export
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.engagers import (
    EngagerError,
    find_engager,
    forget_engager,
    list_merges,
    merge_engagers,
    undo_merge,
)
from microcomm_desktop.services.rollups import rebuild_engager_days
from microcomm_desktop.services.workspaces import create_workspace
from microcomm_desktop.store.backup import backup_database
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Engager, EngagerDay, Interaction
from microcomm_desktop.store.models.base import table_of
from microcomm_desktop.store.models.rollups import ReturningDelta, ThreadSummary

FIX = Path(__file__).parent.parent / "fixtures" / "chat"


def _snap(ctx: AppContext, wid: int) -> tuple[list[tuple[object, ...]], ...]:
    day, rd, ts = table_of(EngagerDay), table_of(ReturningDelta), table_of(ThreadSummary)
    with ctx.engine.connect() as conn:
        return (
            [tuple(r) for r in conn.execute(select(day).where(day.c.workspace_id == wid).order_by(*day.c))],
            [
                tuple(r)
                for r in conn.execute(
                    select(rd)
                    .where(rd.c.workspace_id == wid, (rd.c.d_engaged != 0) | (rd.c.d_returning != 0))
                    .order_by(rd.c.local_date)
                )
            ],
            [tuple(r) for r in conn.execute(select(ts).order_by(*ts.c))],
        )


def _assert_consistent(ctx: AppContext, wid: int) -> None:
    kept = _snap(ctx, wid)
    with session_scope(ctx.engine) as s:
        rebuild_engager_days(s, wid)
    assert _snap(ctx, wid) == kept


def _count(ctx: AppContext, wid: int, handle: str) -> int:
    it, eng = table_of(Interaction), table_of(Engager)
    with ctx.engine.connect() as conn:
        return int(
            conn.execute(
                select(func.count())
                .select_from(it.join(eng, eng.c.id == it.c.engager_id))
                .where(it.c.workspace_id == wid, eng.c.handle == handle)
            ).scalar()
            or 0
        )


def _setup(ctx: AppContext) -> int:
    wid = create_workspace(ctx.engine, "Crew", timezone="Europe/Berlin").id or 0
    for name in ("discord_general.json", "discord_thread.json", "slack_export"):
        import_chat(ctx.engine, wid, read_export(FIX / name), store_text=True)
    return wid


def test_merge_moves_everything_and_undo_puts_it_back(app_ctx: AppContext) -> None:
    wid = _setup(app_ctx)
    before = _snap(app_ctx, wid)
    keep = find_engager(app_ctx.engine, wid, "discord:ana")
    gone = find_engager(app_ctx.engine, wid, "@ana", platform="slack")
    n_keep, n_gone = _count(app_ctx, wid, "ana"), 0
    with pytest.raises(EngagerError, match="several platforms"):
        find_engager(app_ctx.engine, wid, "ana")
    res = merge_engagers(app_ctx.engine, wid, keep, gone)
    assert res.moved == 2 and "unmerge" in res.sentence()
    with pytest.raises(EngagerError, match="No person"):
        find_engager(app_ctx.engine, wid, "slack:ana")
    assert _count(app_ctx, wid, "ana") == n_keep + n_gone  # both platforms' messages under one person
    _assert_consistent(app_ctx, wid)
    # The merged handle's next import lands on the kept person (its Slack id moved with it).
    again = import_chat(app_ctx.engine, wid, read_export(FIX / "slack_export"))
    assert again.new_people == 0
    assert list_merges(app_ctx.engine, wid) == [(res.merge_id, "ana", "ana")]
    back = undo_merge(app_ctx.engine, wid, res.merge_id)
    assert back.platform == "slack" and back.handle == "ana"
    assert _snap(app_ctx, wid)[0] == before[0]
    _assert_consistent(app_ctx, wid)
    assert list_merges(app_ctx.engine, wid) == []
    with pytest.raises(EngagerError, match="No merge"):
        undo_merge(app_ctx.engine, wid, res.merge_id)
    with pytest.raises(EngagerError, match="two different"):
        merge_engagers(app_ctx.engine, wid, keep, keep)


@pytest.mark.sqlite_only("the data file's bytes and its file backups; a team server has neither")
def test_forget_erases_person_bytes_and_names_backups(app_ctx: AppContext) -> None:
    wid = _setup(app_ctx)
    backups = app_ctx.paths.backup_dir
    old = backup_database(app_ctx.paths.db_path, backups, reason="manual")
    ben = find_engager(app_ctx.engine, wid, "discord:ben")
    res = forget_engager(app_ctx.engine, wid, ben, backups)
    assert res.interactions == 2 and res.vacuumed
    assert res.backups_holding == [old] and res.backups_checked == 1
    assert any("still hold" in line for line in res.lines())
    with pytest.raises(EngagerError):
        find_engager(app_ctx.engine, wid, "discord:ben")
    _assert_consistent(app_ctx, wid)
    # Everyone else's messages stay (ana on Discord and Slack).
    assert _count(app_ctx, wid, "ana") == 5
    # The bytes are gone from the file (and its WAL): "same here" was only ever ben's message.
    data = app_ctx.paths.db_path.read_bytes()
    wal = app_ctx.paths.db_path.with_name(app_ctx.paths.db_path.name + "-wal")
    data += wal.read_bytes() if wal.exists() else b""
    assert b"same here" not in data and b"first thought" not in data
    assert b"10 minutes of hips" in data  # ana's text, stored on request, is still there
    # A new backup does not hold them; an old export re-imported does not bring them back.
    new = backup_database(app_ctx.paths.db_path, backups, reason="manual")
    res2 = forget_engager(app_ctx.engine, wid, find_engager(app_ctx.engine, wid, "discord:cara"), backups)
    assert res2.backups_holding == [new, old] and res2.backups_checked == 2  # newest first; both had cara
    held = forget_engager(app_ctx.engine, wid, find_engager(app_ctx.engine, wid, "slack:ana"), backups)
    newest = backup_database(app_ctx.paths.db_path, backups, reason="manual")
    assert newest not in held.backups_holding and held.backups_checked == 2
    rep = import_chat(app_ctx.engine, wid, read_export(FIX / "discord_general.json"))
    assert rep.skipped["messages by people you asked the app to forget"] == 2  # ben's and cara's
    with pytest.raises(EngagerError):
        find_engager(app_ctx.engine, wid, "discord:ben")


@pytest.mark.sqlite_only("the data file's bytes and its file backups; a team server has neither")
def test_forget_checks_every_backup(app_ctx: AppContext) -> None:
    wid = _setup(app_ctx)
    backups = app_ctx.paths.backup_dir
    before = backup_database(app_ctx.paths.db_path, backups, reason="manual")
    bad = backups / "microcomm-20260101T000000000000Z-broken.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    res = forget_engager(app_ctx.engine, wid, find_engager(app_ctx.engine, wid, "slack:Ben_K"), backups)
    assert res.backups_holding == [before]
    assert [p for p, _why in res.backups_unreadable] == [bad]
    after = backup_database(app_ctx.paths.db_path, backups, reason="manual")
    res2 = forget_engager(app_ctx.engine, wid, find_engager(app_ctx.engine, wid, "discord:cara"), backups)
    assert before in res2.backups_holding and after in res2.backups_holding  # cara was still there then


def test_forgetting_by_id_does_not_skip_a_namesake(app_ctx: AppContext, tmp_path: Path) -> None:
    import json

    wid = _setup(app_ctx)
    forget_engager(app_ctx.engine, wid, find_engager(app_ctx.engine, wid, "discord:ben"), None)
    data = json.loads((FIX / "discord_general.json").read_text(encoding="utf-8"))
    msg = dict(data["messages"][3], id="1299999999999999999")
    msg["author"] = dict(msg["author"], id="999", name="ben")  # another person called ben
    msg.pop("reference")
    msg["type"] = "Default"
    data["messages"] = [msg]
    f = tmp_path / "namesake.json"
    f.write_text(json.dumps(data), encoding="utf-8")
    rep = import_chat(app_ctx.engine, wid, read_export(f))
    assert rep.new_messages == 1 and not rep.skipped
    assert find_engager(app_ctx.engine, wid, "discord:ben").handle == "ben"
