"""Locale-aware numbers, money, percentages and dates: English keeps the app's forms, the shipped languages
write them as CLDR says."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from microcomm_desktop.domain.formatting import (
    format_date,
    format_datetime,
    format_decimal,
    format_integer,
    format_money,
    format_percent,
)

NBSP = "\xa0"


@pytest.mark.parametrize(
    ("lang", "integer", "decimal", "percent", "money", "day"),
    [
        ("en", "1,234,567", "1,234.5", "12.5%", "€1,234.50", "Sep 27, 2024"),
        ("de", "1.234.567", "1.234,5", f"12,5{NBSP}%", f"1.234,50{NBSP}€", "27.09.2024"),
        ("es", "1.234.567", "1.234,5", f"12,5{NBSP}%", f"1.234,50{NBSP}€", "27 sept 2024"),
        ("pt_BR", "1.234.567", "1.234,5", "12,5%", f"€{NBSP}1.234,50", "27 de set. de 2024"),
    ],
)
def test_each_language_writes_numbers_its_own_way(
    lang: str, integer: str, decimal: str, percent: str, money: str, day: str
) -> None:
    assert format_integer(1_234_567, lang) == integer
    assert format_decimal(1234.5, 1, lang) == decimal
    assert format_percent(0.125, 1, lang) == percent
    assert format_money(Decimal("1234.5"), "EUR", lang) == money
    assert format_date(date(2024, 9, 27), lang) == day
    assert format_datetime(datetime(2024, 9, 27, 14, 5), lang).endswith("14:05")


def test_money_is_not_rounded_before_display() -> None:
    """Decimal in, rounded only in the text, half-up like the Deals tab (CLDR alone would round half-even)."""
    assert format_money(Decimal("10.125"), "USD", "en") == "$10.13"
    assert format_money(Decimal("10.135"), "USD", "de") == f"10,14{NBSP}$"
