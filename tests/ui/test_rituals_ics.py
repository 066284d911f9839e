"""Rituals tab: "Import .ics…" uses the CLI's service and shows the CLI's report; one undo removes the rituals,
skipped dates and events it created; "Export calendar (.ics)…" refuses an unwritable path with a sentence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QPlainTextEdit

from microcomm_desktop.services import rituals as svc
from microcomm_desktop.services.ics import import_ics
from microcomm_desktop.ui.tabs.rituals.page import RitualsTab

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "ics"


def _tab(qtbot, ui_ctx, ws_id: int, today: date) -> RitualsTab:  # type: ignore[no-untyped-def]
    ui_ctx.today = today
    tab = RitualsTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.set_workspace(ws_id)
    return tab


def _counts(engine, ws_id: int) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    skipped = [i for i in svc.calendar(engine, ws_id, date(2026, 1, 1), date(2027, 12, 31)) if i.status == "skipped"]
    return len(svc.list_rituals(engine, ws_id)), len(svc.list_events(engine, ws_id)), len(skipped)


def test_import_shows_the_cli_report_and_undoes_in_one_step(qtbot, ui_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.workspaces import create_workspace

    today = date(2026, 11, 25)
    tab = _tab(qtbot, ui_ctx, workspace.id, today)
    path = FIX / "google_weekly.ics"
    with qtbot.waitSignal(ui_ctx.bus.data_changed):
        report = tab.import_ics_path(path, show=True)
    assert report is not None and report.created == ["Tuesday teardown"]
    dlg = tab.ics_report_dialog
    assert dlg is not None and dlg.isVisible()
    body = dlg.findChild(QPlainTextEdit, "icsReport")
    # the same lines as ``microcomm rituals import-ics`` on the same file in a fresh workspace
    other = create_workspace(ui_ctx.engine, "Twin", timezone="Europe/Berlin")
    cli_lines = import_ics(ui_ctx.engine, other.id, path, today=today).lines()
    assert body.toPlainText().splitlines() == cli_lines[1:]
    assert report.lines() == cli_lines
    dlg.close()
    assert _counts(ui_ctx.engine, workspace.id) == (1, 3, 3)
    assert tab.ritual_model.rowCount() == 1
    tab.calendar.select(date(2026, 12, 5))  # the imported event shows its notes
    labels = [tab.occ_list.item(i) for i in range(tab.occ_list.count())]
    assert [x.text() for x in labels] == ["16:00 Guest live — one-off event: Guest: a made-up coach.…"]
    assert labels[0].toolTip() == "Guest: a made-up coach.\nQuestions in the comments."

    with qtbot.waitSignal(ui_ctx.bus.data_changed):
        tab.undo_stack.undo()
    assert _counts(ui_ctx.engine, workspace.id) == (0, 0, 0)
    assert tab.ritual_model.rowCount() == 0
    with qtbot.waitSignal(ui_ctx.bus.data_changed):
        tab.undo_stack.redo()
    assert _counts(ui_ctx.engine, workspace.id) == (1, 3, 3)
    with qtbot.waitSignal(ui_ctx.bus.data_changed):
        tab.undo_stack.undo()
    assert _counts(ui_ctx.engine, workspace.id) == (0, 0, 0)


def test_refused_file_is_a_sentence_and_nothing_changes(qtbot, ui_ctx, workspace, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    tab = _tab(qtbot, ui_ctx, workspace.id, date(2026, 11, 25))
    bad = tmp_path / "calendar.ics"
    bad.write_bytes(b"PK\x03\x04zip bytes")
    assert tab.import_ics_path(bad) is None
    assert shown == ["calendar.ics: This is a ZIP archive, not a calendar file: unzip it and import the .ics inside."]
    assert tab.undo_stack.count() == 0 and _counts(ui_ctx.engine, workspace.id) == (0, 0, 0)
