"""Qt models of the Sprint tab: one task list per week column (checkable, draggable) and the check-in table.

Neither model writes anything itself. A tick, a drop or a note edit is turned into a *request* signal; the tab
answers it with an undoable command that calls the service and reloads. That keeps the database the single
source of truth and makes every change undoable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from microcomm_desktop import i18n
from microcomm_desktop.services.sprints import CheckinRow, TaskInfo, fmt, link_kind_label
from microcomm_desktop.ui.models.base_table_model import DISPLAY, TOOLTIP, BaseTableModel, Column

TASK_MIME = "application/x-microcomm-sprint-task"
TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TASK_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def short_date(d: date, year: bool = False) -> str:
    """ "05 Jan" / "05 Jan 2027" in English exactly as before; the locale's month abbreviation elsewhere."""
    if i18n.active_language() == "en":
        return d.strftime("%d %b %Y" if year else "%d %b")
    return QLocale().toString(QDate(d.year, d.month, d.day), "dd MMM yyyy" if year else "dd MMM")


def weekday_date(d: date) -> str:
    """ "Mon 05 Jan 2027" in English as before; the locale's weekday and month abbreviations elsewhere."""
    if i18n.active_language() == "en":
        return d.strftime("%a %d %b %Y")
    return QLocale().toString(QDate(d.year, d.month, d.day), "ddd dd MMM yyyy")


def task_meta(t: TaskInfo) -> str:
    """The card's second line: who, when, what it produced."""
    bits: list[str] = []
    if t.overdue:
        bits.append("⚠ " + QCoreApplication.translate("SprintTaskListModel", "overdue"))
    if t.owner:
        bits.append(t.owner)
    if t.due_date:
        bits.append(QCoreApplication.translate("SprintTaskListModel", "due {day}").format(day=short_date(t.due_date)))
    if t.link_kind:
        bits.append(f"→ {link_kind_label(t.link_kind)}")
    if t.carried_from_id:
        bits.append(QCoreApplication.translate("SprintTaskListModel", "carried over"))
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
                lines.append(self.tr("Owner: {owner}").format(owner=_esc(t.owner)))
            lines.append(
                self.tr("Due: {day}").format(day=weekday_date(t.due_date)) if t.due_date else self.tr("No due date")
            )
            if t.overdue:
                lines.append(self.tr("<b>Overdue</b>: open and past its due date"))
            if t.link_kind:
                lines.append(f"{link_kind_label(t.link_kind)}: {_esc(t.link_ref)}")
            if t.notes:
                lines.append(_esc(t.notes))
            lines.append("<i>" + self.tr("Space: done · Enter: edit · Ctrl+←/→: move week · Del: delete") + "</i>")
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
            state = self.tr("done") if t.done else self.tr("open")
            return f"{t.title}, {state}, {task_meta(t)}"
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
    # English source texts (the CSV header row); headerData shows them translated.
    HEADERS = (
        str(QT_TRANSLATE_NOOP("SprintCheckinModel", "Week")),
        str(QT_TRANSLATE_NOOP("SprintCheckinModel", "Dates")),
        str(QT_TRANSLATE_NOOP("SprintCheckinModel", "Returning")),
        str(QT_TRANSLATE_NOOP("SprintCheckinModel", "Share")),
        str(QT_TRANSLATE_NOOP("SprintCheckinModel", "Engaged")),
        str(QT_TRANSLATE_NOOP("SprintCheckinModel", "Replies/1k")),
        str(QT_TRANSLATE_NOOP("SprintCheckinModel", "What worked")),
        str(QT_TRANSLATE_NOOP("SprintCheckinModel", "What to drop")),
    )
    TIPS = (
        str(QT_TRANSLATE_NOOP("SprintCheckinModel", "Sprint week")),
        str(QT_TRANSLATE_NOOP("SprintCheckinModel", "First and last day of the week")),
        str(
            QT_TRANSLATE_NOOP(
                "SprintCheckinModel",
                "Returning engagers: people who engaged on at least two "
                "different days in the 30 days ending on the week's last day",
            )  # fmt: skip
        ),
        str(
            QT_TRANSLATE_NOOP(
                "SprintCheckinModel",
                "Returning share = returning engagers ÷ engaged people "
                "(30-day window). Benchmark 20–40 %. The verdict judges this share.",
            )  # fmt: skip
        ),
        str(
            QT_TRANSLATE_NOOP(
                "SprintCheckinModel", "Engaged people: everyone who engaged at least once in the 30-day window"
            )  # fmt: skip
        ),
        str(
            QT_TRANSLATE_NOOP(
                "SprintCheckinModel",
                "Replies per 1,000 reach: replies on community posts ÷ their "
                "reach × 1,000. Benchmark 5–25. The verdict judges this rate.",
            )  # fmt: skip
        ),
        str(QT_TRANSLATE_NOOP("SprintCheckinModel", "Your note: what to keep doing (double-click to edit)")),
        str(QT_TRANSLATE_NOOP("SprintCheckinModel", "Your note: what to stop doing (double-click to edit)")),
    )
    NOTE_FIELDS = {COL_WORKED: "notes_worked", COL_DROP: "notes_drop"}

    _NOT_ENDED = str(
        QT_TRANSLATE_NOOP(
            "SprintCheckinModel",
            "Figures appear once the week has ended; only complete weeks count toward the verdict.",
        )  # fmt: skip
    )

    def __init__(self, parent: object | None = None) -> None:
        def figure(col: int, get: Callable[[CheckinRow], float | int | None], suffix: str = "") -> Column[CheckinRow]:
            def value(r: CheckinRow) -> float | int | None:
                v = get(r)
                return None if v is None else (round(v, 2) if isinstance(v, float) else v)

            return Column(
                self.HEADERS[col],
                value,
                display=lambda r: fmt(get(r), suffix=suffix) if r.ended else self._status(r),
                tooltip=lambda r: None if r.ended else self.tr(self._NOT_ENDED),
                header_tooltip=self.TIPS[col],
                numeric=True,
            )

        def note(col: int, get: Callable[[CheckinRow], str]) -> Column[CheckinRow]:
            return Column(
                self.HEADERS[col],
                get,
                tooltip=lambda r: get(r) or self.tr(self.TIPS[col]),
                header_tooltip=self.TIPS[col],
                editable=True,
            )

        super().__init__(
            [
                Column(
                    self.HEADERS[0],
                    lambda r: r.week_no,
                    display=lambda r: self.tr("Week {number}").format(number=r.week_no),
                    header_tooltip=self.TIPS[0],
                ),
                Column(
                    self.HEADERS[1],
                    lambda r: r.first.isoformat(),
                    display=lambda r: f"{short_date(r.first)} – {short_date(r.last)}",
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

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        value = super().headerData(section, orientation, role)
        if role in (DISPLAY, TOOLTIP) and isinstance(value, str):
            return self.tr(value)
        return value

    def row_at(self, row: int) -> CheckinRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _status(self, r: CheckinRow) -> str:
        if self.today is not None and self.today < r.first:
            return self.tr("upcoming")
        return self.tr("in progress")

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
