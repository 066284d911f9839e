"""The selected creator's deals with blended CPM/CPA, and linking a deal of the workspace to them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from microcomm_desktop.services import creators as svc
from microcomm_desktop.ui.events import ChangeArea
from microcomm_desktop.ui.models.creator_table_model import CreatorDealsModel, shown_money
from microcomm_desktop.ui.tabs.creators import commands as cmds

if TYPE_CHECKING:
    from microcomm_desktop.ui.tabs.creators.page import CreatorsTab


class CreatorDealsPanel(QGroupBox):
    def __init__(self, tab: CreatorsTab) -> None:
        super().__init__()
        self.setTitle(self.tr("Deals — blended = creator fees + paid media"))
        self.tab = tab
        self.deals_model = CreatorDealsModel(self)
        self.deals_view = QTableView()
        self.deals_view.setModel(self.deals_model)
        self.deals_view.verticalHeader().setVisible(False)
        self.deals_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deals_view.horizontalHeader().setStretchLastSection(True)
        self.deals_view.setMinimumHeight(90)
        self.deals_view.setMaximumHeight(170)
        self.deal_pick = QComboBox()
        self.deal_pick.setToolTip(self.tr("Deals of this workspace not linked to this creator"))
        self.link_btn = QPushButton(self.tr("Link deal"))
        self.link_btn.clicked.connect(self.link_selected_deal)
        self.unlink_btn = QPushButton(self.tr("Unlink selected"))
        self.unlink_btn.clicked.connect(self.unlink_selected_deal)
        self.deals_note = QLabel("")
        self.deals_note.setWordWrap(True)
        self.setMaximumHeight(270)
        dl = QVBoxLayout(self)
        dl.addWidget(self.deals_view, 1)
        lk = QHBoxLayout()
        lk.addWidget(self.deal_pick, 1)
        lk.addWidget(self.link_btn)
        lk.addWidget(self.unlink_btn)
        dl.addLayout(lk)
        dl.addWidget(self.deals_note)

    def clear(self) -> None:
        self.deals_model.set_rows([], svc.summarise_deals([]), "$", "USD")

    def show_detail(self, detail: svc.CreatorDetail, creator_id: int) -> None:
        self.deals_model.set_rows(detail.deals, detail.deal_summary, detail.currency_symbol, detail.currency_code)
        self.deals_view.resizeColumnsToContents()
        s = detail.deal_summary
        self.deals_note.setText(
            self.tr("No deals linked yet — link one below or pick this creator in a deal on the Deals tab.")
            if not detail.deals
            else self.tr(
                "Over all %n deal(s): blended CPM {cpm} (cost of deals reporting impressions ÷ their impressions), "
                "blended CPA {cpa} (deals reporting conversions).",
                "",
                s.deals,
            ).format(
                cpm=shown_money(s.cpm, detail.currency_symbol, detail.currency_code),
                cpa=shown_money(s.cpa, detail.currency_symbol, detail.currency_code),
            )
        )
        self.deal_pick.clear()
        for deal_id, label, cid in svc.linkable_deals(self.tab.ctx.engine, detail.workspace_id):
            if cid != creator_id:
                shown = self.tr("{deal} (linked to another creator)").format(deal=label) if cid else label
                self.deal_pick.addItem(shown, deal_id)
        self.link_btn.setEnabled(self.deal_pick.count() > 0)

    def link_selected_deal(self) -> None:
        deal_id = self.deal_pick.currentData()
        if deal_id is None or self.tab.current_id is None:
            return
        self._link(int(deal_id), self.tab.current_id)

    def unlink_selected_deal(self) -> None:
        ix = self.deals_view.currentIndex()
        if not ix.isValid() or ix.row() >= len(self.deals_model.rows):
            return
        self._link(self.deals_model.rows[ix.row()].id, None)

    def _link(self, deal_id: int, creator_id: int | None) -> None:
        try:
            old = svc.link_deal(self.tab.ctx.engine, deal_id, creator_id)
        except svc.CreatorError as exc:
            self.tab.report_error(str(exc))
            return
        self.tab.undo_stack.push(cmds.LinkDeal(self.tab, deal_id, old, creator_id, self.tab.current_id or 0))
        self.tab.after_write(self.tab.current_id)
        if self.tab.workspace_id is not None:
            self.tab.ctx.bus.changed(ChangeArea.DEALS, self.tab.workspace_id)
