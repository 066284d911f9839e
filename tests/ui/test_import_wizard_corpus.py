"""The import wizard on a corpus shape: an engagers file whose dates read both ways asks for the order."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from microcomm_desktop.services import importing
from microcomm_desktop.ui.dialogs.import_wizard import ImportDialog

TODAY = date(2026, 12, 5)


def test_engagers_wizard_offers_the_date_order(qtbot, app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "engagers.csv"
    head = "platform,handle,first seen,last seen,power member,notes\n"
    path.write_text(head + "instagram,ana,03/06/2026,04/06/2026,yes,\n")
    dlg = ImportDialog(app_ctx.engine, workspace.id, path, importing.load_table(path), kind="engagers", today=TODAY)
    qtbot.addWidget(dlg)
    assert dlg.plan.needs_date_order and not dlg.import_btn.isEnabled()
    dlg.order_combo.setCurrentIndex(dlg.order_combo.findData("dmy"))
    assert not dlg.plan.needs_date_order and dlg.import_btn.isEnabled()
    assert dlg.plan.convert(0).values["first_seen"] == date(2026, 6, 3)
    with qtbot.waitSignal(dlg.imported, timeout=10000):
        dlg.import_btn.click()
    assert "Inserted 1" in dlg.report_summary.text()
