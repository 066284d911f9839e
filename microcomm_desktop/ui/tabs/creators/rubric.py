"""The proof-of-conversation verdict of the selected creator, with what it means."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from microcomm_desktop.services import creators as svc

RUBRIC_HELP = (
    "<b>What this means.</b> Brands pay for conversation, not reach. A creator <i>passes</i> with at least three "
    "screenshots of posts where they asked a question and the audience answered with specifics, and a dated "
    "answer (within 7 days) to “what does your audience struggle with this week?”. Measured figures — replies "
    "per 1k reach, ER, returning share — are optional but add to the score (0–100: screenshots 40, answer 20, "
    "figures 40, each figure full marks at the top of its benchmark band: 25 replies/1k, 8 % ER, 40 % returning)."
)


class RubricBox(QGroupBox):
    def __init__(self) -> None:
        super().__init__("Proof-of-conversation rubric")
        self.verdict = QLabel("")
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setWordWrap(True)
        help_label = QLabel(
            "<b>What this means:</b> pass = 3+ screenshots of a question the audience answered with specifics "
            "and a ‘struggles this week’ answer from the last 7 days. Figures add to the score (hover for details)."
        )
        help_label.setToolTip(RUBRIC_HELP)
        help_label.setWordWrap(True)
        rl = QVBoxLayout(self)
        rl.addWidget(self.verdict)
        rl.addWidget(help_label)

    def show_detail(self, d: svc.CreatorDetail | None) -> None:
        if d is None:
            self.verdict.setText("Select a creator, or add one with <b>New creator</b>.")
            return
        r = d.rubric
        colour = "#2e7d32" if r.passed else "#b26a00"
        parts = [
            f"<span style='font-size:14pt; color:{colour}'><b>{r.label}</b></span> &nbsp; "
            f"score <b>{r.score:.1f}</b> / 100 "
            f"<span style='color:gray'>(screenshots {r.proof_points:.1f} + answer {r.struggle_points:.0f} + "
            f"figures {r.figures_points:.1f})</span>"
        ]
        if r.missing:
            parts.append("<br><b>Missing:</b> " + "; ".join(r.missing))
        if r.hints:
            parts.append("<br><span style='color:gray'>Would add to the score: " + "; ".join(r.hints) + "</span>")
        self.verdict.setText("".join(parts))
