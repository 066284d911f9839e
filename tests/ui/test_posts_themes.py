"""Themes on the Posts tab: column, filter, form, inline edit, bulk tagging with undo, detail pane, import preview."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from microcomm_desktop.services import posts
from microcomm_desktop.services import themes as th
from microcomm_desktop.ui.models.post_table_model import COL


@pytest.fixture
def tab(posts_page, sample_workspace):  # type: ignore[no-untyped-def]
    page = posts_page
    page.set_workspace(sample_workspace.id)
    return page


def _themes_of(tab, pid: int) -> list[str]:  # type: ignore[no-untyped-def]
    return th.themes_of_posts(tab.ctx.engine, [pid])[pid]


def _first_visible_pid(tab) -> int:  # type: ignore[no-untyped-def]
    idx = tab.table.proxy.index(0, 0)
    return tab.model.post_id(tab.filter_proxy.mapToSource(tab.table.proxy.mapToSource(idx)).row())


def test_themes_column_sorts_and_filters(qtmodeltester, tab) -> None:  # type: ignore[no-untyped-def]
    m = tab.model
    assert m.headerData(COL["themes"], Qt.Orientation.Horizontal) == "Themes"
    shown = [m.data(m.index(r, COL["themes"])) for r in range(m.rowCount())]
    assert any(shown), "the sample community carries themes"
    m.sort(COL["themes"], Qt.SortOrder.DescendingOrder)
    keys = [str(m.data(m.index(r, COL["themes"])) or "").lower() for r in range(m.rowCount())]
    assert keys == sorted(keys, reverse=True)
    qtmodeltester.check(m)
    # The theme filter lists the workspace's themes; picking one shows exactly the posts carrying it.
    combo = tab.theme_filter
    names = [combo.itemData(i) for i in range(combo.count())]
    name = next(n for n in names if n not in (None, "", "*"))
    combo.setCurrentIndex(combo.findData(name))
    n = tab.filter_proxy.rowCount()
    assert 0 < n < m.rowCount()
    for r in range(n):
        src = tab.filter_proxy.mapToSource(tab.filter_proxy.index(r, 0)).row()
        assert name in str(m.rows[src][-1]).split(", ")
    combo.setCurrentIndex(combo.findData(""))
    for r in range(tab.filter_proxy.rowCount()):
        assert not m.rows[tab.filter_proxy.mapToSource(tab.filter_proxy.index(r, 0)).row()][-1]
    combo.setCurrentIndex(0)
    # The free-text filter searches themes too.
    tab.table.filter_edit.setText(name)
    assert tab.filter_proxy.rowCount() >= n


def test_inline_theme_edit_is_one_undoable_step(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    proxy = tab.table.proxy
    pid = _first_visible_pid(tab)
    old = _themes_of(tab, pid)
    idx = proxy.index(0, COL["themes"])
    assert proxy.flags(idx) & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(tab.model.edit_rejected) as blocker:
        assert not proxy.setData(idx, "z" * 90, Qt.ItemDataRole.EditRole)
    assert "under 80" in blocker.args[0]
    assert proxy.setData(idx, "Brand New Theme, #hills", Qt.ItemDataRole.EditRole)
    assert _themes_of(tab, pid) == ["brand new theme", "hills"]
    row = tab.model.row_of(pid)
    assert row is not None and tab.model.data(tab.model.index(row, COL["themes"])) == "brand new theme, hills"
    assert tab.theme_filter.findData("brand new theme") >= 0
    tab.undo_stack.undo()
    assert _themes_of(tab, pid) == old
    assert "brand new theme" not in th.theme_names(tab.ctx.engine, tab.workspace_id)
    tab.undo_stack.redo()
    assert _themes_of(tab, pid) == ["brand new theme", "hills"]


def test_form_edits_themes_and_format_in_one_undo_step(tab) -> None:  # type: ignore[no-untyped-def]
    pid = _first_visible_pid(tab)
    before_form = posts.post_form_values(tab.ctx.engine, pid)
    form = dict(before_form, themes="recap, gear", format="office hours")
    values = posts.check_post_form(form).values
    assert tab.update_post_values(pid, values)
    after = posts.post_form_values(tab.ctx.engine, pid)
    assert after["themes"] == "gear, recap" and after["format"] == "office hours"
    assert tab.undo_stack.count() == 1
    tab.undo_stack.undo()
    again = posts.post_form_values(tab.ctx.engine, pid)
    assert again["themes"] == before_form["themes"] and again["format"] == before_form["format"]


def test_add_with_new_theme_undo_removes_it(tab) -> None:  # type: ignore[no-untyped-def]
    values = posts.check_post_form(
        {"when": "2026-11-25 08:00", "label": "community", "themes": "only here", "format": "carousel"}
    ).values
    pid = tab.add_post_values(values)
    assert pid is not None and _themes_of(tab, pid) == ["only here"]
    tab.undo_stack.undo()
    assert "only here" not in th.theme_names(tab.ctx.engine, tab.workspace_id)
    tab.undo_stack.redo()
    assert _themes_of(tab, pid) == ["only here"]


def test_post_form_dialog_themes_and_formats(qtbot) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.dialogs.post_form import PostFormDialog

    form = {"when": "2026-11-20 18:30", "label": "community", "themes": "recovery, ankles", "format": ""}
    dlg = PostFormDialog(form, [], None, "Edit post", themes_available=["recovery"], formats=["Tuesday teardown"])
    qtbot.addWidget(dlg)
    assert dlg.themes.themes() == ["recovery", "ankles"]
    assert dlg.format.itemText(1) == "Tuesday teardown"  # the promise's recurring formats come first
    assert "ankles" in dlg.msgs["themes"].text()  # "New theme created on save: ankles"
    assert dlg.check().values["themes"] == ["recovery", "ankles"]
    dlg.format.setCurrentText("f" * 81)
    assert not dlg.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert "under 80" in dlg.msgs["format"].text()
    dlg.format.setCurrentText("Tuesday teardown")
    dlg.themes.edit.setText("typed not entered")
    dlg.accept()  # text typed but not confirmed with Enter still counts
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.values()["themes"] == "recovery, ankles, typed not entered"


def test_bulk_tagging_with_undo_via_shortcut(qtbot, tab, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.dialogs import bulk_tag

    tab.table.view.selectAll()
    ids = tab.selected_post_ids()
    assert len(ids) == tab.model.rowCount()
    before = th.themes_of_posts(tab.ctx.engine, ids)
    seen: dict[str, object] = {}

    def fake_exec(dlg) -> int:  # type: ignore[no-untyped-def]
        seen["n"] = len(dlg.post_ids)
        dlg.picker.set_themes(["Bulk Theme"])
        dlg.accept()
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(bulk_tag.BulkTagDialog, "exec", fake_exec)
    # Ctrl+T on the table is the keyboard route (offscreen there is no active window to deliver the key to, so
    # trigger the shortcut object itself).
    shortcut = next(sc for sc in tab.table.view.findChildren(QShortcut) if sc.key() == QKeySequence("Ctrl+T"))
    shortcut.activated.emit()
    assert seen["n"] == len(ids)
    after = th.themes_of_posts(tab.ctx.engine, ids)
    assert all("bulk theme" in v for v in after.values())
    assert "Tagged" in tab.edit_msg.text()
    assert tab.theme_filter.findData("bulk theme") >= 0
    tab.undo_stack.undo()
    assert th.themes_of_posts(tab.ctx.engine, ids) == before
    assert "bulk theme" not in th.theme_names(tab.ctx.engine, tab.workspace_id)
    tab.undo_stack.redo()
    assert all("bulk theme" in v for v in th.themes_of_posts(tab.ctx.engine, ids).values())


def test_bulk_tag_error_is_shown_not_raised(tab) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.dialogs.bulk_tag import BulkTagCommand

    assert tab.workspace_id is not None
    cmd = BulkTagCommand(tab.ctx.engine, tab.workspace_id, [999_999], ["x"], [], tab.ctx.bus)
    assert not tab.push_tag_command(cmd)
    assert "Not tagged" in tab.edit_msg.text() and tab.undo_stack.count() == 0


def test_detail_pane_shows_format_and_themes(tab) -> None:  # type: ignore[no-untyped-def]
    pid = _first_visible_pid(tab)
    tab.select_post(pid)
    tab.update_post_values(pid, posts.check_post_form({"themes": "a & b"}, partial=True).values)
    assert "Themes: <b>a &amp; b</b>" in tab.detail_title.text()
    tab.update_post_values(pid, posts.check_post_form({"themes": ""}, partial=True).values)
    assert "none yet" in tab.detail_title.text()


def test_import_preview_shows_theme_lists(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.domain.imports import ConvertOptions, read_csv_bytes
    from microcomm_desktop.services import importing
    from microcomm_desktop.ui.models.import_preview_table_model import ImportPreviewModel

    table = read_csv_bytes(b'Date,Themes,Format\n2026-11-02 18:00,"Hip Mobility;#gear",carousel\n')
    plan = importing.make_plan(table, ConvertOptions(today=date(2026, 11, 25)), kind="posts")
    m = ImportPreviewModel()
    fields = [f for f in plan.fields if plan.mapping.get(f.key) is not None]
    m.set_results(importing.preview(plan), fields)
    qtmodeltester.check(m)
    col = 2 + [f.key for f in fields].index("themes")
    assert m.data(m.index(0, col)) == "hip mobility, gear"
    assert m.headerData(col, Qt.Orientation.Horizontal) == "Themes (comma-separated)"


def test_import_wizard_maps_themes_and_table_export_round_trips(qtbot, tab, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.domain.imports import ConvertOptions
    from microcomm_desktop.services import importing
    from microcomm_desktop.services.workspaces import create_workspace
    from microcomm_desktop.ui.widgets.table import export_model_csv

    src = tmp_path / "tagged.csv"
    src.write_text(
        "Date,Post id,Platform,Format,Tags,Reach\n"
        '2026-11-02 18:00,t1,instagram,Friday wins,"Hip Mobility; #wins",900\n'
        "2026-11-03 18:00,t2,instagram,carousel,,700\n",
        encoding="utf-8",
    )
    dlg = tab.open_import(src, exec_dialog=False)
    qtbot.addWidget(dlg)
    assert dlg.map_combos["themes"].currentData() == 4 and dlg.map_combos["format"].currentData() == 3
    with qtbot.waitSignal(dlg.imported, timeout=10000):
        dlg.import_btn.click()
    assert "Themes: set on 2 posts; new themes: wins" in "\n".join(dlg.report.lines())
    pid = next(int(r[0]) for r in tab.model.rows if r[posts.ROW_FIELDS.index("platform_post_id")] == "t1")
    assert _themes_of(tab, pid) == ["hip mobility", "wins"]
    assert tab.theme_filter.findData("wins") >= 0  # the tab reloaded after the import

    # "Export to CSV…" on the table writes the Themes column; the generic preset reads it back.
    out = tmp_path / "table.csv"
    export_model_csv(tab.table.proxy, out)
    other = create_workspace(tab.ctx.engine, "Copy", timezone="Europe/Berlin")
    plan = importing.make_plan(importing.load_table(out), ConvertOptions(today=date(2026, 11, 25)), kind="posts")
    assert plan.mapping["themes"] is not None
    rep = importing.import_posts(tab.ctx.engine, other.id, plan)
    assert rep.written and not rep.rejected
    i = posts.ROW_FIELDS.index("themes")
    key = posts.ROW_FIELDS.index("title")
    a = sorted((r[key], r[i] or "") for r in posts.load_post_rows(tab.ctx.engine, tab.workspace_id))
    b = sorted((r[key], r[i] or "") for r in posts.load_post_rows(tab.ctx.engine, other.id))
    assert a == b and any(t for _k, t in a)
