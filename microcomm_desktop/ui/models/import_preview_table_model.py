"""Preview of the first rows of an import, as they will be stored; cells with a problem are highlighted."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from microcomm_desktop.domain.imports import FieldSpec, RowResult


class ImportPreviewModel(QAbstractTableModel):
    """Columns: the file line, a status, then every mapped field (errors in red with the reason as tooltip)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.results: list[RowResult] = []
        self.fields: list[FieldSpec] = []
        self.error_color = QColor(240, 170, 160)
        self.skip_color = QColor(200, 200, 200)

    def set_results(self, results: list[RowResult], fields: list[FieldSpec]) -> None:
        self.beginResetModel()
        self.results = results
        self.fields = fields
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2 + len(self.fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return "Line"
        if section == 1:
            return "Status"
        if 0 <= section - 2 < len(self.fields):
            return self.fields[section - 2].label
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.results):
            return None
        res = self.results[index.row()]
        c = index.column()
        if c == 0:
            return res.line if role == Qt.ItemDataRole.DisplayRole else None
        if c == 1:
            if role == Qt.ItemDataRole.DisplayRole:
                if res.skip_reason:
                    return f"skip: {res.skip_reason}"
                return "error" if res.errors else ("warning" if res.warnings else "ok")
            if role == Qt.ItemDataRole.ToolTipRole:
                return res.reason() or "; ".join(res.warnings) or None
            if role == Qt.ItemDataRole.BackgroundRole:
                return self.error_color if res.errors else (self.skip_color if res.skip_reason else None)
            return None
        key = self.fields[c - 2].key
        if role == Qt.ItemDataRole.DisplayRole:
            if key in res.errors:
                return "⚠ " + res.errors[key].split(": ", 1)[-1][:60]
            v = res.values.get(key)
            if isinstance(v, datetime):
                return v.strftime("%Y-%m-%d %H:%M") + (" UTC" if v.tzinfo else "")
            if isinstance(v, bool):  # engagers' power-member tick, as the export writes it
                return "yes" if v else "no"
            if isinstance(v, list):  # themes: shown as they will be stored (normalised, comma-separated)
                return ", ".join(str(x) for x in v)
            return "" if v is None else str(v)
        if role == Qt.ItemDataRole.BackgroundRole and key in res.errors:
            return self.error_color
        if role == Qt.ItemDataRole.ToolTipRole and key in res.errors:
            return res.errors[key]
        return None
