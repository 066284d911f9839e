"""``microcomm insights`` prints the same figures as the service behind the Insights tab."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import pytest

from microcomm_desktop.cli import parse, run_command
from microcomm_desktop.services import insights as si
from tests.services.test_insights_data import build


def _run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = run_command(parse(list(argv)))
    cap = capsys.readouterr()
    return code, cap.out, cap.err


@pytest.fixture
def built(app_ctx, workspace, today):  # type: ignore[no-untyped-def]
    return build(app_ctx.engine, workspace.id, today)


@pytest.mark.parametrize("by", ["theme", "format", "ritual", "rung"])
def test_json_equals_service(capsys, data_dir, app_ctx, workspace, built, today, by) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _run(
        capsys,
        "--data-dir",
        str(data_dir),
        "insights",
        "-w",
        "Test community",
        "--by",
        by,
        "--format",
        "json",
        "--today",
        today.isoformat(),
    )
    assert code == 0, err
    doc = json.loads(out)
    since, until = si.default_period(today)
    res = si.insights_table(app_ctx.engine, workspace.id, by, since, until, "community")
    assert doc["rows"] == [r.as_dict() for r in res.rows]
    assert doc["period"] == {"since": since.isoformat(), "until": until.isoformat()}


def test_csv_matches_the_gui_model(capsys, qapp, data_dir, app_ctx, workspace, built, today) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from microcomm_desktop.ui.models.insight_table_model import InsightTableModel

    since = (today - timedelta(days=29)).isoformat()
    code, out, _ = _run(
        capsys,
        "--data-dir",
        str(data_dir),
        "insights",
        "-w",
        "Test community",
        "--by",
        "theme",
        "--since",
        since,
        "--until",
        today.isoformat(),
        "--label",
        "all",
    )
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    res = si.insights_table(app_ctx.engine, workspace.id, "theme", today - timedelta(days=29), today, "all")
    model = InsightTableModel()
    model.set_result(res)
    shown = [
        [model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert rows[0][0] == "theme"
    assert [row[:7] for row in rows[1:]] == [[str(x) for x in s[:7]] for s in shown]
    assert rows[1][:3] == ["hip mobility", "4", "15.00"]


def test_errors_are_one_line(capsys, data_dir, app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "insights", "-w", "Nope", "--by", "theme")
    assert code == 2 and "No workspace named" in err
    code, _, err = _run(
        capsys,
        "--data-dir",
        str(data_dir),
        "insights",
        "-w",
        "Test community",
        "--by",
        "theme",
        "--since",
        "2026-12-01",
        "--until",
        "2026-11-01",
    )
    assert code == 2 and "before it starts" in err
    with pytest.raises(SystemExit):
        parse(["insights", "-w", "x", "--by", "theme", "--since", "yesterday"])
    assert "not a date" in capsys.readouterr().err
