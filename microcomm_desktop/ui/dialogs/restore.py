"""File › Restore from backup…: pick a backup, see what it holds, restore (after backing up the current data)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.services.backups import BackupPreview, list_backups, preview_backup


class RestoreDialog(QDialog):
    def __init__(self, backup_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 460)
        self.chosen: Path | None = None
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Pick a backup. Your current data is backed up before it is replaced.")))
        self.list = QListWidget()
        for p in list_backups(backup_dir):
            item = QListWidgetItem(p.name)
            item.setData(256, str(p))
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._show)
        lay.addWidget(self.list, 1)
        other = QPushButton(self.tr("Choose another file…"))
        other.clicked.connect(self._browse)
        lay.addWidget(other)
        self.preview = QLabel("")
        self.preview.setWordWrap(True)
        lay.addWidget(self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_btn = self.buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_btn.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.preview.setText(self.tr("No backups yet in the backups folder. Choose a file instead."))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Backup file"), "", self.tr("MicroComm backups (*.sqlite3);;All files (*)")
        )
        if path:
            self._describe(preview_backup(Path(path)))

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self._describe(preview_backup(Path(str(item.data(256)))))

    def _describe(self, pv: BackupPreview) -> None:
        lines = [self.tr("<b>{file}</b> — taken {when}").format(file=escape(pv.path.name), when=pv.taken), pv.message]
        lines += [
            "• "
            + self.tr("{workspace}: {posts} and {interactions}").format(
                workspace=escape(name),
                posts=self.tr("%Ln post(s)", "", posts),
                interactions=self.tr("%Ln interaction(s)", "", inter),
            )
            for name, posts, inter in pv.workspaces
        ]
        self.preview.setText("<br>".join(lines))
        self.restore_btn.setEnabled(pv.ok)
        self.chosen = pv.path if pv.ok else None
