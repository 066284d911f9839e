"""Chat-export import: people by stable id, threads, DMs, system/bot messages, own handles, re-import, dry run,
cancel — and the weekly engaged/returning figures against an independent computation from the raw files."""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from microcomm_desktop.services.chat_import import ChatFormatError, import_chat, read_export
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.rollups import rebuild_engager_days
from microcomm_desktop.services.scorecard import weekly_scorecard
from microcomm_desktop.services.workspaces import create_workspace, own_handles, parse_own_handles, set_own_handles
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Engager, EngagerDay, Interaction
from microcomm_desktop.store.models.base import table_of
from microcomm_desktop.store.models.chat import ChatReaction
from microcomm_desktop.store.models.rollups import ReturningDelta

FIX = Path(__file__).parent.parent / "fixtures" / "chat"
BERLIN = ZoneInfo("Europe/Berlin")


def _ws(ctx: AppContext, name: str = "Chat", tz: str = "Europe/Berlin") -> int:
    return create_workspace(ctx.engine, name, timezone=tz).id or 0


def _run(ctx: AppContext, wid: int, name: str, **kw: object):  # type: ignore[no-untyped-def]
    return import_chat(ctx.engine, wid, read_export(FIX / name), **kw)  # type: ignore[arg-type]


def _rows(ctx: AppContext, wid: int) -> list[tuple[str, str, str | None, str, str]]:
    """(handle, kind, parent's handle, local date, external id) per interaction, in id order."""
    it, eng = table_of(Interaction), table_of(Engager)
    with ctx.engine.connect() as conn:
        rows = conn.execute(
            select(it.c.id, eng.c.handle, it.c.kind, it.c.parent_id, it.c.local_date, it.c.external_id)
            .join(eng, eng.c.id == it.c.engager_id)
            .where(it.c.workspace_id == wid)
            .order_by(it.c.id)
        ).all()
    handle_of = {r[0]: r[1] for r in rows}
    return [(r[1], r[2], handle_of.get(r[3]), str(r[4]), r[5]) for r in rows]


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


def test_discord_channel_thread_and_dm(app_ctx: AppContext) -> None:
    wid = _ws(app_ctx)
    set_own_handles(app_ctx.engine, wid, parse_own_handles("discord:coach_mia"))
    rep = _run(app_ctx, wid, "discord_general.json")
    assert rep.written and rep.messages == 9 and rep.new_messages == 5
    assert rep.skipped == {"system messages (joins, leaves, pins, calls, renames)": 3, "messages by bots": 1}
    assert rep.people == 3 and rep.own_messages == 1  # ana, ben, cara; coach_mia is the creator
    assert rep.threads == 2 and rep.deep_threads == 1
    _run(app_ctx, wid, "discord_thread.json")
    _run(app_ctx, wid, "discord_dm.json")
    rows = _rows(app_ctx, wid)
    assert rows == [
        ("coach_mia", "comment", None, "2026-11-02", "dc:1200000000000000002"),
        ("ana", "reply", "coach_mia", "2026-11-02", "dc:1200000000000000003"),
        ("ben", "reply", "ana", "2026-11-02", "dc:1200000000000000004"),
        ("ana", "comment", None, "2026-11-05", "dc:1200000000000000007"),
        # 23:30 UTC is 00:30 the next day in Berlin: the workspace's zone decides the day.
        ("cara", "reply", "ana", "2026-11-06", "dc:1200000000000000008"),
        ("ben", "reply", "ana", "2026-11-06", "dc:1200000000000000020"),
        # "ana_runs" has ana's Discord id: a rename, still one person.
        ("ana", "reply", "ana", "2026-11-06", "dc:1200000000000000021"),
        ("dan", "dm", None, "2026-11-03", "dc:1200000000000000030"),
        ("coach_mia", "dm", "dan", "2026-11-03", "dc:1200000000000000031"),
        ("dan", "dm", "coach_mia", "2026-11-03", "dc:1200000000000000032"),
        ("dan", "dm", None, "2026-11-07", "dc:1200000000000000033"),
    ]
    eng, day = table_of(Engager), table_of(EngagerDay)
    with app_ctx.engine.connect() as conn:
        handles = sorted(h for (h,) in conn.execute(select(eng.c.handle).where(eng.c.workspace_id == wid)))
        people_with_days = {
            h
            for (h,) in conn.execute(
                select(eng.c.handle).join(day, day.c.engager_id == eng.c.id).where(day.c.workspace_id == wid)
            )
        }
        reactions = conn.execute(select(table_of(ChatReaction).c.count)).scalars().all()
        texts = conn.execute(select(table_of(Interaction).c.text)).scalars().all()
    assert handles == ["ana", "ben", "cara", "coach_mia", "dan"]  # no bot, no system author
    assert people_with_days == {"ana", "ben", "cara", "dan"}  # the creator is never an engager
    assert reactions == [3]
    assert set(texts) == {""}  # text is not stored unless asked
    _assert_rollups_match_rebuild(app_ctx, wid)


def test_reimport_adds_only_what_is_new_and_dry_run_writes_nothing(app_ctx: AppContext, tmp_path: Path) -> None:
    wid = _ws(app_ctx)
    dry = _run(app_ctx, wid, "discord_general.json", dry_run=True)
    assert not dry.written and dry.new_messages == 5 and dry.new_people == 4 and dry.days == 3
    assert "Dry run: nothing was written." in dry.lines()
    assert _rows(app_ctx, wid) == []
    # An older, shorter export first, then the full one: only the rest is added.
    data = json.loads((FIX / "discord_general.json").read_text(encoding="utf-8"))
    data["messages"] = data["messages"][:4]
    part = tmp_path / "early.json"
    part.write_text(json.dumps(data), encoding="utf-8")
    first = import_chat(app_ctx.engine, wid, read_export(part))
    assert first.new_messages == 3
    again = _run(app_ctx, wid, "discord_general.json")
    assert again.new_messages == 2 and again.new_people == 1  # cara
    assert again.skipped["already imported (same message in an earlier import)"] == 3
    assert len(_rows(app_ctx, wid)) == 5
    same = _run(app_ctx, wid, "discord_general.json")
    assert same.new_messages == 0 and same.written
    assert len(_rows(app_ctx, wid)) == 5
    _assert_rollups_match_rebuild(app_ctx, wid)


def test_telegram_group_channel_posts_are_own_and_renames_keep_one_person(app_ctx: AppContext) -> None:
    wid = _ws(app_ctx)
    rep = _run(app_ctx, wid, "telegram_group.json")
    assert rep.skipped == {"system messages (joins, leaves, pins, calls, renames)": 2}
    assert any("own handle" in n for n in rep.notes)
    assert ("telegram", "mobility_crew") in {(h.platform, h.handle) for h in own_handles(app_ctx.engine, wid)}
    rows = _rows(app_ctx, wid)
    assert [(h, k, p) for h, k, p, _d, _e in rows] == [
        ("Mobility_Crew", "comment", None),
        ("Ana", "reply", "Mobility_Crew"),
        ("Ben", "reply", "Ana"),
        ("Ana", "comment", None),  # written as "Ana R." with the same user id
        ("Deleted_Account", "reply", "Ana"),
    ]
    assert rep.people == 3  # Ana, Ben, a deleted account; not the channel itself
    day = table_of(EngagerDay)
    with app_ctx.engine.connect() as conn:
        assert conn.execute(select(day.c.count).where(day.c.workspace_id == wid)).scalars().all().count(1) >= 1
    _assert_rollups_match_rebuild(app_ctx, wid)
    dm = _run(app_ctx, wid, "telegram_dm.json")
    assert dm.dms == 2 and dm.skipped == {"system messages (joins, leaves, pins, calls, renames)": 1}


def test_whatsapp_people_by_display_name_across_reimports_and_zip(app_ctx: AppContext, tmp_path: Path) -> None:
    wid = _ws(app_ctx)
    rep = _run(app_ctx, wid, "whatsapp_android_us.txt")
    assert rep.new_messages == 6 and rep.people == 3
    assert rep.skipped == {"system messages (joins, leaves, pins, calls, renames)": 4}
    # The same chat exported again later, zipped with its media, adds nothing.
    z = tmp_path / "WhatsApp Chat - Mobility Crew.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(FIX / "whatsapp_android_us.txt", "WhatsApp Chat with Mobility Crew.txt")
        zf.writestr("IMG-20261102-WA0001.jpg", b"\xff\xd8\xff")
    again = import_chat(app_ctx.engine, wid, read_export(z))
    assert again.new_messages == 0 and again.new_people == 0
    rows = _rows(app_ctx, wid)
    assert sorted({h for h, *_ in rows}) == ["Ana_Lopez", "Ben", "Cara"]
    assert [d for h, _k, _p, d, _e in rows if h == "Cara"] == ["2026-11-13"]  # phone time, workspace zone


def test_whatsapp_direct_chat_is_dms(app_ctx: AppContext) -> None:
    wid = _ws(app_ctx)
    set_own_handles(app_ctx.engine, wid, parse_own_handles("whatsapp:dan"))
    rep = _run(app_ctx, wid, "whatsapp_ios_us_dm.txt")
    assert rep.dms == 3 and rep.own_messages == 1 and rep.people == 1
    assert [(h, k, p) for h, k, p, _d, _e in _rows(app_ctx, wid)] == [
        ("Ana_Lopez", "dm", None),
        ("Dan", "dm", "Ana_Lopez"),
        ("Ana_Lopez", "dm", "Dan"),
    ]


def test_slack_export_folder_threads_dms_bots(app_ctx: AppContext) -> None:
    wid = _ws(app_ctx, tz="UTC")
    rep = _run(app_ctx, wid, "slack_export")
    assert rep.skipped == {"system messages (joins, leaves, pins, calls, renames)": 3, "messages by bots": 1}
    assert rep.threads == 3 and rep.deep_threads == 1 and rep.reactions == 2
    assert [(h, k, p) for h, k, p, _d, _e in _rows(app_ctx, wid)] == [
        ("coach_mia", "comment", None),
        ("ana", "reply", "coach_mia"),
        ("Ben_K", "reply", "coach_mia"),
        ("ana", "reply", "coach_mia"),
        ("Ben_K", "comment", None),
        ("Ben_K", "dm", None),
        ("coach_mia", "dm", "Ben_K"),
    ]


def test_store_text_only_when_asked(app_ctx: AppContext) -> None:
    wid = _ws(app_ctx)
    _run(app_ctx, wid, "slack_export", store_text=True)
    with app_ctx.engine.connect() as conn:
        texts = set(conn.execute(select(table_of(Interaction).c.text)).scalars())
    assert "late addition" in texts


def test_cancel_rolls_back(app_ctx: AppContext) -> None:
    wid = _ws(app_ctx)
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    rep = _run(app_ctx, wid, "discord_general.json", cancelled=cancelled)
    assert rep.cancelled and not rep.written
    assert _rows(app_ctx, wid) == []
    assert "Cancelled: nothing was written." in rep.lines()


def test_not_an_export_is_one_sentence(tmp_path: Path) -> None:
    f = tmp_path / "notes.json"
    f.write_text('{"hello": "world"}', encoding="utf-8")
    with pytest.raises(ChatFormatError, match="not a chat export"):
        read_export(f)
    broken = tmp_path / "cut.json"
    broken.write_text((FIX / "discord_general.json").read_text(encoding="utf-8")[:900], encoding="utf-8")
    with pytest.raises(ChatFormatError, match="not a complete"):
        read_export(broken)
    with pytest.raises(ChatFormatError, match="Cannot read"):
        read_export(tmp_path / "missing.txt")


# ---------------------------------------------------------------- independent check of the weekly figures


def _independent(slack_dir: Path, discord: list[Path], until: date, weeks: int) -> list[tuple[int, int]]:
    """Weekly (engaged, returning) from the raw files with plain json, no app code: people by user id,
    local days in Berlin; not system messages, not bots, not the creator (coach_mia / U03MIA)."""
    person_days: dict[str, set[date]] = {}
    for f in discord:
        for m in json.loads(f.read_text(encoding="utf-8"))["messages"]:
            if m["type"] not in ("Default", "Reply") or m["author"]["isBot"] or m["author"]["name"] == "coach_mia":
                continue
            when = datetime.fromisoformat(m["timestamp"][:19] + "+00:00").astimezone(BERLIN).date()
            person_days.setdefault("d" + m["author"]["id"], set()).add(when)
    bots = {u["id"] for u in json.loads((slack_dir / "users.json").read_text()) if u["is_bot"]}
    for f in slack_dir.glob("*/*.json"):
        for m in json.loads(f.read_text()):
            if m.get("subtype") or m.get("user") in bots | {"U03MIA"} or "user" not in m:
                continue
            when = datetime.fromtimestamp(float(m["ts"]), UTC).astimezone(BERLIN).date()
            person_days.setdefault("s" + m["user"], set()).add(when)
    out = []
    for k in range(weeks - 1, -1, -1):
        end = until - timedelta(days=7 * k)
        start = end - timedelta(days=29)
        counts = [len({d for d in days if start <= d <= end}) for days in person_days.values()]
        out.append((sum(1 for c in counts if c >= 1), sum(1 for c in counts if c >= 2)))
    return out


def test_weekly_engaged_and_returning_match_an_independent_count(app_ctx: AppContext, tmp_path: Path) -> None:
    wid = _ws(app_ctx)
    set_own_handles(app_ctx.engine, wid, parse_own_handles("coach_mia"))
    for name in ("discord_general.json", "discord_thread.json", "discord_dm.json", "slack_export"):
        _run(app_ctx, wid, name)
    until = date(2026, 12, 6)  # a Sunday: weeks end on Sundays (the default Monday start)
    weeks = weekly_scorecard(app_ctx.engine, wid, until=until, weeks=6)
    assert weeks[-1].week_end == until
    got = [(w.engaged_people, w.returning_engagers) for w in weeks]
    discord = [FIX / "discord_general.json", FIX / "discord_thread.json", FIX / "discord_dm.json"]
    assert got == _independent(FIX / "slack_export", discord, until, 6)
    assert max(e for e, _r in got) >= 5 and max(r for _e, r in got) >= 2
    _assert_rollups_match_rebuild(app_ctx, wid)
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_discord_server_export_folder_links_threads_across_files(app_ctx: AppContext, tmp_path: Path) -> None:
    folder = tmp_path / "Mobility Crew export"
    folder.mkdir()
    for name in ("discord_thread.json", "discord_general.json"):  # the thread's file sorts first
        shutil.copy(FIX / name, folder / name)
    wid = _ws(app_ctx)
    rep = import_chat(app_ctx.engine, wid, read_export(folder))
    assert rep.format == "discord" and rep.new_messages == 7
    rows = _rows(app_ctx, wid)
    assert [(h, k, p) for h, k, p, _d, e in rows if e in ("dc:1200000000000000020", "dc:1200000000000000021")] == [
        ("ben", "reply", "ana"),
        ("ana", "reply", "ana"),
    ]
