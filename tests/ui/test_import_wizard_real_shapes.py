"""The wizard shows the same outcome as the CLI on the issue 15/17 export classes: the YouTube .zip, refused
files, an ambiguous date column (asked), yearless daily files, the dry run's big-change warning, swallowed
rows (the user decides) and the engagers file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from microcomm_desktop.domain.imports import ConvertOptions
from microcomm_desktop.services import exporting, importing
from microcomm_desktop.ui.dialogs.import_wizard import ImportDialog

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
TODAY = date(2026, 11, 25)


def _dialog(qtbot, app_ctx, ws_id: int, path: Path, kind: str = "posts") -> ImportDialog:  # type: ignore[no-untyped-def]
    dlg = ImportDialog(app_ctx.engine, ws_id, path, importing.load_table(path), kind=kind, today=TODAY)
    qtbot.addWidget(dlg)
    return dlg


def _run(qtbot, dlg: ImportDialog) -> str:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dlg.imported, timeout=10000):
        dlg.import_btn.click()
    return dlg.report_summary.text()


def _cli_report(app_ctx, ws_id: int, path: Path, **kw) -> importing.ImportReport:  # type: ignore[no-untyped-def]
    plan = importing.make_plan(importing.load_table(path), ConvertOptions(today=TODAY, **kw))
    return importing.import_posts(app_ctx.engine, ws_id, plan, dry_run=True, skip_bad=True)


def test_youtube_zip_same_outcome_as_the_cli(qtbot, qtmodeltester, app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    path = FIX / "youtube_studio_download.zip"
    expected = _cli_report(app_ctx, workspace.id, path)
    dlg = _dialog(qtbot, app_ctx, workspace.id, path)
    qtmodeltester.check(dlg.preview_model)
    assert "read Table data.csv" in dlg.file_label.text() and dlg.plan.preset is not None
    assert "2 skipped: summary row (Total) (1); no publish date" in dlg.preview_summary.text()
    summary = _run(qtbot, dlg)
    assert (
        expected.summary()
        .replace("Dry run: nothing was written. Would insert", "Inserted")
        .replace("would update", "updated")
        in summary
    )
    assert "Inserted 3, updated 0, skipped 2, rejected 0 of 5 rows." in summary
    assert "Table data.csv" in dlg.report_text.toPlainText()


def test_ambiguous_dates_are_asked_before_import(qtbot, app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, app_ctx, workspace.id, FIX / "dates_ambiguous_column.csv")
    assert not dlg.import_btn.isEnabled() and not dlg.dry_btn.isEnabled()
    assert "Choose the date order" in dlg.preview_summary.text() and "read both ways" in dlg.file_label.text()
    assert "border" in dlg.order_combo.styleSheet()
    dlg.order_combo.setCurrentIndex(dlg.order_combo.findData("dmy"))
    assert dlg.import_btn.isEnabled() and dlg.order_combo.styleSheet() == ""
    assert [r.values["published_at"].date() for r in dlg.preview_model.results] == [date(2026, 4, 3), date(2026, 6, 5)]
    assert "Inserted 2" in _run(qtbot, dlg)


def test_overview_across_new_year_shows_years_and_net_changes(qtbot, app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    path = FIX / "tiktok_overview_new_year.csv"
    expected = _cli_report(app_ctx, workspace.id, path)
    dlg = _dialog(qtbot, app_ctx, workspace.id, path)
    assert "2025–2026 as consecutive days" in dlg.preview_summary.text()
    assert "Inserted 4, updated 0, skipped 0, rejected 0" in _run(qtbot, dlg)
    text = dlg.report_text.toPlainText()
    assert "line 3: warning: comments/replies -1 is a net change" in text
    assert [f"line {n}: warning: {w}" for n, w in expected.warnings] == [
        line for line in text.splitlines() if ": warning:" in line
    ]


def test_dry_run_warns_about_big_changes_and_goes_back(qtbot, app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _run(qtbot, _dialog(qtbot, app_ctx, workspace.id, FIX / "youtube_studio_download.zip"))
    f = tmp_path / "Table data.csv"
    f.write_text(
        (FIX / "youtube_table_data_unlisted.csv").read_text(encoding="utf-8-sig").replace(",12040,", ",410,"),
        encoding="utf-8",
    )
    dlg = _dialog(qtbot, app_ctx, workspace.id, f)
    dlg.dry_btn.click()
    qtbot.waitUntil(lambda: dlg.pages.currentIndex() == 2 and not dlg.running, timeout=10000)
    assert dlg.report is not None and dlg.report.dry_run and not dlg.report.written
    assert "views would change from 12,040 to 410" in dlg.report_text.toPlainText()
    assert "Dry run" in dlg.report_summary.text() and dlg.back_btn.isVisibleTo(dlg)
    dlg.back_btn.click()
    assert dlg.pages.currentIndex() == 0


def test_engagers_file_imports_in_the_wizard(qtbot, app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.workspaces import create_workspace

    importing.import_posts(
        app_ctx.engine,
        workspace.id,
        importing.make_plan(importing.load_table(FIX / "real_meta_instagram.csv"), ConvertOptions(today=TODAY)),
    )
    plan = importing.make_plan(
        importing.load_table(FIX / "interactions.csv"), ConvertOptions(today=TODAY), kind="interactions"
    )
    importing.import_interactions(app_ctx.engine, workspace.id, plan)
    out = tmp_path / "engagers.csv"
    n = exporting.export_engagers(app_ctx.engine, workspace.id, out, TODAY)
    other = create_workspace(app_ctx.engine, "Moved", timezone="Europe/Berlin")
    dlg = _dialog(qtbot, app_ctx, other.id, out, kind="engagers")
    assert dlg.plan.preset is not None and dlg.plan.preset.name == "engagers"
    assert set(dlg.map_combos) == {"handle", "platform", "power_member", "notes", "first_seen", "last_seen"}
    assert f"Inserted {n}, updated 0" in _run(qtbot, dlg)


def test_posts_tab_refuses_chart_data_and_asks_about_swallowed_rows(  # type: ignore[no-untyped-def]
    qtbot, ui_ctx, workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from microcomm_desktop.ui.tabs.posts.page import create_tab

    ui_ctx.workspace = workspace
    ui_ctx.today = TODAY
    tab = create_tab(ui_ctx)
    qtbot.addWidget(tab)
    tab.set_workspace(workspace.id)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    assert tab.open_import(FIX / "youtube_chart_data.csv", exec_dialog=False) is None
    assert "Chart data.csv" in shown[-1] and "Table data.csv" in shown[-1]
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(*a, **k):  # type: ignore[no-untyped-def]
        asked.append(a[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    assert tab.open_import(FIX / "posts_unbalanced_quote.csv", exec_dialog=False) is None
    assert "swallows lines 5–1001" in asked[0]
    dlg = tab.open_import(FIX / "posts_unbalanced_quote.csv", exec_dialog=False)
    qtbot.addWidget(dlg)
    assert isinstance(dlg, ImportDialog) and "You chose to import the file as it is" in dlg.file_label.text()
    assert len(dlg.plan.table.rows) == 3
