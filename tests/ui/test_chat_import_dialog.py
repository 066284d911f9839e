"""Chat-export dialog (dry run, import in a worker, cancel, bad file) and the engager list's merge/forget."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from microcomm_desktop.services.workspaces import create_workspace

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "chat"


@pytest.fixture
def tab(qtbot, ui_ctx, app_ctx):  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.tabs.posts.page import create_tab

    ws = create_workspace(app_ctx.engine, "Crew", timezone="Europe/Berlin")
    ui_ctx.workspace = ws
    ui_ctx.today = date(2026, 11, 10)
    page = create_tab(ui_ctx)
    qtbot.addWidget(page)
    page.set_workspace(ws.id)
    return page


def test_dry_run_then_import_reloads_the_people(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    dlg = tab.import_chat(FIX / "slack_export", exec_dialog=False)
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.run_finished, timeout=10000):
        dlg.check_btn.click()
    assert "11 messages, 3 people, 3 threads (1 deep), 3 days." in dlg.summary.text()
    assert "Dry run: nothing was written." in dlg.report_text.toPlainText()
    tab.ensure_engagers()
    assert tab.eng_model.rowCount() == 0
    with qtbot.waitSignals([dlg.imported, dlg.run_finished], timeout=10000):
        dlg.import_btn.click()
    assert "Added 7 messages and 3 new people." in dlg.report_text.toPlainText()
    tab.ensure_engagers()
    assert sorted(r[2] for r in tab.eng_model.rows) == ["Ben_K", "ana", "coach_mia"]


def test_bad_file_is_a_sentence_and_cancel_rolls_back(qtbot, tab, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "notes.txt"
    bad.write_text("shopping list\n")
    dlg = tab.import_chat(bad, exec_dialog=False)
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.run_finished, timeout=10000):
        dlg.import_btn.click()
    assert "Nothing was imported" in dlg.summary.text()
    assert "no WhatsApp message lines" in dlg.report_text.toPlainText()
    dlg.path_edit.setText(str(FIX / "discord_general.json"))
    with qtbot.waitSignal(dlg.run_finished, timeout=10000):
        dlg.import_btn.click()
        dlg.cancel_import()  # before the worker's first check: the transaction rolls back
    assert dlg.report is not None and dlg.report.cancelled
    assert "Cancelled: nothing was written." in dlg.report_text.toPlainText()
    tab.ensure_engagers()
    assert tab.eng_model.rowCount() == 0


def _yes(*_a: object) -> bool:
    return True


def _none(*_a: object) -> None:
    return None


def test_engager_menu_merge_is_undoable_and_forget_erases(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.dialogs.chat_import import (
        MergeDialog,
        engager_at,
        forget_person,
        merge_into,
        show_engager_menu,
    )

    for name in ("slack_export", "discord_general.json"):
        dlg = tab.import_chat(FIX / name, exec_dialog=False)
        qtbot.addWidget(dlg)
        with qtbot.waitSignals([dlg.imported, dlg.run_finished], timeout=10000):
            dlg.import_btn.click()
    tab.inner.setCurrentIndex(1)
    tab.ensure_engagers()
    view = tab.eng_table.view
    handles = [engager_at(view, view.model().index(r, 0)) for r in range(view.model().rowCount())]
    keep = next(h for h in handles if h is not None and h[1:] == ("discord", "ana"))
    rect = view.visualRect(view.model().index(handles.index(keep), 0))
    menu = show_engager_menu(
        tab,
        view,
        rect.center(),
        tab.ctx.engine,
        tab.workspace_id,
        tab.ctx.app.paths.backup_dir,
        lambda *_a: True,
        lambda _c: None,
        exec_menu=False,
    )
    assert menu is not None
    assert [a.objectName() for a in menu.actions() if a.objectName()] == ["actionMergeEngager", "actionForgetEngager"]
    assert (
        show_engager_menu(
            tab, view, QPoint(5, 5000), tab.ctx.engine, 1, Path("."), lambda *_a: True, lambda _c: None, exec_menu=False
        )
        is None
    )
    others = [h for h in handles if h is not None and h != keep]
    md = MergeDialog(keep, others, tab)
    qtbot.addWidget(md)
    md.combo.setCurrentIndex(others.index(next(h for h in others if h[1:] == ("slack", "ana"))))
    n = tab.eng_model.rowCount()
    assert merge_into(
        tab,
        view,
        keep,
        tab.ctx.engine,
        tab.workspace_id,
        tab.push_plain,
        tab._after_people_change,
        dialog=md,
    )
    tab.ensure_engagers()
    assert tab.eng_model.rowCount() == n - 1
    assert tab.undo_stack.undoText() == "Merge @ana into @ana"
    tab.undo_stack.undo()
    tab.ensure_engagers()
    assert tab.eng_model.rowCount() == n
    ben = next(h for h in handles if h is not None and h[1:] == ("discord", "ben"))
    res = forget_person(
        tab,
        ben,
        tab.ctx.engine,
        tab.workspace_id,
        tab.ctx.app.paths.backup_dir,
        tab._after_people_change,
        confirm=False,
    )
    assert res is not None and res.interactions == 1 and res.vacuumed
    tab.ensure_engagers()
    assert ("discord", "ben") not in {(r[1], r[2]) for r in tab.eng_model.rows}
    assert tab.undo_stack.count() == 0  # forgetting is permanent: nothing left to undo that names them


def test_main_window_has_the_chat_import_action(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    from microcomm_desktop.ui.main_window import MainWindow

    w = MainWindow(ui_ctx)
    qtbot.addWidget(w)
    act = w.findChild(QAction, "actionImportChat")
    assert act is not None and "chat export" in act.text().replace("&", "").lower()
