"""Qt models of the Sprint tab: one task list per week column (checkable, draggable) and the check-in table.

Neither model writes anything itself. A tick, a drop or a note edit is turned into a *request* signal; the tab
answers it with an undoable command that calls the service and reloads. That keeps the database the single
source of truth and makes every change undoable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from microcomm_desktop.services.sprints import LINK_KINDS, CheckinRow, TaskInfo, fmt
from microcomm_desktop.ui.models.base_table_model import BaseTableModel, Column

TASK_MIME = "application/x-microcomm-sprint-task"
TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TASK_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def task_meta(t: TaskInfo) -> str:
    """The card's second line: who, when, what it produced."""
    bits: list[str] = []
    if t.overdue:
        bits.append("⚠ overdue")
    if t.owner:
        bits.append(t.owner)
    if t.due_date:
        bits.append(f"due {t.due_date:%d %b}")
    if t.link_kind:
        bits.append(f"→ {LINK_KINDS.get(t.link_kind, t.link_kind)}")
    if t.carried_from_id:
        bits.append("carried over")
    return " · ".join(bits)


class SprintTaskListModel(QAbstractListModel):
    """The tasks of one sprint week, as cards.

    A list model, not a table: one column of cards drawn by a delegate (check state, drag and drop), so it does
    not derive from BaseTableModel; it lives here beside the check-in table of the same tab.
    """

    toggle_requested = Signal(int, bool)  # task id, done
    move_requested = Signal(int, int, int)  # task id, destination week, index in that week

    def __init__(self, week_no: int, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.week_no = week_no
        self._tasks: list[TaskInfo] = []
        self.overdue_bg = QColor(250, 215, 210)
        self.overdue_fg = QColor(20, 20, 20)

    def set_tasks(self, tasks: Sequence[TaskInfo]) -> None:
        self.beginResetModel()
        self._tasks = list(tasks)
        self.endResetModel()

    def set_colors(self, overdue_bg: QColor, overdue_fg: QColor) -> None:
        self.overdue_bg, self.overdue_fg = overdue_bg, overdue_fg
        if self._tasks:
            self.dataChanged.emit(self.index(0), self.index(len(self._tasks) - 1))

    def task_at(self, row: int) -> TaskInfo | None:
        return self._tasks[row] if 0 <= row < len(self._tasks) else None

    def row_of(self, task_id: int) -> int:
        for i, t in enumerate(self._tasks):
            if t.id == task_id:
                return i
        return -1

    # ----- read -------------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._tasks)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self._tasks)):
            return None
        t = self._tasks[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            meta = task_meta(t)
            return f"{t.title}\n{meta}" if meta else t.title
        if role == Qt.ItemDataRole.EditRole:
            return t.title
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if t.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"<b>{_esc(t.title)}</b>"]
            if t.owner:
                lines.append(f"Owner: {_esc(t.owner)}")
            lines.append(f"Due: {t.due_date:%a %d %b %Y}" if t.due_date else "No due date")
            if t.overdue:
                lines.append("<b>Overdue</b>: open and past its due date")
            if t.link_kind:
                lines.append(f"{LINK_KINDS.get(t.link_kind, t.link_kind)}: {_esc(t.link_ref)}")
            if t.notes:
                lines.append(_esc(t.notes))
            lines.append("<i>Space: done · Enter: edit · Ctrl+←/→: move week · Del: delete</i>")
            return "<br>".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole and t.overdue:
            return self.overdue_bg
        if role == Qt.ItemDataRole.ForegroundRole and t.overdue:
            return self.overdue_fg
        if role == Qt.ItemDataRole.FontRole and t.done:
            f = QFont()
            f.setStrikeOut(True)
            return f
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{t.title}, {'done' if t.done else 'open'}, {task_meta(t)}"
        if role == TASK_ID_ROLE:
            return t.id
        if role == TASK_ROLE:
            return t
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # dropping on empty space appends to the week
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    # ----- requests ---------------------------------------------------------------------------------------
    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        t = self._tasks[index.row()]
        state = value.value if isinstance(value, Qt.CheckState) else value
        done = state == Qt.CheckState.Checked.value
        if done != t.done:
            self.toggle_requested.emit(t.id, done)
        return True

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [TASK_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        ids = [str(self._tasks[i.row()].id) for i in indexes if i.isValid() and i.row() < len(self._tasks)]
        md = QMimeData()
        md.setData(TASK_MIME, QByteArray(",".join(ids).encode()))
        return md

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return data.hasFormat(TASK_MIME) and action in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction)

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Turn a drop into move requests; the rows change only when the tab reloads from the database."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        raw = bytes(data.data(TASK_MIME).data()).decode()
        ids = [int(x) for x in raw.split(",") if x.strip().isdigit()]
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._tasks)
        for offset, task_id in enumerate(ids):
            # Dropping below itself in the same week: the index is counted without the task being moved.
            cur = self.row_of(task_id)
            dest = row + offset - (1 if 0 <= cur < row else 0)
            self.move_requested.emit(task_id, self.week_no, dest)
        return bool(ids)


class SprintCheckinModel(BaseTableModel[CheckinRow]):
    """Weekly check-in: the Dashboard's figures for each ended sprint week and the user's notes (editable)."""

    note_edit_requested = Signal(int, str, str)  # week no, field ("notes_worked" | "notes_drop"), text

    COL_WEEK, COL_DATES, COL_RET, COL_SHARE, COL_ENGAGED, COL_REPLIES, COL_WORKED, COL_DROP = range(8)
    HEADERS = (
        "Week",
        "Dates",
        "Returning",
        "Share",
        "Engaged",
        "Replies/1k",
        "What worked",
        "What to drop",
    )
    TIPS = (
        "Sprint week",
        "First and last day of the week",
        "Returning engagers: people who engaged on at least two different days in the 30 days ending on the "
        "week's last day",
        "Returning share = returning engagers ÷ engaged people (30-day window). Benchmark 20–40 %. "
        "The verdict judges this share.",
        "Engaged people: everyone who engaged at least once in the 30-day window",
        "Replies per 1,000 reach: replies on community posts ÷ their reach × 1,000. Benchmark 5–25. "
        "The verdict judges this rate.",
        "Your note: what to keep doing (double-click to edit)",
        "Your note: what to stop doing (double-click to edit)",
    )
    NOTE_FIELDS = {COL_WORKED: "notes_worked", COL_DROP: "notes_drop"}

    _NOT_ENDED = "Figures appear once the week has ended; only complete weeks count toward the verdict."

    def __init__(self, parent: object | None = None) -> None:
        def figure(col: int, get: Callable[[CheckinRow], float | int | None], suffix: str = "") -> Column[CheckinRow]:
            def value(r: CheckinRow) -> float | int | None:
                v = get(r)
                return None if v is None else (round(v, 2) if isinstance(v, float) else v)

            return Column(
                self.HEADERS[col],
                value,
                display=lambda r: fmt(get(r), suffix=suffix) if r.ended else self._status(r),
                tooltip=lambda r: None if r.ended else self._NOT_ENDED,
                header_tooltip=self.TIPS[col],
                numeric=True,
            )

        def note(col: int, get: Callable[[CheckinRow], str]) -> Column[CheckinRow]:
            return Column(
                self.HEADERS[col],
                get,
                tooltip=lambda r: get(r) or self.TIPS[col],
                header_tooltip=self.TIPS[col],
                editable=True,
            )

        super().__init__(
            [
                Column(
                    self.HEADERS[0],
                    lambda r: r.week_no,
                    display=lambda r: f"Week {r.week_no}",
                    header_tooltip=self.TIPS[0],
                ),
                Column(
                    self.HEADERS[1],
                    lambda r: r.first.isoformat(),
                    display=lambda r: f"{r.first:%d %b} – {r.last:%d %b}",
                    header_tooltip=self.TIPS[1],
                ),
                figure(self.COL_RET, lambda r: r.returning_engagers),
                figure(self.COL_SHARE, lambda r: r.returning_share, " %"),
                figure(self.COL_ENGAGED, lambda r: r.engaged_people),
                figure(self.COL_REPLIES, lambda r: r.replies_per_1k),
                note(self.COL_WORKED, lambda r: r.notes_worked),
                note(self.COL_DROP, lambda r: r.notes_drop),
            ],
            parent,
        )
        self.today: date | None = None

    def set_rows(self, rows: Sequence[CheckinRow], today: date | None = None) -> None:  # type: ignore[override]
        self.today = today
        super().set_rows(rows)

    def row_at(self, row: int) -> CheckinRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _status(self, r: CheckinRow) -> str:
        if self.today is not None and self.today < r.first:
            return "upcoming"
        return "in progress"

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() not in self.NOTE_FIELDS:
            return False
        r = self.rows[index.row()]
        text = str(value or "").strip()
        current = r.notes_worked if index.column() == self.COL_WORKED else r.notes_drop
        if text != current:
            self.note_edit_requested.emit(r.week_no, self.NOTE_FIELDS[index.column()], text)
        return True


def _esc(text: str) -> str:
    import html

    return html.escape(text)
