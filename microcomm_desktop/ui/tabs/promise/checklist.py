"""The readiness checklist beside every section, and "Export community brief…"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from microcomm_desktop.ui.lazy import LazyModule
from microcomm_desktop.ui.tabs.promise.section import Section

if TYPE_CHECKING:
    from microcomm_desktop.services import brief as brief_svc
    from microcomm_desktop.services import promise as svc
else:  # imported at first use: the first window is built before the data layer (ui/lazy.py)
    brief_svc = LazyModule("microcomm_desktop.services.brief")
    svc = LazyModule("microcomm_desktop.services.promise")


class ReadinessPanel(Section):
    def build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Readiness"))
        outer.addWidget(box)
        lay = QVBoxLayout(box)
        expl = QLabel(self.tr("What must exist before you invite anyone:"))
        expl.setWordWrap(True)
        lay.addWidget(expl)
        self.readiness_list = QListWidget()
        self.readiness_list.setWordWrap(True)
        lay.addWidget(self.readiness_list, 1)
        self.readiness_summary = QLabel("")
        self.readiness_summary.setWordWrap(True)
        lay.addWidget(self.readiness_summary)
        self.brief_btn = QPushButton(self.tr("Export community &brief…"))
        self.brief_btn.setToolTip(
            self.tr("Markdown or PDF: promise, topic, home, formats, onboarding, rituals, prompts, SLA, disclosure")
        )
        self.brief_btn.clicked.connect(self.export_brief_dialog)
        lay.addWidget(self.brief_btn)

    def reload(self) -> None:
        assert self.ws_id is not None
        items = self.tab.readiness_items()
        self.readiness_list.clear()
        for i in items:
            it = QListWidgetItem(("✓ " if i.ok else "✗ ") + i.label + ("" if i.ok else f"\n    {i.missing}"))
            it.setToolTip(i.missing or self.tr("Done"))
            if not i.ok:
                it.setForeground(Qt.GlobalColor.red)
            self.readiness_list.addItem(it)
        done = sum(i.ok for i in items)
        self.readiness_summary.setText(
            self.tr("<b>{done} of {total}</b> ready.").format(done=done, total=len(items))
            + (self.tr(" Invite your first members.") if done == len(items) else "")
        )

    def export_brief_dialog(self) -> None:
        if self.ws_id is None:
            return
        path_str, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export community brief"), "community-brief.md", "Markdown (*.md);;PDF (*.pdf)"
        )
        if not path_str:
            return
        path = Path(path_str)
        if not path.suffix:
            path = path.with_suffix(".pdf" if "PDF" in chosen else ".md")
        try:
            out = brief_svc.export_brief(self.engine, self.ws_id, path, self.ctx.today)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Could not write {path}:\n{reason}").format(path=path, reason=exc.strerror or exc),
            )
            return
        self.ctx.bus.status_message.emit(self.tr("Brief written to {path}").format(path=out))
