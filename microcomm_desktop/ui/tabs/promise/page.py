# Over 600 lines: promise, profile, homes, formats and prompts are one form with one draft and one undo stack.
"""The Promise tab: promise builder with live preview and history, topic and home, three formats, onboarding,
the prompt library and the readiness checklist, plus "Export community brief…".

Everything the user edits goes through ``services.promise`` inside one transaction and onto ``undo_stack``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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

from microcomm_desktop.domain.promise import FORMAT_TEMPLATES, HOME_KINDS, build_sentence, slot_hints, topic_hint
from microcomm_desktop.domain.prompts import MIN_PROMPTS_PER_RITUAL, RUNGS, check_prompt
from microcomm_desktop.services import promise as svc
from microcomm_desktop.services.brief import export_brief
from microcomm_desktop.services.drafts import clear_draft, load_draft, save_draft, sync_draft
from microcomm_desktop.services.rituals import list_rituals, recent_posts
from microcomm_desktop.ui.common import shortcut
from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.models.prompt_table_model import COL_POS, PromptTableModel
from microcomm_desktop.ui.tabs.base import ServiceEditTab, TabPage
from microcomm_desktop.ui.widgets.table import FilterableTable

AREA = ChangeArea.PROMISE
_WATCHED = {AREA, ChangeArea.RITUALS, ChangeArea.POSTS, ChangeArea.WORKSPACE, ChangeArea.EXTERNAL}
DRAFT_KEY = "draft.promise"
# Draft parts: the free-standing forms of this tab, each saved (or kept) on its own.
_PART_LABELS = {
    "promise": "promise builder",
    "profile": "topic, disclosure and welcome post",
    "format": "format form",
    "prompt": "prompt form",
    "home": "home form",
}
_WARN = "color: #c0392b"
_HINT = "color: #b9770e"


def _hint_label() -> QLabel:
    lab = QLabel("")
    lab.setWordWrap(True)
    lab.setStyleSheet(_HINT)
    return lab


class PromiseTab(ServiceEditTab):
    title = "Promise"
    area = AREA

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ws_id: int | None = None
        self.undo_stack = QUndoStack(self)
        ctx.undo_group.addStack(self.undo_stack)
        self._loading = False
        # Last value loaded from the database per text field: a reload only replaces text the user has not
        # edited since, so another tab's change never wipes what is being typed here.
        self._loaded: dict[str, str] = {}
        self._loaded_choice: dict[str, Any] = {}  # the same for the prompt form's rung and ritual choices
        self._force_fill = True
        # The format and prompt whose values the forms were filled with: showing the same one again (a reload
        # re-selects it) keeps the user's edits; picking another one fills the form with it.
        self._format_loaded_id: int | None = None
        self._prompt_loaded_id: int | None = None
        # Crash insurance (``snapshot_drafts``): the draft parts this tab last stored for the current workspace,
        # None while no draft of ours is stored, so an unchanged form writes nothing and a draft this tab did
        # not write is never cleared by it; and the last storage failure, reported once rather than every tick.
        self._snapshot_stored: dict[str, Any] | None = None
        self._snapshot_error = ""
        self.draft_note = QLabel("")
        self.draft_note.setWordWrap(True)
        self.draft_note.setStyleSheet(_HINT)
        self.draft_note.setToolTip(
            "When the window closes (or the workspace changes) open forms are saved; a form that cannot be "
            "saved yet is kept as a draft and put back here."
        )
        self.draft_note.hide()
        self.sections = QTabWidget()
        self.sections.addTab(self._build_promise_page(), "Promise")
        self.sections.addTab(self._scroll(self._build_home_page()), "Topic, home && disclosure")
        self.sections.addTab(self._build_formats_page(), "Formats")
        self.sections.addTab(self._build_onboarding_page(), "Onboarding")
        self.sections.addTab(self._build_prompts_page(), "Prompt library")
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.sections)
        split.addWidget(self._build_readiness_panel())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 320])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.draft_note)
        lay.addWidget(split)
        ctx.bus.data_changed.connect(self._on_data_changed)
        self._set_enabled(False)

    @staticmethod
    def _scroll(w: QWidget) -> QScrollArea:
        sa = QScrollArea()
        sa.setWidgetResizable(True)
        sa.setWidget(w)
        return sa

    # ------------------------------------------------------------------ pages
    def _build_promise_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        intro = QLabel(
            "A promise says in one sentence who the community is for, what they get and how. "
            "Make the outcome checkable (a number or a time frame) and name a real group."
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.who_edit = QLineEdit()
        self.who_edit.setPlaceholderText("runners")
        self.outcome_edit = QLineEdit()
        self.outcome_edit.setPlaceholderText("a weekly 20-minute mobility routine")
        self.format_edit = QLineEdit()
        self.format_edit.setPlaceholderText("short videos and a Sunday Q and A")
        self.who_hint, self.outcome_hint, self.format_hint = _hint_label(), _hint_label(), _hint_label()
        form.addRow("&Who:", self.who_edit)
        form.addRow("", self.who_hint)
        form.addRow("Specific &outcome:", self.outcome_edit)
        form.addRow("", self.outcome_hint)
        form.addRow("&Through (format):", self.format_edit)
        form.addRow("", self.format_hint)
        lay.addLayout(form)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setStyleSheet("font-size: 15pt; padding: 10px; border: 1px solid palette(mid); border-radius: 6px")
        lay.addWidget(self.preview)
        row = QHBoxLayout()
        self.save_promise_btn = QPushButton("&Save as new version")
        self.save_promise_btn.setToolTip("Keeps the earlier wording in the history below (Ctrl+S)")
        self.save_promise_btn.clicked.connect(self.save_promise)
        self.promise_status = QLabel("")
        row.addWidget(self.save_promise_btn)
        row.addWidget(self.promise_status, 1)
        lay.addLayout(row)
        shortcut(QKeySequence.StandardKey.Save, page, self.save_promise)
        lay.addWidget(QLabel("<b>Version history</b> (newest first)"))
        self.history = QListWidget()
        self.history.setToolTip("Earlier promises with the date they were saved; double-click to load one back")
        self.history.itemDoubleClicked.connect(self._load_history_item)
        lay.addWidget(self.history, 1)
        for e in (self.who_edit, self.outcome_edit, self.format_edit):
            e.textChanged.connect(self._update_preview)
        self._update_preview()
        return page

    def _build_home_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        box = QGroupBox("Topic (one line)")
        bl = QVBoxLayout(box)
        r = QHBoxLayout()
        self.topic_edit = QLineEdit()
        self.topic_edit.setPlaceholderText("budget travel in Japan")
        self.topic_edit.textChanged.connect(self._update_topic_hint)
        self.topic_save = QPushButton("Save topic")
        self.topic_save.clicked.connect(lambda: self._save_profile_fields("Change topic", topic=self.topic_edit.text()))
        r.addWidget(self.topic_edit, 1)
        r.addWidget(self.topic_save)
        bl.addLayout(r)
        self.topic_hint = _hint_label()
        bl.addWidget(self.topic_hint)
        lay.addWidget(box)

        box = QGroupBox("Home — where the community lives")
        bl = QVBoxLayout(box)
        expl = QLabel("In month one, pick one primary home. A second one splits your attention and the replies.")
        expl.setWordWrap(True)
        bl.addWidget(expl)
        self.homes_list = QListWidget()
        self.homes_list.setMaximumHeight(110)
        bl.addWidget(self.homes_list)
        r = QHBoxLayout()
        self.home_kind = QComboBox()
        for k, label in HOME_KINDS.items():
            self.home_kind.addItem(label, k)
        self.home_label = QLineEdit()
        self.home_label.setPlaceholderText("label, e.g. Instagram comments + DMs")
        self.home_primary = QCheckBox("Primary")
        self.home_primary.setChecked(True)
        add = QPushButton("Add home")
        add.clicked.connect(lambda: self.add_home())
        rem = QPushButton("Remove")
        rem.clicked.connect(self.remove_home)
        for w in (self.home_kind, self.home_label, self.home_primary, add, rem):
            r.addWidget(w, 1 if w is self.home_label else 0)
        bl.addLayout(r)
        self.home_warning = QLabel("")
        self.home_warning.setWordWrap(True)
        self.home_warning.setStyleSheet(_WARN)
        bl.addWidget(self.home_warning)
        lay.addWidget(box)

        box = QGroupBox("Disclosure line")
        bl = QVBoxLayout(box)
        expl = QLabel(
            "Endorsements with a material connection must be disclosed clearly and conspicuously. "
            "This line goes into every brief."
        )
        expl.setWordWrap(True)
        bl.addWidget(expl)
        r = QHBoxLayout()
        self.disclosure_edit = QLineEdit()
        self.disclosure_edit.setPlaceholderText("#ad — I am paid by the brand for this post.")
        b = QPushButton("Save line")
        b.clicked.connect(
            lambda: self._save_profile_fields("Change disclosure line", disclosure_line=self.disclosure_edit.text())
        )
        r.addWidget(self.disclosure_edit, 1)
        r.addWidget(b)
        bl.addLayout(r)
        lay.addWidget(box)
        lay.addStretch(1)
        return page

    def _build_formats_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.formats_status = QLabel("")
        self.formats_status.setWordWrap(True)
        lay.addWidget(self.formats_status)
        self.formats_list = QListWidget()
        self.formats_list.currentRowChanged.connect(self._format_selected)
        lay.addWidget(self.formats_list, 1)
        form = QFormLayout()
        self.fmt_name = QLineEdit()
        self.fmt_desc = QLineEdit()
        self.fmt_cadence = QComboBox()
        self.fmt_cadence.setEditable(True)
        self.fmt_cadence.addItems(["weekly", "twice a week", "every two weeks", "monthly"])
        form.addRow("Name:", self.fmt_name)
        form.addRow("Description:", self.fmt_desc)
        form.addRow("Cadence:", self.fmt_cadence)
        lay.addLayout(form)
        self.fmt_error = QLabel("")
        self.fmt_error.setStyleSheet(_WARN)
        lay.addWidget(self.fmt_error)
        r = QHBoxLayout()
        for text, slot in (
            ("Add format", self.add_format),
            ("Update", self.update_format),
            ("Remove", self.remove_format),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            r.addWidget(b)
        r.addStretch(1)
        lay.addLayout(r)
        r = QHBoxLayout()
        r.addWidget(QLabel("Templates:"))
        for name, desc, cadence in FORMAT_TEMPLATES:
            b = QPushButton(f"+ {name}")
            b.setToolTip(desc)
            b.clicked.connect(lambda _=False, n=name, d=desc, c=cadence: self._add_format(n, d, c))
            r.addWidget(b)
        r.addStretch(1)
        lay.addLayout(r)
        return page

    def _build_onboarding_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        expl = QLabel("The pinned welcome post: the rules, what to post, and how to get help.")
        expl.setWordWrap(True)
        lay.addWidget(expl)
        form = QFormLayout()
        self.onb_rules = QPlainTextEdit()
        self.onb_post = QPlainTextEdit()
        self.onb_help = QPlainTextEdit()
        for e in (self.onb_rules, self.onb_post, self.onb_help):
            e.setMinimumHeight(70)
            e.textChanged.connect(self._update_word_count)
        form.addRow("Rules:", self.onb_rules)
        form.addRow("What to post:", self.onb_post)
        form.addRow("How to get help:", self.onb_help)
        lay.addLayout(form, 1)
        r = QHBoxLayout()
        self.onb_words = QLabel("")
        save = QPushButton("Save welcome post")
        save.clicked.connect(self.save_onboarding)
        copy = QPushButton("Copy to clipboard")
        copy.clicked.connect(self.copy_onboarding)
        r.addWidget(self.onb_words, 1)
        r.addWidget(save)
        r.addWidget(copy)
        lay.addLayout(r)
        return page

    def _build_prompts_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.prompt_counts = QLabel("")
        self.prompt_counts.setWordWrap(True)
        self.prompt_counts.setToolTip(
            f"Each ritual wants at least {MIN_PROMPTS_PER_RITUAL} prompts before you invite anyone"
        )
        lay.addWidget(self.prompt_counts)
        self.prompt_model = PromptTableModel(self)
        self.prompt_model.reorder_requested.connect(self._reorder)
        self.prompt_table = FilterableTable(self.prompt_model, "Filter prompts… (Ctrl+F)")
        v = self.prompt_table.view
        v.setDragEnabled(True)
        v.setAcceptDrops(True)
        v.setDropIndicatorShown(True)
        v.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        v.setDefaultDropAction(Qt.DropAction.MoveAction)
        v.sortByColumn(COL_POS, Qt.SortOrder.AscendingOrder)
        v.selectionModel().currentRowChanged.connect(self._prompt_selected)
        for col, w in ((0, 36), (1, 380), (2, 90), (3, 130), (4, 170)):
            v.setColumnWidth(col, w)
        lay.addWidget(self.prompt_table, 1)
        r = QHBoxLayout()
        up = QPushButton("Move up")
        up.setToolTip("Alt+Up — the keyboard equivalent of dragging")
        up.clicked.connect(lambda: self.move_selected(-1))
        down = QPushButton("Move down")
        down.setToolTip("Alt+Down")
        down.clicked.connect(lambda: self.move_selected(1))
        shortcut(QKeySequence("Alt+Up"), v, lambda: self.move_selected(-1))
        shortcut(QKeySequence("Alt+Down"), v, lambda: self.move_selected(1))
        shortcut(QKeySequence(QKeySequence.StandardKey.Delete), v, self.delete_prompt)
        r.addWidget(up)
        r.addWidget(down)
        r.addStretch(1)
        r.addWidget(QLabel("Used on:"))
        self.use_date = QDateEdit()
        self.use_date.setCalendarPopup(True)
        self.use_date.setDisplayFormat("yyyy-MM-dd")
        self.use_date.dateChanged.connect(self._fill_posts)
        self.use_post = QComboBox()
        self.use_post.setMinimumWidth(220)
        mark = QPushButton("Mark used")
        mark.clicked.connect(self.mark_used)
        for widget in (self.use_date, self.use_post, mark):
            r.addWidget(widget)
        lay.addLayout(r)
        form = QFormLayout()
        self.prompt_text = QLineEdit()
        self.prompt_text.setPlaceholderText("What was your last 10-minute workout?")
        self.prompt_text.textChanged.connect(self._update_prompt_check)
        self.prompt_rung = QComboBox()
        for k, label in RUNGS.items():
            self.prompt_rung.addItem(label, k)
        self.prompt_ritual = QComboBox()
        form.addRow("Prompt:", self.prompt_text)
        self.prompt_check = QLabel("")
        self.prompt_check.setWordWrap(True)
        form.addRow("", self.prompt_check)
        rr = QHBoxLayout()
        rr.addWidget(QLabel("Rung:"))
        rr.addWidget(self.prompt_rung)
        rr.addWidget(QLabel("Ritual:"))
        rr.addWidget(self.prompt_ritual, 1)
        form.addRow(rr)
        lay.addLayout(form)
        r = QHBoxLayout()
        for text, slot in (
            ("Add prompt", self.add_prompt),
            ("Update", self.update_prompt),
            ("Delete", self.delete_prompt),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            r.addWidget(b)
        self.prompt_error = QLabel("")
        self.prompt_error.setStyleSheet(_WARN)
        r.addWidget(self.prompt_error, 1)
        lay.addLayout(r)
        return page

    def _build_readiness_panel(self) -> QWidget:
        box = QGroupBox("Readiness")
        lay = QVBoxLayout(box)
        expl = QLabel("What must exist before you invite anyone:")
        expl.setWordWrap(True)
        lay.addWidget(expl)
        self.readiness_list = QListWidget()
        self.readiness_list.setWordWrap(True)
        lay.addWidget(self.readiness_list, 1)
        self.readiness_summary = QLabel("")
        self.readiness_summary.setWordWrap(True)
        lay.addWidget(self.readiness_summary)
        self.brief_btn = QPushButton("Export community &brief…")
        self.brief_btn.setToolTip(
            "Markdown or PDF: promise, topic, home, formats, onboarding, rituals, prompts, SLA, disclosure"
        )
        self.brief_btn.clicked.connect(self.export_brief_dialog)
        lay.addWidget(self.brief_btn)
        return box

    # ------------------------------------------------------------------ plumbing
    def _set_enabled(self, on: bool) -> None:
        self.sections.setEnabled(on)
        self.brief_btn.setEnabled(on)

    def set_workspace(self, workspace_id: int | None) -> None:
        self.ws_id = workspace_id
        self.undo_stack.clear()
        self._set_enabled(workspace_id is not None)
        self._force_fill = True
        self._format_loaded_id = self._prompt_loaded_id = None
        self._snapshot_stored = None  # drafts of the previous workspace are that workspace's business
        self.reload()
        self._restore_draft()

    def _on_data_changed(self, area: ChangeArea, ws_id: int) -> None:
        if ws_id == self.ws_id and area in _WATCHED:
            self.reload()

    @property
    def engine(self) -> Any:
        return self.ctx.engine

    def reload(self) -> None:
        if self.ws_id is None:
            return
        self._loading = True
        try:
            self._reload_promise()
            self._reload_profile()
            self._reload_homes()
            self._reload_formats()
            self._reload_prompts()
            self._reload_readiness()
        finally:
            self._loading = False
            self._force_fill = False

    def _fill(self, key: str, widget: QLineEdit | QPlainTextEdit, value: str, force: bool = False) -> None:
        """Show ``value`` unless the user has edited the field since it was last loaded."""
        current = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        if force or self._force_fill or current == self._loaded.get(key, ""):
            if current != value:
                if isinstance(widget, QLineEdit):
                    widget.setText(value)
                else:
                    widget.setPlainText(value)
        self._loaded[key] = value

    def _fill_choice(self, key: str, combo: QComboBox, value: Any, force: bool = False) -> None:
        """``_fill`` for a choice: pick ``value`` unless the user picked another one since it was loaded."""
        if force or self._force_fill or combo.currentData() == self._loaded_choice.get(key):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self._loaded_choice[key] = value

    # ------------------------------------------------------------------ promise
    def _update_preview(self) -> None:
        who, out, fmt = self.who_edit.text(), self.outcome_edit.text(), self.format_edit.text()
        self.preview.setText(build_sentence(who, out, fmt))
        by_slot = {h.slot: h.message for h in slot_hints(who, out, fmt)}
        self.who_hint.setText(by_slot.get("who", ""))
        self.outcome_hint.setText(by_slot.get("outcome", ""))
        self.format_hint.setText(by_slot.get("format", ""))

    def _reload_promise(self) -> None:
        assert self.ws_id is not None
        hist = svc.promise_history(self.engine, self.ws_id)
        cur = hist[0] if hist else None
        for key, e, v in (
            ("who", self.who_edit, cur.who if cur else ""),
            ("outcome", self.outcome_edit, cur.outcome if cur else ""),
            ("format", self.format_edit, cur.format_text if cur else ""),
        ):
            self._fill(key, e, v)
        self.history.clear()
        for i, p in enumerate(hist):
            it = QListWidgetItem(
                f"{p.created_at.date().isoformat()}{'  (current)' if i == 0 else ''}:  "
                + build_sentence(p.who, p.outcome, p.format_text)
            )
            it.setData(Qt.ItemDataRole.UserRole, (p.who, p.outcome, p.format_text))
            self.history.addItem(it)
        if not hist:
            self.history.addItem("No promise saved yet — fill the three slots and save.")

    def _load_history_item(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.who_edit.setText(data[0])
            self.outcome_edit.setText(data[1])
            self.format_edit.setText(data[2])
            self.promise_status.setText("Loaded an earlier version: save to make it current.")

    def save_promise(self) -> None:
        if self.ws_id is None:
            return
        ws = self.ws_id
        vals = (self.who_edit.text(), self.outcome_edit.text(), self.format_edit.text())
        cur = svc.current_promise(self.engine, ws)
        if cur is not None and (cur.who, cur.outcome, cur.format_text) == tuple(v.strip() for v in vals):
            self.promise_status.setText("No change to save.")
            return

        def undo(version_id: int | None) -> None:
            if version_id is not None:
                svc.delete_promise_version(self.engine, version_id)

        self._push("Save promise", lambda _undone: svc.save_promise(self.engine, ws, *vals), undo)
        self.promise_status.setText("Saved. The earlier wording is in the history.")

    # ------------------------------------------------------------------ profile
    def _reload_profile(self) -> None:
        assert self.ws_id is not None
        prof = svc.get_profile(self.engine, self.ws_id)
        self._profile = prof
        for key, e, v in (
            ("topic", self.topic_edit, prof.topic),
            ("disclosure_line", self.disclosure_edit, prof.disclosure_line),
            ("onboarding_rules", self.onb_rules, prof.onboarding_rules),
            ("onboarding_what_to_post", self.onb_post, prof.onboarding_what_to_post),
            ("onboarding_help", self.onb_help, prof.onboarding_help),
        ):
            self._fill(key, e, v)
        self._update_topic_hint()
        self._update_word_count()

    def _update_topic_hint(self) -> None:
        h = topic_hint(self.topic_edit.text())
        self.topic_hint.setText(h.message if h else "Tight topic ✓")

    def _save_profile_fields(self, text: str, **values: Any) -> bool:
        if self.ws_id is None:
            return False
        try:
            self._push_profile_update(text, values)
        except svc.InputError as exc:
            QMessageBox.warning(self, text, exc.message)
            return False
        return True

    def _update_word_count(self) -> None:
        text = "\n".join(e.toPlainText() for e in (self.onb_rules, self.onb_post, self.onb_help))
        n = svc.word_count(text)
        advice = "" if 30 <= n <= 200 else (" — a bit short" if n < 30 else " — long: members skim pinned posts")
        self.onb_words.setText(f"{n} words{advice}")

    def save_onboarding(self) -> None:
        self._save_profile_fields(
            "Edit welcome post",
            onboarding_rules=self.onb_rules.toPlainText(),
            onboarding_what_to_post=self.onb_post.toPlainText(),
            onboarding_help=self.onb_help.toPlainText(),
        )

    def onboarding_text(self) -> str:
        return svc.onboarding_text(
            self.onb_rules.toPlainText(), self.onb_post.toPlainText(), self.onb_help.toPlainText()
        )

    def copy_onboarding(self) -> None:
        QGuiApplication.clipboard().setText(self.onboarding_text())
        self.ctx.bus.status_message.emit("Welcome post copied to the clipboard.")

    # ------------------------------------------------------------------ homes
    def _reload_homes(self) -> None:
        assert self.ws_id is not None
        self.homes_list.clear()
        for h in svc.list_homes(self.engine, self.ws_id):
            it = QListWidgetItem(
                f"{HOME_KINDS.get(h.kind, h.kind)}{' — ' + h.label if h.label else ''}"
                f"{'  (primary)' if h.is_primary else ''}{'  since ' + h.added_on.isoformat() if h.added_on else ''}"
            )
            it.setData(Qt.ItemDataRole.UserRole, h.id)
            self.homes_list.addItem(it)
        self.home_warning.setText(svc.primary_home_warning(self.engine, self.ws_id) or "")

    def add_home(self, ask: bool = True) -> None:
        """Add the home in the form; ``ask=False`` (autosave while closing) reports a split on the status bar."""
        if self.ws_id is None:
            return
        ws, kind, label, primary = (
            self.ws_id,
            self.home_kind.currentData(),
            self.home_label.text(),
            self.home_primary.isChecked(),
        )
        _home_id, warn = self._push(
            "Add home",
            lambda _undone: svc.add_home(self.engine, ws, kind, label, self.ctx.today, primary),
            lambda added: svc.delete_home(self.engine, added[0]),
        )
        self.home_label.clear()
        if warn:
            if ask:
                QMessageBox.information(self, "Split attention", warn)
            else:
                self._error(warn)

    def remove_home(self) -> None:
        it = self.homes_list.currentItem()
        if it is None:
            return
        home_id: int = it.data(Qt.ItemDataRole.UserRole)
        # Undo restores the row under a new id; a redo after it removes that id.
        self._push(
            "Remove home",
            lambda restored_id: svc.delete_home(self.engine, restored_id or home_id),
            lambda row: svc.restore_home(self.engine, row) if row is not None else None,
        )

    # ------------------------------------------------------------------ formats
    def _reload_formats(self) -> None:
        assert self.ws_id is not None
        before: list[Any] = getattr(self, "_formats", [])
        row = self.formats_list.currentRow()
        selected = before[row].id if 0 <= row < len(before) else None
        self._formats = svc.list_formats(self.engine, self.ws_id)
        self.formats_list.clear()
        for f in self._formats:
            self.formats_list.addItem(f"{f.name}  ({f.cadence or 'no cadence'}) — {f.description}")
        # Keep the format being edited selected, so Update (and closing) still saves onto it.
        again = next((i for i, f in enumerate(self._formats) if selected is not None and f.id == selected), -1)
        if again >= 0:
            self.formats_list.setCurrentRow(again)
        n = len(self._formats)
        if n < 3:
            self.formats_status.setText(
                f"<span style='{_WARN}'>{n} of 3 recurring formats — incomplete.</span> "
                "Add formats that deliver the promise, or one click on a template below."
            )
        else:
            self.formats_status.setText(f"{n} recurring formats ✓ — three is the recommended set.")

    def _format_selected(self, row: int) -> None:
        if 0 <= row < len(self._formats):
            f = self._formats[row]
            force = f.id != self._format_loaded_id
            cadence = self.fmt_cadence.lineEdit()
            assert cadence is not None  # the combo is editable
            self._fill("fmt_name", self.fmt_name, f.name, force)
            self._fill("fmt_desc", self.fmt_desc, f.description, force)
            self._fill("fmt_cadence", cadence, f.cadence, force)
            self._format_loaded_id = f.id

    def _add_format(self, name: str, desc: str, cadence: str) -> None:
        if self.ws_id is None:
            return
        ws = self.ws_id
        try:
            self._push(
                f"Add format {name!r}",
                lambda _undone: svc.add_format(self.engine, ws, name, desc, cadence),
                lambda format_id: svc.delete_format(self.engine, format_id),
            )
            self.fmt_error.setText("")
        except svc.InputError as exc:
            self.fmt_error.setText(exc.message)

    def add_format(self) -> None:
        self._add_format(self.fmt_name.text(), self.fmt_desc.text(), self.fmt_cadence.currentText())

    def update_format(self) -> None:
        row = self.formats_list.currentRow()
        if not 0 <= row < len(self._formats):
            self.fmt_error.setText("Select a format to update.")
            return
        fid = self._formats[row].id or 0
        values = {
            "name": self.fmt_name.text(),
            "description": self.fmt_desc.text(),
            "cadence": self.fmt_cadence.currentText(),
        }
        try:
            self._push(
                "Edit format",
                lambda _undone: svc.update_format(self.engine, fid, **values),
                lambda old: svc.update_format(self.engine, fid, **old),
            )
            self.fmt_error.setText("")
        except svc.InputError as exc:
            self.fmt_error.setText(exc.message)

    def remove_format(self) -> None:
        row = self.formats_list.currentRow()
        if not 0 <= row < len(self._formats):
            return
        format_id = self._formats[row].id or 0
        # Undo restores the row under a new id; a redo after it removes that id.
        self._push(
            "Remove format",
            lambda restored_id: svc.delete_format(self.engine, restored_id or format_id),
            lambda saved: svc.restore_format(self.engine, saved) if saved is not None else None,
        )

    # ------------------------------------------------------------------ prompts
    def _reload_prompts(self) -> None:
        assert self.ws_id is not None
        selected = self._prompt_fields()["id"]
        rows = svc.list_prompts(self.engine, self.ws_id, self.ctx.today)
        self.prompt_model.set_rows(rows)
        cur_ritual = self.prompt_ritual.currentData()
        self.prompt_ritual.clear()
        self.prompt_ritual.addItem("(no ritual)", None)
        for r in list_rituals(self.engine, self.ws_id):
            self.prompt_ritual.addItem(r.name, r.id)
        i = self.prompt_ritual.findData(cur_ritual)
        self.prompt_ritual.setCurrentIndex(max(0, i))
        counts = svc.prompt_counts_by_ritual(self.engine, self.ws_id)
        parts = []
        for name, n in counts.items():
            style = "" if n >= MIN_PROMPTS_PER_RITUAL else f" style='{_WARN}'"
            parts.append(f"<span{style}><b>{name}</b>: {n}/{MIN_PROMPTS_PER_RITUAL}</span>")
        broad = sum(1 for r in rows if r.broad)
        text = " · ".join(parts) or "No rituals yet: add them on the Rituals tab, then give each five prompts."
        if broad:
            text += f" · <span style='{_WARN}'>{broad} broad prompt(s)</span>"
        self.prompt_counts.setText(text)
        if not self.use_date.date().isValid() or self.use_date.date() == QDate(2000, 1, 1):
            t = self.ctx.today
            self.use_date.setDate(QDate(t.year, t.month, t.day))
        self._fill_posts()
        if selected is not None:  # keep the prompt being edited selected (its typed text stays, see _show_prompt)
            self._select_prompt(int(selected))

    def _fill_posts(self) -> None:
        if self.ws_id is None or self._loading and self.use_post.count():
            return
        d = self.use_date.date().toPython()
        assert isinstance(d, date)
        self.use_post.clear()
        self.use_post.addItem("(no post)", None)
        for p in recent_posts(self.engine, self.ws_id, d, days=0):
            self.use_post.addItem(f"{p.local_date.isoformat()} {p.title[:40]}", p.id)

    def _selected_prompt_row(self) -> int | None:
        idx = self.prompt_table.view.currentIndex()
        if not idx.isValid():
            return None
        return self.prompt_table.source_index(idx).row()

    def _prompt_selected(self, *_: Any) -> None:
        r = self._selected_prompt_row()
        if r is None or r >= len(self.prompt_model.rows):
            return
        p = self.prompt_model.rows[r]
        force = p.id != self._prompt_loaded_id
        self._fill("prompt_text", self.prompt_text, p.text, force)
        self._fill_choice("prompt_rung", self.prompt_rung, p.rung, force)
        self._fill_choice("prompt_ritual", self.prompt_ritual, p.ritual_id, force)
        self._prompt_loaded_id = p.id

    def _update_prompt_check(self) -> None:
        t = self.prompt_text.text().strip()
        if not t:
            self.prompt_check.setText("")
            return
        c = check_prompt(t)
        self.prompt_check.setStyleSheet(_WARN if c.is_broad else "")
        self.prompt_check.setText(c.summary)

    def add_prompt(self) -> None:
        if self.ws_id is None:
            return
        ws = self.ws_id
        text, rung, rid = self.prompt_text.text(), self.prompt_rung.currentData(), self.prompt_ritual.currentData()
        try:
            self._push(
                "Add prompt",
                lambda _undone: svc.add_prompt(self.engine, ws, text, rung, rid),
                lambda prompt_id: svc.delete_prompt(self.engine, prompt_id),
            )
            self.prompt_error.setText("")
            self.prompt_text.clear()
        except svc.InputError as exc:
            self.prompt_error.setText(exc.message)

    def update_prompt(self) -> None:
        r = self._selected_prompt_row()
        if r is None:
            self.prompt_error.setText("Select a prompt to update.")
            return
        pid = self.prompt_model.rows[r].id
        values = {
            "text": self.prompt_text.text(),
            "rung": self.prompt_rung.currentData(),
            "ritual_id": self.prompt_ritual.currentData(),
        }
        try:
            self._push(
                "Edit prompt",
                lambda _undone: svc.update_prompt(self.engine, pid, **dict(values)),
                lambda old: svc.update_prompt(self.engine, pid, **old),
            )
            self.prompt_error.setText("")
        except svc.InputError as exc:
            self.prompt_error.setText(exc.message)

    def delete_prompt(self) -> None:
        r = self._selected_prompt_row()
        if r is None:
            return
        prompt_id = self.prompt_model.rows[r].id
        # Undo restores the prompt (and its uses) under a new id; a redo after it deletes that id.
        self._push(
            "Delete prompt",
            lambda restored_id: svc.delete_prompt(self.engine, restored_id or prompt_id),
            lambda saved: svc.restore_prompt(self.engine, *saved) if saved else None,
        )

    def _reorder(self, new_order: list[int]) -> None:
        if self.ws_id is None:
            return
        ws = self.ws_id
        self._push(
            "Reorder prompts",
            lambda _undone: svc.reorder_prompts(self.engine, ws, list(new_order)),
            lambda old: svc.reorder_prompts(self.engine, ws, list(old)),
        )

    def move_selected(self, delta: int) -> None:
        """Keyboard/button equivalent of drag-to-reorder (Alt+Up / Alt+Down)."""
        r = self._selected_prompt_row()
        if r is None:
            return
        ids = self.prompt_model.ids()
        j = r + delta
        if not 0 <= j < len(ids):
            return
        moved = ids[r]
        ids[r], ids[j] = ids[j], ids[r]
        self._reorder(ids)
        self._select_prompt(moved)

    def _select_prompt(self, prompt_id: int) -> None:
        for i, row in enumerate(self.prompt_model.rows):
            if row.id == prompt_id:
                idx = self.prompt_table.proxy.mapFromSource(self.prompt_model.index(i, 1))
                self.prompt_table.view.setCurrentIndex(idx)
                return

    def mark_used(self) -> None:
        r = self._selected_prompt_row()
        if r is None:
            self.prompt_error.setText("Select the prompt you used.")
            return
        row = self.prompt_model.rows[r]
        d = self.use_date.date().toPython()
        assert isinstance(d, date)
        post_id = self.use_post.currentData()
        if row.too_soon and row.last_used is not None:
            ans = QMessageBox.question(
                self,
                "Used recently",
                f"This prompt was used on {row.last_used.isoformat()}. Members notice repeats. Log it anyway?",
            )
            if ans != QMessageBox.StandardButton.Yes:
                return
        try:
            self._push(
                "Mark prompt used",
                lambda _undone: svc.mark_prompt_used(self.engine, row.id, d, post_id),
                lambda use_id: svc.delete_prompt_use(self.engine, use_id),
            )
            self.prompt_error.setText("")
        except svc.InputError as exc:
            self.prompt_error.setText(exc.message)

    # ------------------------------------------------------------------ autosave and drafts
    def _promise_fields(self) -> dict[str, Any]:
        return {"who": self.who_edit.text(), "outcome": self.outcome_edit.text(), "format": self.format_edit.text()}

    def _profile_fields(self) -> dict[str, Any]:
        return {
            "topic": self.topic_edit.text(),
            "disclosure_line": self.disclosure_edit.text(),
            "onboarding_rules": self.onb_rules.toPlainText(),
            "onboarding_what_to_post": self.onb_post.toPlainText(),
            "onboarding_help": self.onb_help.toPlainText(),
        }

    def _format_fields(self) -> dict[str, Any]:
        row = self.formats_list.currentRow()
        fid = self._formats[row].id if 0 <= row < len(self._formats) else None
        return {
            "id": fid,
            "name": self.fmt_name.text(),
            "description": self.fmt_desc.text(),
            "cadence": self.fmt_cadence.currentText(),
        }

    def _prompt_fields(self) -> dict[str, Any]:
        r = self._selected_prompt_row()
        pid = self.prompt_model.rows[r].id if r is not None and r < len(self.prompt_model.rows) else None
        return {
            "id": pid,
            "text": self.prompt_text.text(),
            "rung": self.prompt_rung.currentData(),
            "ritual_id": self.prompt_ritual.currentData(),
        }

    def _home_fields(self) -> dict[str, Any]:
        return {
            "kind": self.home_kind.currentData(),
            "label": self.home_label.text(),
            "primary": self.home_primary.isChecked(),
        }

    def _flush_promise(self, f: dict[str, Any]) -> str | None:
        """Save the builder as a new version when it changed and all three slots are filled.

        Vague wording only earns a hint (the Save button accepts it too), but an empty slot would publish
        "…" in the brief, so a half-written promise stays a draft instead of becoming the current version.
        """
        assert self.ws_id is not None
        vals = tuple(str(f[k]).strip() for k in ("who", "outcome", "format"))
        cur = svc.current_promise(self.engine, self.ws_id)
        if vals == ((cur.who, cur.outcome, cur.format_text) if cur else ("", "", "")):
            return None
        empty = [name for name, v in zip(("who", "outcome", "format"), vals, strict=True) if not v]
        if empty:
            return f"Not saved yet: fill {', '.join(empty)} to save the promise as a new version."
        self.save_promise()
        return None

    def _flush_profile(self, fields: dict[str, Any]) -> str | None:
        assert self.ws_id is not None
        prof = svc.get_profile(self.engine, self.ws_id)
        changed: dict[str, Any] = {}
        for key, value in fields.items():
            stored = getattr(prof, key)
            comparable = value if key == "onboarding_rules" else value.strip()  # the service strips the others
            if comparable != stored:
                changed[key] = value
        if not changed:
            return None
        try:
            self._push_profile_update("Save open edits (topic, disclosure, welcome post)", changed)
        except svc.InputError as exc:
            return exc.message
        return None

    def _flush_format(self, f: dict[str, Any]) -> str | None:
        """The format form: edits to the selected format are an Update; a new name not yet added is an Add."""
        name, desc, cadence = f["name"].strip(), f["description"].strip(), f["cadence"].strip()
        target = self._format_target(f)
        if target is not None:
            if (target.name, target.description, target.cadence) == (name, desc, cadence):
                return None
            self.formats_list.setCurrentRow(self._formats.index(target))
            self.fmt_name.setText(f["name"])
            self.fmt_desc.setText(f["description"])
            self.fmt_cadence.setCurrentText(f["cadence"])
            self.update_format()
        elif name or desc:
            self._add_format(f["name"], f["description"], f["cadence"])
        else:
            return None
        return self.fmt_error.text() or None

    def _flush_prompt(self, p: dict[str, Any]) -> str | None:
        """The prompt form: a changed selected prompt is an Update; new text not in the library is an Add."""
        text = " ".join(p["text"].split())
        rows = self.prompt_model.rows
        target = next((r for r in rows if r.id == p["id"]), None)
        if target is not None:
            if (target.text, target.rung, target.ritual_id) == (text, p["rung"], p["ritual_id"]):
                return None
            self._select_prompt(target.id)  # an earlier part's save reloaded the table and cleared the selection
            self._apply_draft_part("prompt", p, "")
            self.update_prompt()
        elif text and not any(r.text == text for r in rows):
            self.add_prompt()
        else:
            return None
        return self.prompt_error.text() or None

    def _format_target(self, f: dict[str, Any]) -> Any:
        """The stored format the form edits: the selected one, else one with the typed name (or None)."""
        name = str(f["name"]).strip()
        target = next((x for x in self._formats if x.id == f["id"]), None)
        if target is None and name:
            target = next((x for x in self._formats if x.name.strip().casefold() == name.casefold()), None)
        return target

    def _flush_home(self, h: dict[str, Any]) -> str | None:
        if not str(h["label"]).strip():
            return None
        self.add_home(ask=False)
        return None

    def _autosave_parts(self) -> list[tuple[str, Any, Any]]:
        return [
            ("promise", self._promise_fields, self._flush_promise),
            ("profile", self._profile_fields, self._flush_profile),
            ("format", self._format_fields, self._flush_format),
            ("prompt", self._prompt_fields, self._flush_prompt),
            ("home", self._home_fields, self._flush_home),
        ]

    def flush_pending(self) -> None:
        """Save every open form that is valid, through the same service and undo path as its button; keep the
        rest (with the reason) as a draft that ``set_workspace`` puts back next time. Never raises."""
        if self.ws_id is None:
            return
        ws = self.ws_id
        fields: dict[str, Any] = {}
        errors: dict[str, str] = {}
        parts = self._autosave_parts()
        # Snapshot every form first: saving one part reloads the tab, which clears list selections.
        snapshots: dict[str, dict[str, Any]] = {}
        for name, snapshot, _flush in parts:
            try:
                snapshots[name] = snapshot()
            except Exception:  # pragma: no cover - reading widgets does not fail; never block closing
                snapshots[name] = {}
        for name, _snapshot, flush in parts:
            values = snapshots[name]
            if not values:
                continue
            try:
                err = flush(values)
            except Exception as exc:  # a locked file, a row deleted elsewhere: the text survives as a draft
                err = f"Not saved: {exc}"
            if err:
                fields[name], errors[name] = values, err
        self._snapshot_stored = None
        try:
            if fields:
                save_draft(self.engine, DRAFT_KEY, ws, fields, errors)
                self._snapshot_stored = fields  # the form still holds it: a later snapshot need not rewrite it
            else:
                clear_draft(self.engine, DRAFT_KEY, ws)
        except Exception as exc:  # nothing more we can do while closing; say so rather than raise
            self._error(f"Could not keep the unsaved draft: {exc}")

    def _part_is_pending(self, name: str, v: dict[str, Any]) -> bool:
        """Whether a form part holds something its flush would save (or keep): the test of ``_flush_<part>``
        without writing, against the values the tab last loaded, so a snapshot reads no database."""
        if name == "promise":
            keys = ("who", "outcome", "format")
            return tuple(str(v[k]).strip() for k in keys) != tuple(self._loaded.get(k, "") for k in keys)
        if name == "profile":
            return any(
                (value if key == "onboarding_rules" else str(value).strip()) != self._loaded.get(key, "")
                for key, value in v.items()
            )
        if name == "format":
            target = self._format_target(v)
            fields = (str(v["name"]).strip(), str(v["description"]).strip(), str(v["cadence"]).strip())
            if target is not None:
                return (target.name, target.description, target.cadence) != fields
            return bool(fields[0] or fields[1])
        if name == "prompt":
            text = " ".join(str(v["text"]).split())
            rows = self.prompt_model.rows
            prompt = next((r for r in rows if r.id == v["id"]), None)
            if prompt is not None:
                return (prompt.text, prompt.rung, prompt.ritual_id) != (text, v["rung"], v["ritual_id"])
            return bool(text) and not any(r.text == text for r in rows)
        if name == "home":
            return bool(str(v["label"]).strip())
        return False

    def snapshot_drafts(self) -> None:
        """Crash insurance: store the form parts that differ from what is saved as this tab's draft (the shape
        ``_restore_draft`` reads), touching neither the forms nor the services; clear it once nothing is
        pending. Writes only when the snapshot changed since the last one stored; never raises."""
        if self.ws_id is None:
            return
        try:
            fields: dict[str, Any] = {}
            for name, snapshot, _flush in self._autosave_parts():
                values = snapshot()
                if values and self._part_is_pending(name, values):
                    fields[name] = values
            self._snapshot_stored = sync_draft(self.engine, DRAFT_KEY, self.ws_id, fields, {}, self._snapshot_stored)
            self._snapshot_error = ""
        except Exception as exc:  # a locked file: try again next time, say it once
            message = f"Promise: could not keep a crash-time draft: {exc}"
            if message != self._snapshot_error:
                self._snapshot_error = message
                self._error(message)

    def _restore_draft(self) -> None:
        """Put a stored draft back into its forms, with a note and the reason it was not saved."""
        self.draft_note.hide()
        if self.ws_id is None:
            return
        draft = load_draft(self.engine, DRAFT_KEY, self.ws_id)
        if draft is None:
            return
        # The values now live in the form again; the next flush stores them anew if still unsaved.
        clear_draft(self.engine, DRAFT_KEY, self.ws_id)
        first_section: int | None = None
        restored: list[str] = []
        for name, values in draft.fields.items():
            if not isinstance(values, dict) or name not in _PART_LABELS:
                continue
            section = self._apply_draft_part(name, values, draft.errors.get(name, ""))
            restored.append(_PART_LABELS[name])
            if first_section is None:
                first_section = section
        if not restored:
            return
        if first_section is not None:
            self.sections.setCurrentIndex(first_section)
        reasons = " ".join(dict.fromkeys(v for v in draft.errors.values() if v))
        self.draft_note.setText(
            f"Restored an unsaved draft from {draft.when()} ({', '.join(restored)}). {reasons}".strip()
        )
        self.draft_note.show()

    def _apply_draft_part(self, name: str, v: dict[str, Any], error: str) -> int:
        """Fill one form from a draft; returns the index of its section."""

        def text(key: str) -> str:
            value = v.get(key, "")
            return value if isinstance(value, str) else ""

        if name == "promise":
            self.who_edit.setText(text("who"))
            self.outcome_edit.setText(text("outcome"))
            self.format_edit.setText(text("format"))
            self.promise_status.setStyleSheet(_WARN)
            self.promise_status.setText(error)
            return 0
        if name == "profile":
            self.topic_edit.setText(text("topic"))
            self.disclosure_edit.setText(text("disclosure_line"))
            self.onb_rules.setPlainText(text("onboarding_rules"))
            self.onb_post.setPlainText(text("onboarding_what_to_post"))
            self.onb_help.setPlainText(text("onboarding_help"))
            return 1
        if name == "format":
            row = next((i for i, f in enumerate(self._formats) if f.id == v.get("id")), -1)
            self.formats_list.setCurrentRow(row)
            self.fmt_name.setText(text("name"))
            self.fmt_desc.setText(text("description"))
            self.fmt_cadence.setCurrentText(text("cadence"))
            self.fmt_error.setText(error)
            return 2
        if name == "home":
            self.home_kind.setCurrentIndex(max(0, self.home_kind.findData(v.get("kind"))))
            self.home_label.setText(text("label"))
            self.home_primary.setChecked(bool(v.get("primary", True)))
            self.home_warning.setText(error)
            return 1
        # prompt
        if v.get("id") is not None:
            self._select_prompt(int(v["id"]))
        self.prompt_text.setText(text("text"))
        self.prompt_rung.setCurrentIndex(max(0, self.prompt_rung.findData(v.get("rung"))))
        self.prompt_ritual.setCurrentIndex(max(0, self.prompt_ritual.findData(v.get("ritual_id"))))
        self.prompt_error.setText(error)
        return 4

    # ------------------------------------------------------------------ readiness and brief
    def _reload_readiness(self) -> None:
        assert self.ws_id is not None
        items = svc.readiness(self.engine, self.ws_id, self.ctx.today)
        self.readiness_list.clear()
        for i in items:
            it = QListWidgetItem(("✓ " if i.ok else "✗ ") + i.label + ("" if i.ok else f"\n    {i.missing}"))
            it.setToolTip(i.missing or "Done")
            if not i.ok:
                it.setForeground(Qt.GlobalColor.red)
            self.readiness_list.addItem(it)
        done = sum(i.ok for i in items)
        self.readiness_summary.setText(
            f"<b>{done} of {len(items)}</b> ready." + (" Invite your first members." if done == len(items) else "")
        )

    def export_brief_dialog(self) -> None:
        if self.ws_id is None:
            return
        path_str, chosen = QFileDialog.getSaveFileName(
            self, "Export community brief", "community-brief.md", "Markdown (*.md);;PDF (*.pdf)"
        )
        if not path_str:
            return
        path = Path(path_str)
        if not path.suffix:
            path = path.with_suffix(".pdf" if "PDF" in chosen else ".md")
        try:
            out = export_brief(self.engine, self.ws_id, path, self.ctx.today)
        except OSError as exc:
            QMessageBox.warning(self, "Export failed", f"Could not write {path}:\n{exc.strerror or exc}")
            return
        self.ctx.bus.status_message.emit(f"Brief written to {out}")

    def export_csv(self) -> None:
        self.sections.setCurrentIndex(4)
        self.prompt_table.export_csv_dialog("prompts.csv")


def create_tab(ctx: UiContext) -> TabPage:
    return PromiseTab(ctx)
