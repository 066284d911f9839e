"""``microcomm sprint`` as a user runs it (subprocess), on the sample community."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from tests.cli.test_cli_core import run


def _sample(data_dir: Path) -> None:
    from microcomm_desktop.services.context import open_context
    from microcomm_desktop.services.sample import create_sample_workspace

    ctx = open_context(data_dir, database_url=os.environ.get("MICROCOMM_DATABASE_URL"))
    create_sample_workspace(ctx.engine, date(2026, 11, 25))
    ctx.dispose()


def test_status_prints_progress_and_verdict(tmp_path: Path) -> None:
    d = tmp_path / "data"
    _sample(d)
    r = run(
        "sprint", "status", "--workspace", "Sample: Mobility Run Club", "--today", "2026-11-25", "--data-dir", str(d)
    )
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("Sprint: Month 1: foundations (2026-11-02 – 2026-12-01), week 4 of 4")
    assert lines[1].startswith("Progress: ")
    assert any(line.startswith("Verdict: ") for line in lines)
    assert "Weeks used: W1 → W2 → W3" in r.stdout


def test_new_list_report_and_errors(tmp_path: Path) -> None:
    d = str(tmp_path / "data")
    assert run("workspace", "create", "Club", "--data-dir", d).returncode == 0
    r = run("sprint", "status", "--workspace", "Club", "--data-dir", d)
    assert r.returncode == 0 and "No sprint yet" in r.stdout
    r = run("sprint", "new", "--workspace", "Club", "--name", " ", "--data-dir", d)
    assert r.returncode != 0 and "name" in r.stderr and r.stderr.count("\n") == 1
    r = run("sprint", "new", "--workspace", "Club", "--name", "Month 1", "--start", "2026-11-02", "--data-dir", d)
    assert r.returncode == 0, r.stderr
    r = run("sprint", "list", "--workspace", "Club", "--data-dir", d)
    assert r.stdout.strip().endswith("2026-11-02\t2026-12-01\tMonth 1")
    md = tmp_path / "r.md"
    r = run("sprint", "report", "--workspace", "Club", "--today", "2026-11-25", "--out", str(md), "--data-dir", d)
    assert r.returncode == 0, r.stderr
    assert md.read_text(encoding="utf-8").startswith("# Sprint report: Month 1")
    pdf = tmp_path / "r.pdf"
    r = run("sprint", "report", "--workspace", "Club", "--today", "2026-11-25", "--out", str(pdf), "--data-dir", d)
    assert r.returncode == 0, r.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    r = run("sprint", "report", "--workspace", "Club", "--out", str(tmp_path / "r.txt"), "--data-dir", d)
    assert r.returncode != 0 and ".md" in r.stderr
