"""Rebuild the main window in the language installed now (View › Language), on the same data, workspace and tab.

Why rebuild rather than retranslate each widget: every tab writes its texts once, when it is built, from many
places (sentences with numbers, tables, charts); building again is the one path that is sure to leave no English
behind. The new window gets a fresh event bus and undo group, so nothing the old tabs connected can reach a deleted
widget; the undo history of the open tabs starts afresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.events import EventBus

if TYPE_CHECKING:
    from microcomm_desktop.ui.main_window import MainWindow


def rebuild_window(old: MainWindow) -> MainWindow:
    """The old window saves what is being typed (as any close does) and its state, then goes away."""
    old.flush_pending()
    old.save_state()
    ui = UiContext(app=old.ctx.app, bus=EventBus(), settings=old.ctx.settings, extras=dict(old.ctx.extras))
    new = type(old)(ui, today=old.today)
    new.deleted_workspaces = list(old.deleted_workspaces)  # File › Undo delete keeps working
    new._update_workspace_actions()
    if old.isMaximized():
        new.showMaximized()
    elif old.isVisible():
        new.show()
    old.replaced.emit(new)
    old.close()
    old.deleteLater()
    return new
