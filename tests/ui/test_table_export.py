"""The tables' "Export to CSV…": what the reader of the file gets, on large tables too.

``export_model_csv`` writes the app's own models from ``BaseTableModel.export_cells`` instead of one model index per
cell (a 200,000-post table took half a minute in the GUI thread); the file must be the one the index path writes,
through the sort and filter the user sees. A large table exports behind a progress window whose Cancel leaves the
target file as it was, and a refresh during the export does not mix two versions of the table.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog

from microcomm_desktop.services.exporting import ExportCancelled
from microcomm_desktop.ui.models.base_table_model import BaseTableModel, Column
from microcomm_desktop.ui.widgets import table as table_mod
from microcomm_desktop.ui.widgets.table import FilterableTable, export_model_csv


def _through_index(model: QAbstractItemModel) -> list[list[str]]:
    """The file's rows as the generic path reads them: EditRole, else DisplayRole, per model index."""
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    out = []
    for r in range(model.rowCount()):
        row = []
        for c in range(model.columnCount()):
            v = model.data(model.index(r, c), Qt.ItemDataRole.EditRole)
            if v is None:
                v = model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
            row.append("" if v is None else v)
        out.append(row)
    buf = io.StringIO()
    csv.writer(buf).writerows(out)
    return list(csv.reader(io.StringIO(buf.getvalue())))


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def test_posts_table_export_equals_the_index_path_through_sort_and_filter(
    qtbot: Any, ui_ctx: Any, sample_workspace: Any, tmp_path: Path
) -> None:
    from microcomm_desktop.ui.tabs.posts.page import create_tab

    ui_ctx.workspace = sample_workspace
    ui_ctx.today = date(2026, 11, 25)
    tab = create_tab(ui_ctx)
    qtbot.addWidget(tab)
    tab.set_workspace(sample_workspace.id)
    qtbot.waitUntil(lambda: not tab.is_loading())
    view_model = tab.table.proxy
    assert view_model.rowCount() > 10
    tab.table.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    for text in ("", "community"):
        tab.table.filter_edit.setText(text)
        out = tmp_path / f"posts-{text or 'all'}.csv"
        n = export_model_csv(view_model, out)
        body = _read(out)[1:]
        assert n == len(body) == view_model.rowCount() > 0
        assert body == _through_index(view_model)


class _Plain(BaseTableModel[tuple[int, str]]):
    pass


def _model(n: int) -> _Plain:
    m = _Plain(
        [
            Column("Number", lambda r: r[0], numeric=True, key="n"),
            Column("Name", lambda r: r[1], display=lambda r: r[1].upper(), key="name"),
            Column("Shown only", lambda r: None, display=lambda r: f"#{r[0]}", key="shown"),
        ]
    )
    m.set_rows([(i, f"row {i}") for i in range(n)])
    return m


def test_plain_model_export_equals_index_path(qtbot: Any, tmp_path: Path) -> None:
    table = FilterableTable(_model(50))
    qtbot.addWidget(table)
    table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    table.filter_edit.setText("row 1")
    out = tmp_path / "t.csv"
    export_model_csv(table.proxy, out)
    rows = _read(out)
    assert rows[0] == ["Number", "Name", "Shown only"]
    assert rows[1:] == _through_index(table.proxy)
    assert rows[1] == ["19", "row 19", "#19"]  # EditRole first, the shown text only where there is none


def test_cancel_in_the_progress_window_leaves_the_file_as_it_was(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_mod, "PROGRESS_FROM_ROWS", 100)
    monkeypatch.setattr(table_mod, "PROGRESS_ROWS", 50)
    table = FilterableTable(_model(5_000))
    qtbot.addWidget(table)
    table.show()
    out = tmp_path / "kept.csv"
    out.write_text("the earlier export\n", encoding="utf-8")
    seen: list[QProgressDialog] = []

    def press_cancel() -> None:
        dialogs = table.findChildren(QProgressDialog)
        if dialogs:
            seen.append(dialogs[0])
            dialogs[0].cancel()
        else:
            QTimer.singleShot(1, press_cancel)

    QTimer.singleShot(0, press_cancel)
    with pytest.raises(ExportCancelled):
        table.export_csv(out)
    assert seen, "a large table exports behind a progress window"
    assert out.read_text(encoding="utf-8") == "the earlier export\n"


def test_a_refresh_during_the_export_does_not_mix_two_tables(tmp_path: Path, qtbot: Any) -> None:
    model = _model(300)
    table = FilterableTable(model)
    qtbot.addWidget(table)
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        if done == 100:  # the data changed elsewhere: the tab resets its model mid-export
            model.set_rows([(i, f"new {i}") for i in range(10)])
        return True

    monkey_rows = table_mod.PROGRESS_ROWS
    table_mod.PROGRESS_ROWS = 100
    try:
        n = export_model_csv(table.proxy, tmp_path / "x.csv", progress)
    finally:
        table_mod.PROGRESS_ROWS = monkey_rows
    rows = _read(tmp_path / "x.csv")[1:]
    assert n == 300 and len(rows) == 300 and 100 in calls
    assert all(r[1].startswith("row ") for r in rows)
