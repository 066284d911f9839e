"""Rituals tab: leaving an occurrence with unsaved edits (another day, another row) saves them onto it, undoably.

A reload of the same occurrence (another process's commit, View › Refresh) keeps the typing and saves nothing;
a save that fails keeps the user on the occurrence being edited, with the typed text and the error.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from microcomm_desktop.services import promise as promise_svc
from microcomm_desktop.services import rituals as svc
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.tabs.rituals.page import RitualsTab

TUE = date(2026, 11, 24)  # a "Tuesday teardown" occurrence of the sample
FRI = date(2026, 11, 20)  # a "Friday wins" occurrence of the sample


def _tab(qtbot: Any, ui_ctx: Any, ws: Any, today: date) -> RitualsTab:
    ui_ctx.today = today
    ui_ctx.workspace = ws
    tab = RitualsTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.set_workspace(ws.id)
    return tab


def _recap(ui_ctx: Any, ritual_id: int, d: date) -> str:
    return svc.occurrence_state(ui_ctx.engine, ritual_id, d).recap


def _selected(tab: RitualsTab) -> svc.CalendarItem:
    it = tab.selected_item()
    assert it is not None and it.ritual_id is not None
    return it


def test_picking_another_day_saves_the_left_occurrence_and_undo_restores_it(
    qtbot: Any, ui_ctx: Any, sample_workspace: Any, today: date
) -> None:
    tab = _tab(qtbot, ui_ctx, sample_workspace, today)
    tab.calendar.select(TUE)
    a = _selected(tab)
    before = _recap(ui_ctx, a.ritual_id, TUE)
    tab.occ_recap.setPlainText("Typed on Tuesday, never saved by hand")

    tab.calendar.select(FRI)

    assert _recap(ui_ctx, a.ritual_id, TUE) == "Typed on Tuesday, never saved by hand"
    b = _selected(tab)
    assert b.local_date == FRI and b.ritual_id != a.ritual_id
    assert tab.calendar.selected_date() == FRI
    assert tab.occ_recap.toPlainText() == _recap(ui_ctx, b.ritual_id, FRI)
    assert tab.occ_error.text() == ""
    assert not tab._occurrence_edited()

    tab.undo_stack.undo()
    assert _recap(ui_ctx, a.ritual_id, TUE) == before
    assert _selected(tab).local_date == FRI  # the undo reloads; the user stays where they went


def test_reload_with_typed_text_saves_nothing(qtbot: Any, ui_ctx: Any, sample_workspace: Any, today: date) -> None:
    tab = _tab(qtbot, ui_ctx, sample_workspace, today)
    tab.calendar.select(FRI)
    b = _selected(tab)
    before = _recap(ui_ctx, b.ritual_id, FRI)
    tab.occ_recap.setPlainText("Still typing")

    ui_ctx.bus.changed(ChangeArea.EXTERNAL, sample_workspace.id)

    assert _recap(ui_ctx, b.ritual_id, FRI) == before
    assert tab.occ_recap.toPlainText() == "Still typing"
    assert tab._occurrence_edited()
    assert tab.undo_stack.count() == 0


def test_picking_another_row_of_the_day_saves_the_left_occurrence(
    qtbot: Any, ui_ctx: Any, sample_workspace: Any, today: date
) -> None:
    tab = _tab(qtbot, ui_ctx, sample_workspace, today)
    tab.calendar.select(TUE)
    assert tab.add_event_values("Live Q&A", TUE, "20:00") is not None
    a = _selected(tab)
    rows = [i for i, it in enumerate(tab._day_items) if it.kind == "event"]
    assert rows and tab.occ_list.count() >= 2
    tab.occ_recap.setPlainText("Saved by picking the event")

    tab.occ_list.setCurrentRow(rows[0])

    assert _recap(ui_ctx, a.ritual_id, TUE) == "Saved by picking the event"
    shown = tab.selected_item()
    assert shown is not None and shown.kind == "event"
    assert tab.occ_recap.toPlainText() == ""


def test_a_failed_save_keeps_the_user_on_the_occurrence_with_the_text(
    qtbot: Any, ui_ctx: Any, sample_workspace: Any, today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(qtbot, ui_ctx, sample_workspace, today)
    tab.calendar.select(TUE)
    a = _selected(tab)
    before = _recap(ui_ctx, a.ritual_id, TUE)
    tab.occ_recap.setPlainText("Must not be lost")

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise promise_svc.InputError("ritual", "That ritual no longer exists.")

    monkeypatch.setattr(svc, "set_occurrence", refuse)
    tab.calendar.select(FRI)

    assert tab.calendar.selected_date() == TUE
    assert _selected(tab).ritual_id == a.ritual_id
    assert tab.occ_recap.toPlainText() == "Must not be lost"
    assert "no longer exists" in tab.occ_error.text()
    assert _recap(ui_ctx, a.ritual_id, TUE) == before
    assert tab._occurrence_edited()


def test_another_month_saves_or_on_failure_comes_back_with_the_text(
    qtbot: Any, ui_ctx: Any, sample_workspace: Any, today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(qtbot, ui_ctx, sample_workspace, today)
    tab.calendar.select(TUE)
    a = _selected(tab)
    tab.occ_recap.setPlainText("Kept across months")

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise promise_svc.InputError("ritual", "That ritual no longer exists.")

    with monkeypatch.context() as m:
        m.setattr(svc, "set_occurrence", refuse)
        tab.calendar.show_date(date(2026, 10, 23))
        assert _selected(tab).ritual_id == a.ritual_id and _selected(tab).local_date == TUE
        assert tab.calendar.selected_date() == TUE
        assert tab.occ_recap.toPlainText() == "Kept across months"
        assert "no longer exists" in tab.occ_error.text()

    tab.calendar.show_date(date(2026, 10, 23))
    assert _recap(ui_ctx, a.ritual_id, TUE) == "Kept across months"
    assert tab.calendar.selected_date() == date(2026, 10, 23)
    assert _selected(tab).local_date == date(2026, 10, 23)
    assert not tab._occurrence_edited()
