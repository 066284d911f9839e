"""Numbers, IDs and dates the way platform exports write them.

Every parser either returns a value or raises ``ValueError`` with a sentence the user can act on; nothing
guesses silently (an Excel-rounded ID or an ambiguous date is reported, not stored wrong).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Literal

from microcomm_desktop.domain.validation import parse_int_loose

__all__ = ["DateOrder", "ParsedWhen", "number_style", "parse_count", "parse_external_id", "parse_when", "resolve_year"]

DateOrder = Literal["mdy", "dmy"]

_SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d+)?[eE][+-]?\d+$")
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            # English, then the spellings of localized exports (es, pt, de, fr, it, nl): platforms write the
            # month in the account's language ("10 de febrero", "27. September 2024", "27 sept. 2024").
            (
                "jan",
                "january",
                "ene",
                "enero",
                "janeiro",
                "januar",
                "jän",
                "janv",
                "janvier",
                "gen",
                "gennaio",
                "januari",
            ),
            (
                "feb",
                "february",
                "febrero",
                "fev",
                "fevereiro",
                "februar",
                "févr",
                "fevr",
                "février",
                "fevrier",
                "febbraio",
                "februari",
            ),
            ("mar", "march", "marzo", "março", "marco", "märz", "maerz", "mrz", "mars", "maart", "mrt"),
            ("apr", "april", "abr", "abril", "avr", "avril", "aprile"),
            ("may", "mayo", "mai", "maio", "mag", "maggio", "mei"),
            ("jun", "june", "junio", "junho", "juni", "juin", "giu", "giugno"),
            ("jul", "july", "julio", "julho", "juli", "juil", "juillet", "lug", "luglio"),
            ("aug", "august", "ago", "agosto", "août", "aout", "augustus"),
            ("sep", "sept", "september", "septiembre", "setiembre", "set", "setembro", "septembre", "settembre"),
            ("oct", "october", "octubre", "out", "outubro", "okt", "oktober", "octobre", "ott", "ottobre"),
            ("nov", "november", "noviembre", "novembro", "novembre"),
            (
                "dec",
                "december",
                "dic",
                "diciembre",
                "dez",
                "dezembro",
                "dezember",
                "déc",
                "décembre",
                "decembre",
                "dicembre",
            ),
        ]
    )
    for m in names
}
# An English weekday ("Tue, Jul 14") or any word followed by a comma (a localized weekday: "Di., 14. Juli").
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s*|[^\W\d_]+\.?,\s*)"
_TIME = r"(?:[,\s]+(?:(?:at|um|à|a las|às|alle)\s+)?(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?"
_TZ = r"\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?"
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t\s](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?" + _TZ + "$")
_SLASH = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})[/.-](\d{2,4})\.?" + _TIME + "$")
_YMD_SLASH = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})" + _TIME + _TZ + "$")
_CONNECTOR = re.compile(r"(?<![^\W\d_])(?:de|del|of)(?![^\W\d_])\.?")
_NAME_MDY = re.compile(
    r"^" + f"(?:{_WEEKDAY})?" + r"([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?" + _TIME + _TZ + "$"
)
_NAME_DMY = re.compile(
    r"^" + f"(?:{_WEEKDAY})?" + r"(\d{1,2})(?:st|nd|rd|th|\.)?\s*([^\W\d_]+)\.?(?:,?\s+(\d{4}))?" + _TIME + _TZ + "$"
)


_DOT_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?\s*[kKmM]?$")  # 1.234 / 1.234.567 / 1.234,0
_COMMA_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?\s*[kKmM]?$")  # 1,234 / 1,234.0
_COMMA_DECIMAL = re.compile(r"^[+-]?\d+,\d{1,2}\s*[kKmM]?$")  # 1,2K / 12,5 (never three digits: 1,234)
_POINT_DECIMAL = re.compile(r"^[+-]?\d+\.\d{1,2}\s*[kKmM]?$")  # 1.2K / 4210.0
_BLANKS = ("-", "--", "—", "–", "n/a", "N/A", "null", "None")


def number_style(cells: list[str]) -> bool | None:
    """Whether a file writes numbers European style ("1.234" = a thousand and more, "1,2K"), from its cells.

    ``True``: decimal comma; ``False``: decimal point; ``None``: nothing in the sample tells (plain digits) or
    the sample contradicts itself — then "1.234" stays refused as ambiguous rather than guessed.
    """
    comma = point = False
    for raw in cells:
        c = raw.strip().replace("\u00a0", "").replace("\u202f", "")
        if _DOT_THOUSANDS.match(c) or _COMMA_DECIMAL.match(c):
            comma = True
        elif _COMMA_THOUSANDS.match(c) or (_POINT_DECIMAL.match(c) and not _DOT_THOUSANDS.match(c)):
            point = True
    if comma and not point:
        return True
    if point and not comma:
        return False
    return None


def parse_count(text: str, decimal_comma: bool = False) -> int | None:
    """A non-negative count; blank (or the "--" exports write for "no data") means unknown (``None``).

    ``decimal_comma`` reads the file's numbers European style (see ``number_style``): "1.234" is 1234 and
    "1,2K" is 1200; a value that does not fit that style is refused rather than reinterpreted.
    """
    if text is None or not text.strip() or text.strip() in _BLANKS:
        return None
    raw = text.strip()
    if decimal_comma:
        compact = raw.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
        if _COMMA_THOUSANDS.match(compact) and not _COMMA_DECIMAL.match(compact):
            raise ValueError(
                f"{raw!r} uses a comma between thousands, but this file writes decimals with a comma; check the column."
            )
        raw = compact.replace(".", "").replace(",", ".")
    value = parse_int_loose(raw)
    if value < 0:
        raise ValueError(f"{text.strip()!r} is negative; counts cannot be below zero.")
    return value


def parse_external_id(text: str) -> str | None:
    """A platform post id kept as text (ids exceed float precision, so never as a number).

    Excel shows long ids as "1.22158E+17" and saves them that way: the digits are gone, so the id is refused
    with an explanation instead of being stored as a wrong id that would match the wrong post later.
    """
    raw = (text or "").strip().strip("'\"")
    if not raw:
        return None
    if _SCIENTIFIC.match(raw):
        raise ValueError(
            f"The id {raw!r} was rounded by Excel (scientific notation); its digits are lost. "
            "Open the original export without Excel, or format the column as Text before saving."
        )
    if raw.endswith(".0") and raw[:-2].isdigit():
        raw = raw[:-2]  # a spreadsheet that read the id as a number but kept all digits
    return raw[:64]


@dataclass(frozen=True, slots=True)
class ParsedWhen:
    """A parsed date/time. ``value`` is naive local time unless the text had an offset (then aware)."""

    value: datetime
    year_missing: bool = False
    has_time: bool = True


def _month(name: str) -> int:
    m = _MONTHS.get(name.lower().rstrip("."))
    if m is None:
        raise ValueError(f"{name!r} is not a month name.")
    return m


def _tz(token: str | None) -> timezone | None:
    if not token:
        return None
    token = token.lower()
    if token in ("z", "utc", "gmt"):
        return UTC
    sign = 1 if token[0] == "+" else -1
    digits = token[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _hm(hh: str | None, mm: str | None, ss: str | None, ampm: str | None) -> tuple[int, int, int]:
    if hh is None:
        return 0, 0, 0
    h, m, s = int(hh), int(mm or 0), int(ss or 0)
    if ampm:
        if not 1 <= h <= 12:
            raise ValueError(f"{h} is not an hour on a 12-hour clock.")
        pm = ampm.lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
    return h, m, s


def _build(y: int, mo: int, d: int, h: int, mi: int, s: int, tz: timezone | None, text: str) -> datetime:
    try:
        return datetime(y, mo, d, h, mi, s, tzinfo=tz)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a real date/time ({exc}).") from exc


def parse_when(text: str, order: DateOrder = "mdy", year: int = 2000) -> ParsedWhen:
    """Parse the date formats of the platform exports (ISO, "Sep 27, 2024", "Tue, Jul 14, 2026",
    "09/27/2024 14:30", "2020-07-14 15:30 +0000", "27 September").

    ``order`` decides slash dates only when both parts could be the month; ``year`` fills a date written
    without one, and ``year_missing`` tells the caller to resolve it (see ``resolve_year``).
    """
    raw = " ".join((text or "").strip().split())
    if not raw:
        raise ValueError("The date is empty; every post needs its publish date.")
    if len(raw) >= 16 and raw[4] == "-" and raw[10] in "T ":
        try:  # the common ISO case at C speed (a million interaction rows spend most parse time here)
            return ParsedWhen(datetime.fromisoformat(raw))
        except ValueError:
            pass
    low = raw.lower()
    if _SCIENTIFIC.match(low) or re.fullmatch(r"\d{5}(\.\d+)?", low):
        raise ValueError(f"{raw!r} is a spreadsheet serial number, not a date; export the column as text.")
    m = _ISO.match(low)
    if m:
        y, mo, d, hh, mi, ss, tz = m.groups()
        h, mn, s = _hm(hh, mi, ss, None)
        return ParsedWhen(_build(int(y), int(mo), int(d), h, mn, s, _tz(tz), raw), has_time=hh is not None)
    m = _YMD_SLASH.match(low)
    if m:
        y, mo_, d_, hh, mi, ss, ampm, tz = m.groups()
        h, mn, s = _hm(hh, mi, ss, ampm)
        return ParsedWhen(_build(int(y), int(mo_), int(d_), h, mn, s, _tz(tz), raw), has_time=hh is not None)
    m = _SLASH.match(low)
    if m:
        a, sep, b, y, hh, mi, ss, ampm = m.groups()
        first, second = int(a), int(b)
        if first > 12 and second <= 12:
            d, mo = first, second
        elif second > 12 and first <= 12:
            mo, d = first, second
        elif order == "dmy" or sep == ".":  # 27.09.2024 is day-first wherever dots are used (de, ru, pl…)
            d, mo = first, second
        else:
            mo, d = first, second
        yy = int(y) + (2000 if len(y) == 2 else 0)
        h, mn, s = _hm(hh, mi, ss, ampm)
        return ParsedWhen(_build(yy, mo, d, h, mn, s, None, raw), has_time=hh is not None)
    named = " ".join(_CONNECTOR.sub(" ", low).replace(" ,", ",").split())  # "10 de febrero de 2026"
    for rx, name_first in ((_NAME_MDY, True), (_NAME_DMY, False)):
        m = rx.match(named)
        if not m:
            continue
        p1, p2, y, hh, mi, ss, ampm, tz = m.groups()
        try:
            mo = _month(p1 if name_first else p2)
        except ValueError:
            continue
        d = int(p2 if name_first else p1)
        h, mn, s = _hm(hh, mi, ss, ampm)
        missing = y is None
        return ParsedWhen(
            _build(int(y) if y else year, mo, d, h, mn, s, _tz(tz), raw),
            year_missing=missing,
            has_time=hh is not None,
        )
    raise ValueError(
        f"{raw!r} is not a date this importer understands. Examples that work: 2024-09-27, Sep 27, 2024, "
        "09/27/2024 14:30, Tue, Jul 14, 2026."
    )


def resolve_year(month: int, day: int, today: date) -> int:
    """The year that makes month/day the most recent date not after ``today`` (exports without a year are
    recent activity, so "27 September" read in November means this September, in January last September)."""
    for y in (today.year, today.year - 1, today.year - 2, today.year - 3, today.year - 4):
        try:
            candidate = date(y, month, day)
        except ValueError:  # 29 February
            continue
        if candidate <= today:
            return y
    return today.year - 1
