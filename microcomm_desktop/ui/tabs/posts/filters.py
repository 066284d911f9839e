"""The filter row above the posts table: dates, platform, label, ritual and theme."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from microcomm_desktop.domain.imports.rows import PLATFORMS
from microcomm_desktop.services import posts
from microcomm_desktop.services import themes as th

if TYPE_CHECKING:
    from microcomm_desktop.ui.tabs.posts.page import PostsTab


def apply_filters(tab: PostsTab, **values: Any) -> None:
    """New filter values on the posts table. The proxy tells the views in one layout change (rows still shown
    stay selected); a current row the filter hides moves the way Qt moves it when rows are removed — to the
    nearest row left above it, else below — and the detail pane follows."""
    view, top = tab.table.view, tab.table.proxy
    current = view.currentIndex()
    old = top.mapToSource(current).row() if current.isValid() else -1
    # Every row selected (Ctrl+A): Qt's selection model keeps a whole-table selection across a layout change
    # only when the row count stays, so the rows are picked again here — those still shown, as the old proxy's
    # row removals left them (rows the filter brings back are not selected).
    sel = view.selectionModel()
    ranges, rows, cols = sel.selection(), top.rowCount(), top.columnCount()
    only = ranges.constFirst() if ranges.count() == 1 else None
    whole = only is not None and rows > 0 and (only.top(), only.left(), only.bottom()) == (0, 0, rows - 1)
    picked = tab.filter_proxy.source_rows() if whole else None
    tab.filter_proxy.set_filters(**values)
    if picked is not None:
        selection = QItemSelection()
        for first, last in tab.filter_proxy.shown_runs(picked):
            selection.select(top.index(first, 0), top.index(last, cols - 1))
        sel.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    if old < 0 or view.currentIndex().isValid():
        return
    row = tab.filter_proxy.follow(old)
    if row is None:
        tab._current_changed()
        return
    index = tab.table.proxy.mapFromSource(tab.filter_proxy.index(row, current.column()))
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)


class PostFilters(QWidget):
    def __init__(self, tab: PostsTab) -> None:
        super().__init__()
        self.tab = tab
        filt = QHBoxLayout(self)
        filt.setContentsMargins(0, 0, 0, 0)
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText(self.tr("from YYYY-MM-DD"))
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText(self.tr("to YYYY-MM-DD"))
        for w in (self.date_from, self.date_to):
            # room for the hint in every language ("desde AAAA-MM-DD" is wider than "from YYYY-MM-DD")
            w.setFixedWidth(max(130, w.fontMetrics().horizontalAdvance(w.placeholderText()) + 20))
            w.textChanged.connect(self._filters_changed)
        self.platform_filter = QComboBox()
        self.platform_filter.addItem(self.tr("All platforms"), "")
        for p in PLATFORMS:
            self.platform_filter.addItem(self.tr("other") if p == "other" else p, p)  # i18n: data
        self.label_filter = QComboBox()
        self.label_filter.addItem(self.tr("All labels"), "")
        self.label_filter.addItem("community", "community")  # i18n: data
        self.label_filter.addItem("reach", "reach")  # i18n: data
        self.ritual_filter = QComboBox()
        self.theme_filter = QComboBox()
        self.theme_filter.setObjectName("themeFilter")
        self.theme_filter.setToolTip(self.tr("Show posts carrying one theme, any theme, or none yet (to tag them)"))
        for combo in (self.platform_filter, self.label_filter, self.ritual_filter, self.theme_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        filt.addWidget(QLabel(self.tr("Dates:")))
        filt.addWidget(self.date_from)
        filt.addWidget(self.date_to)
        filt.addWidget(self.platform_filter)
        filt.addWidget(self.label_filter)
        filt.addWidget(self.ritual_filter)
        filt.addWidget(self.theme_filter)
        self.filter_msg = QLabel()
        filt.addWidget(self.filter_msg, 1)

    def reload_rituals(self) -> None:
        assert self.tab.workspace_id is not None
        current = self.ritual_filter.currentData()
        self.ritual_filter.blockSignals(True)
        self.ritual_filter.clear()
        self.ritual_filter.addItem(self.tr("Any ritual or none"), None)
        self.ritual_filter.addItem(self.tr("Carried a ritual"), "*")
        self.ritual_filter.addItem(self.tr("No ritual"), "")
        choices = posts.ritual_occurrence_choices(self.tab.ctx.engine, self.tab.workspace_id)
        names = sorted({t.rsplit(" ", 1)[0] for _i, t in choices})
        for n in names:
            self.ritual_filter.addItem(n, n)  # i18n: data
        self.ritual_filter.setCurrentIndex(max(0, self.ritual_filter.findData(current)))
        self.ritual_filter.blockSignals(False)

    def reload_theme_filter(self) -> None:
        """Theme filter choices: the workspace's themes with how many posts carry each."""
        assert self.tab.workspace_id is not None
        current = self.theme_filter.currentData()
        self.theme_filter.blockSignals(True)
        self.theme_filter.clear()
        self.theme_filter.addItem(self.tr("Any theme or none"), None)
        self.theme_filter.addItem(self.tr("Has a theme"), "*")
        self.theme_filter.addItem(self.tr("No theme yet"), "")
        for info in th.list_themes(self.tab.ctx.engine, self.tab.workspace_id):
            self.theme_filter.addItem(f"{info.name} ({info.posts})", info.name)  # i18n: data
        idx = self.theme_filter.findData(current)
        self.theme_filter.setCurrentIndex(max(0, idx))
        self.theme_filter.blockSignals(False)
        if idx < 0 and current is not None:  # the theme chosen was deleted or renamed: show all again
            self._filters_changed()

    def _filters_changed(self, *_a: Any) -> None:
        msgs = []
        vals: dict[str, Any] = {}
        for key, edit in (("date_from", self.date_from), ("date_to", self.date_to)):
            text = edit.text().strip()
            if text and posts.parse_local_date(text) is None:
                msgs.append(self.tr("'{text}' is not a date like 2026-11-01").format(text=text))
                vals[key] = None
            else:
                vals[key] = text or None
        self.filter_msg.setText("; ".join(msgs))
        self.filter_msg.setStyleSheet("color: #c0392b;")
        apply_filters(
            self.tab,
            platform=self.platform_filter.currentData() or None,
            label=self.label_filter.currentData() or None,
            ritual=self.ritual_filter.currentData(),
            theme=self.theme_filter.currentData(),
            **vals,
        )
        self.tab._update_counts()
