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
def app_ctx(data_dir: Path) -> Iterator[AppContext]:
    ctx = open_context(data_dir)
    yield ctx
    ctx.dispose()


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
def _qapp_first(qapp):  # type: ignore[no-untyped-def]
    """Create the QApplication before any test: code paths that make a bare QGuiApplication (PDF export from the
    CLI) would otherwise leave GUI tests that run later without widgets support."""
    return qapp
