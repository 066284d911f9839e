"""What every tab is built with: the data context, the event bus and the current workspace."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoGroup

from microcomm_desktop.services.file_reads import FileReader, WorkspaceRow
from microcomm_desktop.ui.events import EventBus
from microcomm_desktop.ui.startup import settings_at

if TYPE_CHECKING:  # the first window is built before the data layer (and AppContext's module) is imported
    from microcomm_desktop.services.context import AppContext


@dataclass
class UiContext:
    """Passed to each tab's constructor so a test can build one tab alone, without the main window."""

    app: AppContext
    bus: EventBus
    settings: QSettings
    workspace: WorkspaceRow | None = None
    undo_group: QUndoGroup = field(default_factory=QUndoGroup)
    extras: dict[str, object] = field(default_factory=dict)
    pinned_today: date | None = None  # set by the main window (and tests, screenshots) to fix the date
    # The first window's reads before the data layer is in (``MainWindow.attach`` ends them): the workspaces and
    # the Promise page, read with the DB-API. None once ``app`` is the real context (always, outside the start).
    first_reads: FileReader | None = None

    @property
    def today(self) -> date:
        """The app's "today": the pinned day, else the clock. Every tab reads it here (the clock is a parameter)."""
        return self.pinned_today or date.today()

    @today.setter
    def today(self, value: date | None) -> None:
        self.pinned_today = value

    @property
    def engine(self):  # type: ignore[no-untyped-def]
        return self.app.engine

    @property
    def workspace_id(self) -> int | None:
        return self.workspace.id if self.workspace is not None else None


class DataLayerPending:
    """``UiContext.app`` while the first window shows rows read with the DB-API (``first_reads``): the data layer
    is still being imported. Reaching for it before ``MainWindow.attach`` is a bug, and says so."""

    def __getattr__(self, name: str) -> object:
        raise RuntimeError(f"UiContext.app.{name} used before the data layer is in (MainWindow.attach)")


def first_window_context(reads: FileReader, bus: EventBus, settings: QSettings) -> UiContext:
    """The context the first window is built with: its reads come from ``reads`` until ``MainWindow.attach``."""
    return UiContext(app=cast("AppContext", DataLayerPending()), bus=bus, settings=settings, first_reads=reads)


def make_settings(app_ctx: AppContext) -> QSettings:
    """UI state (geometry, last tab, splitter positions) lives in an INI file, never in the database."""
    return settings_at(app_ctx.paths)
