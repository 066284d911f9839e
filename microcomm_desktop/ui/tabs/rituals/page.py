# Over 600 lines: occurrence editor, its drafts and the calendar selection share one state (next: occurrence.py).
"""The Rituals tab: rituals with streaks, a month/week calendar of their occurrences and one-off events, the
occurrence editor (run/skipped, posts, recap, prompt used), the response SLA (sla.py), and ICS export/import
(ics.py).

Writes go through ``services.rituals`` / ``services.sla`` / ``services.promise`` and onto ``undo_stack``.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop import i18n
from microcomm_desktop.services import promise as promise_svc
from microcomm_desktop.services import rituals as svc
from microcomm_desktop.services import workspaces as ws_svc
from microcomm_desktop.services.drafts import load_draft, sync_draft
from microcomm_desktop.ui.common import shortcut
from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.models.prompt_table_model import rung_name
from microcomm_desktop.ui.models.ritual_table_model import RitualTableModel
from microcomm_desktop.ui.tabs.base import ServiceEditTab, TabPage
from microcomm_desktop.ui.tabs.rituals.ics import CalendarFiles
from microcomm_desktop.ui.tabs.rituals.ritual_dialog import RitualDialog
from microcomm_desktop.ui.tabs.rituals.sla import SlaPage
from microcomm_desktop.ui.widgets.calendar_view import CalendarView
from microcomm_desktop.ui.widgets.table import FilterableTable

AREA = ChangeArea.RITUALS
_WATCHED = {
    AREA,
    ChangeArea.PROMISE,
    ChangeArea.POSTS,
    ChangeArea.INTERACTIONS,
    ChangeArea.WORKSPACE,
    ChangeArea.EXTERNAL,
}
DRAFT_KEY = "draft.rituals"
_SHOWN = {
    "sla": (
        "sla_minutes sla_first_n own_handles_note sla_summary sla_week_model sla_weeks sla_miss_model sla_misses "
        "save_sla"
    ),
    "files": "export_ics_dialog import_ics_dialog import_ics_path",
}
# An occurrence's stored status as the occurrence list shows it (translated where shown).
_STATUS_WORDS = {
    "run": str(QT_TRANSLATE_NOOP("RitualsTab", "run")),
    "skipped": str(QT_TRANSLATE_NOOP("RitualsTab", "skipped")),
    "planned": str(QT_TRANSLATE_NOOP("RitualsTab", "planned")),
}
# The undo texts of the occurrence marks, by the status they set.
_MARK_TEXTS = {
    "run": str(QT_TRANSLATE_NOOP("RitualsTab", "Mark run")),
    "skipped": str(QT_TRANSLATE_NOOP("RitualsTab", "Mark skipped")),
    "planned": str(QT_TRANSLATE_NOOP("RitualsTab", "Clear occurrence mark")),
}


def _short_date(d: date) -> str:
    """ "24 Nov" in English exactly as before; other languages get their own month abbreviation from QLocale."""
    if i18n.active_language() == "en":
        return f"{d:%d %b}"
    return QLocale().toString(QDate(d.year, d.month, d.day), "dd MMM")


def _long_date(d: date) -> str:
    """ "Tuesday 24 November 2026" in English as before; weekday and month names from QLocale elsewhere."""
    if i18n.active_language() == "en":
        return d.strftime("%A %d %B %Y")
    return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.LongFormat)


class RitualsTab(ServiceEditTab):
    title = "Rituals"
    area = AREA
    ics_report_dialog: QDialog | None = None  # the last calendar import's report

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ws_id: int | None = None
        self.undo_stack = QUndoStack(self)
        ctx.undo_group.addStack(self.undo_stack)
        self.today = ctx.today
        self._items: list[svc.CalendarItem] = []
        # What the occurrence editor and the SLA form last showed from the database. A reload (another tab's
        # change, another process's commit, View › Refresh) only replaces a value the user has not changed
        # since, so typing survives it; None forces a full fill (a new workspace).
        self._occ_key: tuple[Any, ...] | None = None
        self._occ_loaded: dict[str, Any] = {}
        # The occurrence the editor shows (it keeps it while the selection moves on), and how deep the tab is in
        # selection changes that are not the user leaving it (a list refill, a save's reload, a revert).
        self._occ_item: svc.CalendarItem | None = None
        self._quiet_switch = 0
        self.sla = SlaPage(self)
        self.files = CalendarFiles(self)
        for section_name, names in _SHOWN.items():  # reachable on the tab as before the split (tests, menus)
            section = getattr(self, section_name)
            for name in names.split():
                setattr(self, name, getattr(section, name))
        # Drafts (crash insurance and saves that failed at close): the workspace whose stored draft this tab has
        # read and put back, and what it believes is stored for it (None: nothing). Snapshots and flushes only
        # write or clear that workspace's draft, so a draft not restored yet is never touched.
        self._draft_ws: int | None = None
        self._draft_stored: dict[str, Any] | None = None
        self._snapshot_error = ""  # the last storage failure (a locked file); retried at the next snapshot

        # toolbar
        bar = QHBoxLayout()
        self.add_btn = QPushButton(self.tr("&Add ritual…"))
        self.add_btn.setShortcut(QKeySequence("Ctrl+N"))
        self.add_btn.setToolTip(self.tr("Ctrl+N"))
        self.add_btn.clicked.connect(self.add_ritual_dialog)
        self.suggest_btn = QPushButton(self.tr("Add suggested (Tuesday teardown, Friday wins)"))
        self.suggest_btn.clicked.connect(self.add_suggestions)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self.edit_ritual_dialog)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self.delete_ritual)
        event = QPushButton(self.tr("Add one-off event…"))
        event.clicked.connect(self.add_event_dialog)
        exp = QPushButton(self.tr("Export calendar (.ics)…"))
        exp.clicked.connect(self.files.export_ics_dialog)
        exp.setToolTip(
            self.tr(
                "Rituals as weekly events in your time zone, skipped dates excluded, one-off events and notes;\n"
                "importing the file into another workspace gives back the same calendar."
            )
        )
        imp = QPushButton(self.tr("Import .ics…"))
        imp.clicked.connect(self.files.import_ics_dialog)
        imp.setToolTip(
            self.tr(
                "Google, Outlook or Apple calendar files: weekly events become rituals, excluded or cancelled dates\n"
                "become skipped occurrences, single events become one-off events. A report lists what each event\n"
                "became or why it was not imported; Ctrl+Z undoes the whole import."
            )
        )
        for w in (self.add_btn, self.suggest_btn, edit, delete, event):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(exp)
        bar.addWidget(imp)

        self.ritual_model = RitualTableModel(self)
        self.ritual_table = FilterableTable(self.ritual_model, self.tr("Filter rituals…"))
        self.ritual_table.view.doubleClicked.connect(lambda _i: self.edit_ritual_dialog())
        header = self.ritual_table.view.horizontalHeader()
        for c, width in ((0, 140), (1, 150), (2, 120), (3, 130), (4, 60), (5, 100), (6, 60), (7, 60)):
            # never narrower than the header: "Ausgelassen" or "Racha (semanas)" must not be cut
            self.ritual_table.view.setColumnWidth(c, max(width, header.sectionSizeHint(c)))
        self.empty_label = QLabel(
            self.tr(
                "No rituals yet. Two weekly rituals is the recommended start: add the suggested "
                "“Tuesday teardown” (members submit work for review) and “Friday wins” (members share results)."
            )
        )
        self.empty_label.setWordWrap(True)

        self.calendar = CalendarView(self.today)
        self.calendar.range_changed.connect(self._reload_calendar)
        self.calendar.date_selected.connect(self._date_selected)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.calendar)
        # The occurrence panel scrolls on a 720-pixel screen rather than making the page taller than it.
        occ_scroll = QScrollArea()
        occ_scroll.setObjectName("occurrenceScroll")
        occ_scroll.setWidgetResizable(True)
        occ_scroll.setFrameShape(QFrame.Shape.NoFrame)
        occ_panel = self._build_occurrence_panel()
        occ_scroll.setWidget(occ_panel)
        occ_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        occ_scroll.setMinimumWidth(
            occ_panel.minimumSizeHint().width() + occ_scroll.verticalScrollBar().sizeHint().width()
        )
        top.addWidget(occ_scroll)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 1)
        top.setSizes([900, 340])

        lower = QTabWidget()
        rit_page = QWidget()
        rl = QVBoxLayout(rit_page)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.empty_label)
        rl.addWidget(self.ritual_table)
        lower.addTab(rit_page, self.tr("Rituals && streaks"))
        sla_scroll = QScrollArea()  # the SLA settings and tables scroll on a small screen instead of clipping
        sla_scroll.setObjectName("slaScroll")
        sla_scroll.setWidgetResizable(True)
        sla_scroll.setFrameShape(QFrame.Shape.NoFrame)
        sla_page = self.sla
        sla_page.setMinimumHeight(sla_page.minimumSizeHint().height())
        sla_scroll.setWidget(sla_page)
        lower.addTab(sla_scroll, self.tr("Response SLA"))
        self.lower_tabs = lower

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(lower)
        # 60/40: on a 1280×720 laptop the rituals list still shows five rows and the month stays readable.
        split.setSizes([600, 400])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        self.draft_note = QLabel("")
        self.draft_note.setWordWrap(True)
        self.draft_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.draft_note.setStyleSheet("color: #b9770e")
        self.draft_note.setToolTip(
            self.tr(
                "What was typed here but not saved when the app stopped (or could not be saved when it closed) is "
                "kept as a draft and put back; it is saved when you save it or close the window."
            )
        )
        self.draft_note.hide()
        lay.addLayout(bar)
        lay.addWidget(self.draft_note)
        lay.addWidget(split, 1)
        ctx.bus.data_changed.connect(self._on_data_changed)
        self.setEnabled(False)

    # ------------------------------------------------------------------ panels
    def _build_occurrence_panel(self) -> QWidget:
        box = QGroupBox(self.tr("Occurrence"))
        box.setMaximumWidth(420)  # long post titles must not squeeze the calendar
        lay = QVBoxLayout(box)
        self.day_label = QLabel(self.tr("Pick a day on the calendar."))
        self.day_label.setWordWrap(True)
        lay.addWidget(self.day_label)
        self.occ_list = QListWidget()
        self.occ_list.setMaximumHeight(66)  # three occurrences; the form must fit 720 px
        self.occ_list.currentRowChanged.connect(self._occ_selected)
        lay.addWidget(self.occ_list)
        r = QHBoxLayout()
        self.run_btn = QPushButton(self.tr("Mark &run"))
        self.run_btn.setToolTip(self.tr("Alt+R"))
        self.run_btn.clicked.connect(lambda: self.mark_selected("run"))
        self.skip_btn = QPushButton(self.tr("Mark s&kipped"))
        self.skip_btn.setToolTip(self.tr("Alt+K"))
        self.skip_btn.clicked.connect(lambda: self.mark_selected("skipped"))
        self.clear_btn = QPushButton(self.tr("Clear"))
        self.clear_btn.setToolTip(self.tr("Back to planned"))
        self.clear_btn.clicked.connect(lambda: self.mark_selected("planned"))
        for b in (self.run_btn, self.skip_btn, self.clear_btn):
            r.addWidget(b)
        lay.addLayout(r)
        form = QFormLayout()
        self.occ_prompt = QComboBox()
        # a long prompt text must not widen the field past the panel (it squeezed the "Prompt:" label)
        self.occ_prompt.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.occ_prompt.setMinimumContentsLength(18)
        self.occ_prompt.setToolTip(
            self.tr("The prompt used; it is logged in the prompt library so it is not repeated too soon")
        )
        form.addRow(self.tr("Prompt:"), self.occ_prompt)
        self.occ_recap = QPlainTextEdit()
        self.occ_recap.setPlaceholderText(self.tr("Recap: what was learned, what happens next"))
        self.occ_recap.setMaximumHeight(64)
        form.addRow(self.tr("Recap:"), self.occ_recap)
        self.occ_posts = QListWidget()
        self.occ_posts.setMaximumHeight(110)
        self.occ_posts.setToolTip(self.tr("Posts from the post log (±3 days) that carried this occurrence"))
        form.addRow(self.tr("Posts:"), self.occ_posts)
        lay.addLayout(form)
        self.save_occ_btn = QPushButton(self.tr("Save occurrence"))
        self.save_occ_btn.setToolTip(self.tr("Ctrl+Return"))
        self.save_occ_btn.clicked.connect(self.save_occurrence)
        shortcut(QKeySequence("Ctrl+Return"), box, self.save_occurrence)
        lay.addWidget(self.save_occ_btn)
        self.occ_error = QLabel("")
        self.occ_error.setWordWrap(True)
        self.occ_error.setStyleSheet("color: #c0392b")
        lay.addWidget(self.occ_error)
        lay.addStretch(1)  # on a tall screen the spare height goes below the form, not between its rows
        self._set_occ_enabled(False)
        return box

    # ------------------------------------------------------------------ plumbing
    @property
    def engine(self) -> Any:
        return self.ctx.engine

    def set_workspace(self, workspace_id: int | None) -> None:
        self.ws_id = workspace_id
        self.undo_stack.clear()
        self._occ_key = None
        self._occ_item = None
        self.sla.loaded = None
        self.setEnabled(workspace_id is not None)
        if workspace_id is not None:
            ws = ws_svc.find_workspace(self.engine, workspace_id)
            self.calendar.model.first_weekday = ws.week_start if ws else 0
        self.calendar.show_date(self.today)
        self.reload()
        # open on the latest occurrence that is due, so the editor shows something to act on
        past = [i.local_date for i in self._items if i.kind == "ritual" and i.local_date <= self.today]
        if past:
            self.calendar.select(max(past))
        self._restore_draft()

    def _on_data_changed(self, area: ChangeArea, ws_id: int) -> None:
        if ws_id == self.ws_id and area in _WATCHED:
            self.reload()

    def reload(self) -> None:
        if self.ws_id is None:
            return
        summaries = svc.ritual_summaries(self.engine, self.ws_id, self.today)
        self.ritual_model.set_rows(summaries)
        self.empty_label.setVisible(not summaries)
        self._reload_calendar()
        self.sla.reload()

    def _reload_calendar(self) -> None:
        if self.ws_id is None:
            return
        m = self.calendar.model
        self._items = svc.calendar(self.engine, self.ws_id, m.start(), m.end())
        sel = self.calendar.selected_date()
        m.set_items(self._items)
        if sel is not None:
            self.calendar.select(sel)
            self._date_selected(sel)

    # ------------------------------------------------------------------ rituals
    def selected_ritual_id(self) -> int | None:
        rows = self.ritual_table.selected_source_rows()
        if not rows:
            idx = self.ritual_table.view.currentIndex()
            if not idx.isValid():
                return None
            rows = [self.ritual_table.source_index(idx).row()]
        return self.ritual_model.rows[rows[0]].ritual.id

    def add_ritual_values(self, values: dict[str, Any], text: str = "") -> int | None:
        """Add a ritual (validated by the service); returns its id or None with the message shown."""
        if self.ws_id is None:
            return None
        text = text or self.tr("Add ritual")
        ws = self.ws_id
        try:
            ritual_id = self._push(
                text,
                lambda _undone: svc.add_ritual(self.engine, ws, **dict(values)),
                lambda ritual_id: svc.delete_ritual(self.engine, ritual_id),
            )
        except promise_svc.InputError as exc:
            QMessageBox.warning(self, text, exc.message)
            return None
        return int(ritual_id)

    def add_ritual_dialog(self) -> None:
        if self.ws_id is None:
            return
        dlg = RitualDialog(promise_svc.list_formats(self.engine, self.ws_id), self.today, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.add_ritual_values(dlg.values())

    def add_suggestions(self) -> None:
        existing = {r.name for r in svc.list_rituals(self.engine, self.ws_id or 0)}
        self.undo_stack.beginMacro(self.tr("Add suggested rituals"))
        try:
            for s in svc.DEFAULT_SUGGESTIONS:
                if s["name"] not in existing:
                    self.add_ritual_values(
                        {**s, "active_from": self.today}, self.tr("Add {name}").format(name=s["name"])
                    )
        finally:
            self.undo_stack.endMacro()

    def edit_ritual_dialog(self) -> None:
        rid = self.selected_ritual_id()
        if rid is None or self.ws_id is None:
            return
        r = svc.get_ritual(self.engine, rid)
        if r is None:
            return
        dlg = RitualDialog(promise_svc.list_formats(self.engine, self.ws_id), self.today, r, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.update_ritual_values(rid, dlg.values())

    def update_ritual_values(self, rid: int, values: dict[str, Any]) -> bool:
        try:
            self._push(
                self.tr("Edit ritual"),
                lambda _undone: svc.update_ritual(self.engine, rid, **dict(values)),
                lambda old: svc.update_ritual(self.engine, rid, **old),
            )
        except promise_svc.InputError as exc:
            QMessageBox.warning(self, self.tr("Edit ritual"), exc.message)
            return False
        return True

    def delete_ritual(self) -> None:
        rid = self.selected_ritual_id()
        if rid is None:
            return
        r = svc.get_ritual(self.engine, rid)
        if r is None:
            return
        ans = QMessageBox.question(
            self,
            self.tr("Delete ritual"),
            self.tr("Delete “{name}” with its recorded occurrences? (Undo with Ctrl+Z.)").format(name=r.name),
        )
        if ans != QMessageBox.StandardButton.Yes:
            return
        self.delete_ritual_id(rid)

    def delete_ritual_id(self, rid: int) -> None:
        """Deleting cascades occurrences; undo restores the ritual and every recorded occurrence."""
        r = svc.get_ritual(self.engine, rid)
        if r is None or self.ws_id is None:
            return
        ws = self.ws_id
        saved = svc.ritual_values(r)
        items = [
            i
            for i in svc.calendar(self.engine, ws, r.active_from, self.today + timedelta(days=400))
            if i.ritual_id == rid
        ]
        states = [svc.occurrence_state(self.engine, rid, i.local_date) for i in items if i.occurrence_id]

        def undo(_deleted: object) -> int:
            """Returns the id the ritual comes back under; a redo after it deletes that id."""
            new_id = svc.add_ritual(self.engine, ws, **saved)
            for st in states:
                st.ritual_id = new_id
                svc.restore_occurrence(self.engine, st)
            return new_id

        self._push(
            self.tr("Delete ritual"), lambda restored_id: svc.delete_ritual(self.engine, restored_id or rid), undo
        )

    # ------------------------------------------------------------------ occurrences
    def _set_occ_enabled(self, on: bool) -> None:
        for w in (
            self.run_btn,
            self.skip_btn,
            self.clear_btn,
            self.occ_prompt,
            self.occ_recap,
            self.occ_posts,
            self.save_occ_btn,
        ):
            w.setEnabled(on)

    def _date_selected(self, d: date) -> None:
        if d != getattr(self, "_day", None) and not self._save_left_occurrence():
            return  # not saved: the user stays on the occurrence being edited, which the error is about
        prev = self.selected_item()
        prev_key = _item_key(prev) if prev is not None else None
        self._day = d
        self._day_items = [i for i in self._items if i.local_date == d]
        cur = self.occ_list.currentRow()
        self.occ_list.blockSignals(True)
        self.occ_list.clear()
        for it in self._day_items:
            label = f"{it.time_of_day} {it.title} — " + (
                self.tr("one-off event") if it.kind == "event" else self.tr(_STATUS_WORDS.get(it.status, it.status))
            )
            lines = it.notes.strip().split("\n") if it.notes.strip() else []
            if lines:  # an event's notes: the first line here, all of them in the tooltip
                label += f": {lines[0][:80]}" + ("…" if len(lines[0]) > 80 or len(lines) > 1 else "")
            entry = QListWidgetItem(label)
            entry.setToolTip(it.notes)
            self.occ_list.addItem(entry)
        self.occ_list.blockSignals(False)
        self.day_label.setText(
            "<b>"
            + _long_date(d)
            + "</b>"
            + ("" if self._day_items else "<br>" + self.tr("Nothing scheduled on this day."))
        )
        rituals_idx = [i for i, it in enumerate(self._day_items) if it.kind == "ritual"]
        keys = [_item_key(it) for it in self._day_items]
        if prev_key in keys:  # a reload: the same occurrence, even if an added event moved it down the list
            pick = keys.index(prev_key)
        else:
            pick = cur if 0 <= cur < len(self._day_items) else (rituals_idx[0] if rituals_idx else -1)
        self._quiet_switch += 1  # a refill, not the user leaving: an occurrence gone from the day is not saved
        try:
            self.occ_list.setCurrentRow(pick)
            self._occ_selected(pick)
        finally:
            self._quiet_switch -= 1

    def selected_item(self) -> svc.CalendarItem | None:
        row = self.occ_list.currentRow()
        items = getattr(self, "_day_items", [])
        return items[row] if 0 <= row < len(items) else None

    def _occ_selected(self, row: int) -> None:
        picked = self.selected_item()
        if (picked is None or _item_key(picked) != self._occ_key) and not self._save_left_occurrence():
            return  # not saved: the selection went back to the occurrence being edited
        it = self.selected_item()
        self.occ_error.setText("")
        if it is None or it.kind != "ritual" or self.ws_id is None:
            self._occ_key = None
            self._occ_item = None
            self._occ_loaded = {}
            self._set_occ_enabled(False)
            self.occ_prompt.clear()
            self.occ_recap.clear()
            self.occ_posts.clear()
            return
        self._set_occ_enabled(True)
        # The same occurrence shown again (a reload): keep what the user changed since it was loaded.
        key = _item_key(it)
        same = key == self._occ_key
        loaded = self._occ_loaded if same else {}
        typed_prompt = self.occ_prompt.currentData()
        keep_prompt = same and typed_prompt != loaded.get("prompt_id")
        keep_recap = same and self.occ_recap.toPlainText() != loaded.get("recap")
        loaded_posts: dict[int, bool] = loaded.get("posts", {})
        kept_ticks = {pid: c for pid, c in self._ticked_posts().items() if same and loaded_posts.get(pid) != c}

        self.occ_prompt.clear()
        self.occ_prompt.addItem(self.tr("(none)"), None)
        for pr in promise_svc.list_prompts(self.engine, self.ws_id, it.local_date):
            if pr.ritual_id in (it.ritual_id, None):
                flag = "  " + self.tr("(used recently)") if pr.too_soon and pr.id != it.prompt_id else ""
                self.occ_prompt.addItem(f"[{rung_name(pr.rung)}] {pr.text[:70]}{flag}", pr.id)  # i18n: data
        stored_prompt = max(0, self.occ_prompt.findData(it.prompt_id))  # "(none)" if not offered here
        i = self.occ_prompt.findData(typed_prompt) if keep_prompt else -1
        self.occ_prompt.setCurrentIndex(i if i >= 0 else stored_prompt)
        if not keep_recap and self.occ_recap.toPlainText() != it.recap:
            self.occ_recap.setPlainText(it.recap)
        self.occ_posts.clear()
        stored_ticks: dict[int, bool] = {}
        for p in svc.recent_posts(self.engine, self.ws_id, it.local_date, days=3):
            pid = int(p.id or 0)
            stored_ticks[pid] = pid in it.post_ids
            li = QListWidgetItem(f"{p.local_date.isoformat()} {p.title[:60]}")
            li.setData(Qt.ItemDataRole.UserRole, pid)
            li.setFlags(li.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = kept_ticks.get(pid, stored_ticks[pid])
            li.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.occ_posts.addItem(li)
        self._occ_key = key
        self._occ_item = it
        # As the editor shows them, so comparing with the editor tells exactly what the user changed.
        self._occ_loaded = {
            "recap": it.recap,
            "prompt_id": self.occ_prompt.itemData(stored_prompt),
            "posts": stored_ticks,
        }

    def _ticked_posts(self) -> dict[int, bool]:
        out: dict[int, bool] = {}
        for i in range(self.occ_posts.count()):
            li = self.occ_posts.item(i)
            out[int(li.data(Qt.ItemDataRole.UserRole))] = li.checkState() == Qt.CheckState.Checked
        return out

    def _occurrence_edited(self) -> bool:
        """The editor differs from what was loaded for the selected occurrence (recap, prompt or posts)."""
        it = self.selected_item()
        if it is None or it.kind != "ritual" or _item_key(it) != self._occ_key:
            return False
        return self._editor_edited()

    def _editor_edited(self) -> bool:
        """The editor differs from what was loaded for the occurrence it shows, wherever the selection is."""
        if self._occ_item is None:
            return False
        loaded = self._occ_loaded
        return (
            self.occ_recap.toPlainText() != loaded.get("recap")
            or self.occ_prompt.currentData() != loaded.get("prompt_id")
            or self._ticked_posts() != loaded.get("posts")
        )

    def _apply_occurrence(self, text: str, item: svc.CalendarItem | None = None, **changes: Any) -> bool:
        """Change ``item`` (the selected occurrence by default) as one undoable step; False with occ_error if not."""
        it = item if item is not None else self.selected_item()
        if it is None or it.kind != "ritual" or it.ritual_id is None:
            self.occ_error.setText(self.tr("Pick a ritual occurrence first."))
            return False
        rid, d = it.ritual_id, it.local_date
        try:
            self._push(
                text,
                lambda _undone: svc.set_occurrence(self.engine, rid, d, **changes),
                lambda before: svc.restore_occurrence(self.engine, before),
            )
        except promise_svc.InputError as exc:
            self.occ_error.setText(exc.message)
            return False
        return True

    def mark_selected(self, status: str) -> bool:
        it = self.selected_item()
        if status != "planned" and it is not None and it.local_date > self.today:
            self.occ_error.setText(self.tr("This occurrence is in the future: it can be marked once its day has come."))
            return False
        return self._apply_occurrence(self.tr(_MARK_TEXTS[status]), status=status)

    def save_occurrence(self, item: svc.CalendarItem | None = None) -> bool:
        """Save the editor (recap, prompt, ticked posts) onto ``item``, the selected occurrence by default."""
        posts = [
            int(self.occ_posts.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.occ_posts.count())
            if self.occ_posts.item(i).checkState() == Qt.CheckState.Checked
        ]
        return self._apply_occurrence(
            self.tr("Edit occurrence"),
            item,
            recap=self.occ_recap.toPlainText(),
            prompt_id=self.occ_prompt.currentData(),
            post_ids=posts,
        )

    def _save_left_occurrence(self) -> bool:
        """Leaving an occurrence saves its edits (undoably), as the app saves a form the user leaves.

        Called as the user picks another occurrence or day, before the editor is refilled; refills and reloads
        (``_quiet_switch``) never save. A save that fails puts the user back on that occurrence with the typed
        edits and the error, so nothing typed is lost; returns False then.
        """
        left = self._occ_item
        if self._quiet_switch or left is None or not self._editor_edited():
            return True
        typed = self._occurrence_fields(left)
        self._quiet_switch += 1  # the save's reload and a revert re-select: neither is the user leaving
        try:
            try:
                if self.save_occurrence(left):
                    return True
                message = self.occ_error.text() or self.tr("Not saved.")
            except Exception as exc:  # a locked file: say so and keep the edits rather than raise into Qt
                message = self.tr("Not saved: {reason}").format(reason=exc)
            self.calendar.select(left.local_date)  # its day, when still in view: the editor keeps the edits
            if typed is not None:
                self._apply_occurrence_draft(typed)  # else its day comes back into view and the edits are put back
            kept = self.tr("The edits of “{title}” on {day} are kept.").format(
                title=left.title, day=_short_date(left.local_date)
            )
            self.occ_error.setText(f"{message} {kept}")
            return False
        finally:
            self._quiet_switch -= 1

    # ------------------------------------------------------------------ events
    def add_event_dialog(self) -> None:
        d = self.calendar.selected_date() or self.today
        title, ok = QInputDialog.getText(
            self, self.tr("One-off event"), self.tr("Title of the event on {day}:").format(day=d.isoformat())
        )
        if not ok:
            return
        t, ok = QInputDialog.getText(self, self.tr("One-off event"), self.tr("Time (HH:MM, empty for all day):"))
        if not ok:
            return
        self.add_event_values(title, d, t)

    def add_event_values(self, title: str, d: date, time_text: str = "") -> int | None:
        if self.ws_id is None:
            return None
        ws = self.ws_id
        try:
            event_id = self._push(
                self.tr("Add event"),
                lambda _undone: svc.add_event(self.engine, ws, title, d, time_text),
                lambda added: svc.delete_event(self.engine, added),
            )
        except promise_svc.InputError as exc:
            QMessageBox.warning(self, self.tr("One-off event"), exc.message)
            return None
        return int(event_id)

    # ------------------------------------------------------------------ SLA
    def flush_pending(self) -> None:
        """Save a typed but unsaved SLA form or occurrence (recap, prompt, posts) before closing (never a dialog);
        what could not be saved stays this tab's draft, and a draft of this tab with nothing pending is cleared."""
        if self.ws_id is None:
            return
        errors: dict[str, str] = {}
        try:
            prof = promise_svc.get_profile(self.engine, self.ws_id)
            typed = (self.sla.sla_minutes.value(), self.sla.sla_first_n.value())
            if typed != (prof.sla_minutes, prof.sla_first_n):
                message = self.sla.save_sla(quiet=True)
                if message:
                    errors["sla"] = message
            if self._occurrence_edited() and not self.save_occurrence():
                errors["occurrence"] = self.occ_error.text() or self.tr("Not saved.")
        except Exception as exc:  # closing must go on; the status bar says what was not saved
            self.ctx.bus.status_message.emit(
                self.tr("Rituals: an open edit was not saved ({reason})").format(reason=exc)
            )
            not_saved = self.tr("Not saved: {reason}").format(reason=exc)
            errors = {"sla": not_saved, "occurrence": not_saved}
        try:
            self._write_draft(errors)
        except Exception as exc:  # nothing more to do while closing; say so rather than raise
            self.ctx.bus.status_message.emit(
                self.tr("Rituals: could not keep the unsaved draft ({reason})").format(reason=exc)
            )

    # ------------------------------------------------------------------ drafts
    def snapshot_drafts(self) -> None:
        """Crash insurance: store what differs from what is saved (the occurrence being edited, the SLA form) as
        this tab's draft, which ``set_workspace`` puts back after a crash; clear it once nothing is pending.
        Reads only the widgets and the values last loaded, writes only when that changed; never raises."""
        try:
            self._write_draft({}, only_if_changed=True)
            self._snapshot_error = ""
        except Exception as exc:  # a locked file: the next snapshot tries again; insurance never gets in the way
            self._snapshot_error = str(exc)

    def _write_draft(self, errors: dict[str, str], only_if_changed: bool = False) -> None:
        """Store the pending edits as the workspace's draft, or clear the draft this tab restored or wrote."""
        ws = self.ws_id
        if ws is None or ws != self._draft_ws:
            return  # this workspace's stored draft was not read back: leave it for the next restore
        fields = self._pending_fields()
        kept_errors = {k: v for k, v in errors.items() if k in fields}
        force = bool(errors) and not only_if_changed
        self._draft_stored = sync_draft(self.engine, DRAFT_KEY, ws, fields, kept_errors, self._draft_stored, force)

    def _pending_fields(self) -> dict[str, Any]:
        """What the occurrence editor and the SLA form hold that differs from what they last loaded.

        Only what differs: a recap typed on an occurrence whose prompt changed elsewhere meanwhile puts back the
        recap, not an old prompt. The shape is JSON as stored (ints, strings, sorted lists), so it compares
        equal to a draft read back.
        """
        fields: dict[str, Any] = {}
        it = self.selected_item()
        if it is not None and self._occurrence_edited():
            occ = self._occurrence_fields(it)
            if occ is not None:
                fields["occurrence"] = occ
        sla = self.sla.pending()
        if sla:
            fields["sla"] = sla
        return fields

    def _occurrence_fields(self, it: svc.CalendarItem) -> dict[str, Any] | None:
        """The draft entry of what the editor changed on ``it``, the occurrence it shows; None if nothing."""
        if it.ritual_id is None:
            return None
        loaded = self._occ_loaded
        occ: dict[str, Any] = {"ritual_id": it.ritual_id, "date": it.local_date.isoformat(), "title": it.title}
        recap = self.occ_recap.toPlainText()
        if recap != loaded.get("recap"):
            occ["recap"] = recap
        prompt = self.occ_prompt.currentData()
        if prompt != loaded.get("prompt_id"):
            occ["prompt_id"] = prompt
        stored_posts: dict[int, bool] = loaded.get("posts", {})
        changed = {pid: on for pid, on in self._ticked_posts().items() if stored_posts.get(pid, False) != on}
        if any(changed.values()):
            occ["ticked"] = sorted(pid for pid, on in changed.items() if on)
        if not all(changed.values()):
            occ["unticked"] = sorted(pid for pid, on in changed.items() if not on)
        return occ if len(occ) > 3 else None

    def _restore_draft(self) -> None:
        """Put the workspace's stored draft back (recap on its occurrence, SLA fields), unsaved, with a note.

        The draft stays stored until the edits are saved or dropped: a crash right after this start loses
        nothing. A draft that cannot be read is left alone, and so this tab writes no draft for that workspace.
        """
        self.draft_note.hide()
        self._draft_ws = None
        self._draft_stored = None
        ws = self.ws_id
        if ws is None:
            return
        try:
            draft = load_draft(self.engine, DRAFT_KEY, ws)
        except Exception as exc:  # a draft is a convenience: the tab works without it
            self.ctx.bus.status_message.emit(
                self.tr("Rituals: an unsaved draft could not be read ({reason})").format(reason=exc)
            )
            return
        self._draft_ws = ws
        if draft is None:
            return
        self._draft_stored = draft.fields
        restored: list[str] = []
        lost = ""
        occ = draft.fields.get("occurrence")
        if isinstance(occ, dict):
            what = self._apply_occurrence_draft(occ)
            if what is None:
                title, day, recap = occ.get("title"), occ.get("date"), occ.get("recap")
                lost = " " + self.tr(
                    "The edit of “{title}” on {day} was not put back: that occurrence no longer exists."
                ).format(title=title, day=day)
                if isinstance(recap, str) and recap.strip():
                    lost += " " + self.tr("Its recap: “{recap}”").format(recap=recap)
            else:
                restored.append(what)
        sla = draft.fields.get("sla")
        if isinstance(sla, dict) and self.sla.apply_draft(sla):
            restored.append(self.tr("response SLA"))
        if not restored and not lost:
            return
        reasons = " ".join(dict.fromkeys(v for v in draft.errors.values() if v))
        if restored:
            head = self.tr("Restored an unsaved draft from {when} ({parts}).").format(
                when=draft.when(), parts=", ".join(restored)
            )
        else:
            head = self.tr("Restored an unsaved draft from {when}.").format(when=draft.when())
        self.draft_note.setText(f"{head}{lost} {reasons}".strip())
        self.draft_note.show()

    def _apply_occurrence_draft(self, occ: dict[str, Any]) -> str | None:
        """Select the draft's occurrence and put its recap, prompt and ticks back; None if it is gone."""
        try:
            day = date.fromisoformat(str(occ.get("date")))
            rid = int(occ["ritual_id"])
        except (KeyError, TypeError, ValueError):
            return None
        if self.calendar.selected_date() != day:
            self.calendar.show_date(day)
        if getattr(self, "_day", None) != day:
            self._date_selected(day)
        row = next(
            (i for i, it in enumerate(self._day_items) if it.kind == "ritual" and it.ritual_id == rid),
            None,
        )
        if row is None:
            return None
        if self.occ_list.currentRow() != row:
            self.occ_list.setCurrentRow(row)  # fills the editor with that occurrence
        it = self.selected_item()
        if it is None or it.ritual_id != rid or self._occ_key != _item_key(it):
            return None
        recap = occ.get("recap")
        if isinstance(recap, str):
            self.occ_recap.setPlainText(recap)
        if "prompt_id" in occ:
            prompt = occ["prompt_id"]
            index = 0 if prompt is None else self.occ_prompt.findData(prompt)  # 0: "(none)"
            if index >= 0:
                self.occ_prompt.setCurrentIndex(index)
        ticks = {int(p): True for p in occ.get("ticked", []) if isinstance(p, int)}
        ticks.update({int(p): False for p in occ.get("unticked", []) if isinstance(p, int)})
        for i in range(self.occ_posts.count()):
            li = self.occ_posts.item(i)
            on = ticks.get(int(li.data(Qt.ItemDataRole.UserRole)))
            if on is not None:
                li.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        return self.tr("{title} on {day}").format(title=it.title, day=_short_date(it.local_date))

    def _refresh(self) -> None:
        """After a save, undo or redo: the draft note goes once nothing restored is left unsaved."""
        super()._refresh()
        if not self.draft_note.isHidden() and not self._pending_fields():
            self.draft_note.hide()

    def export_csv(self) -> None:
        if self.lower_tabs.currentIndex() == 1:
            self.sla.sla_weeks.export_csv_dialog("sla-weekly.csv")
        else:
            self.ritual_table.export_csv_dialog("rituals.csv")


def _item_key(it: svc.CalendarItem) -> tuple[Any, ...]:
    """Which occurrence or event a calendar entry is, whatever its position in the day's list."""
    return (it.kind, it.ritual_id, it.event_id, it.local_date)


def create_tab(ctx: UiContext) -> TabPage:
    return RitualsTab(ctx)
