"""A quote's itemised lines plus the total row, so the preview visibly adds up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP as _NOOP
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from microcomm_desktop.domain.deals import RateLine, round_money
from microcomm_desktop.services.workspaces import WorkspaceRow
from microcomm_desktop.ui.models.base_table_model import RIGHT, BaseTableModel, Column
from microcomm_desktop.ui.widgets.money_fields import money_text

# Typed as returning ``object`` in PySide's stubs; lupdate finds the calls by this name.
QT_TRANSLATE_NOOP: Callable[[str, str], str] = _NOOP  # type: ignore[assignment]

COL_ITEM = 0
COL_KIND = 1
COL_AMOUNT = 2
# A line's stored kind -> its English name (the CSV value), translated where shown.
KIND_LABELS = {
    "deliverable": QT_TRANSLATE_NOOP("QuoteLinesModel", "deliverable"),
    "addon": QT_TRANSLATE_NOOP("QuoteLinesModel", "add-on"),
    "discount": QT_TRANSLATE_NOOP("QuoteLinesModel", "bundle discount"),
}


@dataclass(frozen=True, slots=True)
class _Shown:
    """One table row: a quote line, or the total (kind "" and bold)."""

    item: str
    kind: str
    amount: Decimal
    is_total: bool = False
    shown: str = ""  # the line in the reader's language (the CSV keeps ``item``)


def _line_text(r: _Shown) -> str:
    return QCoreApplication.translate("QuoteLinesModel", "Total") if r.is_total else r.shown or r.item


class QuoteLinesModel(BaseTableModel[_Shown]):
    tr_context = "QuoteLinesModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QT_TRANSLATE_NOOP("QuoteLinesModel", "Line"),
                    lambda r: r.item,
                    display=_line_text,
                ),
                Column(
                    QT_TRANSLATE_NOOP("QuoteLinesModel", "Kind"),
                    lambda r: r.kind,
                    display=lambda r: QCoreApplication.translate("QuoteLinesModel", r.kind) if r.kind else "",
                ),
                Column(
                    QT_TRANSLATE_NOOP("QuoteLinesModel", "Amount"),
                    lambda r: f"{round_money(r.amount):f}",
                    display=lambda r: money_text(r.amount, self.workspace),
                    align=RIGHT,
                ),
            ],
            parent,
        )
        self.lines: list[RateLine] = []
        self.total = Decimal(0)
        self.workspace: WorkspaceRow | None = None

    def set_rows(  # type: ignore[override]
        self, lines: list[RateLine], total: Decimal, workspace: WorkspaceRow | None, labels: list[str] | None = None
    ) -> None:
        self.lines = lines
        self.total = total
        self.workspace = workspace
        texts = labels if labels is not None and len(labels) == len(lines) else [ln.description for ln in lines]
        shown = [
            _Shown(ln.description, KIND_LABELS.get(ln.kind, ln.kind), ln.amount, shown=text)
            for ln, text in zip(lines, texts, strict=True)
        ]
        # The total row only under lines: an empty quote shows an empty table, not "Total 0".
        super().set_rows([*shown, _Shown("Total", "", total, is_total=True)] if lines else [])

    def cell_data(self, row: _Shown, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.is_total:
            f = QFont()
            f.setBold(True)
            return f
        return None
