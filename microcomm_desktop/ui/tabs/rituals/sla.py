"""The Response SLA page: reply within N minutes to the first M comments, with weekly hit rates and misses."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop import i18n
from microcomm_desktop.domain.formatting import format_integer, format_percent
from microcomm_desktop.domain.rituals import WeeklySla
from microcomm_desktop.services import posts as posts_svc
from microcomm_desktop.services import promise as promise_svc
from microcomm_desktop.services import sla as sla_svc
from microcomm_desktop.services import workspaces as ws_svc
from microcomm_desktop.ui.jobs import BACKGROUND_FROM_POSTS, JobRunner
from microcomm_desktop.ui.models.ritual_table_model import SlaMissModel, SlaWeekModel
from microcomm_desktop.ui.widgets.table import FilterableTable

if TYPE_CHECKING:
    from microcomm_desktop.ui.tabs.rituals.page import RitualsTab

SLA_WEEKS = 12


def _figures(engine: Any, ws_id: int, start: date, end: date) -> tuple[list[sla_svc.PostSla], list[WeeklySla]]:
    """The period's per-post SLA rows and its weeks, from one read (runs in the worker pool on a large log)."""
    posts = sla_svc.post_sla(engine, ws_id, start, end)
    return posts, sla_svc.weekly_hit_rates(engine, ws_id, start, end, posts)


def _pct(value: float) -> str:
    """A hit rate (0-100) with two decimals: "87.50%" in English as always, "87,50 %" in German (CLDR)."""
    lang = i18n.active_language()
    return f"{value:.2f}%" if lang == "en" else format_percent(value / 100, 2, lang)


def _int(n: int) -> str:
    """A count as English writes it today ("1234"), with the locale's grouping elsewhere ("1.234")."""
    lang = i18n.active_language()
    return str(n) if lang == "en" else format_integer(n, lang)


class SlaPage(QWidget):
    """The SLA form and its figures; a save is one undoable profile update on the tab's stack."""

    def __init__(self, tab: RitualsTab) -> None:
        super().__init__()
        self.tab = tab
        # The SLA values the form last showed from the database: a reload keeps a value the user has changed
        # since (None: fill everything, e.g. a new workspace).
        self.loaded: tuple[int, int] | None = None
        lay = QVBoxLayout(self)
        r = QHBoxLayout()
        r.addWidget(QLabel(self.tr("Reply within")))
        self.sla_minutes = QSpinBox()
        self.sla_minutes.setRange(1, 10_000)
        self.sla_minutes.setSuffix(self.tr(" min"))
        r.addWidget(self.sla_minutes)
        r.addWidget(QLabel(self.tr("to the first")))
        self.sla_first_n = QSpinBox()
        self.sla_first_n.setRange(1, 1000)
        r.addWidget(self.sla_first_n)
        r.addWidget(QLabel(self.tr("comments on key posts.")))
        save = QPushButton(self.tr("Save SLA"))
        save.clicked.connect(lambda: self.save_sla())
        r.addWidget(save)
        r.addStretch(1)
        lay.addLayout(r)
        # The creator's own handles are a workspace setting (they also keep the creator out of engager figures).
        self.own_handles_note = QLabel("")
        self.own_handles_note.setWordWrap(True)
        self.own_handles_note.setToolTip(
            self.tr(
                "Replies by your own handles in the post log count as yours: the SLA is then computed from "
                "timestamps. Set them in File › Workspace settings (Ctrl+,)."
            )
        )
        lay.addWidget(self.own_handles_note)
        self.sla_summary = QLabel("")
        self.sla_summary.setWordWrap(True)
        busy_row = QHBoxLayout()
        self.busy = QProgressBar()  # shown while a large log's figures are computed in the background
        self.busy.setObjectName("slaBusy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setToolTip(self.tr("Computing the response SLA…"))
        self.busy.setVisible(False)
        busy_row.addWidget(self.busy)
        busy_row.addWidget(self.sla_summary, 1)
        lay.addLayout(busy_row)
        self.jobs = JobRunner(self)  # the newest computation wins (ui/jobs.py)
        self.background_from = BACKGROUND_FROM_POSTS
        split = QSplitter(Qt.Orientation.Horizontal)
        self.sla_week_model = SlaWeekModel(self)
        self.sla_weeks = FilterableTable(self.sla_week_model, self.tr("Filter weeks…"))
        self.sla_miss_model = SlaMissModel(self)
        self.sla_misses = FilterableTable(self.sla_miss_model, self.tr("Filter missed posts…"))
        for table in (self.sla_weeks, self.sla_misses):  # a header is never cut ("Rechtzeitig beantwortet")
            header = table.view.horizontalHeader()
            for c in range(header.count()):
                table.view.setColumnWidth(c, max(table.view.columnWidth(c), header.sectionSizeHint(c)))
        self.sla_misses.view.setColumnWidth(1, 260)
        split.addWidget(self.sla_weeks)
        split.addWidget(self.sla_misses)
        lay.addWidget(split, 1)

    def reload(self) -> None:
        assert self.tab.ws_id is not None
        prof = promise_svc.get_profile(self.tab.engine, self.tab.ws_id)
        old = self.loaded
        for n, spin, value in ((0, self.sla_minutes, prof.sla_minutes), (1, self.sla_first_n, prof.sla_first_n)):
            # Untouched: still the value loaded last time, and no half-typed number in the box.
            untouched = old is None or (spin.value() == old[n] and spin.hasAcceptableInput())
            if untouched and spin.value() != value:
                spin.setValue(value)
        handles = ws_svc.own_handles(self.tab.engine, self.tab.ws_id)
        self.own_handles_note.setText(
            self.tr("Your own handles: {handles} — change them in File › Workspace settings (Ctrl+,).").format(
                handles=", ".join(h.label() for h in handles) if handles else self.tr("none set")
            )
        )
        self.loaded = (prof.sla_minutes, prof.sla_first_n)
        start = self.tab.today - timedelta(days=7 * SLA_WEEKS - 1)
        engine, ws_id, end = self.tab.engine, self.tab.ws_id, self.tab.today
        if posts_svc.post_count(engine, ws_id) < self.background_from:
            self.jobs.supersede()  # an older background result must not land after this one
            self.busy.setVisible(False)
            self._show(prof, *_figures(engine, ws_id, start, end))
            return
        self.busy.setVisible(True)
        self.sla_summary.setText(self.tr("Computing the response SLA…"))
        self.jobs.start(
            lambda: _figures(engine, ws_id, start, end),
            lambda result: self._computed(ws_id, prof, result),
            self._failed,
        )

    def is_busy(self) -> bool:
        """A background computation of the SLA figures has not answered yet."""
        return not self.busy.isHidden()

    def _computed(self, ws_id: int, prof: Any, result: tuple[list[sla_svc.PostSla], list[WeeklySla]]) -> None:
        if ws_id != self.tab.ws_id:
            return
        self.busy.setVisible(False)
        self._show(prof, *result)

    def _failed(self, message: str) -> None:
        self.busy.setVisible(False)
        self.sla_summary.setText(self.tr("Could not compute the response SLA: {reason}").format(reason=message))

    def _show(self, prof: Any, posts: list[sla_svc.PostSla], weeks: list[WeeklySla]) -> None:
        self.sla_week_model.set_rows(list(reversed(weeks)))
        misses = [p for p in reversed(posts) if p.missed]
        self.sla_miss_model.set_rows(misses)
        replied = sum(p.replied for p in posts)
        considered = sum(p.considered for p in posts)
        if considered == 0:
            self.sla_summary.setText(
                self.tr(
                    "No SLA data yet: record on a post how many of its first comments got a reply in time, or log "
                    "comments and your replies (set your handle) to have it computed."
                )
            )
            return
        computed = sum(1 for p in posts if p.source == "computed")
        rate = 100.0 * replied / considered
        last = weeks[-1] if weeks else None
        last_txt = (
            " " + self.tr("This week: {rate}.").format(rate=_pct(last.hit_rate))
            if last is not None and last.hit_rate is not None
            else ""
        )
        head = self.tr(
            "<b>{rate}</b> of the first {first} comments got a reply within {minutes} min over the last "
            "{weeks} weeks ({replied} of {considered}; %n post(s), {computed} computed from timestamps).",
            "",
            len(posts),
        ).format(
            rate=_pct(rate),
            first=_int(prof.sla_first_n),
            minutes=_int(prof.sla_minutes),
            weeks=SLA_WEEKS,
            replied=_int(replied),
            considered=_int(considered),
            computed=_int(computed),
        )
        missed = self.tr("%n post(s) missed the SLA", "", len(misses))
        tail = self.tr(
            "slipping reply times are a common mistake: fast replies to the first comments keep a thread going."
        )
        self.sla_summary.setText(f"{head}{last_txt} <span style='color:#c0392b'>{missed}</span> — {tail}")

    def save_sla(self, quiet: bool = False) -> str:
        """Save the SLA form; returns why it was not saved ("" when it was)."""
        if self.tab.ws_id is None:
            return ""
        values = {
            "sla_minutes": self.sla_minutes.value(),
            "sla_first_n": self.sla_first_n.value(),
        }
        try:
            self.tab._push_profile_update(self.tr("Change response SLA"), values)
        except promise_svc.InputError as exc:
            if quiet:
                self.tab.ctx.bus.status_message.emit(
                    self.tr("Response SLA not saved: {reason}").format(reason=exc.message)
                )
            else:
                QMessageBox.warning(self.tab, self.tr("Response SLA"), exc.message)
            return exc.message
        return ""

    def pending(self) -> dict[str, Any]:
        """The SLA values typed but not saved (for the tab's draft)."""
        sla: dict[str, Any] = {}
        if self.loaded is not None:
            minutes, first_n = self.loaded
            if self.sla_minutes.value() != minutes:
                sla["sla_minutes"] = self.sla_minutes.value()
            if self.sla_first_n.value() != first_n:
                sla["sla_first_n"] = self.sla_first_n.value()
        return sla

    def apply_draft(self, sla: dict[str, Any]) -> bool:
        done = False
        for key, spin in (("sla_minutes", self.sla_minutes), ("sla_first_n", self.sla_first_n)):
            value = sla.get(key)
            if isinstance(value, int) and not isinstance(value, bool):
                spin.setValue(value)
                done = True
        return done
