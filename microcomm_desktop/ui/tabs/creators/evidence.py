"""Evidence of community behaviour: screenshots and other proof, with thumbnails decoded in a worker.

Screenshots come in by drag-and-drop or a file dialog; each is sniffed by the images service, decoded in a
worker (the real validity check), then copied into the data folder. Every write is an undoable command.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QModelIndex, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.services import creators as svc
from microcomm_desktop.services.images import ImageRejected, check_image_file, resolve_image
from microcomm_desktop.ui.dialogs.creator_evidence import IMAGE_FILTER, EvidenceDialog, ImageViewer, local_files
from microcomm_desktop.ui.models.creator_table_model import EvidenceModel
from microcomm_desktop.ui.tabs.creators import commands as cmds
from microcomm_desktop.ui.widgets.thumbnail_loader import ThumbnailLoader

if TYPE_CHECKING:
    from microcomm_desktop.ui.tabs.creators.page import CreatorsTab


class EvidenceView(QTableView):
    """The evidence table, which also accepts screenshot files dropped onto it."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            super().dropEvent(event)


class EvidencePanel(QGroupBox):
    """The selected creator's evidence; writes go on the tab's undo stack and reload the whole tab."""

    def __init__(self, tab: CreatorsTab) -> None:
        super().__init__()
        self.setTitle(self.tr("Evidence of community behaviour — drop screenshots onto the table"))
        self.tab = tab
        self.loader = ThumbnailLoader(self)
        self.loader.loaded.connect(self._on_thumb_loaded)
        self.loader.failed.connect(self._on_thumb_failed)
        self._pending_drops: dict[str, tuple[int, Path, bool]] = {}
        self.drop_report: list[str] = []
        self.evidence_model = EvidenceModel(self)
        self.evidence_model.on_edit = self._edit_evidence
        self.evidence_view = EvidenceView()
        self.evidence_view.setModel(self.evidence_model)
        self.evidence_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidence_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidence_view.verticalHeader().setVisible(False)
        self.evidence_view.verticalHeader().setDefaultSectionSize(64)
        self.evidence_view.setMinimumHeight(150)  # two screenshot rows; the column scrolls on a small screen
        self.evidence_view.setIconSize(QSize(56, 60))
        hh = self.evidence_view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        self.evidence_view.setColumnWidth(EvidenceModel.COL_IMAGE, 90)
        self.evidence_view.setColumnWidth(EvidenceModel.COL_DATE, 90)
        self.evidence_view.setColumnWidth(EvidenceModel.COL_KIND, 120)
        self.evidence_view.setColumnWidth(EvidenceModel.COL_PROOF, 96)
        self.evidence_view.setColumnWidth(EvidenceModel.COL_NOTE, 260)
        for col in (EvidenceModel.COL_IMAGE, EvidenceModel.COL_DATE, EvidenceModel.COL_KIND, EvidenceModel.COL_PROOF):
            # wide enough for the header in every language ("Frage beantwortet", "Pregunta respondida")
            self.evidence_view.setColumnWidth(col, max(self.evidence_view.columnWidth(col), hh.sectionSizeHint(col)))
        self.evidence_view.doubleClicked.connect(self._on_evidence_double_clicked)
        self.evidence_view.files_dropped.connect(self.add_screenshots)
        self.add_ev_btn = QPushButton(self.tr("Add evidence…"))
        self.add_ev_btn.setToolTip(
            self.tr("A comment thread, story replies, live attendance or series result (Ctrl+Shift+A)")
        )
        self.add_ev_btn.clicked.connect(self.add_evidence_dialog)
        self.add_shots_btn = QPushButton(self.tr("Add screenshots…"))
        self.add_shots_btn.setToolTip(self.tr("Pick one or more screenshot files — or drop them onto the table"))
        self.add_shots_btn.clicked.connect(self.add_screenshots_dialog)
        self.del_ev_btn = QPushButton(self.tr("Delete"))
        self.del_ev_btn.clicked.connect(self.delete_evidence)
        self.open_ev_btn = QPushButton(self.tr("Open full size"))
        self.open_ev_btn.clicked.connect(self.open_selected_image)
        self.drop_as_proof = QCheckBox(self.tr("Dropped screenshots show a question answered with specifics"))
        self.drop_as_proof.setChecked(True)
        self.drop_as_proof.setToolTip(
            self.tr("Untick for other evidence; each entry's tick can be changed in the table")
        )
        self.drop_msg = QLabel("")
        self.drop_msg.setWordWrap(True)
        self.drop_msg.setStyleSheet("color: #c0392b;")
        el = QVBoxLayout(self)
        eb = QHBoxLayout()
        for b in (self.add_ev_btn, self.add_shots_btn, self.open_ev_btn, self.del_ev_btn):
            eb.addWidget(b)
        eb.addStretch(1)
        el.addLayout(eb)
        el.addWidget(self.drop_as_proof)
        el.addWidget(self.evidence_view, 1)
        el.addWidget(self.drop_msg)

    def show_rows(self, rows: Sequence[svc.EvidenceRow]) -> None:
        self.evidence_model.set_rows(rows)
        for ev in rows:
            self._request_thumb(ev.image_file)

    def _request_thumb(self, image_file: str) -> None:
        if not image_file:
            return
        path = resolve_image(self.tab.data_dir(), image_file)
        if path is None:
            self.evidence_model.set_error(image_file, self.tr("The stored path is invalid."))
            return
        img = self.loader.request(image_file, path)
        if img is not None:
            self.evidence_model.set_thumbnail(image_file, img)
        elif image_file in self.loader.errors:
            self.evidence_model.set_error(image_file, self.loader.errors[image_file])

    def _on_thumb_loaded(self, key: str, image: QImage) -> None:
        if key in self._pending_drops:
            self._store_dropped(key, image)
            return
        self.evidence_model.set_thumbnail(key, image)

    def _on_thumb_failed(self, key: str, message: str) -> None:
        if key in self._pending_drops:
            self._pending_drops.pop(key)
            self.loader.errors.pop(key, None)  # a fixed file may be dropped again
            self._report_drop(message)
            return
        self.evidence_model.set_error(key, message)

    def _report_drop(self, message: str) -> None:
        self.drop_report.append(message)
        self.drop_msg.setText("\n".join(self.drop_report[-5:]))
        self.tab.ctx.bus.status_message.emit(message)

    def add_screenshots_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add screenshots"), "", IMAGE_FILTER)
        if paths:
            self.add_screenshots([Path(p) for p in paths])

    def add_screenshots(self, paths: list[Path]) -> None:
        """Each file: sniff (instant, services), decode-check in a worker, then store as a new entry."""
        if self.tab.current_id is None:
            return
        self.drop_report = []
        self.drop_msg.setText("")
        proof = self.drop_as_proof.isChecked()
        for p in paths:
            try:
                check_image_file(p)
            except ImageRejected as exc:
                self._report_drop(str(exc))
                continue
            key = f"drop:{p}:{p.stat().st_mtime_ns}"
            self._pending_drops[key] = (self.tab.current_id, p, proof)
            self.loader.errors.pop(key, None)
            self.loader.cache.pop(key, None)
            self.loader.request(key, p)
        if self._pending_drops:
            self.tab.ctx.bus.status_message.emit(self.tr("Checking %n screenshot(s)…", "", len(self._pending_drops)))

    def pending_drops(self) -> int:
        return len(self._pending_drops)

    def _store_dropped(self, key: str, image: QImage) -> None:
        creator_id, path, proof = self._pending_drops.pop(key)
        self.loader.cache.pop(key, None)
        try:
            row = svc.add_evidence(
                self.tab.ctx.engine,
                self.tab.data_dir(),
                creator_id,
                svc.EvidenceInput(
                    kind="comment_thread", evidence_date=self.tab.today_(), question_proof=proof, image_path=path
                ),
                self.tab.today_(),
            )
        except (svc.CreatorError, ImageRejected) as exc:
            self._report_drop(str(exc))
            return
        self.loader.cache[row.image_file] = image  # the decode we just did is the thumbnail
        self.tab.undo_stack.push(cmds.AddEvidence(self.tab, row))
        self.tab.after_write(creator_id if creator_id == self.tab.current_id else self.tab.current_id)
        self.tab.ctx.bus.status_message.emit(
            self.tr("Added {name} — the original file can now be deleted.").format(name=path.name)
        )

    def add_evidence_dialog(self) -> None:
        if self.tab.current_id is None:
            return
        dlg = EvidenceDialog(self.tab.today_(), self.loader, self)
        if dlg.exec() != EvidenceDialog.DialogCode.Accepted:
            return
        self.add_evidence_from(dlg.values())

    def add_evidence_from(self, inp: svc.EvidenceInput) -> svc.EvidenceRow | None:
        if self.tab.current_id is None:
            return None
        try:
            row = svc.add_evidence(
                self.tab.ctx.engine, self.tab.data_dir(), self.tab.current_id, inp, self.tab.today_()
            )
        except (svc.CreatorError, ImageRejected) as exc:
            QMessageBox.warning(self, self.tr("Add evidence"), self.tr("Not added: {error}").format(error=exc))
            return None
        self.tab.undo_stack.push(cmds.AddEvidence(self.tab, row))
        self.tab.after_write(self.tab.current_id)
        return row

    def _selected_evidence(self) -> svc.EvidenceRow | None:
        ix = self.evidence_view.currentIndex()
        if not ix.isValid() or ix.row() >= len(self.evidence_model.rows):
            return None
        return self.evidence_model.rows[ix.row()]

    def delete_evidence(self) -> None:
        ev = self._selected_evidence()
        if ev is None:
            return
        try:
            row = svc.delete_evidence(self.tab.ctx.engine, ev.id)
        except svc.CreatorError as exc:
            self.tab.report_error(str(exc))
            return
        self.tab.undo_stack.push(cmds.DeleteEvidence(self.tab, row))
        self.tab.after_write(self.tab.current_id)

    def _edit_evidence(self, evidence_id: int, fieldname: str, value: Any) -> bool:
        if fieldname == "evidence_date_invalid":
            self.tab.report_error(
                self.tr("{value} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20.").format(value=repr(value))
            )
            return False
        try:
            old = svc.update_evidence(self.tab.ctx.engine, evidence_id, self.tab.today_(), **{fieldname: value})
        except svc.CreatorError as exc:
            self.tab.report_error(str(exc))
            return False
        self.tab.undo_stack.push(
            cmds.EditEvidence(self.tab, self.tab.current_id or 0, evidence_id, old, {fieldname: value})
        )
        self.drop_msg.setText("")
        # Reload after the view's editor has closed (reloading inside setData would reset the model mid-edit).
        QTimer.singleShot(0, lambda: self.tab.after_write(self.tab.current_id))
        return True

    def _on_evidence_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == EvidenceModel.COL_IMAGE:
            self.open_selected_image()

    def open_selected_image(self) -> ImageViewer | None:
        ev = self._selected_evidence()
        if ev is None:
            return None
        if not ev.image_file:
            if ev.link:
                QDesktopServices.openUrl(QUrl(ev.link))
            return None
        path = resolve_image(self.tab.data_dir(), ev.image_file)
        if path is None:
            return None
        viewer = ImageViewer(path, ev.image_name or path.name, self.loader, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        return viewer

    # ----- export ----------------------------------------------------------------------------------------
    def thumbnail_pngs(self) -> dict[int, bytes]:
        out: dict[int, bytes] = {}
        if self.tab.detail is None:
            return out
        for ev in self.tab.detail.evidence:
            img = self.loader.cache.get(ev.image_file) if ev.image_file else None
            if img is None:
                continue
            ba = QByteArray()
            buf = QBuffer(ba)
            buf.open(QIODevice.OpenModeFlag.WriteOnly)
            img.save(buf, "PNG")  # type: ignore[call-overload]
            buf.close()
            out[ev.id] = bytes(ba.data())
        return out
