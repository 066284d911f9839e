"""Promise tab with qtbot: live preview and hints, save + undo, prompt reorder (drag and keyboard), readiness."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QMimeData, Qt

from microcomm_desktop.services import promise as svc
from microcomm_desktop.ui.models.prompt_table_model import MIME
from microcomm_desktop.ui.tabs.promise.page import PromiseTab


def _tab(qtbot, ui_ctx, ws_id: int, today: date) -> PromiseTab:  # type: ignore[no-untyped-def]
    ui_ctx.today = today
    tab = PromiseTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.set_workspace(ws_id)
    return tab


def test_builder_preview_hints_save_undo(qtbot, ui_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, ui_ctx, workspace.id, today)
    qtbot.keyClicks(tab.who_edit, "people")
    tab.outcome_edit.setText("better skin")
    tab.format_edit.setText("carousels")
    assert tab.preview.text() == "This is the place where people get better skin through carousels."
    assert "could be anyone" in tab.who_hint.text()
    assert "number or time frame" in tab.outcome_hint.text()
    tab.save_promise()
    tab.who_edit.setText("indie skincare fans")
    tab.outcome_edit.setText("ingredient breakdowns every week")
    assert tab.who_hint.text() == "" and tab.outcome_hint.text() == ""
    tab.save_promise()
    assert tab.history.count() == 2
    tab.undo_stack.undo()
    assert svc.current_promise(ui_ctx.engine, workspace.id).who == "people"  # type: ignore[union-attr]
    assert tab.who_edit.text() == "people" and tab.history.count() == 1


def test_readiness_and_formats_templates(qtbot, ui_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, ui_ctx, workspace.id, today)
    assert "0 of 8" not in tab.readiness_summary.text()  # SLA has a default
    assert "incomplete" in tab.formats_status.text()
    for name, desc, cadence in [
        ("Weekly challenge", "d", "weekly"),
        ("Office hours", "d", "weekly"),
        ("Resource drops", "d", "monthly"),
    ]:
        tab._add_format(name, desc, cadence)
    assert "✓" in tab.formats_status.text()
    assert any(
        tab.readiness_list.item(i).text().startswith("✓ Three recurring formats")
        for i in range(tab.readiness_list.count())
    )
    tab.fmt_name.setText("")
    tab.add_format()
    assert tab.fmt_error.text() == "Give the format a name."
    tab.home_kind.setCurrentIndex(0)
    tab.add_home()
    assert tab.home_warning.text() == ""


def test_prompt_library_reorder_keyboard_and_drop(qtbot, ui_ctx, sample_workspace, today, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, ui_ctx, sample_workspace.id, today)
    m = tab.prompt_model
    qtmodeltester.check(m)
    assert m.rowCount() == 10
    broad = [r for r in m.rows if r.broad]
    assert [r.text for r in broad] == ["Do you like running?"]
    ids = m.ids()
    # keyboard: select the second, move it up
    tab.sections.setCurrentIndex(4)
    tab.prompt_table.view.setCurrentIndex(tab.prompt_table.proxy.mapFromSource(m.index(1, 1)))
    tab.move_selected(-1)
    assert m.ids()[:2] == [ids[1], ids[0]]
    assert svc.prompt_order(ui_ctx.engine, sample_workspace.id)[:2] == [ids[1], ids[0]]
    tab.undo_stack.undo()
    assert m.ids() == ids
    # drop: move the last prompt to the top
    md = QMimeData()
    md.setData(MIME, f"[{ids[-1]}]".encode())
    m.dropMimeData(md, Qt.DropAction.MoveAction, 0, 0, m.index(-1, -1))
    assert m.ids()[0] == ids[-1]
    tab.undo_stack.undo()
    assert m.ids() == ids


def test_add_prompt_bad_input_and_mark_used(qtbot, ui_ctx, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, ui_ctx, sample_workspace.id, today)
    tab.prompt_text.setText("   ")
    tab.add_prompt()
    assert tab.prompt_error.text() == "Write the prompt text."
    tab.prompt_text.setText("Do you like stretching?")
    assert "Broad question" in tab.prompt_check.text()
    tab.add_prompt()
    assert tab.prompt_model.rowCount() == 11
    tab.prompt_table.view.setCurrentIndex(tab.prompt_table.proxy.mapFromSource(tab.prompt_model.index(10, 1)))
    tab.mark_used()
    assert tab.prompt_model.rows[10].uses == 1
    tab.undo_stack.undo()
    assert tab.prompt_model.rows[10].uses == 0


def test_onboarding_word_count_copy_and_persist(qtbot, ui_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, ui_ctx, workspace.id, today)
    tab.onb_rules.setPlainText("Be kind.")
    tab.onb_post.setPlainText("Your weekly mileage.")
    tab.onb_help.setPlainText("DM me.")
    assert tab.onb_words.text().startswith("7 words")
    tab.save_onboarding()
    tab.copy_onboarding()
    from PySide6.QtGui import QGuiApplication

    assert "Rules:\nBe kind." in QGuiApplication.clipboard().text()
    tab2 = _tab(qtbot, ui_ctx, workspace.id, today)
    assert tab2.onb_post.toPlainText() == "Your weekly mileage."
