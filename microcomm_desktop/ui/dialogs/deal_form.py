"""Create or edit a deal: parties and money, deliverables (linked to posts), terms, and live results.

The dialog never writes: it validates in place (a message next to each bad field, nothing cleared) and hands
back a ``DealData`` for the tab to save through an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from microcomm_desktop.domain.deals import deal_figures
from microcomm_desktop.domain.limits import count_out_of_range, money_out_of_range
from microcomm_desktop.services import deals as deal_service
from microcomm_desktop.services.deals import (
    DEAL_STATUSES,
    TEXT_GROUPS,
    DealData,
    LineData,
    status_label,
    term_group_label,
    term_label,
)
from microcomm_desktop.services.workspaces import WorkspaceRow
from microcomm_desktop.ui.dialogs.deal_posts import DealPostsDialog
from microcomm_desktop.ui.dialogs.discard_guard import DiscardGuard
from microcomm_desktop.ui.widgets.money_fields import (
    ERROR_STYLE,
    CheckedField,
    amount_input_text,
    money_text,
    number_text,
    parse_amount,
)

D_FORMAT, D_QTY, D_TIMING, D_CTA, D_PRICE, D_POSTS = range(6)
D_HEADERS = [
    QT_TRANSLATE_NOOP("DealFormDialog", "Format"),
    QT_TRANSLATE_NOOP("DealFormDialog", "Qty"),
    QT_TRANSLATE_NOOP("DealFormDialog", "Timing"),
    QT_TRANSLATE_NOOP("DealFormDialog", "Call to action"),
    QT_TRANSLATE_NOOP("DealFormDialog", "Unit price"),
    QT_TRANSLATE_NOOP("DealFormDialog", "Linked posts"),
]


class _OptionalDate(QWidget):
    """A date that may be unset (a checkbox), because most deals start without every date known."""

    def __init__(self, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        lay.addWidget(self.check)
        lay.addWidget(self.edit, 1)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())


class DealFormDialog(QDialog):
    def __init__(
        self,
        engine: Engine,
        workspace: WorkspaceRow,
        data: DealData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.discard_guard = DiscardGuard(self)  # Escape asks before dropping typed text
        self._ready = False  # live figures start once every field exists
        self.engine = engine
        self.workspace = workspace
        self.original = data
        data = data or DealData(workspace_id=workspace.id or 0)
        self.deal_id = data.id
        self.other_lines = [ln for ln in data.lines if ln.kind != "deliverable"]
        self.setWindowTitle(self.tr("Edit deal") if data.id else self.tr("New deal"))
        self.resize(820, 620)
        self.tabs = QTabWidget()

        # --- Deal page
        page = QWidget()
        form = QFormLayout(page)
        self.brand = QLineEdit(data.get("brand"))
        self.brand.setPlaceholderText(self.tr("e.g. TrailFlex Socks"))
        self.brand_error = self._error_label()
        self.title = QLineEdit(data.get("title"))
        self.title.setPlaceholderText(self.tr("e.g. 4-week series"))
        self.creator = QComboBox()
        self.creator.addItem(self.tr("(no linked creator)"), None)
        for cid, name in deal_service.list_creators(engine, workspace.id or 0):
            self.creator.addItem(name, cid)
        idx = self.creator.findData(data.get("creator_id"))
        self.creator.setCurrentIndex(max(0, idx))
        self.creator.setToolTip(self.tr("Link the deal to a creator in the Creators roster (optional)"))
        self.creator_name = QLineEdit(data.get("creator_name"))
        self.creator_name.setPlaceholderText(self.tr("Creator or account name shown on quotes"))
        self.creator.currentIndexChanged.connect(self._creator_picked)
        self.status = QComboBox()
        for key in DEAL_STATUSES:  # shown by name, stored as the English key
            self.status.addItem(status_label(key), key)
        self.status.setCurrentIndex(max(0, self.status.findData(data.get("status"))))
        self.start = _OptionalDate(data.get("start_date"))
        self.end = _OptionalDate(data.get("end_date"))
        self.end_error = self._error_label()
        self.valid_until = _OptionalDate(data.get("valid_until"))
        self.fee = CheckedField.make(self, "0", self.tr("Creator fees for all deliverables"))
        self.fee.edit.setText(amount_input_text(data.get("creator_fee")))
        self.media = CheckedField.make(self, "0", self.tr("Paid media spend on top of the fee"))
        self.media.edit.setText(amount_input_text(data.get("media_spend")))
        form.addRow(self.tr("&Brand"), self._stack(self.brand, self.brand_error))
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Creator (roster)"), self.creator)
        form.addRow(self.tr("Creator &name"), self.creator_name)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("Start date"), self.start)
        form.addRow(self.tr("End date"), self._stack(self.end, self.end_error))
        form.addRow(self.tr("Quote valid until"), self.valid_until)
        form.addRow(self.tr("Creator &fees"), self._stack(self.fee.edit, self.fee.error))
        form.addRow(self.tr("Paid &media"), self._stack(self.media.edit, self.media.error))
        self.notes = QPlainTextEdit(data.get("notes"))
        self.notes.setMaximumHeight(80)
        form.addRow(self.tr("Notes"), self.notes)
        self.tabs.addTab(page, self.tr("Deal"))

        # --- Deliverables page
        dpage = QWidget()
        dl = QVBoxLayout(dpage)
        self.table = QTableWidget(0, len(D_HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(str(h)) for h in D_HEADERS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.post_ids: list[list[int]] = []
        for ln in data.lines:
            if ln.kind == "deliverable":
                self._add_line(ln)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("&Add deliverable"))
        add.clicked.connect(lambda: self._add_line(LineData(format="short video")))
        remove = QPushButton(self.tr("&Remove"))
        remove.clicked.connect(self._remove_line)
        link = QPushButton(self.tr("&Link posts…"))
        link.setToolTip(self.tr("Pick the logged posts that carried the selected deliverable"))
        link.clicked.connect(self.link_posts)
        for b in (add, remove, link):
            buttons.addWidget(b)
        buttons.addStretch(1)
        dl.addWidget(self.table, 1)
        dl.addLayout(buttons)
        self.lines_error = self._error_label()
        dl.addWidget(self.lines_error)
        if self.other_lines:
            priced = "; ".join(f"{ln.description} {money_text(ln.amount, workspace)}" for ln in self.other_lines)
            extra = QLabel(self.tr("Priced quote lines kept with this deal: {lines}").format(lines=priced))
            extra.setWordWrap(True)
            dl.addWidget(extra)
        self.tabs.addTab(dpage, self.tr("Deliverables"))

        # --- Terms page
        tpage = QWidget()
        tform = QFormLayout(tpage)
        self.texts: dict[str, QLineEdit] = {}
        for group, items in TEXT_GROUPS.items():
            head = QLabel("<b>" + term_group_label(group) + "</b>")
            tform.addRow(head)
            for name, _label in items:
                edit = QLineEdit(str(data.get(name)))
                self.texts[name] = edit
                tform.addRow(term_label(name), edit)
                if name == "whitelist_approvals":
                    self.test_budget = CheckedField.make(
                        self, self.tr("optional"), self.tr("Agreed test budget for whitelisted ads")
                    )
                    tb = data.get("whitelist_test_budget")
                    self.test_budget.edit.setText("" if tb is None else amount_input_text(tb))
                    tform.addRow(self.tr("Test budget"), self._stack(self.test_budget.edit, self.test_budget.error))
        self.disclosure = QLineEdit(data.get("disclosure_line"))
        self.disclosure.setPlaceholderText(self.tr("e.g. #ad Paid partnership with …"))
        self.disclosure.setToolTip(self.tr("Endorsements with a material connection must be disclosed clearly"))
        tform.addRow(QLabel("<b>" + self.tr("Disclosure") + "</b>"))
        tform.addRow(self.tr("Disclosure line"), self.disclosure)
        self.tabs.addTab(tpage, self.tr("Terms"))

        # --- Results page
        rpage = QWidget()
        rform = QFormLayout(rpage)
        self.impressions = CheckedField.make(self, "", self.tr("Total impressions once live"))
        self.views = CheckedField.make(self, "", self.tr("Video views"))
        self.conversions = CheckedField.make(self, "", self.tr("Purchases / conversions"))
        self.revenue = CheckedField.make(self, "", self.tr("Revenue attributed to the deal"))
        for f, name in (
            (self.impressions, "actual_impressions"),
            (self.views, "actual_views"),
            (self.conversions, "actual_conversions"),
        ):
            v = data.get(name)
            f.edit.setText("" if v is None else str(v))
        rev = data.get("actual_revenue")
        self.revenue.edit.setText("" if rev is None else amount_input_text(rev))
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        rform.addRow(self.source_label)
        rform.addRow(self.tr("Impressions"), self._stack(self.impressions.edit, self.impressions.error))
        rform.addRow(self.tr("Views"), self._stack(self.views.edit, self.views.error))
        rform.addRow(self.tr("Conversions"), self._stack(self.conversions.edit, self.conversions.error))
        rform.addRow(self.tr("Revenue"), self._stack(self.revenue.edit, self.revenue.error))
        self.figures_label = QLabel()
        self.figures_label.setObjectName("dealFigures")
        self.figures_label.setTextFormat(Qt.TextFormat.RichText)
        self.figures_label.setWordWrap(True)
        rform.addRow(self.figures_label)
        self.tabs.addTab(rpage, self.tr("Results"))

        self.error = self._error_label()
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        bb.accepted.connect(self._accept)
        bb.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.error)
        lay.addWidget(bb)
        for f in (self.fee, self.media, self.impressions, self.views, self.conversions, self.revenue):
            f.edit.textChanged.connect(self.update_figures)
        self.table.itemChanged.connect(lambda _item: self.update_figures())
        self.deal_result: DealData | None = None
        # Saves the deal when Save is pressed; returns the error sentence or None. Without it the caller saves.
        self.saver: Callable[[DealData], str | None] | None = None
        self._ready = True
        self.update_figures()

    # ----- helpers
    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    @staticmethod
    def _stack(widget: QWidget, error: QLabel) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        lay.addWidget(error)
        return w

    @staticmethod
    def _show(label: QLabel, message: str) -> None:
        label.setText(message)
        label.setVisible(bool(message))

    def _creator_picked(self, _idx: int) -> None:
        if self.creator.currentData() is not None and not self.creator_name.text().strip():
            self.creator_name.setText(self.creator.currentText())

    def _add_line(self, ln: LineData) -> None:
        self.table.blockSignals(True)
        r = self.table.rowCount()
        self.table.insertRow(r)
        values = [
            ln.format or ln.description,
            str(ln.quantity),
            ln.timing,
            ln.call_to_action,
            amount_input_text(ln.unit_price),
        ]
        for c, v in enumerate(values):
            self.table.setItem(r, c, QTableWidgetItem(v))
        posts = QTableWidgetItem(str(len(ln.post_ids)))
        posts.setFlags(posts.flags() & ~Qt.ItemFlag.ItemIsEditable)
        posts.setToolTip(self.tr("Select the row and press Link posts…"))
        self.table.setItem(r, D_POSTS, posts)
        self.post_ids.append(list(ln.post_ids))
        self.table.blockSignals(False)
        self.update_figures()

    def _remove_line(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in rows:
            self.table.removeRow(r)
            del self.post_ids[r]
        self.update_figures()

    def link_posts(self, row: int | None = None, chosen: list[int] | None = None) -> None:
        """Open the post picker for the selected deliverable (``chosen`` skips the dialog, for tests)."""
        if row is None:
            rows = sorted({i.row() for i in self.table.selectedIndexes()})
            row = rows[0] if rows else (0 if self.table.rowCount() == 1 else -1)
        if not 0 <= row < self.table.rowCount():
            self._show(self.lines_error, self.tr("Select a deliverable first, then link its posts."))
            return
        if chosen is None:
            posts = deal_service.list_linkable_posts(self.engine, self.workspace.id or 0)
            dlg = DealPostsDialog(posts, self.post_ids[row], self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            chosen = dlg.selected_ids()
        self.post_ids[row] = chosen
        item = self.table.item(row, D_POSTS)
        if item is not None:
            item.setText(str(len(chosen)))
        self._show(self.lines_error, "")
        self.update_figures()

    def _cell(self, r: int, c: int) -> str:
        item = self.table.item(r, c)
        return item.text() if item is not None else ""

    def _lines(self) -> tuple[list[LineData], str]:
        lines: list[LineData] = []
        for r in range(self.table.rowCount()):
            fmt = self._cell(r, D_FORMAT).strip()
            qty_text = self._cell(r, D_QTY).strip()
            if not qty_text.isdigit():
                return [], self.tr("Deliverable {row}: quantity must be a whole number (got “{text}”).").format(
                    row=r + 1, text=qty_text
                )
            try:
                price = parse_amount(self._cell(r, D_PRICE) or "0")
            except ValueError as exc:
                return [], self.tr("Deliverable {row}: {problem}").format(row=r + 1, problem=exc)
            if not fmt:
                return [], self.tr("Deliverable {row}: name the format (e.g. short video).").format(row=r + 1)
            qty = int(qty_text)
            if problem := count_out_of_range(qty, self.tr("The quantity")):
                return [], self.tr("Deliverable {row}: {problem}").format(row=r + 1, problem=problem)
            if problem := money_out_of_range(price * qty, self.tr("The amount (quantity × price)")):
                return [], self.tr("Deliverable {row}: {problem}").format(row=r + 1, problem=problem)
            lines.append(
                LineData(
                    kind="deliverable",
                    format=fmt,
                    quantity=qty,
                    timing=self._cell(r, D_TIMING),
                    call_to_action=self._cell(r, D_CTA),
                    unit_price=price,
                    amount=price * qty,
                    post_ids=list(self.post_ids[r]),
                )
            )
        return lines + list(self.other_lines), ""

    def collect(self) -> tuple[DealData | None, bool]:
        """Read every field; show each problem next to its field. Returns (data, ok)."""
        ok = True
        ok_fee, fee = self.fee.money(optional=False)
        ok_media, media = self.media.money(optional=True)
        ok_tb, test_budget = self.test_budget.money()
        ok_i, impressions = self.impressions.count()
        ok_v, views = self.views.count()
        ok_c, conversions = self.conversions.count()
        ok_r, revenue = self.revenue.money()
        ok = all((ok_fee, ok_media, ok_tb, ok_i, ok_v, ok_c, ok_r))
        lines, line_error = self._lines()
        self._show(self.lines_error, line_error)
        ok = ok and not line_error
        fields: dict[str, Any] = {
            "brand": self.brand.text(),
            "title": self.title.text(),
            "creator_id": self.creator.currentData(),
            "creator_name": self.creator_name.text(),
            "status": self.status.currentData(),
            "start_date": self.start.value(),
            "end_date": self.end.value(),
            "valid_until": self.valid_until.value(),
            "creator_fee": fee if fee is not None else Decimal(0),
            "media_spend": media if media is not None else Decimal(0),
            "whitelist_test_budget": test_budget,
            "disclosure_line": self.disclosure.text(),
            "notes": self.notes.toPlainText(),
            "actual_impressions": impressions,
            "actual_views": views,
            "actual_conversions": conversions,
            "actual_revenue": revenue,
            **{name: edit.text() for name, edit in self.texts.items()},
        }
        data = DealData(workspace_id=self.workspace.id or 0, id=self.deal_id, fields=fields, lines=lines)
        # Validate everything at once so the user sees every problem, not one per Save press; fields that
        # did not parse already show their own message.
        errors = deal_service.validate(data)
        self._show(self.brand_error, errors.get("brand", ""))
        self._show(self.end_error, errors.get("end_date", ""))
        rest = [m for k, m in errors.items() if k not in ("brand", "end_date") and not k.startswith("line")]
        if not ok:
            rest.insert(0, self.tr("Some fields need fixing (marked in red)."))
        self._show(self.error, " ".join(rest))
        return (data if ok and not errors else None), ok and not errors

    def update_figures(self) -> None:
        """Live blended figures from the current form (linked posts counted as if saved)."""
        if not self._ready:
            return
        ok_fee, fee = self.fee.money(optional=True)
        ok_media, media = self.media.money(optional=True)
        lines, _ = self._lines()
        fields: dict[str, Any] = {}
        for f, name in (
            (self.impressions, "actual_impressions"),
            (self.views, "actual_views"),
            (self.conversions, "actual_conversions"),
        ):
            ok, v = f.count()
            fields[name] = v if ok else None
        ok_r, rev = self.revenue.money()
        fields["actual_revenue"] = rev if ok_r else None
        preview = deal_service.preview_results(
            self.engine, DealData(workspace_id=self.workspace.id or 0, fields=fields, lines=lines)
        )
        linked = preview.linked_posts > 0
        # Typed numbers stay (nothing is lost) but are greyed out while the post log supplies them.
        for f, from_posts in (
            (self.impressions, linked),
            (self.views, linked),
            (self.conversions, preview.conversions_from_posts),
        ):
            f.edit.setEnabled(not from_posts)
            f.edit.setPlaceholderText(self.tr("from linked posts") if from_posts else "")
        if preview.linked_posts:
            conv = (
                self.tr("conversions too")
                if preview.conversions_from_posts
                else self.tr("conversions are the typed number")
            )
            self.source_label.setText(
                self.tr(
                    "Results come from %Ln linked post(s): {impressions} impressions, {views} views ({conversions}). "
                    "Typed impressions/views are ignored while posts are linked.",
                    "",
                    preview.linked_posts,
                ).format(
                    impressions=number_text(preview.impressions),
                    views=number_text(preview.views),
                    conversions=conv,
                )
            )
        else:
            self.source_label.setText(
                self.tr("Type the results once the deal is live — or link posts on the Deliverables tab.")
            )
        if not (ok_fee and ok_media):
            self.figures_label.setText(self.tr("Fix the fee and media amounts to see the figures."))
            return
        fig = deal_figures(
            fee or Decimal(0),
            media or Decimal(0),
            preview.impressions,
            preview.views,
            preview.conversions,
            preview.revenue,
        )
        ws = self.workspace
        roas = self.tr("n/a") if fig.roas is None else QLocale().toString(float(fig.roas), "f", 2)
        self.figures_label.setText(
            self.tr(
                "<b>Blended</b> (cost {cost}): CPM <b>{cpm}</b> · CPV <b>{cpv}</b> · CPA <b>{cpa}</b> · "
                "ROAS <b>{roas}</b>"
            ).format(
                cost=money_text(fig.blended.total, ws),
                cpm=money_text(fig.blended.cpm, ws),
                cpv=money_text(fig.blended.cpv, ws),
                cpa=money_text(fig.blended.cpa, ws),
                roas=roas,
            )
        )

    def _accept(self) -> None:
        data, ok = self.collect()
        if not ok or data is None:
            return
        if self.saver is not None and (error := self.saver(data)):
            # A failed save (a full disk, a lock) keeps the form open with everything typed.
            self._show(self.error, self.tr("Not saved: {error}").format(error=error))
            return
        self.deal_result = data
        self.accept()
