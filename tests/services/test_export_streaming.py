"""Streaming exports (issue 20): same cells as a plain per-row conversion, guard intact, progress and cancel."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from microcomm_desktop.domain.csv_safety import FORMULA_TRIGGERS, guard_row
from microcomm_desktop.services import exporting
from microcomm_desktop.services.workspaces import create_workspace
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Engager, Interaction, Post

HOSTILE = ['=HYPERLINK("http://x","y")', "+1 555", "-5", "@SUM(A1)", "\tTab", "\rCR", "'=already", "''+x", "ok", ""]


def _fill(engine, ws_id: int, n: int) -> list[datetime]:  # type: ignore[no-untyped-def]
    """Interactions every 37 minutes across both 2026 DST changes, hostile handles/texts/ids, replies."""
    start = datetime(2026, 3, 27, 0, 7, 13, tzinfo=UTC)
    times = [start + timedelta(minutes=37 * k, seconds=k % 60) for k in range(n)]
    times += [datetime(2026, 10, 25, 0, 59, 59, tzinfo=UTC), datetime(2026, 10, 25, 1, 0, 1, tzinfo=UTC)]
    with session_scope(engine) as s:
        post = Post(
            workspace_id=ws_id,
            platform="instagram",
            platform_post_id="=p1",
            published_at=start,
            local_date=start.date(),
            title="-title",
        )
        linked = Post(
            workspace_id=ws_id,
            platform="instagram",
            platform_post_id=None,
            link="https://x.test/p/2",
            published_at=start,
            local_date=start.date(),
        )
        s.add_all([post, linked])
        s.flush()
        engagers = [Engager(workspace_id=ws_id, platform="instagram", handle=h or "plain") for h in HOSTILE[:-1]]
        s.add_all(engagers)
        s.flush()
        prev: Interaction | None = None
        for k, when in enumerate(times):
            it = Interaction(
                workspace_id=ws_id,
                engager_id=engagers[k % len(engagers)].id,
                post_id=[post.id, linked.id, None][k % 3],
                kind="reply" if prev is not None and k % 4 == 0 else "comment",
                occurred_at=when,
                local_date=when.date(),
                parent_id=prev.id if prev is not None and k % 4 == 0 else None,
                external_id=[None, "", "@ext", f"x{k}"][k % 4],
                text=HOSTILE[k % len(HOSTILE)],
            )
            s.add(it)
            s.flush()
            prev = it
    return times


def _read(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize("tz", ["Europe/Berlin", "Asia/Kolkata", "America/St_Johns", "UTC"])
def test_interactions_export_matches_per_row_conversion(app_ctx, tmp_path: Path, tz: str) -> None:  # type: ignore[no-untyped-def]
    ws = create_workspace(app_ctx.engine, f"Stream {tz}", timezone=tz)
    assert ws.id is not None
    times = _fill(app_ctx.engine, ws.id, 400)
    out = tmp_path / "i.csv"
    n = exporting.export_interactions(app_ctx.engine, ws.id, out)
    rows = _read(out)
    assert n == len(times) == len(rows) - 1
    assert rows[0] == exporting.INTERACTION_HEADERS
    zone = ZoneInfo(tz)
    expected_times = [t.astimezone(zone).isoformat(timespec="seconds") for t in sorted(times)]
    assert [r[2] for r in rows[1:]] == expected_times
    for r in rows[1:]:
        for cell in r:
            assert not cell.startswith(FORMULA_TRIGGERS), r
    handles = {r[0] for r in rows[1:]}
    assert handles == {str(c) for c in guard_row([h or "plain" for h in HOSTILE[:-1]])}
    assert "''=already" in handles and "'@SUM(A1)" in handles and "ok" in handles
    texts = {r[7] for r in rows[1:]}
    assert set(texts) == {str(c) for c in guard_row(list(HOSTILE))}
    posts = {r[3] for r in rows[1:]}
    assert posts == {"'=p1", "https://x.test/p/2", ""}
    ids = [r[4] for r in rows[1:]]
    assert "'@ext" in ids and any(i.startswith("mc-") for i in ids) and len(set(ids)) > 3
    parents = [r[5] for r in rows[1:] if r[1] == "reply"]
    assert parents and all(p for p in parents)
    assert all(r[5] == "" for r in rows[1:] if r[1] == "comment")


def test_export_progress_reaches_total_and_cancel_leaves_target(app_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = create_workspace(app_ctx.engine, "Progress", timezone="Europe/Berlin")
    assert ws.id is not None
    _fill(app_ctx.engine, ws.id, 300)
    seen: list[tuple[int, int]] = []
    old = exporting.CHUNK
    exporting.CHUNK = 100
    try:
        out = tmp_path / "i.csv"
        n = exporting.export_interactions(app_ctx.engine, ws.id, out, progress=lambda d, t: seen.append((d, t)) or True)
        assert seen[0] == (0, n) and seen[-1] == (n, n) and len(seen) == 1 + (n + 99) // 100
        before = out.read_bytes()

        def cancel_after_first(done: int, total: int) -> bool:
            return done < 100

        with pytest.raises(exporting.ExportCancelled):
            exporting.export_interactions(app_ctx.engine, ws.id, out, progress=cancel_after_first)
        assert out.read_bytes() == before  # the earlier export is intact
        assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]  # no temporary file left
        fresh = tmp_path / "never.csv"
        with pytest.raises(exporting.ExportCancelled):
            exporting.export_posts(app_ctx.engine, ws.id, fresh, progress=lambda d, t: False)
        assert not fresh.exists()
    finally:
        exporting.CHUNK = old


def test_posts_and_engagers_stream_with_progress(app_ctx, sample_workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[int, int]] = []
    n = exporting.export_posts(
        app_ctx.engine, sample_workspace.id, tmp_path / "p.csv", progress=lambda d, t: calls.append((d, t)) or True
    )
    assert calls[-1] == (n, n) and len(_read(tmp_path / "p.csv")) == n + 1
    calls.clear()
    m = exporting.export_engagers(
        app_ctx.engine,
        sample_workspace.id,
        tmp_path / "e.csv",
        date(2026, 11, 25),
        progress=lambda d, t: calls.append((d, t)) or True,
    )
    assert calls[-1] == (m, m) and len(_read(tmp_path / "e.csv")) == m + 1


@pytest.mark.parametrize("tz", ["Europe/Berlin", "America/St_Johns", "Australia/Lord_Howe"])
def test_sql_and_python_paths_write_the_same_file(app_ctx, tmp_path: Path, tz: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """SQLite's fast path (driver cursor, cached minutes) and the general per-row path (other engines) must give
    the very same bytes."""
    ws = create_workspace(app_ctx.engine, f"Paths {tz}", timezone=tz)
    assert ws.id is not None
    _fill(app_ctx.engine, ws.id, 300)
    fast, slow = tmp_path / "fast.csv", tmp_path / "slow.csv"
    exporting.export_interactions(app_ctx.engine, ws.id, fast)
    monkeypatch.setattr(exporting, "_interactions_sqlite", exporting._interactions_in_python)
    exporting.export_interactions(app_ctx.engine, ws.id, slow)
    assert fast.read_bytes() == slow.read_bytes()
