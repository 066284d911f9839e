"""Change areas are typed: a write announced by one tab reaches the tabs that show it, with no F5."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from microcomm_desktop.services import insights as si
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Sprint
from microcomm_desktop.ui.events import ChangeArea
from tests.services.test_insights_data import build


def _titles(tab) -> list[str]:  # type: ignore[no-untyped-def]
    if tab.board_data is None:
        return []
    return [t.title for w in tab.board_data.weeks for t in w.tasks]


def test_task_added_from_insights_shows_in_sprint_tab(qtbot, ui_ctx, workspace, today, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Insights used to announce "sprint" while the Sprint tab listened for "sprints": the task stayed hidden."""
    from microcomm_desktop.ui.tabs.insights.page import create_tab as insights_tab
    from microcomm_desktop.ui.tabs.sprint.page import create_tab as sprint_tab

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    build(ui_ctx.engine, workspace.id, today)
    with session_scope(ui_ctx.engine) as s:
        s.add(Sprint(workspace_id=workspace.id, name="Month 2", start_date=today - timedelta(days=2)))
    ui_ctx.workspace = workspace
    ui_ctx.today = today
    sprint = sprint_tab(ui_ctx)
    qtbot.addWidget(sprint)
    sprint.set_workspace(workspace.id)
    insights = insights_tab(ui_ctx)
    qtbot.addWidget(insights)
    insights.preset.setCurrentIndex(insights.preset.findData(30))
    insights.set_workspace(workspace.id)
    assert _titles(sprint) == []

    item = si.theme_shortlist(ui_ctx.engine, workspace.id, today - timedelta(days=29), today)[0]
    with qtbot.waitSignal(ui_ctx.bus.data_changed, check_params_cb=lambda a, _ws: a is ChangeArea.SPRINT):
        assert insights.add_to_sprint(item)
    qtbot.waitUntil(lambda: any("hip mobility" in t for t in _titles(sprint)))
    insights.undo_stack.undo()
    qtbot.waitUntil(lambda: _titles(sprint) == [])
    insights.wait_idle()


def test_a_string_that_names_no_area_is_refused(ui_ctx) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        ui_ctx.bus.changed("sprints", 1)  # type: ignore[arg-type]
    assert ChangeArea("sprint") is ChangeArea.SPRINT
