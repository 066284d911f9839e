"""A post edited by two members: the tab refuses the stale save, the dialog shows both versions, the user picks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from microcomm_desktop.services import posts
from microcomm_desktop.ui.dialogs.edit_conflict import EditConflictDialog


@pytest.fixture
def tab(posts_page, sample_workspace):  # type: ignore[no-untyped-def]
    page = posts_page
    page.set_workspace(sample_workspace.id)
    return page


def _pid(tab) -> int:  # type: ignore[no-untyped-def]
    idx = tab.table.proxy.index(0, 0)
    return tab.model.post_id(tab.filter_proxy.mapToSource(tab.table.proxy.mapToSource(idx)).row())


def test_stale_save_is_refused_and_nothing_is_pushed(tab) -> None:  # type: ignore[no-untyped-def]
    pid = _pid(tab)
    opened = posts.post_form_values(tab.ctx.engine, pid)
    posts.edit_post(tab.ctx.engine, pid, {"saves": 4321})  # "another member" saves first
    with pytest.raises(posts.EditConflict) as caught:
        tab.update_post_values(pid, {"saves": 7}, expected_version=int(opened["version"]), raise_conflict=True)
    assert tab.undo_stack.count() == 0 and caught.value.theirs["saves"] == "4321"
    # Keep mine: saved over the version now seen, one undo step.
    assert tab.update_post_values(pid, {"saves": 7}, expected_version=caught.value.version)
    assert posts.post_form_values(tab.ctx.engine, pid)["saves"] == "7" and tab.undo_stack.count() == 1
    tab.undo_stack.undo()
    assert posts.post_form_values(tab.ctx.engine, pid)["saves"] == "4321"


def test_dialog_shows_both_versions_and_the_pick(qtbot) -> None:  # type: ignore[no-untyped-def]
    mine = {"title": "Mine", "saves": "7", "likes": "80", "version": "1"}
    theirs = {"title": "Theirs", "saves": "4321", "likes": "80", "version": "2"}
    dlg = EditConflictDialog("post", mine, theirs, "sam", {"saves": "Saves"})
    qtbot.addWidget(dlg)
    m = dlg.model
    rows = [[m.item(r, c).text() for c in range(3)] for r in range(m.rowCount())]
    assert rows[:2] == [["Saves", "7", "4321"], ["Title", "Mine", "Theirs"]]  # differing fields first
    assert rows[2] == ["Likes", "80", "80"] and sorted(dlg.differing) == ["saves", "title"]
    assert m.horizontalHeaderItem(2).text() == "Saved by sam"
    QTimer.singleShot(0, dlg.theirs_button.click)
    dlg.exec()
    assert dlg.choice == EditConflictDialog.TAKE_THEIRS


def test_detail_names_the_members(tab) -> None:  # type: ignore[no-untyped-def]
    import getpass

    pid = _pid(tab)
    tab.select_post(pid)
    tab._show_detail()
    assert f"Logged by <b>{getpass.getuser()}</b>" in tab.detail_figures.text()
