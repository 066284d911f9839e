"""The rate card as an editable table; edits go through a callback so the tab can make them undoable."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP as _NOOP
from PySide6.QtCore import QCoreApplication, Qt

from microcomm_desktop.domain.deals import round_money
from microcomm_desktop.i18n import active_language
from microcomm_desktop.services.quotes import RateItem, pricing_label
from microcomm_desktop.services.workspaces import WorkspaceRow
from microcomm_desktop.ui.models.base_table_model import RIGHT, BaseTableModel, Column, Index
from microcomm_desktop.ui.widgets.money_fields import amount_input_text, money_text, parse_amount, percent_text

# Typed as returning ``object`` in PySide's stubs; lupdate finds the calls by this name.
QT_TRANSLATE_NOOP: Callable[[str, str], str] = _NOOP  # type: ignore[assignment]

COL_KIND = 0
COL_NAME = 1
COL_PRICING = 2
COL_AMOUNT = 3
COL_UNIT = 4
# A rate's stored kind -> its English name (the CSV value), translated where shown.
KIND_LABELS = {
    "base": QT_TRANSLATE_NOOP("RateCardModel", "base price"),
    "addon": QT_TRANSLATE_NOOP("RateCardModel", "add-on"),
    "bundle": QT_TRANSLATE_NOOP("RateCardModel", "series bundle"),
}
AMOUNT_TIP = QT_TRANSLATE_NOOP(
    "RateCardModel", "Your own rate — edit it (double-click or F2). Percent rates are % of the deliverables fee."
)

#: (item id, field, new value) -> error message or "" when applied
EditHandler = Callable[[int, str, Any], str]


def _kind_text(it: RateItem) -> str:
    label = KIND_LABELS.get(it.kind)
    return QCoreApplication.translate("RateCardModel", label) if label else it.kind


class RateCardModel(BaseTableModel[RateItem]):
    """Name, rate and unit are edited in place; kind and pricing are chosen when a rate is added."""

    tr_context = "RateCardModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("RateCardModel", "Kind"), lambda it: it.kind, display=_kind_text),
                Column(QT_TRANSLATE_NOOP("RateCardModel", "Name"), lambda it: it.name, editable=True),
                Column(
                    QT_TRANSLATE_NOOP("RateCardModel", "Pricing"),
                    lambda it: it.pricing,
                    display=lambda it: pricing_label(it.pricing),
                ),
                Column(
                    QT_TRANSLATE_NOOP("RateCardModel", "Your rate"),
                    lambda it: f"{round_money(it.amount):f}",
                    display=self.amount_text,
                    header_tooltip=AMOUNT_TIP,
                    align=RIGHT,
                    editable=True,
                ),
                Column(QT_TRANSLATE_NOOP("RateCardModel", "Unit"), lambda it: it.unit, editable=True),
            ],
            parent,
        )
        self.workspace: WorkspaceRow | None = None
        self.on_edit: EditHandler | None = None
        self.last_error = ""

    @property
    def items(self) -> list[RateItem]:
        return self.rows

    def set_rows(self, items: list[RateItem], workspace: WorkspaceRow | None) -> None:  # type: ignore[override]
        """Same rows (an edit): update in place so an open editor or the selection survives; else reset."""
        if items and [i.id for i in items] == [i.id for i in self.rows] and workspace is self.workspace:
            self.rows = list(items)
            self.refresh_all()
            return
        self.workspace = workspace
        super().set_rows(items)

    def amount_text(self, item: RateItem) -> str:
        if item.pricing == "percent_of_fee":
            if active_language() == "en":
                return f"{item.amount.normalize():f} %"
            exponent = item.amount.normalize().as_tuple().exponent
            return percent_text(item.amount, max(0, -exponent) if isinstance(exponent, int) else 0)
        return money_text(item.amount, self.workspace)

    def cell_data(self, row: RateItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole and column == COL_AMOUNT and active_language() != "en":
            return amount_input_text(round_money(row.amount))  # what the cell editor opens with: "500,00"
        return row.id if role == Qt.ItemDataRole.UserRole else None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.on_edit is None:
            return False
        it = self.rows[index.row()]
        col = index.column()
        field: str
        new: Any
        if col == COL_NAME:
            field, new = "name", str(value).strip()
        elif col == COL_UNIT:
            field, new = "unit", str(value).strip()
        elif col == COL_AMOUNT:
            field = "amount"
            try:
                new = parse_amount(str(value).replace("%", ""))
            except ValueError as exc:
                self.last_error = str(exc)
                return False
        else:
            return False
        if getattr(it, field) == new or (isinstance(new, Decimal) and new == it.amount):
            return False
        self.last_error = self.on_edit(it.id, field, new)
        # The handler reloads the rows on success (reset), so nothing more to emit here.
        return not self.last_error
