"""A reload caused by a data change (another process's commit, View › Refresh, another tab) never discards text
the user typed and has not saved, never saves it either, and still shows fresh data in the fields not touched.

Each test types into a tab the way a user would (key clicks mark the field edited), changes the database behind
the tab's back (as a command-line import would), announces ``external`` on the bus, and checks that the typed
text is still there, still unsaved, and that untouched fields picked up the new values.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget

from microcomm_desktop.services import promise as promise_svc
from microcomm_desktop.services import rituals as ritual_svc
from microcomm_desktop.ui.events import EXTERNAL
from microcomm_desktop.ui.tabs.rituals import RitualsTab

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
    ui_ctx.extras["today"] = today
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
    tab.own_handle.clear()
    _type(qtbot, tab.own_handle, "@typed_handle")
    tab.sla_minutes.setValue(prof.sla_minutes + 5)  # as the arrows or typed digits would
    promise_svc.update_profile(ui_ctx.engine, sample_workspace.id, sla_first_n=prof.sla_first_n + 3)
    _external(ui_ctx, sample_workspace.id)
    assert tab.own_handle.text() == "@typed_handle"
    assert tab.sla_minutes.value() == prof.sla_minutes + 5
    assert tab.sla_first_n.value() == prof.sla_first_n + 3  # untouched: the new stored value
    after = promise_svc.get_profile(ui_ctx.engine, sample_workspace.id)
    assert (after.own_handle, after.sla_minutes) == (prof.own_handle, prof.sla_minutes)  # nothing saved
    tab.flush_pending()
    after = promise_svc.get_profile(ui_ctx.engine, sample_workspace.id)
    assert (after.own_handle, after.sla_minutes) == ("typed_handle", prof.sla_minutes + 5)
