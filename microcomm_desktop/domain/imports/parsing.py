"""Numbers, IDs and dates the way platform exports write them.

Every parser either returns a value or raises ``ValueError`` with a sentence the user can act on; nothing
guesses silently (an Excel-rounded ID or an ambiguous date is reported, not stored wrong).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Literal

from microcomm_desktop.domain.imports.month_names import (
    AmbiguousMonth,
    MonthLanguage,
    decide_month_language,
    describe,
    month_number,
    weekday_names,
)
from microcomm_desktop.domain.limits import count_out_of_range
from microcomm_desktop.domain.validation import parse_int_loose
from microcomm_desktop.i18n import translate

__all__ = [
    "ColumnDates",
    "DateOrder",
    "ParsedWhen",
    "consecutive_years",
    "decide_date_order",
    "number_style",
    "parse_count",
    "parse_external_id",
    "parse_when",
    "resolve_year",
    "year_from_video_id",
]

DateOrder = Literal["mdy", "dmy"]

_SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d+)?[eE][+-]?\d+$")
# An English weekday ("Tue, Jul 14") or any word followed by a comma (a localized weekday: "Di., 14. Juli").
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s*|[^\W\d_]+\.?,\s*)"
_TIME = r"(?:[,\s]+(?:(?:at|um|à|a las|às|alle)\s+)?(\d{1,2})[:h](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?"
_TZ = r"\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?"
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t\s](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?" + _TZ + "$")
_SLASH = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})[/.-](\d{2,4})\.?" + _TIME + "$")
_YMD_SLASH = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})" + _TIME + _TZ + "$")
# Excel re-saves dates in its own short forms: "3-Jun-26", "03-Jun-2026 14:05".
_DAY_MON_YEAR = re.compile(r"^(\d{1,2})[-/ ]([^\W\d_]+)\.?[-/ ](\d{2}|\d{4})" + _TIME + "$")
_CONNECTOR = re.compile(r"(?<![^\W\d_])(?:de|del|of)(?![^\W\d_])\.?")
_NAME_MDY = re.compile(
    r"^" + f"(?:{_WEEKDAY})?" + r"([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?" + _TIME + _TZ + "$"
)
_NAME_DMY = re.compile(
    r"^" + f"(?:{_WEEKDAY})?" + r"(\d{1,2})(?:st|nd|rd|th|\.)?\s*([^\W\d_]+)\.?(?:,?\s+(\d{4}))?" + _TIME + _TZ + "$"
)


# Japanese, Chinese and Korean exports write "2024年9月27日", "9月27日" (TikTok, no year), "2024년 9월 27일" or
# "2024. 9. 27.": rewritten to ISO / "Sep 27" before the usual rules.
_CJK_YMD = re.compile(r"^(\d{4})\s*(?:[年년]\s*|\.\s*)(\d{1,2})\s*(?:[月월]\s*|\.\s*)(\d{1,2})\s*[日일.]?\s*")
_CJK_MD = re.compile(r"^(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]\s*")
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _cjk(raw: str) -> str:
    m = _CJK_YMD.match(raw)
    if m:
        rest = raw[m.end() :].strip()
        return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" + (f" {rest}" if rest else "")
    m = _CJK_MD.match(raw)
    if m and 1 <= int(m.group(1)) <= 12:
        rest = raw[m.end() :].strip()
        return f"{_EN_MONTHS[int(m.group(1)) - 1]} {int(m.group(2))}" + (f" {rest}" if rest else "")
    return raw


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


def parse_count(text: str, decimal_comma: bool = False, signed: bool = False) -> int | None:
    """A non-negative count; blank (or the "--" exports write for "no data") means unknown (``None``).

    ``decimal_comma`` reads the file's numbers European style (see ``number_style``): "1.234" is 1234 and
    "1,2K" is 1200; a value that does not fit that style is refused rather than reinterpreted. ``signed``
    returns a negative value instead of refusing it (daily files hold net changes; the caller decides). A
    value outside ``domain.limits`` is refused with the allowed range.
    """
    if text is None or not text.strip() or text.strip() in _BLANKS:
        return None
    raw = text.strip()
    if decimal_comma:
        compact = raw.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
        if _COMMA_THOUSANDS.match(compact) and not _COMMA_DECIMAL.match(compact):
            raise ValueError(
                translate(
                    "domain.imports.parsing",
                    "{value} uses a comma between thousands, but this file writes decimals with a comma; check the "
                    "column.",
                ).format(value=repr(raw))
            )
        raw = compact.replace(".", "").replace(",", ".")
    value = parse_int_loose(raw)
    too_big = count_out_of_range(value, repr(text.strip()))
    if too_big:
        raise ValueError(too_big)
    if value < 0 and not signed:
        raise ValueError(
            translate("domain.imports.parsing", "{value} is negative; counts cannot be below zero.").format(
                value=repr(text.strip())
            )
        )
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
            translate(
                "domain.imports.parsing",
                "The id {value} was rounded by Excel (scientific notation); its digits are lost. "
                "Open the original export without Excel, or format the column as Text before saving.",
            ).format(value=repr(raw))
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
    ambiguous: bool = False  # a numeric date whose day and month could be swapped (03/04/2026)


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
            raise ValueError(
                translate("domain.imports.parsing", "{hour} is not an hour on a 12-hour clock.").format(hour=h)
            )
        pm = ampm.lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
    return h, m, s


def _build(y: int, mo: int, d: int, h: int, mi: int, s: int, tz: timezone | None, text: str) -> datetime:
    try:
        return datetime(y, mo, d, h, mi, s, tzinfo=tz)
    except ValueError as exc:
        raise ValueError(
            translate("domain.imports.parsing", "{value} is not a real date/time ({reason}).").format(
                value=repr(text), reason=exc
            )
        ) from exc


def parse_when(
    text: str,
    order: DateOrder = "mdy",
    year: int = 2000,
    strict: bool = False,
    months: MonthLanguage | None = None,
) -> ParsedWhen:
    """Parse the date formats of the platform exports (ISO, "Sep 27, 2024", "Tue, Jul 14, 2026",
    "09/27/2024 14:30", "2020-07-14 15:30 +0000", "27 September", Excel's "3-Jun-26").

    ``order`` decides slash dates only when both parts could be the month, unless ``strict`` (the order was
    decided for the whole column, see ``decide_date_order``): then a date that contradicts it is refused
    instead of being read the other way round. ``year`` fills a date written without one, and
    ``year_missing`` tells the caller to resolve it (see ``resolve_year``). Month names are read in every
    export language (CLDR, see ``month_names``); ``months`` is the column's verdict for the few names two
    languages read differently ("listopad").
    """
    raw = " ".join((text or "").strip().split())
    if not raw:
        raise ValueError(translate("domain.imports.parsing", "The date is empty; every post needs its publish date."))
    if len(raw) >= 16 and raw[4] == "-" and raw[10] in "T ":
        try:  # the common ISO case at C speed (a million interaction rows spend most parse time here)
            return ParsedWhen(datetime.fromisoformat(raw))
        except ValueError:
            pass
    if raw[:1].isdigit() and any(c in raw for c in "年月년월."):
        raw = _cjk(raw)
    low = raw.lower()
    if _SCIENTIFIC.match(low) or re.fullmatch(r"\d{5}(\.\d+)?", low):
        raise ValueError(
            translate(
                "domain.imports.parsing",
                "{value} is a spreadsheet serial number, not a date; export the column as text.",
            ).format(value=repr(raw))
        )
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
        if sep == ".":  # 27.09.2024 is day-first wherever dots are used (de, ru, pl…)
            d, mo = first, second
        elif strict:
            d, mo = (first, second) if order == "dmy" else (second, first)
            if mo > 12:
                written = (
                    translate(
                        "domain.imports.parsing", "{value} does not fit this column, which writes dates day/month."
                    )
                    if order == "dmy"
                    else translate(
                        "domain.imports.parsing", "{value} does not fit this column, which writes dates month/day."
                    )
                )
                raise ValueError(written.format(value=repr(raw)))
        elif first > 12 and second <= 12:
            d, mo = first, second
        elif second > 12 and first <= 12:
            mo, d = first, second
        elif order == "dmy":
            d, mo = first, second
        else:
            mo, d = first, second
        yy = int(y) + (2000 if len(y) == 2 else 0)
        h, mn, s = _hm(hh, mi, ss, ampm)
        return ParsedWhen(
            _build(yy, mo, d, h, mn, s, None, raw),
            has_time=hh is not None,
            ambiguous=sep != "." and first <= 12 and second <= 12 and first != second,
        )
    m = _DAY_MON_YEAR.match(low)
    if m:
        d_, mon, y, hh, mi, ss, ampm = m.groups()
        try:
            mo = month_number(mon, months)
        except AmbiguousMonth:
            raise
        except ValueError:
            mo = 0
        if mo:
            yy = int(y) + (2000 if len(y) == 2 else 0)
            h, mn, s = _hm(hh, mi, ss, ampm)
            return ParsedWhen(_build(yy, mo, int(d_), h, mn, s, None, raw), has_time=hh is not None)
    named = " ".join(_CONNECTOR.sub(" ", low).replace(" ,", ",").split())  # "10 de febrero de 2026"
    named = _YEAR_SUFFIX.sub(r"\1", named)  # "27 сентября 2024 г."
    found = _named(named, year, months, raw)
    if found is None:
        lead, _, rest = named.partition(" ")
        if rest and lead.rstrip(".,") in weekday_names():  # a weekday without its comma: "dinsdag 14 juli"
            found = _named(rest, year, months, raw)
    if found is not None:
        return found
    raise ValueError(
        translate(
            "domain.imports.parsing",
            "{value} is not a date this importer understands. Examples that work: 2024-09-27, Sep 27, 2024, "
            "09/27/2024 14:30, Tue, Jul 14, 2026.",
        ).format(value=repr(raw))
    )


_YEAR_SUFFIX = re.compile(r"(\d{4})\s*(?:г|р|m|ж|y|yil|m\. ?d)\.?(?=$|[\s,])")


def _named(named: str, year: int, months: MonthLanguage | None, raw: str) -> ParsedWhen | None:
    for rx, name_first in ((_NAME_MDY, True), (_NAME_DMY, False)):
        m = rx.match(named)
        if not m:
            continue
        p1, p2, y, hh, mi, ss, ampm, tz = m.groups()
        try:
            mo = month_number(p1 if name_first else p2, months)
        except AmbiguousMonth:
            raise
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
    return None


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


_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})([/-])(\d{1,2})[/-]\d{2,4}\b")


@dataclass(frozen=True, slots=True)
class ColumnDates:
    """What a whole date column says about day/month order.

    ``order`` is decided by evidence (a day above 12 in one place) or ``None``; ``ambiguous`` counts dates
    that read both ways; ``evidence`` is the first cell that settled it (for the report); ``conflict`` names a
    cell that contradicts the decided order (the file mixes both; those rows are refused).
    """

    order: DateOrder | None
    ambiguous: int
    evidence: str = ""
    conflict: str = ""
    months: MonthLanguage | None = None  # the column's month-name language, when a name needs one
    month_note: str = ""  # how colliding month names were read, for the import report


_WORD = re.compile(r"[^\W\d_]{3,}")
_ENGLISH_WORDS = re.compile(
    r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|utc|gmt)$"
)


def column_month_words(cells: list[str]) -> set[str]:
    """The words of a date column that could be month names in some language (English and ISO dates skipped,
    so an English file never loads the CLDR tables)."""
    words: set[str] = set()
    for raw in cells:
        if not raw or (raw[:4].isdigit() and raw[4:5] == "-"):
            continue
        for w in _WORD.findall(raw.lower()):
            if not _ENGLISH_WORDS.match(w):
                words.add(w)
    return words


def decide_date_order(cells: list[str], language: str | None = None, fallback: str | None = None) -> ColumnDates:
    """Decide day/month order once per column, never per row: "13-06-2025" settles "01-07-2025".

    The same column also decides its month names' language where one matters ("listopad" is November in
    Polish, October in Croatian): ``language`` is the user's choice; otherwise other names in the column
    settle it, and ``fallback`` (the system's language) breaks a tie it cannot settle.
    """
    words = column_month_words(cells)
    months = decide_month_language(words, language, fallback) if words else None
    dates = _decide_order(cells)
    note = describe(months, words) if months is not None else ""
    return ColumnDates(dates.order, dates.ambiguous, dates.evidence, dates.conflict, months, note)


def _decide_order(cells: list[str]) -> ColumnDates:
    dmy: list[str] = []
    mdy: list[str] = []
    ambiguous = 0
    for raw in cells:
        m = _NUMERIC_DATE.match(raw or "")
        if not m:
            continue
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 and b <= 12:
            dmy.append(raw.strip())
        elif b > 12 and a <= 12:
            mdy.append(raw.strip())
        elif a != b and a <= 12 and b <= 12:
            ambiguous += 1
    if dmy and mdy:
        order: DateOrder = "dmy" if len(dmy) >= len(mdy) else "mdy"
        win, lose = (dmy, mdy) if order == "dmy" else (mdy, dmy)
        return ColumnDates(order, ambiguous, win[0], lose[0])
    if dmy:
        return ColumnDates("dmy", ambiguous, dmy[0])
    if mdy:
        return ColumnDates("mdy", ambiguous, mdy[0])
    return ColumnDates(None, ambiguous)


def consecutive_years(month_days: list[tuple[int, int] | None], today: date) -> list[int | None]:
    """Years for a run of consecutive days written without a year (a daily overview file).

    The last day is the most recent past date (``today`` or before); each earlier row takes the latest year
    that keeps it before the next row, so a file running from December into January crosses New Year. A file
    listed newest first is handled the same way from its first row. ``None`` entries (rows without a usable
    date) stay ``None``.
    """
    known = [(i, md) for i, md in enumerate(month_days) if md is not None]
    out: list[int | None] = [None] * len(month_days)
    if not known:
        return out

    def walk(seq: list[tuple[int, tuple[int, int]]]) -> tuple[dict[int, int], int]:
        years: dict[int, int] = {}
        i0, (m0, d0) = seq[-1]
        y = resolve_year(m0, d0, today)
        years[i0] = y
        nxt = _safe_date(y, m0, d0) or date(y, m0, 28)
        for i, (m, d) in reversed(seq[:-1]):
            y = nxt.year
            cand = _safe_date(y, m, d)
            if cand is None or cand > nxt:
                y -= 1
                cand = _safe_date(y, m, d)
                if cand is None:  # 29 February in a year without it: keep walking with the year
                    cand = date(y, m, 28)
            years[i] = y
            nxt = cand
        first_i, (fm, fd) = seq[0]
        span = (date(years[i0], m0, min(d0, 28)) - date(years[first_i], fm, min(fd, 28))).days
        return years, span

    asc, asc_span = walk(known)
    desc, desc_span = walk(list(reversed(known)))
    chosen = asc if asc_span <= desc_span else desc
    for i, y in chosen.items():
        out[i] = y
    return out


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def year_from_video_id(video_id: str, month: int, day: int, today: date) -> int | None:
    """The year of a yearless date from a TikTok video id, whose upper 32 bits are the Unix time it was made.

    Only used when the id agrees with the row: the written day must lie between one day before the id's
    creation day (time zones) and ten days after (TikTok schedules up to ten days ahead); an id that is not a
    timestamp (or a date that does not fit it) gives ``None`` and the caller falls back.
    """
    if not video_id.isdigit() or len(video_id) < 15:
        return None
    seconds = int(video_id) >> 32
    try:
        made = datetime.fromtimestamp(seconds, UTC).date()
    except (OverflowError, OSError, ValueError):
        return None
    if made.year < 2016 or made > today + timedelta(days=1):
        return None
    for y in (made.year, made.year + 1, made.year - 1):
        cand = _safe_date(y, month, day)
        if cand is not None and -1 <= (cand - made).days <= 10:
            return y
    return None
