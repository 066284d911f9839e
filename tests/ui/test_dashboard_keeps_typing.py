"""Dashboard week notes: typed text survives refreshes (external changes, F5) and switching weeks.

A refresh keeps the selected week and what is typed for it (without saving it); leaving a week saves its
notes when valid, else keeps them as that week's draft, which comes back with its errors.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from microcomm_desktop.services import drafts, reports
from microcomm_desktop.services.week_note_drafts import DRAFT_KEY, load_week_drafts
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.tabs.dashboard.page import DashboardTab


@pytest.fixture
def tab(qtbot, ui_ctx, sample_workspace, today: date) -> DashboardTab:  # type: ignore[no-untyped-def]
    ui_ctx.workspace = sample_workspace
    t = DashboardTab(ui_ctx, today=today)
    qtbot.addWidget(t)
    t.resize(1300, 850)
    t.set_workspace(sample_workspace.id)
    qtbot.waitUntil(lambda: t.data is not None and not t.is_busy())
    assert t.score_model.rowCount() == 13
    return t


def _pick(tab: DashboardTab, view_row: int) -> date:
    """Click a row of the scorecard (as the user does) and return its week."""
    tab.score_table.view.selectRow(view_row)
    week = tab.selected_week()
    assert week is not None
    assert tab.note_week() == week
    return week


def _text(tab: DashboardTab, name: str) -> str:
    return tab.note_texts()[name]


def _error_shown(tab: DashboardTab, name: str) -> bool:
    label = tab.note_errors[name]
    return not label.isHidden() and bool(label.text())


def _refresh(qtbot, tab: DashboardTab, ui_ctx, ws_id: int, area: str) -> None:  # type: ignore[no-untyped-def]
    gen = tab.generation
    ui_ctx.bus.changed(ChangeArea(area), ws_id)
    assert tab.generation > gen  # the tab really reloaded
    qtbot.waitUntil(lambda: not tab.is_busy())


@pytest.mark.parametrize("area", ["external", "posts"])
def test_refresh_keeps_the_week_and_the_typed_notes(  # type: ignore[no-untyped-def]
    qtbot, tab: DashboardTab, ui_ctx, app_ctx, sample_workspace, area: str
) -> None:
    first = tab.score_model.rows[0].week_start
    first_before = reports.get_week_note(app_ctx.engine, sample_workspace.id, first)
    week = _pick(tab, 3)
    before = reports.get_week_note(app_ctx.engine, sample_workspace.id, week)
    tab.note_edits["top_questions"].setPlainText("Is the winter plan still on?")  # type: ignore[union-attr]
    tab.note_edits["conversions"].setText("7")  # type: ignore[union-attr]

    _refresh(qtbot, tab, ui_ctx, sample_workspace.id, area)

    assert tab.selected_week() == week
    assert tab.score_table.view.currentIndex().row() == 3
    assert tab.note_week() == week
    assert _text(tab, "top_questions") == "Is the winter plan still on?"
    assert _text(tab, "conversions") == "7"
    # A refresh never saves: the database and the drafts are untouched, the text is still "typed".
    assert reports.get_week_note(app_ctx.engine, sample_workspace.id, week) == before
    assert drafts.load_draft(app_ctx.engine, DRAFT_KEY, sample_workspace.id) is None
    assert tab.notes_typed()
    # … so the next flush (closing the window) still saves it, to that week.
    tab.flush_pending()
    saved = reports.get_week_note(app_ctx.engine, sample_workspace.id, week)
    assert saved.top_questions == "Is the winter plan still on?" and saved.conversions == 7
    assert reports.get_week_note(app_ctx.engine, sample_workspace.id, first) == first_before


def test_refresh_maps_the_kept_week_through_a_sorted_view(  # type: ignore[no-untyped-def]
    qtbot, tab: DashboardTab, ui_ctx, sample_workspace
) -> None:
    """The view may sort: the kept week is found by its date and mapped to its row in the view."""
    tab.score_table.proxy.sort(0, Qt.SortOrder.AscendingOrder)  # oldest first: view rows != model rows
    week = _pick(tab, 2)
    assert week == tab.score_model.rows[-3].week_start
    tab.note_edits["objections"].setPlainText("too expensive")  # type: ignore[union-attr]

    _refresh(qtbot, tab, ui_ctx, sample_workspace.id, "external")

    assert tab.selected_week() == week
    assert tab.score_table.view.currentIndex().row() == 2
    assert _text(tab, "objections") == "too expensive"


def test_refresh_reloads_untouched_notes_changed_elsewhere(  # type: ignore[no-untyped-def]
    qtbot, tab: DashboardTab, ui_ctx, app_ctx, sample_workspace
) -> None:
    """Nothing typed: the editors follow the database (a command-line import may have written the note)."""
    week = _pick(tab, 4)
    reports.save_week_note(app_ctx.engine, sample_workspace.id, reports.WeekNoteData(week, conversions=42))
    _refresh(qtbot, tab, ui_ctx, sample_workspace.id, "external")
    assert tab.selected_week() == week
    assert _text(tab, "conversions") == "42"
    assert not tab.notes_typed()


def test_switching_week_saves_valid_notes_of_the_week_left(tab: DashboardTab, app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    week_a = _pick(tab, 2)
    tab.note_edits["conversions"].setText("12")  # type: ignore[union-attr]
    tab.note_edits["spend"].setText("300")  # type: ignore[union-attr]
    tab.note_edits["member_words"].setPlainText("“the Sunday crew”")  # type: ignore[union-attr]

    week_b = _pick(tab, 5)

    assert week_b != week_a
    saved = reports.get_week_note(app_ctx.engine, sample_workspace.id, week_a)
    assert (saved.conversions, str(saved.spend), saved.member_words) == (12, "300", "“the Sunday crew”")
    assert _text(tab, "conversions") == ""  # the editors now hold week B
    assert f"{week_b:%d %b %Y}" in tab.note_title.text()
    assert drafts.load_draft(app_ctx.engine, DRAFT_KEY, sample_workspace.id) is None

    _pick(tab, 2)
    assert _text(tab, "conversions") == "12" and not _error_shown(tab, "conversions")


def test_switching_week_keeps_invalid_notes_as_that_weeks_draft(  # type: ignore[no-untyped-def]
    tab: DashboardTab, app_ctx, sample_workspace
) -> None:
    engine, ws = app_ctx.engine, sample_workspace.id
    week_a = _pick(tab, 2)
    before_a = reports.get_week_note(engine, ws, week_a)
    tab.note_edits["conversions"].setText("lots")  # type: ignore[union-attr]
    tab.note_edits["top_questions"].setPlainText("When is the next live?")  # type: ignore[union-attr]

    _pick(tab, 5)

    assert reports.get_week_note(engine, ws, week_a) == before_a  # not valid: nothing half-saved
    assert _text(tab, "conversions") != "lots" and _text(tab, "top_questions") != "When is the next live?"
    draft = load_week_drafts(engine, ws)[week_a.isoformat()]
    assert draft.texts["conversions"] == "lots" and "conversions" in draft.errors

    _pick(tab, 2)  # back to A: the typed text returns, with the reason it was not saved
    assert _text(tab, "conversions") == "lots"
    assert _text(tab, "top_questions") == "When is the next live?"
    assert _error_shown(tab, "conversions")

    tab.note_edits["conversions"].setText("5")  # type: ignore[union-attr]  # fixed, then leave: saved
    _pick(tab, 6)
    saved = reports.get_week_note(engine, ws, week_a)
    assert saved.conversions == 5 and saved.top_questions == "When is the next live?"
    assert drafts.load_draft(engine, DRAFT_KEY, ws) is None


def test_drafts_of_several_weeks_do_not_replace_each_other(  # type: ignore[no-untyped-def]
    tab: DashboardTab, app_ctx, sample_workspace
) -> None:
    engine, ws = app_ctx.engine, sample_workspace.id
    week_a = _pick(tab, 1)
    tab.note_edits["conversions"].setText("lots")  # type: ignore[union-attr]
    week_b = _pick(tab, 3)
    tab.note_edits["spend"].setText("a lot of money")  # type: ignore[union-attr]
    _pick(tab, 5)
    assert set(load_week_drafts(engine, ws)) == {week_a.isoformat(), week_b.isoformat()}
    # The newest draft keeps the shape older versions read (week_start and fields at the top).
    raw = drafts.load_draft(engine, DRAFT_KEY, ws)
    assert raw is not None and raw.fields["week_start"] == week_b.isoformat() and "spend" in raw.errors

    # Saving another week (Save button, undoable) leaves both drafts alone.
    tab.note_edits["live_attendance"].setText("30")  # type: ignore[union-attr]
    assert tab.save_note() is True
    tab.undo_stack.undo()
    assert set(load_week_drafts(engine, ws)) == {week_a.isoformat(), week_b.isoformat()}

    _pick(tab, 1)
    assert _text(tab, "conversions") == "lots" and _error_shown(tab, "conversions")
    _pick(tab, 3)
    assert _text(tab, "spend") == "a lot of money" and _error_shown(tab, "spend")
    assert not _error_shown(tab, "conversions")


def test_a_week_leaving_the_range_parks_its_typed_notes_as_a_draft(  # type: ignore[no-untyped-def]
    qtbot, tab: DashboardTab, app_ctx, sample_workspace
) -> None:
    """A refresh never saves: typed notes of a week no longer shown become its draft, and come back."""
    engine, ws = app_ctx.engine, sample_workspace.id
    week = _pick(tab, 8)
    before = reports.get_week_note(engine, ws, week)
    tab.note_edits["objections"].setPlainText("the app is confusing")  # type: ignore[union-attr]

    tab.range_combo.setCurrentIndex(0)  # last 4 weeks: that week is gone
    qtbot.waitUntil(lambda: tab.score_model.rowCount() == 4 and not tab.is_busy())
    assert tab.selected_week() == tab.score_model.rows[0].week_start
    assert reports.get_week_note(engine, ws, week) == before
    assert load_week_drafts(engine, ws)[week.isoformat()].texts["objections"] == "the app is confusing"

    tab.range_combo.setCurrentIndex(1)  # 13 weeks again
    qtbot.waitUntil(lambda: tab.score_model.rowCount() == 13 and not tab.is_busy())
    _pick(tab, 8)
    assert _text(tab, "objections") == "the app is confusing"


def _click(qtbot, tab: DashboardTab, view_row: int, modifier: Qt.KeyboardModifier) -> None:  # type: ignore[no-untyped-def]
    view = tab.score_table.view
    index = view.model().index(view_row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center())


@pytest.mark.parametrize("modifier", [Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier])
def test_ctrl_or_shift_click_picks_one_week_and_a_refresh_keeps_it(  # type: ignore[no-untyped-def]
    qtbot, tab: DashboardTab, ui_ctx, sample_workspace, modifier: Qt.KeyboardModifier
) -> None:
    """The editors serve one week, so the scorecard selects one: a Ctrl/Shift+click once added a second row,
    the selection then named another week than the editors, and the next refresh moved the typed notes away."""
    tab.show()
    qtbot.waitExposed(tab)
    _click(qtbot, tab, 1, Qt.KeyboardModifier.NoModifier)
    _click(qtbot, tab, 4, modifier)
    week = tab.score_model.rows[4].week_start
    assert tab.score_table.selected_source_rows() == [4]
    assert tab.selected_week() == week == tab.note_week()
    tab.note_edits["objections"].setPlainText("too slow")  # type: ignore[union-attr]

    _refresh(qtbot, tab, ui_ctx, sample_workspace.id, "external")

    assert tab.score_table.selected_source_rows() == [4]
    assert tab.selected_week() == week == tab.note_week()
    assert _text(tab, "objections") == "too slow" and tab.notes_typed()


def test_a_modifier_key_still_down_does_not_add_a_week_to_the_pick(tab: DashboardTab) -> None:
    """What failed in CI: an earlier test in the same worker left Ctrl "held" (Qt keeps the modifiers of the
    last key or mouse event), and ``selectRow`` then toggled a second row in instead of replacing the first."""
    QTest.keyPress(tab, Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier)
    try:
        assert QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier
        week = _pick(tab, 3)
        assert tab.score_table.selected_source_rows() == [3]
        assert _pick(tab, 5) != week and tab.score_table.selected_source_rows() == [5]
    finally:
        QTest.keyRelease(tab, Qt.Key.Key_Control, Qt.KeyboardModifier.NoModifier)
