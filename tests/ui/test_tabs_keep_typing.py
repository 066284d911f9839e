"""A reload caused by a data change (another process's commit, View › Refresh, another tab) never discards text
the user typed and has not saved, never saves it either, and still shows fresh data in the fields not touched.

Each test types into a tab the way a user would (key clicks mark the field edited), changes the database behind
the tab's back (as a command-line import would), announces ``external`` on the bus, and checks that the typed
text is still there, still unsaved, and that untouched fields picked up the new values.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget

from microcomm_desktop.services import creators as creator_svc
from microcomm_desktop.services import decisions as decision_svc
from microcomm_desktop.services import interactions as interaction_svc
from microcomm_desktop.services import promise as promise_svc
from microcomm_desktop.services import quotes as quote_svc
from microcomm_desktop.services import rituals as ritual_svc
from microcomm_desktop.services import sprints as sprint_svc
from microcomm_desktop.ui.events import EXTERNAL, ChangeArea
from microcomm_desktop.ui.models.sprint_table_model import SprintCheckinModel
from microcomm_desktop.ui.tabs.creators.page import CreatorsTab
from microcomm_desktop.ui.tabs.deals.page import DealsTab
from microcomm_desktop.ui.tabs.insights.page import InsightsTab
from microcomm_desktop.ui.tabs.posts.page import PostsTab
from microcomm_desktop.ui.tabs.promise.page import PromiseTab
from microcomm_desktop.ui.tabs.rituals.page import RitualsTab
from microcomm_desktop.ui.tabs.sprint.page import SprintTab

TUESDAY = date(2026, 11, 24)


def _external(ui_ctx: Any, ws_id: int) -> None:
    """What the window does when another process committed (and what View › Refresh does)."""
    ui_ctx.bus.changed(EXTERNAL, ws_id)
    QApplication.processEvents()


def _type(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type at the end of a field, as a user would (the field counts as edited afterwards)."""
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.end(False)
    else:
        cur = widget.textCursor()  # type: ignore[attr-defined]
        cur.movePosition(cur.MoveOperation.End)
        widget.setTextCursor(cur)  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)


def _open_editor(view: QAbstractItemView, index: QModelIndex) -> QLineEdit:
    """Open the inline editor of ``index`` (as a double-click would) and return it."""
    before = set(view.viewport().findChildren(QLineEdit))
    view.setCurrentIndex(index)
    view.edit(index)
    QApplication.processEvents()
    new = [w for w in view.viewport().findChildren(QLineEdit) if w not in before]
    assert view.state() == QAbstractItemView.State.EditingState and new
    return new[0]


def _make(qtbot: Any, ui_ctx: Any, ws: Any, today: date, cls: type) -> Any:
    ui_ctx.today = today
    ui_ctx.workspace = ws
    tab = cls(ui_ctx)
    qtbot.addWidget(tab)
    tab.set_workspace(ws.id)
    return tab


# ---------------------------------------------------------------------------------------------- Rituals
def _select_occurrence(tab: RitualsTab, day: date) -> ritual_svc.CalendarItem:
    tab.calendar.select(day)
    it = tab.selected_item()
    assert it is not None and it.kind == "ritual" and it.ritual_id is not None
    return it


def test_rituals_reload_keeps_a_typed_recap_on_the_same_occurrence(qtbot, ui_ctx, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    tab = _make(qtbot, ui_ctx, sample_workspace, today, RitualsTab)
    it = _select_occurrence(tab, TUESDAY)
    assert it.ritual_id is not None
    stored = ritual_svc.occurrence_state(ui_ctx.engine, it.ritual_id, TUESDAY).recap
    _type(qtbot, tab.occ_recap, " Typed, not saved.")
    typed = tab.occ_recap.toPlainText()
    # Another process adds an earlier event on that day: the occurrence moves down the day's list.
    ritual_svc.add_event(ui_ctx.engine, sample_workspace.id, "Morning live", TUESDAY, "07:00")
    _external(ui_ctx, sample_workspace.id)
    after = tab.selected_item()
    assert after is not None and (after.ritual_id, after.local_date) == (it.ritual_id, TUESDAY)
    assert tab.occ_recap.toPlainText() == typed
    assert ritual_svc.occurrence_state(ui_ctx.engine, it.ritual_id, TUESDAY).recap == stored  # nothing saved
    assert tab.undo_stack.count() == 0
    tab.flush_pending()  # still counted as unsaved: closing saves it
    assert ritual_svc.occurrence_state(ui_ctx.engine, it.ritual_id, TUESDAY).recap == typed.strip()


def test_rituals_reload_refreshes_an_untouched_occurrence_but_keeps_picked_posts(
    qtbot, ui_ctx, sample_workspace, today
) -> None:  # type: ignore[no-untyped-def]
    tab = _make(qtbot, ui_ctx, sample_workspace, today, RitualsTab)
    it = _select_occurrence(tab, TUESDAY)
    assert it.ritual_id is not None and tab.occ_posts.count() >= 2
    first = tab.occ_posts.item(0)
    was = first.checkState()
    flipped = Qt.CheckState.Unchecked if was == Qt.CheckState.Checked else Qt.CheckState.Checked
    first.setCheckState(flipped)  # the user ticks (or unticks) a post but does not save
    ritual_svc.set_occurrence(ui_ctx.engine, it.ritual_id, TUESDAY, recap="Written by the CLI")
    _external(ui_ctx, sample_workspace.id)
    assert tab.occ_recap.toPlainText() == "Written by the CLI"  # untouched: shows the new value
    assert tab.occ_posts.item(0).checkState() == flipped  # touched: kept


def test_rituals_reload_keeps_typed_sla_fields(qtbot, ui_ctx, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    tab = _make(qtbot, ui_ctx, sample_workspace, today, RitualsTab)
    prof = promise_svc.get_profile(ui_ctx.engine, sample_workspace.id)
    tab.sla_minutes.setValue(prof.sla_minutes + 5)  # as the arrows or typed digits would
    promise_svc.update_profile(ui_ctx.engine, sample_workspace.id, sla_first_n=prof.sla_first_n + 3)
    _external(ui_ctx, sample_workspace.id)
    assert tab.sla_minutes.value() == prof.sla_minutes + 5
    assert tab.sla_first_n.value() == prof.sla_first_n + 3  # untouched: the new stored value
    after = promise_svc.get_profile(ui_ctx.engine, sample_workspace.id)
    assert after.sla_minutes == prof.sla_minutes  # nothing saved
    tab.flush_pending()
    after = promise_svc.get_profile(ui_ctx.engine, sample_workspace.id)
    assert after.sla_minutes == prof.sla_minutes + 5


def test_rituals_reload_and_close_without_edits_write_nothing(qtbot, ui_ctx, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    tab = _make(qtbot, ui_ctx, sample_workspace, today, RitualsTab)
    for day in (TUESDAY, date(2026, 11, 20)):
        _select_occurrence(tab, day)
        ritual_svc.add_event(ui_ctx.engine, sample_workspace.id, "Q and A", day, "20:00")
        _external(ui_ctx, sample_workspace.id)
        tab.flush_pending()
    assert tab.undo_stack.count() == 0


# ---------------------------------------------------------------------------------------------- Promise
def test_promise_reload_keeps_typed_slots_and_profile_text(qtbot, ui_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    ws = workspace.id
    promise_svc.save_promise(ui_ctx.engine, ws, "runners", "a weekly 20-minute routine", "short videos")
    tab = _make(qtbot, ui_ctx, workspace, today, PromiseTab)
    _type(qtbot, tab.who_edit, " over 40")
    _type(qtbot, tab.onb_rules, "Be kind.")
    promise_svc.save_promise(ui_ctx.engine, ws, "runners", "a 5 km in 8 weeks", "a Sunday live")
    promise_svc.update_profile(ui_ctx.engine, ws, topic="trail running for beginners")
    _external(ui_ctx, ws)
    assert tab.who_edit.text() == "runners over 40"
    assert tab.onb_rules.toPlainText() == "Be kind."
    assert tab.outcome_edit.text() == "a 5 km in 8 weeks"  # untouched fields follow the database
    assert tab.format_edit.text() == "a Sunday live"
    assert tab.topic_edit.text() == "trail running for beginners"
    cur = promise_svc.current_promise(ui_ctx.engine, ws)
    assert cur is not None and cur.who == "runners"  # nothing saved
    assert promise_svc.get_profile(ui_ctx.engine, ws).onboarding_rules == ""
    tab.flush_pending()
    cur = promise_svc.current_promise(ui_ctx.engine, ws)
    assert cur is not None and (cur.who, cur.outcome) == ("runners over 40", "a 5 km in 8 weeks")
    assert promise_svc.get_profile(ui_ctx.engine, ws).onboarding_rules == "Be kind."


def test_promise_reload_keeps_the_prompt_and_format_being_edited(qtbot, ui_ctx, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    ws = sample_workspace.id
    tab = _make(qtbot, ui_ctx, sample_workspace, today, PromiseTab)
    prompts_before = len(promise_svc.list_prompts(ui_ctx.engine, ws, today))
    row = tab.prompt_model.rows[1]
    tab._select_prompt(row.id)
    assert tab.prompt_text.text() == row.text
    _type(qtbot, tab.prompt_text, " And why?")
    assert len(tab._formats) >= 1
    fmt = tab._formats[0]
    tab.formats_list.setCurrentRow(0)
    tab.fmt_name.clear()
    _type(qtbot, tab.fmt_name, "Renamed format")
    promise_svc.add_prompt(ui_ctx.engine, ws, "What did you change this week after the teardown?", "identity")
    _external(ui_ctx, ws)
    assert tab.prompt_text.text() == row.text + " And why?"
    assert tab._prompt_fields()["id"] == row.id  # still the prompt being edited
    assert tab.fmt_name.text() == "Renamed format"
    assert tab._format_fields()["id"] == fmt.id
    tab.flush_pending()  # an update of those two, not new rows
    prompts = promise_svc.list_prompts(ui_ctx.engine, ws, today)
    assert len(prompts) == prompts_before + 1  # only the one the other process added
    assert next(p for p in prompts if p.id == row.id).text == row.text + " And why?"
    names = [f.name for f in promise_svc.list_formats(ui_ctx.engine, ws)]
    assert "Renamed format" in names and fmt.name not in names


# ---------------------------------------------------------------------------------------------- Posts
def test_posts_reload_keeps_quick_entry_text_and_the_selected_post(qtbot, ui_ctx, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    tab = _make(qtbot, ui_ctx, sample_workspace, today, PostsTab)
    assert tab.filter_proxy.rowCount() > 3
    pid = tab.model.post_id(tab.filter_proxy.mapToSource(tab.filter_proxy.index(3, 0)).row())
    tab.select_post(pid)
    assert tab.current_post_id() == pid
    n = interaction_svc.post_detail(ui_ctx.engine, pid).interactions
    # (setPlainText, not key clicks: a completion popup needs a real screen)
    tab.quick.setPlainText("@ana comment\n@ben reply to @ana")
    _external(ui_ctx, sample_workspace.id)
    assert tab.quick.toPlainText() == "@ana comment\n@ben reply to @ana"
    assert tab.current_post_id() == pid  # the lines still go to the post they were typed for
    assert interaction_svc.post_detail(ui_ctx.engine, pid).interactions == n  # nothing logged
    assert tab.undo_stack.count() == 0


def test_posts_reload_waits_for_an_open_cell_editor(qtbot, ui_ctx, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.models.post_table_model import COL

    tab = _make(qtbot, ui_ctx, sample_workspace, today, PostsTab)
    tab.show()
    view = tab.table.view
    idx = view.model().index(0, COL["title"])
    editor = _open_editor(view, idx)
    editor.setText("A title being typed")
    _external(ui_ctx, sample_workspace.id)
    assert view.state() == QAbstractItemView.State.EditingState
    assert editor.text() == "A title being typed"
    assert tab.undo_stack.count() == 0


# ---------------------------------------------------------------------------------------------- Sprint
def test_sprint_reload_waits_for_an_open_checkin_note(qtbot, ui_ctx, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    tab = _make(qtbot, ui_ctx, sample_workspace, today, SprintTab)
    tab.show()
    assert tab.sprint_id is not None
    view = tab.checkin.view
    idx = view.model().index(1, SprintCheckinModel.COL_DROP)
    editor = _open_editor(view, idx)
    editor.setText("Drop the Monday poll")
    sprint_svc.update_week(ui_ctx.engine, tab.sprint_id, 3, notes_worked="Written elsewhere")
    _external(ui_ctx, sample_workspace.id)
    assert view.state() == QAbstractItemView.State.EditingState and editor.text() == "Drop the Monday poll"
    board = sprint_svc.load_board(ui_ctx.engine, tab.sprint_id, today)
    assert board.weeks[1].notes_drop != "Drop the Monday poll"  # nothing saved behind the user's back
    assert tab.undo_stack.count() == 0
    # When the editor closes (here: Enter), the note is saved as usual and the postponed reload runs.
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.checkin_model.index(1, SprintCheckinModel.COL_DROP).data() == "Drop the Monday poll")
    qtbot.waitUntil(lambda: tab.checkin_model.index(2, SprintCheckinModel.COL_WORKED).data() == "Written elsewhere")


def test_sprint_reload_keeps_the_selected_task_and_lists_a_sprint_made_elsewhere(
    qtbot, ui_ctx, sample_workspace, today
) -> None:  # type: ignore[no-untyped-def]
    tab = _make(qtbot, ui_ctx, sample_workspace, today, SprintTab)
    assert tab.board_data is not None
    task = tab.board_data.weeks[1].tasks[0]
    tab.board.select_task(task.id)
    sid = tab.sprint_id
    n = tab.sprint_combo.count()
    sprint_svc.create_sprint(
        ui_ctx.engine, sample_workspace.id, "From the CLI", date(2027, 1, 4), "", sprint_svc.template_drafts()
    )
    _external(ui_ctx, sample_workspace.id)
    assert tab.sprint_combo.count() == n + 1
    assert tab.sprint_id == sid and tab.board.selected_task_id() == task.id


# ---------------------------------------------------------------------------------------------- Creators
@pytest.fixture
def creators_tab(qtbot, ui_ctx, sample_workspace, today) -> CreatorsTab:  # type: ignore[no-untyped-def]
    tab = _make(qtbot, ui_ctx, sample_workspace, today, CreatorsTab)
    assert tab.current_id is not None
    return tab  # type: ignore[no-any-return]


def test_creators_reload_keeps_the_unsaved_form_and_updates_untouched_fields(
    qtbot, ui_ctx, creators_tab: CreatorsTab, today
) -> None:  # type: ignore[no-untyped-def]
    tab = creators_tab
    cid = tab.current_id
    assert cid is not None
    stored = creator_svc.get_creator(ui_ctx.engine, cid)
    new_status = next(s for s in ("contacted", "active", "prospect") if s != stored.status)
    _type(qtbot, tab.notes, " Typed note.")
    typed = tab.notes.toPlainText()
    assert tab.dirty
    creator_svc.update_creator(ui_ctx.engine, cid, dataclasses.replace(stored, status=new_status), today)
    _external(ui_ctx, tab.workspace_id or 0)
    assert tab.current_id == cid
    assert tab.notes.toPlainText() == typed and tab.dirty and tab.save_btn.isEnabled()
    assert tab.status.currentText() == new_status  # untouched: the value written elsewhere
    assert creator_svc.get_creator(ui_ctx.engine, cid).notes == stored.notes  # nothing saved
    assert tab.undo_stack.count() == 0
    tab.flush_pending()
    saved = creator_svc.get_creator(ui_ctx.engine, cid)
    assert saved.notes == typed.strip() and saved.status == new_status  # neither edit undoes the other


def test_creators_reload_of_a_clean_form_shows_new_values(ui_ctx, creators_tab: CreatorsTab, today) -> None:  # type: ignore[no-untyped-def]
    tab = creators_tab
    cid = tab.current_id
    assert cid is not None and not tab.dirty
    stored = creator_svc.get_creator(ui_ctx.engine, cid)
    creator_svc.update_creator(ui_ctx.engine, cid, dataclasses.replace(stored, niche="barefoot running"), today)
    _external(ui_ctx, tab.workspace_id or 0)
    assert tab.niche.text() == "barefoot running" and not tab.dirty


def test_creators_reload_waits_for_an_open_evidence_note(ui_ctx, creators_tab: CreatorsTab) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.models.creator_table_model import EvidenceModel

    tab = creators_tab
    tab.show()
    assert tab.evidence_model.rowCount() > 0
    idx = tab.evidence_model.index(0, EvidenceModel.COL_NOTE)
    editor = _open_editor(tab.evidence_view, idx)
    editor.setText("typed evidence note")
    _external(ui_ctx, tab.workspace_id or 0)
    assert tab.evidence_view.state() == QAbstractItemView.State.EditingState
    assert editor.text() == "typed evidence note"
    assert tab.undo_stack.count() == 0


# ---------------------------------------------------------------------------------------------- Deals
@pytest.fixture
def deals_tab(qtbot, ui_ctx, sample_workspace, today) -> DealsTab:  # type: ignore[no-untyped-def]
    old = QLocale()
    QLocale.setDefault(QLocale.c())
    tab = _make(qtbot, ui_ctx, sample_workspace, today, DealsTab)
    yield tab  # type: ignore[misc]
    QLocale.setDefault(old)


def test_deals_quote_builder_keeps_its_inputs_across_reloads(qtbot, ui_ctx, deals_tab: DealsTab) -> None:  # type: ignore[no-untyped-def]
    tab, q = deals_tab, deals_tab.quote
    ws = tab.workspace_id or 0
    base = next(it for it in q.items if it.kind == "base")
    addon = next((it for it in q.items if it.kind != "base"), None)
    tab.show_page(q)
    q.set_quantity(base.name, 3)
    if addon is not None:
        q.set_checked(addon.name)
    _type(qtbot, q.brand, "Trailfoot")
    _type(qtbot, q.title, "Spring series")
    until = QDate(2027, 1, 31)
    q.valid_until.setDate(until)
    quote_svc.add_rate_item(ui_ctx.engine, ws, "base", "Carousel", "fixed", Decimal("300"), "per post")
    deals_before = tab.deals.model.rowCount()
    _external(ui_ctx, ws)
    ui_ctx.bus.changed(ChangeArea.WORKSPACE, ws)  # e.g. the currency changed in the settings
    QApplication.processEvents()
    assert any(it.name == "Carousel" for it in q.items)  # the rate card did reload
    assert q.qty[base.id].value() == 3
    if addon is not None:
        assert q._checked(addon.id)
    assert (q.brand.text(), q.title.text()) == ("Trailfoot", "Spring series")
    assert q.valid_until.date() == until
    assert tab.current_page() is q  # the page the user is working on stays in front
    assert tab.deals.model.rowCount() == deals_before and tab.undo_stack.count() == 0
    spin = q.qty[base.id]
    _external(ui_ctx, ws)  # nothing changed in the rate card: the box being typed into is not replaced
    assert q.qty[base.id] is spin and spin.value() == 3


def test_deals_reload_waits_for_an_open_rate_editor(ui_ctx, deals_tab: DealsTab) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.models.rate_card_table_model import COL_AMOUNT

    tab, q = deals_tab, deals_tab.quote
    tab.show()
    tab.show_page(q)
    editor = _open_editor(q.card_view, q.card_model.index(0, COL_AMOUNT))
    editor.setText("1234")
    _external(ui_ctx, tab.workspace_id or 0)
    assert q.card_view.state() == QAbstractItemView.State.EditingState and editor.text() == "1234"
    assert tab.undo_stack.count() == 0


# ---------------------------------------------------------------------------------------------- Insights
def test_insights_reload_keeps_filters_period_and_the_selected_decision(qtbot, ui_ctx, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    ws = sample_workspace.id
    for text, week in (("Keep the Tuesday teardown", today), ("Drop the poll", date(2026, 11, 10))):
        decision_svc.add_decision(
            ui_ctx.engine, ws, decision_svc.week_start_for(ui_ctx.engine, ws, week), text, "replies_per_1k"
        )
    tab = _make(qtbot, ui_ctx, sample_workspace, today, InsightsTab)
    tab.by_combo.setCurrentIndex(tab.by_combo.findData("format"))
    tab.since_edit.setDate(QDate(2026, 9, 1))
    tab.until_edit.setDate(QDate(2026, 11, 20))
    tab.min_posts.setValue(4)
    tab.refresh()
    tab.decision_view.selectRow(1)
    chosen = tab.selected_decision()
    assert chosen is not None
    n = tab.decision_model.rowCount()
    decision_svc.add_decision(
        ui_ctx.engine, ws, decision_svc.week_start_for(ui_ctx.engine, ws, date(2026, 11, 17)), "Shorter hooks", "er"
    )
    _external(ui_ctx, ws)
    qtbot.waitUntil(lambda: not tab._timer.isActive())
    tab.wait_idle()
    assert tab.by() == "format" and tab.period() == (date(2026, 9, 1), date(2026, 11, 20))
    assert tab.min_posts.value() == 4
    assert tab.decision_model.rowCount() == n + 1
    after = tab.selected_decision()
    assert after is not None and after.id == chosen.id
