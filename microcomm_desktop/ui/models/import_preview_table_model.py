"""Preview of the first rows of an import, as they will be stored; cells with a problem are highlighted."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from microcomm_desktop.domain.imports import FieldSpec, RowResult
from microcomm_desktop.ui.models.base_table_model import BaseTableModel, Column


def _status(res: RowResult) -> str:
    """The row's status word; the skip reason itself comes from the importer (its own sentences)."""
    if res.skip_reason:
        return QCoreApplication.translate("ImportPreviewModel", "skip: {reason}").format(reason=res.skip_reason)
    if res.errors:
        return QCoreApplication.translate("ImportPreviewModel", "error")
    if res.warnings:
        return QCoreApplication.translate("ImportPreviewModel", "warning")
    return QCoreApplication.translate("ImportPreviewModel", "ok")


def _shown(res: RowResult, key: str) -> str:
    """A value as it will be stored, or the problem with it."""
    if key in res.errors:
        return "⚠ " + res.errors[key].split(": ", 1)[-1][:60]
    v = res.values.get(key)
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M") + (" UTC" if v.tzinfo else "")
    if isinstance(v, bool):  # engagers' power-member tick, as the export writes it
        return (
            QCoreApplication.translate("ImportPreviewModel", "yes")
            if v
            else QCoreApplication.translate("ImportPreviewModel", "no")
        )
    if isinstance(v, list):  # themes: shown as they will be stored (normalised, comma-separated)
        return ", ".join(str(x) for x in v)
    return "" if v is None else str(v)


def _field_column(spec: FieldSpec) -> Column[RowResult]:
    key = spec.key
    return Column(spec.label_text(), lambda res: _shown(res, key), tooltip=lambda res: res.errors.get(key), key=key)


class ImportPreviewModel(BaseTableModel[RowResult]):
    """Columns: the file line, a status, then every mapped field (errors in red with the reason as tooltip)."""

    answers_edit_role = False  # a preview: nothing to edit, and its CSV would be the text shown

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.fields: list[FieldSpec] = []
        self.error_color = QColor(240, 170, 160)
        self.skip_color = QColor(200, 200, 200)

    @property
    def results(self) -> list[RowResult]:
        return self.rows

    def set_results(self, results: list[RowResult], fields: list[FieldSpec]) -> None:
        self.beginResetModel()
        self.fields = fields
        self.columns = [
            Column(QCoreApplication.translate("ImportPreviewModel", "Line"), lambda res: res.line),
            Column(
                QCoreApplication.translate("ImportPreviewModel", "Status"),
                _status,
                tooltip=lambda res: res.reason() or "; ".join(res.warnings) or None,
            ),
            *(_field_column(f) for f in fields),
        ]
        self.rows = list(results)
        self.endResetModel()

    def cell_data(self, row: RowResult, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.BackgroundRole:
            return None
        if column == 1:
            return self.error_color if row.errors else (self.skip_color if row.skip_reason else None)
        if column >= 2 and self.fields[column - 2].key in row.errors:
            return self.error_color
        return None
