"""The prompt library: prompts per ritual with their rung, drag (or Alt+Up/Down) to reorder, mark as used."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from microcomm_desktop.domain.prompts import MIN_PROMPTS_PER_RITUAL, RUNGS, check_prompt
from microcomm_desktop.ui.common import shortcut
from microcomm_desktop.ui.lazy import LazyModule
from microcomm_desktop.ui.models.prompt_table_model import COL_POS, PromptTableModel
from microcomm_desktop.ui.tabs.promise.section import WARN, Section, draft_text
from microcomm_desktop.ui.widgets.selection import select_only
from microcomm_desktop.ui.widgets.table import FilterableTable

if TYPE_CHECKING:
    from microcomm_desktop.services import promise as svc
    from microcomm_desktop.services import rituals as rituals_svc
else:  # imported at first use: the first window is built before the data layer (ui/lazy.py)
    rituals_svc = LazyModule("microcomm_desktop.services.rituals")
    svc = LazyModule("microcomm_desktop.services.promise")


class PromptsSection(Section):
    def build(self) -> None:
        lay = QVBoxLayout(self)
        self.prompt_counts = QLabel("")
        self.prompt_counts.setWordWrap(True)
        self.prompt_counts.setToolTip(
            self.tr("Each ritual wants at least %n prompt(s) before you invite anyone", "", MIN_PROMPTS_PER_RITUAL)
        )
        lay.addWidget(self.prompt_counts)
        self.prompt_model = PromptTableModel(self)
        self.prompt_model.reorder_requested.connect(self._reorder)
        self.prompt_table = FilterableTable(self.prompt_model, self.tr("Filter prompts… (Ctrl+F)"))
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
        up = QPushButton(self.tr("Move up"))
        up.setToolTip(self.tr("Alt+Up — the keyboard equivalent of dragging"))
        up.clicked.connect(lambda: self.move_selected(-1))
        down = QPushButton(self.tr("Move down"))
        down.setToolTip(self.tr("Alt+Down"))
        down.clicked.connect(lambda: self.move_selected(1))
        shortcut(QKeySequence("Alt+Up"), v, lambda: self.move_selected(-1))
        shortcut(QKeySequence("Alt+Down"), v, lambda: self.move_selected(1))
        shortcut(QKeySequence(QKeySequence.StandardKey.Delete), v, self.delete_prompt)
        r.addWidget(up)
        r.addWidget(down)
        r.addStretch(1)
        r.addWidget(QLabel(self.tr("Used on:")))
        self.use_date = QDateEdit()
        self.use_date.setCalendarPopup(True)
        self.use_date.setDisplayFormat("yyyy-MM-dd")
        self.use_date.dateChanged.connect(self._fill_posts)
        self.use_post = QComboBox()
        self.use_post.setMinimumWidth(220)
        mark = QPushButton(self.tr("Mark used"))
        mark.clicked.connect(self.mark_used)
        for widget in (self.use_date, self.use_post, mark):
            r.addWidget(widget)
        lay.addLayout(r)
        form = QFormLayout()
        self.prompt_text = QLineEdit()
        self.prompt_text.setPlaceholderText(self.tr("What was your last 10-minute workout?"))
        self.prompt_text.textChanged.connect(self._update_prompt_check)
        self.prompt_rung = QComboBox()
        for k, label in RUNGS.items():
            self.prompt_rung.addItem(label, k)
        self.prompt_ritual = QComboBox()
        form.addRow(self.tr("Prompt:"), self.prompt_text)
        self.prompt_check = QLabel("")
        self.prompt_check.setWordWrap(True)
        form.addRow("", self.prompt_check)
        rr = QHBoxLayout()
        rr.addWidget(QLabel(self.tr("Rung:")))
        rr.addWidget(self.prompt_rung)
        rr.addWidget(QLabel(self.tr("Ritual:")))
        rr.addWidget(self.prompt_ritual, 1)
        form.addRow(rr)
        lay.addLayout(form)
        r = QHBoxLayout()
        for text, slot in (
            (self.tr("Add prompt"), self.add_prompt),
            (self.tr("Update"), self.update_prompt),
            (self.tr("Delete"), self.delete_prompt),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            r.addWidget(b)
        self.prompt_error = QLabel("")
        self.prompt_error.setStyleSheet(WARN)
        r.addWidget(self.prompt_error, 1)
        lay.addLayout(r)

    def reload(self) -> None:
        assert self.ws_id is not None
        selected = self.fields()["id"]
        rows = svc.list_prompts(self.engine, self.ws_id, self.ctx.today)
        self.prompt_model.set_rows(rows)
        cur_ritual = self.prompt_ritual.currentData()
        self.prompt_ritual.clear()
        self.prompt_ritual.addItem(self.tr("(no ritual)"), None)
        for r in rituals_svc.list_rituals(self.engine, self.ws_id):
            self.prompt_ritual.addItem(r.name, r.id)
        i = self.prompt_ritual.findData(cur_ritual)
        self.prompt_ritual.setCurrentIndex(max(0, i))
        counts = svc.prompt_counts_by_ritual(self.engine, self.ws_id)
        parts = []
        for name, n in counts.items():
            style = "" if n >= MIN_PROMPTS_PER_RITUAL else f" style='{WARN}'"
            parts.append(f"<span{style}><b>{name}</b>: {n}/{MIN_PROMPTS_PER_RITUAL}</span>")
        broad = sum(1 for r in rows if r.broad)
        text = " · ".join(parts) or self.tr("No rituals yet: add them on the Rituals tab, then give each five prompts.")
        if broad:
            text += " · <span style='{style}'>{broad}</span>".format(
                style=WARN, broad=self.tr("%n broad prompt(s)", "", broad)
            )
        self.prompt_counts.setText(text)
        if not self.use_date.date().isValid() or self.use_date.date() == QDate(2000, 1, 1):
            t = self.ctx.today
            self.use_date.setDate(QDate(t.year, t.month, t.day))
        self._fill_posts()
        if selected is not None:  # keep the prompt being edited selected (its typed text stays, see _show_prompt)
            self._select_prompt(int(selected))

    def _fill_posts(self) -> None:
        if self.ws_id is None or self.tab._loading and self.use_post.count():
            return
        d = self.use_date.date().toPython()
        assert isinstance(d, date)
        self.use_post.clear()
        self.use_post.addItem(self.tr("(no post)"), None)
        for p in rituals_svc.recent_posts(self.engine, self.ws_id, d, days=0):
            self.use_post.addItem(f"{p.local_date.isoformat()} {p.title[:40]}", p.id)  # i18n: data

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
        force = p.id != self.tab._prompt_loaded_id
        self._fill("prompt_text", self.prompt_text, p.text, force)
        self._fill_choice("prompt_rung", self.prompt_rung, p.rung, force)
        self._fill_choice("prompt_ritual", self.prompt_ritual, p.ritual_id, force)
        self.tab._prompt_loaded_id = p.id

    def _update_prompt_check(self) -> None:
        t = self.prompt_text.text().strip()
        if not t:
            self.prompt_check.setText("")
            return
        c = check_prompt(t)
        self.prompt_check.setStyleSheet(WARN if c.is_broad else "")
        self.prompt_check.setText(c.summary)

    def add_prompt(self) -> None:
        if self.ws_id is None:
            return
        ws = self.ws_id
        text, rung, rid = self.prompt_text.text(), self.prompt_rung.currentData(), self.prompt_ritual.currentData()
        try:
            self._push(
                self.tr("Add prompt"),
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
            self.prompt_error.setText(self.tr("Select a prompt to update."))
            return
        pid = self.prompt_model.rows[r].id
        values = {
            "text": self.prompt_text.text(),
            "rung": self.prompt_rung.currentData(),
            "ritual_id": self.prompt_ritual.currentData(),
        }
        try:
            self._push(
                self.tr("Edit prompt"),
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
            self.tr("Delete prompt"),
            lambda restored_id: svc.delete_prompt(self.engine, restored_id or prompt_id),
            lambda saved: svc.restore_prompt(self.engine, *saved) if saved else None,
        )

    def _reorder(self, new_order: list[int]) -> None:
        if self.ws_id is None:
            return
        ws = self.ws_id
        self._push(
            self.tr("Reorder prompts"),
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
                select_only(self.prompt_table.view, idx)
                return

    def mark_used(self) -> None:
        r = self._selected_prompt_row()
        if r is None:
            self.prompt_error.setText(self.tr("Select the prompt you used."))
            return
        row = self.prompt_model.rows[r]
        d = self.use_date.date().toPython()
        assert isinstance(d, date)
        post_id = self.use_post.currentData()
        if row.too_soon and row.last_used is not None:
            ans = QMessageBox.question(
                self,
                self.tr("Used recently"),
                self.tr("This prompt was used on {date}. Members notice repeats. Log it anyway?").format(
                    date=row.last_used.isoformat()
                ),
            )
            if ans != QMessageBox.StandardButton.Yes:
                return
        try:
            self._push(
                self.tr("Mark prompt used"),
                lambda _undone: svc.mark_prompt_used(self.engine, row.id, d, post_id),
                lambda use_id: svc.delete_prompt_use(self.engine, use_id),
            )
            self.prompt_error.setText("")
        except svc.InputError as exc:
            self.prompt_error.setText(exc.message)

    # ------------------------------------------------------------------ autosave and drafts
    def fields(self) -> dict[str, Any]:
        r = self._selected_prompt_row()
        pid = self.prompt_model.rows[r].id if r is not None and r < len(self.prompt_model.rows) else None
        return {
            "id": pid,
            "text": self.prompt_text.text(),
            "rung": self.prompt_rung.currentData(),
            "ritual_id": self.prompt_ritual.currentData(),
        }

    def flush(self, p: dict[str, Any]) -> str | None:
        """The prompt form: a changed selected prompt is an Update; new text not in the library is an Add."""
        text = " ".join(p["text"].split())
        rows = self.prompt_model.rows
        target = next((r for r in rows if r.id == p["id"]), None)
        if target is not None:
            if (target.text, target.rung, target.ritual_id) == (text, p["rung"], p["ritual_id"]):
                return None
            self._select_prompt(target.id)  # an earlier part's save reloaded the table and cleared the selection
            self.apply_draft(p, "")
            self.update_prompt()
        elif text and not any(r.text == text for r in rows):
            self.add_prompt()
        else:
            return None
        return self.prompt_error.text() or None

    def is_pending(self, v: dict[str, Any]) -> bool:
        text = " ".join(str(v["text"]).split())
        rows = self.prompt_model.rows
        prompt = next((r for r in rows if r.id == v["id"]), None)
        if prompt is not None:
            return (prompt.text, prompt.rung, prompt.ritual_id) != (text, v["rung"], v["ritual_id"])
        return bool(text) and not any(r.text == text for r in rows)

    def apply_draft(self, v: dict[str, Any], error: str) -> None:
        if v.get("id") is not None:
            self._select_prompt(int(v["id"]))
        self.prompt_text.setText(draft_text(v, "text"))
        self.prompt_rung.setCurrentIndex(max(0, self.prompt_rung.findData(v.get("rung"))))
        self.prompt_ritual.setCurrentIndex(max(0, self.prompt_ritual.findData(v.get("ritual_id"))))
        self.prompt_error.setText(error)
