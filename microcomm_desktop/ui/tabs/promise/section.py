"""What every section of the Promise tab shares: the tab that owns the workspace, the undo stack and the record
of what was last loaded into each field (so a reload keeps typed text), plus the colours of hints and warnings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from microcomm_desktop.ui.context import UiContext
from microcomm_desktop.ui.operations import Do, Undo

if TYPE_CHECKING:
    from microcomm_desktop.ui.tabs.promise.page import PromiseTab

T = TypeVar("T")
WARN = "color: #c0392b"
HINT = "color: #b9770e"


def hint_label() -> QLabel:
    lab = QLabel("")
    lab.setWordWrap(True)
    lab.setStyleSheet(HINT)
    return lab


def draft_text(v: dict[str, Any], key: str) -> str:
    """A draft's text value, or "" when the stored draft holds something else there."""
    value = v.get(key, "")
    return value if isinstance(value, str) else ""


class Section(QWidget):
    """One section widget of the Promise tab. It owns its widgets and slots; writes go through the tab so the
    whole tab keeps one undo stack, one draft and one "what was loaded" record."""

    def __init__(self, tab: PromiseTab) -> None:
        super().__init__()
        self.tab = tab

    @property
    def ws_id(self) -> int | None:
        return self.tab.ws_id

    @property
    def engine(self) -> Any:
        return self.tab.engine

    @property
    def ctx(self) -> UiContext:
        return self.tab.ctx

    def _push(self, text: str, do: Do[T], undo: Undo[T]) -> T:
        return self.tab._push(text, do, undo)

    def _fill(self, key: str, widget: QLineEdit | QPlainTextEdit, value: str, force: bool = False) -> None:
        self.tab._fill(key, widget, value, force)

    def _fill_choice(self, key: str, combo: QComboBox, value: Any, force: bool = False) -> None:
        self.tab._fill_choice(key, combo, value, force)
