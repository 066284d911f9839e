"""The week notes' number fields as the reader writes them: "12,5" in German is twelve and a half.

Why here and not in ``services.reports.parse_week_note``: the service reads the CLI's and the files' dot decimals
and must not guess; the window knows which language the person types in. English is passed through unchanged
(byte-identical behaviour); in another language the money fields follow the Deals tab's ``parse_amount``, the
DM reply rate takes a decimal comma, a count takes the local digit grouping, and a text that reads two ways is
refused with a sentence, never guessed.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from microcomm_desktop.i18n import active_language
from microcomm_desktop.services import reports
from microcomm_desktop.ui.widgets.money_fields import parse_amount

PERCENT_FIELD = "dm_reply_rate_pct"
NUMBER_FIELDS = (*reports.NOTE_INT_FIELDS, PERCENT_FIELD, *reports.NOTE_MONEY_FIELDS)
DECIMAL_FIELDS = (PERCENT_FIELD, *reports.NOTE_MONEY_FIELDS)
_DOT_DECIMAL = re.compile(r"\d+\.\d+")


def shown(name: str, text: str) -> str:
    """A stored value ("12.5", "1500.00") as the reader writes it ("12,5", "1500,00")."""
    if active_language() == "en" or name not in DECIMAL_FIELDS or not _DOT_DECIMAL.fullmatch(text.strip()):
        return text
    return text.strip().replace(".", QLocale().decimalPoint())


def _read_count(text: str) -> tuple[str, str | None]:
    """A count in the reader's digits: "1.500" is 1500 in German (the only whole-number reading); "1,500" is one
    and a half there but fifteen hundred in English, so it is refused rather than guessed."""
    raw = text.strip()
    loc = QLocale()
    group, point = re.escape(loc.groupSeparator()), re.escape(loc.decimalPoint())
    if re.fullmatch(rf"\d{{1,3}}({group}\d{{3}})+", raw):
        return re.sub(group, "", raw), None
    if re.fullmatch(rf"\d+{point}\d+", raw):
        return text, QCoreApplication.translate(
            "note_numbers", "“{value}” is not a whole number here; write it like {example}."
        ).format(value=raw, example=loc.toString(1500))
    return text, None


def read(name: str, text: str) -> tuple[str, str | None]:
    """(the text as the service reads it, or a sentence saying why it is refused)."""
    raw = text.strip()
    if active_language() == "en" or not raw:
        return text, None
    if name in reports.NOTE_INT_FIELDS:
        return _read_count(text)
    if name not in DECIMAL_FIELDS:
        return text, None
    if name != PERCENT_FIELD:
        try:
            return str(parse_amount(raw)), None
        except ValueError as exc:
            return text, str(exc)
    number = raw.rstrip("%").strip()
    if re.fullmatch(r"\d+([.,]\d+)?", number):
        if "." in number and re.fullmatch(r"\d{1,3}\.\d{3}", number):  # "1.500": 1500 or 1.5?
            return text, QCoreApplication.translate(
                "note_numbers", "“{value}” can be read two ways; write the rate with a decimal comma, e.g. {example}."
            ).format(value=number, example=QLocale().toString(12.5, "f", 1))
        return number.replace(",", "."), None
    return text, QCoreApplication.translate(
        "note_numbers", "“{value}” is not a percent; write it like {example}."
    ).format(value=number, example=QLocale().toString(12.5, "f", 1))
