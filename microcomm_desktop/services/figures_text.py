"""Figures and dates as the Dashboard, the Insights tab and the reports show them to people, in the active language.

Why one module: the scorecard table, its tooltips, the charts and the exported report must write the same
figure the same way (a German reader sees "12,5" everywhere, never "12.5" in one place and "12,5" in another),
and English must stay byte-identical to what these screens wrote before they were translated, so every helper
keeps the historical English form on its own code path and uses ``domain/formatting.py`` (CLDR) otherwise.
Display only: CSV exports and stored values never go through here (ISO dates, dot decimals).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from microcomm_desktop.domain import formatting, metrics
from microcomm_desktop.i18n import QT_TRANSLATE_NOOP, TranslatedLabels, active_language, translate

__all__ = [
    "band_action",
    "band_edge",
    "day_month",
    "day_month_year",
    "decimal_text",
    "er_denominator",
    "integer",
    "money",
    "na",
    "rate",
    "weekday_short",
    "weekday_day_month_year",
]


def _skeleton(d: date, skeleton: str, lang: str) -> str:
    from babel.dates import format_skeleton

    return str(format_skeleton(skeleton, d, locale=lang))


def day_month(d: date) -> str:
    """ "05 Oct" (en), "5. Okt." (de), "5 oct" (es), "5 de out." (pt_BR)."""
    lang = active_language()
    return f"{d:%d %b}" if lang == "en" else _skeleton(d, "MMMd", lang)


def day_month_year(d: date) -> str:
    """ "05 Oct 2026" (en), "5. Okt. 2026" (de)."""
    lang = active_language()
    return f"{d:%d %b %Y}" if lang == "en" else _skeleton(d, "yMMMd", lang)


def weekday_day_month_year(d: date) -> str:
    """ "Mon 05 Oct 2026" (en), "Mo., 5. Okt. 2026" (de)."""
    lang = active_language()
    return f"{d:%a %d %b %Y}" if lang == "en" else _skeleton(d, "yMMMEd", lang)


def na() -> str:
    """The word for a figure that cannot be computed ("n/a")."""
    return translate("services.figures_text", "n/a")


def integer(n: int) -> str:
    """A count with the language's digit grouping: 12,345 (en), 12.345 (de)."""
    lang = active_language()
    return f"{n:,}" if lang == "en" else formatting.format_integer(n, lang)


def decimal_text(x: float | Decimal, places: int = 2) -> str:
    """A plain decimal without grouping in English (as the screens always wrote it), the CLDR way otherwise."""
    lang = active_language()
    return f"{x:.{places}f}" if lang == "en" else formatting.format_decimal(x, places, lang)


def rate(value: float | None, decimals: int = 2, suffix: str = "") -> str:
    """``metrics.format_rate`` in the active language: "n/a" for a missing figure, no "-0"."""
    lang = active_language()
    if lang == "en":
        return metrics.format_rate(value, decimals, suffix)
    if value is None:
        return na()
    rounded = round(float(value), decimals)
    if rounded == 0:
        rounded = 0.0  # "-0,00" looks like a bug, as in English
    if suffix == "%":
        return formatting.format_percent(rounded / 100, decimals, lang)
    return formatting.format_decimal(rounded, decimals, lang) + suffix


def er_denominator(definition: str) -> str:
    """The workspace's ER denominator ("reach" or "impressions", a stored setting) as a word for the reader."""
    if definition == "reach":
        return translate("services.figures_text", "reach")
    if definition == "impressions":
        return translate("services.figures_text", "impressions")
    return definition


def band_edge(x: float) -> str:
    """A band limit as typed ("3", "12.5"): ``{x:g}`` in English, the language's decimal comma otherwise."""
    lang = active_language()
    if lang == "en":
        return f"{x:g}"
    from babel.numbers import format_decimal

    return str(format_decimal(x, format="#,##0.###", locale=lang))


# The benchmark bands' advice (``metrics.BENCHMARKS``), keyed by its English text.
_BAND_ACTION_NAMES = TranslatedLabels(
    "domain.metrics",
    {
        a: a
        for a in (
            QT_TRANSLATE_NOOP("domain.metrics", "tighten hook, add a clear ask, narrow topic"),
            QT_TRANSLATE_NOOP(
                "domain.metrics", "offer two or three concrete options, ask for a number or a choice, post the result"
            ),
            QT_TRANSLATE_NOOP("domain.metrics", "turn advice into checklists, templates, step sequences"),
            QT_TRANSLATE_NOOP("domain.metrics", "ask for specifics, offer two answer options, respond fast"),
            QT_TRANSLATE_NOOP("domain.metrics", "add rituals, highlight members, shared challenge"),
        )
    },
)


def band_action(action: str) -> str:
    """The advice of a benchmark band (``metrics.BENCHMARKS``: stored and compared in English) for the reader.

    Only the display is translated here, so the domain's table and every value derived from it stay as they are;
    an advice this table does not know (none today) is shown as it is.
    """
    return _BAND_ACTION_NAMES.get(action, action)


def weekday_short(index: int) -> str:
    """Short weekday name (0 = Monday): "Mon" in English as before, the CLDR abbreviation otherwise ("Mo.")."""
    lang = active_language()
    if lang == "en":
        return ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[index]
    from babel.dates import get_day_names

    return str(get_day_names("abbreviated", locale=lang)[index])


def money(amount: Decimal | None, symbol: str, code: str) -> str:
    """A workspace's money figure: ``deals.format_money`` in English ("$5,000.00"), CLDR otherwise ("5.000,00 $")."""
    from microcomm_desktop.domain.deals import format_money

    lang = active_language()
    if lang == "en":
        return format_money(amount, symbol, code)
    if amount is None:
        return na()
    if not code:
        return decimal_text(amount, 2) + (f" {symbol}" if symbol else "")
    return formatting.format_money(amount, code, lang)
