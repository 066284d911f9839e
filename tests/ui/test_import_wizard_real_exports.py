"""The import wizard on real exports: a recognised one is ready to import, an unknown one opens on the mapping
screen, and re-mapping re-decides the file's number style."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from microcomm_desktop.services import importing
from microcomm_desktop.ui.dialogs.import_wizard import ImportDialog

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def _dialog(qtbot, app_ctx, workspace, name: str) -> ImportDialog:  # type: ignore[no-untyped-def]
    path = FIX / name
    dlg = ImportDialog(app_ctx.engine, workspace.id, path, importing.load_table(path), today=date(2026, 11, 25))
    qtbot.addWidget(dlg)
    return dlg


def test_unknown_scheduler_export_maps_and_imports(qtbot, qtmodeltester, app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, app_ctx, workspace, "real_unknown_scheduler.csv")
    assert dlg.plan.preset is None and not dlg.import_btn.isEnabled() and "Not recognised" in dlg.detected.text()
    assert "above the header" in dlg.file_label.text()
    for key, col in (("published_at", 0), ("views", 3), ("likes", 4)):
        cb = dlg.map_combos[key]
        cb.setCurrentIndex(cb.findData(col))
    qtmodeltester.check(dlg.preview_model)
    assert dlg.import_btn.isEnabled() and all(r.ok for r in dlg.preview_model.results)
    with qtbot.waitSignal(dlg.imported, timeout=10000):
        dlg.import_btn.click()
    assert "Inserted 2" in dlg.report_summary.text()


def test_european_export_preview_and_remap(qtbot, app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, app_ctx, workspace, "real_youtube_de_semicolon.csv")
    assert dlg.plan.preset is not None and dlg.plan.preset.name == "youtube"
    assert "European" in dlg.file_label.text()
    ok = [r for r in dlg.preview_model.results if r.ok]
    assert [r.values["views"] for r in ok] == [15000, 1200, 32010]
    cb = dlg.map_combos["views"]
    cb.setCurrentIndex(cb.findData(-1))  # unmapping keeps the style decided from the other number columns
    assert dlg.plan.options.decimal_comma is True
