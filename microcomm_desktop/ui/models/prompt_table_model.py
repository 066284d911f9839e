"""The prompt library as a table: order, text, rung, ritual, quality check, last use; drag rows to reorder."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from microcomm_desktop.i18n import active_language
from microcomm_desktop.ui.models.base_table_model import BaseTableModel, Column

if TYPE_CHECKING:  # the rows' class only: the first window is built before the data layer (ui/lazy.py)
    from microcomm_desktop.services.promise import PromptRow

COL_POS, COL_TEXT, COL_RUNG, COL_RITUAL, COL_CHECK, COL_LAST, COL_USES = range(7)
MIME = "application/x-microcomm-prompt-ids"
_Index = QModelIndex | QPersistentModelIndex


_RED, _AMBER = QColor(200, 60, 40), QColor(200, 120, 0)
_CTX = "PromptTableModel"

# The prompt ladder's rungs (the stored keys) by the names the Insights prompt dialog gives them (same context,
# one message each in the catalogs).
RUNG_NAMES = {
    "identity": QT_TRANSLATE_NOOP("PromptDialog", "Identity"),
    "constraints": QT_TRANSLATE_NOOP("PromptDialog", "Constraints"),
    "proof": QT_TRANSLATE_NOOP("PromptDialog", "Proof"),
    "commitment": QT_TRANSLATE_NOOP("PromptDialog", "Commitment"),
}


def rung_name(key: str) -> str:
    """A rung as the reader sees it: English shows the stored key as before ("identity"); other languages the
    translated name. The key stays the cell's value, so a CSV export and sorting are unchanged."""
    if active_language() == "en" or key not in RUNG_NAMES:
        return key
    return QCoreApplication.translate("PromptDialog", str(RUNG_NAMES[key]))


def _check_text(r: PromptRow) -> str:
    """The CSV value (English, as the export always wrote it); ``_check_shown`` is what the table shows."""
    return "Broad" if r.broad else "OK: " + r.check.removeprefix("Asks for a ").rstrip(".")


def _check_shown(r: PromptRow) -> str:
    if r.broad:
        return QCoreApplication.translate("PromptTableModel", "Broad")
    return QCoreApplication.translate("PromptTableModel", "OK: {check}").format(
        check=r.check.removeprefix("Asks for a ").rstrip(".")
    )


def _too_soon_tip(r: PromptRow) -> str | None:
    if not r.too_soon:
        return None
    return QCoreApplication.translate(
        "PromptTableModel", "Used in the last 4 weeks: pick another prompt so members do not see a repeat."
    )


def _last_used(r: PromptRow) -> str:
    return "" if r.last_used is None else r.last_used.isoformat()


def _last_used_shown(r: PromptRow) -> str:
    if r.last_used is None:
        return QCoreApplication.translate("PromptTableModel", "never")
    if r.too_soon:
        return QCoreApplication.translate("PromptTableModel", "{date} (recent)").format(date=r.last_used.isoformat())
    return r.last_used.isoformat()


class PromptTableModel(BaseTableModel["PromptRow"]):
    """Rows are ``PromptRow``s; a drop asks for a new order through ``reorder_requested`` (the tab saves it)."""

    tr_context = _CTX
    reorder_requested = Signal(list)  # the full list of prompt ids in their new order

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column("#", lambda r: None),  # the position: answered in data(), it is the row number
                Column(
                    str(QT_TRANSLATE_NOOP("PromptTableModel", "Prompt")), lambda r: r.text, tooltip=lambda r: r.check
                ),
                Column(
                    str(QT_TRANSLATE_NOOP("PromptTableModel", "Rung")),
                    lambda r: r.rung,
                    display=lambda r: rung_name(r.rung),
                ),
                Column(
                    str(QT_TRANSLATE_NOOP("PromptTableModel", "Ritual")),
                    lambda r: r.ritual_name or "",
                    display=lambda r: r.ritual_name or "—",
                ),
                Column(
                    str(QT_TRANSLATE_NOOP("PromptTableModel", "Quality")),
                    _check_text,
                    display=_check_shown,
                    tooltip=lambda r: r.check,
                ),
                Column(
                    str(QT_TRANSLATE_NOOP("PromptTableModel", "Last used")),
                    _last_used,
                    display=_last_used_shown,
                    tooltip=_too_soon_tip,
                ),
                Column(str(QT_TRANSLATE_NOOP("PromptTableModel", "Uses")), lambda r: r.uses),
            ],
            parent,
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            index.column() == COL_POS
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)
            and self.row_of_index(index) is not None
        ):
            return index.row() + 1
        return super().data(index, role)

    def cell_data(self, row: PromptRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_CHECK and row.broad:
            return QBrush(_RED)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_LAST and row.too_soon:
            return QBrush(_AMBER)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = sorted({self.rows[i.row()].id for i in indexes if i.isValid()}, key=lambda x: self.ids().index(x))
        md = QMimeData()
        md.setData(MIME, json.dumps(ids).encode())
        return md

    def ids(self) -> list[int]:
        return [r.id for r in self.rows]

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        moved = [int(i) for i in json.loads(bytes(data.data(MIME).data()).decode())]
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        order = self.ids()
        before = order[:row]
        rest = [i for i in order if i not in moved]
        anchor = next((i for i in reversed(before) if i not in moved), None)
        insert_at = 0 if anchor is None else rest.index(anchor) + 1
        new_order = rest[:insert_at] + moved + rest[insert_at:]
        if new_order != order:
            self.reorder_requested.emit(new_order)
        return False  # the tab reloads the rows after saving; Qt must not remove the source rows itself
