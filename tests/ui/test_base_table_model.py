"""The one base table model: declared columns answer the common roles, and every model follows the scheme."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt

from microcomm_desktop.ui.models.base_table_model import RIGHT, SORT_ROLE, BaseTableModel, Column

MODELS = Path(__file__).resolve().parents[2] / "microcomm_desktop" / "ui" / "models"


@dataclass
class _Row:
    name: str
    n: int | None


def _model() -> BaseTableModel[_Row]:
    return BaseTableModel(
        [
            Column("Name", lambda r: r.name, editable=True, tooltip=lambda r: f"about {r.name}", key="name"),
            Column(
                "Count",
                lambda r: r.n,
                display=lambda r: "n/a" if r.n is None else f"{r.n:,}",
                header_tooltip="how many",
                numeric=True,
                sort_key=lambda r: -1 if r.n is None else r.n,
                key="n",
            ),
        ]
    )


def test_columns_answer_display_edit_tooltip_alignment_and_sort(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    m = _model()
    qtmodeltester.check(m)  # empty
    m.set_rows([_Row("a", 1234), _Row("b", None)])
    qtmodeltester.check(m)
    assert (m.rowCount(), m.columnCount()) == (2, 2)
    h = Qt.Orientation.Horizontal
    assert m.headerData(0, h) == "Name" and m.headerData(1, h, Qt.ItemDataRole.ToolTipRole) == "how many"
    assert m.headerData(0, h, Qt.ItemDataRole.ToolTipRole) is None and m.headerData(5, h) is None
    assert m.data(m.index(0, 1)) == "1,234" and m.data(m.index(0, 1), Qt.ItemDataRole.EditRole) == 1234
    assert m.data(m.index(1, 1)) == "n/a" and m.data(m.index(1, 1), SORT_ROLE) == -1
    assert m.data(m.index(0, 0)) == "a" and m.data(m.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "about a"
    assert m.data(m.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert m.data(m.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) is None
    assert m.flags(m.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not m.flags(m.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert m.column_index("n") == 1


def test_cell_data_overrides_a_role() -> None:
    class Bold(BaseTableModel[_Row]):
        def cell_data(self, row: _Row, column: int, role: int) -> object:
            return "override" if role == Qt.ItemDataRole.DisplayRole and row.n is None else None

    m = Bold(_model().columns)
    m.set_rows([_Row("a", 1), _Row("b", None)])
    assert m.data(m.index(0, 1)) == "1" and m.data(m.index(1, 0)) == "override"


def test_every_table_model_lives_in_a_table_model_module() -> None:
    """One naming scheme: a module of ui/models defining a Qt model is called ``*_table_model.py``, one defining
    only a proxy model over such a model may be called ``*_proxy.py``."""
    offenders = []
    for path in sorted(MODELS.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bases = [ast.unparse(b) for node in tree.body if isinstance(node, ast.ClassDef) for b in node.bases]
        models = [b for b in bases if "Model" in b]
        if not models or path.name.endswith("_table_model.py"):
            continue
        if not (path.name.endswith("_proxy.py") and all("ProxyModel" in b for b in models)):
            offenders.append(path.name)
    assert offenders == []


def test_a_model_whose_shown_text_is_the_contract_answers_no_edit_role() -> None:
    class Shown(BaseTableModel[_Row]):
        answers_edit_role = False

    m = Shown(_model().columns)
    m.set_rows([_Row("a", 1234)])
    assert m.data(m.index(0, 1), Qt.ItemDataRole.EditRole) is None and m.data(m.index(0, 1)) == "1,234"
