"""The Sprint tab: 30-day sprints from the 4-week template, a task board, weekly check-in and the decision rule.

The check-in figures and the verdict come from ``services.sprints`` which reads the Dashboard's scorecard, so this
tab never computes a metric of its own. Every edit is an undoable command (``undo_stack``, commands.py); whole-sprint
actions and exports live in sprint_actions.py, dialogs in dialogs.py.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from microcomm_desktop.domain.sprints import sprint_weeks
from microcomm_desktop.services import sprints as S
from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.models.sprint_table_model import SprintCheckinModel, short_date
from microcomm_desktop.ui.tabs.base import TabPage
from microcomm_desktop.ui.tabs.sprint.commands import (
    AddTaskCommand,
    DeleteTaskCommand,
    EditTaskCommand,
    EditWeekCommand,
    MoveTaskCommand,
    ToggleDoneCommand,
)
from microcomm_desktop.ui.tabs.sprint.dialogs import (
    TaskDialog,
    WeekDialog,
)
from microcomm_desktop.ui.tabs.sprint.sprint_actions import SprintActions
from microcomm_desktop.ui.widgets.sprint_board import SprintBoardWidget
from microcomm_desktop.ui.widgets.sprint_chart import SprintMetricsChart
from microcomm_desktop.ui.widgets.table import FilterableTable

AREA = ChangeArea.SPRINT
# Areas whose changes move the check-in figures (the verdict) or the board.
_WATCHED = {
    AREA,
    ChangeArea.POSTS,
    ChangeArea.INTERACTIONS,
    ChangeArea.WORKSPACE,
    ChangeArea.SETTINGS,
    ChangeArea.EXTERNAL,
}
_ACTIONS = (
    "new_sprint do_create_sprint plan_next_month do_plan_next edit_sprint do_edit_sprint delete_sprint "
    "do_delete_sprint export_report write_report export_checkin_csv _drafts_for"
)
_VERDICT_STYLE = {
    "continue": ("#1e8449", str(QT_TRANSLATE_NOOP("SprintTab", "Continue the same rituals another month"))),
    "narrow": ("#b9770e", str(QT_TRANSLATE_NOOP("SprintTab", "Narrow the topic and reduce formats"))),
    "not_enough_data": ("#7f8c8d", str(QT_TRANSLATE_NOOP("SprintTab", "Not enough data yet"))),
}

# Markup only: the verdict's name and headline are translated before they go in.
_VERDICT_HTML = (
    "<span style='font-size:15pt; font-weight:bold; color:{color}'>{label}</span>&nbsp;&nbsp;<span>{headline}</span>"
)


class SprintTab(TabPage):
    title = "Sprint"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(ctx, parent)
        self._fixed_today = today
        self.ws_id: int | None = None
        self.sprint_id: int | None = None
        self.board_data: S.Board | None = None
        self.verdict: S.SprintVerdict | None = None
        self._emitting = False
        self.undo_stack = QUndoStack(self)
        ctx.undo_group.addStack(self.undo_stack)
        self.sprint_actions = SprintActions(self)
        for name in _ACTIONS.split():  # reachable on the tab as before the split (tests, the window's menus)
            setattr(self, name, getattr(self.sprint_actions, name))
        self._build()
        # A change announced while a check-in note is being typed waits for its editor to close.
        self._reload_later = QTimer(self)
        self._reload_later.setSingleShot(True)
        self._reload_later.setInterval(300)
        self._reload_later.timeout.connect(self._reload_when_idle)
        ctx.bus.data_changed.connect(self._on_data_changed)

    # ----- wiring ---------------------------------------------------------------------------------------
    @property
    def engine(self) -> Engine:
        return self.ctx.engine  # type: ignore[no-any-return]

    def today(self) -> date:
        """The app's "today": a constructor argument, else the context's (pinned by the main window, or the clock)."""
        return self._fixed_today or self.ctx.today

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        self.pages = QStackedWidget()
        root.addWidget(self.pages)

        # Empty state: says what a sprint is and offers the one action that makes sense.
        empty = QWidget()
        el = QVBoxLayout(empty)
        el.addStretch(1)
        msg = QLabel(
            self.tr(
                "<h2>No sprint yet</h2><p>A sprint is 30 days in four weeks: set foundations, trigger participation,"
                " improve signal quality, make it repeatable. Each week has a goal, tasks and a deliverable.</p>"
                "<p>At the end, the decision rule reads your returning engagers and replies per 1,000 reach: "
                "both rising two weeks in a row → continue; otherwise → narrow the topic and reduce formats.</p>"
            )
        )
        msg.setWordWrap(True)
        msg.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_new = QPushButton(self.tr("Create the first sprint…"))
        self.empty_new.clicked.connect(self.sprint_actions.new_sprint)
        # Centred by stretches, not an alignment flag: a flag disables height-for-width and clips the text.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(msg, 3)
        row.addStretch(1)
        el.addLayout(row)
        el.addWidget(self.empty_new, 0, Qt.AlignmentFlag.AlignHCenter)
        el.addStretch(2)
        self.pages.addWidget(empty)

        content = QWidget()
        cl = QVBoxLayout(content)
        cl.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sprint:")))
        self.sprint_combo = QComboBox()
        self.sprint_combo.setObjectName("sprintCombo")
        self.sprint_combo.setMinimumWidth(160)
        self.sprint_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sprint_combo.setMinimumContentsLength(18)
        self.sprint_combo.setToolTip(self.tr("Pick a sprint of this workspace"))
        self.sprint_combo.currentIndexChanged.connect(self._on_sprint_picked)
        top.addWidget(self.sprint_combo, 1)
        second = QHBoxLayout()
        self.overall = QProgressBar()
        self.overall.setObjectName("sprintOverall")
        self.overall.setMinimumWidth(150)
        self.overall.setMaximumWidth(240)
        self.overall.setToolTip(self.tr("Tasks done across the four weeks"))
        second.addWidget(self.overall)
        self.info = QLabel()
        self.info.setObjectName("sprintInfo")
        # The info line may be cut on a narrow window rather than force the whole window wider.
        self.info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.info.setMinimumWidth(60)
        second.addWidget(self.info, 1)
        self.btn_new = QPushButton(self.tr("&New sprint…"))
        self.btn_new.setToolTip(
            self.tr("Create a 30-day sprint from the template or a copy of an earlier one (Ctrl+Shift+N)")
        )
        self.btn_new.clicked.connect(self.sprint_actions.new_sprint)
        self.btn_plan = QPushButton(self.tr("&Plan next month…"))
        self.btn_plan.setToolTip(
            self.tr("Create the next sprint starting the day after this one, carrying unfinished tasks (Ctrl+Shift+M)")
        )
        self.btn_plan.clicked.connect(self.sprint_actions.plan_next_month)
        self.btn_report = QPushButton(self.tr("E&xport report…"))
        self.btn_report.setToolTip(self.tr("Sprint report as Markdown or PDF (Ctrl+Shift+R)"))
        self.btn_report.clicked.connect(self.sprint_actions.export_report)
        # Rarely used actions live in a menu so the top row stays narrow enough for small windows.
        self.btn_more = QToolButton()
        self.btn_more.setText(self.tr("More"))
        self.btn_more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.btn_more)
        self.act_edit = more.addAction(self.tr("Sprint &details…"), self.sprint_actions.edit_sprint)
        self.act_edit.setToolTip(self.tr("Rename the sprint, change owners or notes"))
        self.act_delete = more.addAction(self.tr("&Delete sprint…"), self.sprint_actions.delete_sprint)
        self.btn_more.setMenu(more)
        for b in (self.btn_new, self.btn_plan, self.btn_report):
            top.addWidget(b)
        top.addWidget(self.btn_more)
        cl.addLayout(top)
        cl.addLayout(second)

        self.split = QSplitter(Qt.Orientation.Vertical)
        self.board = SprintBoardWidget()
        self.board.toggle_requested.connect(self.toggle_task)
        self.board.move_requested.connect(self.move_task)
        self.board.edit_requested.connect(self.edit_task)
        self.board.delete_requested.connect(self.delete_task)
        self.board.add_requested.connect(self.add_task)
        self.board.week_edit_requested.connect(self.edit_week)
        self.split.addWidget(self.board)

        bottom = QWidget()
        bl = QHBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        checkin_box = QGroupBox(self.tr("Weekly check-in"))
        cbl = QVBoxLayout(checkin_box)
        self.checkin_model = SprintCheckinModel(self)
        self.checkin_model.note_edit_requested.connect(self.edit_note, Qt.ConnectionType.QueuedConnection)
        self.checkin = FilterableTable(self.checkin_model, self.tr("Filter weeks and notes…"))
        self.checkin.filter_edit.setVisible(False)  # four rows: a filter box would only take space
        self.checkin.view.sortByColumn(SprintCheckinModel.COL_WEEK, Qt.SortOrder.AscendingOrder)
        hh = self.checkin.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(SprintCheckinModel.COL_WORKED, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(SprintCheckinModel.COL_DROP, QHeaderView.ResizeMode.Stretch)
        self.checkin.view.setEditTriggers(
            self.checkin.view.EditTrigger.DoubleClicked
            | self.checkin.view.EditTrigger.EditKeyPressed
            | self.checkin.view.EditTrigger.AnyKeyPressed
        )
        cbl.addWidget(self.checkin)
        hint = QLabel(
            self.tr(
                "Figures are the Dashboard's, for community posts. "
                "Returning engagers: people who engaged on two or more days in the 30 days ending on the week's last "
                "day. Replies per 1,000 reach: community posts only. Figures appear when a week has ended. "
                "Double-click a note to edit it."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        cbl.addWidget(hint)
        bl.addWidget(checkin_box, 3)

        decision_box = QGroupBox(self.tr("Decision rule"))
        dl = QVBoxLayout(decision_box)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("sprintVerdict")
        self.verdict_label.setTextFormat(Qt.TextFormat.RichText)
        self.verdict_label.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.numbers = QLabel()
        self.numbers.setObjectName("sprintVerdictNumbers")
        self.numbers.setWordWrap(True)
        self.numbers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = SprintMetricsChart()
        dl.addWidget(self.verdict_label)
        dl.addWidget(self.explanation)
        dl.addWidget(self.numbers)
        dl.addWidget(self.chart, 1)
        decision_box.setToolTip(
            self.tr(
                "Both returning share and replies per 1,000 reach rose in each of the last two week-over-week steps "
                "→ continue. Otherwise → narrow. Fewer than three ended weeks → not enough data. Equal is not rising."
            )
        )
        bl.addWidget(decision_box, 2)
        # On a 720-pixel laptop screen board, check-in and decision rule must fit one page: a lower chart
        # minimum keeps the week columns their room instead of pushing the page past the screen.
        self.chart.plot.setMinimumHeight(100)
        self.split.addWidget(bottom)
        self.split.setCollapsible(0, False)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([440, 300])
        cl.addWidget(self.split, 1)
        self.pages.addWidget(content)

        for seq, slot in (
            ("Ctrl+Shift+N", self.sprint_actions.new_sprint),
            ("Ctrl+Shift+M", self.sprint_actions.plan_next_month),
            ("Ctrl+Shift+R", self.sprint_actions.export_report),
        ):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

    # ----- loading --------------------------------------------------------------------------------------
    def set_workspace(self, workspace_id: int | None) -> None:
        if workspace_id != self.ws_id:
            self.undo_stack.clear()  # commands refer to another workspace's rows
        self.ws_id = workspace_id
        self.sprint_id = None
        self._reload_later.stop()
        self.reload_sprints()

    def reload_sprints(self, select: int | None = None) -> None:
        sprints = S.list_sprints(self.engine, self.ws_id) if self.ws_id is not None else []
        if select is None:
            select = self.sprint_id
        if select is None and self.ws_id is not None:
            select = S.current_sprint_id(self.engine, self.ws_id, self.today())
        self.sprint_combo.blockSignals(True)
        self.sprint_combo.clear()
        for sp in sprints:
            self.sprint_combo.addItem(
                f"{sp.name}  ({short_date(sp.start_date)} – {short_date(sp.end_date, True)})", sp.id
            )
        idx = self.sprint_combo.findData(select) if select is not None else -1
        if idx < 0 and sprints:
            idx = len(sprints) - 1
        self.sprint_combo.setCurrentIndex(idx)
        self.sprint_combo.blockSignals(False)
        self.sprint_id = self.sprint_combo.itemData(idx) if idx >= 0 else None
        self.pages.setCurrentIndex(1 if sprints else 0)
        self.empty_new.setEnabled(self.ws_id is not None)
        self.reload()

    def _on_sprint_picked(self, idx: int) -> None:
        self.sprint_id = self.sprint_combo.itemData(idx) if idx >= 0 else None
        self.reload()

    def reload(self, select_task: int | None = None) -> None:
        """Re-read the board, check-in and verdict (one query set, ~0.1 s on the sample)."""
        keep = select_task if select_task is not None else self.board.selected_task_id()
        if self.sprint_id is None:
            self.board_data = None
            self.verdict = None
            self.board.set_board(None)
            self.checkin_model.set_rows([])
            self.chart.set_rows([])
            return
        today = self.today()
        try:
            self.board_data = S.load_board(self.engine, self.sprint_id, today)
        except S.SprintError:  # deleted elsewhere (another window, the CLI)
            self.sprint_id = None
            self.reload_sprints()
            return
        self.verdict = S.sprint_verdict(self.engine, self.sprint_id, today)
        self._apply_colors()
        self.board.set_board(self.board_data)
        b = self.board_data
        self.overall.setMaximum(max(1, b.total))
        self.overall.setValue(b.done)
        self.overall.setFormat(
            self.tr("{done}/{total} done ({percent})").format(
                done=b.done, total=b.total, percent=S.fmt(b.progress, 0, " %")
            )
        )
        sp = b.sprint
        if b.current_week:
            state = self.tr("week {number} of 4").format(number=b.current_week)
        elif today > sp.end_date:
            state = self.tr("ended")
        else:
            state = self.tr("starts {day}").format(day=short_date(sp.start_date))
        overdue = " · <b style='color:#c0392b'>" + self.tr("%n overdue", "", b.overdue) + "</b>" if b.overdue else ""
        owners = " · " + self.tr("Owners: {owners}").format(owners=sp.owners) if sp.owners else ""
        self.info.setText(f"{short_date(sp.start_date)} – {short_date(sp.end_date, True)} · {state}" + owners + overdue)
        self.checkin_model.set_rows(self.verdict.rows, today)
        self.checkin.view.resizeRowsToContents()
        self.chart.set_rows(self.verdict.rows)
        self._show_verdict(self.verdict)
        if keep is not None:
            self.board.select_task(keep, focus=select_task is not None)

    def _show_verdict(self, v: S.SprintVerdict) -> None:
        color, headline = _VERDICT_STYLE[v.result.verdict]
        self.verdict_label.setText(_VERDICT_HTML.format(color=color, label=v.label, headline=self.tr(headline)))
        self.explanation.setText(v.result.explanation)
        self.numbers.setText("<br>".join(S.verdict_numbers(v)))
        self.numbers.setToolTip(
            self.tr(
                "Returning share is judged (not the count) so a month that merely reached more people does not "
                "pass for one where more of them came back. Only weeks that have ended count."
            )
        )

    def _apply_colors(self) -> None:
        app = QApplication.instance()
        dark = bool(app.property("microcomm_dark")) if app is not None else False
        self.board.apply_colors(dark)
        self.chart.apply_palette()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "board"):
            self._apply_colors()
        super().changeEvent(event)

    def _on_data_changed(self, area: ChangeArea, ws_id: int) -> None:
        if self._emitting or ws_id != self.ws_id or area not in _WATCHED:
            return
        self._reload_when_idle()

    def _reload_when_idle(self) -> None:
        """Reload the sprint list (one may have been made elsewhere) and the board, keeping the selected sprint
        and task; while a check-in note's editor is open, wait: resetting the table under it would silently
        throw the typed note away (it is saved as usual when the user finishes it)."""
        if self.checkin.view.state() == QAbstractItemView.State.EditingState:
            self._reload_later.start()
            return
        self.reload_sprints()

    # ----- SprintHost (for undo commands) ---------------------------------------------------------------
    def after_write(self, select_task: int | None = None) -> None:
        self.reload(select_task)
        if self.ws_id is not None:
            self._emitting = True
            try:
                self.ctx.bus.changed(AREA, self.ws_id)
            finally:
                self._emitting = False

    def show_error(self, message: str) -> None:
        self.ctx.bus.status_message.emit(message)
        QMessageBox.warning(self, self.tr("Sprint"), message)

    # ----- task actions ---------------------------------------------------------------------------------
    def toggle_task(self, task_id: int, done: bool, expected_version: int | None = None) -> None:
        t = self.board.task(task_id)
        version = expected_version if expected_version is not None else (t.version if t else None)
        cmd = ToggleDoneCommand(self, task_id, t.title if t else self.tr("task"), done, version)
        self.undo_stack.push(cmd)
        if cmd.conflict is not None and self._keep_mine(cmd.conflict, {"done": done}):
            now = self.board.task(task_id)
            if now is None or now.done != done:  # already so in their version: nothing to save or undo
                self.toggle_task(task_id, done, cmd.conflict.version)

    def move_task(self, task_id: int, week_no: int, index: int, expected_version: int | None = None) -> None:
        t = self.board.task(task_id)
        if t is None:
            return
        if t.week_no == week_no and (index < 0 or index == self.board.columns[week_no - 1].model.row_of(task_id)):
            return  # dropped where it was: nothing to undo
        version = expected_version if expected_version is not None else t.version
        cmd = MoveTaskCommand(self, task_id, t.title, week_no, None if index < 0 else index, version)
        self.undo_stack.push(cmd)
        if cmd.conflict is not None and self._keep_mine(cmd.conflict, {"week_no": week_no}):
            self.move_task(task_id, week_no, index, cmd.conflict.version)

    def _keep_mine(self, conflict: S.EditConflict, mine: dict[str, Any]) -> bool:
        """Another member saved the task since the board showed it: show both versions and ask. The board is
        reloaded either way, so "Take theirs" leaves their version on screen and "Keep mine" saves over it."""
        from microcomm_desktop.services.conflicts import as_text
        from microcomm_desktop.ui.dialogs.edit_conflict import resolve_conflict

        ours = {**conflict.theirs, **{k: as_text(v) for k, v in mine.items()}}
        keep = resolve_conflict(self, "task", ours, conflict.theirs, conflict.updated_by, S.TASK_LABELS)
        self.reload(conflict.row_id)
        if not keep:
            self.ctx.bus.status_message.emit(self.tr("Kept the other member's version of the task."))
        return keep

    def _week_end(self, week_no: int) -> date:
        if self.board_data is None:
            return self.today()
        return sprint_weeks(self.board_data.sprint.start_date)[week_no - 1][1]

    def add_task(self, week_no: int) -> None:
        if self.sprint_id is None:
            return
        dlg = TaskDialog(self, None, week_no, self._week_end(week_no))
        if dlg.exec() == TaskDialog.DialogCode.Accepted:
            self.do_add_task(dlg.values())

    def do_add_task(self, values: dict[str, Any]) -> None:
        if self.sprint_id is None:
            return
        values = dict(values)
        week_no = int(values.pop("week_no"))
        self.undo_stack.push(AddTaskCommand(self, self.sprint_id, week_no, values))

    def edit_task(self, task_id: int) -> None:
        t = self.board.task(task_id)
        if t is None:
            return
        opened_at = t.version  # the board may refresh while the dialog is open: save against what it showed
        dlg = TaskDialog(self, t, t.week_no, self._week_end(t.week_no))
        if dlg.exec() == TaskDialog.DialogCode.Accepted:
            self.do_edit_task(task_id, dlg.values(), opened_at)

    def do_edit_task(self, task_id: int, values: dict[str, Any], expected_version: int | None = None) -> None:
        """Save the edit dialog's values against ``expected_version`` (default: the version on the board)."""
        t = self.board.task(task_id)
        if t is None:
            return
        version = expected_version if expected_version is not None else t.version
        before = t.fields()
        changed = {k: v for k, v in values.items() if before.get(k) != v}
        if not changed:
            return
        if "link_kind" in changed or "link_ref" in changed:
            changed["link_kind"], changed["link_ref"] = values["link_kind"], values["link_ref"]
        week = changed.pop("week_no", None)
        try:  # asked before the undo step opens, so a refused edit leaves no empty step behind
            S.check_task_version(self.engine, task_id, version)
        except S.EditConflict as conflict:
            if self._keep_mine(conflict, {**before, **values}):
                self.do_edit_task(task_id, values, conflict.version)
            return
        self.undo_stack.beginMacro(self.tr("Edit task “{title}”").format(title=values.get("title", t.title)))
        first: EditTaskCommand | MoveTaskCommand | None = None
        if changed:
            changed.setdefault("title", t.title)
            first = EditTaskCommand(self, task_id, changed, version)
            self.undo_stack.push(first)
        if week is not None and (first is None or first.conflict is None):
            move = MoveTaskCommand(self, task_id, t.title, int(week), None, version if first is None else None)
            self.undo_stack.push(move)
            first = first or move
        self.undo_stack.endMacro()
        if first is not None and first.conflict is not None and self._keep_mine(first.conflict, {**before, **values}):
            self.do_edit_task(task_id, values, first.conflict.version)  # saved in the instant after the check

    def delete_task(self, task_id: int) -> None:
        t = self.board.task(task_id)
        if t is not None:
            self.undo_stack.push(DeleteTaskCommand(self, task_id, t.title))

    def edit_week(self, week_no: int) -> None:
        if self.board_data is None or self.sprint_id is None:
            return
        dlg = WeekDialog(self, self.board_data.weeks[week_no - 1])
        if dlg.exec() == WeekDialog.DialogCode.Accepted:
            text = self.tr("Edit week {number}").format(number=week_no)
            self.undo_stack.push(EditWeekCommand(self, self.sprint_id, week_no, dlg.values(), text))

    def edit_note(self, week_no: int, field: str, text: str) -> None:
        if self.sprint_id is None:
            return
        if field == "notes_worked":
            step = self.tr("Week {number}: what worked").format(number=week_no)
        else:
            step = self.tr("Week {number}: what to drop").format(number=week_no)
        self.undo_stack.push(EditWeekCommand(self, self.sprint_id, week_no, {field: text}, step))

    # ----- sprint actions -------------------------------------------------------------------------------

    def export_csv(self) -> None:
        """File > Export current table: the weekly check-in table."""
        self.sprint_actions.export_csv()


def create_tab(ctx: UiContext) -> TabPage:
    return SprintTab(ctx)
