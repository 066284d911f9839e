"""Issue 17 (items 2, 5, 10): the store's last guard on values, durable commits, concurrent imports."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import bindparam, insert, text, update

from microcomm_desktop.domain.limits import MAX_COUNT, MAX_MONEY
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.store.db import ValueOutOfRange, session_scope
from microcomm_desktop.store.models import Deal, Post
from microcomm_desktop.store.models.base import table_of

REPO = Path(__file__).resolve().parents[2]


def _post(ws_id: int, **kw: object) -> Post:
    base: dict[str, object] = dict(
        workspace_id=ws_id,
        platform="instagram",
        published_at=datetime(2026, 1, 1, tzinfo=UTC),
        local_date=date(2026, 1, 1),
        title="t",
    )
    return Post(**{**base, **kw})


def test_commits_are_durable_wal_with_synchronous_full(app_ctx: AppContext) -> None:
    with app_ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # 2 = FULL (1 would be NORMAL)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.integers(min_value=0, max_value=2**63 - 1), field=st.sampled_from(["reach", "saves", "impressions"]))
def test_the_store_refuses_every_count_outside_the_limit(  # type: ignore[no-untyped-def]
    app_ctx: AppContext, workspace, value: int, field: str
) -> None:
    def write() -> None:
        with session_scope(app_ctx.engine) as s:
            s.add(_post(workspace.id, **{field: value}))

    if value > MAX_COUNT:
        with pytest.raises(ValueOutOfRange, match="allowed range is 0 to 999,999,999,999"):
            write()
    else:
        write()


def test_bulk_inserts_and_core_updates_are_guarded_too(app_ctx: AppContext, workspace) -> None:  # type: ignore[no-untyped-def]
    p = table_of(Post)
    row = {"workspace_id": workspace.id, "platform": "x", "published_at": datetime(2026, 1, 1, tzinfo=UTC)}
    row |= {"local_date": date(2026, 1, 1), "title": "t"}
    with pytest.raises(ValueOutOfRange, match="Reach"):
        with session_scope(app_ctx.engine) as s:
            s.execute(insert(p), [dict(row, reach=1), dict(row, reach=MAX_COUNT + 1)])
    with session_scope(app_ctx.engine) as s:
        s.add(_post(workspace.id, reach=5))
    with pytest.raises(ValueOutOfRange, match="Likes"):
        with session_scope(app_ctx.engine) as s:
            stmt = update(p).where(p.c.id == bindparam("b_id")).values(likes=bindparam("v_likes"))
            s.connection().execute(stmt, [{"b_id": 1, "v_likes": 2**62}])
    with session_scope(app_ctx.engine) as s:  # nothing half-written: both refused transactions rolled back
        assert s.execute(text("select count(*), max(likes) from post")).one() == (1, 0)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.decimals(min_value=-(10**29), max_value=10**29, places=2, allow_nan=False, allow_infinity=False))
def test_the_store_refuses_money_outside_the_limit(app_ctx: AppContext, workspace, fee: Decimal) -> None:  # type: ignore[no-untyped-def]
    def write() -> None:
        with session_scope(app_ctx.engine) as s:
            s.add(Deal(workspace_id=workspace.id, title="d", creator_fee=fee))

    if abs(fee) > MAX_MONEY:
        with pytest.raises(ValueOutOfRange, match="Creator fee is too large"):
            write()
    else:
        write()


def _cli(data: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("MICROCOMM_DEBUG", None)
    return subprocess.Popen(
        [sys.executable, "-m", "microcomm_desktop", "--data-dir", str(data), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _run(data: Path, *args: str) -> str:
    p = _cli(data, *args)
    out, err = p.communicate(timeout=120)
    assert p.returncode == 0, err
    return out


def _posts_csv(path: Path, first: int, n: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Date/time", "Platform", "Platform post id", "Title", "Reach", "Likes"])
        for i in range(first, first + n):
            when = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T10:00"
            w.writerow([when, "instagram", f"p{i}", f"t{i}", 100 + i, i % 50])


@pytest.mark.parametrize("rows", [300, 8000])
def test_two_cli_imports_at_once_both_succeed(tmp_path: Path, rows: int) -> None:
    """Before: the second import failed with "IntegrityError ... [SQL: INSERT INTO post ...]"."""
    data = tmp_path / "data"
    _run(data, "workspace", "create", "W", "--timezone", "UTC")
    _posts_csv(tmp_path / "a.csv", 0, rows)
    _posts_csv(tmp_path / "b.csv", rows, rows)
    procs = [_cli(data, "import", "posts", str(tmp_path / f), "--workspace", "W") for f in ("a.csv", "b.csv")]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert f"Inserted {rows}," in out
        assert "SQL" not in err and "Traceback" not in err
    import sqlite3

    con = sqlite3.connect(data / "microcomm.sqlite3")
    assert con.execute("select count(*), count(distinct platform_post_id) from post").fetchone() == (2 * rows, 2 * rows)
    con.close()


def test_the_same_file_imported_twice_at_once_is_not_duplicated(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _run(data, "workspace", "create", "W", "--timezone", "UTC")
    _posts_csv(tmp_path / "a.csv", 0, 2000)
    procs = [_cli(data, "import", "posts", str(tmp_path / "a.csv"), "--workspace", "W") for _ in range(2)]
    for p in procs:
        _out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    import sqlite3

    con = sqlite3.connect(data / "microcomm.sqlite3")
    assert con.execute("select count(*) from post").fetchone() == (2000,)
    con.close()
