"""Engagers: people by platform + handle with their last-30-days activity and the returning flag."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from microcomm_desktop.domain import formatting
from microcomm_desktop.i18n import active_language
from microcomm_desktop.services.interactions import ENGAGER_FIELDS
from microcomm_desktop.ui.models.base_table_model import BaseTableModel, Column

E = {name: i for i, name in enumerate(ENGAGER_FIELDS)}
# (key, English label = the CSV header); the header shows the label translated (EngagerTableModel.tr_context).
COLUMNS: list[tuple[str, str]] = [
    ("handle", str(QT_TRANSLATE_NOOP("EngagerTableModel", "Handle"))),
    ("platform", str(QT_TRANSLATE_NOOP("EngagerTableModel", "Platform"))),
    ("first_seen", str(QT_TRANSLATE_NOOP("EngagerTableModel", "First seen"))),
    ("last_seen", str(QT_TRANSLATE_NOOP("EngagerTableModel", "Last seen"))),
    ("interactions_30d", str(QT_TRANSLATE_NOOP("EngagerTableModel", "Interactions (30 d)"))),
    ("returning", str(QT_TRANSLATE_NOOP("EngagerTableModel", "Returning"))),
    ("power_member", str(QT_TRANSLATE_NOOP("EngagerTableModel", "Power member"))),
    ("notes", str(QT_TRANSLATE_NOOP("EngagerTableModel", "Notes"))),
]
_RETURNING_TIP = str(
    QT_TRANSLATE_NOOP(
        "EngagerTableModel", "Returning = engaged on at least two different calendar days in the last 30 days."
    )
)
COL = {k: i for i, (k, _h) in enumerate(COLUMNS)}

EngagerEdit = Callable[[int, str, Any], None]  # (engager id, field, new value)


Row = tuple[Any, ...]


def _text(key: str) -> Column[Row]:
    i = E[key]
    return Column(dict(COLUMNS)[key], lambda r: "" if r[i] is None else str(r[i]), key=key)


def _count(n: int) -> str:
    lang = active_language()
    return f"{n:,}" if lang == "en" else formatting.format_integer(n, lang)


def _returning(r: Row) -> bool:
    return int(r[E["active_days_30d"]]) >= 2


class EngagerTableModel(BaseTableModel[Row]):
    """Power member is a checkbox and notes are editable; both go through ``edit_handler`` (undoable)."""

    tr_context = "EngagerTableModel"

    def __init__(self, parent: Any = None) -> None:
        labels = dict(COLUMNS)
        by_key: dict[str, Column[Row]] = {
            "handle": Column(labels["handle"], lambda r: "@" + str(r[E["handle"]]), key="handle"),
            "returning": Column(
                labels["returning"],
                lambda r: "yes" if _returning(r) else "no",  # the CSV value; shown translated
                display=lambda r: self.tr("yes") if _returning(r) else self.tr("no"),
                tooltip=lambda r: self.tr(
                    "Active on %n different day(s) in the last 30 days.", "", int(r[E["active_days_30d"]])
                ),
                header_tooltip=_RETURNING_TIP,
                key="returning",
            ),
            "power_member": Column(
                labels["power_member"],
                lambda r: "yes" if r[E["power_member"]] else "no",
                display=lambda r: None,  # the check box says it
                key="power_member",
            ),
            "interactions_30d": Column(
                labels["interactions_30d"],
                lambda r: int(r[E["interactions_30d"]]),
                display=lambda r: _count(int(r[E["interactions_30d"]])),
                numeric=True,
                key="interactions_30d",
            ),
            "notes": Column(
                labels["notes"],
                lambda r: "" if r[E["notes"]] is None else str(r[E["notes"]]),
                editable=True,
                key="notes",
            ),
        }
        super().__init__([by_key.get(k) or _text(k) for k, _h in COLUMNS], parent)
        self.edit_handler: EngagerEdit | None = None
        self._row_of: dict[int, int] = {}

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._row_of = {int(r[0]): i for i, r in enumerate(rows)}
        self.endResetModel()

    def update_field(self, engager_id: int, key: str, value: Any) -> None:
        i = self._row_of.get(engager_id)
        if i is None:
            return
        row = list(self.rows[i])
        row[E[key]] = value
        self.rows[i] = tuple(row)
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Keyed sort of the tuples (fast on tens of thousands of people; a proxy sort calls data() per compare)."""
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][0]
        if key == "returning":
            i = E["active_days_30d"]
            fn: Callable[[tuple[Any, ...]], Any] = lambda r: r[i] >= 2  # noqa: E731
        elif key in ("interactions_30d", "power_member"):
            i = E[key]
            fn = lambda r: r[i]  # noqa: E731
        else:
            i = E[key]
            fn = lambda r: str(r[i] or "").lower()  # noqa: E731
        self.layoutAboutToBeChanged.emit()
        old_ids = [int(r[0]) for r in self.rows]
        self.rows.sort(key=fn, reverse=order == Qt.SortOrder.DescendingOrder)
        self._row_of = {int(r[0]): n for n, r in enumerate(self.rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(self._row_of[old_ids[p.row()]], p.column()) for p in persistent]
        )
        self.layoutChanged.emit()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and COLUMNS[index.column()][0] == "power_member":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def cell_data(self, row: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and COLUMNS[column][0] == "power_member":
            return Qt.CheckState.Checked if row[E["power_member"]] else Qt.CheckState.Unchecked
        return None

    def setData(  # noqa: N802
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or self.edit_handler is None:
            return False
        key = COLUMNS[index.column()][0]
        eid = int(self.rows[index.row()][0])
        if key == "power_member" and role == Qt.ItemDataRole.CheckStateRole:
            checked = value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value or value is True
            self.edit_handler(eid, "power_member", bool(checked))
            return True
        if key == "notes" and role == Qt.ItemDataRole.EditRole:
            self.edit_handler(eid, "notes", "" if value is None else str(value))
            return True
        return False


class EngagerFilterProxy(QSortFilterProxyModel):
    """Text filter on handle/platform/notes read from the tuples (no data() call per cell)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().lower().lstrip("@")
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not self.text or not isinstance(model, EngagerTableModel):
            return True
        r = model.rows[source_row]
        return self.text in f"{r[E['handle']]} {r[E['platform']]} {r[E['notes']]}".lower()
