"""The app's own selection moves pick exactly one row even while Ctrl or Shift is down.

Qt keeps the modifiers of the last key or mouse event, and ``setCurrentIndex``/``selectRow`` on a view that
allows several selected rows read them: a pick made by the app (after a save, a move, a refresh) was toggled
into or added to the selection, so the selection and the current row named different rows. Each test holds a
modifier the way a user (or an earlier test) does, lets the app move the selection, and checks that one row is
selected and that it is the current one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QStringListModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from microcomm_desktop.ui.tabs.deals.page import DealsTab, create_tab
from microcomm_desktop.ui.tabs.promise.page import PromiseTab
from microcomm_desktop.ui.widgets.selection import select_only

MODIFIERS = {
    "ctrl": (Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier),
    "shift": (Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier),
}


@contextmanager
def held(widget: QWidget, name: str) -> Iterator[None]:
    """Press a modifier key and let go of it afterwards, even when the test fails (a key left "down" would
    turn the clicks of every later test in the worker into Ctrl/Shift+clicks)."""
    key, modifier = MODIFIERS[name]
    QTest.keyPress(widget, key, modifier)
    try:
        assert QGuiApplication.keyboardModifiers() & modifier
        yield
    finally:
        QTest.keyRelease(widget, key, Qt.KeyboardModifier.NoModifier)


def user_pick(view: QAbstractItemView, row: int) -> None:
    """A row the user picked before the app moves the selection (no modifier involved)."""
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def picked_rows(view: QAbstractItemView) -> tuple[list[int], int]:
    """The selected view rows and the current view row."""
    rows = sorted({i.row() for i in view.selectionModel().selectedIndexes()})
    return rows, view.currentIndex().row()


# -------------------- the helper itself


@pytest.mark.parametrize("modifier", sorted(MODIFIERS))
def test_select_only_replaces_the_selection_while_a_modifier_is_down(qtbot, modifier: str) -> None:  # type: ignore[no-untyped-def]
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(QStringListModel([f"row {i}" for i in range(6)]))
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    user_pick(view, 1)
    with held(view, modifier):
        select_only(view, view.model().index(4, 0))
        assert picked_rows(view) == ([4], 4)
        select_only(view, QModelIndex())  # an invalid index (a row filtered away) changes nothing
        assert picked_rows(view) == ([4], 4)


# -------------------- Deals: the deal just saved (or kept through a refresh) is the one selected


@pytest.fixture
def deals(qtbot, ui_ctx, sample_workspace, today: date) -> DealsTab:  # type: ignore[no-untyped-def]
    ui_ctx.workspace = sample_workspace
    ui_ctx.today = today
    page = create_tab(ui_ctx)
    assert isinstance(page, DealsTab)
    qtbot.addWidget(page)
    page.set_workspace(sample_workspace.id)
    assert page.deals.model.rowCount() >= 3
    return page


@pytest.mark.parametrize("modifier", sorted(MODIFIERS))
def test_deals_select_id_replaces_the_pick_while_a_modifier_is_down(deals: DealsTab, modifier: str) -> None:
    page = deals.deals
    view = page.table.view
    user_pick(view, 0)
    target = page.table.source_index(view.model().index(2, 0)).row()
    deal_id = page.model.row_at(target).id
    assert deal_id is not None
    with held(view, modifier):
        page.select_id(deal_id)  # what a save does with the deal it saved
        assert picked_rows(view) == ([2], 2)
        assert page.selected_id() == deal_id


@pytest.mark.parametrize("modifier", sorted(MODIFIERS))
def test_deals_refresh_keeps_one_deal_while_a_modifier_is_down(deals: DealsTab, modifier: str) -> None:
    page = deals.deals
    view = page.table.view
    user_pick(view, 1)
    kept = page.selected_id()
    with held(view, modifier):
        page.refresh()
        assert page.selected_id() == kept and len(picked_rows(view)[0]) == 1
        assert picked_rows(view)[0] == [picked_rows(view)[1]]
        view.selectionModel().clearSelection()
        page.refresh()  # nothing selected: the first row
        assert picked_rows(view) == ([0], 0)


# -------------------- Posts: a load with no post to keep picks the first row, and only it


@pytest.mark.parametrize("modifier", sorted(MODIFIERS))
def test_posts_load_picks_only_the_first_row_while_a_modifier_is_down(  # type: ignore[no-untyped-def]
    qtbot, ui_ctx, sample_workspace, today: date, modifier: str
) -> None:
    from microcomm_desktop.ui.tabs.posts.page import create_tab as create_posts

    ui_ctx.workspace = sample_workspace
    ui_ctx.today = today
    tab = create_posts(ui_ctx)
    qtbot.addWidget(tab)
    view = tab.table.view
    with held(view, modifier):
        tab.set_workspace(sample_workspace.id)  # the tab's first load
        qtbot.waitUntil(lambda: not tab.is_loading(), timeout=10_000)
        assert view.model().rowCount() >= 6
        assert picked_rows(view) == ([0], 0)
        view.selectionModel().clear()  # no post selected, none current: a reload picks the first again
        tab.reload()
        qtbot.waitUntil(lambda: not tab.is_loading(), timeout=10_000)
        assert picked_rows(view) == ([0], 0)
        assert tab.selected_post_ids() == [tab.current_post_id()]


# -------------------- Promise: a prompt moved up/down stays the one (and only one) selected


@pytest.mark.parametrize("modifier", sorted(MODIFIERS))
def test_prompt_moved_down_stays_the_only_pick_while_a_modifier_is_down(  # type: ignore[no-untyped-def]
    qtbot, ui_ctx, sample_workspace, today: date, modifier: str
) -> None:
    ui_ctx.today = today
    tab = PromiseTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.set_workspace(sample_workspace.id)
    tab.sections.setCurrentIndex(4)
    view = tab.prompt_table.view
    ids = tab.prompt_model.ids()
    user_pick(view, 1)
    with held(view, modifier):
        tab.move_selected(1)  # Alt+Down, or the "Move down" button
        assert tab.prompt_model.ids()[1:3] == [ids[2], ids[1]]
        assert picked_rows(view) == ([2], 2)
        tab.move_selected(-1)
        assert tab.prompt_model.ids() == ids
        assert picked_rows(view) == ([1], 1)
