"""The sprint board: four week columns with goal, deliverable, progress and task cards.

Cards are dragged between columns with the mouse, or moved with Ctrl+Left/Right (Ctrl+Up/Down reorders), so the
board works without a mouse. The widget only emits requests; the tab owns the undo stack and the writes.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.services.sprints import Board, TaskInfo, WeekInfo, fmt
from microcomm_desktop.ui.models.sprint_table_model import TASK_ID_ROLE, SprintTaskListModel
from microcomm_desktop.ui.palette import band_colors


class TaskCardDelegate(QStyledItemDelegate):
    """Paints the overdue tint under the card: the list's card style sheet would otherwise hide BackgroundRole."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        bg = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(bg, QColor):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bg)
            painter.drawRoundedRect(option.rect.adjusted(1, 1, -1, -1), 4, 4)  # type: ignore[attr-defined]
            painter.restore()
        super().paint(painter, option, index)


class TaskListView(QListView):
    """A week's cards; keyboard moves are signals so the board can route them to the neighbouring week."""

    move_week = Signal(int, int)  # task id, direction (-1 / +1)
    move_within = Signal(int, int)  # task id, direction (-1 up / +1 down)
    edit_task = Signal(int)
    delete_task = Signal(int)
    add_task = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSpacing(3)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setItemDelegate(TaskCardDelegate(self))
        self.doubleClicked.connect(self._on_double)

    def current_task_id(self) -> int | None:
        idx = self.currentIndex()
        if not idx.isValid():
            return None
        v = idx.data(TASK_ID_ROLE)
        return int(v) if v is not None else None

    def _on_double(self, index: QModelIndex) -> None:
        v = index.data(TASK_ID_ROLE)
        if v is not None:
            self.edit_task.emit(int(v))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        tid = self.current_task_id()
        if ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and tid is not None:
            self.move_week.emit(tid, -1 if key == Qt.Key.Key_Left else 1)
            return
        if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and tid is not None:
            self.move_within.emit(tid, -1 if key == Qt.Key.Key_Up else 1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and tid is not None:
            self.edit_task.emit(tid)
            return
        if key == Qt.Key.Key_Delete and tid is not None:
            self.delete_task.emit(tid)
            return
        if key == Qt.Key.Key_Insert:
            self.add_task.emit()
            return
        super().keyPressEvent(event)


class WeekColumn(QFrame):
    """One week: header (dates, "this week" badge), goal, deliverable, progress bar, cards, add button."""

    def __init__(self, week_no: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.week_no = week_no
        self.setObjectName(f"sprintWeek{week_no}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 8)
        lay.setSpacing(4)
        head = QHBoxLayout()
        self.title = QLabel("<b>" + self.tr("Week {number}").format(number=week_no) + "</b>")
        self.title.setWordWrap(True)  # narrow windows wrap the dates instead of widening the board
        self.badge = QLabel(self.tr("TODAY"))
        self.badge.setObjectName("sprintTodayBadge")
        self.badge.setToolTip(self.tr("Today falls in this week"))
        self.edit_btn = QToolButton()
        self.edit_btn.setText(self.tr("Edit…"))
        self.edit_btn.setToolTip(self.tr("Edit the goal and deliverable of week {number}").format(number=week_no))
        self.edit_btn.setAutoRaise(True)
        head.addWidget(self.title, 1)
        head.addWidget(self.badge)
        head.addWidget(self.edit_btn)
        lay.addLayout(head)
        self.goal = QLabel()
        self.goal.setWordWrap(True)
        self.goal.setToolTip(self.tr("The week's main goal"))
        self.deliverable = QLabel()
        self.deliverable.setWordWrap(True)
        self.deliverable.setToolTip(self.tr("What exists at the end of the week if it went well"))
        lay.addWidget(self.goal)
        lay.addWidget(self.deliverable)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setMaximumHeight(16)
        lay.addWidget(self.progress)
        self.model = SprintTaskListModel(week_no, self)
        self.view = TaskListView(self)
        self.view.setModel(self.model)
        self.view.setObjectName(f"sprintTasks{week_no}")
        self.view.setAccessibleName(self.tr("Week {number} tasks").format(number=week_no))
        self.view.setMinimumHeight(120)
        self.view.setMinimumWidth(120)
        lay.addWidget(self.view, 1)
        self.add_btn = QPushButton(self.tr("+ Add task"))
        self.add_btn.setToolTip(self.tr("Add a task to week {number} (Insert in the list)").format(number=week_no))
        lay.addWidget(self.add_btn)
        self.is_current = False

    def set_week(self, w: WeekInfo) -> None:
        loc = QLocale()
        first = loc.toString(QDate(w.first.year, w.first.month, w.first.day), "dd MMM")
        last = loc.toString(QDate(w.last.year, w.last.month, w.last.day), "dd MMM")
        self.title.setText("<b>" + self.tr("Week {number}").format(number=w.week_no) + f"</b> · {first} – {last}")
        none = "<i>" + self.tr("(none)") + "</i>"
        self.goal.setText("<b>" + self.tr("Goal:") + "</b> " + (_esc(w.goal) or none))
        self.deliverable.setText("<b>" + self.tr("Deliverable:") + "</b> " + (_esc(w.deliverable) or none))
        self.progress.setMaximum(max(1, w.total))
        self.progress.setValue(w.done)
        self.progress.setFormat(
            self.tr("{done}/{total} done ({percent})").format(
                done=w.done, total=w.total, percent=fmt(w.progress, 0, " %")
            )
            if w.total
            else self.tr("no tasks")
        )
        self.model.set_tasks(w.tasks)
        self.set_current(w.is_current)

    def set_current(self, current: bool) -> None:
        """Highlight today's week with the palette's highlight colour (readable in light and dark)."""
        self.is_current = current
        self.badge.setVisible(current)
        hl = self.palette().color(QPalette.ColorRole.Highlight).name()
        hl_text = self.palette().color(QPalette.ColorRole.HighlightedText).name()
        border = f"2px solid {hl}" if current else "1px solid palette(mid)"
        self.setStyleSheet(
            f"#sprintWeek{self.week_no} {{ border: {border}; border-radius: 6px; }}"
            f" #sprintTodayBadge {{ background: {hl}; color: {hl_text}; border-radius: 3px; padding: 1px 5px;"
            " font-size: 8pt; font-weight: bold; }"
            " QListView::item { border: 1px solid palette(mid); border-radius: 4px; padding: 4px; }"
        )


class SprintBoardWidget(QWidget):
    toggle_requested = Signal(int, bool)
    move_requested = Signal(int, int, int)  # task id, week, index (-1 = end)
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    add_requested = Signal(int)  # week
    week_edit_requested = Signal(int)  # week

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self.columns: list[WeekColumn] = []
        self.board: Board | None = None
        for no in range(1, 5):
            col = WeekColumn(no, self)
            self.columns.append(col)
            lay.addWidget(col, 1)
            col.model.toggle_requested.connect(self.toggle_requested)
            # Queued: a drop is answered after the drag has finished, never while the source view is mid-drag.
            col.model.move_requested.connect(self.move_requested, Qt.ConnectionType.QueuedConnection)
            col.view.move_week.connect(self._move_week)
            col.view.move_within.connect(self._move_within)
            col.view.edit_task.connect(self.edit_requested)
            col.view.delete_task.connect(self.delete_requested)
            col.view.add_task.connect(lambda no=no: self.add_requested.emit(no))
            col.add_btn.clicked.connect(lambda _=False, no=no: self.add_requested.emit(no))
            col.edit_btn.clicked.connect(lambda _=False, no=no: self.week_edit_requested.emit(no))
        self.apply_colors(False)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, 380)

    def apply_colors(self, dark: bool) -> None:
        bands = band_colors(dark)
        fg = self.palette().color(QPalette.ColorRole.Text)
        for col in self.columns:
            col.model.set_colors(bands["below"], fg)
            col.set_current(col.is_current)

    def set_board(self, board: Board | None) -> None:
        self.board = board
        for col in self.columns:
            if board is None:
                col.model.set_tasks([])
                col.setEnabled(False)
            else:
                col.setEnabled(True)
                col.set_week(board.weeks[col.week_no - 1])

    def _find(self, task_id: int) -> tuple[WeekColumn, int] | None:
        for col in self.columns:
            row = col.model.row_of(task_id)
            if row >= 0:
                return col, row
        return None

    def task(self, task_id: int) -> TaskInfo | None:
        found = self._find(task_id)
        return found[0].model.task_at(found[1]) if found else None

    def select_task(self, task_id: int, focus: bool = True) -> bool:
        found = self._find(task_id)
        if found is None:
            return False
        col, row = found
        idx = col.model.index(row)
        col.view.setCurrentIndex(idx)
        col.view.selectionModel().select(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        col.view.scrollTo(idx)
        if focus:
            col.view.setFocus()
        return True

    def selected_task_id(self) -> int | None:
        for col in self.columns:
            if col.view.hasFocus():
                return col.view.current_task_id()
        for col in self.columns:
            if col.view.selectionModel().hasSelection():
                return col.view.current_task_id()
        return None

    def _move_week(self, task_id: int, direction: int) -> None:
        found = self._find(task_id)
        if found is None:
            return
        dest = found[0].week_no + direction
        if 1 <= dest <= 4:
            self.move_requested.emit(task_id, dest, -1)

    def _move_within(self, task_id: int, direction: int) -> None:
        found = self._find(task_id)
        if found is None:
            return
        col, row = found
        dest = row + direction
        if 0 <= dest < col.model.rowCount():
            self.move_requested.emit(task_id, col.week_no, dest)


def _esc(text: str) -> str:
    import html

    return html.escape(text)
