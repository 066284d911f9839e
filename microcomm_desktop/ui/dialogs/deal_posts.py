"""Pick the logged posts that carried a deliverable, so the deal's results come from the post log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.services.deals import PostRef


class DealPostsDialog(QDialog):
    def __init__(self, posts: list[PostRef], selected: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Link posts to this deliverable")
        self.resize(640, 480)
        lay = QVBoxLayout(self)
        info = QLabel(
            "Tick the posts that delivered it. Their impressions and views (and conversions, when logged) "
            "replace the numbers typed into the deal."
        )
        info.setWordWrap(True)
        lay.addWidget(info)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter by date, title or format…")
        self.filter.setClearButtonEnabled(True)
        lay.addWidget(self.filter)
        self.list = QListWidget()
        chosen = set(selected)
        for p in posts:
            text = f"{p.local_date.isoformat()}  {p.title or '(untitled)'}  [{p.format}]  {p.impressions:,} impressions"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if not posts:
            lay.addWidget(QLabel("No posts logged yet — add them in the Posts tab, then link them here."))
        lay.addWidget(self.list, 1)
        self.filter.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _filter(self, text: str) -> None:
        needle = text.lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def selected_ids(self) -> list[int]:
        return sorted(
            int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )
