"""Shared fixtures: every test gets its own data directory and database; the clock is a parameter."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("MICROCOMM_DATA_DIR", None)

from collections.abc import Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from microcomm_desktop.services.context import AppContext, open_context  # noqa: E402

TODAY = date(2026, 11, 25)


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def app_ctx(data_dir: Path, engine_kind: str, request: pytest.FixtureRequest) -> Iterator[AppContext]:
    ctx = open_ctx_for(engine_kind, data_dir, request)
    yield ctx
    ctx.dispose()


@pytest.fixture
def engine_kind() -> str:
    """Which engine ``app_ctx`` runs on; suites that run on both override this with a parametrised fixture."""
    return "sqlite"


@pytest.fixture
def pg_database() -> Iterator[str]:
    """The URL of a fresh, migrated PostgreSQL database (skips locally without a server, fails in CI)."""
    from tests.pg_support import fresh_database

    with fresh_database() as url:
        yield url


def cli_db_args(ctx: AppContext) -> list[str]:
    """``--database URL`` when the test's data is on the team server, so CLI runs reach the same data."""
    return ["--database", ctx.database_url] if ctx.database_url else []


def open_ctx_for(kind: str, data_dir: Path, request: pytest.FixtureRequest) -> AppContext:
    if kind == "postgresql":
        url = request.getfixturevalue("pg_database")
        return open_context(data_dir, database_url=url)
    return open_context(data_dir)


@pytest.fixture(scope="session", autouse=True)
def _drop_pg_template() -> Iterator[None]:
    yield
    if os.environ.get("MICROCOMM_TEST_PG_URL"):
        from tests.pg_support import drop_template

        drop_template()


@pytest.fixture
def workspace(app_ctx: AppContext):  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.workspaces import create_workspace

    return create_workspace(app_ctx.engine, "Test community", timezone="Europe/Berlin")


@pytest.fixture
def sample_workspace(app_ctx: AppContext, today: date):  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.sample import create_sample_workspace

    return create_sample_workspace(app_ctx.engine, today)


@pytest.fixture
def ui_ctx(qapp, app_ctx: AppContext):  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.context import UiContext, make_settings
    from microcomm_desktop.ui.events import EventBus

    return UiContext(app=app_ctx, bus=EventBus(), settings=make_settings(app_ctx))


@pytest.fixture(scope="session", autouse=True)
def _qapp_first(qapp, tmp_path_factory):  # type: ignore[no-untyped-def]
    """Create the QApplication before any test: code paths that make a bare QGuiApplication (PDF export from the
    CLI) would otherwise leave GUI tests that run later without widgets support. English is installed like the
    app does, so counts read "1 post" / "2 posts" (plural forms from microcomm_en.ts), not "2 post(s)"."""
    from microcomm_desktop.ui.i18n import install

    install(qapp, "en", tmp_path_factory.mktemp("qm"))
    return qapp


@pytest.fixture(autouse=True)
def _no_key_or_button_left_down(qapp):  # type: ignore[no-untyped-def]
    """Every test starts with no modifier key held and no mouse button down.

    Qt keeps the modifiers and buttons of the last key or mouse event (``QGuiApplication.keyboardModifiers()``)
    and ``selectRow``/``setCurrentIndex`` read them: a test ending on a Ctrl+arrow (test_sprint_tab) or a
    Ctrl+click made every later ``selectRow`` in that xdist worker add rows instead of replacing them, and
    which files share a worker changes from run to run. A release sent to a throwaway widget resets it.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier or (
        QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton
    ):
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QWidget

        sink = QWidget()
        QTest.keyRelease(sink, Qt.Key.Key_Control, Qt.KeyboardModifier.NoModifier)
        for button in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton, Qt.MouseButton.MiddleButton):
            if QGuiApplication.mouseButtons() & button:
                QTest.mouseRelease(sink, button, Qt.KeyboardModifier.NoModifier)
        sink.deleteLater()
    yield
