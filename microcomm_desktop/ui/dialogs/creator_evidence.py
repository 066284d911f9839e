"""Add-evidence dialog (with a screenshot drop zone) and the full-size screenshot viewer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.domain.creators import EVIDENCE_KINDS, evidence_kind_label, validate_evidence
from microcomm_desktop.services.creators import EvidenceInput
from microcomm_desktop.services.images import ImageRejected, check_image_file
from microcomm_desktop.ui.dialogs.discard_guard import DiscardGuard
from microcomm_desktop.ui.widgets.thumbnail_loader import ThumbnailLoader

IMAGE_FILTER: str = str(
    QT_TRANSLATE_NOOP("EvidenceDialog", "Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp);;All files (*)")
)


def local_files(mime: QMimeData) -> list[Path]:
    """Local files of a drag (URLs from a browser are not files and are ignored)."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class ImageDropZone(QLabel):
    """A box that accepts one dropped image file (or a click on Browse…) and shows its thumbnail."""

    file_dropped = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(200, 140)
        self.setWordWrap(True)
        self.setFrameShape(QLabel.Shape.StyledPanel)
        self.setText(self.tr("Drop a screenshot here\n(PNG, JPEG, WebP, GIF, BMP)"))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.file_dropped.emit(files[0])


class EvidenceDialog(QDialog):
    """New evidence entry; the screenshot is checked (header sniff, then a real decode in a worker)."""

    def __init__(self, today: date, loader: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.discard_guard = DiscardGuard(self)  # Escape asks before dropping typed text
        self.setWindowTitle(self.tr("Add evidence"))
        self.today = today
        self.loader = loader
        self.image_path: Path | None = None
        self._checking: str | None = None
        self.kind = QComboBox()
        for key in EVIDENCE_KINDS:
            self.kind.addItem(evidence_kind_label(key), key)  # shown translated, stored as the key
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://…")
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            self.tr("What happened: the question asked, how many answered, with what specifics")
        )
        self.note.setFixedHeight(70)
        self.proof = QCheckBox(self.tr("The creator asked a question and the audience answered with specifics"))
        self.proof.setToolTip(
            self.tr("Counts toward the rubric's three question screenshots when a screenshot is attached")
        )
        self.drop = ImageDropZone()
        self.drop.file_dropped.connect(self.set_image)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        clear = QPushButton(self.tr("Remove"))
        clear.clicked.connect(self.clear_image)
        self.image_msg = QLabel("")
        self.image_msg.setWordWrap(True)
        self.link_msg = QLabel("")
        self.date_msg = QLabel("")
        for m in (self.image_msg, self.link_msg, self.date_msg):
            m.setStyleSheet("color: #c0392b;")
            m.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Date"), self.date)
        form.addRow("", self.date_msg)
        form.addRow(self.tr("Link"), self.link)
        form.addRow("", self.link_msg)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.proof)
        img_row = QHBoxLayout()
        img_row.addWidget(self.drop, 1)
        btns = QVBoxLayout()
        btns.addWidget(browse)
        btns.addWidget(clear)
        btns.addStretch(1)
        img_row.addLayout(btns)
        form.addRow(self.tr("Screenshot"), img_row)
        form.addRow("", self.image_msg)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(self._on_failed)
        QShortcut(QKeySequence("Ctrl+O"), self, self.browse)

    # ----- image
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a screenshot"), "", self.tr(str(IMAGE_FILTER)))
        if path:
            self.set_image(Path(path))

    def clear_image(self) -> None:
        self.image_path = None
        self._checking = None
        self.drop.setPixmap(QPixmap())
        self.drop.setText(self.tr("Drop a screenshot here\n(PNG, JPEG, WebP, GIF, BMP)"))
        self.image_msg.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def set_image(self, path: Path) -> None:
        self.clear_image()
        try:
            check_image_file(path)
        except ImageRejected as exc:
            self.image_msg.setText(str(exc))
            return
        self.image_path = path
        key = f"check:{path}:{path.stat().st_mtime_ns}"
        self._checking = key
        self.drop.setText(self.tr("Checking {file}…").format(file=path.name))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        cached = self.loader.request(key, path)
        if cached is not None:
            self._on_loaded(key, cached)
        elif key in self.loader.errors:
            self._on_failed(key, self.loader.errors[key])

    def _on_loaded(self, key: str, image: QImage) -> None:
        if key != self._checking:
            return
        self._checking = None
        self.drop.setPixmap(QPixmap.fromImage(image))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _on_failed(self, key: str, message: str) -> None:
        if key != self._checking:
            return
        self.clear_image()
        self.image_msg.setText(message)

    # ----- result
    def values(self) -> EvidenceInput:
        qd = self.date.date()
        return EvidenceInput(
            kind=str(self.kind.currentData()),
            evidence_date=date(qd.year(), qd.month(), qd.day()),
            link=self.link.text().strip(),
            note=self.note.toPlainText().strip(),
            question_proof=self.proof.isChecked(),
            image_path=self.image_path,
        )

    def try_accept(self) -> None:
        v = self.values()
        errors = validate_evidence(v.kind, v.evidence_date, v.link, self.today)
        self.link_msg.setText(errors.get("link", ""))
        self.date_msg.setText(errors.get("evidence_date", ""))
        if errors or self._checking is not None:
            return
        self.accept()


class ImageViewer(QDialog):
    """A screenshot at full size (scrollable); decoded in a worker so a huge file never freezes the app."""

    def __init__(self, path: Path, title: str, loader: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.label = QLabel(self.tr("Loading {title}…").format(title=title))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        area = QScrollArea()
        area.setWidget(self.label)
        area.setWidgetResizable(True)
        lay = QVBoxLayout(self)
        lay.addWidget(area)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay.addWidget(close)
        self.resize(720, 820)
        self.key = f"full:{path}"
        self.loader = loader
        loader.loaded.connect(self._on_loaded)
        loader.failed.connect(self._on_failed)
        cached = loader.request(self.key, path, max_side=None)
        if cached is not None:
            self._on_loaded(self.key, cached)
        elif self.key in loader.errors:
            self._on_failed(self.key, loader.errors[self.key])

    def _on_loaded(self, key: str, image: QImage) -> None:
        if key == self.key:
            self.label.setPixmap(QPixmap.fromImage(image))
            self.loader.cache.pop(key, None)  # full-size images are big; keep only thumbnails cached

    def _on_failed(self, key: str, message: str) -> None:
        if key == self.key:
            self.label.setText(message)
