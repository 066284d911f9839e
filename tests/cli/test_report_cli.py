"""``microcomm report``: JSON/CSV shape from issue #4, numbers identical to the GUI's scorecard, PDF one page."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from microcomm_desktop.cli import parse, run_command
from microcomm_desktop.services.scorecard import weekly_scorecard


def _run(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = run_command(parse(["--data-dir", str(data_dir), "report", *args]))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def sample(app_ctx, sample_workspace):  # type: ignore[no-untyped-def]
    return sample_workspace


def test_json_matches_gui_numbers(capsys, data_dir, app_ctx, sample, today: date) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(capsys, data_dir, "--workspace", sample.name, "--weeks", "6", "--until", today.isoformat())
    assert code == 0
    payload = json.loads(out)
    assert payload["workspace"] == sample.name and payload["er_definition"] == "reach"
    weeks = payload["weeks"]
    figs = weekly_scorecard(app_ctx.engine, sample.id, until=today, weeks=6)
    assert len(weeks) == 6
    for w, f in zip(weeks, figs, strict=True):
        assert w["week_start"] == f.week_start.isoformat() and w["week_end"] == f.week_end.isoformat()
        for key in ("posts", "community_posts", "reach", "engaged_people", "returning_engagers"):
            assert w[key] == getattr(f, key)
        for key in ("returning_share", "replies_per_1k", "saves_per_1k", "er", "health_score"):
            assert w[key] == pytest.approx(round(getattr(f, key), 2))
    assert weeks[0]["week_start"] < weeks[-1]["week_start"]  # oldest first


def test_null_where_na_and_label(capsys, data_dir, app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(
        capsys, data_dir, "--workspace", workspace.name, "--weeks", "1", "--until", "2026-11-25", "--label", "community"
    )
    assert code == 0
    (w,) = json.loads(out)["weeks"]
    assert w["er"] is None and w["returning_share"] is None and w["health_score"] is None


def test_csv_same_columns(capsys, data_dir, sample, today: date) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(
        capsys, data_dir, "--workspace", sample.name, "--weeks", "3", "--until", today.isoformat(), "--format", "csv"
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 3
    for key in (
        "week_start",
        "week_end",
        "posts",
        "community_posts",
        "reach",
        "engaged_people",
        "returning_engagers",
        "returning_share",
        "replies_per_1k",
        "saves_per_1k",
        "er",
        "health_score",
    ):
        assert key in rows[0]


def test_pdf_and_html_files(capsys, data_dir, sample, today: date, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "r.pdf"
    code, _, err = _run(
        capsys, data_dir, "--workspace", sample.name, "--until", today.isoformat(), "--format", "pdf", "-o", str(pdf)
    )
    assert code == 0 and "(1 page)" in err and pdf.read_bytes().startswith(b"%PDF")
    html_file = tmp_path / "r.html"
    code, _, _ = _run(
        capsys,
        data_dir,
        "--workspace",
        sample.name,
        "--until",
        today.isoformat(),
        "--format",
        "html",
        "-o",
        str(html_file),
    )
    assert code == 0 and "data:image/png;base64," in html_file.read_text(encoding="utf-8")


def test_bad_input_is_one_clear_line(capsys, data_dir, sample) -> None:  # type: ignore[no-untyped-def]
    code, _, err = _run(capsys, data_dir, "--workspace", "nope", "--weeks", "2")
    assert code == 2 and "No workspace named" in err
    code, _, err = _run(capsys, data_dir, "--workspace", sample.name, "--format", "pdf")
    assert code == 2 and "-o" in err
    with pytest.raises(SystemExit):
        parse(["report", "--workspace", "x", "--until", "25/11/2026"])
