# Over 600 lines: scorecard selection and week-note editors share the shown week (next: split the selection half).
"""The Dashboard tab: what the user opens every Monday.

Weekly scorecard (newest first, change arrows, band colours, formula tooltips), "What to do now", the charts
(returning engagers, replies/saves per 1k, health score), newcomer cohorts, top engagers and fading regulars,
the per-week notes that feed the reports, and the weekly / 30-day report export.

All figures come from services (no SQL here). Recomputation runs in a QThreadPool worker: the UI thread only
swaps finished results in, so switching range or filter never blocks it; a generation counter drops results
the user no longer wants (Cancel, a newer request, or a closed tab).

Opening the tab must stay well under 300 ms on a large workspace, and a pyqtgraph plot costs tens of
milliseconds to build: only the chart on screen is built up front, the others when their tab is first shown,
and a refresh redraws only the chart the user is looking at (the others catch up when shown).
"""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.i18n import QT_TRANSLATE_NOOP
from microcomm_desktop.services import drafts, reports
from microcomm_desktop.services.figures_text import day_month, er_denominator
from microcomm_desktop.services.reports import Advice
from microcomm_desktop.services.scorecard import (
    Benchmarks,
    Label,
    WeekFigures,
    engagerday_rows,
)
from microcomm_desktop.services.week_note_drafts import WeekDraft, load_week_drafts, store_week_drafts
from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.jobs import JobRunner
from microcomm_desktop.ui.models.cohort_table_model import CohortModel
from microcomm_desktop.ui.models.scorecard_engagers_table_model import EngagerListModel
from microcomm_desktop.ui.models.scorecard_table_model import ScorecardModel
from microcomm_desktop.ui.tabs.base import TabPage
from microcomm_desktop.ui.tabs.dashboard.compute import DashboardData, advice_html, compute
from microcomm_desktop.ui.tabs.dashboard.report_actions import ReportActions
from microcomm_desktop.ui.tabs.dashboard.week_notes import NOTE_LABELS, WeekNoteStore
from microcomm_desktop.ui.widgets.charts import Series, WeeklyChart
from microcomm_desktop.ui.widgets.table import FilterableTable

RANGES: list[tuple[str, int | None]] = [
    (QT_TRANSLATE_NOOP("DashboardTab", "Last 4 weeks"), 4),
    (QT_TRANSLATE_NOOP("DashboardTab", "Last 13 weeks"), 13),
    (QT_TRANSLATE_NOOP("DashboardTab", "Last 52 weeks"), 52),
    (QT_TRANSLATE_NOOP("DashboardTab", "All weeks"), None),
    (QT_TRANSLATE_NOOP("DashboardTab", "Custom…"), -1),
]
LABEL_CHOICES: list[tuple[str, Label]] = [
    (QT_TRANSLATE_NOOP("DashboardTab", "All posts (each judged by its job)"), "all"),
    (QT_TRANSLATE_NOOP("DashboardTab", "Community posts"), "community"),
    (QT_TRANSLATE_NOOP("DashboardTab", "Reach posts"), "reach"),
]
# (key, lower-tab title, chart title, y-axis label), in lower-tab order.
CHART_SPECS: list[tuple[str, str, str, str]] = [
    (
        "returning",
        QT_TRANSLATE_NOOP("DashboardTab", "Returning engagers"),
        QT_TRANSLATE_NOOP("DashboardTab", "Returning engagers (30 days)"),
        QT_TRANSLATE_NOOP("DashboardTab", "share of engagers (%)"),
    ),
    (
        "replies",
        QT_TRANSLATE_NOOP("DashboardTab", "Replies / 1k"),
        QT_TRANSLATE_NOOP("DashboardTab", "Replies per 1,000 reach"),
        QT_TRANSLATE_NOOP("DashboardTab", "replies per 1k"),
    ),
    (
        "saves",
        QT_TRANSLATE_NOOP("DashboardTab", "Saves / 1k"),
        QT_TRANSLATE_NOOP("DashboardTab", "Saves per 1,000 reach"),
        QT_TRANSLATE_NOOP("DashboardTab", "saves per 1k"),
    ),
    (
        "health",
        QT_TRANSLATE_NOOP("DashboardTab", "Health score"),
        QT_TRANSLATE_NOOP("DashboardTab", "Community Health Score"),
        QT_TRANSLATE_NOOP("DashboardTab", "score (0–100)"),
    ),
]
SIZE_FROM_ROWS = 26  # scorecard rows measured to size its columns (half a year of weeks)
SYNC_LIMIT_ROWS = 100_000  # EngagerDay rows below which a recompute stays far under 100 ms
AREAS = {
    ChangeArea.POSTS,
    ChangeArea.INTERACTIONS,
    ChangeArea.WORKSPACE,
    ChangeArea.REPORTS,
    ChangeArea.SETTINGS,
    ChangeArea.EXTERNAL,
}


_REPORT_ACTIONS = "calibrate_dialog apply_calibration write_report export_report_dialog"


class DashboardTab(WeekNoteStore, TabPage):
    title = "Dashboard"

    def __init__(self, ctx: UiContext, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today: date = today or ctx.today
        self.ws_id: int | None = None
        self.report_actions = ReportActions(self)
        for name in _REPORT_ACTIONS.split():  # reachable on the tab as before the split (tests, menus)
            setattr(self, name, getattr(self.report_actions, name))
        self.data: DashboardData | None = None
        self.jobs = JobRunner(self)  # recomputations: the newest request wins (ui/jobs.py)
        self.undo_stack = QUndoStack(self)
        ctx.undo_group.addStack(self.undo_stack)
        self._small: tuple[int, bool] | None = None
        self._theme_pending = False
        # What the note editors hold. They are tied to a week (and workspace), not to whatever row happens to
        # be selected: a refresh or a click can move the selection, and typed notes must go to their own week.
        self._note_week: date | None = None
        self._note_ws: int | None = None
        self._note_baseline: dict[str, str] = {}  # the editors' texts as last filled or flushed ("not typed")
        self._note_has_draft = False  # the editors were filled from a stored draft, not from the saved note
        self._shown_ws: int | None = None  # the workspace whose weeks the scorecard rows are
        self._placing_selection = False  # the tab itself moves the selection: not the user picking a week
        # Crash insurance (``snapshot_drafts``): the editors' state last mirrored into the week drafts, so an
        # unchanged editor costs nothing; and the week drafts a snapshot wrote (with their texts), the only ones
        # a snapshot may clear besides the draft restored into the editors: other weeks' drafts wait untouched.
        self._snap_last: tuple[Any, ...] | None = None
        self._snap_written: dict[tuple[int, str], dict[str, str]] = {}
        self._snapshot_error = ""  # the last storage failure (a locked file); retried at the next snapshot
        self._build()
        ctx.bus.data_changed.connect(self._on_data_changed)

    # ----- building ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.label_combo = QComboBox()
        for text, key in LABEL_CHOICES:
            self.label_combo.addItem(self.tr(text), key)
        self.label_combo.setToolTip(
            self.tr(
                "All posts: community posts are judged on replies, saves and returning engagers; reach posts on "
                "reach and shares (DOMAIN §4). Pick one label to see only those posts."
            )
        )
        self.range_combo = QComboBox()
        for text, n in RANGES:
            self.range_combo.addItem(self.tr(text), n)
        self.range_combo.setCurrentIndex(1)
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for ed in (self.from_edit, self.to_edit):
            ed.setCalendarPopup(True)
            ed.setDisplayFormat("yyyy-MM-dd")
            ed.setVisible(False)
        self.to_edit.setDate(QDate(self.today.year, self.today.month, self.today.day))
        start = self.today - timedelta(days=7 * 12)
        self.from_edit.setDate(QDate(start.year, start.month, start.day))
        self.range_error = QLabel()
        self.range_error.setObjectName("rangeError")
        self.range_error.setStyleSheet("color: #c0392b")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.busy.setToolTip(self.tr("Recomputing the scorecard…"))
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        self.cancel_btn.setVisible(False)
        self.cancel_btn.clicked.connect(self.cancel)
        self.weekly_btn = QPushButton(self.tr("Export weekly report…"))
        self.weekly_btn.setToolTip(self.tr("One-page PDF and an HTML file for the week holding today (Ctrl+Shift+R)"))
        self.weekly_btn.clicked.connect(lambda: self.report_actions.export_report_dialog("weekly"))
        self.month_btn = QPushButton(self.tr("Export 30-day report…"))
        self.month_btn.clicked.connect(lambda: self.report_actions.export_report_dialog("30day"))
        self.calibrate_btn = QPushButton(self.tr("Calibrate bands…"))
        self.calibrate_btn.setToolTip(
            self.tr(
                "Propose benchmark bands from your own last 30/60/90 days (the middle half of your values), shown "
                "beside the niche defaults; applied to this workspace, undoable"
            )
        )
        self.calibrate_btn.clicked.connect(self.report_actions.calibrate_dialog)
        QShortcut(QKeySequence("Ctrl+Shift+R"), self, lambda: self.report_actions.export_report_dialog("weekly"))
        # F5 is the window's View › Refresh: it reloads every tab (this one through the EXTERNAL area).

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Posts:")))
        top.addWidget(self.label_combo)
        top.addSpacing(8)
        top.addWidget(QLabel(self.tr("Range:")))
        top.addWidget(self.range_combo)
        top.addWidget(self.from_edit)
        top.addWidget(self.to_edit)
        top.addWidget(self.range_error)
        top.addWidget(self.busy)
        top.addWidget(self.cancel_btn)
        top.addStretch(1)
        top.addWidget(self.calibrate_btn)
        top.addWidget(self.weekly_btn)
        top.addWidget(self.month_btn)

        self.score_model = ScorecardModel(self)
        self.score_table = FilterableTable(self.score_model, self.tr("Filter weeks…"))
        self.score_table.view.setSortingEnabled(False)  # newest first is the order users read
        # One week at a time: the note editors serve one week. With several rows selected (Ctrl/Shift+click, or
        # selectRow while a modifier key is held) the selection and the editors named different weeks, and the
        # next refresh moved the editors to the selection's first week.
        self.score_table.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        score_header = self.score_table.view.horizontalHeader()
        score_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Size columns from the newest weeks only: measuring all 262 weeks of "All weeks" (every cell, several
        # roles) blocked the UI thread for ~100 ms per refresh. Older weeks have the same text shapes.
        score_header.setResizeContentsPrecision(SIZE_FROM_ROWS)
        self.score_table.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._on_week_picked(cur))
        self.empty_label = QLabel(
            self.tr(
                "No posts or interactions in this range yet. Log posts (Posts tab) or import them, and this "
                "scorecard fills in week by week."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)
        self.defs_label = QLabel()
        self.defs_label.setWordWrap(True)
        self.defs_label.setObjectName("definitions")

        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.RichText)
        self.advice_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        advice_scroll = QScrollArea()
        advice_scroll.setWidgetResizable(True)
        advice_scroll.setWidget(self.advice_label)
        advice_scroll.setMinimumWidth(300)
        advice_box = QWidget()
        ab = QVBoxLayout(advice_box)
        ab.setContentsMargins(0, 0, 0, 0)
        head = QLabel("<b>" + self.tr("What to do now") + "</b>")
        ab.addWidget(head)
        ab.addWidget(advice_scroll, 1)

        score_box = QWidget()
        sb = QVBoxLayout(score_box)
        sb.setContentsMargins(0, 0, 0, 0)
        sb.addWidget(self.empty_label)
        sb.addWidget(self.score_table, 1)
        sb.addWidget(self.defs_label)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(score_box)
        upper.addWidget(advice_box)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 1)

        # Charts are built on first show (see the module docstring); each tab page is an empty holder until then.
        self.charts: dict[str, WeeklyChart] = {}
        self.chart_series: dict[str, Series] = {}  # the newest series for every chart, built or not
        self._chart_holders: dict[str, QWidget] = {}
        self.lower_tabs = QTabWidget()
        self.lower_tabs.setDocumentMode(True)
        for chart_key, tab_title, _title, _y in CHART_SPECS:
            holder = QWidget()
            hl = QVBoxLayout(holder)
            hl.setContentsMargins(0, 0, 0, 0)
            self._chart_holders[chart_key] = holder
            self.lower_tabs.addTab(holder, self.tr(tab_title))
        self.chart(CHART_SPECS[0][0])  # the one on screen at first

        self.cohort_model = CohortModel(self)
        self.cohort_view = self._small_table(self.cohort_model)
        cohort_box = QWidget()
        cb = QVBoxLayout(cohort_box)
        cb.setContentsMargins(4, 4, 4, 4)
        cb.addWidget(
            QLabel(
                self.tr(
                    "People grouped by the week they first engaged; each cell is the share of that group engaging "
                    "again in week +1…+4. Greener = newcomers come back."
                )
            )
        )
        cb.addWidget(self.cohort_view, 1)
        self.lower_tabs.addTab(cohort_box, self.tr("Newcomer cohorts"))

        self.top_model = EngagerListModel(self.tr("Distinct days with an interaction in the last 30 days"))
        self.fading_model = EngagerListModel(self.tr("Distinct days engaged in the 30 days before they went quiet"))
        people = QWidget()
        pg_lay = QGridLayout(people)
        pg_lay.setContentsMargins(4, 4, 4, 4)
        top_head = QLabel(self.tr("<b>Top engagers</b> — power-member candidates (most returning days, last 30)"))
        fading_head = QLabel(self.tr("<b>Fading regulars</b> — returning before, silent for 14+ days: nudge them"))
        for head_label in (top_head, fading_head):
            head_label.setWordWrap(True)
        pg_lay.addWidget(top_head, 0, 0)
        pg_lay.addWidget(fading_head, 0, 1)
        pg_lay.addWidget(self._small_table(self.top_model), 1, 0)
        pg_lay.addWidget(self._small_table(self.fading_model), 1, 1)
        self.lower_tabs.addTab(people, self.tr("Top engagers"))
        self.lower_tabs.addTab(self._build_notes(), self.tr("Week notes"))

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(self.lower_tabs)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)

        self.lower_tabs.currentChanged.connect(self._on_lower_tab_changed)
        self.label_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.range_combo.currentIndexChanged.connect(self._on_range_changed)
        self.from_edit.dateChanged.connect(lambda _d: self.refresh())
        self.to_edit.dateChanged.connect(lambda _d: self.refresh())

    def chart(self, key: str) -> WeeklyChart:
        """The chart for ``key``, built now if it was not yet, and showing the newest series."""
        chart = self.charts.get(key)
        if chart is None:
            _key, _tab, title, y_label = next(spec for spec in CHART_SPECS if spec[0] == key)
            chart = WeeklyChart(self.tr(title), self.tr(y_label), dark=self._dark())
            self._chart_holders[key].layout().addWidget(chart)  # type: ignore[union-attr]
            self.charts[key] = chart
        dark = self._dark()
        if chart.dark != dark:
            chart.apply_theme(dark)
        series = self.chart_series.get(key)
        if series is not None and chart.series is not series:
            chart.set_series(series)
        return chart

    def visible_chart_key(self) -> str | None:
        index = self.lower_tabs.currentIndex()
        return CHART_SPECS[index][0] if 0 <= index < len(CHART_SPECS) else None

    def _on_lower_tab_changed(self, _index: int) -> None:
        key = self.visible_chart_key()
        if key is not None:
            self.chart(key)

    def _small_table(self, model: Any) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().setVisible(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.setAlternatingRowColors(True)
        return view

    def _build_notes(self) -> QWidget:
        box = QWidget()
        outer = QVBoxLayout(box)
        self.note_title = QLabel()
        outer.addWidget(self.note_title)
        grid = QHBoxLayout()
        nums = QFormLayout()
        texts = QFormLayout()
        self.note_edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.note_errors: dict[str, QLabel] = {}
        for name, text in NOTE_LABELS.items():
            err = QLabel()
            err.setStyleSheet("color: #c0392b")
            err.setVisible(False)
            self.note_errors[name] = err
            field = QWidget()
            fl = QVBoxLayout(field)
            fl.setContentsMargins(0, 0, 0, 0)
            if name in reports.NOTE_TEXT_FIELDS:
                ed: QLineEdit | QPlainTextEdit = QPlainTextEdit()
                ed.setMaximumHeight(60)
                ed.setPlaceholderText(self.tr("One per line; quoted words members use"))
                fl.addWidget(ed)
                fl.addWidget(err)
                texts.addRow(self.tr("{field}:").format(field=self.tr(text)), field)
            else:
                ed = QLineEdit()
                ed.setPlaceholderText(self.tr("blank = not known"))
                fl.addWidget(ed)
                fl.addWidget(err)
                nums.addRow(self.tr("{field}:").format(field=self.tr(text)), field)
            self.note_edits[name] = ed
        grid.addLayout(nums, 1)
        grid.addLayout(texts, 2)
        outer.addLayout(grid)
        row = QHBoxLayout()
        self.cpa_label = QLabel()
        self.cpa_label.setToolTip(self.tr("CPA = spend / conversions (blended: creator fees + paid media)"))
        row.addWidget(self.cpa_label, 1)
        self.note_save = QPushButton(self.tr("Save week notes"))
        self.note_save.setToolTip(self.tr("Ctrl+S — undo with Ctrl+Z"))
        self.note_save.clicked.connect(self.save_note)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), box, self.save_note)
        row.addWidget(self.note_save)
        outer.addLayout(row)
        outer.addStretch(1)
        return box

    # ----- workspace & refresh -------------------------------------------------------------------------
    def set_workspace(self, workspace_id: int | None) -> None:
        if workspace_id != self.ws_id:
            # The window flushes before switching; this keeps notes safe for any other caller too (a second
            # flush finds nothing typed and writes nothing).
            try:
                self.flush_pending()
            except Exception as exc:  # the window already said so; switching must still work
                self.ctx.bus.status_message.emit(
                    self.tr("Week notes: could not save an open edit: {reason}").format(reason=exc)
                )
            self._note_week = self._note_ws = None
        self.ws_id = workspace_id
        self.undo_stack.clear()
        self.refresh()

    def _on_data_changed(self, area: ChangeArea, workspace_id: int) -> None:
        if workspace_id == self.ws_id and area in AREAS:
            self.refresh()

    def _on_range_changed(self, _i: int) -> None:
        custom = self.range_combo.currentData() == -1
        self.from_edit.setVisible(custom)
        self.to_edit.setVisible(custom)
        self.refresh()

    def current_label(self) -> Label:
        return self.label_combo.currentData()  # type: ignore[no-any-return]

    def _range(self) -> tuple[date, int | None, date | None] | None:
        n = self.range_combo.currentData()
        if n == -1:
            lo: date = self.from_edit.date().toPython()  # type: ignore[assignment]
            hi: date = self.to_edit.date().toPython()  # type: ignore[assignment]
            if lo > hi:
                self.range_error.setText(self.tr("“From” is after “to”: pick an earlier start."))
                return None
            if (hi - lo).days > 366 * 20:
                self.range_error.setText(self.tr("Pick a range of at most 20 years."))
                return None
            self.range_error.setText("")
            return hi, None, lo
        self.range_error.setText("")
        return self.today, n, None

    @property
    def generation(self) -> int:
        """Bumped by every refresh and cancel; a result of an older one is not shown."""
        return self.jobs.generation

    def refresh(self) -> None:
        """Start a recomputation in the worker pool; the newest request wins."""
        self.jobs.supersede()
        if self.ws_id is None:
            self._show(None)
            return
        rng = self._range()
        if rng is None:
            return
        until, weeks, since = rng
        ws_id, label, engine = self.ws_id, self.current_label(), self.ctx.engine
        if self._small is None or self._small[0] != ws_id:
            self._small = (ws_id, engagerday_rows(engine, ws_id) < SYNC_LIMIT_ROWS)
        if self._small[1]:
            # Small workspaces compute in well under 100 ms (sample: ~50 ms): show them at once.
            self._on_done(compute(engine, ws_id, until, weeks, since, label, self.generation))
            return
        # The job's own generation (the one start() makes) is stamped on its result.
        gen = self.generation + 1
        self.jobs.start(lambda: compute(engine, ws_id, until, weeks, since, label, gen), self._on_done, self._on_failed)
        self.busy.setVisible(True)
        self.cancel_btn.setVisible(True)

    def cancel(self) -> None:
        """Stop waiting: the running job finishes in the background and its result is dropped."""
        self.jobs.cancel()
        self.busy.setVisible(False)
        self.cancel_btn.setVisible(False)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """A closed tab wants no more results: drop the running job's instead of redrawing a hidden page."""
        self.cancel()
        super().closeEvent(event)

    @Slot(object)
    def _on_done(self, data: DashboardData) -> None:
        if data.generation != self.generation:
            return
        self.busy.setVisible(False)
        self.cancel_btn.setVisible(False)
        self._show(data)

    def _on_failed(self, message: str) -> None:
        self.busy.setVisible(False)
        self.cancel_btn.setVisible(False)
        self.advice_label.setText(
            "<p style='color:#c0392b'>"
            + self.tr("Could not compute the scorecard: {reason}").format(reason=html.escape(message))
            + "</p>"
        )

    def is_busy(self) -> bool:
        return not self.busy.isHidden()

    def _dark(self) -> bool:
        app = QApplication.instance()
        return bool(app.property("microcomm_dark")) if app is not None else False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a light/dark switch: cell colours and the visible chart now, hidden charts when shown.

        Deferred by one event-loop turn because ``apply_palette`` sets the palette (which sends this event)
        before it records which theme it is.
        """
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            if not getattr(self, "_theme_pending", True):  # True: still in __init__, _show themes it
                self._theme_pending = True
                QTimer.singleShot(0, self, self._apply_theme)  # context: dropped if the tab is gone
        super().changeEvent(event)

    def _apply_theme(self) -> None:
        self._theme_pending = False
        dark = self._dark()
        if self.score_model.dark != dark:
            self.score_model.set_dark(dark)
        if self.cohort_model.dark != dark:
            self.cohort_model.set_dark(dark)
        visible = self.visible_chart_key()
        if visible is not None:
            self.chart(visible)

    def _show(self, data: DashboardData | None) -> None:
        keep = self._week_to_keep()
        self.data = data
        dark = self._dark()
        self.score_model.dark = dark
        self.cohort_model.dark = dark
        if data is None:
            self._shown_ws = None
            self._set_score_rows([], None)
            self.cohort_model.set_rows([])
            self.top_model.set_rows([])
            self.fading_model.set_rows([])
            self.advice_label.setText("")
            self.chart_series = {key: Series([], [], None) for key, *_ in CHART_SPECS}
            visible = self.visible_chart_key()
            if visible is not None:
                self.chart(visible)
            return
        figs = data.figures
        self._shown_ws = self.ws_id
        self._set_score_rows(figs, data.bench)
        has_data = any(f.posts or f.engaged_people for f in figs)
        self.empty_label.setVisible(not has_data)
        er_def = figs[-1].er_definition if figs else "reach"
        b = data.bench
        self.defs_label.setText(
            self.tr(
                "ER = engagements / {denominator} (workspace setting). Returning engagers = people who engaged on 2+ "
                "different days in the 30 days ending each week. Cell colours: red below the benchmark band, green "
                "in it, blue above it. ▲▼ = change from the week before. Hover a cell for its formula and inputs."
            ).format(denominator=er_denominator(er_def))
        )
        self.advice_label.setText(self._advice_html(data.advice))
        self.cohort_model.set_rows(data.cohorts)
        self.top_model.set_rows(data.top)
        self.fading_model.set_rows(data.fading)
        dates = [f.week_end for f in figs]
        band = {k: (v.low, v.high) for k, v in b.bands.items()}
        self.chart_series = {
            "returning": Series(
                dates,
                [f.returning_share for f in figs],
                band["returning_share"],
                bars=[float(f.returning_engagers) for f in figs],
                unit="%",
                bars_label=self.tr("returning engagers"),
            ),
            "replies": Series(dates, [f.replies_per_1k for f in figs], band["replies_per_1k"]),
            "saves": Series(dates, [f.saves_per_1k for f in figs], band["saves_per_1k"]),
            "health": Series(dates, [f.health_score for f in figs], None),
        }
        visible = self.visible_chart_key()
        if visible is not None:
            self.chart(visible)  # the hidden ones redraw when their tab is shown
        if figs:
            self._select_week(keep)
        self._notes_after_refresh()

    def _advice_html(self, advice: list[Advice]) -> str:
        return advice_html(advice) or "<p>" + self.tr("No data yet.") + "</p>"

    # ----- week notes ----------------------------------------------------------------------------------
    # Typed notes are never thrown away. Picking another week saves the notes of the week being left (or keeps
    # them as that week's draft when they are not valid); a refresh keeps the selected week and whatever is
    # typed for it, and never saves (only a week that left the table has its typed notes parked as a draft).
    def selected_week(self) -> date | None:
        rows = self.score_table.selected_source_rows()
        if rows and rows[0] < len(self.score_model.rows):
            return self.score_model.rows[rows[0]].week_start
        return self.score_model.rows[0].week_start if self.score_model.rows else None

    def note_week(self) -> date | None:
        """The week whose notes the editors hold (what Save and a flush write to)."""
        return self._note_week

    def notes_typed(self) -> bool:
        """True while the editors hold text that was typed and neither saved nor kept as a draft."""
        return self._note_week is not None and self.note_texts() != self._note_baseline

    def _week_to_keep(self) -> date | None:
        """The week a refresh should select again: the selected one, else the one in the editors."""
        if self._shown_ws is None or self._shown_ws != self.ws_id:
            return None  # the rows are another workspace's: start at the newest week, as on opening
        rows = self.score_table.selected_source_rows()
        if rows and rows[0] < len(self.score_model.rows):
            return self.score_model.rows[rows[0]].week_start
        return self._note_week if self._note_ws == self.ws_id else None

    def _set_score_rows(self, figs: list[WeekFigures], bench: Benchmarks | None) -> None:
        """New rows reset the view's selection: that is the tab's doing, not the user leaving a week."""
        self._placing_selection = True
        try:
            self.score_model.set_rows(figs, bench)
        finally:
            self._placing_selection = False

    def _select_week(self, week: date | None) -> None:
        """Select ``week``'s row (the first row when it is gone or filtered out) without touching the notes.

        The view may sort and filter, so the week's source row is mapped to its row in the view.
        """
        view_row = -1
        if week is not None:
            src = next((i for i, f in enumerate(self.score_model.rows) if f.week_start == week), None)
            if src is not None:
                view_row = self.score_table.proxy.mapFromSource(self.score_model.index(src, 0)).row()
        self._placing_selection = True
        try:
            self.score_table.view.selectRow(max(view_row, 0))
        finally:
            self._placing_selection = False

    def _on_week_picked(self, current: QModelIndex) -> None:
        """The user moved to another week: flush the notes of the week being left, then show the new one.

        The week comes from the new current row: keyboard moves and ``selectRow`` change the current row
        before the selection, so the selection may still name the week being left.
        """
        if self._placing_selection:
            return
        src = self.score_table.proxy.mapToSource(current).row() if current.isValid() else -1
        rows = self.score_model.rows
        week = rows[src].week_start if 0 <= src < len(rows) else self.selected_week()
        if week == self._note_week and self.ws_id == self._note_ws:
            return
        try:
            self._flush_notes(announce=True)
        except Exception as exc:  # disk full / locked: stay on the week so the typed text is not lost
            self._select_week(self._note_week)
            QMessageBox.warning(
                self,
                self.tr("Week notes"),
                self.tr("The notes of the week you left were not saved: {reason}").format(reason=exc),
            )
            return
        self._load_note(week)

    def _notes_after_refresh(self) -> None:
        """After new rows: keep typed notes of a week still shown; reload untouched ones (the data may have
        changed elsewhere); park typed notes of a week that is gone as its draft. Never saves."""
        if not self.notes_typed():
            self._settle_snapshot()  # typing undone since a snapshot: that older copy must not come back
        week = self.selected_week()
        if self._note_week is not None and week == self._note_week and self.ws_id == self._note_ws:
            if self.notes_typed():
                self.note_save.setEnabled(True)
                return
            self._load_note(week, announce=False)
            return
        if self.notes_typed() and self._note_week is not None and self._note_ws is not None:
            left = self._note_week
            try:
                _data, errors = reports.parse_week_note(left, self.note_texts())
                self._keep_draft(self._note_ws, left, self.note_texts(), errors)
            except Exception as exc:  # cannot store the draft: keep the editors on that week instead
                self.ctx.bus.status_message.emit(
                    self.tr("Week notes for the week of {week} not stored yet: {reason}").format(
                        week=day_month(left), reason=exc
                    )
                )
                return
            self.ctx.bus.status_message.emit(
                self.tr(
                    "The week of {week} is no longer in the scorecard: its typed notes are kept as a draft "
                    "and come back when that week is shown."
                ).format(week=day_month(left))
            )
        self._load_note(week)

    def _load_note(self, week: date | None, announce: bool = True) -> None:
        """Fill the editors with ``week``'s saved note, or its draft (with the errors) when it has one."""
        enabled = week is not None and self.ws_id is not None
        self.note_save.setEnabled(enabled)
        if not enabled or week is None or self.ws_id is None:
            self.note_title.setText(self.tr("Select a week in the scorecard to enter its outcomes and notes."))
            self._note_week = self._note_ws = None
            return
        note = reports.get_week_note(self.ctx.engine, self.ws_id, week)
        self._note_week, self._note_ws = week, self.ws_id
        self._fill_note(note)
        draft = load_week_drafts(self.ctx.engine, self.ws_id).get(week.isoformat())
        if draft is not None:
            self._set_note_texts(draft.texts)
            for name, label in self.note_errors.items():
                label.setText(draft.errors.get(name, ""))
                label.setVisible(name in draft.errors)
            self._note_has_draft = True
            if announce:
                when = drafts.Draft({}, saved_at=draft.saved_at).when()
                self.ctx.bus.status_message.emit(
                    self.tr("Week notes: restored an unsaved draft from {when}").format(when=when)
                )

    def flush_pending(self) -> None:
        """Closing or switching workspace: save typed week notes if valid, else keep them as a draft."""
        self._flush_notes(announce=False)

    def _flush_notes(self, announce: bool) -> None:
        """Save the editors' notes to the week they belong to if valid, else keep them as that week's draft.

        Only typed text is written: editors still holding what was loaded from the database write nothing
        (another process may have changed that note since). A restored draft is saved once it is valid.
        Saving goes straight to the service, as on closing; it is not an undo step (nothing was undone).
        """
        week, ws = self._note_week, self._note_ws
        if week is None or ws is None:
            return
        self._settle_snapshot()  # what follows then acts on the current text, not on an older snapshot of it
        typed = self.note_texts()
        untouched = typed == self._note_baseline
        if untouched and not self._note_has_draft:
            return
        data, errors = reports.parse_week_note(week, typed)
        if data is not None:
            if data != reports.get_week_note(self.ctx.engine, ws, week):
                reports.save_week_note(self.ctx.engine, ws, data)
                if announce:
                    self.ctx.bus.status_message.emit(
                        self.tr("Saved notes for the week of {week}").format(week=day_month(week))
                    )
            self._drop_draft(ws, week)
        elif not untouched:
            self._keep_draft(ws, week, typed, errors)
            if announce:
                self.ctx.bus.status_message.emit(
                    self.tr(
                        "Notes for the week of {week} are not valid yet: kept as a draft (select that week to "
                        "finish them)."
                    ).format(week=day_month(week))
                )
        self._note_baseline = typed
        self._note_has_draft = data is None

    def _keep_draft(self, ws_id: int, week: date, texts: dict[str, str], errors: dict[str, str]) -> None:
        """Store ``week``'s unsaved notes as its draft, next to other weeks' drafts (never replacing them)."""
        weeks = load_week_drafts(self.ctx.engine, ws_id)
        weeks.pop(week.isoformat(), None)
        weeks[week.isoformat()] = WeekDraft(dict(texts), dict(errors), datetime.now().astimezone())
        store_week_drafts(self.ctx.engine, ws_id, weeks)
        self._forget_snapshot(ws_id, week)  # a kept draft now: no snapshot's to clear

    def _drop_draft(self, ws_id: int, week: date) -> None:
        weeks = load_week_drafts(self.ctx.engine, ws_id)
        if weeks.pop(week.isoformat(), None) is not None:
            store_week_drafts(self.ctx.engine, ws_id, weeks)
        self._forget_snapshot(ws_id, week)

    # ----- exports -------------------------------------------------------------------------------------
    def export_csv(self) -> None:
        path = self.score_table.export_csv_dialog("scorecard.csv")
        if path is not None:
            self.ctx.bus.status_message.emit(self.tr("Exported {path}").format(path=path))


def create_tab(ctx: UiContext) -> TabPage:
    return DashboardTab(ctx)
