"""First launch: start a community (name and time zone) or explore the sample one."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from microcomm_desktop.ui.dialogs.discard_guard import DiscardGuard


class WelcomePage(QWidget):
    start_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("<h1>" + self.tr("Welcome to MicroComm") + "</h1>")
        body = QLabel(
            "<p>"
            + self.tr(
                "Run a micro community as a measured system: a clear promise, weekly rituals, a post log "
                "that computes returning engagers and conversation depth, deals and 30-day sprints."
            )
            + "</p><p>"
            + self.tr(
                "Everything stays on this computer. The sample community can be removed again at any time "
                "(File › Delete workspace…)."
            )
            + "</p>"
        )
        body.setWordWrap(True)
        start = QPushButton(self.tr("Start a community…"))
        start.setObjectName("startButton")
        start.setDefault(True)
        sample = QPushButton(self.tr("Explore the sample community"))
        sample.setObjectName("sampleButton")
        for b in (start, sample):
            b.setMinimumHeight(40)
            b.setMinimumWidth(260)
        start.clicked.connect(self.start_requested)
        sample.clicked.connect(self.sample_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(start)
        buttons.addWidget(sample)
        buttons.addStretch(1)
        col = QVBoxLayout()
        col.addStretch(1)
        for w in (title, body):
            w.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            col.addWidget(w)
        col.addSpacing(16)
        col.addLayout(buttons)
        col.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setLayout(col)
        box.setMaximumWidth(720)
        outer.addWidget(box, 3)
        outer.addStretch(1)


class NewWorkspaceDialog(QDialog):
    """Name and time zone of a new community. The zone decides which calendar day a post or a reply counts
    for (weekly figures, streaks), so it is asked for up front, defaulting to this computer's.

    ``create`` makes the workspace and returns an error sentence or None; on an error the dialog stays open
    with what was typed and the sentence under the field.
    """

    def __init__(self, create: Callable[[str, str], str | None], default_tz: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a community"))
        self._create = create
        self.discard_guard = DiscardGuard(self)  # Escape asks before dropping a typed name
        self.name = QLineEdit()
        self.name.setObjectName("newWorkspaceName")
        self.name.setPlaceholderText(self.tr("e.g. Mobility Run Club, or a client's name"))
        self.tz = QComboBox()
        self.tz.setObjectName("newWorkspaceTimezone")
        self.tz.setEditable(True)
        self.tz.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = sorted(available_timezones() | {"UTC"})
        self.tz.addItems(zones)
        self.tz.setCurrentText(default_tz)
        completer = self.tz.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tz.setToolTip(self.tr("Days and weeks are counted in this zone (default: this computer's)."))
        self.error = QLabel()
        self.error.setObjectName("newWorkspaceError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        form = QFormLayout()
        form.addRow(self.tr("Community or client &name:"), self.name)
        form.addRow(self.tr("&Time zone:"), self.tz)
        form.addRow("", self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.name.textChanged.connect(lambda _t: self.error.clear())
        self.tz.currentTextChanged.connect(lambda _t: self.error.clear())
        self.setMinimumWidth(460)

    def accept(self) -> None:
        problem = self._create(self.name.text(), self.tz.currentText())
        if problem:
            self.error.setText(problem)
            self.name.setFocus()
            return
        super().accept()
