"""A tiny signal bus: every write announces what changed, and each screen decides whether to refresh.

No tab reaches into another; the Posts tab emits ``changed(ChangeArea.POSTS, ws)`` and the Dashboard, if it
cares, recomputes. Areas are an enum (Anki's ``OpChanges`` idea: the change says what it touched) so an announce
and a listen cannot drift apart by a typo, as "sprint" and "sprints" once did.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class ChangeArea(StrEnum):
    """What a write touched. A tab listens for the areas it shows; every area here is announced somewhere."""

    POSTS = "posts"
    INTERACTIONS = "interactions"
    ENGAGERS = "engagers"
    CREATORS = "creators"
    DEALS = "deals"
    PROMISE = "promise"
    RITUALS = "rituals"
    SPRINT = "sprint"
    PROMPTS = "prompts"
    DECISIONS = "decisions"
    REPORTS = "reports"
    SETTINGS = "settings"
    WORKSPACE = "workspace"  # the workspace itself changed (name, currency, the current one)
    ALL = "all"  # a whole workspace came back (undo delete, restore from backup)
    EXTERNAL = "external"  # committed by another process (a command-line import): every screen reloads


# Kept as a name because the main window, the watcher and tests read it.
EXTERNAL = ChangeArea.EXTERNAL


class EventBus(QObject):
    data_changed = Signal(object, int)  # a ChangeArea, the workspace id
    workspace_changed = Signal(int)  # the newly current workspace id
    status_message = Signal(str)  # a transient message for the status bar

    def changed(self, area: ChangeArea, workspace_id: int) -> None:
        # ChangeArea(...) refuses a string that names no area, so a typo fails loudly where it is written.
        self.data_changed.emit(ChangeArea(area), workspace_id)
