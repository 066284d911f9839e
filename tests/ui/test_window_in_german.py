"""The main window built with German (and Spanish) installed: tab titles, menus, the workspace toolbar, status
lines and the prompt library's headers speak the language, while the names the code finds things by (tab keys,
object names) and the CSV headers a machine reads stay English."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.sample import create_sample_workspace
from microcomm_desktop.ui.context import UiContext, make_settings
from microcomm_desktop.ui.events import EventBus
from microcomm_desktop.ui.main_window import MainWindow
from microcomm_desktop.ui.operations import failure_sentence
from microcomm_desktop.ui.tabs import TAB_SPECS
from microcomm_desktop.ui.widgets.table import export_model_csv


def _window(qtbot, app_ctx: AppContext, today: date) -> MainWindow:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.workspaces import list_workspaces

    if not list_workspaces(app_ctx.engine):
        create_sample_workspace(app_ctx.engine, today)
    win = MainWindow(UiContext(app=app_ctx, bus=EventBus(), settings=make_settings(app_ctx)), today=today)
    qtbot.addWidget(win)
    return win


def _menu(win: MainWindow, title: str) -> QMenu:
    for act in win.menuBar().actions():
        if act.text() == title and act.menu() is not None:
            menu = act.menu()
            assert isinstance(menu, QMenu)
            return menu
    raise AssertionError(title)


def test_main_window_in_german(qtbot, app_ctx: AppContext, today: date, language, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert language("de") == "de"
    win = _window(qtbot, app_ctx, today)
    assert [win.tabs.tabText(i) for i in range(win.tabs.count())] == [
        "Versprechen",
        "Rituale",
        "Beiträge",
        "Deals",
        "Creator",
        "Sprint",
        "Dashboard",
        "Insights",
    ]
    assert [s.title for s in win.slots] == [t for t, _ in TAB_SPECS]  # the keys the code uses stay English
    name = win.ctx.workspace.name if win.ctx.workspace else ""
    assert win.ws_label.text() == f"Arbeitsbereich: {name}"
    assert win.toolbar.windowTitle() == "Arbeitsbereich"
    file_menu = [a.text() for a in _menu(win, "&Datei").actions() if not a.isSeparator()]
    assert file_menu[:3] == [
        "&Neuer Arbeitsbereich…",
        "&Einstellungen des Arbeitsbereichs…",
        "Arbeitsbereich &umbenennen…",
    ]
    assert "Aus &Sicherung wiederherstellen…" in file_menu and "&Beenden" in file_menu
    view = _menu(win, "&Ansicht")
    assert [a.text() for a in view.actions()][:3] == ["Versprechen", "Rituale", "Beiträge"]
    language_menu = win.findChild(QMenu, "menuLanguage")
    assert language_menu is not None and language_menu.title() == "&Sprache"
    assert [a.text() for a in language_menu.actions()] == [
        "Systemsprache",
        "English",
        "Deutsch",
        "Español",
        "Português (Brasil)",
    ]
    edit = [a.text() for a in _menu(win, "&Bearbeiten").actions() if not a.isSeparator()]
    assert edit[:2] == ["&Rückgängig", "&Wiederholen"]
    # accelerators are unique within each menu
    for menu in win.menuBar().findChildren(QMenu):
        keys = [a.text().split("&")[1][0].lower() for a in menu.actions() if "&" in a.text()]
        assert len(keys) == len(set(keys)), (menu.title(), keys)
    win.refresh_from_disk(manual=True)
    assert win.statusBar().currentMessage() == "Aus der Datendatei neu geladen."
    win.delete_workspace(confirm=False)
    undo = win.findChild(QAction, "actionUndoDeleteWorkspace")
    assert undo is not None and undo.text() == f"Löschen von „{name}“ &rückgängig machen"
    assert win.statusBar().currentMessage().startswith(f"{name!r} gelöscht. Rückgängig: Datei › ")
    assert failure_sentence("Rückgängig: Ritual löschen", ValueError("weg")) == "Rückgängig: Ritual löschen: weg"


def test_prompt_headers_translated_but_the_csv_keeps_english(  # type: ignore[no-untyped-def]
    qtbot, app_ctx: AppContext, today: date, language, tmp_path: Path
) -> None:
    language("de")
    win = _window(qtbot, app_ctx, today)
    page = win.tab_page("Promise")
    assert page is not None
    model = page.prompt_model  # type: ignore[attr-defined]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["#", "Impuls", "Stufe", "Ritual", "Qualität", "Zuletzt verwendet", "Verwendungen"]
    shown = {model.data(model.index(r, 5)) for r in range(model.rowCount())}
    assert "2026-11-24 (kürzlich)" in shown and "2026-10-16" in shown  # a date stays ISO; "recent" is German
    recent = next(r for r in range(model.rowCount()) if str(model.data(model.index(r, 5))).endswith("(kürzlich)"))
    tip = model.data(model.index(recent, 5), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("In den letzten 4 Wochen verwendet")
    out = tmp_path / "prompts.csv"
    export_model_csv(page.prompts.prompt_table.proxy, out)  # type: ignore[attr-defined]
    with out.open(encoding="utf-8-sig") as fh:
        header = next(csv.reader(fh))
    assert header == ["#", "Prompt", "Rung", "Ritual", "Quality", "Last used", "Uses"]


def test_main_window_in_spanish(qtbot, app_ctx: AppContext, today: date, language) -> None:  # type: ignore[no-untyped-def]
    assert language("es") == "es"
    win = _window(qtbot, app_ctx, today)
    assert [a.text() for a in win.menuBar().actions()] == ["&Archivo", "&Edición", "&Ver", "Ay&uda"]
    assert win.tabs.tabText(2) == "Publicaciones" and win.tabs.tabText(6) == "Panel"
    language("en")
    english = _window(qtbot, app_ctx, today)
    assert [a.text() for a in english.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    assert english.tabs.tabText(2) == "Posts"


def test_cancelling_an_export_in_german_is_no_error(  # type: ignore[no-untyped-def]
    qtbot, app_ctx: AppContext, today: date, language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window told a cancel from a failure by the English word "cancelled" in the message; in German that
    put a warning box over the user's own choice. It asks the export whether it was stopped instead."""
    from PySide6.QtWidgets import QMessageBox

    from microcomm_desktop.services import exporting

    language("de")
    monkeypatch.setattr(exporting, "CHUNK", 5)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(str(a[2])))
    from microcomm_desktop.ui.dialogs.export_data import ExportRun

    real_start = ExportRun.start

    results: list[tuple[bool, str]] = []

    def start_with_cancel(run: ExportRun) -> None:  # cancelled before the worker runs: it stops at its first chunk
        run.cancel()
        run.finished.connect(lambda ok, message: results.append((ok, message)))
        real_start(run)

    monkeypatch.setattr(ExportRun, "start", start_with_cancel)
    win = _window(qtbot, app_ctx, today)
    out = tmp_path / "abgebrochen.csv"
    win.data.export_all("interactions", out)
    qtbot.addWidget(win.export_run.dialog)
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    ok, message = results[0]
    assert not ok and "cancelled" not in message  # German text, and still no warning box
    assert warned == []
    assert win.statusBar().currentMessage() == message
    assert not out.exists()
