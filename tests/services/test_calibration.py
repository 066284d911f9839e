"""Benchmark bands calibrated from the creator's own data: P25–P75 of per-post (weekly for the returning share)
values, beside the defaults; applied per workspace, recorded with the date, undoable."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest

from microcomm_desktop.cli import parse, run_command
from microcomm_desktop.domain import metrics
from microcomm_desktop.services import calibration
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.scorecard import benchmarks
from microcomm_desktop.services.workspaces import create_workspace
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Post
from tests.conftest import cli_db_args

TODAY = date(2026, 11, 29)


def _posts(ctx: AppContext, name: str = "Cal") -> tuple[int, list[float]]:
    """20 community posts over 60 days with known replies per 1k; 3 reach-label polls (too few for their own
    band, and not judged on replies)."""
    wid = create_workspace(ctx.engine, name, timezone="UTC").id or 0
    replies = [4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40, 42]
    with session_scope(ctx.engine) as s:
        for i, c in enumerate(replies):
            d = TODAY - timedelta(days=3 * i)
            s.add(Post(workspace_id=wid, platform="instagram", platform_post_id=f"p{i}", local_date=d,
                       published_at=datetime(d.year, d.month, d.day, 9, tzinfo=UTC), reach=1000, comments=c,
                       saves=2 * c, likes=30, format="carousel"))  # fmt: skip
        for i in range(3):
            d = TODAY - timedelta(days=i)
            s.add(Post(workspace_id=wid, platform="instagram", platform_post_id=f"poll{i}", local_date=d,
                       published_at=datetime(d.year, d.month, d.day, 12, tzinfo=UTC), reach=1000, likes=90,
                       format="Poll", label="reach"))  # fmt: skip
    return wid, [float(c) for c in replies]


def test_proposal_is_p25_p75_of_per_post_values(app_ctx: AppContext) -> None:
    wid, replies = _posts(app_ctx)
    cal = calibration.propose(app_ctx.engine, wid, TODAY, 60)
    by = {p.key: p for p in cal.proposals}
    rp = by["replies_per_1k"]
    lo, hi = np.percentile(replies, [25, 75])
    assert rp.proposed is not None and (rp.proposed.low, rp.proposed.high) == (round(lo, 1), round(hi, 1))
    assert rp.values == 20 and "P25–P75 of 20 community posts' replies per 1,000 reach" in rp.basis
    assert rp.default == metrics.BENCHMARKS["replies_per_1k"] and rp.current == rp.default
    assert by["er_poll_qa"].proposed is None and "Not enough data: 3" in by["er_poll_qa"].basis
    # 30 days: only the posts of the last 30 days count
    assert {p.key: p.values for p in calibration.propose(app_ctx.engine, wid, TODAY, 30).proposals}[
        "replies_per_1k"
    ] == 10
    with pytest.raises(calibration.CalibrationError, match="30, 60, 90"):
        calibration.propose(app_ctx.engine, wid, TODAY, 45)


def test_apply_is_per_workspace_recorded_and_undoable(app_ctx: AppContext) -> None:
    wid, _ = _posts(app_ctx)
    other, _ = _posts(app_ctx, "Other")
    cal = calibration.propose(app_ctx.engine, wid, TODAY, 90)
    rec = calibration.apply_bands(app_ctx.engine, wid, cal.proposed_bands(), TODAY, 90)
    assert rec["applied_on"] == TODAY.isoformat() and rec["days"] == 90
    got = benchmarks(app_ctx.engine, wid).bands["replies_per_1k"]
    assert [got.low, got.high] == cal.proposed_bands()["replies_per_1k"]
    assert benchmarks(app_ctx.engine, other).bands["replies_per_1k"] == metrics.BENCHMARKS["replies_per_1k"]
    assert calibration.last_applied(app_ctx.engine, wid)["applied_on"] == TODAY.isoformat()  # type: ignore[index]
    assert calibration.undo_last(app_ctx.engine, wid, TODAY) is not None
    assert benchmarks(app_ctx.engine, wid).bands["replies_per_1k"] == metrics.BENCHMARKS["replies_per_1k"]
    assert calibration.last_applied(app_ctx.engine, wid) is None
    assert calibration.history(app_ctx.engine, wid)[0]["undone_on"] == TODAY.isoformat()
    assert calibration.redo_last(app_ctx.engine, wid) is not None
    assert [benchmarks(app_ctx.engine, wid).bands["replies_per_1k"].low] == [cal.proposed_bands()["replies_per_1k"][0]]
    with pytest.raises(calibration.CalibrationError, match="lower to a higher"):
        calibration.apply_bands(app_ctx.engine, wid, {"er": [9.0, 2.0]}, TODAY, 90)


def test_cli_calibrate(capsys, data_dir, app_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    wid, _ = _posts(app_ctx)
    base = [
        "--data-dir",
        str(data_dir),
        *cli_db_args(app_ctx),
        "workspace",
        "calibrate",
        "Cal",
        "--today",
        TODAY.isoformat(),
    ]
    assert run_command(parse([*base, "--days", "60"])) == 0
    out = capsys.readouterr().out
    assert "replies per 1,000 reach" in out and "5-25" in out and "P25–P75 of 20" in out
    assert benchmarks(app_ctx.engine, wid).bands["replies_per_1k"] == metrics.BENCHMARKS["replies_per_1k"]  # no --apply
    assert run_command(parse([*base, "--days", "60", "--apply"])) == 0
    assert "Applied on 2026-11-29" in capsys.readouterr().out
    assert benchmarks(app_ctx.engine, wid).bands["replies_per_1k"] != metrics.BENCHMARKS["replies_per_1k"]
    assert run_command(parse([*base, "--undo"])) == 0
    assert benchmarks(app_ctx.engine, wid).bands["replies_per_1k"] == metrics.BENCHMARKS["replies_per_1k"]
    assert run_command(parse([*base, "--undo"])) == 2
    assert "No calibration to undo" in capsys.readouterr().err


def test_cli_typed_band_and_defaults(capsys, data_dir, app_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    wid, _ = _posts(app_ctx)
    base = [
        "--data-dir",
        str(data_dir),
        *cli_db_args(app_ctx),
        "workspace",
        "calibrate",
        "Cal",
        "--today",
        TODAY.isoformat(),
    ]
    assert run_command(parse([*base, "--band", "er_poll_qa=7-18"])) == 0
    poll = benchmarks(app_ctx.engine, wid).bands["er_poll_qa"]
    assert (poll.low, poll.high) == (7.0, 18.0)
    assert calibration.last_applied(app_ctx.engine, wid)["source"] == "typed"  # type: ignore[index]
    assert run_command(parse([*base, "--band", "er_poll_qa=18-7"])) == 2
    assert "lower to a higher" in capsys.readouterr().err
    assert run_command(parse([*base, "--band", "nope=1-2"])) == 2
    assert run_command(parse([*base, "--defaults"])) == 0
    assert benchmarks(app_ctx.engine, wid).bands["er_poll_qa"] == metrics.BENCHMARKS["er_poll_qa"]
    assert run_command(parse([*base, "--undo"])) == 0  # back to the typed band
    assert benchmarks(app_ctx.engine, wid).bands["er_poll_qa"].high == 18.0


@pytest.mark.parametrize(
    ("text", "band"), [("6–15", (6.0, 15.0)), ("6-15%", (6.0, 15.0)), ("6 to 15", (6.0, 15.0)), ("6, 15", (6.0, 15.0))]
)
def test_parse_band(text: str, band: tuple[float, float]) -> None:
    assert calibration.parse_band(text) == band
    with pytest.raises(ValueError, match="LOW–HIGH"):
        calibration.parse_band("six")
