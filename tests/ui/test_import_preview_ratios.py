"""The import preview says which ratios will be n/a (and why) for posts without reach, before writing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from microcomm_desktop.services import importing, reach
from microcomm_desktop.ui.dialogs.import_wizard import ImportDialog

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def test_youtube_preview_names_na_ratios_then_the_standin(qtbot, app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    path = FIX / "real_youtube_table_data.csv"
    dlg = ImportDialog(app_ctx.engine, workspace.id, path, importing.load_table(path), today=date(2026, 11, 25))
    qtbot.addWidget(dlg)
    text = dlg.preview_summary.text()
    assert "youtube post(s) have no reach: ER, saves/1k and replies/1k will be n/a" in text
    reach.set_reach_standins(app_ctx.engine, workspace.id, {"youtube": ["views"]})
    dlg.refresh_preview()
    assert "their ratios will use views instead" in dlg.preview_summary.text()
