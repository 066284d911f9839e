"""``microcomm calc``, ``deal list`` and ``quote export`` from the command line."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from microcomm_desktop.__main__ import main


def test_calc_prints_blended_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calc", "--fees", "2000", "--media", "3000", "--impressions", "150000", "--conversions", "120"]) == 0
    text = capsys.readouterr().out
    assert "Blended (fees + media = $5,000.00):" in text
    assert "CPM $33.33" in text
    assert "CPA $41.67" in text
    assert "CPV n/a" in text


def test_calc_json(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["calc", "--fees", "2,000", "--media", "3000", "--impressions", "150,000", "--conversions", "120"]
    assert main([*argv, "--revenue", "7800", "--target-cpm", "40", "--target-cpa", "20", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["blended"] == {"total": "5000.00", "cpm": "33.33", "cpv": "n/a", "cpa": "41.67"}
    assert data["fees_only"]["cpm"] == "13.33"
    assert data["media_only"]["cpa"] == "25.00"
    assert data["roas"] == "1.56"
    assert data["max_fee_for_target_cpm"] == {"target": "40.00", "max_fee": "3000.00", "feasible": True}
    assert data["max_fee_for_target_cpa"]["feasible"] is False


def test_calc_reverse_text_and_zero_denominators(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calc", "--fees", "100", "--target-cpm", "40"]) == 0
    text = capsys.readouterr().out
    assert "CPM n/a" in text and "CPA n/a" in text
    assert "Max fee for blended CPM <= $40.00: n/a" in text


@pytest.mark.parametrize("bad", [["--fees", "-5"], ["--fees", "abc"], ["--fees", "1", "--impressions", "-3"]])
def test_calc_rejects_bad_input(bad: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["calc", *bad])
    assert info.value.code == 2
    assert "error: argument" in capsys.readouterr().err


def test_deal_list_and_quote_export(qapp, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    """``qapp`` first: the PDF writer would otherwise create a bare QGuiApplication for the whole session."""
    from microcomm_desktop.services.context import open_context
    from microcomm_desktop.services.sample import SAMPLE_NAME, create_sample_workspace

    ctx = open_context(data_dir, database_url=os.environ.get("MICROCOMM_DATABASE_URL"))
    create_sample_workspace(ctx.engine, date(2026, 11, 25))
    ctx.dispose()
    assert main(["deal", "list", "--data-dir", str(data_dir), "--workspace", SAMPLE_NAME, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    trail = next(r for r in rows if r["brand"] == "TrailFlex Socks")
    assert trail["blended"]["cpm"] == "33.33" and trail["blended"]["cpa"] == "41.67"
    assert main(["deal", "list", "--data-dir", str(data_dir), "-w", SAMPLE_NAME]) == 0
    assert "TrailFlex Socks" in capsys.readouterr().out
    out = tmp_path / "quote.md"
    argv = ["quote", "export", "--data-dir", str(data_dir), "-w", SAMPLE_NAME, "--deal", str(trail["id"])]
    assert main([*argv, "--out", str(out)]) == 0
    assert "TrailFlex" in out.read_text(encoding="utf-8")
    assert main([*argv, "--out", str(tmp_path / "quote.pdf")]) == 0
    assert (tmp_path / "quote.pdf").read_bytes()[:5] == b"%PDF-"
    assert main([*argv[:-1], "999", "--out", str(out)]) == 2
    assert "no longer exists" in capsys.readouterr().err
