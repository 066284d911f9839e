"""A deal, a sprint task and a Posts cell edited by two members: the stale save opens the conflict dialog, and
"Keep mine" / "Take theirs" do what they say.

No modal ``exec()`` runs here: the edit dialogs are filled by a patched ``exec`` and the conflict dialog is
answered through ``edit_conflict.decider`` (it gets the real dialog, whose table the tests read, and clicks).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from microcomm_desktop.services import deals as deal_svc
from microcomm_desktop.services import posts
from microcomm_desktop.services import sprints as S
from microcomm_desktop.store.db import make_engine
from microcomm_desktop.ui.dialogs import edit_conflict
from microcomm_desktop.ui.dialogs.deal_form import DealFormDialog
from microcomm_desktop.ui.dialogs.edit_conflict import EditConflictDialog
from microcomm_desktop.ui.tabs.sprint.dialogs import TaskDialog

TODAY = date(2026, 11, 25)


@pytest.fixture
def other(ui_ctx) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """The other member: an engine of their own on the same database."""
    engine = make_engine(ui_ctx.engine.url)
    yield engine
    engine.dispose()


class Answer:
    """Answers the conflict dialog with one button and remembers what it showed (rows, differing fields)."""

    def __init__(self, keep_mine: bool) -> None:
        self.keep_mine = keep_mine
        self.shown: list[tuple[list[list[str]], list[str], str]] = []

    def __call__(self, dlg: EditConflictDialog) -> int:
        m = dlg.model
        rows = [[m.item(r, c).text() for c in range(3)] for r in range(m.rowCount())]
        self.shown.append((rows, list(dlg.differing), m.horizontalHeaderItem(2).text()))
        (dlg.mine_button if self.keep_mine else dlg.theirs_button).click()
        return dlg.choice


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def make(keep_mine: bool) -> Answer:
        a = Answer(keep_mine)
        monkeypatch.setattr(edit_conflict, "decider", a)
        return a

    return make


# -------------------- deals


@pytest.fixture
def deals_tab(qtbot, ui_ctx, sample_workspace):  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.tabs.deals import create_tab

    ui_ctx.workspace = sample_workspace
    ui_ctx.today = TODAY
    page = create_tab(ui_ctx)
    qtbot.addWidget(page)
    page.set_workspace(sample_workspace.id)
    return page


def _edit_deal_while_other_saves(monkeypatch, deals_tab, other, fee: str) -> tuple[int, deal_svc.DealData]:  # type: ignore[no-untyped-def]
    """Open the selected deal's form; while it is open the other member saves a new brand; then Save."""
    page = deals_tab.deals
    deal_id = page.model.rows[0].id
    page.select_id(deal_id)
    assert page.selected_id() == deal_id
    seen: dict[str, Any] = {}

    def fake_exec(dlg: DealFormDialog) -> int:
        theirs = deal_svc.load_deal(other, deal_id)
        theirs.fields["brand"] = "Renamed by Sam"
        deal_svc.save_deal(other, theirs, expected_version=theirs.version)
        dlg.fee.edit.setText(fee)
        dlg._accept()
        seen["result"] = dlg.result()
        return dlg.result()

    monkeypatch.setattr(DealFormDialog, "exec", fake_exec)
    opened = deal_svc.load_deal(other, deal_id)
    page.edit_selected()
    assert seen["result"] == QDialog.DialogCode.Accepted  # the form closed either way
    return deal_id, opened


def test_stale_deal_save_keep_mine(monkeypatch, deals_tab, other, answer) -> None:  # type: ignore[no-untyped-def]
    a = answer(keep_mine=True)
    deal_id, opened = _edit_deal_while_other_saves(monkeypatch, deals_tab, other, "1234.50")
    assert len(a.shown) == 1
    rows, differing, header = a.shown[0]
    assert sorted(differing) == ["brand", "creator_fee"]
    assert {r[0]: r[1:] for r in rows[:2]} == {
        "Brand": [opened.get("brand"), "Renamed by Sam"],
        "Creator fee": ["1234.50", f"{opened.get('creator_fee'):f}"],
    }  # differing fields first, mine then theirs
    assert header.startswith("Saved by ")
    stored = deal_svc.load_deal(other, deal_id)
    assert (stored.get("brand"), stored.get("creator_fee"), stored.version) == (
        opened.get("brand"),
        Decimal("1234.50"),
        opened.version + 2,
    )
    assert deals_tab.undo_stack.count() == 1
    deals_tab.undo_stack.undo()  # undo brings back what the other member saved, without a conflict
    back = deal_svc.load_deal(other, deal_id)
    assert (back.get("brand"), back.get("creator_fee")) == ("Renamed by Sam", opened.get("creator_fee"))
    deals_tab.undo_stack.redo()
    assert deal_svc.load_deal(other, deal_id).get("creator_fee") == Decimal("1234.50")


def test_stale_deal_save_take_theirs(monkeypatch, deals_tab, other, answer) -> None:  # type: ignore[no-untyped-def]
    a = answer(keep_mine=False)
    deal_id, opened = _edit_deal_while_other_saves(monkeypatch, deals_tab, other, "99")
    assert len(a.shown) == 1
    stored = deal_svc.load_deal(other, deal_id)
    assert (stored.get("brand"), stored.get("creator_fee")) == ("Renamed by Sam", opened.get("creator_fee"))
    assert deals_tab.undo_stack.count() == 0  # nothing written, nothing to undo
    page = deals_tab.deals
    assert next(r for r in page.model.rows if r.id == deal_id).brand == "Renamed by Sam"  # the list reloaded


# -------------------- sprint tasks


@pytest.fixture
def sprint_tab(qtbot, ui_ctx, sample_workspace):  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.tabs.sprint import create_tab

    ui_ctx.today = TODAY
    ui_ctx.workspace = sample_workspace
    page = create_tab(ui_ctx)
    qtbot.addWidget(page)
    page.set_workspace(sample_workspace.id)
    return page


def _first_task(tab: Any) -> S.TaskInfo:
    assert tab.board_data is not None
    return next(t for w in tab.board_data.weeks for t in w.tasks if not t.done)


def _stored(tab: Any, task_id: int) -> S.TaskInfo:
    t = S.load_board(tab.engine, tab.sprint_id, TODAY).task(task_id)
    assert t is not None
    return t


def _edit_task_while_other_saves(monkeypatch, tab, other) -> S.TaskInfo:  # type: ignore[no-untyped-def]
    t = _first_task(tab)

    def fake_exec(dlg: TaskDialog) -> int:
        S.update_task(other, t.id, expected_version=t.version, owner="Sam", notes="Sam's notes")
        dlg.title.setText("Alice's title")
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(TaskDialog, "exec", fake_exec)
    tab.edit_task(t.id)
    return t


def test_stale_task_edit_keep_mine(monkeypatch, sprint_tab, other, answer) -> None:  # type: ignore[no-untyped-def]
    a = answer(keep_mine=True)
    t = _edit_task_while_other_saves(monkeypatch, sprint_tab, other)
    assert len(a.shown) == 1
    rows, differing, _ = a.shown[0]
    assert sorted(differing) == ["notes", "owner", "title"]
    assert rows[0] == ["Notes", t.notes, "Sam's notes"] and ["Title", "Alice's title", t.title] in rows[:3]
    s = _stored(sprint_tab, t.id)
    assert (s.title, s.owner, s.notes) == ("Alice's title", t.owner, t.notes)  # mine, whole
    assert sprint_tab.board.task(t.id).title == "Alice's title"
    assert sprint_tab.undo_stack.count() == 1
    sprint_tab.undo_stack.undo()  # back to what Sam saved, no spurious conflict
    s = _stored(sprint_tab, t.id)
    assert (s.title, s.owner, s.notes) == (t.title, "Sam", "Sam's notes")
    sprint_tab.undo_stack.redo()
    assert _stored(sprint_tab, t.id).title == "Alice's title"


def test_stale_task_edit_take_theirs(monkeypatch, sprint_tab, other, answer) -> None:  # type: ignore[no-untyped-def]
    a = answer(keep_mine=False)
    t = _edit_task_while_other_saves(monkeypatch, sprint_tab, other)
    assert len(a.shown) == 1
    s = _stored(sprint_tab, t.id)
    assert (s.title, s.owner) == (t.title, "Sam") and sprint_tab.undo_stack.count() == 0
    assert sprint_tab.board.task(t.id).owner == "Sam"  # the board shows theirs


def test_stale_tick_and_move_ask_too(sprint_tab, other, answer) -> None:  # type: ignore[no-untyped-def]
    t = _first_task(sprint_tab)
    S.update_task(other, t.id, expected_version=t.version, owner="Sam")  # the board still shows the old version
    a = answer(keep_mine=False)
    sprint_tab.toggle_task(t.id, True)
    assert len(a.shown) == 1 and "done" in a.shown[0][1]
    assert _stored(sprint_tab, t.id).done is False and sprint_tab.undo_stack.count() == 0
    S.update_task(other, t.id, owner="Sam again")
    a = answer(keep_mine=True)
    target = 4 if t.week_no != 4 else 1
    sprint_tab.move_task(t.id, target, -1)
    assert len(a.shown) == 1 and "week_no" in a.shown[0][1]
    s = _stored(sprint_tab, t.id)
    assert (s.week_no, s.owner) == (target, "Sam again") and sprint_tab.undo_stack.count() == 1
    sprint_tab.undo_stack.undo()
    assert _stored(sprint_tab, t.id).week_no == t.week_no


# -------------------- a Posts table cell


def test_stale_cell_edit_in_the_posts_table(qtbot, ui_ctx, sample_workspace, other, answer) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.models.post_table_model import COLUMNS
    from microcomm_desktop.ui.tabs.posts import create_tab

    ui_ctx.workspace = sample_workspace
    ui_ctx.today = TODAY
    tab = create_tab(ui_ctx)
    qtbot.addWidget(tab)
    tab.set_workspace(sample_workspace.id)
    pid = tab.model.post_id(0)
    posts.edit_post(other, pid, {"saves": 4321})  # the table still shows the row as loaded
    col = [k for k, _ in COLUMNS].index("likes")
    a = answer(keep_mine=False)
    assert tab.model.setData(tab.model.index(0, col), "77", Qt.ItemDataRole.EditRole)
    # A cell edit writes one field: "your version" is what is stored with your cell, so Keep mine is exact.
    assert len(a.shown) == 1 and a.shown[0][1] == ["likes"] and a.shown[0][0][0][1] == "77"
    stored = posts.post_form_values(other, pid)
    assert stored["saves"] == "4321" and stored["likes"] != "77" and tab.undo_stack.count() == 0
    assert tab.model.rows[0][posts.ROW_FIELDS.index("saves")] == 4321  # the row shows theirs now
    a = answer(keep_mine=True)
    posts.edit_post(other, pid, {"saves": 5})
    assert tab.model.setData(tab.model.index(0, col), "78", Qt.ItemDataRole.EditRole)
    assert len(a.shown) == 1
    stored = posts.post_form_values(other, pid)
    assert (stored["likes"], stored["saves"]) == ("78", "5") and tab.undo_stack.count() == 1
