"""The first window: the real window painted from rows read with the DB-API before the data layer is imported.

Why: importing SQLAlchemy, SQLModel and the table classes is about four times a bare Qt window's start by itself
(issue #20, target 4). After a clean close the start builds the real window from ``services.file_reads`` rows
(the workspaces, the Promise page's promise and checklist), paints it, and attaches it to the data layer once
that is in (``MainWindow.attach``); keys and clicks are held until then. What the window shows must be exactly
what the usual window shows, nothing may write before the attach, and a close asked for meanwhile must happen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from microcomm_desktop.services.context import AppContext, open_context
from microcomm_desktop.services.file_reads import FileReader, open_file_reader
from microcomm_desktop.services.sample import create_sample_workspace
from microcomm_desktop.ui.context import UiContext, first_window_context, make_settings
from microcomm_desktop.ui.events import EventBus
from microcomm_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only("the first window reads the local SQLite file with the DB-API")

HEAVY = ("sqlalchemy", "sqlmodel", "pydantic", "numpy")


def test_the_first_windows_modules_import_without_the_data_layer() -> None:
    code = (
        "import sys, json\n"
        "import microcomm_desktop.app, microcomm_desktop.ui.main_window, microcomm_desktop.ui.tabs.promise\n"
        "import microcomm_desktop.services.file_reads\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout.strip().splitlines()[-1]) == []


def _reader(ctx: AppContext) -> FileReader:
    reads = open_file_reader(ctx.paths, window_open=True)
    assert reads is not None
    return reads


def _shown(win: MainWindow) -> dict[str, object]:
    """What the user sees of the window and its Promise page."""
    page = win.tab_page("Promise")
    assert page is not None
    ready = page.readiness.readiness_list  # type: ignore[attr-defined]
    history = page.builder.history  # type: ignore[attr-defined]
    return {
        "workspaces": [win.ws_combo.itemText(i) for i in range(win.ws_combo.count())],
        "current": win.ws_combo.currentText(),
        "title": win.windowTitle(),
        "who": page.who_edit.text(),  # type: ignore[attr-defined]
        "outcome": page.outcome_edit.text(),  # type: ignore[attr-defined]
        "format": page.format_edit.text(),  # type: ignore[attr-defined]
        "history": [history.item(i).text() for i in range(history.count())],
        "readiness": [ready.item(i).text() for i in range(ready.count())],
        "summary": page.readiness_summary.text(),  # type: ignore[attr-defined]
    }


def test_the_first_window_shows_what_the_usual_window_shows(qtbot, app_ctx: AppContext, today: date) -> None:  # type: ignore[no-untyped-def]
    sample = create_sample_workspace(app_ctx.engine, today)
    from microcomm_desktop.services import workspaces

    workspaces.create_workspace(app_ctx.engine, "Another club")  # listed first (sorted by name)
    settings = make_settings(app_ctx)
    settings.setValue("window/last_tab", 0)
    settings.setValue("workspace/last", sample.id)
    usual = MainWindow(UiContext(app=app_ctx, bus=EventBus(), settings=settings), today=today)
    qtbot.addWidget(usual)
    first = MainWindow(first_window_context(_reader(app_ctx), EventBus(), settings), today=today)
    qtbot.addWidget(first)
    assert first.first_paint and not usual.first_paint
    seen = _shown(first)
    assert seen == _shown(usual)
    assert seen["who"] and seen["history"] and seen["readiness"]  # the sample's promise and checklist, not blanks
    assert first.file_label.text() == ""  # which database: said once attached

    first.attach(app_ctx)
    assert not first.first_paint and first.ctx.app is app_ctx
    assert _shown(first) == seen
    assert first.file_label.text() == usual.file_label.text()
    page = first.tab_page("Promise")
    assert page is not None and page.formats.formats_list.count() > 0  # type: ignore[attr-defined]  # filled now


def test_other_tabs_wait_for_the_data_layer_and_a_close_waits_for_the_attach(  # type: ignore[no-untyped-def]
    qtbot, app_ctx: AppContext, today: date
) -> None:
    ws = create_sample_workspace(app_ctx.engine, today)
    settings = make_settings(app_ctx)
    settings.setValue("window/last_tab", 6)  # the Dashboard was open last time
    settings.setValue("workspace/last", ws.id)
    win = MainWindow(first_window_context(_reader(app_ctx), EventBus(), settings), today=today)
    qtbot.addWidget(win)
    win.show()
    assert win.tabs.currentIndex() == 6
    slot = win.slots[6]
    assert slot.page is None and isinstance(slot.scroller.widget(), QLabel)  # "Loading…" until attached
    assert win.ctx.workspace is not None and win.ctx.workspace.id == ws.id

    win.close()  # the window manager's close button before the data layer is in: nothing could be saved yet
    assert win.isVisible()
    before = app_ctx.engine  # nothing was written through the data layer meanwhile: it was not reachable
    with pytest.raises(RuntimeError, match="before the data layer is in"):
        _ = win.ctx.engine

    win.attach(app_ctx)
    assert before is app_ctx.engine
    assert not win.isVisible()  # the close asked for happened once attached (flushing the forms as usual)
    assert slot.page is not None  # the Dashboard was built on attach


def test_abandoning_the_first_window_writes_nothing(qtbot, app_ctx: AppContext, today: date) -> None:  # type: ignore[no-untyped-def]
    create_sample_workspace(app_ctx.engine, today)
    db = app_ctx.paths.db_path
    app_ctx.engine.dispose()
    stamp = (db.stat().st_size, db.stat().st_mtime_ns)
    win = MainWindow(first_window_context(_reader(app_ctx), EventBus(), make_settings(app_ctx)), today=today)
    qtbot.addWidget(win)
    win.show()
    win.abandon()
    assert not win.isVisible() and win.ctx.first_reads is None
    assert (db.stat().st_size, db.stat().st_mtime_ns) == stamp


_PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from microcomm_desktop.ui import startup
from microcomm_desktop.__main__ import main

seen = {}
original = startup.run_while_painting

def probe(work, hold_input=False):
    from microcomm_desktop.ui.main_window import MainWindow
    wins = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    seen.update(
        hold_input=hold_input,
        sa_before="sqlalchemy" in sys.modules,
        windows=sorted(type(w).__name__ for w in wins),
        first_paint=[w.first_paint for w in wins if isinstance(w, MainWindow)],
    )
    result = original(work, hold_input=hold_input)
    seen["sa_after"] = "sqlalchemy" in sys.modules
    return result

startup.run_while_painting = probe
code = main(sys.argv[1:])
print("SEEN " + json.dumps(seen), flush=True)
sys.exit(code)
"""


def _start(data_dir: Path) -> tuple[list[str], dict[str, object]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    args = ["--smoke", "--data-dir", str(data_dir)]
    r = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    return [x for x in lines if x.startswith("smoke: ")], json.loads(
        [x for x in lines if x.startswith("SEEN ")][-1][5:]
    )


def test_a_start_after_a_clean_close_paints_the_real_window_before_the_data_layer(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ctx = open_context(data_dir=data)
    create_sample_workspace(ctx.engine, date(2026, 12, 6))
    ctx.dispose()  # a clean close

    smoke, seen = _start(data)
    assert smoke[:3] == ["smoke: painted", "smoke: ready", "smoke: attached"]
    assert seen == {
        "hold_input": True,  # keys and clicks wait for the attach
        "sa_before": False,  # painted before SQLAlchemy was imported
        "windows": ["MainWindow"],  # the real window, no shell
        "first_paint": [True],
        "sa_after": True,
    }

    (data / "clean-shutdown").unlink()  # as after a crash: the full check first, behind the shell
    smoke, seen = _start(data)
    assert smoke[:3] == ["smoke: painted", "smoke: ready", "smoke: attached"]
    assert seen["windows"] == ["StartupShell"] and seen["hold_input"] is False and seen["first_paint"] == []


@pytest.mark.parametrize("first_paint", [False, True])
def test_a_draft_put_back_at_the_start_is_not_taken_for_an_outside_change(  # type: ignore[no-untyped-def]
    qtbot, app_ctx: AppContext, today: date, first_paint: bool
) -> None:
    """Putting a crash draft back clears it (a commit): the window's own, never "changed outside this window"."""
    from microcomm_desktop.services.drafts import load_draft, save_draft
    from microcomm_desktop.ui.tabs.promise.page import DRAFT_KEY

    ws = create_sample_workspace(app_ctx.engine, today)
    save_draft(app_ctx.engine, DRAFT_KEY, ws.id, {"promise": {"who": "night nurses"}}, {"promise": "Not saved"})
    settings = make_settings(app_ctx)
    settings.setValue("window/last_tab", 0)
    settings.setValue("workspace/last", ws.id)
    if first_paint:
        win = MainWindow(first_window_context(_reader(app_ctx), EventBus(), settings), today=today)
        qtbot.addWidget(win)
        assert load_draft(app_ctx.engine, DRAFT_KEY, ws.id) is not None  # nothing written before the attach
        win.attach(app_ctx)
    else:
        win = MainWindow(UiContext(app=app_ctx, bus=EventBus(), settings=settings), today=today)
        qtbot.addWidget(win)
    page = win.tab_page("Promise")
    assert page is not None and page.who_edit.text() == "night nurses"  # type: ignore[attr-defined]
    assert load_draft(app_ctx.engine, DRAFT_KEY, ws.id) is None  # put back and cleared
    assert win.external.check() is False
