"""Saved deals: the pipeline table, a detail panel with the selected deal's blended figures, and actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from microcomm_desktop.services import deals as deal_service
from microcomm_desktop.services import quotes as quote_service
from microcomm_desktop.services.deals import DEAL_STATUSES, DealRow, status_label
from microcomm_desktop.services.workspaces import WorkspaceRow
from microcomm_desktop.ui.dialogs.deal_form import DealFormDialog
from microcomm_desktop.ui.models.deal_table_model import DealTableModel
from microcomm_desktop.ui.tabs.deals.commands import DeleteDealCommand, SaveDealCommand
from microcomm_desktop.ui.widgets.money_fields import decimal_text, money_text, number_text, percent_text
from microcomm_desktop.ui.widgets.selection import select_only
from microcomm_desktop.ui.widgets.table import FilterableTable

SIZE_FROM_ROWS = 40  # deals measured to size the table's columns (see _fit_columns); the rest look alike


class DealsListPage(QWidget):
    def __init__(
        self,
        engine: Engine,
        undo_stack: QUndoStack,
        notify: Callable[[str], None],
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.undo_stack = undo_stack
        self.notify = notify
        self.today = today
        self.workspace: WorkspaceRow | None = None
        self.model = DealTableModel(self)
        self.table = FilterableTable(self.model, self.tr("Filter deals by brand, creator or status… (Ctrl+F)"))
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for s in DEAL_STATUSES:
            self.status_filter.addItem(status_label(s), s)
        self.status_filter.currentIndexChanged.connect(self._status_filter)
        self.table.toolbar.addWidget(self.status_filter)
        self.new_btn = QPushButton(self.tr("&New deal"))
        self.new_btn.setToolTip(self.tr("New deal (Ctrl+Shift+N)"))
        self.edit_btn = QPushButton(self.tr("&Edit…"))
        self.edit_btn.setToolTip(self.tr("Edit the selected deal (Enter or double-click)"))
        self.delete_btn = QPushButton(self.tr("&Delete"))
        self.delete_btn.setToolTip(self.tr("Delete the selected deal (Del) — Ctrl+Z brings it back"))
        self.export_btn = QPushButton(self.tr("Export &quote…"))
        self.export_btn.setToolTip(self.tr("Save the selected deal as a quote: Markdown (.md) or PDF (.pdf)"))
        self.checks_btn = QPushButton(self.tr("Disclosure c&hecks…"))
        self.checks_btn.setToolTip(
            self.tr("Spot-check the posts linked to the selected deal: was the disclosure line there? (Ctrl+Z undoes)")
        )
        self.report_btn = QPushButton(self.tr("Deal &report…"))
        self.report_btn.setToolTip(
            self.tr("Save the selected deal's results and disclosure spot-checks as PDF or Markdown")
        )
        for b in (self.new_btn, self.edit_btn, self.delete_btn, self.export_btn, self.checks_btn, self.report_btn):
            self.table.toolbar.addWidget(b)
        self.new_btn.clicked.connect(self.new_deal)
        self.edit_btn.clicked.connect(self.edit_selected)
        self.delete_btn.clicked.connect(self.delete_selected)
        self.export_btn.clicked.connect(self.export_selected)
        self.checks_btn.clicked.connect(lambda: self.check_disclosures())
        self.report_btn.clicked.connect(lambda: self.export_report())
        self.table.view.doubleClicked.connect(lambda _i: self.edit_selected())
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.new_deal)
        # Del and Enter act on the table only, so typing in the filter box never deletes or opens a deal.
        for key, slot in ((Qt.Key.Key_Delete, self.delete_selected), (Qt.Key.Key_Return, self.edit_selected)):
            sc = QShortcut(QKeySequence(key), self.table.view, slot)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)

        self.detail = QLabel()
        self.detail.setObjectName("dealDetail")
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(
            self.tr(
                "<h3>No deals yet</h3><p>Track each partnership from draft to done: press <b>New deal</b> "
                "(Ctrl+Shift+N), or build a quote from your rate card in <b>Quote builder</b> and save it as a "
                "deal.</p>"
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.addWidget(self.empty)
        bl.addWidget(self.detail, 1)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)
        self.table.view.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self._update_buttons()

    # ----- data
    def set_workspace(self, ws: WorkspaceRow | None) -> None:
        self.workspace = ws
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_id()
        rows = deal_service.list_deals(self.engine, self.workspace.id or 0) if self.workspace else []
        self.model.set_rows(rows, self.workspace)
        self._fit_columns()
        self.empty.setVisible(not rows)
        if selected is not None:
            self.select_id(selected)
        elif rows:
            select_only(self.table.view, self.table.proxy.index(0, 0))
        self._show_detail()

    def _fit_columns(self) -> None:
        """Each column as wide as its header and the text of the first SIZE_FROM_ROWS rows shown.

        Why not ``resizeColumnsToContents``: on a page not on screen yet (the tab opens on it after this) Qt
        measures every cell of every row in every role, which was most of the tab's opening time (issue 20).
        """
        view, proxy = self.table.view, self.table.proxy
        header = view.horizontalHeader()
        grid = 1 if view.showGrid() else 0
        rows = min(proxy.rowCount(), SIZE_FROM_ROWS)
        for c in range(proxy.columnCount()):
            width = max((view.sizeHintForIndex(proxy.index(r, c)).width() + grid for r in range(rows)), default=0)
            view.setColumnWidth(c, max(width, header.sectionSizeHint(c)))

    def _status_filter(self, _idx: int) -> None:
        status = self.status_filter.currentData() or ""
        # The status column shows one word (the status's name in the reader's language), so a fixed-string
        # filter on that column with the same name is exact enough.
        from microcomm_desktop.ui.models.deal_table_model import COL_STATUS

        self.table.proxy.setFilterKeyColumn(COL_STATUS if status else -1)
        self.table.proxy.setFilterFixedString(status_label(status) if status else self.table.filter_edit.text())

    def selected_id(self) -> int | None:
        rows = self.table.selected_source_rows()
        return self.model.row_at(rows[0]).id if rows else None

    def select_id(self, deal_id: int) -> None:
        for r, row in enumerate(self.model.rows):
            if row.id == deal_id:
                proxy_index = self.table.proxy.mapFromSource(self.model.index(r, 0))
                select_only(self.table.view, proxy_index)  # filtered away (invalid): no change
                return

    def _selected_row(self) -> DealRow | None:
        rows = self.table.selected_source_rows()
        return self.model.row_at(rows[0]) if rows else None

    def _update_buttons(self) -> None:
        has = self._selected_row() is not None
        for b in (self.edit_btn, self.delete_btn, self.export_btn, self.checks_btn, self.report_btn):
            b.setEnabled(has)
        self.new_btn.setEnabled(self.workspace is not None)

    def _show_detail(self) -> None:
        self._update_buttons()
        r = self._selected_row()
        if r is None:
            self.detail.setText("" if not self.model.rows else self.tr("Select a deal to see its figures."))
            return
        ws = self.workspace
        b, f, m = r.figures.blended, r.figures.fees, r.figures.media
        roas = self.tr("n/a") if r.figures.roas is None else decimal_text(r.figures.roas, 2)
        results = (
            self.tr(
                "Results from %n linked post(s) in the post log: {impressions} impressions, {views} views, "
                "{conversions} conversions.",
                "",
                r.results.linked_posts,
            )
            if r.results.linked_posts
            else self.tr(
                "Results as typed into the deal: {impressions} impressions, {views} views, {conversions} conversions."
            )
        ).format(
            impressions=number_text(r.results.impressions),
            views=number_text(r.results.views),
            conversions=number_text(r.results.conversions),
        )
        self.detail.setText(
            f"<h3>{r.brand or r.title} <small>({status_label(r.status)})</small></h3>"
            + self.tr(
                "<p><span style='font-size:15pt'>Blended CPM <b>{cpm}</b> · CPA <b>{cpa}</b> · CPV <b>{cpv}</b>"
                "</span><br>Total cost {total} = fees {fees} + media {media} · ROAS {roas}</p>"
            ).format(
                cpm=money_text(b.cpm, ws),
                cpa=money_text(b.cpa, ws),
                cpv=money_text(b.cpv, ws),
                total=money_text(b.total, ws),
                fees=money_text(r.fees, ws),
                media=money_text(r.media, ws),
                roas=roas,
            )
            + self.tr(
                "<p><small>Fees only: CPM {fees_cpm}, CPA {fees_cpa} · "
                "Media only: CPM {media_cpm}, CPA {media_cpa}</small></p>"
            ).format(
                fees_cpm=money_text(f.cpm, ws),
                fees_cpa=money_text(f.cpa, ws),
                media_cpm=money_text(m.cpm, ws),
                media_cpa=money_text(m.cpa, ws),
            )
            + f"<p>{results}</p>"
            + f"<p>{self._disclosure_html(r)}</p>"
            + self.tr(
                "<p><small>Blended = (creator fees + paid media) / impressions × 1,000 (CPM), / views (CPV), "
                "/ conversions (CPA). n/a = nothing to divide by yet.</small></p>"
            )
        )

    def _disclosure_html(self, r: DealRow) -> str:
        d = r.disclosure
        if d is None or d.linked == 0:
            return self.tr("Disclosure spot-checks: link the sponsored posts to the deliverables to check them.")
        if d.checked == 0:
            return self.tr(
                "Disclosure spot-checks: <b>none</b> of %n sponsored post(s) checked yet — "
                "press <i>Disclosure checks…</i>.",
                "",
                d.linked,
            )
        color = "#1e7b34" if d.carried == d.checked else "#c0392b"
        return self.tr(
            "Disclosure spot-checks: <b style='color:{color}'>{carried} of %n</b> checked sponsored "
            "post(s) carried the disclosure line ({share}); {not_checked} not checked.",
            "",
            d.checked,
        ).format(color=color, carried=d.carried, share=percent_text(d.share or 0.0), not_checked=d.not_checked)

    # ----- actions
    def check_disclosures(self, answers: dict[int, bool | None] | None = None) -> bool:
        """Open the spot-check list of the selected deal; the changed answers become one undoable step.

        ``answers`` (post id → present) fills the dialog without showing it, for tests and scripted use."""
        from microcomm_desktop.ui.dialogs.deal_posts import DisclosureChecksDialog
        from microcomm_desktop.ui.tabs.deals.commands import DisclosureChecksCommand

        r = self._selected_row()
        if r is None:
            return False
        try:
            items = deal_service.disclosure_checklist(self.engine, r.id)
            line = str(deal_service.load_deal(self.engine, r.id).get("disclosure_line"))
        except deal_service.DealError as exc:
            self.notify(str(exc))
            return False
        dlg = DisclosureChecksDialog(items, line, self.today(), self)
        if answers is not None:
            for row, it in enumerate(items):
                if it.post_id in answers:
                    dlg.set_choice(row, answers[it.post_id])
            accepted = True
        else:
            accepted = dlg.exec() == QDialog.DialogCode.Accepted
        changes = dlg.changes()
        dlg.deleteLater()
        if not accepted or not changes:
            return False
        cmd = DisclosureChecksCommand(self.engine, r.id, r.brand or r.title, changes, self.notify)
        self.undo_stack.push(cmd)
        if cmd.error:
            QMessageBox.warning(self, self.tr("Disclosure checks not saved"), cmd.error)
            return False
        return True

    def new_deal(self) -> None:
        if self.workspace is None:
            return
        dlg = DealFormDialog(self.engine, self.workspace, None, self)
        dlg.saver = lambda data: self.try_save(None, data)  # the form stays open while a save fails
        dlg.exec()

    def edit_selected(self) -> None:
        deal_id = self.selected_id()
        if deal_id is None or self.workspace is None:
            return
        try:
            before = deal_service.load_deal(self.engine, deal_id)
        except deal_service.DealError as exc:
            self.notify(str(exc))
            return
        dlg = DealFormDialog(self.engine, self.workspace, before, self)
        dlg.saver = lambda data: self.try_save(before, data, before.version)  # refused if saved since
        dlg.exec()

    def push_save(self, before: deal_service.DealData | None, after: deal_service.DealData) -> int | None:
        error = self.try_save(before, after)
        if error:
            QMessageBox.warning(self, self.tr("Deal not saved"), error)
            return None
        return after.id

    def try_save(
        self,
        before: deal_service.DealData | None,
        after: deal_service.DealData,
        expected_version: int | None = None,
    ) -> str | None:
        """Save undoably; the error sentence when it failed (nothing was written), else ``None``.

        With ``expected_version`` a save over another member's newer version opens the conflict dialog: "Keep
        mine" saves again over the version just shown (undo then brings theirs back), "Take theirs" saves
        nothing and shows what is stored."""
        while True:
            cmd = SaveDealCommand(self.engine, before, after, self.notify, expected_version)
            self.undo_stack.push(cmd)
            conflict = cmd.conflict
            if conflict is None:
                break
            from microcomm_desktop.ui.dialogs.edit_conflict import resolve_conflict

            mine = deal_service.deal_form_text(after)
            labels = deal_service.deal_field_labels()
            if not resolve_conflict(self, "deal", mine, conflict.theirs, conflict.updated_by, labels):
                self.refresh()
                if after.id is not None:
                    self.select_id(after.id)
                self.notify(self.tr("Kept the other member's version of the deal."))
                return None
            expected_version = conflict.version
            try:
                before = deal_service.load_deal(self.engine, conflict.row_id)  # undo restores their version
            except deal_service.DealError as exc:
                return str(exc)
        if cmd.error:
            return cmd.error
        if after.id is not None:
            self.select_id(after.id)
        return None

    def delete_selected(self) -> None:
        r = self._selected_row()
        if r is None:
            return
        cmd = DeleteDealCommand(self.engine, r.id, r.brand or r.title, self.notify)
        self.undo_stack.push(cmd)

    def export_selected(self, path: Path | None = None) -> Path | None:
        deal_id = self.selected_id()
        if deal_id is None:
            return None
        r = self._selected_row()
        if path is None:
            name = (r.brand if r else "quote").replace(" ", "-").lower() or "quote"
            path_str, chosen = QFileDialog.getSaveFileName(
                self, self.tr("Export quote"), f"quote-{name}.pdf", "PDF (*.pdf);;Markdown (*.md)"
            )
            if not path_str:
                return None
            path = Path(path_str)
            if path.suffix.lower() not in (".md", ".pdf"):
                path = path.with_suffix(".md" if "Markdown" in chosen else ".pdf")
        try:
            doc = quote_service.document_from_deal(self.engine, deal_id, self.today())
            quote_service.export_quote(doc, path)
        except (deal_service.DealError, quote_service.QuoteError) as exc:
            QMessageBox.warning(self, self.tr("Export quote"), str(exc))
            return None
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export quote"),
                self.tr("Could not write {path}:\n{reason}").format(path=path, reason=exc.strerror or exc),
            )
            return None
        self.notify(self.tr("Quote written to {path}").format(path=path))
        return path

    def export_report(self, path: Path | None = None) -> Path | None:
        """Write the selected deal's report (results + disclosure spot-checks) as .pdf or .md."""
        r = self._selected_row()
        if r is None:
            return None
        if path is None:
            name = (r.brand or r.title or "deal").replace(" ", "-").lower() or "deal"
            path_str, chosen = QFileDialog.getSaveFileName(
                self, self.tr("Export deal report"), f"deal-report-{name}.pdf", "PDF (*.pdf);;Markdown (*.md)"
            )
            if not path_str:
                return None
            path = Path(path_str)
            if path.suffix.lower() not in (".md", ".pdf"):
                path = path.with_suffix(".md" if "Markdown" in chosen else ".pdf")
        try:
            deal_service.export_deal_report(self.engine, r.id, path, self.today())
        except deal_service.DealError as exc:
            QMessageBox.warning(self, self.tr("Export deal report"), str(exc))
            return None
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export deal report"),
                self.tr("Could not write {path}:\n{reason}").format(path=path, reason=exc.strerror or exc),
            )
            return None
        self.notify(self.tr("Deal report written to {path}").format(path=path))
        return path
