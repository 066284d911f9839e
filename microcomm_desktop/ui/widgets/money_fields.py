"""Money and count text for the Deals screens: locale-aware display, strict parsing, inline errors.

Amounts stay ``Decimal`` everywhere; only the final text goes through QLocale (grouping and symbol position
follow the user's locale). The "C" locale (tests, minimal systems) falls back to the domain's plain format.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from microcomm_desktop.domain import formatting
from microcomm_desktop.domain.deals import format_money, parse_money, round_money
from microcomm_desktop.domain.limits import count_out_of_range, count_range_text
from microcomm_desktop.i18n import active_language
from microcomm_desktop.services.workspaces import WorkspaceRow

ERROR_STYLE = "color: #c0392b"


def money_text(x: Decimal | None, ws: WorkspaceRow | None) -> str:
    """Rounded half-up to cents, then shown the way the user's locale writes currency; "n/a" when undefined.

    In German, Spanish or Portuguese the amount goes through CLDR (``domain.formatting``, Decimal all the way);
    English keeps the historical QLocale/plain path byte for byte."""
    if x is None:
        return QCoreApplication.translate("money_fields", "n/a")
    symbol = ws.currency_symbol if ws is not None else "$"
    code = ws.currency_code if ws is not None else "USD"
    lang = active_language()
    if lang != "en" and len(code) == 3 and code.isalpha():
        return formatting.format_money(x, code.upper(), lang)
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        return format_money(x, symbol, code)
    # Cents are exact in a double for any amount a deal can have (< 2^53 cents), so this loses nothing.
    return loc.toCurrencyString(float(round_money(x)), symbol or code, 2)


def number_text(x: int | float | None, decimals: int = 0) -> str:
    if x is None:
        return QCoreApplication.translate("money_fields", "n/a")
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        return f"{x:,.{decimals}f}"
    return loc.toString(float(x), "f", decimals)


def decimal_text(x: float | Decimal, places: int = 2) -> str:
    """A ratio such as ROAS: English as always (``2.50``, no grouping), other languages the CLDR way (``2,50``)."""
    lang = active_language()
    return f"{x:.{places}f}" if lang == "en" else formatting.format_decimal(x, places, lang)


def percent_text(pct: float | Decimal, places: int = 0) -> str:
    """A share already in percent (``62.5``): ``62%`` in English as always, ``62 %`` in German."""
    lang = active_language()
    return f"{pct:.{places}f}%" if lang == "en" else formatting.format_percent(Decimal(str(pct)) / 100, places, lang)


def date_text(d: date | None) -> str:
    """A date in a table: ISO in English as always (it sorts as text), the CLDR medium form in other languages."""
    if d is None:
        return ""
    lang = active_language()
    return d.isoformat() if lang == "en" else formatting.format_date(d, lang)


# German, Spanish and Brazilian Portuguese write 2.000,50: a dot groups thousands, a comma starts the cents.
_LOCAL_GROUPED = re.compile(r"\d{1,3}(\.\d{3})+(,\d*)?")
_LOCAL_PLAIN = re.compile(r"\d+(,\d*)?|,\d+")
_NUMBER_PART = re.compile(r"[\d.,]+")


def parse_amount(text: str) -> Decimal:
    """An amount as the reader writes it: English as ``domain.deals.parse_money`` reads it ("2,000.50"); in the
    other shipped languages "2.000,50", "2000,5" and "2.000" (two thousand) first.

    Why not one rule for all: the same keys mean opposite things ("2.000" is two thousand in German, two in
    English), so the reading follows the language the window speaks. Only a text no local reading fits
    ("1500.00", "2,000.50": a dot not followed by groups of three) is read the English way, which is then the
    only reading it has.
    """
    lang = active_language()
    if lang == "en":
        return parse_money(text)
    numbers = _NUMBER_PART.findall(text)
    if len(numbers) == 1 and "-" not in text and not text.strip().startswith("("):
        number = numbers[0]
        if _LOCAL_GROUPED.fullmatch(number) or _LOCAL_PLAIN.fullmatch(number):
            return parse_money(text.replace(number, number.replace(".", "").replace(",", "."), 1))
    # No local reading fits: "1500.00" as the app itself prefills, "2,000.50" pasted from an English document.
    example = formatting.format_decimal(Decimal("2000.50"), 2, lang)
    if not text.strip():
        raise ValueError(
            QCoreApplication.translate("money_fields", "Enter an amount, for example {example}.").format(
                example=example
            )
        )
    if "-" in text or text.strip().startswith("("):
        raise ValueError(QCoreApplication.translate("money_fields", "An amount cannot be negative."))
    try:
        return parse_money(text)
    except ValueError as exc:
        if "out of range" in str(exc) or "allowed range" in str(exc):
            raise  # the shared limits sentence
        raise ValueError(
            QCoreApplication.translate("money_fields", "“{text}” is not an amount. Write it like {example}.").format(
                text=text.strip(), example=example
            )
        ) from exc


def amount_input_text(x: Decimal) -> str:
    """An amount put into an edit field, written so ``parse_amount`` reads it back as the same number: the
    reason a stored 1.500 must show as "1,500" in German (as "1.500" it would come back as fifteen hundred)."""
    text = f"{x:f}"
    return text if active_language() == "en" else text.replace(".", ",")


def parse_count(text: str) -> int:
    """A whole number of 0 or more; accepts "150,000" and "150 000" as people type them (in German, Spanish
    and Portuguese "150.000"; a comma there would be a decimal, so it is refused)."""
    raw = text.strip()
    if not raw:
        raise ValueError(QCoreApplication.translate("money_fields", "Enter a whole number (0 if none)."))
    if active_language() != "en":
        compact = "".join(raw.split()).replace("_", "")
        if "," in compact or ("." in compact and not _LOCAL_GROUPED.fullmatch(compact)):
            raise ValueError(
                QCoreApplication.translate("money_fields", "“{text}” is not a whole number.").format(text=raw)
            )
        raw = compact.replace(".", "")
    cleaned = raw.replace(",", "").replace(" ", "").replace("_", "").replace("\u00a0", "")
    if cleaned.startswith("-"):
        raise ValueError(QCoreApplication.translate("money_fields", "Cannot be negative."))
    if not cleaned.isdigit():
        if active_language() != "en":
            raise ValueError(
                QCoreApplication.translate("money_fields", "“{text}” is not a whole number.").format(text=text.strip())
            )
        raise ValueError(f"{raw!r} is not a whole number.")
    if len(cleaned) > 15 or count_out_of_range(int(cleaned)):
        raise ValueError(
            QCoreApplication.translate("money_fields", "Too large: the allowed range is {range}.").format(
                range=count_range_text()
            )
        )
    return int(cleaned)


class CheckedField:
    """A line edit with its own error label: bad input is explained next to the field and nothing is lost."""

    def __init__(self, edit: QLineEdit, error: QLabel) -> None:
        self.edit = edit
        self.error = error

    @classmethod
    def make(cls, parent: QWidget | None, placeholder: str = "", tooltip: str = "") -> CheckedField:
        edit = QLineEdit(parent)
        edit.setPlaceholderText(placeholder)
        edit.setToolTip(tooltip)
        error = QLabel(parent)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setVisible(False)
        return cls(edit, error)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def money(self, optional: bool = True) -> tuple[bool, Decimal | None]:
        """(ok, value): empty is ``None`` when optional; errors are shown and (False, None) returned."""
        text = self.edit.text()
        if not text.strip() and optional:
            self.show_error("")
            return True, None
        try:
            value = parse_amount(text)
        except ValueError as exc:
            self.show_error(str(exc))
            return False, None
        self.show_error("")
        return True, value

    def count(self, optional: bool = True) -> tuple[bool, int | None]:
        text = self.edit.text()
        if not text.strip() and optional:
            self.show_error("")
            return True, None
        try:
            value = parse_count(text)
        except ValueError as exc:
            self.show_error(str(exc))
            return False, None
        self.show_error("")
        return True, value
