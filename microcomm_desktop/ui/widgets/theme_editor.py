"""``ThemePicker``: a compact multi-select of theme tags with type-to-create, for the post form and dialogs.

Chosen themes show as small removable chips; typing offers existing themes (completer) and Enter or a comma
adds what was typed — a new name becomes a theme when the form is saved (``services.themes`` creates it in the
same transaction as the post). Pasting "a, b; #c" adds three. Names are normalised as the store will save
them, so what the user sees is what is stored.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from microcomm_desktop.domain.insights import THEME_MAX_LEN, split_themes


class ThemePicker(QWidget):
    """Multi-select with type-to-create. ``themes()`` is the chosen list; ``themesChanged`` fires on change."""

    themesChanged = Signal(list)  # noqa: N815  (Qt naming)

    def __init__(self, available: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._themes: list[str] = []
        self._available: list[str] = []
        self._chips: dict[str, QToolButton] = {}
        self.chip_row = QHBoxLayout()
        self.chip_row.setContentsMargins(0, 0, 0, 0)
        self.chip_row.setSpacing(4)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Add a theme… (Enter or comma)"))
        self.edit.setToolTip(
            self.tr(
                "Type to pick an existing theme or create a new one; Enter or a comma adds it. "
                "Backspace in the empty box removes the last theme."
            )
        )
        self.edit.setMaxLength(THEME_MAX_LEN * 4)
        self.edit.setMinimumWidth(140)
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._completed)
        self.edit.setCompleter(completer)
        self.edit.returnPressed.connect(self.commit_text)
        self.edit.textEdited.connect(self._maybe_split)
        self.edit.installEventFilter(self)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addLayout(self.chip_row)
        lay.addWidget(self.edit, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_available(available)

    # ----- API ------------------------------------------------------------------------------------------
    def set_available(self, names: Sequence[str]) -> None:
        """Existing themes of the workspace, offered by the completer."""
        self._available = sorted(set(names))
        self._completions.setStringList(self._available)

    def set_themes(self, names: Sequence[str]) -> None:
        cleaned: list[str] = []
        for n in names:
            for part in split_themes(n):
                if part not in cleaned:
                    cleaned.append(part)
        if cleaned == self._themes:
            return
        self._themes = cleaned
        self._rebuild()
        self.themesChanged.emit(list(self._themes))

    def themes(self) -> list[str]:
        return list(self._themes)

    def add_theme(self, name: str) -> None:
        self.set_themes([*self._themes, name])

    def remove_theme(self, name: str) -> None:
        self.set_themes([t for t in self._themes if t != name])

    def new_themes(self) -> list[str]:
        """Chosen names that do not exist yet (the form can say "will create …")."""
        return [t for t in self._themes if t not in self._available]

    def commit_text(self) -> None:
        """Add what is typed (Enter); returns focus to the box for the next theme."""
        text = self.edit.text()
        if split_themes(text):
            self.set_themes([*self._themes, text])
        self.edit.clear()

    # ----- internals ------------------------------------------------------------------------------------
    def _completed(self, text: str) -> None:
        self.set_themes([*self._themes, text])
        self.edit.clear()

    def _maybe_split(self, text: str) -> None:
        if any(sep in text for sep in ",;"):
            self.commit_text()

    def _rebuild(self) -> None:
        for chip in self._chips.values():
            self.chip_row.removeWidget(chip)
            chip.deleteLater()
        self._chips = {}
        for name in self._themes:
            chip = QToolButton(self)
            chip.setText(f"{name}  ×")
            chip.setToolTip(
                self.tr("Remove “{theme}”").format(theme=name)
                if name in self._available
                else self.tr("Remove “{theme}” (new theme)").format(theme=name)
            )
            chip.setAutoRaise(False)
            chip.setAccessibleName(self.tr("Theme {theme}, click to remove").format(theme=name))
            chip.clicked.connect(lambda _=False, n=name: self.remove_theme(n))
            self.chip_row.addWidget(chip)
            self._chips[name] = chip

    def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        if (
            obj is self.edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Backspace
            and not self.edit.text()
            and self._themes
        ):
            self.backspace_on_empty()
            return True
        return super().eventFilter(obj, event)

    def backspace_on_empty(self) -> None:
        """Remove the last chip (bound to Backspace in an empty box)."""
        if not self.edit.text() and self._themes:
            self.remove_theme(self._themes[-1])
