"""The ranges every stored count and amount must stay inside, declared once.

Why these numbers: SQLite and PostgreSQL integers are signed 64-bit (max 9.22e18). The app sums counts over
every post of a workspace (reports up to 9999-12-31, the dashboard, CLI ``calc``) and multiplies sums by
1,000 for "per 1,000 reach" figures. A per-post count under one trillion keeps a sum over a million posts
(1e18) inside 64 bits, and the per-1k arithmetic is done in Python/float, so no sum can wrap around. A
platform's biggest real figures (a few billion views) are far below the limit, so nothing real is refused.
Money is a ``Decimal`` stored as text; the limit keeps fees x quantities and blended totals readable and
exact with 2 decimals.

Importers, forms, the CLI and the services all check against these constants; the user sees
``count_range_text()`` / ``money_range_text()`` in the refusal sentence.
"""

from __future__ import annotations

from decimal import Decimal

from microcomm_desktop.domain.formatting import format_decimal, format_integer
from microcomm_desktop.i18n import active_language, translate

__all__ = [
    "MAX_COUNT",
    "MAX_MONEY",
    "count_range_text",
    "count_out_of_range",
    "money_out_of_range",
    "money_range_text",
]

MAX_COUNT: int = 999_999_999_999
"""Largest per-row count (reach, impressions, views, likes, comments, shares, saves, conversions...)."""

MAX_MONEY: Decimal = Decimal("999999999999.99")
"""Largest amount of money in one field (fee, paid media, revenue, rate-card price)."""


def count_range_text() -> str:
    lang = active_language()
    if lang == "en":
        return f"0 to {MAX_COUNT:,}"
    return translate("domain.limits", "{low} to {high}").format(
        low=format_integer(0, lang), high=format_integer(MAX_COUNT, lang)
    )


def money_range_text() -> str:
    lang = active_language()
    if lang == "en":
        return f"0 to {MAX_MONEY:,}"
    return translate("domain.limits", "{low} to {high}").format(
        low=format_integer(0, lang), high=format_decimal(MAX_MONEY, 2, lang)
    )


def count_out_of_range(value: int, field_name: str | None = None) -> str | None:
    """A sentence when ``value`` cannot be stored, else ``None`` (negatives are the caller's rule).

    ``field_name`` is already in the reader's language (a translated label, or the value as typed)."""
    if abs(value) > MAX_COUNT:
        field = field_name if field_name is not None else translate("domain.limits", "This count")
        return translate("domain.limits", "{field} is too large: the allowed range is {range}.").format(
            field=field, range=count_range_text()
        )
    return None


def money_out_of_range(value: Decimal, field_name: str | None = None) -> str | None:
    """A sentence when ``value`` cannot be stored exactly, else ``None``."""
    field = field_name if field_name is not None else translate("domain.limits", "This amount")
    if not value.is_finite():
        return translate("domain.limits", "{field} is not a number.").format(field=field)
    if abs(value) > MAX_MONEY:
        return translate("domain.limits", "{field} is too large: the allowed range is {range}.").format(
            field=field, range=money_range_text()
        )
    return None
