"""One base for the app's table models: a list of rows plus declarative columns.

Why: every table used to write its own rowCount/columnCount/headerData/data ladder, with the header text in
one list, the tooltips in a dict, the alignment in an ``if`` and the sort value in another ``if`` — four places
to keep in step per column. A ``Column`` says all of it once; the base answers the common roles from it, and a
model only overrides ``cell_data`` for what is truly its own (a heat colour, a bold total row, a check box).

Roles the base answers from a column:
- DisplayRole: ``display(row)``, or the value itself (Qt draws numbers and text alike).
- EditRole (the sort role of ``FilterableTable`` and the value its CSV export writes): ``value(row)``.
- ToolTipRole: ``tooltip(row)`` for a cell, ``header_tooltip`` for the header.
- TextAlignmentRole: ``align``, or right/vcentre for ``numeric`` columns.
- ``SORT_ROLE``: ``sort_key(row)``, or the value (for proxies that sort by something other than EditRole).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: tables have no children

# Plain ints: data() runs for every painted cell and role, and comparing an int with an enum member costs
# several times an int comparison.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
EDIT = int(Qt.ItemDataRole.EditRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
#: A role for proxies that need a sort value other than EditRole (numbers with "n/a" last, for example).
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
#: The header a CSV export writes: the column's English label whatever language the window shows (CSV files are
#: read by programs and by the importer, so their header row never changes with the language).
CSV_HEADER_ROLE = int(Qt.ItemDataRole.UserRole) + 2
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    """One column: what it is called, what a cell holds, and how it reads."""

    label: str
    value: Callable[[R], Any]  # EditRole: the sort value and what a CSV export of the table writes
    display: Callable[[R], Any] | None = None  # DisplayRole; None = the value itself
    tooltip: Callable[[R], str | None] | None = None  # a cell's tooltip
    header_tooltip: str | None = None
    numeric: bool = False  # right-aligned
    align: int | None = None  # overrides the alignment ``numeric`` implies
    editable: bool = False
    sort_key: Callable[[R], Any] | None = None  # SORT_ROLE; None = the value
    key: str = ""  # a stable name (tests and setData look columns up by it)

    def alignment(self) -> int | None:
        if self.align is not None:
            return self.align
        return RIGHT if self.numeric else None


class BaseTableModel(QAbstractTableModel, Generic[R]):
    """A flat table over ``self.rows``; ``set_rows`` resets, ``cell_data`` adds model-specific roles."""

    #: False: EditRole is not answered, so a CSV export of the table (and a proxy sorting on EditRole) reads the
    #: display text — for tables whose shown text is the contract (Insights matches the CLI's output).
    answers_edit_role = True
    #: The translation context of the column labels and header tooltips (written with ``QT_TRANSLATE_NOOP``):
    #: the header shows them in the user's language; "" shows them as written.
    tr_context = ""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: list[Column[R]] = list(columns)
        self.rows: list[R] = []

    # --- rows -------------------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of_index(self, index: Index) -> R | None:
        """The row behind a (source) index, or None for an invalid or stale index."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]

    def column_index(self, key: str) -> int:
        """The position of the column named ``key`` (raises KeyError: a typo is a programming error)."""
        for i, c in enumerate(self.columns):
            if c.key == key:
                return i
        raise KeyError(key)

    def refresh_all(self) -> None:
        """Cells changed (a colour scheme, a currency) but the rows did not: repaint without a reset."""
        if self.rows and self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    # --- Qt -------------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        col = self.columns[section]
        if role == DISPLAY:
            return QCoreApplication.translate(self.tr_context, col.label) if self.tr_context else col.label
        if role == TOOLTIP:
            tip = col.header_tooltip
            return QCoreApplication.translate(self.tr_context, tip) if self.tr_context and tip else tip
        if role == CSV_HEADER_ROLE:
            return col.label
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and 0 <= index.column() < len(self.columns) and self.columns[index.column()].editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        r, c = index.row(), index.column()
        if not (0 <= r < len(self.rows) and 0 <= c < len(self.columns)) or not index.isValid():
            return None
        return self.role_value(self.rows[r], c, role)

    def export_cells(self, row: R) -> list[object]:
        """What a CSV export of the table writes for ``row``: each cell's EditRole, else its DisplayRole, else "".

        The same answers ``data`` gives (``export_model_csv`` reads them through the index for other models),
        without a model index per cell: a 200,000-row table is written in seconds, not half a minute.
        """
        out: list[object] = []
        for c in range(len(self.columns)):
            v = self.role_value(row, c, EDIT)
            if v is None:
                v = self.role_value(row, c, DISPLAY)
            out.append("" if v is None else v)
        return out

    def role_value(self, row: R, c: int, role: int) -> Any:
        """``data`` for a row object and a column position already known to be valid."""
        special = self.cell_data(row, c, role)
        if special is not None:
            return special
        col = self.columns[c]
        if role == DISPLAY:
            return col.display(row) if col.display is not None else col.value(row)
        if role == EDIT:
            return col.value(row) if self.answers_edit_role else None
        if role == TOOLTIP:
            return col.tooltip(row) if col.tooltip is not None else None
        if role == ALIGN:
            return col.alignment()
        if role == SORT_ROLE:
            return col.sort_key(row) if col.sort_key is not None else col.value(row)
        return None

    def cell_data(self, row: R, column: int, role: int) -> Any:
        """Model-specific roles (colours, fonts, check states, ids) or an override of a common one; None = none."""
        return None
