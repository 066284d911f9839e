"""Crash-time drafts of the Dashboard week notes and the Rituals tab (``TabPage.snapshot_drafts``).

A crash (SIGKILL, power cut) runs no ``flush_pending``: only what the window's timer snapshotted survives. These
tests snapshot, then "crash" by building a fresh tab on the same database without flushing the old one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from sqlmodel import select

from microcomm_desktop.services import drafts, reports
from microcomm_desktop.services import promise as promise_svc
from microcomm_desktop.services import rituals as ritual_svc
from microcomm_desktop.services.week_note_drafts import load_week_drafts
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Setting
from microcomm_desktop.ui.tabs.dashboard.page import DashboardTab
from microcomm_desktop.ui.tabs.rituals.page import DRAFT_KEY as RITUALS_DRAFT
from microcomm_desktop.ui.tabs.rituals.page import RitualsTab

OCT_23 = date(2026, 10, 23)  # a "Friday wins" occurrence of the sample, a month before today


def _settings_rows(engine: Any) -> list[tuple[Any, ...]]:
    with session_scope(engine) as s:
        return sorted((r.workspace_id, r.key, r.value) for r in s.exec(select(Setting)))


# ---------------------------------------------------------------------------------------------- Dashboard
def _dashboard(qtbot: Any, ui_ctx: Any, ws: Any, today: date) -> DashboardTab:
    ui_ctx.workspace = ws
    tab = DashboardTab(ui_ctx, today=today)
    qtbot.addWidget(tab)
    tab.resize(1300, 850)
    tab.set_workspace(ws.id)
    qtbot.waitUntil(lambda: tab.data is not None and not tab.is_busy())
    return tab


def _pick(tab: DashboardTab, view_row: int) -> date:
    tab.score_table.view.selectRow(view_row)
    week = tab.note_week()
    assert week is not None and week == tab.selected_week()
    return week


def _set(tab: DashboardTab, name: str, text: str) -> None:
    ed = tab.note_edits[name]
    if isinstance(ed, QPlainTextEdit):
        ed.setPlainText(text)
    else:
        ed.setText(text)


def test_dashboard_notes_typed_before_a_crash_come_back_for_their_week(
    qtbot: Any, ui_ctx: Any, app_ctx: Any, sample_workspace: Any, today: date
) -> None:
    ws = sample_workspace.id
    tab = _dashboard(qtbot, ui_ctx, sample_workspace, today)
    week = _pick(tab, 3)
    before = reports.get_week_note(app_ctx.engine, ws, week)
    _set(tab, "top_questions", "Is the winter plan still on?")
    _set(tab, "conversions", "seven")  # not valid yet: kept with its error
    typed = tab.note_texts()
    baseline_before = dict(tab._note_baseline)

    tab.snapshot_drafts()
    # A snapshot changes nothing the user sees or the close-time logic relies on.
    assert tab.note_texts() == typed and tab._note_baseline == baseline_before and tab.notes_typed()
    assert tab.undo_stack.count() == 0
    assert reports.get_week_note(app_ctx.engine, ws, week) == before

    # Crash: no flush_pending. The next start shows the newest week first, then the user selects that week.
    again = _dashboard(qtbot, ui_ctx, sample_workspace, today)
    assert again.note_week() != week
    assert again.note_texts()["top_questions"] != "Is the winter plan still on?"
    assert _pick(again, 3) == week
    assert again.note_texts() == typed
    assert again.note_errors["conversions"].text() and not again.note_errors["conversions"].isHidden()
    assert reports.get_week_note(app_ctx.engine, ws, week) == before  # a draft, never saved


def test_dashboard_snapshot_writes_only_typed_notes_and_clears_only_its_own_week(
    qtbot: Any, ui_ctx: Any, app_ctx: Any, sample_workspace: Any, today: date
) -> None:
    ws = sample_workspace.id
    tab = _dashboard(qtbot, ui_ctx, sample_workspace, today)
    other = _pick(tab, 5)
    _set(tab, "revenue", "lots")  # left invalid: kept as that week's draft when leaving it
    _pick(tab, 2)
    assert set(load_week_drafts(app_ctx.engine, ws)) == {other.isoformat()}
    rows = _settings_rows(app_ctx.engine)

    tab.snapshot_drafts()  # untouched editors: nothing written
    _pick(tab, 4)
    tab.snapshot_drafts()
    week = _pick(tab, 2)
    tab.snapshot_drafts()
    assert _settings_rows(app_ctx.engine) == rows

    _set(tab, "objections", "Too expensive")
    tab.snapshot_drafts()
    stored = load_week_drafts(app_ctx.engine, ws)
    assert set(stored) == {other.isoformat(), week.isoformat()}
    assert stored[week.isoformat()].texts["objections"] == "Too expensive"
    assert stored[week.isoformat()].errors == {}
    rows = _settings_rows(app_ctx.engine)
    tab.snapshot_drafts()  # nothing changed since: no write
    assert _settings_rows(app_ctx.engine) == rows

    assert tab.save_note()
    tab.snapshot_drafts()
    stored = load_week_drafts(app_ctx.engine, ws)
    assert set(stored) == {other.isoformat()}  # this week's draft gone, the other week's kept
    assert stored[other.isoformat()].texts["revenue"] == "lots"
    assert reports.get_week_note(app_ctx.engine, ws, week).objections == "Too expensive"

    # Typed, snapshotted, then typed back: the snapshot's copy goes, and leaving the week writes nothing new.
    _set(tab, "objections", "Too slow")
    tab.snapshot_drafts()
    assert week.isoformat() in load_week_drafts(app_ctx.engine, ws)
    _set(tab, "objections", "Too expensive")
    _pick(tab, 0)
    assert set(load_week_drafts(app_ctx.engine, ws)) == {other.isoformat()}


def test_dashboard_snapshot_keeps_a_restored_draft_until_it_is_saved(
    qtbot: Any, ui_ctx: Any, app_ctx: Any, sample_workspace: Any, today: date
) -> None:
    ws = sample_workspace.id
    tab = _dashboard(qtbot, ui_ctx, sample_workspace, today)
    week = _pick(tab, 1)
    _set(tab, "member_words", "“slow burn”")
    tab.snapshot_drafts()
    again = _dashboard(qtbot, ui_ctx, sample_workspace, today)
    rows = _settings_rows(app_ctx.engine)
    again.snapshot_drafts()  # the draft of another week, not restored yet: untouched
    _pick(again, 1)
    again.snapshot_drafts()  # restored into the editors, unchanged: no rewrite either
    assert _settings_rows(app_ctx.engine) == rows
    assert again.note_texts()["member_words"] == "“slow burn”"
    assert again.save_note()
    again.snapshot_drafts()
    assert load_week_drafts(app_ctx.engine, ws) == {}
    assert reports.get_week_note(app_ctx.engine, ws, week).member_words == "“slow burn”"


# ---------------------------------------------------------------------------------------------- Rituals
def _rituals(qtbot: Any, ui_ctx: Any, ws: Any, today: date) -> RitualsTab:
    ui_ctx.today = today
    ui_ctx.workspace = ws
    tab = RitualsTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.set_workspace(ws.id)
    return tab


def _select(tab: RitualsTab, day: date) -> ritual_svc.CalendarItem:
    tab.calendar.show_date(day)
    it = tab.selected_item()
    assert it is not None and it.kind == "ritual" and it.ritual_id is not None and it.local_date == day
    return it


def _post_row(tab: RitualsTab, post_id: int) -> int:
    ids = [tab.occ_posts.item(i).data(Qt.ItemDataRole.UserRole) for i in range(tab.occ_posts.count())]
    return ids.index(post_id)


def test_rituals_recap_and_sla_typed_before_a_crash_come_back(
    qtbot: Any, ui_ctx: Any, app_ctx: Any, sample_workspace: Any, today: date
) -> None:
    ws = sample_workspace.id
    engine = app_ctx.engine
    tab = _rituals(qtbot, ui_ctx, sample_workspace, today)
    it = _select(tab, OCT_23)
    assert it.ritual_id is not None
    before = ritual_svc.occurrence_state(engine, it.ritual_id, OCT_23)
    prof = promise_svc.get_profile(engine, ws)
    tab.occ_recap.setPlainText("Typed before the crash: 11 wins, two first sales.")
    assert len(before.post_ids) == 1
    row = _post_row(tab, before.post_ids[0])
    assert tab.occ_posts.item(row).checkState() == Qt.CheckState.Checked
    tab.occ_posts.item(row).setCheckState(Qt.CheckState.Unchecked)  # the post did not carry it after all
    tab.sla_minutes.setValue(prof.sla_minutes + 15)

    tab.snapshot_drafts()
    assert tab.undo_stack.count() == 0
    assert ritual_svc.occurrence_state(engine, it.ritual_id, OCT_23) == before
    assert promise_svc.get_profile(engine, ws).sla_minutes == prof.sla_minutes

    # Crash: no flush_pending. The next start opens on the latest occurrence, then puts the draft back.
    again = _rituals(qtbot, ui_ctx, sample_workspace, today)
    back = again.selected_item()
    assert back is not None and (back.ritual_id, back.local_date) == (it.ritual_id, OCT_23)
    assert again.calendar.selected_date() == OCT_23
    assert again.occ_recap.toPlainText() == "Typed before the crash: 11 wins, two first sales."
    assert again.occ_posts.item(_post_row(again, before.post_ids[0])).checkState() == Qt.CheckState.Unchecked
    assert again.sla_minutes.value() == prof.sla_minutes + 15
    assert again.sla_first_n.value() == prof.sla_first_n
    assert again.draft_note.text().startswith("Restored an unsaved draft from ")
    # Still unsaved: nothing written, nothing to undo; closing (flush) decides.
    assert again.undo_stack.count() == 0
    assert ritual_svc.occurrence_state(engine, it.ritual_id, OCT_23) == before
    assert promise_svc.get_profile(engine, ws).sla_minutes == prof.sla_minutes
    assert drafts.load_draft(engine, RITUALS_DRAFT, ws) is not None  # kept until saved: a second crash is fine

    again.flush_pending()
    after = ritual_svc.occurrence_state(engine, it.ritual_id, OCT_23)
    assert after.recap == "Typed before the crash: 11 wins, two first sales." and after.post_ids == []
    assert promise_svc.get_profile(engine, ws).sla_minutes == prof.sla_minutes + 15
    assert drafts.load_draft(engine, RITUALS_DRAFT, ws) is None


def test_rituals_untouched_snapshot_writes_nothing(
    qtbot: Any, ui_ctx: Any, app_ctx: Any, sample_workspace: Any, today: date
) -> None:
    ws = sample_workspace.id
    engine = app_ctx.engine
    tab = _rituals(qtbot, ui_ctx, sample_workspace, today)
    rows = _settings_rows(engine)
    tab.snapshot_drafts()
    _select(tab, OCT_23)
    tab.snapshot_drafts()
    tab.reload()
    tab.snapshot_drafts()
    assert _settings_rows(engine) == rows
    assert drafts.load_draft(engine, RITUALS_DRAFT, ws) is None

    minutes = tab.sla_minutes.value()
    tab.sla_minutes.setValue(minutes + 7)
    tab.snapshot_drafts()
    draft = drafts.load_draft(engine, RITUALS_DRAFT, ws)
    assert draft is not None and draft.fields == {"sla": {"sla_minutes": minutes + 7}}
    rows = _settings_rows(engine)
    tab.snapshot_drafts()  # unchanged since the last snapshot: no write
    assert _settings_rows(engine) == rows

    tab.sla_minutes.setValue(minutes)  # typed back: nothing pending, the snapshot's draft goes
    tab.snapshot_drafts()
    assert drafts.load_draft(engine, RITUALS_DRAFT, ws) is None
    assert tab.undo_stack.count() == 0


def test_rituals_snapshot_draft_is_cleared_after_save(
    qtbot: Any, ui_ctx: Any, app_ctx: Any, sample_workspace: Any, today: date
) -> None:
    ws = sample_workspace.id
    engine = app_ctx.engine
    tab = _rituals(qtbot, ui_ctx, sample_workspace, today)
    it = _select(tab, OCT_23)
    tab.occ_recap.setPlainText("Saved in the end")
    tab.snapshot_drafts()
    draft = drafts.load_draft(engine, RITUALS_DRAFT, ws)
    assert draft is not None and draft.fields["occurrence"]["recap"] == "Saved in the end"
    assert tab.save_occurrence()
    tab.snapshot_drafts()
    assert drafts.load_draft(engine, RITUALS_DRAFT, ws) is None
    assert it.ritual_id is not None
    assert ritual_svc.occurrence_state(engine, it.ritual_id, OCT_23).recap == "Saved in the end"


@pytest.mark.parametrize("gone", [False, True])
def test_rituals_draft_of_a_deleted_ritual_says_so(
    qtbot: Any, ui_ctx: Any, app_ctx: Any, sample_workspace: Any, today: date, gone: bool
) -> None:
    engine = app_ctx.engine
    tab = _rituals(qtbot, ui_ctx, sample_workspace, today)
    it = _select(tab, OCT_23)
    assert it.ritual_id is not None
    tab.occ_recap.setPlainText("Orphan recap")
    tab.snapshot_drafts()
    if gone:
        ritual_svc.delete_ritual(engine, it.ritual_id)
    again = _rituals(qtbot, ui_ctx, sample_workspace, today)
    note = again.draft_note.text()
    if gone:
        assert "no longer exists" in note and "Orphan recap" in note
    else:
        assert again.occ_recap.toPlainText() == "Orphan recap" and "no longer exists" not in note
