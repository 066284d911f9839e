"""``microcomm rituals export-ics|import-ics|list`` as a user runs them (subprocess): the round trip between two
data folders, the row-by-row report, the dry run, and a refused file with one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli_core import run

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "ics"


def _workspace(d: str, name: str = "Club") -> None:
    r = run("workspace", "create", name, "--timezone", "Europe/Berlin", "--data-dir", d)
    assert r.returncode == 0, r.stderr


@pytest.mark.sqlite_only("two data folders stand for two separate databases")
def test_import_report_dry_run_and_round_trip(tmp_path: Path) -> None:
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    _workspace(a)
    _workspace(b)
    src = str(FIX / "google_weekly.ics")
    args = ("--workspace", "Club", "--today", "2026-11-25", "--data-dir", a)
    dry = run("rituals", "import-ics", src, "--dry-run", *args)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith("Would create 1 ritual(s), 3 one-off event(s) and 3 skipped date(s)")
    assert run("rituals", "list", "--workspace", "Club", "--data-dir", a).stdout.strip() == "No rituals or events yet."

    r = run("rituals", "import-ics", src, "--workspace", "Club", "--today", "2026-11-25", "--data-dir", a)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("Created 1 ritual(s), 3 one-off event(s) and 3 skipped date(s)")
    assert "#1 “Tuesday teardown”: ritual — Tue 18:30 (45 min) from 2026-11-03 until 2026-12-08" in lines
    assert "#1 “Tuesday teardown”: skipped date — 2026-11-17" in lines
    assert any(line.startswith("#4 “Guest live”: event — one-off event on 2026-12-05 16:00 (90 min)") for line in lines)

    out = tmp_path / "club.ics"
    r = run("rituals", "export-ics", str(out), "--workspace", "Club", "--data-dir", a)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"4 calendar entries written to {out}"
    r = run("rituals", "import-ics", str(out), "--workspace", "Club", "--data-dir", b)
    assert r.returncode == 0, r.stderr
    assert "0 not imported, 0 warning(s)" in r.stdout.splitlines()[0]
    listed_a = run("rituals", "list", "--workspace", "Club", "--data-dir", a).stdout
    listed_b = run("rituals", "list", "--workspace", "Club", "--data-dir", b).stdout
    assert listed_a == listed_b and "  skipped\t2026-11-24" in listed_b


def test_refused_file_is_one_sentence(tmp_path: Path) -> None:
    d = str(tmp_path / "d")
    _workspace(d)
    bad = tmp_path / "export.zip"
    bad.write_bytes(b"PK\x03\x04not really")
    r = run("rituals", "import-ics", str(bad), "--workspace", "Club", "--data-dir", d)
    assert r.returncode == 2
    assert "ZIP archive" in r.stderr and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    r = run("rituals", "export-ics", str(tmp_path / "c.txt"), "--workspace", "Club", "--data-dir", d)
    assert r.returncode == 2 and ".ics" in r.stderr
    r = run("rituals", "import-ics", str(tmp_path / "missing.ics"), "--workspace", "Club", "--data-dir", d)
    assert r.returncode == 2 and "Could not read" in r.stderr
