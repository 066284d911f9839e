"""The deals list: one row per deal with its blended figures (computed by the service, not here)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP as _NOOP
from PySide6.QtCore import QCoreApplication, Qt

from microcomm_desktop.domain.deals import round_money
from microcomm_desktop.services.deals import DealRow, status_label
from microcomm_desktop.services.workspaces import WorkspaceRow
from microcomm_desktop.ui.models.base_table_model import BaseTableModel, Column
from microcomm_desktop.ui.widgets.money_fields import (
    date_text,
    decimal_text,
    money_text,
    number_text,
    percent_text,
)

# Typed as returning ``object`` in PySide's stubs; lupdate finds the calls by this name.
QT_TRANSLATE_NOOP: Callable[[str, str], str] = _NOOP  # type: ignore[assignment]

COL_BRAND = 0
COL_CREATOR = 1
COL_STATUS = 2
COL_START = 3
COL_END = 4
COL_COST = 5
COL_IMPRESSIONS = 6
COL_CONVERSIONS = 7
COL_CPM = 8
COL_CPA = 9
COL_ROAS = 10
COL_SOURCE = 11
COL_DISCLOSURE = 12

CONTEXT = "DealTableModel"
# English source texts, translated where shown (headerData, the cell tooltips).
TOOLTIPS = {
    COL_COST: QT_TRANSLATE_NOOP("DealTableModel", "Blended cost = creator fees + paid media"),
    COL_CPM: QT_TRANSLATE_NOOP("DealTableModel", "Blended CPM = (fees + media) / impressions × 1,000"),
    COL_CPA: QT_TRANSLATE_NOOP("DealTableModel", "Blended CPA = (fees + media) / conversions"),
    COL_ROAS: QT_TRANSLATE_NOOP("DealTableModel", "Revenue / (fees + media)"),
    COL_SOURCE: QT_TRANSLATE_NOOP("DealTableModel", "Linked posts from the post log, or numbers typed into the deal"),
    COL_DISCLOSURE: QT_TRANSLATE_NOOP(
        "DealTableModel",
        "Of the spot-checked sponsored posts, how many carried the disclosure line (Disclosure checks…)",
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _money_sort(x: Decimal | None) -> float | None:
    # Sorting and CSV use the rounded cents; the exact Decimal stays in the service.
    return None if x is None else float(round_money(x))


def _source_tip(r: DealRow) -> str | None:
    n = r.results.linked_posts
    if n:
        if r.results.conversions_from_posts:
            text = QCoreApplication.translate(
                "DealTableModel",
                "Impressions and views summed from %n linked post(s) (conversions from the posts)",
                "",
                n,
            )
        else:
            text = QCoreApplication.translate(
                "DealTableModel", "Impressions and views summed from %n linked post(s)", "", n
            )
        return text
    return _tr(TOOLTIPS[COL_SOURCE])


def _source_text(r: DealRow) -> str:
    n = r.results.linked_posts
    if n:
        return QCoreApplication.translate("DealTableModel", "%n linked post(s)", "", n)
    return QCoreApplication.translate("DealTableModel", "typed in")


def _roas_text(r: DealRow) -> str:
    return _tr("n/a") if r.figures.roas is None else decimal_text(r.figures.roas, 2)


def _disclosure(r: DealRow) -> float | None:
    d = r.disclosure
    return None if d is None or d.linked == 0 else d.share


def _disclosure_text(r: DealRow) -> str:
    d = r.disclosure
    if d is None or d.linked == 0:
        return ""
    if d.checked:
        return f"{d.carried}/{d.checked} ({percent_text(d.share or 0.0)})"
    linked = d.linked  # a plain name: lupdate skips translate(…, n) when n is an attribute
    return QCoreApplication.translate("DealTableModel", "0 of %n checked", "", linked)


class DealTableModel(BaseTableModel[DealRow]):
    tr_context = CONTEXT

    def __init__(self, parent: Any = None) -> None:
        def tip(col: int) -> Any:
            text = TOOLTIPS[col]
            return lambda _r: _tr(text)

        def money(label: str, col: int, get: Any) -> Column[DealRow]:
            return Column(
                label,
                lambda r: _money_sort(get(r.figures.blended)),
                display=lambda r: money_text(get(r.figures.blended), self.workspace),
                tooltip=tip(col),
                header_tooltip=TOOLTIPS[col],
                numeric=True,
            )

        super().__init__(
            [
                Column(
                    QT_TRANSLATE_NOOP("DealTableModel", "Brand / deal"),
                    lambda r: " — ".join(x for x in (r.brand, r.title) if x),
                ),
                Column(QT_TRANSLATE_NOOP("DealTableModel", "Creator"), lambda r: r.creator),
                # The stored status (sort, CSV) stays the English key; the cell shows its name.
                Column(
                    QT_TRANSLATE_NOOP("DealTableModel", "Status"),
                    lambda r: r.status,
                    display=lambda r: status_label(r.status),
                ),
                Column(
                    QT_TRANSLATE_NOOP("DealTableModel", "Start"),
                    lambda r: r.start_date.isoformat() if r.start_date else "",
                    display=lambda r: date_text(r.start_date),
                ),
                Column(
                    QT_TRANSLATE_NOOP("DealTableModel", "End"),
                    lambda r: r.end_date.isoformat() if r.end_date else "",
                    display=lambda r: date_text(r.end_date),
                ),
                money(QT_TRANSLATE_NOOP("DealTableModel", "Cost (fees + media)"), COL_COST, lambda b: b.total),
                Column(
                    QT_TRANSLATE_NOOP("DealTableModel", "Impressions"),
                    lambda r: r.results.impressions,
                    display=lambda r: number_text(r.results.impressions),
                    numeric=True,
                ),
                Column(
                    QT_TRANSLATE_NOOP("DealTableModel", "Conversions"),
                    lambda r: r.results.conversions,
                    display=lambda r: number_text(r.results.conversions),
                    numeric=True,
                ),
                money(QT_TRANSLATE_NOOP("DealTableModel", "Blended CPM"), COL_CPM, lambda b: b.cpm),
                money(QT_TRANSLATE_NOOP("DealTableModel", "Blended CPA"), COL_CPA, lambda b: b.cpa),
                Column(
                    "ROAS",
                    lambda r: None if r.figures.roas is None else round(float(r.figures.roas), 2),
                    display=_roas_text,
                    tooltip=tip(COL_ROAS),
                    header_tooltip=TOOLTIPS[COL_ROAS],
                    numeric=True,
                ),
                Column(
                    QT_TRANSLATE_NOOP("DealTableModel", "Results from"),
                    lambda r: r.results.source,
                    display=_source_text,
                    tooltip=_source_tip,
                    header_tooltip=TOOLTIPS[COL_SOURCE],
                ),
                Column(
                    QT_TRANSLATE_NOOP("DealTableModel", "Disclosure"),
                    _disclosure,
                    display=_disclosure_text,
                    tooltip=tip(COL_DISCLOSURE),
                    header_tooltip=TOOLTIPS[COL_DISCLOSURE],
                ),
            ],
            parent,
        )
        self.workspace: WorkspaceRow | None = None

    def set_rows(self, rows: list[DealRow], workspace: WorkspaceRow | None) -> None:  # type: ignore[override]
        self.workspace = workspace
        super().set_rows(rows)

    def row_at(self, row: int) -> DealRow:
        return self.rows[row]

    def cell_data(self, row: DealRow, column: int, role: int) -> Any:
        return row.id if role == Qt.ItemDataRole.UserRole else None
