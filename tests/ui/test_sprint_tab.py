"""Sprint tab: board widgets (tick, drag, keyboard move), undo, check-in notes, verdict panel, dialogs, report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog

from microcomm_desktop.services import sprints as S
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.models.sprint_table_model import SprintCheckinModel, SprintTaskListModel
from microcomm_desktop.ui.tabs.sprint.dialogs import NewSprintDialog, PlanNextDialog, TaskDialog
from microcomm_desktop.ui.tabs.sprint.page import SprintTab, create_tab


@pytest.fixture
def tab(qtbot, ui_ctx, sample_workspace, today):  # type: ignore[no-untyped-def]
    ui_ctx.today = today
    ui_ctx.workspace = sample_workspace
    page = create_tab(ui_ctx)
    assert isinstance(page, SprintTab)
    qtbot.addWidget(page)
    page.set_workspace(sample_workspace.id)
    return page


def _task(tab: SprintTab, title: str) -> S.TaskInfo:
    assert tab.board_data is not None
    for w in tab.board_data.weeks:
        for t in w.tasks:
            if t.title == title:
                return t
    raise AssertionError(title)


def _db_task(tab: SprintTab, task_id: int, today: date) -> S.TaskInfo | None:
    assert tab.sprint_id is not None
    return S.load_board(tab.engine, tab.sprint_id, today).task(task_id)


def test_models_pass_modeltester(qtmodeltester, tab) -> None:  # type: ignore[no-untyped-def]
    for col in tab.board.columns:
        qtmodeltester.check(col.model)
    qtmodeltester.check(tab.checkin_model)
    qtmodeltester.check(SprintTaskListModel(1))
    qtmodeltester.check(SprintCheckinModel())


def test_board_shows_sample_sprint(tab, today) -> None:  # type: ignore[no-untyped-def]
    assert tab.undo_stack in tab.ctx.undo_group.stacks()
    assert tab.pages.currentIndex() == 1
    assert [c.model.rowCount() for c in tab.board.columns] == [4, 3, 3, 4]
    assert [c.is_current for c in tab.board.columns] == [False, False, False, True]
    assert tab.board.columns[3].badge.isVisibleTo(tab)
    overdue = _task(tab, "Recruit 5 power members")
    assert overdue.overdue
    col = tab.board.columns[2]
    idx = col.model.index(col.model.row_of(overdue.id))
    assert idx.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "overdue" in idx.data(Qt.ItemDataRole.DisplayRole)
    assert "1 overdue" in tab.info.text()
    b = tab.board_data
    assert tab.overall.maximum() == b.total == 14  # 13 template tasks + 1 from the sprint sample hook
    assert (
        tab.overall.value()
        == b.done
        == sum(
            c.model.index(r).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            for c in tab.board.columns
            for r in range(c.model.rowCount())
        )
    )
    assert col.progress.value() == 2 and col.progress.maximum() == 3  # the sample leaves one week-3 task open


def test_verdict_panel_uses_service_figures(tab, today) -> None:  # type: ignore[no-untyped-def]
    v = S.sprint_verdict(tab.engine, tab.sprint_id, today)
    assert v.label in tab.verdict_label.text()
    assert tab.explanation.text() == v.result.explanation
    assert "Weeks used: W1 → W2 → W3" in tab.numbers.text()
    ret, rep = tab.chart.series()
    assert ret[:3] == [r.returning_share for r in v.rows[:3]]
    assert rep[:3] == [r.replies_per_1k for r in v.rows[:3]]
    m = tab.checkin_model
    assert m.index(3, SprintCheckinModel.COL_SHARE).data() == "in progress"
    assert m.index(0, SprintCheckinModel.COL_SHARE).data() == S.fmt(v.rows[0].returning_share, suffix=" %")


def test_check_a_task_and_undo(qtbot, tab, today) -> None:  # type: ignore[no-untyped-def]
    assert tab.board_data is not None
    # Any open task of week 4 (the sample ticks some tasks of the running week at random).
    t = next(t for t in tab.board_data.weeks[3].tasks if not t.done)
    col = tab.board.columns[3]
    idx = col.model.index(col.model.row_of(t.id))
    with qtbot.waitSignal(tab.ctx.bus.data_changed) as blocker:
        assert col.model.setData(idx, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert blocker.args == [ChangeArea.SPRINT, tab.ws_id]
    assert _db_task(tab, t.id, today).done  # type: ignore[union-attr]
    assert tab.overall.value() == tab.board_data.done
    tab.ctx.undo_group.setActiveStack(tab.undo_stack)
    tab.ctx.undo_group.undo()
    assert not _db_task(tab, t.id, today).done  # type: ignore[union-attr]
    tab.undo_stack.redo()
    assert _db_task(tab, t.id, today).done  # type: ignore[union-attr]


def test_space_ticks_the_selected_card(qtbot, tab, today) -> None:  # type: ignore[no-untyped-def]
    t = _task(tab, "Draft month-2 ritual calendar")
    tab.show()
    assert tab.board.select_task(t.id)
    view = tab.board.columns[3].view
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(_db_task(tab, t.id, today).done))  # type: ignore[union-attr]


def test_keyboard_moves_between_weeks(qtbot, tab, today) -> None:  # type: ignore[no-untyped-def]
    t = _task(tab, "Recruit 5 power members")
    tab.show()
    assert tab.board.select_task(t.id)
    qtbot.keyClick(tab.board.columns[2].view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _db_task(tab, t.id, today).week_no == 4  # type: ignore[union-attr]
    assert tab.board.columns[3].model.row_of(t.id) == 4  # appended at the end of week 4
    assert tab.board.selected_task_id() == t.id  # still selected: press again to keep moving
    qtbot.keyClick(tab.board.columns[3].view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.board.columns[2].view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert _db_task(tab, t.id, today).week_no == 2  # type: ignore[union-attr]
    qtbot.keyClick(tab.board.columns[1].view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert tab.board.columns[1].model.row_of(t.id) == 2
    tab.undo_stack.undo()
    tab.undo_stack.undo()
    tab.undo_stack.undo()
    tab.undo_stack.undo()
    assert _db_task(tab, t.id, today).week_no == 3  # type: ignore[union-attr]
    assert tab.board.columns[2].model.row_of(t.id) == 2


def test_drag_between_weeks(qtbot, tab, today) -> None:  # type: ignore[no-untyped-def]
    """A drop is what QListView hands the model: the mime data of the dragged rows, dropped on a row."""
    t = _task(tab, "Pick home")
    src = tab.board.columns[0].model
    dst = tab.board.columns[1].model
    mime = src.mimeData([src.index(src.row_of(t.id))])
    assert dst.canDropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert dst.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    qtbot.waitUntil(lambda: dst.row_of(t.id) == 1)
    assert _db_task(tab, t.id, today).week_no == 2  # type: ignore[union-attr]
    assert src.rowCount() == 3
    tab.undo_stack.undo()
    assert src.row_of(t.id) == 1 and dst.row_of(t.id) == -1


def test_notes_edit_add_edit_delete_with_undo(qtbot, tab, today) -> None:  # type: ignore[no-untyped-def]
    m = tab.checkin_model
    idx = m.index(3, SprintCheckinModel.COL_WORKED)
    assert m.setData(idx, "Live Q and A doubled replies", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: m.index(3, SprintCheckinModel.COL_WORKED).data() == "Live Q and A doubled replies")
    tab.undo_stack.undo()
    assert m.index(3, SprintCheckinModel.COL_WORKED).data() == ""

    tab.do_add_task(
        {
            "title": "Film teardown",
            "week_no": 4,
            "owner": "Sam",
            "due_date": None,
            "notes": "",
            "link_kind": "",
            "link_ref": "",
        }
    )
    t = _task(tab, "Film teardown")
    assert t.week_no == 4 and t.due_date is None
    tab.do_edit_task(
        t.id,
        {**t.fields(), "title": "Film 2 teardowns", "week_no": 3, "link_kind": "post", "link_ref": "https://x/p/1"},
    )
    t2 = _db_task(tab, t.id, today)
    assert t2 is not None and t2.title == "Film 2 teardowns" and t2.week_no == 3 and t2.link_kind == "post"
    tab.undo_stack.undo()  # the edit is one macro: title, link and week come back together
    t3 = _db_task(tab, t.id, today)
    assert t3 is not None and t3.title == "Film teardown" and t3.week_no == 4 and t3.link_kind == ""
    tab.delete_task(t.id)
    assert _db_task(tab, t.id, today) is None
    tab.undo_stack.undo()
    assert _db_task(tab, t.id, today) is not None
    tab.undo_stack.undo()  # undo the add
    assert _db_task(tab, t.id, today) is None
    tab.undo_stack.redo()
    assert _db_task(tab, t.id, today) is not None


def test_task_dialog_rejects_bad_input_and_keeps_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = TaskDialog(None, None, 2, date(2026, 11, 15))
    qtbot.addWidget(dlg)
    dlg.title.setText("   ")
    dlg.notes.setPlainText("keep me")
    dlg._try_accept()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert "Title" in dlg.error.text() and dlg.error.isVisibleTo(dlg)
    assert dlg.notes.toPlainText() == "keep me"
    dlg.title.setText("Draft prompts")
    dlg.link_kind.setCurrentIndex(dlg.link_kind.findData("document"))
    dlg._try_accept()
    assert "Link" in dlg.error.text()
    dlg.link_ref.setText("/home/me/prompts.md")
    dlg._try_accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.values()["week_no"] == 2 and dlg.values()["due_date"] == date(2026, 11, 15)


def test_empty_state_new_sprint_from_template_and_copy(qtbot, ui_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    page = SprintTab(ui_ctx, today=today)
    qtbot.addWidget(page)
    page.set_workspace(workspace.id)
    assert page.pages.currentIndex() == 0
    dlg = NewSprintDialog(page, today, [], page._drafts_for, name="")
    qtbot.addWidget(dlg)
    assert dlg.week_boxes[0][0].text() == "Set foundations"
    assert dlg.week_boxes[3][2].toPlainText().splitlines() == ["Document playbook", "Set KPIs", "Plan next month"]
    dlg._try_accept()
    assert "name" in dlg.error.text()
    dlg.name.setText("Month 1")
    dlg.week_boxes[1][2].setPlainText("Run two rituals\nHost a live Q and A")
    dlg._try_accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert page.do_create_sprint(dlg.values())
    assert page.pages.currentIndex() == 1
    assert [t.title for t in page.board_data.weeks[1].tasks] == ["Run two rituals", "Host a live Q and A"]  # type: ignore[union-attr]
    assert page.board_data.sprint.start_date == date(2026, 11, 30)  # type: ignore[union-attr]  # next Monday
    copy = NewSprintDialog(page, today, S.list_sprints(page.engine, workspace.id), page._drafts_for)
    qtbot.addWidget(copy)
    copy.source.setCurrentIndex(1)
    assert copy.week_boxes[1][2].toPlainText() == "Run two rituals\nHost a live Q and A"


def test_plan_next_month_from_the_tab(qtbot, tab, today) -> None:  # type: ignore[no-untyped-def]
    open_tasks = [t for w in tab.board_data.weeks for t in w.tasks if not t.done]
    dlg = PlanNextDialog(tab, tab.board_data.sprint, open_tasks, tab.verdict)
    qtbot.addWidget(dlg)
    assert dlg.name.text() == "Month 2"
    assert dlg.narrow.isChecked() == (tab.verdict.result.verdict == "narrow")
    dlg.tasks.item(0).setCheckState(Qt.CheckState.Unchecked)
    picked = dlg.picked()
    assert len(picked) == len(open_tasks) - 1
    old = tab.sprint_id
    assert tab.do_plan_next(dlg.name.text(), dlg.owners.text(), picked, True)
    assert tab.sprint_id != old and tab.sprint_combo.count() == 2
    week1 = tab.board_data.weeks[0].tasks
    assert sum(1 for t in week1 if t.carried_from_id) == len(picked)
    assert tab.board_data.sprint.start_date == date(2026, 12, 2)
    errors: list[str] = []
    tab.show_error = errors.append  # type: ignore[method-assign]
    tab.reload_sprints(old)
    assert not tab.do_plan_next("Again", "", [], False)  # the same month cannot be planned twice
    assert "already planned" in errors[0]


def test_report_export_md_and_pdf(tab, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    md = tmp_path / "sprint.md"
    assert tab.write_report(md)
    text = md.read_text(encoding="utf-8")
    assert "# Sprint report: Month 1: foundations" in text and "## Verdict" in text and "## Next steps" in text
    pdf = tmp_path / "sprint.pdf"
    assert tab.write_report(pdf)
    assert pdf.read_bytes()[:4] == b"%PDF"
    csv = tmp_path / "checkin.csv"
    assert tab.export_checkin_csv(csv) == 4
    assert csv.read_text(encoding="utf-8").splitlines()[0].startswith("Week,Dates,Returning")


def test_real_drop_event_on_the_week_list(qtbot, tab, today) -> None:  # type: ignore[no-untyped-def]
    """The view's own drop handling (what a mouse drag ends in) reaches the model and moves the task."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    t = _task(tab, "Write promise")
    tab.resize(1400, 700)
    tab.show()
    qtbot.waitExposed(tab)
    src = tab.board.columns[0].model
    mime = src.mimeData([src.index(src.row_of(t.id))])
    view = tab.board.columns[3].view
    vp = view.viewport()
    pos = QPointF(vp.rect().center().x(), vp.rect().bottom() - 5)  # empty space below the cards: append
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    ipos = pos.toPoint()  # the enter/move events take integer positions on PySide6 6.11
    QApplication.sendEvent(vp, QDragEnterEvent(ipos, move, mime, buttons, mods))
    QApplication.sendEvent(vp, QDragMoveEvent(ipos, move, mime, buttons, mods))
    QApplication.sendEvent(vp, QDropEvent(pos, move, mime, buttons, mods))
    qtbot.waitUntil(lambda: tab.board.columns[3].model.row_of(t.id) >= 0)
    assert _db_task(tab, t.id, today).week_no == 4  # type: ignore[union-attr]


def test_sprint_details_edit(tab) -> None:  # type: ignore[no-untyped-def]
    errors: list[str] = []
    tab.show_error = errors.append  # type: ignore[method-assign]
    assert not tab.do_edit_sprint({"name": " ", "owners": "", "notes": ""})
    assert "name" in errors[0]
    assert tab.do_edit_sprint({"name": "Month 1: foundations", "owners": "Alex, Sam, Jo", "notes": "Pilot"})
    assert tab.board_data.sprint.owners == "Alex, Sam, Jo"
    assert "Jo" in tab.info.text()


def test_main_window_loads_the_tab_with_its_today(qtbot, ui_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.main_window import MainWindow

    win = MainWindow(ui_ctx, today=date(2026, 11, 25))
    qtbot.addWidget(win)
    page = win.tab_page("Sprint")
    assert isinstance(page, SprintTab)
    assert page.today() == date(2026, 11, 25)
    assert page.board_data is not None and page.board_data.current_week == 4
    win.tabs.setCurrentIndex([s.title for s in win.slots].index("Sprint"))
    assert ui_ctx.undo_group.activeStack() is page.undo_stack
