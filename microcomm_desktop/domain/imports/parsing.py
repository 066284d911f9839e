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

__all__ = ["DateOrder", "ParsedWhen", "parse_count", "parse_external_id", "parse_when", "resolve_year"]

DateOrder = Literal["mdy", "dmy"]

_SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d+)?[eE][+-]?\d+$")
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s*"
_TIME = r"(?:[,\s]+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?"
_TZ = r"\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?"
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t\s](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?" + _TZ + "$")
_SLASH = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})" + _TIME + "$")
_NAME_MDY = re.compile(
    r"^" + f"(?:{_WEEKDAY})?" + r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?" + _TIME + _TZ + "$"
)
_NAME_DMY = re.compile(
    r"^" + f"(?:{_WEEKDAY})?" + r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?(?:,?\s+(\d{4}))?" + _TIME + _TZ + "$"
)


def parse_count(text: str) -> int | None:
    """A non-negative count; blank means unknown (``None``)."""
    if text is None or not text.strip() or text.strip() in ("-", "--", "—", "n/a", "N/A"):
        return None
    value = parse_int_loose(text)
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
    m = _SLASH.match(low)
    if m:
        a, b, y, hh, mi, ss, ampm = m.groups()
        first, second = int(a), int(b)
        if first > 12 and second <= 12:
            d, mo = first, second
        elif second > 12 and first <= 12:
            mo, d = first, second
        elif order == "dmy":
            d, mo = first, second
        else:
            mo, d = first, second
        yy = int(y) + (2000 if len(y) == 2 else 0)
        h, mn, s = _hm(hh, mi, ss, ampm)
        return ParsedWhen(_build(yy, mo, d, h, mn, s, None, raw), has_time=hh is not None)
    for rx, name_first in ((_NAME_MDY, True), (_NAME_DMY, False)):
        m = rx.match(low)
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
