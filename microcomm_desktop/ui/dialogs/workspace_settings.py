"""Workspace settings: time zone, currency, ER definition, week start — each shown where it matters."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from microcomm_desktop.services.reach import PLATFORMS, Standins
from microcomm_desktop.services.workspaces import OwnHandleSpec, WorkspaceError, WorkspaceRow, parse_own_handles
from microcomm_desktop.ui.dialogs.discard_guard import DiscardGuard

# (label, stand-in columns in order) offered per platform when a post has no reach.
STANDIN_CHOICES: list[tuple[object, list[str]]] = [  # labels translated where shown
    (QT_TRANSLATE_NOOP("WorkspaceSettingsDialog", "nothing — ratios stay n/a"), []),
    (QT_TRANSLATE_NOOP("WorkspaceSettingsDialog", "views"), ["views"]),
    (QT_TRANSLATE_NOOP("WorkspaceSettingsDialog", "impressions"), ["impressions"]),
    (QT_TRANSLATE_NOOP("WorkspaceSettingsDialog", "views, else impressions"), ["views", "impressions"]),
    (QT_TRANSLATE_NOOP("WorkspaceSettingsDialog", "impressions, else views"), ["impressions", "views"]),
]


class WorkspaceSettingsDialog(QDialog):
    def __init__(
        self,
        ws: WorkspaceRow,
        parent: QWidget | None = None,
        own_handles: list[OwnHandleSpec] | None = None,
        standins: Standins | None = None,
    ) -> None:
        super().__init__(parent)
        self.discard_guard = DiscardGuard(self)  # Escape asks before dropping typed text
        self.setWindowTitle(self.tr("Workspace settings — {name}").format(name=ws.name))
        form = QFormLayout(self)
        self.name = QLineEdit(ws.name)
        self.tz = QComboBox()
        self.tz.setEditable(True)
        self.tz.addItems(sorted(available_timezones()))
        self.tz.setCurrentText(ws.timezone)
        self.er = QComboBox()
        self.er.addItem(self.tr("Engagements / reach (default)"), "reach")
        self.er.addItem(self.tr("Engagements / impressions"), "impressions")
        self.er.setCurrentIndex(0 if ws.er_definition == "reach" else 1)
        self.week = QComboBox()
        self.week.addItems([QLocale().dayName(d) for d in range(1, 8)])  # Monday first, in the user's language
        self.week.setCurrentIndex(ws.week_start)
        self.code = QLineEdit(ws.currency_code)
        self.code.setMaxLength(3)
        self.symbol = QLineEdit(ws.currency_symbol)
        self.symbol.setMaxLength(8)
        self.own = QLineEdit(", ".join(_typed(h) for h in own_handles or []))
        self.own.setPlaceholderText(self.tr("@yourname, youtube:@YourChannel"))
        self.own.setToolTip(
            self.tr(
                "Your own accounts, separated by commas; 'platform:@name' limits one to a platform. Their replies "
                "time the response SLA and deepen conversations, but they never count as an engager (returning "
                "engagers, cohorts, top engagers, insights, sprint check-in, reports). Case and '@' do not matter."
            )
        )
        self.own_error = QLabel("")
        self.own_error.setStyleSheet("color: #c0392b")
        self.own_error.setWordWrap(True)
        self._own: list[OwnHandleSpec] = list(own_handles or [])
        # Reach stand-ins: one choice per platform, in a box of their own (it is one decision).
        self.standin_box = QGroupBox(
            self.tr("When a post has no reach (e.g. YouTube), divide ER, saves/1k, replies/1k by…")
        )
        self.standin_box.setToolTip(
            self.tr(
                "Figures computed this way are marked * and say which stand-in they use (dashboard, posts, "
                "insights, reports). With 'nothing' those ratios stay n/a for posts without reach."
            )
        )
        grid = QGridLayout(self.standin_box)
        self.standin_combos: dict[str, QComboBox] = {}
        current = standins or {}
        for i, plat in enumerate(PLATFORMS):
            combo = QComboBox()
            for label, cols in STANDIN_CHOICES:
                combo.addItem(self.tr(str(label)), cols)
            have = current.get(plat, [])
            idx = next((k for k, (_l, cols) in enumerate(STANDIN_CHOICES) if cols == have), 0)
            combo.setCurrentIndex(idx)
            self.standin_combos[plat] = combo
            grid.addWidget(QLabel(plat), i // 3, (i % 3) * 2)
            grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #c0392b")
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Time zone"), self.tz)
        form.addRow(self.tr("Engagement rate"), self.er)
        form.addRow(self.tr("Weeks start on"), self.week)
        form.addRow(self.tr("Currency code"), self.code)
        form.addRow(self.tr("Currency symbol"), self.symbol)
        form.addRow(self.tr("Your own handles"), self.own)
        form.addRow("", self.own_error)
        form.addRow(self.standin_box)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("A workspace needs a name."))
            return
        if self.tz.currentText() not in available_timezones():
            self.error.setText(
                self.tr("Unknown time zone “{zone}”; pick one from the list.").format(zone=self.tz.currentText())
            )
            return
        try:
            self._own = parse_own_handles(self.own.text())
        except WorkspaceError as exc:
            self.own_error.setText(str(exc))
            self.own.setFocus()
            return
        self.own_error.setText("")
        code = self.code.text().strip().upper()
        if len(code) != 3 or not code.isalpha():
            self.error.setText(self.tr("The currency code has three letters, e.g. USD or EUR."))
            return
        self.accept()

    def values(self) -> dict[str, object]:
        return {
            "name": self.name.text().strip(),
            "timezone": self.tz.currentText(),
            "er_definition": self.er.currentData(),
            "week_start": self.week.currentIndex(),
            "currency_code": self.code.text().strip().upper(),
            "currency_symbol": self.symbol.text().strip() or "$",
        }

    def own_handles(self) -> list[OwnHandleSpec]:
        """The own handles as typed (checked on OK)."""
        return list(self._own)

    def standins(self) -> Standins:
        """The chosen reach stand-ins (platforms left at "nothing" are omitted)."""
        out: Standins = {}
        for plat, combo in self.standin_combos.items():
            cols = list(combo.currentData() or [])
            if cols:
                out[plat] = cols
        return out


def _typed(h: OwnHandleSpec) -> str:
    return f"{h.platform}:@{h.handle}" if h.platform else f"@{h.handle}"
