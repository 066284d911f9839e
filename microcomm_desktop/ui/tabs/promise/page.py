"""The Promise tab: promise builder with live preview and history, topic and home, three formats, onboarding,
the prompt library and the readiness checklist, plus "Export community brief…".

Each section is its own widget in its own module (builder, profile, formats, onboarding, prompts, checklist);
this page assembles them and owns what they share: the workspace, one undo stack, the record of what was last
loaded into each field (so a reload keeps typed text) and one draft for every open form. Everything the user
edits goes through ``services.promise`` inside one transaction and onto ``undo_stack``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.domain.readiness import ChecklistItem
from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.lazy import LazyModule
from microcomm_desktop.ui.tabs.base import ServiceEditTab, TabPage
from microcomm_desktop.ui.tabs.promise.builder import PromiseBuilder
from microcomm_desktop.ui.tabs.promise.checklist import ReadinessPanel
from microcomm_desktop.ui.tabs.promise.formats import FormatsSection
from microcomm_desktop.ui.tabs.promise.onboarding import OnboardingSection
from microcomm_desktop.ui.tabs.promise.profile import ProfileSection
from microcomm_desktop.ui.tabs.promise.prompts import PromptsSection
from microcomm_desktop.ui.tabs.promise.section import HINT

if TYPE_CHECKING:
    from microcomm_desktop.services import drafts
    from microcomm_desktop.services import promise as svc
else:  # imported at first use: the first window is built before the data layer (ui/lazy.py)
    drafts = LazyModule("microcomm_desktop.services.drafts")
    svc = LazyModule("microcomm_desktop.services.promise")

AREA = ChangeArea.PROMISE
_WATCHED = {AREA, ChangeArea.RITUALS, ChangeArea.POSTS, ChangeArea.WORKSPACE, ChangeArea.EXTERNAL}
DRAFT_KEY = "draft.promise"
# Draft parts: the free-standing forms of this tab, each saved (or kept) on its own.
_PART_LABELS = {
    "promise": QT_TRANSLATE_NOOP("PromiseTab", "promise builder"),
    "profile": QT_TRANSLATE_NOOP("PromiseTab", "topic, disclosure and welcome post"),
    "format": QT_TRANSLATE_NOOP("PromiseTab", "format form"),
    "prompt": QT_TRANSLATE_NOOP("PromiseTab", "prompt form"),
    "home": QT_TRANSLATE_NOOP("PromiseTab", "home form"),
}
# The widgets and slots of the sections, reachable on the tab as before the split (tests, the window's menus).
_SHOWN = {
    "builder": (
        "who_edit outcome_edit format_edit who_hint outcome_hint format_hint preview save_promise_btn "
        "promise_status history save_promise"
    ),
    "profile": (
        "topic_edit topic_save topic_hint homes_list home_kind home_label home_primary home_warning "
        "disclosure_edit add_home remove_home"
    ),
    "formats": (
        "formats_status formats_list fmt_name fmt_desc fmt_cadence fmt_error add_format update_format "
        "remove_format _add_format"
    ),
    "onboarding": "onb_rules onb_post onb_help onb_words save_onboarding onboarding_text copy_onboarding",
    "prompts": (
        "prompt_counts prompt_model prompt_table use_date use_post prompt_text prompt_rung prompt_ritual "
        "prompt_check prompt_error add_prompt update_prompt delete_prompt move_selected mark_used _select_prompt"
    ),
    "readiness": "readiness_list readiness_summary brief_btn export_brief_dialog",
}


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
        self.draft_note.setStyleSheet(HINT)
        self.draft_note.setToolTip(
            self.tr(
                "When the window closes (or the workspace changes) open forms are saved; a form that cannot be "
                "saved yet is kept as a draft and put back here."
            )
        )
        self.draft_note.hide()
        self.builder = PromiseBuilder(self)
        self.profile = ProfileSection(self)
        self.formats = FormatsSection(self)
        self.onboarding = OnboardingSection(self)
        self.prompts = PromptsSection(self)
        self.readiness = ReadinessPanel(self)
        for section_name, names in _SHOWN.items():
            section = getattr(self, section_name)
            section.build()
            for name in names.split():
                setattr(self, name, getattr(section, name))
        self.sections = QTabWidget()
        self.sections.addTab(self.builder, self.tr("Promise"))
        self.sections.addTab(self._scroll(self.profile), self.tr("Topic, home && disclosure"))
        self.sections.addTab(self.formats, self.tr("Formats"))
        self.sections.addTab(self.onboarding, self.tr("Onboarding"))
        self.sections.addTab(self.prompts, self.tr("Prompt library"))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.sections)
        split.addWidget(self.readiness)
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

    @property
    def _formats(self) -> list[Any]:
        return self.formats._formats

    # ------------------------------------------------------------------ plumbing
    def _set_enabled(self, on: bool) -> None:
        self.sections.setEnabled(on)
        self.readiness.brief_btn.setEnabled(on)

    def set_workspace(self, workspace_id: int | None) -> None:
        self.ws_id = workspace_id
        self.undo_stack.clear()
        self._set_enabled(workspace_id is not None)
        self._force_fill = True
        self._format_loaded_id = self._prompt_loaded_id = None
        self._snapshot_stored = None  # drafts of the previous workspace are that workspace's business
        self.reload()
        if self.ctx.first_reads is None:  # restoring a draft writes (it clears it): once the data layer is in
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
            self.builder.reload()
            if self.ctx.first_reads is not None:
                # The first paint (DB-API rows, data layer not in yet): the promise and the checklist are what
                # shows; the other sections fill when the window attaches, before any click reaches them.
                self.readiness.reload()
                return
            self._reload_profile()
            self.profile.reload_homes()
            self.formats.reload()
            self.prompts.reload()
            self.readiness.reload()
        finally:
            self._loading = False
            self._force_fill = False

    def promise_history(self) -> list[svc.PromiseVersion]:
        """Every version of the promise, newest first: read with the DB-API at the first paint."""
        assert self.ws_id is not None
        first = self.ctx.first_reads
        return first.promise_history(self.ws_id) if first else svc.promise_history(self.engine, self.ws_id)

    def readiness_items(self) -> list[ChecklistItem]:
        """The readiness checklist: read with the DB-API at the first paint."""
        assert self.ws_id is not None
        first = self.ctx.first_reads
        today = self.ctx.today
        return first.readiness(self.ws_id, today) if first else svc.readiness(self.engine, self.ws_id, today)

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
    # ------------------------------------------------------------------ profile (topic, disclosure, welcome post)
    def _reload_profile(self) -> None:
        assert self.ws_id is not None
        prof = svc.get_profile(self.engine, self.ws_id)
        self._profile = prof
        self.profile.fill_profile(prof)
        self.onboarding.fill_profile(prof)

    def _save_profile_fields(self, text: str, **values: Any) -> bool:
        if self.ws_id is None:
            return False
        try:
            self._push_profile_update(text, values)
        except svc.InputError as exc:
            QMessageBox.warning(self, text, exc.message)
            return False
        return True

    # ------------------------------------------------------------------ autosave and drafts
    def _promise_fields(self) -> dict[str, Any]:
        return self.builder.fields()

    def _profile_fields(self) -> dict[str, Any]:
        return {**self.profile.profile_fields(), **self.onboarding.profile_fields()}

    def _format_fields(self) -> dict[str, Any]:
        return self.formats.fields()

    def _prompt_fields(self) -> dict[str, Any]:
        return self.prompts.fields()

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
            self._push_profile_update(self.tr("Save open edits (topic, disclosure, welcome post)"), changed)
        except svc.InputError as exc:
            return exc.message
        return None

    def _autosave_parts(self) -> list[tuple[str, Any, Any]]:
        return [
            ("promise", self._promise_fields, self.builder.flush),
            ("profile", self._profile_fields, self._flush_profile),
            ("format", self._format_fields, self.formats.flush),
            ("prompt", self._prompt_fields, self.prompts.flush),
            ("home", self.profile.home_fields, self.profile.flush_home),
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
                err = self.tr("Not saved: {reason}").format(reason=exc)
            if err:
                fields[name], errors[name] = values, err
        self._snapshot_stored = None
        try:
            if fields:
                drafts.save_draft(self.engine, DRAFT_KEY, ws, fields, errors)
                self._snapshot_stored = fields  # the form still holds it: a later snapshot need not rewrite it
            else:
                drafts.clear_draft(self.engine, DRAFT_KEY, ws)
        except Exception as exc:  # nothing more we can do while closing; say so rather than raise
            self._error(self.tr("Could not keep the unsaved draft: {reason}").format(reason=exc))

    def _part_is_pending(self, name: str, v: dict[str, Any]) -> bool:
        """Whether a form part holds something its flush would save (or keep): the test of its flush without
        writing, against the values the tab last loaded, so a snapshot reads no database."""
        if name == "promise":
            return self.builder.is_pending(v, self._loaded)
        if name == "profile":
            return any(
                (value if key == "onboarding_rules" else str(value).strip()) != self._loaded.get(key, "")
                for key, value in v.items()
            )
        if name == "format":
            return self.formats.is_pending(v)
        if name == "prompt":
            return self.prompts.is_pending(v)
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
            self._snapshot_stored = drafts.sync_draft(
                self.engine, DRAFT_KEY, self.ws_id, fields, {}, self._snapshot_stored
            )
            self._snapshot_error = ""
        except Exception as exc:  # a locked file: try again next time, say it once
            message = self.tr("Promise: could not keep a crash-time draft: {reason}").format(reason=exc)
            if message != self._snapshot_error:
                self._snapshot_error = message
                self._error(message)

    def _restore_draft(self) -> None:
        """Put a stored draft back into its forms, with a note and the reason it was not saved."""
        self.draft_note.hide()
        if self.ws_id is None:
            return
        draft = drafts.load_draft(self.engine, DRAFT_KEY, self.ws_id)
        if draft is None:
            return
        # The values now live in the form again; the next flush stores them anew if still unsaved.
        drafts.clear_draft(self.engine, DRAFT_KEY, self.ws_id)
        first_section: int | None = None
        restored: list[str] = []
        for name, values in draft.fields.items():
            if not isinstance(values, dict) or name not in _PART_LABELS:
                continue
            section = self._apply_draft_part(name, values, draft.errors.get(name, ""))
            restored.append(self.tr(str(_PART_LABELS[name])))
            if first_section is None:
                first_section = section
        if not restored:
            return
        if first_section is not None:
            self.sections.setCurrentIndex(first_section)
        reasons = " ".join(dict.fromkeys(v for v in draft.errors.values() if v))
        self.draft_note.setText(
            self.tr("Restored an unsaved draft from {when} ({parts}). {reasons}")
            .format(when=draft.when(), parts=", ".join(restored), reasons=reasons)
            .strip()
        )
        self.draft_note.show()

    def _apply_draft_part(self, name: str, v: dict[str, Any], error: str) -> int:
        """Fill one form from a draft; returns the index of its section."""
        if name == "promise":
            self.builder.apply_draft(v, error)
            return 0
        if name == "profile":
            self.profile.apply_profile_draft(v)
            self.onboarding.apply_profile_draft(v)
            return 1
        if name == "format":
            self.formats.apply_draft(v, error)
            return 2
        if name == "home":
            self.profile.apply_home_draft(v, error)
            return 1
        self.prompts.apply_draft(v, error)  # prompt
        return 4

    def export_csv(self) -> None:
        self.sections.setCurrentIndex(4)
        self.prompts.prompt_table.export_csv_dialog("prompts.csv")


def create_tab(ctx: UiContext) -> TabPage:
    return PromiseTab(ctx)
