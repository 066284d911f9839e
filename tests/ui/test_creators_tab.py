"""Creators tab: models pass the model tester; evidence by drag-and-drop and file dialog; bad files; undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from microcomm_desktop.services import creators as svc
from microcomm_desktop.services.sample_creators import fake_screenshot
from microcomm_desktop.ui.tabs.creators.page import CreatorsTab
from microcomm_desktop.ui.widgets.thumbnail_loader import decode_image


@pytest.fixture
def tab(qtbot, ui_ctx, workspace, today: date) -> CreatorsTab:  # type: ignore[no-untyped-def]
    ui_ctx.today = today
    ui_ctx.workspace = workspace
    t = CreatorsTab(ui_ctx)
    qtbot.addWidget(t)
    t.set_workspace(workspace.id)
    return t


def _png(tmp: Path, name: str, seed: int = 1) -> Path:
    p = tmp / name
    p.write_bytes(fake_screenshot(seed, (200, 60, 60)))
    return p


def _drop(view, files: list[Path]) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    ev = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(ev)


def test_empty_state_then_new_creator_with_undo(tab: CreatorsTab, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    assert tab.list_model.rowCount() == 0
    assert not tab.empty_label.isHidden()
    with qtbot.waitSignal(tab.ctx.bus.data_changed):
        tab.new_creator()
    assert tab.list_model.rowCount() == 1 and tab.current_id is not None
    qtmodeltester.check(tab.list_model)
    tab.undo_stack.undo()
    assert tab.list_model.rowCount() == 0
    tab.undo_stack.redo()
    assert tab.list_model.rowCount() == 1


def test_form_rejects_bad_input_next_to_fields_and_saves_good_input(tab: CreatorsTab, today: date) -> None:
    tab.new_creator()
    cid = tab.current_id
    assert cid is not None
    tab.name.setText("")
    tab.audience.setText("lots")
    tab.er.setText("250")
    tab.handles.setPlainText("@nobody")
    assert tab.save() is False
    for key in ("name", "audience_size", "er_pct", "handles"):
        assert not tab.errors[key].isHidden() and tab.errors[key].text()
    assert svc.get_creator(tab.ctx.engine, cid).name.startswith("New creator")  # nothing written
    tab.name.setText("Lena Trails")
    tab.audience.setText("8,200")
    tab.er.setText("5.1")
    tab.handles.setPlainText("instagram @lenatrails")
    tab.struggle.setText("hill repeats in the heat")
    tab.struggle_dated.setChecked(True)
    assert tab.save() is True
    saved = svc.get_creator(tab.ctx.engine, cid)
    assert (saved.name, saved.audience_size, saved.er_pct, saved.handles) == (
        "Lena Trails",
        8200,
        5.1,
        [("instagram", "@lenatrails")],
    )
    assert saved.struggle_date == today
    tab.undo_stack.undo()
    assert svc.get_creator(tab.ctx.engine, cid).name.startswith("New creator")


def test_drag_and_drop_screenshots_adds_evidence_and_bad_files_are_reported(
    tab: CreatorsTab, qtbot, qtmodeltester, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    tab.new_creator()
    cid = tab.current_id
    good = [_png(tmp_path, f"thread{k}.png", k) for k in range(3)]
    bad = tmp_path / "notes.png"
    bad.write_text("this is not an image")
    broken = tmp_path / "broken.png"
    broken.write_bytes(good[0].read_bytes()[:60])  # valid header, truncated data: only a real decode notices
    _drop(tab.evidence_view, [*good, bad, broken])
    qtbot.waitUntil(lambda: tab.pending_drops() == 0, timeout=5000)
    qtbot.waitUntil(lambda: tab.evidence_model.rowCount() == 3, timeout=5000)
    qtmodeltester.check(tab.evidence_model)
    report = tab.drop_msg.text()
    assert "'notes.png' is not an image" in report
    assert "'broken.png'" in report
    rows = svc.list_creators(tab.ctx.engine, tab.workspace_id or 0, tab.today_())
    assert rows[0].proof_screenshots == 3
    # thumbnails show without the originals: they were copied into the data folder
    for p in good:
        p.unlink()
    tab.reload(cid)
    qtbot.waitUntil(lambda: len(tab.evidence_model.thumbs) == 3, timeout=5000)
    # undo the last add
    tab.undo_stack.undo()
    assert tab.evidence_model.rowCount() == 2


def test_add_screenshots_via_file_dialog(tab: CreatorsTab, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab.new_creator()
    shot = _png(tmp_path, "dialog.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(shot)], "Images"))
    tab.add_shots_btn.click()
    qtbot.waitUntil(lambda: tab.evidence_model.rowCount() == 1, timeout=5000)
    assert tab.evidence_model.rows[0].image_name == "dialog.png"


def test_evidence_dialog_browse_checks_the_image_and_validates_link(
    tab: CreatorsTab, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.dialogs.creator_evidence import EvidenceDialog

    tab.new_creator()
    dlg = EvidenceDialog(tab.today_(), tab.loader, tab)
    qtbot.addWidget(dlg)
    bad = tmp_path / "fake.jpg"
    bad.write_bytes(b"GIF? no" * 20)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), "Images"))
    dlg.browse()
    assert "not an image" in dlg.image_msg.text() and dlg.image_path is None
    good = _png(tmp_path, "good.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), "Images"))
    dlg.browse()
    qtbot.waitUntil(lambda: dlg._checking is None, timeout=5000)
    assert dlg.image_path == good and not dlg.drop.pixmap().isNull()
    dlg.link.setText("instagram.com/p/1")
    dlg.try_accept()
    assert dlg.result() == 0 and "https://" in dlg.link_msg.text()
    dlg.link.setText("https://instagram.com/p/1")
    dlg.proof.setChecked(True)
    dlg.try_accept()
    assert dlg.result() == EvidenceDialog.DialogCode.Accepted
    row = tab.add_evidence_from(dlg.values())
    assert row is not None and row.question_proof and row.image_file


def test_inline_evidence_edit_and_full_size_viewer(tab: CreatorsTab, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab.new_creator()
    tab.add_evidence_from(svc.EvidenceInput(note="old", image_path=_png(tmp_path, "v.png")))
    m = tab.evidence_model
    assert m.setData(m.index(0, m.COL_NOTE), "new note") is True
    qtbot.waitUntil(lambda: m.rows[0].note == "new note", timeout=2000)
    assert m.setData(m.index(0, m.COL_DATE), "not a date") is False
    assert "YYYY-MM-DD" in tab.drop_msg.text()
    assert m.setData(m.index(0, m.COL_PROOF), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: m.rows[0].question_proof, timeout=2000)
    tab.undo_stack.undo()
    qtbot.waitUntil(lambda: not m.rows[0].question_proof, timeout=2000)
    tab.evidence_view.setCurrentIndex(m.index(0, 0))
    viewer = tab.open_selected_image()
    assert viewer is not None
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: viewer.label.pixmap() is not None and not viewer.label.pixmap().isNull(), timeout=5000)
    assert viewer.label.pixmap().width() == 240  # full size, not the thumbnail
    viewer.close()


def test_sample_creator_page_deals_link_and_export(
    qtbot, ui_ctx, sample_workspace, today: date, tmp_path: Path, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    ui_ctx.today = today
    ui_ctx.workspace = sample_workspace
    t = CreatorsTab(ui_ctx)
    qtbot.addWidget(t)
    t.set_workspace(sample_workspace.id)
    assert t.list_model.rowCount() >= 2
    assert t.list_model.rows[0].name == "Lena Trails"  # highest score first
    qtmodeltester.check(t.deals_model)
    before = len(t.deals_model.rows)
    if t.deal_pick.count():
        t.link_selected_deal()
        assert len(t.deals_model.rows) == before + 1
        t.undo_stack.undo()
        assert len(t.deals_model.rows) == before
    qtbot.waitUntil(lambda: len(t.evidence_model.thumbs) >= 3, timeout=5000)
    pdf = t.export_one_pager(tmp_path / "lena.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    md = t.export_one_pager(tmp_path / "lena.md")
    assert md is not None and "Proof of conversation: Pass" in md.read_text(encoding="utf-8")
    csv_path = tmp_path / "roster.csv"
    from microcomm_desktop.ui.widgets.table import export_model_csv

    assert export_model_csv(t.table.proxy, csv_path) == t.list_model.rowCount()
    QApplication.processEvents()


def test_decode_rejects_truncated_file_and_downscales(tmp_path: Path) -> None:
    good = _png(tmp_path, "g.png")
    d = decode_image(good, 100)
    assert d.image is not None and max(d.image.width(), d.image.height()) == 100
    assert d.full_size is not None and d.full_size.width() == 240
    broken = tmp_path / "b.png"
    broken.write_bytes(good.read_bytes()[:60])
    assert decode_image(broken).error is not None
    assert "missing" in (decode_image(tmp_path / "nope.png").error or "")
