"""Issue 17.2 / 18.2: values too large to add up — refused on entry, and a file that already holds them
(written with raw SQL, as an old version's import did) still opens: every tab opens or shows its error in
place, reports refuse with a sentence naming the values, never a negative overflowed total."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from microcomm_desktop.domain.limits import MAX_COUNT
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.value_audit import find_out_of_range
from microcomm_desktop.ui.context import UiContext, make_settings
from microcomm_desktop.ui.events import EventBus
from microcomm_desktop.ui.main_window import MainWindow
from microcomm_desktop.ui.tabs.base import FailedTab, build_tab_page

REPO = Path(__file__).resolve().parents[2]
BIG = 2**63 - 1


def _poison(db: Path) -> None:
    con = sqlite3.connect(db)
    con.execute(
        f"update post set reach = {BIG}, impressions = {BIG}, likes = {BIG} "
        "where id in (select id from post order by published_at desc limit 3)"
    )
    con.execute(f"update deal set creator_fee = '1e40', actual_impressions = {BIG}")
    con.commit()
    con.close()


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("MICROCOMM_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "microcomm_desktop", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_every_tab_opens_on_a_file_holding_huge_values(  # type: ignore[no-untyped-def]
    qtbot, app_ctx: AppContext, sample_workspace, today: date
) -> None:
    _poison(app_ctx.paths.db_path)
    assert find_out_of_range(app_ctx.engine, sample_workspace.id)
    ui = UiContext(app=app_ctx, bus=EventBus(), settings=make_settings(app_ctx))
    win = MainWindow(ui, today=today)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        assert win.slots[i].page is not None
    dash = win.tab_page("Dashboard")
    # The Dashboard adds the values up: it says which values are out of range instead of showing a total.
    label = dash.message if isinstance(dash, FailedTab) else dash.advice_label  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "outside the allowed range" in label.text(), timeout=20000)
    assert "Post " in label.text() and "correct it in the Posts tab" in label.text()


def test_a_tab_that_fails_shows_its_error_in_place_and_can_be_retried(  # type: ignore[no-untyped-def]
    qtbot, ui_ctx: UiContext
) -> None:
    calls: list[int] = []
    page = build_tab_page(ui_ctx, "Nowhere", "microcomm_desktop.ui.tabs.no_such_tab", retry=lambda: calls.append(1))
    qtbot.addWidget(page)
    assert isinstance(page, FailedTab)
    assert "The Nowhere tab could not be shown" in page.message.text()
    page.retry_btn.click()
    assert calls == [1]


def test_report_refuses_huge_values_with_a_sentence_and_works_until_9999(  # type: ignore[no-untyped-def]
    app_ctx: AppContext, sample_workspace
) -> None:
    data = app_ctx.paths.data_dir
    app_ctx.dispose()
    ok = _cli(data, "report", "--workspace", sample_workspace.name, "--format", "csv", "--until", "9999-12-31")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip().splitlines()[-1].startswith("9999-12-27,9999-12-31,")
    _poison(data / "microcomm.sqlite3")
    for fmt in ("csv", "json"):
        bad = _cli(data, "report", "--workspace", sample_workspace.name, "--format", fmt, "--weeks", "520")
        assert bad.returncode == 1
        assert "outside the allowed range 0 to 999,999,999,999" in bad.stderr
        assert "Traceback" not in bad.stderr and "SQL" not in bad.stderr
        assert bad.stdout == ""


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=10**30))
def test_calc_refuses_counts_beyond_the_limit(value: int) -> None:
    from microcomm_desktop.cli import parse

    argv = ["calc", "--fees", "100", "--impressions", str(value)]
    if value <= MAX_COUNT:
        assert parse(argv).impressions == value
    else:
        with pytest.raises(SystemExit):
            parse(argv)


@pytest.mark.parametrize("fee", ["123456789012345678901234567890", "1000000000000", "-5"])
def test_calc_refuses_money_beyond_the_limit(fee: str, capsys: pytest.CaptureFixture[str]) -> None:
    from microcomm_desktop.cli import parse

    with pytest.raises(SystemExit):
        parse(["calc", "--fees", fee])
    err = capsys.readouterr().err
    assert "allowed range is 0 to 999,999,999,999.99" in err or "not an amount" in err or "negative" in err


def test_an_import_rejects_rows_beyond_the_limit_row_by_row(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _cli(data, "workspace", "create", "W", "--timezone", "UTC").returncode == 0
    f = tmp_path / "huge.csv"
    f.write_text(
        "Date/time,Platform,Platform post id,Title,Reach,Likes\n"
        "2025-01-01T10:00,instagram,a,ok,5,1\n"
        f"2025-01-02T10:00,instagram,b,huge,{BIG},1\n",
        encoding="utf-8",
    )
    r = _cli(data, "import", "posts", str(f), "--workspace", "W", "--skip-bad")
    assert r.returncode == 0 and "Inserted 1," in r.stdout
    assert f"line 3: rejected: Reach: '{BIG}' is too large: the allowed range is 0 to 999,999,999,999." in r.stdout
