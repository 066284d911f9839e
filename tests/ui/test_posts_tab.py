"""Posts tab: models pass qtmodeltester, edits are undoable, validation shows, the import wizard runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from microcomm_desktop.services import posts
from microcomm_desktop.ui.models.post_table_model import COL, PostTableModel

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


@pytest.fixture
def tab(posts_page, sample_workspace):  # type: ignore[no-untyped-def]
    page = posts_page
    page.set_workspace(sample_workspace.id)
    return page


def test_models_pass_qtmodeltester(qtmodeltester, tab) -> None:  # type: ignore[no-untyped-def]
    assert tab.model.rowCount() > 50
    qtmodeltester.check(tab.model)
    tab.ensure_engagers()
    assert tab.eng_model.rowCount() > 0
    qtmodeltester.check(tab.eng_model)
    qtmodeltester.check(tab.filter_proxy)


def test_empty_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    m = PostTableModel()
    qtmodeltester.check(m)


def test_computed_columns_bands_and_tooltips(tab) -> None:  # type: ignore[no-untyped-def]
    m = tab.model
    assert m.headerData(COL["er"], Qt.Orientation.Horizontal) == "ER by reach %"
    row = [list(r) for r in m.rows][0]
    row[posts.ROW_FIELDS.index("reach")] = 0
    m.rows[0] = tuple(row)
    assert m.data(m.index(0, COL["er"])) == "n/a"
    assert "n/a" in m.data(m.index(0, COL["saves_1k"]), Qt.ItemDataRole.ToolTipRole)
    # A community post with 5 saves on 1,000 reach is below the 10–40 band and says what to do.
    row[posts.ROW_FIELDS.index("reach")] = 1000
    row[posts.ROW_FIELDS.index("saves")] = 5
    row[posts.ROW_FIELDS.index("label")] = "community"
    m.rows[0] = tuple(row)
    assert m.data(m.index(0, COL["saves_1k"])) == "5.0"
    tip = m.data(m.index(0, COL["saves_1k"]), Qt.ItemDataRole.ToolTipRole)
    assert "Below" in tip and "checklists" in tip
    assert m.data(m.index(0, COL["saves_1k"]), Qt.ItemDataRole.BackgroundRole) is not None


def test_add_undo_redo(tab) -> None:  # type: ignore[no-untyped-def]
    n = tab.model.rowCount()
    values = posts.check_post_form({"when": "2026-11-25 08:00", "label": "reach", "reach": "100"}).values
    pid = tab.add_post_values(values)
    assert pid is not None and tab.model.rowCount() == n + 1
    tab.undo_stack.undo()
    assert tab.model.rowCount() == n
    tab.undo_stack.redo()
    assert tab.model.rowCount() == n + 1 and tab.model.row_of(pid) is not None


def test_inline_edit_validates_and_undoes(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    proxy = tab.table.proxy
    idx = proxy.index(0, COL["saves"])
    pid = tab.model.post_id(tab.filter_proxy.mapToSource(proxy.mapToSource(idx)).row())
    old = posts.post_form_values(tab.ctx.engine, pid)["saves"]
    with qtbot.waitSignal(tab.model.edit_rejected) as blocker:
        assert not proxy.setData(idx, "-4", Qt.ItemDataRole.EditRole)
    assert "negative" in blocker.args[0]
    assert proxy.setData(idx, "1,234", Qt.ItemDataRole.EditRole)
    assert posts.post_form_values(tab.ctx.engine, pid)["saves"] == "1234"
    tab.undo_stack.undo()
    assert posts.post_form_values(tab.ctx.engine, pid)["saves"] == old
    assert tab.undo_stack.canRedo()


def test_delete_and_undo_keeps_interactions(tab) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.interactions import post_detail

    tab.table.view.selectRow(0)
    pid = tab.current_post_id()
    before = post_detail(tab.ctx.engine, pid)
    n = tab.model.rowCount()
    tab.delete_posts(confirm=False)
    assert tab.model.rowCount() == n - 1
    tab.undo_stack.undo()
    assert tab.model.rowCount() == n
    assert post_detail(tab.ctx.engine, pid) == before


def test_quick_entry_logs_and_undoes(tab) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.interactions import post_detail

    tab.table.view.selectRow(0)
    pid = tab.current_post_id()
    n = post_detail(tab.ctx.engine, pid).interactions
    tab.quick.setPlainText("@newbie comment\n@helper reply to @newbie\n@newbie reply to @helper")
    tab.log_quick()
    d = post_detail(tab.ctx.engine, pid)
    assert d.interactions == n + 3 and "Logged 3" in tab.quick_msg.text()
    tab.quick.ensure_handles()  # loaded on the first completion after a change
    assert "newbie" in tab.quick.handles.stringList()
    tab.undo_stack.undo()
    assert post_detail(tab.ctx.engine, pid).interactions == n
    tab.quick.setPlainText("@x explode")
    tab.log_quick()
    assert "Line 1" in tab.quick_msg.text()


def test_filters(tab) -> None:  # type: ignore[no-untyped-def]
    total = tab.filter_proxy.rowCount()
    tab.label_filter.setCurrentIndex(tab.label_filter.findData("reach"))
    reach_only = tab.filter_proxy.rowCount()
    assert 0 < reach_only < total
    tab.label_filter.setCurrentIndex(0)
    tab.date_from.setText("2026-11-01")
    assert tab.filter_proxy.rowCount() < total
    tab.date_from.setText("garbage")
    assert "not a date" in tab.filter_msg.text()
    tab.date_from.setText("")
    tab.ritual_filter.setCurrentIndex(tab.ritual_filter.findData("*"))
    assert 0 < tab.filter_proxy.rowCount() < total


def test_post_form_validates_as_you_type(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from microcomm_desktop.ui.dialogs.post_form import PostFormDialog

    dlg = PostFormDialog({"when": "2026-11-20 18:30", "label": "community"}, [(1, "Friday wins 2026-11-20")])
    qtbot.addWidget(dlg)
    save = dlg.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()
    dlg.edits["reach"].setText("-1")
    assert not save.isEnabled() and dlg.msgs["reach"].text() == "Reach cannot be negative."
    dlg.edits["reach"].setText("5000")
    dlg.edits["impressions"].setText("100")
    assert save.isEnabled() and "swapped" in dlg.msgs["reach"].text()
    dlg.edits["when"].setText("")
    assert not save.isEnabled() and "required" in dlg.msgs["when"].text()


def test_import_wizard_unknown_export_shows_mapping(tab) -> None:  # type: ignore[no-untyped-def]
    dlg = tab.open_import(FIX / "unknown_export.csv", exec_dialog=False)
    assert dlg.plan.preset is None and not dlg.import_btn.isEnabled()
    assert "Not recognised" in dlg.detected.text()
    cb = dlg.map_combos["published_at"]
    cb.setCurrentIndex(cb.findData(0))
    assert dlg.import_btn.isEnabled()
    assert dlg.preview_model.rowCount() == 1 and dlg.preview_model.data(dlg.preview_model.index(0, 1)) == "error"
    dlg.close()


def test_import_wizard_runs_in_worker(qtbot, qtmodeltester, tab) -> None:  # type: ignore[no-untyped-def]
    n = tab.model.rowCount()
    dlg = tab.open_import(FIX / "meta_business_suite.csv", exec_dialog=False)
    qtbot.addWidget(dlg)
    assert dlg.plan.preset is not None and dlg.plan.preset.name == "meta"
    qtmodeltester.check(dlg.preview_model)
    with qtbot.waitSignal(dlg.imported, timeout=10000):
        dlg.import_btn.click()
    assert "Inserted 4" in dlg.report_summary.text()
    assert tab.model.rowCount() == n + 4


def test_import_wizard_year_question(tab) -> None:  # type: ignore[no-untyped-def]
    dlg = tab.open_import(FIX / "tiktok_overview.csv", exec_dialog=False)
    assert not dlg.year_spin.isHidden()
    dlg.year_spin.setValue(2025)
    res = dlg.preview_model.results[0]
    assert res.values["published_at"].year == 2025
    dlg.close()


def test_engager_power_flag_is_undoable(tab) -> None:  # type: ignore[no-untyped-def]
    tab.ensure_engagers()
    m = tab.eng_model
    col = 6
    idx = m.index(0, col)
    was = m.data(idx, Qt.ItemDataRole.CheckStateRole)
    target = Qt.CheckState.Unchecked if was == Qt.CheckState.Checked else Qt.CheckState.Checked
    assert m.setData(idx, target, Qt.ItemDataRole.CheckStateRole)
    assert m.data(idx, Qt.ItemDataRole.CheckStateRole) == target
    tab.undo_stack.undo()
    assert m.data(idx, Qt.ItemDataRole.CheckStateRole) == was


def test_bad_file_gets_a_message_not_a_crash(tab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert tab.open_import(empty, exec_dialog=False) is None
    assert shown and "empty" in shown[0]
