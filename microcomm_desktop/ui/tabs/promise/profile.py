"""Topic, home and disclosure: the one-line topic with its hint, where the community lives, the disclosure line."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from microcomm_desktop.domain.promise import HOME_KINDS, topic_hint
from microcomm_desktop.ui.lazy import LazyModule
from microcomm_desktop.ui.tabs.promise.section import WARN, Section, draft_text, hint_label

if TYPE_CHECKING:
    from microcomm_desktop.services import promise as svc
else:  # imported at first use: the first window is built before the data layer (ui/lazy.py)
    svc = LazyModule("microcomm_desktop.services.promise")


class ProfileSection(Section):
    def build(self) -> None:
        lay = QVBoxLayout(self)
        box = QGroupBox(self.tr("Topic (one line)"))
        bl = QVBoxLayout(box)
        r = QHBoxLayout()
        self.topic_edit = QLineEdit()
        self.topic_edit.setPlaceholderText(self.tr("budget travel in Japan"))
        self.topic_edit.textChanged.connect(self._update_topic_hint)
        self.topic_save = QPushButton(self.tr("Save topic"))
        self.topic_save.clicked.connect(
            lambda: self.tab._save_profile_fields(self.tr("Change topic"), topic=self.topic_edit.text())
        )
        r.addWidget(self.topic_edit, 1)
        r.addWidget(self.topic_save)
        bl.addLayout(r)
        self.topic_hint = hint_label()
        bl.addWidget(self.topic_hint)
        lay.addWidget(box)

        box = QGroupBox(self.tr("Home — where the community lives"))
        bl = QVBoxLayout(box)
        expl = QLabel(
            self.tr("In month one, pick one primary home. A second one splits your attention and the replies.")
        )
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
        self.home_label.setPlaceholderText(self.tr("label, e.g. Instagram comments + DMs"))
        self.home_primary = QCheckBox(self.tr("Primary"))
        self.home_primary.setChecked(True)
        add = QPushButton(self.tr("Add home"))
        add.clicked.connect(lambda: self.add_home())
        rem = QPushButton(self.tr("Remove"))
        rem.clicked.connect(self.remove_home)
        for w in (self.home_kind, self.home_label, self.home_primary, add, rem):
            r.addWidget(w, 1 if w is self.home_label else 0)
        bl.addLayout(r)
        self.home_warning = QLabel("")
        self.home_warning.setWordWrap(True)
        self.home_warning.setStyleSheet(WARN)
        bl.addWidget(self.home_warning)
        lay.addWidget(box)

        box = QGroupBox(self.tr("Disclosure line"))
        bl = QVBoxLayout(box)
        expl = QLabel(
            self.tr(
                "Endorsements with a material connection must be disclosed clearly and conspicuously. "
                "This line goes into every brief."
            )
        )
        expl.setWordWrap(True)
        bl.addWidget(expl)
        r = QHBoxLayout()
        self.disclosure_edit = QLineEdit()
        self.disclosure_edit.setPlaceholderText(self.tr("#ad — I am paid by the brand for this post."))
        b = QPushButton(self.tr("Save line"))
        b.clicked.connect(
            lambda: self.tab._save_profile_fields(
                self.tr("Change disclosure line"), disclosure_line=self.disclosure_edit.text()
            )
        )
        r.addWidget(self.disclosure_edit, 1)
        r.addWidget(b)
        bl.addLayout(r)
        lay.addWidget(box)
        lay.addStretch(1)

    # ------------------------------------------------------------------ topic and disclosure
    def fill_profile(self, prof: Any) -> None:
        self._fill("topic", self.topic_edit, prof.topic)
        self._fill("disclosure_line", self.disclosure_edit, prof.disclosure_line)
        self._update_topic_hint()

    def _update_topic_hint(self) -> None:
        h = topic_hint(self.topic_edit.text())
        self.topic_hint.setText(h.message if h else self.tr("Tight topic ✓"))

    def profile_fields(self) -> dict[str, Any]:
        return {"topic": self.topic_edit.text(), "disclosure_line": self.disclosure_edit.text()}

    def apply_profile_draft(self, v: dict[str, Any]) -> None:
        self.topic_edit.setText(draft_text(v, "topic"))
        self.disclosure_edit.setText(draft_text(v, "disclosure_line"))

    # ------------------------------------------------------------------ homes
    def reload_homes(self) -> None:
        assert self.ws_id is not None
        self.homes_list.clear()
        for h in svc.list_homes(self.engine, self.ws_id):
            it = QListWidgetItem(
                f"{HOME_KINDS.get(h.kind, h.kind)}{' — ' + h.label if h.label else ''}"
                + (self.tr("  (primary)") if h.is_primary else "")
                + (self.tr("  since {date}").format(date=h.added_on.isoformat()) if h.added_on else "")
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
            self.tr("Add home"),
            lambda _undone: svc.add_home(self.engine, ws, kind, label, self.ctx.today, primary),
            lambda added: svc.delete_home(self.engine, added[0]),
        )
        self.home_label.clear()
        if warn:
            if ask:
                QMessageBox.information(self, self.tr("Split attention"), warn)
            else:
                self.tab._error(warn)

    def remove_home(self) -> None:
        it = self.homes_list.currentItem()
        if it is None:
            return
        home_id: int = it.data(Qt.ItemDataRole.UserRole)
        # Undo restores the row under a new id; a redo after it removes that id.
        self._push(
            self.tr("Remove home"),
            lambda restored_id: svc.delete_home(self.engine, restored_id or home_id),
            lambda row: svc.restore_home(self.engine, row) if row is not None else None,
        )

    def home_fields(self) -> dict[str, Any]:
        return {
            "kind": self.home_kind.currentData(),
            "label": self.home_label.text(),
            "primary": self.home_primary.isChecked(),
        }

    def flush_home(self, h: dict[str, Any]) -> str | None:
        if not str(h["label"]).strip():
            return None
        self.add_home(ask=False)
        return None

    def apply_home_draft(self, v: dict[str, Any], error: str) -> None:
        self.home_kind.setCurrentIndex(max(0, self.home_kind.findData(v.get("kind"))))
        self.home_label.setText(draft_text(v, "label"))
        self.home_primary.setChecked(bool(v.get("primary", True)))
        self.home_warning.setText(error)
