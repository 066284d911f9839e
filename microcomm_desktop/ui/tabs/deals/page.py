"""The Deals tab: instant calculator, saved deals (a small CRM) and the freelancer's quote builder.

Three sub-pages share one undo stack (Edit › Undo works for deal and rate-card changes alike) and refresh on
the bus when deals, posts, creators or the workspace's currency change elsewhere.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QFrame, QMessageBox, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from microcomm_desktop.services import workspaces as ws_service
from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.tabs.base import TabPage
from microcomm_desktop.ui.tabs.deals.calculator import CalculatorPage
from microcomm_desktop.ui.tabs.deals.deals_list import DealsListPage
from microcomm_desktop.ui.tabs.deals.quote import QuotePage

REFRESH_AREAS = {
    ChangeArea.DEALS,
    ChangeArea.POSTS,
    ChangeArea.CREATORS,
    ChangeArea.WORKSPACE,
    ChangeArea.EXTERNAL,
}


class DealsTab(TabPage):
    title = "Deals"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.workspace_id: int | None = None
        self.undo_stack = QUndoStack(self)
        ctx.undo_group.addStack(self.undo_stack)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.calculator = CalculatorPage()
        self.deals = DealsListPage(ctx.engine, self.undo_stack, self._notify, self.today)
        self.quote = QuotePage(ctx.engine, self.undo_stack, self._notify, self.today)
        # Scroll areas keep the tab's minimum size small, so the main window still fits a laptop screen.
        self.pages.addTab(self._scrolled(self.calculator), self.tr("&Calculator"))
        self.pages.addTab(self.deals, self.tr("Saved &deals"))
        self.pages.addTab(self._scrolled(self.quote), self.tr("&Quote builder"))
        for i in range(3):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, lambda i=i: self.pages.setCurrentIndex(i))
        lay = QVBoxLayout(self)
        lay.addWidget(self.pages)
        ctx.bus.data_changed.connect(self._on_data_changed)
        self._suppress = False
        # A change announced while a rate is being edited in its cell waits for the editor to close.
        self._reload_later = QTimer(self)
        self._reload_later.setSingleShot(True)
        self._reload_later.setInterval(300)
        self._reload_later.timeout.connect(self._reload_when_idle)
        self._workspace_stale = False

    @staticmethod
    def _scrolled(page: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(page)
        return area

    def current_page(self) -> QWidget:
        w = self.pages.currentWidget()
        inner = w.widget() if isinstance(w, QScrollArea) else w
        return inner if inner is not None else self.calculator

    def show_page(self, page: QWidget) -> None:
        for i in range(self.pages.count()):
            w = self.pages.widget(i)
            if w is page or (isinstance(w, QScrollArea) and w.widget() is page):
                self.pages.setCurrentIndex(i)

    def today(self) -> date:
        """The app's notion of today (the main window passes a fixed day in demos and screenshots)."""
        return self.ctx.today

    def set_workspace(self, workspace_id: int | None) -> None:
        self.workspace_id = workspace_id
        self.undo_stack.clear()  # commands refer to one workspace's rows
        self._reload_later.stop()
        self._workspace_stale = False
        self._load_workspace()
        # Open on the pipeline when there is one; a new workspace starts with the calculator.
        self.show_page(self.deals if self.deals.model.rows else self.calculator)

    def _load_workspace(self) -> None:
        """Give the pages the workspace row (its currency); they keep what the user has typed."""
        ws = self.ctx.workspace
        if ws is None or ws.id != self.workspace_id:
            ws = ws_service.get_workspace(self.ctx.engine, self.workspace_id) if self.workspace_id else None
        self.calculator.set_workspace(ws)
        self.deals.set_workspace(ws)
        self.quote.set_workspace(ws)

    def _notify(self, message: str) -> None:
        """Called by commands: "" means data changed (refresh + tell other tabs), else a status message."""
        if message:
            self.ctx.bus.status_message.emit(message)
            return
        if self.workspace_id is None:
            return
        self._suppress = True
        try:
            self.ctx.bus.changed(ChangeArea.DEALS, self.workspace_id)
        finally:
            self._suppress = False
        self.refresh()

    def _on_data_changed(self, area: ChangeArea, workspace_id: int) -> None:
        if self._suppress or workspace_id != self.workspace_id or area not in REFRESH_AREAS:
            return
        if area == ChangeArea.WORKSPACE:
            self._workspace_stale = True  # currency symbol/code may have changed
        self._reload_when_idle()

    def _reload_when_idle(self) -> None:
        """Reload for a change made elsewhere, keeping the page in front and the quote being built; while a
        rate-card cell is being edited, wait: a reload under the editor would throw the typed value away."""
        if self.quote.card_view.state() == QAbstractItemView.State.EditingState:
            self._reload_later.start()
            return
        if self._workspace_stale:
            self._workspace_stale = False
            self._load_workspace()
        else:
            self.refresh()

    def refresh(self) -> None:
        self.deals.refresh()
        self.quote.refresh()

    def export_csv(self) -> None:
        page = self.current_page()
        if page is self.quote:
            from PySide6.QtWidgets import QFileDialog

            from microcomm_desktop.ui.widgets.table import export_model_csv

            path_str, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export quote lines"), "quote-lines.csv", "CSV (*.csv)"
            )
            if path_str:
                from pathlib import Path

                try:
                    export_model_csv(self.quote.lines_model, Path(path_str))
                except OSError as exc:  # a folder, a read-only drive, a full disk: one sentence, no partial file
                    QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return
        path = self.deals.table.export_csv_dialog("deals.csv")
        if path is not None:
            self.ctx.bus.status_message.emit(self.tr("Exported deals to {path}").format(path=path))


def create_tab(ctx: UiContext) -> TabPage:
    return DealsTab(ctx)
