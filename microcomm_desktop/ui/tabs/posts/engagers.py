"""The Engagers page: every person who interacted, with 30-day activity and the power-member flag."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from microcomm_desktop.domain.formatting import format_percent
from microcomm_desktop.domain.metrics import format_rate
from microcomm_desktop.i18n import active_language
from microcomm_desktop.services import interactions
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.models.engager_table_model import EngagerFilterProxy, EngagerTableModel
from microcomm_desktop.ui.tabs.posts.table_setup import fit_headers, source_side
from microcomm_desktop.ui.widgets.table import FilterableTable

if TYPE_CHECKING:
    from microcomm_desktop.ui.tabs.posts.page import PostsTab


class EngagersPage(QWidget):
    def __init__(self, tab: PostsTab) -> None:
        super().__init__()
        self.tab = tab
        el = QVBoxLayout(self)
        self.eng_model = EngagerTableModel(self)
        self.eng_model.edit_handler = self._engager_edit
        self.eng_proxy = EngagerFilterProxy(self)
        self.eng_proxy.setSourceModel(self.eng_model)
        self.eng_table = FilterableTable(self.eng_proxy, self.tr("Filter people (@handle, platform, notes…)  Ctrl+F"))
        source_side(self.eng_table, self.eng_model, self.eng_proxy.set_text)
        self.eng_table.view.setObjectName("engagersView")
        fit_headers(self.eng_table.view)
        self.eng_table.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.eng_table.view.customContextMenuRequested.connect(self._engager_menu)
        self.eng_summary = QLabel()
        self.eng_summary.setWordWrap(True)
        el.addWidget(self.eng_summary)
        el.addWidget(self.eng_table, 1)
        # The people list (tens of thousands of rows) is loaded when its page is first shown after a change.
        self._engagers_stale = True

    def ensure(self) -> None:
        """Load the Engagers page now if a change made it stale (tests and exports call this too)."""
        if self._engagers_stale and self.tab.workspace_id is not None:
            self.load()

    def reload(self) -> None:
        """Refresh the people list if its page is showing, else mark it stale: opening the Posts tab on a
        large community must not pay for 50,000 people nobody is looking at."""
        self._engagers_stale = True
        if self.tab.inner.currentIndex() == 1:
            self.load()

    def load(self) -> None:
        assert self.tab.workspace_id is not None
        self._engagers_stale = False
        rows = interactions.load_engager_rows(self.tab.ctx.engine, self.tab.workspace_id, self.tab.today)
        self.eng_model.set_rows(rows)
        active = sum(1 for r in rows if r[5] > 0)
        returning = sum(1 for r in rows if r[6] >= 2)
        share = format_rate(returning / active * 100 if active else None, 0, "%")
        lang = active_language()
        if lang != "en" and active:  # "31 %" in German and Spanish, "31%" in Portuguese (CLDR)
            share = format_percent(returning / active, 0, lang)
        self.eng_summary.setText(
            self.tr("%Ln people", "", len(rows))
            + " · "
            + self.tr("%Ln engaged in the last 30 days", "", active)
            + " · "
            + self.tr("%Ln returning ({share}).", "", returning).format(share=share)
            + " "
            + self.tr(
                "Returning = engaged on at least two different days in the 30 days ending today. Tick "
                "'Power member' for the people you recruit to keep conversations going."
            )
        )

    def _engager_edit(self, engager_id: int, key: str, value: Any) -> None:

        def apply(v: Any) -> Any:
            """Returns the value replaced, for the opposite step."""
            before = interactions.update_engager(self.tab.ctx.engine, engager_id, **{key: v})[key]
            self.eng_model.update_field(engager_id, key, v)
            self.tab._announce(ChangeArea.ENGAGERS)
            return before

        if key == "power_member" and value:
            text = self.tr("Mark power member")
        elif key == "power_member":
            text = self.tr("Edit power member")
        elif key == "notes":
            text = self.tr("Edit notes")
        else:  # a column added later reads as its key until it gets its own sentence
            text = self.tr("Edit {column}").format(column=key.replace("_", " "))
        self.tab._push(text, lambda _undone: apply(value), apply)

    def _engager_menu(self, pos: QPoint) -> None:
        from microcomm_desktop.ui.dialogs.chat_import import show_engager_menu

        if self.tab.workspace_id is not None:
            show_engager_menu(
                self.tab,
                self.eng_table.view,
                pos,
                self.tab.ctx.engine,
                self.tab.workspace_id,
                self.tab.ctx.app.paths.backup_dir,
                self.tab.push_plain,
                self.tab._after_people_change,
            )
