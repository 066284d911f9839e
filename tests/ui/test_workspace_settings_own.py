"""Workspace settings: own handles typed in the dialog, checked next to the field, saved by the window."""

from __future__ import annotations

from microcomm_desktop.services.workspaces import OwnHandleSpec, get_workspace
from microcomm_desktop.ui.dialogs.workspace_settings import WorkspaceSettingsDialog


def test_own_handles_field_validates_and_returns_specs(qtbot, ui_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    ws = get_workspace(ui_ctx.engine, workspace.id)
    dlg = WorkspaceSettingsDialog(ws, None, [OwnHandleSpec("", "coach")])
    qtbot.addWidget(dlg)
    assert dlg.own.text() == "@coach"
    dlg.own.setText("@coach, instagram:")
    dlg._accept()
    assert "type a handle" in dlg.own_error.text()
    assert dlg.result() == 0
    dlg.own.setText("@Coach youtube:@CoachTV")
    dlg._accept()
    assert dlg.own_error.text() == ""
    assert dlg.own_handles() == [OwnHandleSpec("", "coach"), OwnHandleSpec("youtube", "coachtv")]
