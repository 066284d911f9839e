"""Quote builder for freelancers: the rate card (your own rates), the items of this quote, a live preview.

The preview shows every line, the total and what the brand can expect (CPM, cost per engagement) from the
workspace's own last 90 days of posts — with the number of posts that estimate rests on, so a thin log is
visible rather than hidden behind a precise-looking figure.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from microcomm_desktop.domain.deals import parse_money
from microcomm_desktop.services import quotes as quote_service
from microcomm_desktop.services.deals import TEXT_GROUPS, term_group_label, term_label
from microcomm_desktop.services.quotes import (
    AddonChoice,
    DeliverableChoice,
    QuoteDocument,
    QuoteRequest,
    QuoteTerms,
    RateItem,
    pricing_label,
)
from microcomm_desktop.services.workspaces import WorkspaceRow
from microcomm_desktop.ui.models.quote_lines_table_model import QuoteLinesModel
from microcomm_desktop.ui.models.rate_card_table_model import RateCardModel
from microcomm_desktop.ui.tabs.deals.commands import AddRateCommand, DeleteRateCommand, EditRateCommand
from microcomm_desktop.ui.widgets.money_fields import (
    ERROR_STYLE,
    money_text,
    number_text,
    parse_amount,
    percent_text,
)

I_USE, I_ITEM, I_RATE, I_QTY = range(4)
QUOTE_TERM_GROUPS = ("Usage rights", "Whitelisting", "Exclusivity")


class _AddRateDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a rate"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        for k, label in (
            ("base", self.tr("Base price per deliverable")),
            ("addon", self.tr("Add-on")),
            ("bundle", self.tr("Series bundle")),
        ):
            self.kind.addItem(label, k)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Reel, Paid usage rights, 4-week series"))
        self.pricing = QComboBox()
        for p in quote_service.PRICINGS:
            self.pricing.addItem(pricing_label(p), p)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("amount, or percent for % of fee"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("e.g. per video, per 30 days"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Pricing"), self.pricing)
        form.addRow(self.tr("Rate"), self.amount)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.error)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        bb.accepted.connect(self._accept)
        bb.rejected.connect(self.reject)
        form.addRow(bb)
        self.fields: dict[str, object] = {}

    def _accept(self) -> None:
        try:
            amount = parse_amount(self.amount.text().replace("%", ""))
        except ValueError as exc:
            self._show_error(str(exc))
            return
        kind, pricing, name = self.kind.currentData(), self.pricing.currentData(), self.name.text()
        try:
            quote_service._check_item(kind, name, pricing, amount)
        except quote_service.QuoteError as exc:
            self._show_error(str(exc))
            return
        self.fields = {"kind": kind, "name": name, "pricing": pricing, "amount": amount, "unit": self.unit.text()}
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.adjustSize()  # a wrapped sentence (longer in German or Spanish) gets the height it needs


class QuotePage(QWidget):
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
        self.items: list[RateItem] = []
        self.document: QuoteDocument | None = None
        self._building = False
        self._items_workspace: WorkspaceRow | None = None  # the workspace the item rows were built for

        # Rate card
        card_box = QGroupBox(self.tr("Your rate card — your own rates; double-click to edit (Ctrl+Z undoes)"))
        cl = QVBoxLayout(card_box)
        self.card_model = RateCardModel(self)
        self.card_model.on_edit = self._edit_rate
        self.card_view = QTableView()
        self.card_view.setModel(self.card_model)
        self.card_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.card_view.verticalHeader().setVisible(False)
        self.card_view.horizontalHeader().setStretchLastSection(True)
        self.card_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        cl.addWidget(self.card_view, 1)
        self.card_error = QLabel()
        self.card_error.setStyleSheet(ERROR_STYLE)
        self.card_error.setWordWrap(True)
        self.card_error.setVisible(False)
        cl.addWidget(self.card_error)
        row = QHBoxLayout()
        self.add_rate_btn = QPushButton(self.tr("Add rate…"))
        self.del_rate_btn = QPushButton(self.tr("Delete rate"))
        self.example_btn = QPushButton(self.tr("Start from example rates"))
        self.example_btn.setToolTip(self.tr("Fill an empty rate card with typical rates, then edit them to your own"))
        for b in (self.add_rate_btn, self.del_rate_btn, self.example_btn):
            row.addWidget(b)
        row.addStretch(1)
        cl.addLayout(row)
        self.add_rate_btn.clicked.connect(self.add_rate)
        self.del_rate_btn.clicked.connect(self.delete_rate)
        self.example_btn.clicked.connect(self.add_examples)

        # This quote: items + terms
        self.items_table = QTableWidget(0, 4)
        self.items_table.setHorizontalHeaderLabels(
            [self.tr("Use"), self.tr("Item"), self.tr("Rate"), self.tr("Qty / units")]
        )
        self.items_table.verticalHeader().setVisible(False)
        hh = self.items_table.horizontalHeader()
        hh.setSectionResizeMode(I_ITEM, QHeaderView.ResizeMode.Stretch)
        for c in (I_USE, I_RATE, I_QTY):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.items_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_table.itemChanged.connect(lambda _i: self.rebuild())
        self.qty: dict[int, QSpinBox] = {}
        terms = QWidget()
        tf = QFormLayout(terms)
        self.brand = QLineEdit()
        self.brand.setPlaceholderText(self.tr("Brand the quote is for"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. 4-week recovery series"))
        self.creator_name = QLineEdit()
        self.creator_name.setPlaceholderText(self.tr("Your name or account, as on the quote"))
        self.valid_until = QDateEdit()
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDisplayFormat("yyyy-MM-dd")
        self.disclosure = QLineEdit()
        self.disclosure.setPlaceholderText(self.tr("#ad Paid partnership with …"))
        tf.addRow(self.tr("Brand"), self.brand)
        tf.addRow(self.tr("Title"), self.title)
        tf.addRow(self.tr("Creator"), self.creator_name)
        tf.addRow(self.tr("Valid until"), self.valid_until)
        tf.addRow(self.tr("Disclosure line"), self.disclosure)
        self.term_edits: dict[str, QLineEdit] = {}
        for group in QUOTE_TERM_GROUPS:
            for name, _label in TEXT_GROUPS[group]:
                edit = QLineEdit()
                self.term_edits[name] = edit
                tf.addRow(
                    self.tr("{group}: {label}").format(group=term_group_label(group), label=term_label(name).lower()),
                    edit,
                )
        for w in (self.brand, self.title, self.creator_name, self.disclosure, *self.term_edits.values()):
            w.textChanged.connect(self.rebuild)
        self.valid_until.dateChanged.connect(self.rebuild)
        inputs = QTabWidget()
        inputs.addTab(self.items_table, self.tr("Items"))
        terms_scroll = QScrollArea()  # a dozen term fields scroll, so the quote's footer stays on a 720-px screen
        terms_scroll.setObjectName("quoteTermsScroll")
        terms_scroll.setWidgetResizable(True)
        terms_scroll.setFrameShape(QFrame.Shape.NoFrame)
        terms_scroll.setWidget(terms)
        inputs.addTab(terms_scroll, self.tr("Terms"))

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(card_box)
        qbox = QGroupBox(self.tr("This quote — set quantities, tick add-ons"))
        ql = QVBoxLayout(qbox)
        ql.addWidget(inputs)
        left.addWidget(qbox)
        left.setStretchFactor(0, 1)
        left.setStretchFactor(1, 1)

        # Preview
        preview = QGroupBox(self.tr("Quote preview"))
        pl = QVBoxLayout(preview)
        self.lines_model = QuoteLinesModel(self)
        self.lines_view = QTableView()
        self.lines_view.setModel(self.lines_model)
        self.lines_view.verticalHeader().setVisible(False)
        self.lines_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        pl.addWidget(self.lines_view, 1)
        self.total_label = QLabel()
        self.total_label.setObjectName("quoteTotal")
        self.total_label.setTextFormat(Qt.TextFormat.RichText)
        pl.addWidget(self.total_label)
        self.expected_label = QLabel()
        self.expected_label.setObjectName("quoteExpected")
        self.expected_label.setWordWrap(True)
        self.expected_label.setTextFormat(Qt.TextFormat.RichText)
        pl.addWidget(self.expected_label)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        pl.addWidget(self.error)
        br = QHBoxLayout()
        self.md_btn = QPushButton(self.tr("Export &Markdown…"))
        self.pdf_btn = QPushButton(self.tr("Export &PDF…"))
        self.save_btn = QPushButton(self.tr("&Save as deal"))
        self.save_btn.setToolTip(self.tr("Store this quote as an 'offered' deal in the Deals list"))
        for b in (self.md_btn, self.pdf_btn, self.save_btn):
            br.addWidget(b)
        pl.addLayout(br)
        self.md_btn.clicked.connect(lambda: self.export(".md"))
        self.pdf_btn.clicked.connect(lambda: self.export(".pdf"))
        self.save_btn.clicked.connect(self.save_as_deal)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

    # ----- data
    def set_workspace(self, ws: WorkspaceRow | None) -> None:
        same = ws is not None and self.workspace is not None and ws.id == self.workspace.id
        self.workspace = ws
        if not same:  # the same workspace again (its currency changed): the date the user set stays
            until = self.today() + timedelta(days=14)
            self.valid_until.setDate(QDate(until.year, until.month, until.day))
        self.refresh()

    def refresh(self) -> None:
        items = quote_service.list_rate_card(self.engine, self.workspace.id or 0) if self.workspace else []
        # Rebuild the item rows only when the rates (or the workspace's currency) changed: a reload for some
        # other change must not replace the quantity box the user is typing into.
        changed = items != self.items or self._items_workspace is not self.workspace
        self.items = items
        self.card_model.set_rows(self.items, self.workspace)
        self.card_view.resizeColumnsToContents()
        self.example_btn.setVisible(not self.items)
        if changed:
            self._fill_items()
            self._items_workspace = self.workspace
        self.rebuild()

    def _fill_items(self) -> None:
        """One row per rate; quantities and ticks survive a rate edit (kept by rate id)."""
        previous = {rid: (spin.value(), self._checked(rid)) for rid, spin in self.qty.items()}
        self._building = True
        self.items_table.setRowCount(0)
        self.qty = {}
        for r, it in enumerate(self.items):
            self.items_table.insertRow(r)
            use = QTableWidgetItem()
            use.setData(Qt.ItemDataRole.UserRole, it.id)
            if it.kind == "base":
                use.setFlags(Qt.ItemFlag.ItemIsEnabled)
                use.setText("")
            else:
                use.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                checked = previous.get(it.id, (0, False))[1]
                use.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.items_table.setItem(r, I_USE, use)
            kind = {"base": "", "addon": self.tr(" (add-on)"), "bundle": self.tr(" (series bundle)")}[it.kind]
            name = QTableWidgetItem(it.name + kind)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.items_table.setItem(r, I_ITEM, name)
            rate = QTableWidgetItem(f"{self.card_model.amount_text(it)} {it.unit}".strip())
            rate.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.items_table.setItem(r, I_RATE, rate)
            if it.kind == "bundle" or (it.kind == "addon" and it.unit == "once"):
                continue  # nothing to count
            spin = QSpinBox()
            spin.setRange(0, 999)
            spin.setValue(previous.get(it.id, (0 if it.kind == "base" else 1, False))[0])
            spin.setToolTip(
                self.tr("How many deliverables")
                if it.kind == "base"
                else self.tr("How many units ({unit})").format(unit=it.unit or self.tr("units"))
            )
            spin.valueChanged.connect(lambda _v: self.rebuild())
            self.items_table.setCellWidget(r, I_QTY, spin)
            self.qty[it.id] = spin
        self._building = False

    def _checked(self, rate_id: int) -> bool:
        for r in range(self.items_table.rowCount()):
            item = self.items_table.item(r, I_USE)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == rate_id:
                return item.checkState() == Qt.CheckState.Checked
        return False

    def set_quantity(self, rate_name: str, value: int) -> None:
        """Set a deliverable's quantity or an add-on's units by rate name (keyboard users and tests)."""
        for it in self.items:
            if it.name == rate_name and it.id in self.qty:
                self.qty[it.id].setValue(value)

    def set_checked(self, rate_name: str, checked: bool = True) -> None:
        for r, it in enumerate(self.items):
            item = self.items_table.item(r, I_USE)
            if it.name == rate_name and item is not None and it.kind != "base":
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def request(self) -> QuoteRequest:
        req = QuoteRequest()
        for it in self.items:
            if it.kind == "base":
                qty = self.qty[it.id].value() if it.id in self.qty else 0
                if qty:
                    req.deliverables.append(DeliverableChoice(it.name.lower(), qty, it.amount))
            elif self._checked(it.id):
                if it.kind == "addon":
                    units = self.qty[it.id].value() if it.id in self.qty else 1
                    req.addons.append(AddonChoice(it.name, it.pricing, it.amount, units))
                elif it.kind == "bundle" and req.bundle_value is None:
                    req.bundle_name = it.name
                    req.bundle_pricing = it.pricing
                    req.bundle_value = it.amount
        return req

    def terms(self) -> QuoteTerms:
        d = self.valid_until.date()
        return QuoteTerms(
            brand=self.brand.text().strip(),
            creator_name=self.creator_name.text().strip(),
            title=self.title.text().strip(),
            valid_until=date(d.year(), d.month(), d.day()),
            disclosure_line=self.disclosure.text().strip(),
            texts={k: e.text().strip() for k, e in self.term_edits.items()},
        )

    def rebuild(self) -> None:
        if self._building or self.workspace is None:
            if self.workspace is None:
                self.lines_model.set_rows([], self.lines_model.total, None)
            return
        ws = self.workspace
        try:
            doc = quote_service.make_document(self.engine, ws.id or 0, self.request(), self.terms(), self.today())
        except ValueError as exc:
            self.document = None
            self.error.setText(str(exc))
            self.lines_model.set_rows([], self.lines_model.total, ws)
            self._enable(False)
            return
        self.error.setText("")
        self.document = doc
        self.lines_model.set_rows(doc.lines, doc.total, ws, [doc.label(i) for i in range(len(doc.lines))])
        has = bool(doc.deliverables)
        self._enable(has)
        if not self.items:
            self.total_label.setText(
                self.tr("Your rate card is empty: add your rates, or start from the example rates.")
            )
        elif not has:
            self.total_label.setText(self.tr("Set a quantity on at least one deliverable to price a quote."))
        else:
            self.total_label.setText(
                self.tr("<span style='font-size:15pt'>Total <b>{total}</b></span>").format(
                    total=money_text(doc.total, ws)
                )
            )
        a = doc.averages
        if a.posts == 0:
            self.expected_label.setText(
                self.tr("Expected CPM and cost per engagement: n/a — no posts logged in the last 90 days.")
            )
        else:
            er = self.tr("n/a") if a.er_pct is None else percent_text(a.er_pct, 2)
            self.expected_label.setText(
                self.tr(
                    "What the brand can expect: CPM <b>{cpm}</b>, cost per engagement <b>{cpe}</b>.<br><small>"
                    "Based on your <b>%n post(s)</b> of the last 90 days: average reach {reach}, average "
                    "impressions {impressions}, ER {er} (engagements / {definition}). Expected = quote total / "
                    "(average × number of deliverables).</small>",
                    "",
                    a.posts,
                ).format(
                    cpm=money_text(doc.expected_cpm, ws),
                    cpe=money_text(doc.expected_cpe, ws),
                    reach=number_text(a.avg_reach),
                    impressions=number_text(a.avg_impressions),
                    er=er,
                    definition=self._definition(str(a.definition)),
                )
            )

    def _definition(self, definition: str) -> str:
        """The ER denominator's name (the workspace stores the English key)."""
        return {"reach": self.tr("reach"), "impressions": self.tr("impressions")}.get(definition, definition)

    def _enable(self, on: bool) -> None:
        for b in (self.md_btn, self.pdf_btn, self.save_btn):
            b.setEnabled(on)

    # ----- rate card edits (undoable)
    def _edit_rate(self, item_id: int, field: str, value: object) -> str:
        cmd = EditRateCommand(self.engine, item_id, field, value, self.notify)
        self.undo_stack.push(cmd)
        self.card_error.setText(cmd.error)
        self.card_error.setVisible(bool(cmd.error))
        return cmd.error

    def add_rate(self, fields: dict[str, object] | None = None) -> None:
        if self.workspace is None:
            return
        if fields is None:
            dlg = _AddRateDialog(self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            fields = dlg.fields
        self.undo_stack.push(AddRateCommand(self.engine, self.workspace.id or 0, fields, self.notify))

    def delete_rate(self) -> None:
        rows = sorted({i.row() for i in self.card_view.selectionModel().selectedRows()})
        if not rows or self.workspace is None:
            return
        item = self.items[rows[0]]
        self.undo_stack.push(DeleteRateCommand(self.engine, self.workspace.id or 0, item.id, self.notify))

    def add_examples(self) -> None:
        if self.workspace is None:
            return
        self.undo_stack.beginMacro(self.tr("Add example rates"))
        for kind, name, pricing, amount, unit in quote_service.EXAMPLE_RATES:
            fields = {"kind": kind, "name": name, "pricing": pricing, "amount": parse_money(amount), "unit": unit}
            self.undo_stack.push(AddRateCommand(self.engine, self.workspace.id or 0, fields, self.notify))
        self.undo_stack.endMacro()

    # ----- outputs
    def export(self, suffix: str, path: Path | None = None) -> Path | None:
        doc = self.document
        if doc is None or not doc.deliverables:
            return None
        if path is None:
            name = (doc.terms.brand or "quote").replace(" ", "-").lower()
            filt = "PDF (*.pdf)" if suffix == ".pdf" else "Markdown (*.md)"
            path_str, _ = QFileDialog.getSaveFileName(self, self.tr("Export quote"), f"quote-{name}{suffix}", filt)
            if not path_str:
                return None
            path = Path(path_str)
            if path.suffix.lower() != suffix:
                path = path.with_suffix(suffix)
        try:
            quote_service.export_quote(doc, path)
        except (quote_service.QuoteError, OSError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Export quote"),
                self.tr("Could not write {path}:\n{reason}").format(path=path, reason=exc),
            )
            return None
        self.notify(self.tr("Quote written to {path}").format(path=path))
        return path

    def save_as_deal(self) -> int | None:
        doc = self.document
        if doc is None or not doc.deliverables or self.workspace is None:
            return None
        if not doc.terms.brand and not doc.terms.title:
            self.error.setText(self.tr("Name the brand (Terms tab) before saving the quote as a deal."))
            return None
        from microcomm_desktop.services.deals import DealData, LineData
        from microcomm_desktop.ui.tabs.deals.commands import SaveDealCommand

        # Same rows as quote_service.save_quote_as_deal, but pushed as an undoable command.
        lines = [
            LineData(kind="deliverable", format=d.format, quantity=d.quantity, unit_price=d.unit_price)
            for d in doc.deliverables
        ]
        for d_line, ln in zip(lines, doc.deliverables, strict=True):
            d_line.amount = ln.unit_price * ln.quantity
        lines += [
            LineData(kind=ln.kind, description=ln.description, amount=ln.amount)
            for ln in doc.lines
            if ln.kind != "deliverable"
        ]
        fields = {
            "brand": doc.terms.brand,
            "creator_name": doc.terms.creator_name,
            "title": doc.terms.title or "Quote",
            "status": "offered",
            "valid_until": doc.terms.valid_until,
            "disclosure_line": doc.terms.disclosure_line,
            "creator_fee": doc.total,
            **{k: v for k, v in doc.terms.texts.items() if v},
        }
        data = DealData(workspace_id=self.workspace.id or 0, fields=fields, lines=lines)
        cmd = SaveDealCommand(self.engine, None, data, self.notify)
        self.undo_stack.push(cmd)
        if cmd.error:
            self.error.setText(cmd.error)
            return None
        self.notify(
            self.tr("Quote saved as an offered deal for {name}").format(name=doc.terms.brand or doc.terms.title)
        )
        return data.id
