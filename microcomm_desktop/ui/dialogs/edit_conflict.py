"""Two members edited the same row: show both versions side by side and let the user pick.

Nothing is merged behind the user's back: "Keep mine" saves this window's values over the other member's,
"Take theirs" drops this window's edit and shows what is stored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

HIDDEN = {"version", "updated_by", "created_by"}


class EditConflictDialog(QDialog):
    KEEP_MINE = 1
    TAKE_THEIRS = 2

    def __init__(
        self,
        what: str,
        mine: dict[str, str],
        theirs: dict[str, str],
        who: str,
        labels: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by another member"))
        self.setObjectName("editConflictDialog")
        self.choice = 0
        who = who or self.tr("Another member")
        intro = QLabel(
            self.tr(
                "{who} saved this {what} after you opened it. Nothing was saved yet. Pick which version to keep; "
                "the differing fields are highlighted."
            ).format(who=who, what=what)
        )
        intro.setWordWrap(True)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your version"), self.tr("Saved by {who}").format(who=who)]
        )
        self.differing: list[str] = []
        for key in sorted(set(mine) | set(theirs), key=lambda k: (mine.get(k, "") == theirs.get(k, ""), k)):
            if key in HIDDEN:
                continue
            a, b = mine.get(key, ""), theirs.get(key, "")
            items = [
                QStandardItem((labels or {}).get(key, key.replace("_", " ").capitalize())),
                QStandardItem(a),
                QStandardItem(b),
            ]
            if a != b:
                self.differing.append(key)
                for item in items:
                    item.setBackground(QBrush(QColor(255, 235, 180)))
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        self.view = QTableView()
        self.view.setObjectName("conflictTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox()
        self.mine_button = QPushButton(self.tr("Keep mine"))
        self.theirs_button = QPushButton(self.tr("Take {who}'s").format(who=who))
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.mine_button.clicked.connect(lambda: self._pick(self.KEEP_MINE))
        self.theirs_button.clicked.connect(lambda: self._pick(self.TAKE_THEIRS))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def _pick(self, choice: int) -> None:
        self.choice = choice
        if choice == self.KEEP_MINE:
            self.accept()
        else:
            self.reject()


#: Tests (and scripted use) answer the dialog through this hook instead of a modal ``exec()``, so no test can
#: hang on a modal dialog: it gets the built dialog, picks (e.g. clicks a button) and returns ``choice``.
Decider = Callable[[EditConflictDialog], int]
decider: Decider | None = None


def resolve_conflict(
    parent: QWidget | None,
    what: str,
    mine: dict[str, str],
    theirs: dict[str, str],
    who: str,
    labels: dict[str, str] | None = None,
) -> bool:
    """Show both versions and ask; ``True`` for "Keep mine" (the caller saves again over the stored version),
    ``False`` for "Take theirs" or a closed dialog (the caller reloads what is stored)."""
    dlg = EditConflictDialog(what, mine, theirs, who, labels, parent)
    try:
        choice = decider(dlg) if decider is not None else (dlg.exec(), dlg.choice)[1]
        return bool(choice == EditConflictDialog.KEEP_MINE)
    finally:
        dlg.deleteLater()
