"""Issue 18.2 / 17.2: input that passes the format check but cannot be stored (20-digit counts, 30-digit money)
is refused next to the field with the allowed range; a failed save never closes a form or loses what was typed."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QDialogButtonBox

from microcomm_desktop.domain.deals import parse_money
from microcomm_desktop.domain.limits import MAX_COUNT, MAX_MONEY
from microcomm_desktop.domain.validation import non_negative_int, parse_int_loose
from microcomm_desktop.services import deals as deal_svc
from microcomm_desktop.services.posts import check_post_form
from microcomm_desktop.services.reports import parse_week_note
from microcomm_desktop.ui.dialogs.deal_form import DealFormDialog
from microcomm_desktop.ui.dialogs.post_form import PostFormDialog

TWENTY = "12345678901234567890"
THIRTY = "123456789012345678901234567890"


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**25))
def test_counts_parse_only_inside_the_range(value: int) -> None:
    text = f"{value:,}"
    if value <= MAX_COUNT:
        assert parse_int_loose(text) == value
        assert non_negative_int(text, "Reach") is None
    else:
        with pytest.raises(ValueError, match="allowed range is 0 to 999,999,999,999"):
            parse_int_loose(text)
        assert "allowed range" in (non_negative_int(text, "Reach") or "")


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=D(10) ** 31, places=2, allow_nan=False, allow_infinity=False))
def test_money_parses_only_inside_the_range(value: D) -> None:
    if value <= MAX_MONEY:
        assert parse_money(str(value)) == value
    else:
        with pytest.raises(ValueError, match="allowed range is 0 to 999,999,999,999.99"):
            parse_money(str(value))


def test_suffixes_cannot_sneak_past_the_limit() -> None:
    assert parse_int_loose("999.999999999B") == 999_999_999_999
    with pytest.raises(ValueError, match="allowed range"):
        parse_int_loose("1000B")


def test_post_form_refuses_20_digit_counts_next_to_the_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = PostFormDialog({"when": "2026-11-20 18:30", "label": "community"}, [])
    qtbot.addWidget(dlg)
    save = dlg.buttons.button(QDialogButtonBox.StandardButton.Save)
    dlg.edits["reach"].setText(TWENTY)
    assert not save.isEnabled()
    assert "allowed range is 0 to 999,999,999,999" in dlg.msgs["reach"].text()
    dlg.accept()  # Enter / Save with the error: stays open, the typed text stays
    assert dlg.result() == 0 and dlg.edits["reach"].text() == TWENTY
    dlg.edits["reach"].setText("999,999,999,999")
    assert save.isEnabled()
    assert check_post_form({"when": "2026-11-20 18:30", "label": "community", "saves": TWENTY}).errors["saves"]


def test_week_note_refuses_huge_counts_and_money() -> None:
    data, errors = parse_week_note(
        __import__("datetime").date(2026, 11, 23), {"conversions": TWENTY, "revenue": THIRTY, "spend": "12.50"}
    )
    assert data is None
    assert "allowed range" in errors["conversions"] and "allowed range" in errors["revenue"]


def test_deal_form_refuses_30_digit_money_and_20_digit_counts(qtbot, app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    dlg = DealFormDialog(app_ctx.engine, sample_workspace)
    qtbot.addWidget(dlg)
    dlg.brand.setText("Huge")
    dlg.fee.edit.setText(THIRTY)
    dlg.impressions.edit.setText(TWENTY)
    data, ok = dlg.collect()
    assert not ok and data is None
    assert "allowed range is 0 to 999,999,999,999.99" in dlg.fee.error.text()
    assert "allowed range is 0 to 999,999,999,999" in dlg.impressions.error.text()
    dlg._accept()
    assert dlg.result() == 0 and dlg.fee.edit.text() == THIRTY  # open, nothing lost
    dlg.fee.edit.setText("2000")
    dlg.impressions.edit.setText("150,000")
    dlg._add_line(deal_svc.LineData(format="short video", quantity=2, unit_price=D("500")))
    dlg.table.item(0, 1).setText("999999999999")  # quantity fits, quantity x price does not
    data, ok = dlg.collect()
    assert not ok and "allowed range" in dlg.lines_error.text()
    dlg.table.item(0, 1).setText("2")
    data, ok = dlg.collect()
    assert ok and data is not None


def test_a_failed_deal_save_keeps_the_form_open_with_the_text(qtbot, app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    dlg = DealFormDialog(app_ctx.engine, sample_workspace)
    qtbot.addWidget(dlg)
    dlg.brand.setText("Disk full")
    dlg.fee.edit.setText("2000")
    dlg.saver = lambda data: "The disk is full (0 MB free): the change was not saved."
    dlg._accept()
    assert dlg.result() == 0
    assert "disk is full" in dlg.error.text()
    assert dlg.brand.text() == "Disk full" and dlg.fee.edit.text() == "2000"
    saved: list[object] = []
    dlg.saver = lambda data: saved.append(data)  # type: ignore[func-returns-value]
    dlg._accept()
    assert saved and dlg.result() == 1


def test_deal_service_refuses_out_of_range_values(app_ctx, sample_workspace) -> None:  # type: ignore[no-untyped-def]
    data = deal_svc.DealData(workspace_id=sample_workspace.id, fields={"brand": "x", "creator_fee": D(THIRTY)})
    data.fields["actual_impressions"] = 10**19
    errors = deal_svc.validate(data)
    assert "allowed range" in errors["creator_fee"] and "allowed range" in errors["actual_impressions"]
