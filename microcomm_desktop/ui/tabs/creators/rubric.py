"""The proof-of-conversation verdict of the selected creator, with what it means."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from microcomm_desktop.domain.creators import rubric_label
from microcomm_desktop.services import creators as svc
from microcomm_desktop.services import figures_text

RUBRIC_HELP = str(
    QT_TRANSLATE_NOOP(
        "RubricBox",
        "<b>What this means.</b> Brands pay for conversation, not reach. A creator <i>passes</i> with at least three "
        "screenshots of posts where they asked a question and the audience answered with specifics, and a dated "
        "answer (within 7 days) to “what does your audience struggle with this week?”. Measured figures — replies "
        "per 1k reach, ER, returning share — are optional but add to the score (0–100: screenshots 40, answer 20, "
        "figures 40, each figure full marks at the top of its benchmark band: 25 replies/1k, 8 % ER, 40 % returning).",
    )
)


class RubricBox(QGroupBox):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Proof-of-conversation rubric"))
        self.verdict = QLabel("")
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setWordWrap(True)
        help_label = QLabel(
            self.tr(
                "<b>What this means:</b> pass = 3+ screenshots of a question the audience answered with specifics "
                "and a ‘struggles this week’ answer from the last 7 days. Figures add to the score (hover for "
                "details)."
            )
        )
        help_label.setToolTip(self.tr(RUBRIC_HELP))
        help_label.setWordWrap(True)
        rl = QVBoxLayout(self)
        rl.addWidget(self.verdict)
        rl.addWidget(help_label)

    def show_detail(self, d: svc.CreatorDetail | None) -> None:
        if d is None:
            self.verdict.setText(self.tr("Select a creator, or add one with <b>New creator</b>."))
            return
        r = d.rubric
        colour = "#2e7d32" if r.passed else "#b26a00"
        parts = [
            f"<span style='font-size:14pt; color:{colour}'><b>{html.escape(rubric_label(r.passed))}</b></span> &nbsp; "
            + self.tr(
                "score <b>{score}</b> / 100 <span style='color:gray'>(screenshots {proof} + answer {answer} + "
                "figures {figures})</span>"
            ).format(
                score=figures_text.rate(r.score, 1),
                proof=figures_text.rate(r.proof_points, 1),
                answer=figures_text.rate(r.struggle_points, 0),
                figures=figures_text.rate(r.figures_points, 1),
            )
        ]
        if r.missing:
            parts.append("<br>" + self.tr("<b>Missing:</b> {items}").format(items="; ".join(r.missing)))
        if r.hints:
            parts.append(
                "<br><span style='color:gray'>"
                + self.tr("Would add to the score: {items}").format(items="; ".join(r.hints))
                + "</span>"
            )
        self.verdict.setText("".join(parts))
