"""Input validators shared by forms and the CSV importer.

Validators return a user-facing message (or ``None`` when fine) instead of raising, so a form can collect
every problem at once; ``parse_int_loose`` raises because the importer needs the value or the reason.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from microcomm_desktop.domain.formatting import format_integer
from microcomm_desktop.domain.limits import count_out_of_range
from microcomm_desktop.i18n import active_language, translate

__all__ = [
    "non_negative_int",
    "parse_int_loose",
    "reach_vs_impressions",
    "required",
]

_SCIENTIFIC = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$")
_SUFFIXES = {"k": 1_000, "m": 1_000_000, "b": 1_000_000_000}
_NUMBER_WITH_SUFFIX = re.compile(r"^([+-]?)(\d+(?:\.\d*)?|\.\d+)([kKmMbB]?)$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?([kKmMbB]?)$")
_DOT_GROUPED = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+$")
# Spaces people and spreadsheets use as thousands separators (normal, no-break, thin, narrow no-break).
_SPACES = re.compile(r"[ \u00a0\u2009\u202f_]")


def parse_int_loose(text: str) -> int:
    """Read counts the way platforms and spreadsheets display them ("15,000", "1.2K", "3M", " 42 ").

    Values beyond ``domain.limits.MAX_COUNT`` are refused with the allowed range: they cannot be added up.

    Scientific notation is refused outright: it is what Excel does to long IDs and big counts
    (1.22158E+17), and the digits it dropped cannot be recovered — importing it would silently corrupt data.
    "1.234" is refused as ambiguous (European thousands or a decimal?) rather than guessed.
    """
    raw = text.strip()
    if not raw:
        raise ValueError(translate("domain.validation", "Enter a whole number."))
    if _SCIENTIFIC.match(raw):
        raise ValueError(
            translate(
                "domain.validation",
                "{value} is in scientific notation — Excel has rounded this number and lost digits. "
                "Format the column as Text (or Number with 0 decimals) in the spreadsheet and export again.",
            ).format(value=repr(raw))
        )
    compact = _SPACES.sub("", raw)
    if _DOT_GROUPED.match(compact):
        raise ValueError(
            translate("domain.validation", "{value} is ambiguous: write it as {digits} or with commas.").format(
                value=repr(raw), digits=compact.replace(".", "")
            )
        )
    if "," in compact:
        if not _GROUPED.match(compact):
            raise ValueError(
                translate(
                    "domain.validation", "{value} is not a number: use commas only between groups of three digits."
                ).format(value=repr(raw))
            )
        compact = compact.replace(",", "")
    match = _NUMBER_WITH_SUFFIX.match(compact)
    if not match:
        raise ValueError(
            translate("domain.validation", "{value} is not a number. Examples that work: 42, 15,000, 1.2K, 3M.").format(
                value=repr(raw)
            )
        )
    sign, digits, suffix = match.groups()
    try:
        value = Decimal(digits) * _SUFFIXES.get(suffix.lower(), 1)
    except InvalidOperation as exc:  # pragma: no cover - the regex guarantees a valid literal
        raise ValueError(translate("domain.validation", "{value} is not a number.").format(value=repr(raw))) from exc
    if value != value.to_integral_value():
        raise ValueError(translate("domain.validation", "{value} is not a whole number.").format(value=repr(raw)))
    if problem := count_out_of_range(int(value), f"{raw!r}"):  # 20 digits: refused here, never a broken sum later
        raise ValueError(problem)
    return -int(value) if sign == "-" else int(value)


def required(text: str | None, field_name: str) -> str | None:
    """Blank (or whitespace-only) counts as missing, since it would be stored as an empty name otherwise."""
    if text is None or not text.strip():
        return translate("domain.validation", "{field} is required.").format(field=field_name)
    return None


def non_negative_int(text: str | None, field_name: str) -> str | None:
    """Counts such as reach or saves; blank is accepted (an unknown figure) — pair with ``required`` if not."""
    if text is None or not text.strip():
        return None
    try:
        value = parse_int_loose(text)
    except ValueError as exc:
        return f"{field_name}: {exc}"
    if value < 0:
        return translate("domain.validation", "{field} cannot be negative.").format(field=field_name)
    return None


def reach_vs_impressions(reach: int | None, impressions: int | None) -> str | None:
    """Impressions count repeat views, so they cannot be below reach — usually two swapped columns."""
    if reach is None or impressions is None:
        return None
    if reach > impressions:
        lang = active_language()
        return translate(
            "domain.validation",
            "Reach ({reach}) is higher than impressions ({impressions}). Impressions include repeat "
            "views, so they are normally at least the reach — check that the two are not swapped.",
        ).format(reach=format_integer(reach, lang), impressions=format_integer(impressions, lang))
    return None
