"""A tiny signal bus: every write announces what changed, and each screen decides whether to refresh.

No tab reaches into another; the Posts tab emits ``data_changed("posts", ws)`` and the Dashboard, if it cares,
recomputes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

# Committed by another process (a command-line import while the window is open): every screen reloads.
EXTERNAL = "external"


class EventBus(QObject):
    data_changed = Signal(str, int)  # area ("posts", "interactions", "rituals", "deals", ...), workspace id
    workspace_changed = Signal(int)  # the newly current workspace id
    status_message = Signal(str)  # a transient message for the status bar

    def changed(self, area: str, workspace_id: int) -> None:
        self.data_changed.emit(area, workspace_id)
