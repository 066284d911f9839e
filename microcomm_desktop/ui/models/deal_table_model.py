"""The deals list: one row per deal with its blended figures (computed by the service, not here)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from microcomm_desktop.domain.deals import round_money
from microcomm_desktop.services.deals import DealRow
from microcomm_desktop.services.workspaces import WorkspaceRow
from microcomm_desktop.ui.models.base_table_model import BaseTableModel, Column
from microcomm_desktop.ui.widgets.money_fields import money_text, number_text

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

TOOLTIPS = {
    COL_COST: "Blended cost = creator fees + paid media",
    COL_CPM: "Blended CPM = (fees + media) / impressions × 1,000",
    COL_CPA: "Blended CPA = (fees + media) / conversions",
    COL_ROAS: "Revenue / (fees + media)",
    COL_SOURCE: "Linked posts from the post log, or numbers typed into the deal",
    COL_DISCLOSURE: "Of the spot-checked sponsored posts, how many carried the disclosure line (Disclosure checks…)",
}


def _money_sort(x: Decimal | None) -> float | None:
    # Sorting and CSV use the rounded cents; the exact Decimal stays in the service.
    return None if x is None else float(round_money(x))


def _source_tip(r: DealRow) -> str | None:
    if r.results.linked_posts:
        extra = " (conversions from the posts)" if r.results.conversions_from_posts else ""
        return f"Impressions and views summed from {r.results.linked_posts} linked posts{extra}"
    return TOOLTIPS[COL_SOURCE]


def _roas_text(r: DealRow) -> str:
    return "n/a" if r.figures.roas is None else f"{r.figures.roas:.2f}"


def _disclosure(r: DealRow) -> float | None:
    d = r.disclosure
    return None if d is None or d.linked == 0 else d.share


def _disclosure_text(r: DealRow) -> str:
    d = r.disclosure
    if d is None or d.linked == 0:
        return ""
    return f"{d.carried}/{d.checked} ({d.share:.0f}%)" if d.checked else f"0 of {d.linked} checked"


class DealTableModel(BaseTableModel[DealRow]):
    def __init__(self, parent: Any = None) -> None:
        def tip(col: int) -> Any:
            text = TOOLTIPS[col]
            return lambda _r: text

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
                Column("Brand / deal", lambda r: " — ".join(x for x in (r.brand, r.title) if x)),
                Column("Creator", lambda r: r.creator),
                Column("Status", lambda r: r.status),
                Column("Start", lambda r: r.start_date.isoformat() if r.start_date else ""),
                Column("End", lambda r: r.end_date.isoformat() if r.end_date else ""),
                money("Cost (fees + media)", COL_COST, lambda b: b.total),
                Column(
                    "Impressions",
                    lambda r: r.results.impressions,
                    display=lambda r: number_text(r.results.impressions),
                    numeric=True,
                ),
                Column(
                    "Conversions",
                    lambda r: r.results.conversions,
                    display=lambda r: number_text(r.results.conversions),
                    numeric=True,
                ),
                money("Blended CPM", COL_CPM, lambda b: b.cpm),
                money("Blended CPA", COL_CPA, lambda b: b.cpa),
                Column(
                    "ROAS",
                    lambda r: None if r.figures.roas is None else round(float(r.figures.roas), 2),
                    display=_roas_text,
                    tooltip=tip(COL_ROAS),
                    header_tooltip=TOOLTIPS[COL_ROAS],
                    numeric=True,
                ),
                Column(
                    "Results from",
                    lambda r: r.results.source,
                    tooltip=_source_tip,
                    header_tooltip=TOOLTIPS[COL_SOURCE],
                ),
                Column(
                    "Disclosure",
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
