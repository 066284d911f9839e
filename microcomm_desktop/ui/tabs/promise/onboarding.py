"""The pinned welcome post: rules, what to post, how to get help, with a word count and copy to clipboard."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from microcomm_desktop.ui.lazy import LazyModule
from microcomm_desktop.ui.tabs.promise.section import Section, draft_text

if TYPE_CHECKING:
    from microcomm_desktop.services import promise as svc
else:  # imported at first use: the first window is built before the data layer (ui/lazy.py)
    svc = LazyModule("microcomm_desktop.services.promise")


class OnboardingSection(Section):
    def build(self) -> None:
        lay = QVBoxLayout(self)
        expl = QLabel(self.tr("The pinned welcome post: the rules, what to post, and how to get help."))
        expl.setWordWrap(True)
        lay.addWidget(expl)
        form = QFormLayout()
        self.onb_rules = QPlainTextEdit()
        self.onb_post = QPlainTextEdit()
        self.onb_help = QPlainTextEdit()
        for e in (self.onb_rules, self.onb_post, self.onb_help):
            e.setMinimumHeight(70)
            e.textChanged.connect(self._update_word_count)
        form.addRow(self.tr("Rules:"), self.onb_rules)
        form.addRow(self.tr("What to post:"), self.onb_post)
        form.addRow(self.tr("How to get help:"), self.onb_help)
        lay.addLayout(form, 1)
        r = QHBoxLayout()
        self.onb_words = QLabel("")
        save = QPushButton(self.tr("Save welcome post"))
        save.clicked.connect(self.save_onboarding)
        copy = QPushButton(self.tr("Copy to clipboard"))
        copy.clicked.connect(self.copy_onboarding)
        r.addWidget(self.onb_words, 1)
        r.addWidget(save)
        r.addWidget(copy)
        lay.addLayout(r)

    def fill_profile(self, prof: Any) -> None:
        self._fill("onboarding_rules", self.onb_rules, prof.onboarding_rules)
        self._fill("onboarding_what_to_post", self.onb_post, prof.onboarding_what_to_post)
        self._fill("onboarding_help", self.onb_help, prof.onboarding_help)
        self._update_word_count()

    def _update_word_count(self) -> None:
        text = "\n".join(e.toPlainText() for e in (self.onb_rules, self.onb_post, self.onb_help))
        n = svc.word_count(text)
        advice = (
            ""
            if 30 <= n <= 200
            else (self.tr(" — a bit short") if n < 30 else self.tr(" — long: members skim pinned posts"))
        )
        self.onb_words.setText(self.tr("%n word(s)", "", n) + advice)

    def save_onboarding(self) -> None:
        self.tab._save_profile_fields(self.tr("Edit welcome post"), **self.profile_fields())

    def onboarding_text(self) -> str:
        return svc.onboarding_text(
            self.onb_rules.toPlainText(), self.onb_post.toPlainText(), self.onb_help.toPlainText()
        )

    def copy_onboarding(self) -> None:
        QGuiApplication.clipboard().setText(self.onboarding_text())
        self.ctx.bus.status_message.emit(self.tr("Welcome post copied to the clipboard."))

    def profile_fields(self) -> dict[str, Any]:
        return {
            "onboarding_rules": self.onb_rules.toPlainText(),
            "onboarding_what_to_post": self.onb_post.toPlainText(),
            "onboarding_help": self.onb_help.toPlainText(),
        }

    def apply_profile_draft(self, v: dict[str, Any]) -> None:
        self.onb_rules.setPlainText(draft_text(v, "onboarding_rules"))
        self.onb_post.setPlainText(draft_text(v, "onboarding_what_to_post"))
        self.onb_help.setPlainText(draft_text(v, "onboarding_help"))
