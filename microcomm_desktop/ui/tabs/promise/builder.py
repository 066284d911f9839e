"""The promise builder: three slots, a live preview with hints, and the version history."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from microcomm_desktop.domain.promise import build_sentence, slot_hints
from microcomm_desktop.ui.common import shortcut
from microcomm_desktop.ui.lazy import LazyModule
from microcomm_desktop.ui.tabs.promise.section import WARN, Section, draft_text, hint_label

if TYPE_CHECKING:
    from microcomm_desktop.services import promise as svc
else:  # imported at first use: the first window is built before the data layer (ui/lazy.py)
    svc = LazyModule("microcomm_desktop.services.promise")

_SLOTS = ("who", "outcome", "format")


class PromiseBuilder(Section):
    def build(self) -> None:
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A promise says in one sentence who the community is for, what they get and how. "
                "Make the outcome checkable (a number or a time frame) and name a real group."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.who_edit = QLineEdit()
        self.who_edit.setPlaceholderText(self.tr("runners"))
        self.outcome_edit = QLineEdit()
        self.outcome_edit.setPlaceholderText(self.tr("a weekly 20-minute mobility routine"))
        self.format_edit = QLineEdit()
        self.format_edit.setPlaceholderText(self.tr("short videos and a Sunday Q and A"))
        self.who_hint, self.outcome_hint, self.format_hint = hint_label(), hint_label(), hint_label()
        form.addRow(self.tr("&Who:"), self.who_edit)
        form.addRow("", self.who_hint)
        form.addRow(self.tr("Specific &outcome:"), self.outcome_edit)
        form.addRow("", self.outcome_hint)
        form.addRow(self.tr("&Through (format):"), self.format_edit)
        form.addRow("", self.format_hint)
        lay.addLayout(form)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setStyleSheet("font-size: 15pt; padding: 10px; border: 1px solid palette(mid); border-radius: 6px")
        lay.addWidget(self.preview)
        row = QHBoxLayout()
        self.save_promise_btn = QPushButton(self.tr("&Save as new version"))
        self.save_promise_btn.setToolTip(self.tr("Keeps the earlier wording in the history below (Ctrl+S)"))
        self.save_promise_btn.clicked.connect(self.save_promise)
        self.promise_status = QLabel("")
        row.addWidget(self.save_promise_btn)
        row.addWidget(self.promise_status, 1)
        lay.addLayout(row)
        shortcut(QKeySequence.StandardKey.Save, self, self.save_promise)
        lay.addWidget(QLabel(self.tr("<b>Version history</b> (newest first)")))
        self.history = QListWidget()
        self.history.setToolTip(
            self.tr("Earlier promises with the date they were saved; double-click to load one back")
        )
        self.history.itemDoubleClicked.connect(self._load_history_item)
        lay.addWidget(self.history, 1)
        for e in (self.who_edit, self.outcome_edit, self.format_edit):
            e.textChanged.connect(self._update_preview)
        self._update_preview()

    def _update_preview(self) -> None:
        who, out, fmt = self.who_edit.text(), self.outcome_edit.text(), self.format_edit.text()
        self.preview.setText(build_sentence(who, out, fmt))
        by_slot = {h.slot: h.message for h in slot_hints(who, out, fmt)}
        self.who_hint.setText(by_slot.get("who", ""))
        self.outcome_hint.setText(by_slot.get("outcome", ""))
        self.format_hint.setText(by_slot.get("format", ""))

    def reload(self) -> None:
        assert self.ws_id is not None
        hist = self.tab.promise_history()
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
                (self.tr("{date}  (current):  ") if i == 0 else "{date}:  ").format(
                    date=p.created_at.date().isoformat()
                )
                + build_sentence(p.who, p.outcome, p.format_text)
            )
            it.setData(Qt.ItemDataRole.UserRole, (p.who, p.outcome, p.format_text))
            self.history.addItem(it)
        if not hist:
            self.history.addItem(self.tr("No promise saved yet — fill the three slots and save."))

    def _load_history_item(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.who_edit.setText(data[0])
            self.outcome_edit.setText(data[1])
            self.format_edit.setText(data[2])
            self.promise_status.setText(self.tr("Loaded an earlier version: save to make it current."))

    def save_promise(self) -> None:
        if self.ws_id is None:
            return
        ws = self.ws_id
        vals = (self.who_edit.text(), self.outcome_edit.text(), self.format_edit.text())
        cur = svc.current_promise(self.engine, ws)
        if cur is not None and (cur.who, cur.outcome, cur.format_text) == tuple(v.strip() for v in vals):
            self.promise_status.setText(self.tr("No change to save."))
            return

        def undo(version_id: int | None) -> None:
            if version_id is not None:
                svc.delete_promise_version(self.engine, version_id)

        self._push(self.tr("Save promise"), lambda _undone: svc.save_promise(self.engine, ws, *vals), undo)
        self.promise_status.setText(self.tr("Saved. The earlier wording is in the history."))

    # ------------------------------------------------------------------ autosave and drafts
    def fields(self) -> dict[str, Any]:
        return {"who": self.who_edit.text(), "outcome": self.outcome_edit.text(), "format": self.format_edit.text()}

    def flush(self, f: dict[str, Any]) -> str | None:
        """Save the builder as a new version when it changed and all three slots are filled.

        Vague wording only earns a hint (the Save button accepts it too), but an empty slot would publish
        "…" in the brief, so a half-written promise stays a draft instead of becoming the current version.
        """
        assert self.ws_id is not None
        vals = tuple(str(f[k]).strip() for k in _SLOTS)
        cur = svc.current_promise(self.engine, self.ws_id)
        if vals == ((cur.who, cur.outcome, cur.format_text) if cur else ("", "", "")):
            return None
        empty = [name for name, v in zip(_SLOTS, vals, strict=True) if not v]
        if empty:
            names = {"who": self.tr("who"), "outcome": self.tr("outcome"), "format": self.tr("format")}
            return self.tr("Not saved yet: fill {slots} to save the promise as a new version.").format(
                slots=", ".join(names[slot] for slot in empty)
            )
        self.save_promise()
        return None

    def is_pending(self, v: dict[str, Any], loaded: dict[str, str]) -> bool:
        return tuple(str(v[k]).strip() for k in _SLOTS) != tuple(loaded.get(k, "") for k in _SLOTS)

    def apply_draft(self, v: dict[str, Any], error: str) -> None:
        self.who_edit.setText(draft_text(v, "who"))
        self.outcome_edit.setText(draft_text(v, "outcome"))
        self.format_edit.setText(draft_text(v, "format"))
        self.promise_status.setStyleSheet(WARN)
        self.promise_status.setText(error)
