"""Posts: the "Selected post" panel follows the mouse and the keyboard, quick entry names the post it logs to
and logs to exactly that post (issue 18, items 1, 4 and 8)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from microcomm_desktop.services import interactions
from microcomm_desktop.ui.models.post_table_model import COL


@pytest.fixture
def tab(qtbot, posts_page, sample_workspace):  # type: ignore[no-untyped-def]
    page = posts_page
    page.resize(1260, 640)
    page.set_workspace(sample_workspace.id)
    page.show()
    qtbot.waitExposed(page)
    return page


def _title_at(tab, view_row: int) -> str:  # type: ignore[no-untyped-def]
    idx = tab.table.view.model().index(view_row, COL["title"])
    return str(idx.data())


def _click_row(qtbot, tab, view_row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    view = tab.table.view
    rect = view.visualRect(view.model().index(view_row, COL["when"]))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_mouse_click_drives_the_panel_and_quick_entry_logs_there(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    _click_row(qtbot, tab, 3)
    title = _title_at(tab, 3)
    assert title[:20] in tab.detail_title.text()
    assert tab.quick_target.text().startswith("Logs to ") and title[:20] in tab.quick_target.text()
    pid = tab.current_post_id()
    before = interactions.post_detail(tab.ctx.engine, pid).interactions
    tab.quick.setPlainText("@clicky comment")
    tab.log_quick()
    assert interactions.post_detail(tab.ctx.engine, pid).interactions == before + 1
    assert title[:20] in tab.quick_msg.text()  # the message names the post it logged to


def test_ctrl_click_adds_to_the_selection_and_the_panel_shows_the_clicked_post(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    _click_row(qtbot, tab, 1)
    _click_row(qtbot, tab, 5, Qt.KeyboardModifier.ControlModifier)
    assert len(tab.selected_post_ids()) == 2
    assert _title_at(tab, 5)[:20] in tab.detail_title.text()


def test_keyboard_moves_the_panel(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    view = tab.table.view
    view.setFocus()
    view.selectionModel().setCurrentIndex(
        view.model().index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 2
    assert _title_at(tab, 2)[:20] in tab.detail_title.text()


def test_a_line_without_at_is_reported_and_cleared_box_clears_old_errors(tab) -> None:  # type: ignore[no-untyped-def]
    tab.quick.setPlainText("ana comment")
    tab.log_quick()
    assert "read 'ana' as @ana" in tab.quick_msg.text()
    tab.quick.setPlainText("@x explode")
    tab.log_quick()
    assert "Line 1" in tab.quick_msg.text()
    tab.quick.clear()
    assert tab.quick_msg.text() == ""


def test_judged_columns_are_visible_without_scrolling_sideways(tab) -> None:  # type: ignore[no-untyped-def]
    """At a 1280-pixel window the Posts table shows ER, Saves/1k and Replies/1k without a sideways scroll."""
    tab.resize(1276, 620)
    QApplication.processEvents()
    view = tab.table.view
    header = view.horizontalHeader()
    for key in ("er", "saves_1k", "replies_1k"):
        right = header.sectionViewportPosition(COL[key]) + header.sectionSize(COL[key])
        assert 0 <= header.sectionViewportPosition(COL[key]) and right <= view.viewport().width(), key
