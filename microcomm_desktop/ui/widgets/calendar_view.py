"""A month/week calendar over ``RitualCalendarModel`` with previous/next/today navigation.

Keyboard: arrows move between days, PageUp/PageDown change month (or week), Home jumps to today, Enter opens.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.ui.models.ritual_calendar_table_model import DateRole, RitualCalendarModel


def _add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    return date(d.year + m // 12, m % 12 + 1, 1)


class CalendarView(QWidget):
    range_changed = Signal()  # the visible dates changed: the owner reloads items
    date_selected = Signal(object)  # a date was clicked or moved to

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RitualCalendarModel(today, self)
        self.title = QLabel()
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.3)
        self.title.setFont(f)
        prev = QPushButton("◀")
        prev.setToolTip(self.tr("Previous (PageUp)"))
        nxt = QPushButton("▶")
        nxt.setToolTip(self.tr("Next (PageDown)"))
        today_btn = QPushButton(self.tr("Today"))
        today_btn.setToolTip(self.tr("Home"))
        self.month_btn = QPushButton(self.tr("Month"))
        self.week_btn = QPushButton(self.tr("Week"))
        group = QButtonGroup(self)
        for b in (self.month_btn, self.week_btn):
            b.setCheckable(True)
            group.addButton(b)
        self.month_btn.setChecked(True)
        prev.clicked.connect(lambda: self.step(-1))
        nxt.clicked.connect(lambda: self.step(1))
        today_btn.clicked.connect(self.go_today)
        self.month_btn.clicked.connect(lambda: self.set_mode("month"))
        self.week_btn.clicked.connect(lambda: self.set_mode("week"))
        bar = QHBoxLayout()
        for w in (prev, today_btn, nxt):
            bar.addWidget(w)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.month_btn)
        bar.addWidget(self.week_btn)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        for key, target, fn in (
            (Qt.Key.Key_PageUp, self, lambda: self.step(-1)),
            (Qt.Key.Key_PageDown, self, lambda: self.step(1)),
            (Qt.Key.Key_Home, self.view, self.go_today),
        ):
            sc = QShortcut(QKeySequence(key), target)
            sc.activated.connect(fn)
        self._update_title()

    def _update_title(self) -> None:
        m = self.model
        if m.mode == "month":
            self.title.setText(QLocale().standaloneMonthName(m.anchor.month) + f" {m.anchor.year}")
        else:
            s, e = m.start(), m.end()
            loc = QLocale()
            self.title.setText(
                self.tr("Week {number}: {start} – {end}").format(
                    number=s.isocalendar()[1],
                    start=loc.toString(QDate(s.year, s.month, s.day), "dd MMM"),
                    end=loc.toString(QDate(e.year, e.month, e.day), "dd MMM yyyy"),
                )
            )

    def set_mode(self, mode: str) -> None:
        self.month_btn.setChecked(mode == "month")
        self.week_btn.setChecked(mode == "week")
        self.show_date(self.selected_date() or self.model.anchor, mode)

    def show_date(self, d: date, mode: str | None = None) -> None:
        self.model.set_view(d, mode or self.model.mode)
        self._update_title()
        self.range_changed.emit()
        self.select(d)

    def step(self, n: int) -> None:
        m = self.model
        d = _add_months(m.anchor, n) if m.mode == "month" else m.anchor + timedelta(days=7 * n)
        self.show_date(d)

    def go_today(self) -> None:
        self.show_date(self.model.today)

    def select(self, d: date) -> None:
        idx = self.model.index_of(d)
        if idx.isValid():
            self.view.setCurrentIndex(idx)

    def selected_date(self) -> date | None:
        idx = self.view.currentIndex()
        d = self.model.data(idx, DateRole) if idx.isValid() else None
        return d if isinstance(d, date) else None

    def _current_changed(self, current: QModelIndex, _prev: QModelIndex) -> None:
        d = self.model.data(current, DateRole)
        if isinstance(d, date):
            self.date_selected.emit(d)
