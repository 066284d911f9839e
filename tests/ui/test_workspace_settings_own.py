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


def test_reach_standin_choices_and_star_labels(qtbot, ui_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from PySide6.QtCore import Qt

    from microcomm_desktop.services.posts import ROW_FIELDS
    from microcomm_desktop.services.scorecard import weekly_scorecard
    from microcomm_desktop.ui.models.post_table_model import COL, PostTableModel
    from microcomm_desktop.ui.models.scorecard_table_model import COL as SCOL
    from microcomm_desktop.ui.models.scorecard_table_model import ScorecardModel
    from tests.services.test_reach_standin import _youtube

    ws = get_workspace(ui_ctx.engine, workspace.id)
    dlg = WorkspaceSettingsDialog(ws, None, [], {"youtube": ["views"]})
    qtbot.addWidget(dlg)
    assert dlg.standins() == {"youtube": ["views"]}
    combo = dlg.standin_combos["tiktok"]
    combo.setCurrentIndex(combo.findText("impressions, else views"))
    assert dlg.standins() == {"youtube": ["views"], "tiktok": ["impressions", "views"]}

    from microcomm_desktop.services import reach

    wid = _youtube(ui_ctx.app)
    reach.set_reach_standins(ui_ctx.engine, wid, {"youtube": ["views"]})
    row = dict.fromkeys(ROW_FIELDS)
    row.update(id=1, platform="youtube", label="community", reach=0, views=2000, impressions=9000, likes=80,
               comments=30, shares=0, saves=10)  # fmt: skip
    model = PostTableModel()
    model.standins = {"youtube": ["views"]}
    model.set_rows([tuple(row[k] for k in ROW_FIELDS)])
    assert model.data(model.index(0, COL["er"])) == "6.00*"
    assert "views stand in for reach" in model.data(model.index(0, COL["er"]), Qt.ItemDataRole.ToolTipRole)
    model.standins = {}
    assert model.data(model.index(0, COL["er"])) == "n/a"

    sm = ScorecardModel()
    sm.set_rows(weekly_scorecard(ui_ctx.engine, wid, until=date(2026, 11, 8), weeks=1), None)
    assert sm.headerData(SCOL["er"], Qt.Orientation.Horizontal).endswith("*")
    assert "views for youtube" in sm.data(sm.index(0, SCOL["replies_per_1k"]), Qt.ItemDataRole.ToolTipRole)
