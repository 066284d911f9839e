"""SQLite's export fast paths (issue 20) against the general per-row paths, byte for byte.

On SQLite the interactions and engagers exports make every cell in SQL (formula guard, local time where the zone's
offset is fixed, blanks, yes/no) and write text rows joined, not through csv.writer. Each piece is checked here
against the reference it replaces: the general per-row Python path on the same data (zones with a fixed offset
whose span crosses the zone's last change, DST zones, stored times in odd shapes, formula-like and CSV-hostile
cells), ``guard_cell``, zoneinfo, and csv.writer.
"""

from __future__ import annotations

import csv
import io
import random
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

import pytest
from sqlalchemy import text

from microcomm_desktop.domain.csv_safety import guard_cell
from microcomm_desktop.services import exporting
from microcomm_desktop.services.workspaces import create_workspace
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Engager, EngagerDay, Interaction, Post

pytestmark = pytest.mark.sqlite_only("the SQL fast paths are SQLite's")

HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "+1 555",
    "-5",
    "@SUM(A1)",
    "\tTab",
    "\rCR",
    "'=already",
    "''+x",
    "'''",
    "'plain",
    "ok, with a comma",
    'say "hi"',
    "two\nlines",
    "x\r\ny",
    "ünïcode ✓",
    "",
]

# Zones with one offset since a last change (UTC, +05:30, -03:00 since Brazil dropped DST in 2019, +03:30 since
# Iran did in 2022, +00:00 since Liberia's -0:44:30 ended in 1972, +13:00 since Samoa's DST ended in 2021) and
# zones with daylight-saving time (offset stretches cut at the listed transitions around the exported times).
FIXED = ["UTC", "Etc/GMT+5", "Asia/Kolkata", "America/Sao_Paulo", "Asia/Tehran", "Africa/Monrovia", "Pacific/Apia"]
DST = ["Europe/Berlin", "Australia/Lord_Howe", "America/St_Johns"]


def _instants(zone: str) -> list[datetime]:
    """Times around the zone's last offset change (fixed zones) or its 2026 DST changes, with odd seconds and
    microseconds (59.999999 must not round into the next minute)."""
    fixed = exporting._fixed_offset(ZoneInfo(zone))
    if fixed is not None and fixed[0]:
        centres = [datetime.fromisoformat(fixed[0]).replace(tzinfo=UTC)]
    elif fixed is not None:  # one offset for all time
        centres = [datetime(2026, 3, 29, 1, 0, tzinfo=UTC)]
    else:  # the hours in which the zone's offset changes in 2026 (zoneinfo, hour by hour)
        tz = ZoneInfo(zone)
        hours = [datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=h) for h in range(365 * 24)]
        offsets = [h.astimezone(tz).utcoffset() for h in hours]
        centres = [hours[k] for k in range(1, len(hours)) if offsets[k] != offsets[k - 1]]
        assert len(centres) == 2
    rng = random.Random(zone)
    out: list[datetime] = []
    for c in centres:
        for m in range(-150, 150, 7):
            micro = rng.choice([0, 0, 1, 999_999, rng.randrange(1_000_000)])
            out.append(c + timedelta(minutes=m, seconds=rng.choice([0, 59, rng.randrange(60)]), microseconds=micro))
        out.append(c - timedelta(minutes=1, microseconds=1))
        out.append(c)
    out.append(datetime(2001, 1, 1, 0, 0, 59, 999_999, tzinfo=UTC))
    out.append(datetime(2026, 12, 31, 23, 59, 59, tzinfo=UTC))
    return out


def _fill(engine: Any, ws_id: int, zone: str) -> None:
    times = _instants(zone)
    with session_scope(engine) as s:
        posts = [
            Post(
                workspace_id=ws_id,
                platform="instagram",
                platform_post_id=pid,
                link=link,
                published_at=times[0],
                local_date=times[0].date(),
            )
            for pid, link in [("=p1", None), (None, "@https://x.test/p/2"), ("", ""), ("p,4", None)]
        ]
        s.add_all(posts)
        people = [Engager(workspace_id=ws_id, platform="instagram", handle=h or "plain") for h in HOSTILE[:-1]]
        s.add_all(people)
        s.flush()
        prev: Interaction | None = None
        for k, when in enumerate(times):
            it = Interaction(
                workspace_id=ws_id,
                engager_id=people[k % len(people)].id,
                post_id=[*(p.id for p in posts), None][k % 5],
                kind="reply" if prev is not None and k % 4 == 0 else "comment",
                occurred_at=when,
                local_date=when.date(),
                parent_id=prev.id if prev is not None and k % 4 == 0 else None,
                external_id=[None, "", "-ext", f"x{k}", "a,b"][k % 5],
                text=HOSTILE[k % len(HOSTILE)],
            )
            s.add(it)
            s.flush()
            prev = it
    with engine.begin() as conn:  # stored shapes other than the app's own: 19 characters, "T", to the minute
        for change, every, rest in [
            ("substr(occurred_at, 1, 19)", 3, 0),
            ("replace(occurred_at, ' ', 'T')", 7, 1),
            ("substr(occurred_at, 1, 16)", 11, 2),
        ]:
            where = f"workspace_id = :w AND id % {every} = {rest}"
            conn.execute(text(f"UPDATE interaction SET occurred_at = {change} WHERE {where}"), {"w": ws_id})


@pytest.mark.parametrize("zone", FIXED + DST)
def test_interactions_fast_path_writes_the_general_paths_bytes(
    app_ctx: Any, tmp_path: Path, zone: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = create_workspace(app_ctx.engine, f"Fast {zone}", timezone=zone)
    assert ws.id is not None
    _fill(app_ctx.engine, ws.id, zone)
    calls = {"n": 0}
    real_call = exporting._LocalTimes.__call__

    def counted(self: exporting._LocalTimes, v: Any) -> str:
        calls["n"] += 1
        return real_call(self, v)

    monkeypatch.setattr(exporting._LocalTimes, "__call__", counted)
    fast, slow = tmp_path / "fast.csv", tmp_path / "slow.csv"
    n = exporting.export_interactions(app_ctx.engine, ws.id, fast)
    fast_calls = calls["n"]
    monkeypatch.setattr(exporting, "_interactions_sqlite", exporting._interactions_in_python)
    exporting.export_interactions(app_ctx.engine, ws.id, slow)
    assert fast.read_bytes() == slow.read_bytes()
    assert n == len(_instants(zone))
    fixed = exporting._fixed_offset(ZoneInfo(zone))
    assert (fixed is not None) == (zone in FIXED)
    with app_ctx.engine.connect() as conn:
        query = text("SELECT occurred_at FROM interaction WHERE workspace_id = :w")
        stored = [str(r[0]) for r in conn.execute(query, {"w": ws.id})]
    # The rows SQL converts itself: the stored shape _LocalTimes reads by the minute, from the zone's last change on.
    since = fixed[0] if fixed is not None else None
    in_sql = [
        t for t in stored if since is not None and len(t) in (19, 26) and (not since or (t[10] == " " and t >= since))
    ]
    if zone in FIXED:
        assert fast_calls == n - len(in_sql) and len(in_sql) >= n // 3
    else:  # per offset stretch around the exported times (_offset_spans): the plain shapes in SQL
        plain = [t for t in stored if len(t) in (19, 26) and t[10] == " "]
        assert fast_calls == n - len(plain)
    with fast.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))[1:]
    texts = {r[7] for r in rows}
    assert '\'=HYPERLINK("http://x","y")' in texts and "'''" in texts and "'plain" in texts
    assert "two\nlines" in texts and "ok, with a comma" in texts
    assert {r[3] for r in rows} >= {"'=p1", "'@https://x.test/p/2", "p,4", ""}


@pytest.mark.parametrize("zone", FIXED + DST)
def test_fast_path_times_equal_zoneinfo(app_ctx: Any, tmp_path: Path, zone: str) -> None:
    """An oracle besides the general path: each plain stored time, to the second, in the zone per zoneinfo."""
    ws = create_workspace(app_ctx.engine, f"Oracle {zone}", timezone=zone)
    assert ws.id is not None
    times = _instants(zone)
    with session_scope(app_ctx.engine) as s:
        person = Engager(workspace_id=ws.id, platform="instagram", handle="a")
        s.add(person)
        s.flush()
        s.add_all(
            Interaction(
                workspace_id=ws.id, engager_id=person.id, kind="like", occurred_at=t, local_date=t.date(), text=""
            )
            for t in times
        )
    out = tmp_path / "i.csv"
    exporting.export_interactions(app_ctx.engine, ws.id, out)
    with out.open(newline="", encoding="utf-8") as fh:
        got = [r[2] for r in list(csv.reader(fh))[1:]]
    tz = ZoneInfo(zone)
    assert got == [t.astimezone(tz).isoformat(timespec="seconds") for t in sorted(times)]


def test_engagers_fast_path_writes_the_general_paths_bytes(
    app_ctx: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = create_workspace(app_ctx.engine, "Fast engagers", timezone="Europe/Berlin")
    assert ws.id is not None
    today = date(2026, 11, 25)
    with session_scope(app_ctx.engine) as s:
        people = [
            Engager(
                workspace_id=ws.id,
                platform=["instagram", "=x", "tiktok"][k % 3],
                handle=(h or "plain") + str(k),
                first_seen=None if k % 4 == 0 else datetime(2026, 1, 1, 12, 0, k, tzinfo=UTC),
                last_seen=None if k % 5 == 0 else datetime(2026, 11, 20, 8, 30, tzinfo=UTC),
                power_member=k % 3 == 0,
                notes=HOSTILE[(k * 5) % len(HOSTILE)],
            )
            for k, h in enumerate(HOSTILE * 3)
        ]
        s.add_all(people)
        s.flush()
        for k, p in enumerate(people):
            for d in range(k % 4):  # 0-3 active days in the last 30, some counts above one
                day = today - timedelta(days=d * 9)
                s.add(EngagerDay(workspace_id=ws.id, engager_id=p.id, local_date=day, count=k))
    fast, slow = tmp_path / "fast.csv", tmp_path / "slow.csv"
    n = exporting.export_engagers(app_ctx.engine, ws.id, fast, today)
    monkeypatch.setattr(exporting, "_engagers_sqlite", exporting._engagers_in_python)
    assert exporting.export_engagers(app_ctx.engine, ws.id, slow, today) == n == len(HOSTILE) * 3
    assert fast.read_bytes() == slow.read_bytes()
    with fast.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))[1:]
    assert {r[5] for r in rows} == {"yes", "no"} and {r[6] for r in rows} == {"yes", "no"}
    assert "'=x" in {r[0] for r in rows} and any(r[2] == "" for r in rows) and any(r[4] not in ("", "0") for r in rows)


def test_guard_sql_equals_guard_cell() -> None:
    rng = random.Random(20)
    alphabet = ["'", "=", "+", "-", "@", "\t", "\r", "a", " ", "1", "é", ",", '"', "\n"]
    values: list[str | None] = [None, "", *HOSTILE]
    values += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 6))) for _ in range(3000)]
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE t (x TEXT)")
    con.executemany("INSERT INTO t VALUES (?)", [(v,) for v in values])
    got = [r[0] for r in con.execute(f"SELECT {exporting._guard_sql('x')} FROM t ORDER BY rowid")]
    assert got == [guard_cell(v) for v in values]


def test_fixed_offsets_agree_with_zoneinfo_in_every_zone() -> None:
    """Where the TZif reading says "one offset from ``since`` on", zoneinfo gives that offset at random minutes
    from then to 2200, and the ISO suffix matches; zones with daylight-saving time get no fast path."""
    rng = random.Random(7)
    seen = 0
    for name in sorted(available_timezones()):
        tz = ZoneInfo(name)
        fixed = exporting._fixed_offset(tz)
        if fixed is None:
            continue
        seen += 1
        since, minutes, suffix = fixed
        start = datetime.fromisoformat(since).replace(tzinfo=UTC) if since else datetime(1900, 1, 1, tzinfo=UTC)
        span = int((datetime(2200, 1, 1, tzinfo=UTC) - start).total_seconds() // 60)
        for m in [0, 1, *(rng.randrange(span) for _ in range(40))]:
            when = start + timedelta(minutes=m)
            assert when.astimezone(tz).utcoffset() == timedelta(minutes=minutes), (name, when)
            assert when.astimezone(tz).isoformat(timespec="minutes")[16:] == suffix, name
    assert seen > 100
    for name in ("UTC", "Asia/Kolkata", "America/Sao_Paulo", "Asia/Tokyo"):
        assert exporting._fixed_offset(ZoneInfo(name)) is not None, name
    for name in ("Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "America/St_Johns"):
        assert exporting._fixed_offset(ZoneInfo(name)) is None, name
    assert exporting._tzif_tail(b"not a TZif file") is None
    assert exporting._tzif_tail(None) is None


def test_offset_spans_agree_with_zoneinfo_in_every_zone() -> None:
    """Each stretch's offset is zoneinfo's at random minutes inside it, 2019-2027, in every zone."""
    rng = random.Random(11)
    lo, hi = datetime(2019, 1, 1, tzinfo=UTC), datetime(2027, 6, 1, tzinfo=UTC)
    cut = 0
    for name in sorted(available_timezones()):
        tz = ZoneInfo(name)
        spans = exporting._offset_spans(tz, lo, hi)
        if spans is None:
            continue
        stretches, end = spans
        cut += len(stretches) > 1
        bounds = [datetime.fromisoformat(b[0]).replace(tzinfo=UTC) for b in stretches]
        bounds.append(datetime.fromisoformat(end).replace(tzinfo=UTC))
        assert bounds[0] == lo and bounds == sorted(bounds)
        for (_, minutes, suffix), a, b in zip(stretches, bounds, bounds[1:], strict=False):
            span = int((b - a).total_seconds() // 60)
            for m in [0, span - 1, *(rng.randrange(span) for _ in range(5))] if span > 0 else []:
                local = (a + timedelta(minutes=m)).astimezone(tz)
                assert minutes is not None and local.utcoffset() == timedelta(minutes=minutes), (name, a, m)
                assert local.isoformat(timespec="minutes")[16:] == suffix
    assert cut > 50  # zones with daylight-saving time were cut into stretches
    assert exporting._offset_spans(ZoneInfo("Europe/Berlin"), None, None) is None


def test_joined_rows_equal_csv_writer() -> None:
    """_write_rows against csv.writer on chunks of clean text, CSV-special cells, None and numbers."""
    rng = random.Random(3)
    pieces = ["a", "bc", "", ",", '"', "\n", "\r", "\r\n", "'=x", " ", "é", "x,y", 'q"q', "\t", "\x00"]
    for trial in range(300):
        width = rng.randrange(1, 9)
        special = trial % 3
        rows: list[list[object]] = []
        for _ in range(rng.randrange(1, 40)):
            row: list[object] = []
            for _ in range(width):
                if special == 0:
                    row.append("".join(rng.choice(pieces[:2] + pieces[8:10]) for _ in range(rng.randrange(3))))
                elif special == 1:
                    row.append("".join(rng.choice(pieces) for _ in range(rng.randrange(3))))
                else:
                    row.append(rng.choice([None, 7, -1.5, "a", "b,c", ""]))
            rows.append(row)
        expected, got = io.StringIO(), io.StringIO()
        csv.writer(expected).writerows(rows)
        exporting._write_rows(got, csv.writer(got), rows, width)
        assert got.getvalue() == expected.getvalue(), rows


def test_every_export_writes_what_csv_writer_writes(
    app_ctx: Any, sample_workspace: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The three exports on the sample workspace (plus titles, notes and texts that need CSV quoting) give the same
    bytes through the joined writer as through csv.writer alone."""
    ws_id = sample_workspace.id
    with app_ctx.engine.begin() as conn:
        conn.execute(text("UPDATE post SET title = 'a, \"b\"' || char(10) || 'c' WHERE id % 3 = 0"))
        conn.execute(text("UPDATE engager SET notes = 'x,y' WHERE id % 2 = 0"))
        conn.execute(text("UPDATE interaction SET text = 'q\"q' WHERE id % 5 = 0"))
    today = date(2026, 11, 25)

    def export_all(folder: Path) -> list[bytes]:
        folder.mkdir()
        exporting.export_posts(app_ctx.engine, ws_id, folder / "p.csv")
        exporting.export_engagers(app_ctx.engine, ws_id, folder / "e.csv", today)
        exporting.export_interactions(app_ctx.engine, ws_id, folder / "i.csv")
        return [(folder / f).read_bytes() for f in ("p.csv", "e.csv", "i.csv")]

    joined = export_all(tmp_path / "joined")
    monkeypatch.setattr(exporting, "_write_rows", lambda fh, w, rows, width: w.writerows(rows))
    assert export_all(tmp_path / "csv") == joined
    assert all(b.count(b"\r\n") > 10 for b in joined) and b'"a, ""b""\nc"' in joined[0]
