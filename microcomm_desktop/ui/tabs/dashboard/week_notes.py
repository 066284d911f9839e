"""The Dashboard's week notes: saving them (one undoable step), filling the editors, and crash-time drafts.

A section of the Dashboard tab, as a mixin of ``DashboardTab``: the editors, the shown week and the undo stack
are the tab's (``ui/tabs/dashboard/page.py`` builds them and keeps the selected week); this module holds what the
notes do with them. Texts keep the tab's translation context ("DashboardTab").
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPlainTextEdit

from microcomm_desktop.i18n import QT_TRANSLATE_NOOP
from microcomm_desktop.services import reports
from microcomm_desktop.services.figures_text import day_month, day_month_year, decimal_text
from microcomm_desktop.services.reports import WeekNoteData
from microcomm_desktop.services.week_note_drafts import WeekDraft, load_week_drafts, store_week_drafts
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.operations import Announce, run_operation
from microcomm_desktop.ui.tabs.dashboard import note_numbers

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from microcomm_desktop.ui.context import UiContext

NOTE_LABELS = {
    "live_attendance": QT_TRANSLATE_NOOP("DashboardTab", "Live attendance"),
    "dm_reply_rate_pct": QT_TRANSLATE_NOOP("DashboardTab", "DM reply rate (%)"),
    "conversions": QT_TRANSLATE_NOOP("DashboardTab", "Conversions"),
    "revenue": QT_TRANSLATE_NOOP("DashboardTab", "Revenue"),
    "spend": QT_TRANSLATE_NOOP("DashboardTab", "Spend (fees + paid media)"),
    "email_signups": QT_TRANSLATE_NOOP("DashboardTab", "Email sign-ups"),
    "demo_requests": QT_TRANSLATE_NOOP("DashboardTab", "Demo requests"),
    "repeat_purchases": QT_TRANSLATE_NOOP("DashboardTab", "Repeat purchases"),
    "top_questions": QT_TRANSLATE_NOOP("DashboardTab", "Top questions"),
    "objections": QT_TRANSLATE_NOOP("DashboardTab", "Objections"),
    "member_words": QT_TRANSLATE_NOOP("DashboardTab", "Words members use"),
}


class WeekNoteStore:
    """What the week-note editors do: save, fill, and mirror typed text into crash-time drafts."""

    if TYPE_CHECKING:  # set up by DashboardTab.__init__ and its builder
        ctx: UiContext
        ws_id: int | None
        undo_stack: QUndoStack
        note_title: QLabel
        cpa_label: QLabel
        note_edits: dict[str, QLineEdit | QPlainTextEdit]
        note_errors: dict[str, QLabel]
        _note_week: date | None
        _note_ws: int | None
        _note_baseline: dict[str, str]
        _note_has_draft: bool
        _snap_last: tuple[Any, ...] | None
        _snap_written: dict[tuple[int, str], dict[str, str]]
        _snapshot_error: str

        def _drop_draft(self, ws_id: int, week: date) -> None: ...

    # ----- crash-time drafts ---------------------------------------------------------------------------
    def snapshot_drafts(self) -> None:
        """Crash insurance: mirror the notes the editors hold for their week into that week's draft (the one
        ``_load_note`` restores), beside other weeks' drafts; drop it once nothing is pending. Writes only when
        the editors changed since the last snapshot and differ from what is stored; never saves, never raises."""
        try:
            self._snapshot_notes()
            self._snapshot_error = ""
        except Exception as exc:  # a locked file: the next snapshot tries again; insurance never gets in the way
            self._snapshot_error = str(exc)

    def _snapshot_notes(self) -> None:
        week, ws = self._note_week, self._note_ws
        if week is None or ws is None:
            return
        iso = week.isoformat()
        texts = self.note_texts()
        # Held: typed since filled, or a restored draft still in the editors (it stays a draft until saved).
        held = texts != self._note_baseline or self._note_has_draft
        state = (ws, iso, tuple(sorted(texts.items())) if held else None)
        if state == self._snap_last:
            return
        errors: dict[str, str] = {}
        if held:
            data, errors = reports.parse_week_note(week, texts)
            # Typed back to what is saved: nothing pending, as a flush would find.
            held = data is None or data != reports.get_week_note(self.ctx.engine, ws, week)
        if held:
            weeks = load_week_drafts(self.ctx.engine, ws)
            stored = weeks.get(iso)
            if stored is None or stored.texts != texts or stored.errors != errors:
                weeks.pop(iso, None)
                weeks[iso] = WeekDraft(dict(texts), dict(errors), datetime.now().astimezone())
                store_week_drafts(self.ctx.engine, ws, weeks)
                self._snap_written[(ws, iso)] = dict(texts)
        elif (ws, iso) in self._snap_written or self._note_has_draft:
            # Only this week's draft, and only one a snapshot wrote or the editors hold: never another's.
            weeks = load_week_drafts(self.ctx.engine, ws)
            if weeks.pop(iso, None) is not None:
                store_week_drafts(self.ctx.engine, ws, weeks)
            self._snap_written.pop((ws, iso), None)
        self._snap_last = state

    def _settle_snapshot(self) -> None:
        """Before the editors' week is flushed or reloaded: bring a draft a snapshot wrote for it up to date,
        so text typed and then undone since that snapshot does not come back from the older copy."""
        week, ws = self._note_week, self._note_ws
        if week is not None and ws is not None and (ws, week.isoformat()) in self._snap_written:
            self.snapshot_drafts()

    def _forget_snapshot(self, ws_id: int, week: date) -> None:
        """The week's draft was just written or dropped by a flush or a save: it is no snapshot's any more."""
        self._snap_written.pop((ws_id, week.isoformat()), None)
        self._snap_last = None

    def _set_note_texts(self, texts: dict[str, str]) -> None:
        for name, ed in self.note_edits.items():
            text = texts.get(name, "")
            if isinstance(ed, QPlainTextEdit):
                ed.setPlainText(text)
            else:
                ed.setText(text)
        self._note_baseline = self.note_texts()  # read back: the editors may normalise line breaks

    def _fill_note(self, note: WeekNoteData) -> None:
        self.note_title.setText(
            QCoreApplication.translate(
                "DashboardTab", "<b>Week of {week}</b> — business outcomes and what members said (used by the reports)"
            ).format(week=day_month_year(note.week_start))
        )
        self._set_note_texts({n: note_numbers.shown(n, t) for n, t in note.as_text().items()})
        self._note_has_draft = False
        for label in self.note_errors.values():
            label.setVisible(False)
        cpa = note.cpa
        self.cpa_label.setText(
            QCoreApplication.translate("DashboardTab", "CPA this week: {cpa}").format(
                cpa=QCoreApplication.translate("DashboardTab", "n/a") if cpa is None else decimal_text(cpa, 2)
            )
        )

    def note_texts(self) -> dict[str, str]:
        return {
            n: (ed.toPlainText() if isinstance(ed, QPlainTextEdit) else ed.text()) for n, ed in self.note_edits.items()
        }

    def save_note(self) -> bool:
        """Validate and save through an undoable command; bad fields get a message beside them, nothing lost."""
        week = self._note_week
        if week is None or self.ws_id is None or self._note_ws != self.ws_id:
            return False
        texts = self.note_texts()
        local_errors: dict[str, str] = {}
        for name in note_numbers.NUMBER_FIELDS:  # "12,5" in German is 12.5; a text read two ways is refused
            texts[name], problem = note_numbers.read(name, texts.get(name, ""))
            if problem:
                local_errors[name] = QCoreApplication.translate("DashboardTab", "{field}: {problem}").format(
                    field=QCoreApplication.translate("DashboardTab", NOTE_LABELS[name]), problem=problem
                )
        data, errors = reports.parse_week_note(week, texts)
        if local_errors:
            data, errors = None, {**errors, **local_errors}
        for name, label in self.note_errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)
        if data is None:
            return False
        ws_id = self.ws_id
        before = reports.get_week_note(self.ctx.engine, ws_id, week)
        # apply_note says itself when a write fails and announces REPORTS, so the step announces nothing more.
        run_operation(
            self.undo_stack,
            QCoreApplication.translate("DashboardTab", "Save notes for the week of {week}").format(
                week=day_month(data.week_start)
            ),
            lambda _undone: self.apply_note(ws_id, data),
            lambda _done: self.apply_note(ws_id, before),
            Announce(self.ctx.bus, None, ()),
        )
        return True

    def apply_note(self, ws_id: int, note: WeekNoteData) -> None:
        try:
            reports.save_week_note(self.ctx.engine, ws_id, note)
        except Exception as exc:  # disk full / locked: say so, keep the typed text
            QMessageBox.warning(
                self,  # type: ignore[arg-type]  # a QWidget: the tab
                QCoreApplication.translate("DashboardTab", "Week notes"),
                QCoreApplication.translate("DashboardTab", "Not saved: {reason}").format(reason=exc),
            )
            return
        self._drop_draft(ws_id, note.week_start)  # only this week's: other weeks keep their drafts
        if self._note_week == note.week_start and self._note_ws == ws_id:
            self._fill_note(note)
        self.ctx.bus.status_message.emit(
            QCoreApplication.translate("DashboardTab", "Saved notes for the week of {week}").format(
                week=day_month(note.week_start)
            )
        )
        self.ctx.bus.changed(ChangeArea.REPORTS, ws_id)
