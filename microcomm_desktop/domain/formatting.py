"""Numbers, money, percentages and dates written the way the reader's language writes them (CLDR via babel).

Why here and why CLDR: tables, charts, PDF and HTML reports are read by people, and "1.234,5 %" vs "1,234.5%"
or "27. Sept. 2024" vs "Sep 27, 2024" is what makes a report look native; CLDR is where every desktop toolkit
gets those rules. CSV exports are for machines and never use these (ISO dates, dot decimals).

English keeps the app's historical forms exactly (``1,234``, ``12.5%``, ``$1,234.00``, ``Sep 27, 2024``), so
switching the language is the only thing that changes output; the CLDR data loads only for other languages.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

__all__ = [
    "format_date",
    "format_datetime",
    "format_decimal",
    "format_integer",
    "format_money",
    "format_percent",
]


@cache
def _locale(lang: str) -> Any:
    from babel import Locale

    return Locale.parse(lang.replace("-", "_"))


def format_integer(n: int, lang: str = "en") -> str:
    if lang == "en":
        return f"{n:,}"
    from babel.numbers import format_decimal as fd

    return str(fd(n, locale=_locale(lang)))


def format_decimal(x: float | Decimal, places: int = 1, lang: str = "en") -> str:
    if lang == "en":
        return f"{x:,.{places}f}"
    from babel.numbers import format_decimal as fd

    pattern = "#,##0" + ("." + "0" * places if places else "")
    return str(fd(x, format=pattern, locale=_locale(lang)))


def format_percent(ratio: float | Decimal, places: int = 1, lang: str = "en") -> str:
    """``ratio`` 0.125 -> "12.5%" (en), "12,5 %" (de, es), "12,5%" (pt_BR)."""
    if lang == "en":
        return f"{float(ratio) * 100:.{places}f}%"
    from babel.numbers import format_percent as fp

    loc = _locale(lang)
    pattern = str(loc.percent_formats[None].pattern)  # keeps the language's spacing: "12,5 %" in German
    if places:
        pattern = pattern.replace("0", "0." + "0" * places, 1)
    return str(fp(ratio, format=pattern, locale=loc))


def format_money(amount: Decimal, currency: str, lang: str = "en") -> str:
    """A Decimal amount with its currency, rounded only here, half-up to cents like every money figure in the
    app (``deals.round_money``), so a translated report never shows a different cent than the Deals tab."""
    from babel.numbers import format_currency

    from microcomm_desktop.domain.deals import round_money

    loc = _locale("en_US" if lang == "en" else lang)
    return str(format_currency(round_money(amount), currency, locale=loc))


def format_date(d: date, lang: str = "en", width: str = "medium") -> str:
    if lang == "en" and width == "medium":
        return f"{d:%b} {d.day}, {d.year}"
    from babel.dates import format_date as fd

    return str(fd(d, format=width, locale=_locale("en_US" if lang == "en" else lang)))


def format_datetime(dt: datetime, lang: str = "en", width: str = "medium") -> str:
    if lang == "en" and width == "medium":
        return f"{dt:%b} {dt.day}, {dt.year} {dt:%H:%M}"
    from babel.dates import format_time

    loc = _locale("en_US" if lang == "en" else lang)
    return f"{format_date(dt.date(), lang, width)} {format_time(dt, format='short', locale=loc)}"
