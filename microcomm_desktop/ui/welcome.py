"""First launch: start a community or explore the sample one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    start_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("<h1>Welcome to MicroComm</h1>")
        body = QLabel(
            "<p>Run a micro community as a measured system: a clear promise, weekly rituals, a post log "
            "that computes returning engagers and conversation depth, deals and 30-day sprints.</p>"
            "<p>Everything stays on this computer.</p>"
        )
        body.setWordWrap(True)
        start = QPushButton("Start a community…")
        start.setObjectName("startButton")
        start.setDefault(True)
        sample = QPushButton("Explore the sample community")
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
