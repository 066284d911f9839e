"""The Insights tab alone (no main window): figures equal the service, actions are undoable, bad input is shown."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from microcomm_desktop.services import decisions as dec
from microcomm_desktop.services import insights as si
from microcomm_desktop.services import themes as th
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Prompt, Sprint, SprintTask
from microcomm_desktop.ui.models.insight_table_model import COL_KEY, COL_MEDIAN, COL_NOTE, DecisionTableModel
from tests.services.test_insights_data import build


@pytest.fixture
def tab(qtbot, ui_ctx, workspace, today):  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.tabs.insights.page import create_tab

    build(ui_ctx.engine, workspace.id, today)
    ui_ctx.workspace = workspace
    ui_ctx.today = today
    page = create_tab(ui_ctx)
    qtbot.addWidget(page)
    page.preset.setCurrentIndex(page.preset.findData(30))
    page.set_workspace(workspace.id)
    yield page
    page.wait_idle()


def _cells(model, col):  # type: ignore[no-untyped-def]
    return [model.data(model.index(r, col), Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]


def test_table_matches_service_and_passes_modeltester(qtmodeltester, tab, workspace, today) -> None:  # type: ignore[no-untyped-def]
    res = si.insights_table(tab.ctx.engine, workspace.id, "theme", today - timedelta(days=29), today)
    assert _cells(tab.model, COL_KEY) == [g.key for g in res.rows] == ["hip mobility", "gear"]
    assert _cells(tab.model, COL_MEDIAN) == ["20.00", "n/a" if res.rows[1].median_replies_per_1k is None else "32.50"]
    assert _cells(tab.model, COL_NOTE) == ["", "too few posts to judge"]
    assert tab.model.data(tab.model.index(1, COL_KEY), Qt.ItemDataRole.FontRole).italic()
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.decision_model)
    assert tab.chart_data["names"] == ["hip mobility"]  # only judged groups are charted
    assert "4" in tab.overall.text()


def test_worker_path_and_dimension_switch(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    tab.sync_max_posts = -1  # force the worker
    with qtbot.waitSignal(tab.refreshed, timeout=5000):
        tab.by_combo.setCurrentIndex(tab.by_combo.findData("rung"))
    assert set(_cells(tab.model, COL_KEY)) == {"proof", "constraints", "(no prompt)"}
    assert tab.status.text() == ""


def test_bad_period_is_explained_not_raised(tab, today) -> None:  # type: ignore[no-untyped-def]
    tab.since_edit.setDate(QDate(today.year, today.month, today.day))
    tab.until_edit.setDate(QDate(today.year, today.month, today.day).addDays(-3))
    tab.refresh()
    assert "ends before it starts" in tab.period_error.text()
    tab.until_edit.setDate(QDate(today.year, today.month, today.day))
    tab.refresh()
    assert tab.period_error.text() == ""


def test_best_times_heatmap(tab, today) -> None:  # type: ignore[no-untyped-def]
    grid = tab.heatmap.grid
    assert sum(c.posts for row in grid for c in row) == 4
    d0 = today - timedelta(days=10)
    cell = grid[d0.weekday()][6]
    assert "post" in tab.heatmap.tooltip_for(cell)
    assert tab.heatmap.cell_at(tab.heatmap._cell_rect(cell.weekday, cell.block).center()) == cell


def test_shortlist_add_to_sprint_and_undo(tab, workspace, today, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    item = si.theme_shortlist(tab.ctx.engine, workspace.id, today - timedelta(days=29), today)[0]
    assert not tab.add_to_sprint(item)
    assert shown and "sprint" in shown[0]
    with session_scope(tab.ctx.engine) as s:
        s.add(Sprint(workspace_id=workspace.id, name="Month 2", start_date=today + timedelta(days=2)))
    assert tab.add_to_sprint(item)

    def tasks() -> list[str]:
        with session_scope(tab.ctx.engine) as s:
            return [t.title for t in s.exec(select(SprintTask)).all()]

    assert len(tasks()) == 1 and "hip mobility" in tasks()[0]
    tab.undo_stack.undo()
    assert tasks() == []
    tab.undo_stack.redo()
    assert len(tasks()) == 1


def test_shortlist_add_prompt_and_undo(tab, workspace, today) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.tabs.insights.prompt_dialog import PromptDialog

    item = si.theme_shortlist(tab.ctx.engine, workspace.id, today - timedelta(days=29), today)[0]
    dlg = PromptDialog(si.suggested_prompt(item.stats.key), si.rituals_of(tab.ctx.engine, workspace.id), tab)
    dlg.text.setText("")
    dlg.accept()
    assert "Write the prompt" in dlg.error.text()
    dlg.text.setText("Which hip drill will you do 3 times this week?")
    dlg.rung.setCurrentIndex(dlg.rung.findData("commitment"))
    assert tab.add_prompt(item, dlg)

    def prompts() -> list[tuple[str, str]]:
        with session_scope(tab.ctx.engine) as s:
            return [(p.text, p.rung) for p in s.exec(select(Prompt).where(Prompt.rung == "commitment")).all()]

    assert prompts() == [("Which hip drill will you do 3 times this week?", "commitment")]
    tab.undo_stack.undo()
    assert prompts() == []


def test_decision_log_add_edit_delete_with_undo(qtbot, tab, workspace, today) -> None:  # type: ignore[no-untyped-def]
    tab.table.view.selectRow(0)
    dlg = tab.decision_dialog()
    assert dlg.subject.text() == "theme: hip mobility" and "20.00" in dlg.text.toPlainText()
    dlg.text.setPlainText("")
    dlg.accept()
    assert "Write the decision" in dlg.error.text()  # nothing typed is lost: the dialog stays open
    dlg.text.setPlainText("Two more hip mobility posts: replies/1k 20 vs 12.5 overall")
    with qtbot.waitSignal(tab.ctx.bus.data_changed):
        assert tab.add_decision(dlg)
    rows = dec.list_decisions(tab.ctx.engine, workspace.id)
    assert len(rows) == 1 and rows[0].week_start == date(2026, 11, 23)
    assert tab.decision_model.rowCount() == 1
    assert "this week" not in tab.decision_nudge.text()

    tab.decision_view.selectRow(0)
    edit = tab.decision_dialog(tab.selected_decision())
    edit.text.setPlainText("Three more hip mobility posts")
    assert tab.edit_decision(edit)
    assert dec.list_decisions(tab.ctx.engine, workspace.id)[0].text == "Three more hip mobility posts"
    tab.undo_stack.undo()
    assert dec.list_decisions(tab.ctx.engine, workspace.id)[0].text.startswith("Two more")
    tab.decision_view.selectRow(0)
    assert tab.delete_decision()
    assert dec.list_decisions(tab.ctx.engine, workspace.id) == []
    tab.undo_stack.undo()
    assert len(dec.list_decisions(tab.ctx.engine, workspace.id)) == 1
    tab.undo_stack.undo()  # the edit was already undone; this undoes the add
    tab.undo_stack.undo()
    assert dec.list_decisions(tab.ctx.engine, workspace.id) == []


def test_bulk_tag_dialog_and_command(qtbot, ui_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.dialogs.bulk_tag import BulkTagDialog

    built = build(ui_ctx.engine, workspace.id, today)
    ui_ctx.workspace = workspace
    ids = [built.posts["p1"], built.posts["p4"]]
    before = th.themes_of_posts(ui_ctx.engine, ids)
    dlg = BulkTagDialog(ui_ctx, ids)
    qtbot.addWidget(dlg)
    dlg.accept()
    assert "Add a theme" in dlg.error.text()
    dlg.picker.edit.setText("Race Prep")
    for i in range(dlg.remove_list.count()):  # tick "gear" (on p4) for removal
        item = dlg.remove_list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == "gear":
            item.setCheckState(Qt.CheckState.Checked)
    dlg.accept()
    assert dlg.result() == dlg.DialogCode.Accepted
    stack = QUndoStack()
    with qtbot.waitSignal(ui_ctx.bus.data_changed):
        stack.push(dlg.command())
    after = th.themes_of_posts(ui_ctx.engine, ids)
    assert after == {ids[0]: ["hip mobility", "race prep"], ids[1]: ["race prep"]}
    assert "race prep" in stack.undoText() and "2 posts" in stack.undoText()
    stack.undo()
    assert th.themes_of_posts(ui_ctx.engine, ids) == before
    assert "race prep" not in th.theme_names(ui_ctx.engine, workspace.id)
    stack.redo()
    assert th.themes_of_posts(ui_ctx.engine, ids) == after


def test_theme_picker(qtbot) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.widgets.theme_editor import ThemePicker

    p = ThemePicker(["gear", "recovery"])
    qtbot.addWidget(p)
    with qtbot.waitSignal(p.themesChanged):  # typing a comma commits (set + emit: no completer popup offscreen)
        p.edit.setText("Hip Mobility,")
        p.edit.textEdited.emit("Hip Mobility,")
    assert p.themes() == ["hip mobility"] and p.edit.text() == ""
    p.edit.setText("#gear")  # typed text would open the completer popup (offscreen Qt warns about it)
    qtbot.keyClick(p.edit, Qt.Key.Key_Return)
    assert p.themes() == ["hip mobility", "gear"]
    assert p.new_themes() == ["hip mobility"]
    qtbot.keyClick(p.edit, Qt.Key.Key_Backspace)
    assert p.themes() == ["hip mobility"]
    p.set_themes(["a; b", "A"])
    assert p.themes() == ["a", "b"]
    p._chips["a"].click()
    assert p.themes() == ["b"]


def test_decision_model_empty(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    m = DecisionTableModel()
    qtmodeltester.check(m)


def test_min_posts_setting_from_the_tab(qtbot, tab, workspace) -> None:  # type: ignore[no-untyped-def]
    assert tab.min_posts.value() == 3
    with qtbot.waitSignal(tab.refreshed, timeout=5000):
        tab.min_posts.setValue(2)
    assert si.min_posts_setting(tab.ctx.engine, workspace.id) == 2
    assert _cells(tab.model, COL_NOTE) == ["", ""]  # gear (2 posts) is judged now
