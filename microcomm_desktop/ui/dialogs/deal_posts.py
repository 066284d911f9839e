"""Pick the logged posts that carried a deliverable (so the deal's results come from the post log), and
spot-check that those sponsored posts carried the disclosure line."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.domain.formatting import format_percent
from microcomm_desktop.i18n import active_language
from microcomm_desktop.services.deals import DisclosureItem, PostRef


class DealPostsDialog(QDialog):
    def __init__(self, posts: list[PostRef], selected: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link posts to this deliverable"))
        self.resize(640, 480)
        lay = QVBoxLayout(self)
        info = QLabel(
            self.tr(
                "Tick the posts that delivered it. Their impressions and views (and conversions, when logged) "
                "replace the numbers typed into the deal."
            )
        )
        info.setWordWrap(True)
        lay.addWidget(info)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by date, title or format…"))
        self.filter.setClearButtonEnabled(True)
        lay.addWidget(self.filter)
        self.list = QListWidget()
        chosen = set(selected)
        for p in posts:
            text = self.tr("{date}  {title}  [{format}]  %Ln impression(s)", "", p.impressions).format(
                date=p.local_date.isoformat(), title=p.title or self.tr("(untitled)"), format=p.format
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if not posts:
            lay.addWidget(QLabel(self.tr("No posts logged yet — add them in the Posts tab, then link them here.")))
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


class DisclosureChecksDialog(QDialog):
    """The disclosure spot-check list of one deal: per linked post, was the disclosure line there, and when.

    The dialog only collects answers; the caller records the changed ones as one undoable step.
    """

    CHOICES: tuple[tuple[object, bool | None], ...] = (  # labels translated where shown
        (QT_TRANSLATE_NOOP("DisclosureChecksDialog", "Not checked"), None),
        (QT_TRANSLATE_NOOP("DisclosureChecksDialog", "Yes, line present"), True),
        (QT_TRANSLATE_NOOP("DisclosureChecksDialog", "No, missing"), False),
    )

    def __init__(
        self,
        items: list[DisclosureItem],
        disclosure_line: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Disclosure spot-checks"))
        self.resize(720, 420)
        self.items = items
        self.today = today
        lay = QVBoxLayout(self)
        line = disclosure_line.strip()
        info = QLabel(
            (
                self.tr(
                    "Open each sponsored post and confirm the disclosure line is there, clearly and conspicuously: "
                    "{line}."
                ).format(line=f"<b>{html.escape(line)}</b>")
                if line
                else self.tr(
                    "Open each sponsored post and confirm the disclosure line is there, clearly and conspicuously "
                    "(this deal has no disclosure line written down yet)."
                )
            )
            + " "
            + self.tr("A yes or no is dated today; “Not checked” clears a check.")
        )
        info.setWordWrap(True)
        info.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(info)
        self.table = QTableWidget(len(items), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Post"), self.tr("Disclosure line present?"), self.tr("Checked on")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []
        for r, it in enumerate(items):
            self.table.setItem(r, 0, QTableWidgetItem(it.local_date.isoformat()))
            self.table.setItem(r, 1, QTableWidgetItem(it.title or self.tr("(untitled)")))
            combo = QComboBox()
            for text, value in self.CHOICES:
                combo.addItem(self.tr(str(text)), value)
            combo.setCurrentIndex([v for _, v in self.CHOICES].index(it.present))
            combo.currentIndexChanged.connect(lambda _i, r=r: self._update_date(r))
            self.table.setCellWidget(r, 2, combo)
            self.combos.append(combo)
            self.table.setItem(r, 3, QTableWidgetItem(it.checked_on.isoformat() if it.checked_on else ""))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if not items:
            lay.addWidget(
                QLabel(self.tr("No posts are linked to this deal yet: link them in Edit… › deliverables first."))
            )
        lay.addWidget(self.table, 1)
        self.summary = QLabel()
        lay.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._update_summary()

    def set_choice(self, row: int, present: bool | None) -> None:
        self.combos[row].setCurrentIndex([v for _, v in self.CHOICES].index(present))

    def _update_date(self, row: int) -> None:
        it = self.items[row]
        present = self.combos[row].currentData()
        on = None if present is None else (it.checked_on if present == it.present and it.checked_on else self.today)
        cell = self.table.item(row, 3)
        if cell is not None:
            cell.setText(on.isoformat() if on else "")
        self._update_summary()

    def _update_summary(self) -> None:
        answers = [c.currentData() for c in self.combos]
        checked = [a for a in answers if a is not None]
        carried = sum(1 for a in checked if a)
        carried_text = self.tr("{carried} of %Ln checked post(s) carried the line", "", len(checked)).format(
            carried=QLocale().toString(carried)
        )
        if checked:
            carried_text += f" ({format_percent(carried / len(checked), 0, active_language())})"
        self.summary.setText(
            self.tr("{carried}; %Ln not checked.", "", len(answers) - len(checked)).format(carried=carried_text)
        )

    def changes(self) -> dict[int, tuple[bool | None, date | None]]:
        """Only what the user changed: post id → (present, checked on)."""
        out: dict[int, tuple[bool | None, date | None]] = {}
        for it, combo in zip(self.items, self.combos, strict=True):
            present = combo.currentData()
            if present != it.present:
                out[it.post_id] = (present, None if present is None else self.today)
        return out
