"""Fixtures shared by the UI tests that build a screen in another language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture
def language(qapp: QApplication, tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """``language("de")`` installs a language the way the app does (returns the one used); English comes back
    afterwards, so the next test reads English whatever this one switched to."""
    from microcomm_desktop.ui import i18n as ui_i18n

    def use(lang: str) -> str:
        return ui_i18n.install(qapp, lang, tmp_path / "qm")

    yield use
    ui_i18n.install(qapp, "en", tmp_path / "qm")


@pytest.fixture
def german(language: Callable[[str], str]) -> None:
    """The screen under test in German (English again after the test, through ``language``)."""
    language("de")


@pytest.fixture
def posts_page(qtbot: Any, ui_ctx: Any, sample_workspace: Any) -> Any:
    """A Posts tab on the sample workspace, dated 2026-11-25 (the sample's "today"), built but not opened yet."""
    from microcomm_desktop.ui.tabs.posts.page import create_tab

    ui_ctx.workspace = sample_workspace
    ui_ctx.today = date(2026, 11, 25)
    page = create_tab(ui_ctx)
    qtbot.addWidget(page)
    return page
