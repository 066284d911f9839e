"""Quick entry of interactions for the selected post: one per line, with @handle completion."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from microcomm_desktop.domain.imports.quick import parse_quick_entry
from microcomm_desktop.services import interactions

if TYPE_CHECKING:
    from microcomm_desktop.ui.tabs.posts.page import PostsTab


class CompletingEdit(QPlainTextEdit):
    """Quick-entry box: completes @handles of known engagers; Ctrl+Enter logs the lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.handles = QStringListModel(self)
        # Known handles are read on the first completion after a change, not on every reload: a large
        # community has tens of thousands of people and most tab opens never type an @.
        self.handle_loader: Callable[[], list[str]] | None = None
        self.completer = QCompleter(self.handles, self)
        self.completer.setWidget(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated.connect(self._insert)
        self.textChanged.connect(self._maybe_complete)

    def _word(self) -> str:
        cur = self.textCursor()
        text = cur.block().text()[: cur.positionInBlock()]
        at = text.rfind("@")
        if at < 0 or " " in text[at:]:
            return ""
        return text[at + 1 :]

    def _hide_popup(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def invalidate_handles(self, loader: Callable[[], list[str]] | None) -> None:
        """Forget the handle list; ``loader`` fetches it when the next completion needs it."""
        self.handle_loader = loader
        if loader is None:
            self.handles.setStringList([])

    def ensure_handles(self) -> None:
        if self.handle_loader is not None:
            loader, self.handle_loader = self.handle_loader, None
            self.handles.setStringList(loader())

    def _maybe_complete(self) -> None:
        word = self._word()
        if len(word) < 1:
            self._hide_popup()
            return
        self.ensure_handles()
        self.completer.setCompletionPrefix(word)
        if self.completer.completionCount() == 0:
            self._hide_popup()
            return
        rect = self.cursorRect()
        rect.setWidth(220)
        self.completer.complete(rect)

    def _insert(self, handle: str) -> None:
        word = self._word()
        cur = self.textCursor()
        cur.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(word))
        cur.insertText(handle + " ")
        self.setTextCursor(cur)


class QuickEntry(QObject):
    """The lines, the Log button, the post they go to and what happened; logging is one undoable step.

    Its widgets go straight into the detail box's layout (``lay``), spaced exactly as the box spaces its own."""

    def __init__(self, tab: PostsTab, lay: QVBoxLayout) -> None:
        super().__init__(tab)
        self.tab = tab
        # The kind words (comment, reply to, dm, like) are what the parser reads: they stay English in every
        # language, only the sentence around them is translated.
        hint = QLabel(
            self.tr("Quick entry, one per line: @ana comment · @ben reply to @ana · @cy dm · @dee like 18:40")
        )
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.quick = CompletingEdit()
        self.quick.setObjectName("quickEntry")
        self.quick.setPlaceholderText("@ana comment\n@ben reply to @ana\n@cy dm")  # i18n: data (the syntax)
        self.quick.setToolTip(
            self.tr(
                "Kinds: like, comment, reply, save, share, dm, live, story reply. The time defaults to the post's; "
                "add HH:MM to set it. Replies join the thread of the person they answer. Ctrl+Enter logs."
            )
        )
        self.quick.setFixedHeight(70)  # three lines; the panel must fit a 720-px window
        lay.addWidget(self.quick)
        row = QHBoxLayout()
        self.log_btn = QPushButton(self.tr("Log interactions"))
        self.log_btn.setToolTip(self.tr("Ctrl+Enter"))
        self.log_btn.clicked.connect(self.log_quick)
        row.addWidget(self.log_btn)
        row.addStretch(1)
        # Names the post the lines will be logged to, so the target is never a guess.
        self.quick_target = QLabel()
        self.quick_target.setObjectName("quickTarget")
        self.quick_target.setTextFormat(Qt.TextFormat.PlainText)
        self.quick_target.setWordWrap(True)
        lay.addWidget(self.quick_target)
        lay.addLayout(row)
        self.quick.textChanged.connect(self._quick_text_changed)
        self.quick_msg = QLabel()
        self.quick_msg.setObjectName("quickMessage")
        self.quick_msg.setWordWrap(True)
        lay.addWidget(self.quick_msg)
        sc = QShortcut(QKeySequence("Ctrl+Return"), self.quick)
        sc.setContext(Qt.ShortcutContext.WidgetShortcut)
        sc.activated.connect(self.log_quick)

    def _quick_text_changed(self) -> None:
        """An old message about lines that are gone (the box was cleared) would describe nothing."""
        if not self.quick.toPlainText().strip():
            self.quick_msg.clear()
            self.quick_msg.setStyleSheet("")

    def log_quick(self) -> None:
        pid = self.tab.current_post_id()
        if pid is None:
            self.quick_msg.setText(self.tr("Select a post first."))
            return
        lines, bad = parse_quick_entry(self.quick.toPlainText())
        if bad:
            self.quick_msg.setStyleSheet("color: #c0392b;")
            self.quick_msg.setText(
                self.tr("Nothing logged.")
                + " "
                + " ".join(self.tr("Line {n}: {why}").format(n=n, why=why) for n, why in bad)
            )
            return
        if not lines:
            self.quick_msg.setText(self.tr("Type one interaction per line, e.g. @ana comment"))
            return

        def do(undone: tuple[Any, Any] | None) -> Any:
            if undone is not None:  # redo: the same rows come back
                rows, result = undone
                interactions.restore_interactions(self.tab.ctx.engine, rows)
            else:
                result = interactions.add_quick_interactions(self.tab.ctx.engine, pid, lines)
            self.tab._after_interactions()
            return result

        def undo(result: Any) -> tuple[Any, Any]:
            rows = interactions.delete_interactions(self.tab.ctx.engine, result.interaction_ids)
            self.tab._after_interactions()
            return rows, result

        # Tolerated but never silent: a line without "@" was read as a handle.
        no_at = [
            self.tr("Line {n}: read {word} as @{handle}.").format(
                n=n, word=repr(line.split()[0]), handle=line.split()[0]
            )
            for n, line in enumerate((t.strip() for t in self.quick.toPlainText().splitlines()), 1)
            if line and not line.startswith("@")
        ]
        target = self.tab._post_name(pid)
        ok, result = self.tab._push(self.tr("Log %n interaction(s)", "", len(lines)), do, undo)
        if ok and result is not None:
            self.quick.clear()
            notes = [*no_at, *result.notes]
            self.quick_msg.setStyleSheet("color: #b9770e;" if notes else "")
            self.quick_msg.setText(
                self.tr("Logged %n {target}.", "", len(lines)).format(target=target) + " " + " ".join(notes)
            )
