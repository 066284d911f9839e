"""Small things seen on a laptop (issue 18 item 8): a literal "&" in a label, a 2000-01-01 default date,
truncated column headers."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from microcomm_desktop.ui.tabs.creators.page import CreatorsTab
from microcomm_desktop.ui.tabs.sprint.dialogs import NewSprintDialog
from microcomm_desktop.ui.tabs.sprint.page import SprintTab


def test_new_sprint_starts_label_has_its_field_as_buddy(qtbot, ui_ctx, workspace, today: date) -> None:  # type: ignore[no-untyped-def]
    page = SprintTab(ui_ctx, today=today)
    qtbot.addWidget(page)
    page.set_workspace(workspace.id)
    dlg = NewSprintDialog(page, today, [], page._drafts_for, name="")
    qtbot.addWidget(dlg)
    labels = [lab for lab in dlg.findChildren(QLabel) if lab.text() == "&Starts:"]
    assert labels and labels[0].buddy() is dlg.start  # shown as "Starts:" with Alt+S, not a literal "&"


def test_an_empty_creator_profile_shows_today_not_2000(qtbot, ui_ctx, workspace, today: date) -> None:  # type: ignore[no-untyped-def]
    ui_ctx.today = today
    ui_ctx.workspace = workspace
    tab = CreatorsTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.set_workspace(workspace.id)
    assert tab.struggle_date.date().toPython() == today
    assert "2000" not in tab.struggle_date.text()


def test_posts_and_engagers_headers_are_not_cut(qtbot, ui_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.tabs.posts.page import create_tab

    ui_ctx.workspace = sample_workspace
    ui_ctx.today = date(2026, 11, 25)
    page = create_tab(ui_ctx)
    qtbot.addWidget(page)
    page.set_workspace(sample_workspace.id)
    for view in (page.table.view, page.eng_table.view):
        header = view.horizontalHeader()
        for col in range(header.count() - 1):  # the last one stretches
            assert view.columnWidth(col) >= header.sectionSizeHint(col), (view.objectName(), col)
