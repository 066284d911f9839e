"""Money and count text for the Deals screens: locale-aware display, strict parsing, inline errors.

Amounts stay ``Decimal`` everywhere; only the final text goes through QLocale (grouping and symbol position
follow the user's locale). The "C" locale (tests, minimal systems) falls back to the domain's plain format.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from microcomm_desktop.domain.deals import NA, format_money, parse_money, round_money
from microcomm_desktop.domain.limits import count_out_of_range, count_range_text
from microcomm_desktop.services.workspaces import WorkspaceRow

ERROR_STYLE = "color: #c0392b"


def money_text(x: Decimal | None, ws: WorkspaceRow | None) -> str:
    """Rounded half-up to cents, then shown the way the user's locale writes currency; "n/a" when undefined."""
    if x is None:
        return NA
    symbol = ws.currency_symbol if ws is not None else "$"
    code = ws.currency_code if ws is not None else "USD"
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        return format_money(x, symbol, code)
    # Cents are exact in a double for any amount a deal can have (< 2^53 cents), so this loses nothing.
    return loc.toCurrencyString(float(round_money(x)), symbol or code, 2)


def number_text(x: int | float | None, decimals: int = 0) -> str:
    if x is None:
        return NA
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        return f"{x:,.{decimals}f}"
    return loc.toString(float(x), "f", decimals)


def parse_count(text: str) -> int:
    """A whole number of 0 or more; accepts "150,000" and "150 000" as people type them."""
    raw = text.strip()
    if not raw:
        raise ValueError("Enter a whole number (0 if none).")
    cleaned = raw.replace(",", "").replace(" ", "").replace("_", "").replace("\u00a0", "")
    if cleaned.startswith("-"):
        raise ValueError("Cannot be negative.")
    if not cleaned.isdigit():
        raise ValueError(f"{raw!r} is not a whole number.")
    if len(cleaned) > 15 or count_out_of_range(int(cleaned)):
        raise ValueError(f"Too large: the allowed range is {count_range_text()}.")
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
            value = parse_money(text)
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
