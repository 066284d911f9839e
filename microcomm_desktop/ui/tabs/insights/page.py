"""The Insights tab: which themes, formats, rituals and prompt rungs bring people back.

* a ranked table (+ bar chart) for a period and label, grouped by theme / format / ritual / rung;
* the shortlist of themes proven by replies and saves, with one-click "add to next sprint" / "add a prompt";
* best times (best_times.py): a weekday × 3-hour heat map of replies per 1k reach in local time;
* the decision log (decisions.py): one content decision per week, tied to the metric and week it rests on.

Figures are computed by ``services.insights`` in a worker thread (a big workspace takes a few hundred ms) and
applied only if they are still the latest request, so the tab never freezes and never shows stale numbers.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QDate, QEvent, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.domain import metrics
from microcomm_desktop.i18n import QT_TRANSLATE_NOOP, active_language
from microcomm_desktop.services import figures_text as ft
from microcomm_desktop.services import insights as si
from microcomm_desktop.services.problems import user_message
from microcomm_desktop.services.scorecard import Benchmarks, benchmarks
from microcomm_desktop.services.settings import set_setting
from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.jobs import JobRunner
from microcomm_desktop.ui.models.insight_table_model import (
    SORT_ROLE,
    InsightTableModel,
)
from microcomm_desktop.ui.operations import Announce, run_operation
from microcomm_desktop.ui.tabs.base import TabPage
from microcomm_desktop.ui.tabs.insights import chart as insights_chart
from microcomm_desktop.ui.tabs.insights.best_times import BestTimesPanel
from microcomm_desktop.ui.tabs.insights.decisions import DecisionLog
from microcomm_desktop.ui.tabs.insights.prompt_dialog import PromptDialog
from microcomm_desktop.ui.widgets.table import FilterableTable

DIMENSION_LABELS = [
    (QT_TRANSLATE_NOOP("InsightsTab", "Theme"), "theme"),
    (QT_TRANSLATE_NOOP("InsightsTab", "Format"), "format"),
    (QT_TRANSLATE_NOOP("InsightsTab", "Ritual"), "ritual"),
    (QT_TRANSLATE_NOOP("InsightsTab", "Prompt rung"), "rung"),
]
LABEL_CHOICES = [
    (QT_TRANSLATE_NOOP("InsightsTab", "Community posts"), "community"),
    (QT_TRANSLATE_NOOP("InsightsTab", "Reach posts"), "reach"),
    (QT_TRANSLATE_NOOP("InsightsTab", "All posts"), "all"),
]
PRESETS = [
    (QT_TRANSLATE_NOOP("InsightsTab", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("InsightsTab", "Last 90 days"), 90),
    (QT_TRANSLATE_NOOP("InsightsTab", "Last 180 days"), 180),
    (QT_TRANSLATE_NOOP("InsightsTab", "Last 365 days"), 365),
    (QT_TRANSLATE_NOOP("InsightsTab", "Custom"), 0),
]
REFRESH_AREAS = {
    ChangeArea.POSTS,
    ChangeArea.INTERACTIONS,
    ChangeArea.ALL,
    ChangeArea.WORKSPACE,
    ChangeArea.RITUALS,
    ChangeArea.PROMPTS,
    ChangeArea.SETTINGS,
    ChangeArea.PROMISE,
    ChangeArea.EXTERNAL,
}
DEFINITIONS = QT_TRANSLATE_NOOP(
    "InsightsTab",
    "Median / mean replies per 1k: over each post's own replies ÷ reach × 1000. Saves/1k and ER: pooled over the "
    "group. Returning reached: distinct people who engaged with these posts in the period and engaged on 2+ "
    "days in the 30 days ending on the period's last day. Groups with fewer than {n} posts are marked "
    "“too few posts to judge” and listed last. Colours: below / in / above the benchmark band.",
)


def _compute(engine: Any, ws_id: int, by: str, since: date, until: date, label: str) -> dict[str, Any]:
    """Everything the tab shows for one request (run off the UI thread unless the period is small)."""
    table = si.insights_table(engine, ws_id, by, since, until, label)
    return {
        "table": table,
        "times": si.best_times(engine, ws_id, since, until, label),
        "shortlist": si.theme_shortlist(engine, ws_id, since, until, table=table),
        "bench": benchmarks(engine, ws_id),
    }


_DECISIONS = (
    "decision_nudge decision_model decision_proxy decision_view add_decision_btn load_decisions decision_dialog "
    "add_decision selected_decision edit_decision delete_decision"
)


class InsightsTab(TabPage):
    title = "Insights"
    refreshed = Signal()
    # Up to this many posts in the period the figures are computed right away (a few ms); above, in a worker.
    sync_max_posts = 2000

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today: date = ctx.today
        self.ws_id: int | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.jobs = JobRunner(self, self.pool)  # the newest request wins (ui/jobs.py)
        self.undo_stack = QUndoStack(self)
        ctx.undo_group.addStack(self.undo_stack)
        self.bench: Benchmarks | None = None
        self.last: dict[str, Any] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.refresh)

        self.decisions = DecisionLog(self)
        for name in _DECISIONS.split():  # reachable on the tab as before the split (tests, shortcuts)
            setattr(self, name, getattr(self.decisions, name))
        self._build_controls()
        self._build_body()
        self._restore_state()
        ctx.bus.data_changed.connect(self._on_data_changed)

    # ----- building -------------------------------------------------------------------------------------
    def _build_controls(self) -> None:
        self.by_combo = QComboBox(self)
        for text, key in DIMENSION_LABELS:
            self.by_combo.addItem(self.tr(text), key)
        self.by_combo.setToolTip(self.tr("Group the period's posts by theme, format, ritual or the prompt-ladder rung"))
        self.preset = QComboBox(self)
        for text, days in PRESETS:
            self.preset.addItem(self.tr(text), days)
        self.since_edit = QDateEdit(self)
        self.until_edit = QDateEdit(self)
        for e in (self.since_edit, self.until_edit):
            e.setCalendarPopup(True)
            e.setDisplayFormat("yyyy-MM-dd")
        self.label_combo = QComboBox(self)
        for text, key in LABEL_CHOICES:
            self.label_combo.addItem(self.tr(text), key)
        self.label_combo.setToolTip(
            self.tr("Judge community posts on replies and saves; reach posts on shares and discovery")
        )
        self.min_posts = QSpinBox(self)
        self.min_posts.setRange(1, 99)
        self.min_posts.setValue(3)
        self.min_posts.setToolTip(
            self.tr("Minimum posts for a group or time slot to be judged (saved for this workspace; default 3)")
        )
        self.min_posts.setKeyboardTracking(False)
        self.status = QLabel("", self)
        self.status.setObjectName("insightsStatus")
        self.period_error = QLabel("", self)
        self.period_error.setObjectName("periodError")
        self.period_error.setStyleSheet("color: #c0392b;")
        bar = QHBoxLayout()
        for text, w in (
            (self.tr("Group by"), self.by_combo),
            (self.tr("Period"), self.preset),
            (self.tr("from"), self.since_edit),
            (self.tr("to"), self.until_edit),
            (self.tr("Posts"), self.label_combo),
            (self.tr("Min. posts"), self.min_posts),
        ):
            lab = QLabel(text, self)
            lab.setBuddy(w)
            bar.addWidget(lab)
            bar.addWidget(w)
        bar.addWidget(self.period_error)
        bar.addStretch(1)
        bar.addWidget(self.status)
        self.definitions = QLabel(self.tr(DEFINITIONS).format(n=3), self)
        self.definitions.setWordWrap(True)
        self.definitions.setObjectName("insightsDefinitions")
        f = self.definitions.font()
        f.setPointSizeF(f.pointSizeF() * 0.9)
        self.definitions.setFont(f)
        self._bar = bar

        self.by_combo.currentIndexChanged.connect(self._schedule)
        self.label_combo.currentIndexChanged.connect(self._schedule)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.min_posts.valueChanged.connect(self._min_posts_changed)
        self.since_edit.dateChanged.connect(self._dates_edited)
        self.until_edit.dateChanged.connect(self._dates_edited)

        # F5 is the window's View › Refresh: it reloads every tab (this one through the EXTERNAL area).
        log = QAction(self.tr("Log a decision"), self)
        log.setShortcut(QKeySequence("Ctrl+D"))
        log.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        log.triggered.connect(self.decisions.add_decision)
        self.addAction(log)

    def _build_body(self) -> None:
        self.model = InsightTableModel(self)
        self.table = FilterableTable(self.model, self.tr("Filter groups… (Ctrl+F)"), self)
        self.table.proxy.setSortRole(SORT_ROLE)
        self.table.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.view.setSortingEnabled(False)  # ranked order first; the user can click a header to sort
        self.table.view.horizontalHeader().sectionClicked.connect(self._enable_sort)
        self.overall = QLabel("", self)
        self.overall.setObjectName("insightsOverall")
        self.overall.setWordWrap(True)

        self.chart = pg.PlotWidget()
        self.chart.setMinimumHeight(180)
        self.chart.setMenuEnabled(False)
        self.chart.setMouseEnabled(x=False, y=False)
        self.legend = self.chart.addLegend(offset=(-10, 10))
        self.chart.setLabel("bottom", self.tr("per 1,000 reach"))
        self.chart_data: dict[str, list[Any]] = {}

        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.overall)
        split_left = QSplitter(Qt.Orientation.Vertical, left)
        split_left.addWidget(self.table)
        split_left.addWidget(self.chart)
        split_left.setSizes([320, 220])
        ll.addWidget(split_left, 1)

        self.side = QTabWidget(self)
        self.side.setDocumentMode(True)
        self.side.addTab(self._build_shortlist(), self.tr("Shortlist"))
        self.best_times = BestTimesPanel(self)
        self.heatmap = self.best_times.heatmap
        self.side.addTab(self.best_times, self.tr("Best times"))
        self.side.addTab(self.decisions, self.tr("Decision log"))

        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(left)
        self.split.addWidget(self.side)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)

        self.empty = QLabel(
            self.tr(
                "No posts in this period yet. Log or import posts on the Posts tab, tag them with themes and "
                "formats, and their ranking appears here."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setObjectName("insightsEmpty")
        self.empty.setVisible(False)

        lay = QVBoxLayout(self)
        lay.addLayout(self._bar)
        lay.addWidget(self.definitions)
        lay.addWidget(self.empty)
        lay.addWidget(self.split, 1)

    def _build_shortlist(self) -> QWidget:
        box = QWidget(self)
        v = QVBoxLayout(box)
        intro = QLabel(
            self.tr(
                "Themes of <b>community posts</b> proven by replies <i>and</i> saves per 1k reach (score = mean of "
                "both, each scaled to its benchmark top). Only themes with enough posts count as evidence."
            )
        )
        intro.setWordWrap(True)
        v.addWidget(intro)
        self.shortlist_area = QVBoxLayout()
        v.addLayout(self.shortlist_area)
        v.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(box)
        self.shortlist_cards: list[QFrame] = []
        return scroll

    # ----- state ----------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        s = self.ctx.settings
        for combo, key in ((self.by_combo, "insights/by"), (self.label_combo, "insights/label")):
            i = combo.findData(s.value(key, combo.itemData(0)))
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, i))
            combo.blockSignals(False)
        try:
            days = int(str(s.value("insights/days", 90)))
        except (TypeError, ValueError):
            days = 90
        i = self.preset.findData(days)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(i if i >= 0 else 1)
        self.preset.blockSignals(False)
        self._apply_preset()

    def _save_state(self) -> None:
        s = self.ctx.settings
        s.setValue("insights/by", self.by_combo.currentData())
        s.setValue("insights/label", self.label_combo.currentData())
        s.setValue("insights/days", self.preset.currentData())

    def _apply_preset(self) -> None:
        days = int(self.preset.currentData() or 0)
        if days <= 0:
            return
        since, until = si.default_period(self.today, days)
        for e, d in ((self.since_edit, since), (self.until_edit, until)):
            e.blockSignals(True)
            e.setDate(QDate(d.year, d.month, d.day))
            e.blockSignals(False)

    def _min_posts_changed(self, value: int) -> None:
        if self.ws_id is None:
            return
        set_setting(self.ctx.engine, "insights.min_posts", int(value), self.ws_id)
        self.ctx.bus.changed(ChangeArea.SETTINGS, self.ws_id)

    def _preset_changed(self) -> None:
        self._apply_preset()
        self._schedule()

    def _dates_edited(self) -> None:
        custom = self.preset.findData(0)
        if self.preset.currentIndex() != custom:
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(custom)
            self.preset.blockSignals(False)
        self._schedule()

    def period(self) -> tuple[date, date]:
        a, b = self.since_edit.date(), self.until_edit.date()
        return date(a.year(), a.month(), a.day()), date(b.year(), b.month(), b.day())

    def by(self) -> str:
        return str(self.by_combo.currentData())

    def label(self) -> str:
        return str(self.label_combo.currentData())

    # ----- refresh --------------------------------------------------------------------------------------
    def set_workspace(self, workspace_id: int | None) -> None:
        self.ws_id = workspace_id
        self.undo_stack.clear()  # commands hold ids of the previous workspace
        if workspace_id is not None:
            self.min_posts.blockSignals(True)
            self.min_posts.setValue(si.min_posts_setting(self.ctx.engine, workspace_id))
            self.min_posts.blockSignals(False)
        self.refresh()

    def _on_data_changed(self, area: ChangeArea, workspace_id: int) -> None:
        if workspace_id != self.ws_id:
            return
        if area in (ChangeArea.DECISIONS, ChangeArea.EXTERNAL):
            self.decisions.load_decisions()
        if area in REFRESH_AREAS:
            self._schedule()

    def _schedule(self) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """Start computing the current request; older requests still running are ignored when they finish."""
        self._timer.stop()
        self.jobs.supersede()
        self._save_state()
        self.decisions.load_decisions()
        if self.ws_id is None:
            self.model.set_result(None)
            return
        since, until = self.period()
        if until < since:
            self.period_error.setText(self.tr("The period ends before it starts."))
            self.status.setText("")
            return
        self.period_error.setText("")
        engine, ws_id, by, label = self.ctx.engine, self.ws_id, self.by(), self.label()
        if si.post_count(engine, ws_id, since, until) <= self.sync_max_posts:
            # A small workspace answers in a few ms: no flicker, no "Computing…".
            try:
                result = _compute(engine, ws_id, by, since, until, label)
            except Exception as exc:  # shown in the tab, like a worker's failure
                self._failed(user_message(exc) or str(exc))
                return
            self._apply(result)
            return
        self.status.setText(self.tr("Computing…"))
        self.jobs.start(lambda: _compute(engine, ws_id, by, since, until, label), self._apply, self._failed)

    def _failed(self, message: str) -> None:
        self.status.setText("")
        self.period_error.setText(self.tr("Could not compute insights: {reason}").format(reason=message))
        self.refreshed.emit()

    def _apply(self, result: dict[str, Any]) -> None:
        self.last = result
        res: si.InsightsResult = result["table"]
        self.bench = result["bench"]
        self.model.dark = self._is_dark()
        self.model.set_result(res, self.bench.bands if self.bench else None)
        self.table.view.setSortingEnabled(False)
        self.table.proxy.sort(-1)
        self.definitions.setText(self.tr(DEFINITIONS).format(n=res.min_posts))
        o = res.overall
        posts = o.posts
        if res.label == "community":
            head = self.tr("<b>%n</b> community post(s)", "", posts)
        elif res.label == "reach":
            head = self.tr("<b>%n</b> reach post(s)", "", posts)
        else:
            head = self.tr("<b>%n</b>  post(s)", "", posts)
        er = metrics.format_rate(o.er, suffix=" %") if active_language() == "en" else ft.rate(o.er, 2, "%")
        self.overall.setText(
            self.tr(
                "{posts} from {since} to {until}: median replies/1k <b>{median}</b>, saves/1k <b>{saves}</b>, ER "
                "<b>{er}</b> (by {denominator}); <b>{returning}</b> returning engagers in the 30 days to {day}."
            ).format(
                posts=head,
                since=ft.day_month_year(res.since),
                until=ft.day_month_year(res.until),
                median=ft.rate(o.median_replies_per_1k),
                saves=ft.rate(o.saves_per_1k),
                er=er,
                denominator=ft.er_denominator(res.er_definition),
                returning=ft.integer(res.returning_total),
                day=ft.day_month(res.until),
            )
            + (f"<br><i>* {res.reach_note}</i>" if res.reach_note else "")
        )
        no_posts = o.posts == 0
        self.empty.setVisible(no_posts)
        self.status.setText("")
        self._draw_chart(res)
        self._fill_shortlist(result["shortlist"])
        self.best_times.fill(result["times"], self.bench)
        self.refreshed.emit()

    def _is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a light/dark switch at run time: band colours, chart and heat map are palette-dependent."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            dark = self._is_dark()
            if dark != self.model.dark:
                self.model.dark = dark
                if self.model.rowCount():
                    last = self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1)
                    self.model.dataChanged.emit(self.model.index(0, 0), last)
            if hasattr(self, "chart"):
                if self.last.get("table") is not None:
                    self._draw_chart(self.last["table"])  # title, legend and axes take the new text colour
                else:
                    self._style_chart()
                self.heatmap.update()

    def _enable_sort(self, _section: int) -> None:
        if not self.table.view.isSortingEnabled():
            self.table.view.setSortingEnabled(True)

    # ----- chart (ui/tabs/insights/chart.py) -----------------------------------------------------------------
    def _fg(self) -> Any:
        return insights_chart.text_colour(self)

    def _style_chart(self) -> None:
        insights_chart.style_chart(self)

    def _draw_chart(self, res: si.InsightsResult) -> None:
        insights_chart.draw_chart(self, res)

    # ----- shortlist ------------------------------------------------------------------------------------
    def _fill_shortlist(self, items: list[si.ShortlistItem]) -> None:
        for card in self.shortlist_cards:
            self.shortlist_area.removeWidget(card)
            card.deleteLater()
        self.shortlist_cards = []
        if not items:
            card = QFrame()
            lab = QLabel(
                self.tr(
                    "No theme has enough community posts with reach in this period yet. Tag posts with themes "
                    "(Posts tab) or widen the period."
                )
            )
            lab.setWordWrap(True)
            QVBoxLayout(card).addWidget(lab)
            self.shortlist_area.addWidget(card)
            self.shortlist_cards.append(card)
            return
        for rank, item in enumerate(items, start=1):
            card = QFrame()
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setObjectName(f"shortlistCard{rank}")
            v = QVBoxLayout(card)
            head = QLabel(
                self.tr("<b>{rank}. {theme}</b> — score {score}/100").format(
                    rank=rank, theme=item.stats.key, score=ft.integer(round(item.score))
                )
            )
            ev = QLabel(item.evidence)
            ev.setWordWrap(True)
            ev.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row = QHBoxLayout()
            sprint_btn = QPushButton(self.tr("Add to next sprint"))
            sprint_btn.setToolTip(
                self.tr("Adds a task to week 1 of the upcoming sprint, or the current sprint's next week")
            )
            sprint_btn.clicked.connect(lambda _=False, it=item: self.add_to_sprint(it))
            prompt_btn = QPushButton(self.tr("Add a prompt…"))
            prompt_btn.setToolTip(self.tr("Adds a prompt about this theme to the prompt library"))
            prompt_btn.clicked.connect(lambda _=False, it=item: self.add_prompt(it))
            row.addWidget(sprint_btn)
            row.addWidget(prompt_btn)
            row.addStretch(1)
            v.addWidget(head)
            v.addWidget(ev)
            v.addLayout(row)
            self.shortlist_area.addWidget(card)
            self.shortlist_cards.append(card)

    def add_to_sprint(self, item: si.ShortlistItem) -> bool:
        if self.ws_id is None:
            return False
        engine, ws_id, theme, today, evidence = self.ctx.engine, self.ws_id, item.stats.key, self.today, item.evidence
        try:
            added = run_operation(
                self.undo_stack,
                self.tr("add “{theme}” to the sprint plan").format(theme=theme),
                lambda _undone: si.add_theme_to_sprint(engine, ws_id, theme, today, evidence),
                lambda done: si.remove_sprint_task(engine, done.task_id),
                Announce(self.ctx.bus, ws_id, (ChangeArea.SPRINT,)),
            )
        except si.InsightsError as exc:  # no sprint to add to: say so, nothing is pushed
            QMessageBox.information(self, self.tr("Add to next sprint"), str(exc))
            return False
        self.ctx.bus.status_message.emit(
            self.tr("Added “{theme}” to {sprint}, week {week} (Ctrl+Z undoes)").format(
                theme=theme, sprint=added.slot.sprint_name, week=added.slot.week_no
            )
        )
        return True

    def add_prompt(self, item: si.ShortlistItem, dialog: PromptDialog | None = None) -> bool:
        if self.ws_id is None:
            return False
        dlg = dialog or PromptDialog(
            si.suggested_prompt(item.stats.key), si.rituals_of(self.ctx.engine, self.ws_id), self
        )
        if dialog is None and dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        text, rung, ritual_id = dlg.values()
        engine, ws_id = self.ctx.engine, self.ws_id
        try:
            run_operation(
                self.undo_stack,
                self.tr("add a prompt to the library"),
                lambda _undone: si.add_prompt_to_library(engine, ws_id, text, rung, ritual_id),
                lambda prompt_id: si.remove_prompt(engine, prompt_id),
                Announce(self.ctx.bus, ws_id, (ChangeArea.PROMPTS,)),
            )
        except si.InsightsError as exc:
            QMessageBox.information(self, self.tr("Add a prompt"), str(exc))
            return False
        self.ctx.bus.status_message.emit(self.tr("Prompt added to the library (Ctrl+Z undoes)"))
        return True

    # ----- export ---------------------------------------------------------------------------------------
    def export_csv(self) -> None:
        self.table.export_csv_dialog(f"insights-{self.by()}-{self.label()}.csv")

    def wait_idle(self, msecs: int = 5000) -> bool:
        """Block until the worker finished (tests and shutdown)."""
        return self.jobs.wait(msecs)


def create_tab(ctx: UiContext) -> TabPage:
    return InsightsTab(ctx)
