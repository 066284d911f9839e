"""Dialogs of the Sprint tab: new sprint (template or copy, editable), task editor, week editor, plan next month.

Each dialog validates with the service's own rules before it closes and shows the message inside the dialog,
so bad input never loses what the user typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop import i18n
from microcomm_desktop.domain.sprints import sprint_end
from microcomm_desktop.services import sprints as S
from microcomm_desktop.ui.dialogs.discard_guard import DiscardGuard
from microcomm_desktop.ui.models.sprint_table_model import weekday_date


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _error_label() -> QLabel:
    lab = QLabel()
    lab.setObjectName("errorLabel")
    lab.setWordWrap(True)
    lab.setStyleSheet("color: #c0392b; font-weight: bold;")
    lab.setVisible(False)
    return lab


class _Validating(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.discard_guard = DiscardGuard(self)  # Escape asks before dropping typed text
        self.error = _error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

    def validate(self) -> None:
        """Raise ``SprintError`` with a message naming the field."""

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _try_accept(self) -> None:
        try:
            self.validate()
        except S.SprintError as exc:
            self.show_error(str(exc))
            return
        self.accept()


class NewSprintDialog(_Validating):
    """Name, start, owners, and the four weeks pre-filled from the template or an earlier sprint (editable)."""

    def __init__(
        self,
        parent: QWidget | None,
        today: date,
        sprints: Sequence[S.SprintInfo],
        drafts_for: Callable[[int | None], list[S.WeekDraft]],
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New sprint"))
        self.drafts_for = drafts_for
        form = QFormLayout()
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(self.tr("e.g. Month 1: foundations"))
        self.start = QDateEdit(_qdate(S.default_start(today)))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd dd MMM yyyy")
        self.end_label = QLabel()
        self.start.dateChanged.connect(self._update_end)
        self.owners = QLineEdit()
        self.owners.setPlaceholderText(self.tr("Free text, e.g. Alex, Sam"))
        self.source = QComboBox()
        self.source.addItem(self.tr("The 4-week template"), None)
        for sp in reversed(list(sprints)):
            self.source.addItem(self.tr("A copy of “{name}”").format(name=sp.name), sp.id)
        self.source.currentIndexChanged.connect(self._load_drafts)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start)
        start_row.addWidget(self.end_label, 1)
        form.addRow(self.tr("&Name:"), self.name)
        starts = QLabel(self.tr("&Starts:"))  # a label made by addRow(str, layout) has no buddy and shows the "&"
        starts.setBuddy(self.start)
        form.addRow(starts, start_row)
        form.addRow(self.tr("&Owners:"), self.owners)
        form.addRow(self.tr("Start &from:"), self.source)
        grid = QGridLayout()
        self.week_boxes: list[tuple[QLineEdit, QLineEdit, QPlainTextEdit]] = []
        for i in range(4):
            box = QGroupBox(self.tr("Week {number}").format(number=i + 1))
            f = QFormLayout(box)
            goal, deliv, tasks = QLineEdit(), QLineEdit(), QPlainTextEdit()
            tasks.setPlaceholderText(self.tr("One task per line"))
            tasks.setTabChangesFocus(True)
            tasks.setMinimumHeight(80)
            f.addRow(self.tr("Goal:"), goal)
            f.addRow(self.tr("Deliverable:"), deliv)
            f.addRow(self.tr("Tasks:"), tasks)
            grid.addWidget(box, i // 2, i % 2)
            self.week_boxes.append((goal, deliv, tasks))
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(grid, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self._update_end()
        self._load_drafts()
        self.resize(760, 560)

    def _update_end(self) -> None:
        end = sprint_end(_pydate(self.start.date()))
        self.end_label.setText("  " + self.tr("30 days, ends {day}").format(day=weekday_date(end)))

    def _load_drafts(self) -> None:
        drafts = self.drafts_for(self.source.currentData())
        for (goal, deliv, tasks), d in zip(self.week_boxes, drafts, strict=False):
            goal.setText(d.goal)
            deliv.setText(d.deliverable)
            tasks.setPlainText("\n".join(d.tasks))

    def drafts(self) -> list[S.WeekDraft]:
        return [
            S.WeekDraft(
                i + 1,
                goal.text(),
                deliv.text(),
                tuple(line.strip() for line in tasks.toPlainText().splitlines() if line.strip()),
            )
            for i, (goal, deliv, tasks) in enumerate(self.week_boxes)
        ]

    def validate(self) -> None:
        S.validate_name(self.name.text())
        for d in self.drafts():
            for t in d.tasks:
                try:
                    S.validate_task_fields({"title": t})
                except S.SprintError as exc:
                    raise S.SprintError(
                        self.tr("Week {number}: {problem}").format(number=d.week_no, problem=exc)
                    ) from exc

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "start": _pydate(self.start.date()),
            "owners": self.owners.text(),
            "weeks": self.drafts(),
        }


class TaskDialog(_Validating):
    """Add or edit a task: title, week, owner, due date, notes and a link to what it produced."""

    def __init__(self, parent: QWidget | None, task: S.TaskInfo | None, week_no: int, default_due: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit task") if task else self.tr("Add task"))
        form = QFormLayout()
        self.title = QLineEdit(task.title if task else "")
        self.title.setPlaceholderText(self.tr("e.g. Draft 10 prompts"))
        self.week = QComboBox()
        for i in range(1, 5):
            self.week.addItem(self.tr("Week {number}").format(number=i), i)
        self.week.setCurrentIndex((task.week_no if task else week_no) - 1)
        self.owner = QLineEdit(task.owner if task else "")
        self.has_due = QCheckBox(self.tr("Due"))
        due = task.due_date if task and task.due_date else default_due
        self.has_due.setChecked(task is None or task.due_date is not None)
        self.due = QDateEdit(_qdate(due))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("ddd dd MMM yyyy")
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        self.notes = QPlainTextEdit(task.notes if task else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.link_kind = QComboBox()
        for key in S.LINK_KINDS:
            self.link_kind.addItem(S.link_kind_label(key), key)
        self.link_kind.setCurrentIndex(max(0, self.link_kind.findData(task.link_kind if task else "")))
        self.link_ref = QLineEdit(task.link_ref if task else "")
        self.link_ref.setPlaceholderText(self.tr("Post URL, ritual name, prompt set or file path"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self._browse)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_kind)
        link_row.addWidget(self.link_ref, 1)
        link_row.addWidget(self.browse)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Week:"), self.week)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("Due date:"), due_row)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("&Produced:"), link_row)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(560, 360)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Document this task produced"))
        if path:
            self.link_kind.setCurrentIndex(self.link_kind.findData("document"))
            self.link_ref.setText(path)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "week_no": int(self.week.currentData()),
            "owner": self.owner.text(),
            "due_date": _pydate(self.due.date()) if self.has_due.isChecked() else None,
            "notes": self.notes.toPlainText(),
            "link_kind": str(self.link_kind.currentData()),
            "link_ref": self.link_ref.text(),
        }

    def validate(self) -> None:
        S.validate_task_fields(self.values())


class WeekDialog(_Validating):
    def __init__(self, parent: QWidget | None, week: S.WeekInfo) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Week {number}").format(number=week.week_no))
        form = QFormLayout()
        self.goal = QLineEdit(week.goal)
        self.deliverable = QLineEdit(week.deliverable)
        form.addRow(self.tr("&Goal:"), self.goal)
        form.addRow(self.tr("&Deliverable:"), self.deliverable)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(480, 140)

    def values(self) -> dict[str, str]:
        return {"goal": self.goal.text().strip(), "deliverable": self.deliverable.text().strip()}


class SprintDialog(_Validating):
    """Rename a sprint, change its owners or its notes (the start date stays: tasks and check-ins hang on it)."""

    def __init__(self, parent: QWidget | None, sprint: S.SprintInfo) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sprint details"))
        form = QFormLayout()
        self.name = QLineEdit(sprint.name)
        self.owners = QLineEdit(sprint.owners)
        self.owners.setPlaceholderText(self.tr("Free text, e.g. Alex, Sam"))
        self.notes = QPlainTextEdit(sprint.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Dates:"), QLabel(f"{weekday_date(sprint.start_date)} – {weekday_date(sprint.end_date)}"))
        form.addRow(self.tr("&Owners:"), self.owners)
        form.addRow(self.tr("No&tes:"), self.notes)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(480, 240)

    def values(self) -> dict[str, str]:
        return {"name": self.name.text(), "owners": self.owners.text(), "notes": self.notes.toPlainText()}

    def validate(self) -> None:
        S.validate_name(self.name.text())


class PlanNextDialog(_Validating):
    """Name the next month, pick the unfinished tasks to carry, and (after "narrow") keep the narrowing tasks."""

    def __init__(
        self,
        parent: QWidget | None,
        prev: S.SprintInfo,
        open_tasks: Sequence[S.TaskInfo],
        verdict: S.SprintVerdict,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan next month"))
        start = S.next_sprint_start(prev.start_date)
        form = QFormLayout()
        self.name = QLineEdit(S.next_name(prev.name))
        self.owners = QLineEdit(prev.owners)
        form.addRow(self.tr("&Name:"), self.name)
        starts = self.tr("{day} (the day after “{name}” ends), 30 days").format(day=weekday_date(start), name=prev.name)
        form.addRow(self.tr("Starts:"), QLabel(starts))
        form.addRow(self.tr("&Owners:"), self.owners)
        info = QLabel(
            self.tr("Verdict: <b>{verdict}</b> — {explanation}").format(
                verdict=verdict.label, explanation=verdict.result.explanation
            )
        )
        info.setWordWrap(True)
        self.tasks = QListWidget()
        self.tasks.setAccessibleName(self.tr("Unfinished tasks to carry over"))
        for t in open_tasks:
            text = self.tr("Week {number}: {title}").format(number=t.week_no, title=t.title)
            it = QListWidgetItem(text + (f" ({t.owner})" if t.owner else ""))
            it.setData(Qt.ItemDataRole.UserRole, t.id)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked)
            self.tasks.addItem(it)
        narrowing = S.narrow_task_texts()
        first_two = "; ".join(t for _w, t in narrowing[:2])
        if i18n.active_language() == "en":  # German nouns keep their capitals
            first_two = first_two.lower()
        self.narrow = QCheckBox(self.tr("Add the narrowing tasks: {tasks}").format(tasks=first_two))
        self.narrow.setChecked(verdict.result.verdict == "narrow")
        self.narrow.setToolTip(
            "\n".join(self.tr("Week {number}: {title}").format(number=w, title=t) for w, t in narrowing)
        )
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(info)
        carry = QLabel(
            self.tr(
                "<b>Carry these unfinished tasks</b> into week 1 (%n open; untick what to drop):", "", len(open_tasks)
            )
            if open_tasks
            else self.tr("<b>No unfinished tasks</b> to carry over.")
        )
        lay.addWidget(carry)
        lay.addWidget(self.tasks, 1)
        lay.addWidget(self.narrow)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(620, 460)

    def picked(self) -> list[int]:
        out: list[int] = []
        for i in range(self.tasks.count()):
            it = self.tasks.item(i)
            if it.checkState() == Qt.CheckState.Checked:
                out.append(int(it.data(Qt.ItemDataRole.UserRole)))
        return out

    def validate(self) -> None:
        S.validate_name(self.name.text())
