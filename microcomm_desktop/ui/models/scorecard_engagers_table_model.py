"""Top engagers / fading regulars as a table model (handles, active days, last seen)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from microcomm_desktop.services.engager_insights import EngagerRow
from microcomm_desktop.ui.models.base_table_model import BaseTableModel, Column

COL_HANDLE, COL_DAYS, COL_INTERACTIONS, COL_LAST = range(4)


def _handle_tip(r: EngagerRow) -> str:
    tip = f"{r.platform}: @{r.handle}"
    if r.power_member:
        tip += QCoreApplication.translate("EngagerListModel", " — marked as power member")
    return tip


class EngagerListModel(BaseTableModel[EngagerRow]):
    def __init__(self, days_tip: str, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    QCoreApplication.translate("EngagerListModel", "Handle"),
                    lambda r: r.handle,
                    display=lambda r: f"@{r.handle}" + ("  ★" if r.power_member else ""),
                    tooltip=_handle_tip,
                ),
                Column(
                    QCoreApplication.translate("EngagerListModel", "Active days"),
                    lambda r: r.active_days,
                    display=lambda r: str(r.active_days),
                    header_tooltip=days_tip,
                ),
                Column(
                    QCoreApplication.translate("EngagerListModel", "Interactions"),
                    lambda r: r.interactions,
                    display=lambda r: str(r.interactions),
                ),
                Column(
                    QCoreApplication.translate("EngagerListModel", "Last seen"),
                    lambda r: r.last_seen.isoformat() if r.last_seen else "",
                ),
            ],
            parent,
        )
        self.days_tip = days_tip
