"""View › Language: the choice is saved in the UI settings (INI under the config folder), the window is rebuilt
in the chosen language on the same workspace, the next start installs it, "System language" follows the
session's locale, an unknown one falls back to English, and ``MICROCOMM_LANGUAGE`` still overrides."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from microcomm_desktop import i18n
from microcomm_desktop.app import _install_language
from microcomm_desktop.services.context import AppContext
from microcomm_desktop.services.sample import create_sample_workspace
from microcomm_desktop.ui import i18n as ui_i18n
from microcomm_desktop.ui.context import UiContext, make_settings
from microcomm_desktop.ui.events import EventBus
from microcomm_desktop.ui.main_window import MainWindow
from microcomm_desktop.ui.startup import settings_at

LOCALE_VARS = ("MICROCOMM_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def session_locale(monkeypatch: pytest.MonkeyPatch, qapp: QApplication, tmp_path: Path) -> Iterator[object]:
    """Sets the session's locale variables; English is installed again afterwards for the tests that follow."""

    def use(lang: str | None) -> None:
        for var in LOCALE_VARS:
            monkeypatch.delenv(var, raising=False)
        if lang is not None:
            monkeypatch.setenv("LANG", lang)

    use("C.UTF-8")
    yield use
    ui_i18n.install(qapp, "en", tmp_path / "qm-teardown")


def _window(qtbot, app_ctx: AppContext, today: date, register: bool = True) -> MainWindow:  # type: ignore[no-untyped-def]
    """``register=False`` for a window the test expects to be deleted (qtbot would close it again at teardown)."""
    create_sample_workspace(app_ctx.engine, today)
    win = MainWindow(UiContext(app=app_ctx, bus=EventBus(), settings=make_settings(app_ctx)), today=today)
    if register:
        qtbot.addWidget(win)
    win.show()
    return win


def _menu_titles(win: MainWindow) -> list[str]:
    return [a.text() for a in win.menuBar().actions()]


def test_choosing_german_rebuilds_the_window_in_german_and_the_next_start_keeps_it(  # type: ignore[no-untyped-def]
    qtbot, qapp, app_ctx: AppContext, today: date, session_locale, monkeypatch: pytest.MonkeyPatch, request
) -> None:
    win = _window(qtbot, app_ctx, today, register=False)
    request.addfinalizer(lambda: win.close() if isValid(win) else None)
    assert _menu_titles(win) == ["&File", "&Edit", "&View", "&Help"]
    win.tabs.setCurrentIndex(2)  # Posts
    workspace = win.ctx.workspace_id
    default = "system" if ui_i18n.FOLLOW_SYSTEM_BY_DEFAULT else "en"  # nothing chosen yet: the default's entry
    unchosen = win.findChild(QAction, f"actionLanguage_{default}")
    assert unchosen is not None and unchosen.isChecked()
    asked: list[str] = []

    def answer_yes(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    german = win.findChild(QAction, "actionLanguage_de")
    assert german is not None and german.text() == "Deutsch"
    name = win.ctx.workspace.name if win.ctx.workspace else ""
    with qtbot.waitSignal(win.replaced) as rebuilt:
        german.trigger()
    new: MainWindow = rebuilt.args[0]
    qtbot.waitUntil(lambda: not isValid(win))  # the old window is gone, not hidden
    qtbot.addWidget(new)
    assert "MicroComm will speak Deutsch from the next start." in asked[0]
    assert _menu_titles(new) == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    assert [new.tabs.tabText(i) for i in range(3)] == ["Versprechen", "Rituale", "Beiträge"]
    assert new.ctx.workspace_id == workspace and new.tabs.currentIndex() == 2
    assert new.ws_label.text() == f"Arbeitsbereich: {name}"
    assert new.isVisible()
    checked = new.findChild(QAction, "actionLanguage_de")
    assert checked is not None and checked.isChecked()
    # Saved in the INI file under the config folder, read back by a fresh QSettings as the next start does.
    fresh = settings_at(app_ctx.paths)
    assert Path(fresh.fileName()).parent == app_ctx.paths.settings_file.parent
    assert fresh.value("ui/language") == "de"
    ui_i18n.install(qapp, "en", app_ctx.paths.config_dir / "translations")
    assert QCoreApplication.translate("MainWindow", "Posts") == "Posts"
    assert _install_language(qapp, app_ctx.paths.config_dir, fresh) == "de"
    assert QCoreApplication.translate("MainWindow", "Posts") == "Beiträge"
    assert i18n.active_language() == "de"  # the Qt-free half (services' sentences) follows too


def test_declining_the_rebuild_keeps_the_window_and_says_when_it_changes(  # type: ignore[no-untyped-def]
    qtbot, app_ctx: AppContext, today: date, session_locale, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = _window(qtbot, app_ctx, today)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert win.data.set_language("es") is None
    assert win.statusBar().currentMessage() == "The language changes to Español at the next start."
    assert _menu_titles(win) == ["&File", "&Edit", "&View", "&Help"]
    assert settings_at(app_ctx.paths).value("ui/language") == "es"


def _settings(tmp_path: Path, choice: str | None) -> QSettings:
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    if choice is not None:
        s.setValue(ui_i18n.SETTINGS_KEY, choice)
    return s


def test_system_language_follows_the_session_locale(  # type: ignore[no-untyped-def]
    qapp, tmp_path: Path, session_locale, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ui_i18n, "FOLLOW_SYSTEM_BY_DEFAULT", True)
    session_locale("es_ES.UTF-8")
    assert _install_language(qapp, tmp_path, _settings(tmp_path, "")) == "es"
    assert QCoreApplication.translate("WindowMenus", "&File") == "&Archivo"
    assert _install_language(qapp, tmp_path, _settings(tmp_path / "never-chosen", None)) == "es"


@pytest.mark.parametrize("locale", ["fr_FR.UTF-8", "C", "ja_JP.UTF-8"])
def test_an_unknown_system_language_gives_english(qapp, tmp_path: Path, session_locale, locale: str) -> None:  # type: ignore[no-untyped-def]
    session_locale(locale)
    assert _install_language(qapp, tmp_path, _settings(tmp_path, "")) == "en"
    assert QCoreApplication.translate("WindowMenus", "&File") == "&File"


def test_the_lead_can_hold_the_default_at_english(  # type: ignore[no-untyped-def]
    qapp, tmp_path: Path, session_locale, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_locale("de_DE.UTF-8")
    monkeypatch.setattr(ui_i18n, "FOLLOW_SYSTEM_BY_DEFAULT", False)
    assert _install_language(qapp, tmp_path, _settings(tmp_path / "a", None)) == "en"  # never chosen: English
    assert _install_language(qapp, tmp_path, _settings(tmp_path / "b", "")) == "de"  # "System language" chosen
    assert _install_language(qapp, tmp_path, _settings(tmp_path / "c", "pt_BR")) == "pt_BR"


def test_the_environment_overrides_the_saved_choice(  # type: ignore[no-untyped-def]
    qapp, tmp_path: Path, session_locale, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MICROCOMM_LANGUAGE", "pt_BR")
    assert _install_language(qapp, tmp_path, _settings(tmp_path, "de")) == "pt_BR"
    assert QCoreApplication.translate("WindowMenus", "&Help") == "Aj&uda"
    # a stored value that is no shipped language reads as "follow the system"
    monkeypatch.delenv("MICROCOMM_LANGUAGE")
    assert ui_i18n.saved_choice(_settings(tmp_path / "x", "klingon")) == ""
