"""WhatsApp "Export chat" text files (with or without media; the .txt is often inside a .zip).

Each message starts a line with the phone's date and time, in its locale's form:
``12/31/20, 11:59 PM - Ana: text`` (Android, US), ``31/12/2020, 23:59 - Ana: text`` (Android, UK/EU),
``31.12.20, 23:59 - Ana: text`` (German), ``[31.12.20, 23:59:59] Ana: text`` (iPhone),
``[12/31/20, 11:59:59 PM] Ana: text``, ``2020-12-31, 23:59 - Ana: text``. Lines without that prefix continue
the previous message. System lines (encryption notice, "Ana added Ben", "Ben left") have no "Name: " part
(iPhone writes them under the group's name with a leading U+200E mark).

Day/month order is decided once per FILE, never per line: a first number above 12 proves day-first, a
second number above 12 proves month-first; a file where neither appears takes the order under which the
dates run forwards in time (exports are chronological), then the locale's habit (dots: day-first; AM/PM
with slashes: month-first). The times are the phone's local time (no zone in the file).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from microcomm_desktop.domain.imports.chat.model import ChatFormatError, ChatMessage, ChatParse
from microcomm_desktop.i18n import translate

_DATE = r"(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
_TIME = r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)"
_AMPM = r"(?:\s?(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?"
_ANDROID = re.compile(rf"^{_DATE},?\s{_TIME}{_AMPM}\s[-–]\s(?P<rest>.*)$")
_IOS = re.compile(rf"^\[{_DATE},?\s{_TIME}{_AMPM}\]\s(?P<rest>.*)$")
_MARKS = "\u200e\u200f\u202a\u202b\u202c\ufeff"
_SYSTEM_WORDS = re.compile(
    r"(end-to-end encrypted|security code|created (the )?group|\badded\b|\bremoved\b|\bleft\b|\bjoined\b|"
    r"changed (the|this group|their|the group)|changed to|deleted this group|now an admin|pinned a message|"
    r"missed (voice|video) call|disappearing messages|turned (on|off))",
    re.IGNORECASE,
)

_MEDIA = re.compile(
    r"omitted|weggelassen|omitid|omis\b|omess|<attached|angeh\u00e4ngt|\.(jpe?g|png|webp|gif|mp4|opus|pdf|vcf)\b",
    re.IGNORECASE,
)
# Group events in the locales most exports come in (a direct chat has none of these).
_GROUP_EVENTS = re.compile(
    r"\b(added|removed|left|joined|created group|hinzugef\u00fcgt|entfernt|verlassen|beigetreten|erstellt|"
    r"a\u00f1adi\u00f3|sali\u00f3|cre\u00f3|se uni\u00f3|a ajout\u00e9|est parti|a cr\u00e9\u00e9|ha aggiunto|"
    r"\u00e8 uscito|ha creato|adicionou|saiu|criou)\b",
    re.IGNORECASE,
)


@dataclass
class _Line:
    line: int
    date: tuple[int, int, int]
    sep: str
    clock: str
    ampm: str | None
    author: str | None
    text: str


def _clean(s: str) -> str:
    return s.replace("\u202f", " ").replace("\u00a0", " ")


def parse_whatsapp(name: str, data: bytes, date_order: str | None = None) -> ChatParse:
    out = ChatParse("whatsapp", name.rsplit("/", 1)[-1].removesuffix(".txt"))
    text = data.decode("utf-8-sig", errors="replace")
    lines: list[_Line] = []
    stray = 0
    for no, raw in enumerate(text.splitlines(), start=1):
        s = _clean(raw).lstrip(_MARKS)
        m = _IOS.match(s) or _ANDROID.match(s)
        if m is None:
            if lines:
                lines[-1].text += "\n" + raw
            elif raw.strip():
                stray += 1
            continue
        parts = re.split(r"[./-]", m.group("date"))
        rest = m.group("rest")
        author: str | None = None
        body = rest
        head, sep_, tail = rest.partition(": ")
        # A system line can hold ": " inside quotes (Ana changed the subject from "x" to "a: b").
        if sep_ and head.strip() and not ('"' in head or "\u201c" in head or "\u201e" in head):
            author = head.strip().strip(_MARKS)
            body = tail
        lines.append(
            _Line(
                no,
                (int(parts[0]), int(parts[1]), int(parts[2])),
                m.group("date")[len(parts[0])],
                m.group("time"),
                m.group("ampm"),
                author,
                body,
            )
        )
    if not lines:
        raise ChatFormatError(
            translate(
                "domain.imports.chat",
                "{name}: no WhatsApp message lines found (a line starts with its date and time, "
                'e.g. "12/31/20, 11:59 PM - Ana: Hello" or "[31.12.20, 23:59:59] Ana: Hello").',
            ).format(name=name)
        )
    if stray:
        out.notes.append(
            translate(
                "domain.imports.chat", "{count} line(s) before the first message were not messages and were ignored."
            ).format(count=stray)
        )
    order = date_order or _decide_order(lines, out)
    if date_order:
        out.notes.append(
            translate("domain.imports.chat", "Dates read as day/month (as asked).")
            if order == "dmy"
            else translate("domain.imports.chat", "Dates read as month/day (as asked).")
        )
    # iPhone writes system lines under the chat's name with a leading U+200E mark, like the encryption notice on
    # the first line; media lines carry the mark too but under a person's name and with a media word.
    first = lines[0]
    notice_author = first.author if first.author and first.text.startswith("\u200e") else None
    seen: Counter[str] = Counter()
    authors: set[str] = set()
    group_events = False
    for ln in lines:
        at = _to_datetime(ln, order)
        if at is None:
            out.unreadable.append(
                (
                    translate("domain.imports.chat", "line {number}").format(number=ln.line),
                    translate("domain.imports.chat", "date or time {date} {time} does not exist").format(
                        date=ln.date, time=ln.clock
                    ),
                )
            )
            continue
        marked = ln.text.startswith("\u200e") and not _MEDIA.search(ln.text)
        system = (
            ln.author is None
            or (marked and ln.author == notice_author)
            or (marked and bool(_SYSTEM_WORDS.search(ln.text)))
        )
        if system:
            group_events = group_events or bool(_GROUP_EVENTS.search(ln.text))
        author = ln.author or "WhatsApp"
        if not system:
            authors.add(author)
        body = ln.text.strip(_MARKS)
        base = f"{at.isoformat()}|{author}|{body}"
        seen[base] += 1
        digest = hashlib.sha1(f"{base}|{seen[base]}".encode()).hexdigest()[:24]
        out.messages.append(
            ChatMessage(
                key="wa:" + digest,
                author=author,
                author_id=None,
                at=at,
                conversation="wa:" + out.title,
                system=system,
                text=body,
            )
        )
    if notice_author is not None and notice_author not in authors:
        group_events = True  # iPhone: the notice is under the group's name, who never speaks
    if len(authors) <= 2 and not group_events:
        for msg in out.messages:
            msg.dm = True
        out.notes.append(
            translate("domain.imports.chat", "Two people and no group events: read as a direct-message chat.")
        )
    return out


def _decide_order(lines: list[_Line], out: ChatParse) -> str:
    firsts = [ln.date for ln in lines if ln.date[0] < 1000]
    if not firsts:
        return "ymd"
    day_first = any(a > 12 for a, _b, _c in firsts)
    month_first = any(b > 12 for _a, b, _c in firsts)
    if day_first and month_first:
        out.notes.append(
            translate(
                "domain.imports.chat",
                "Dates mix day/month and month/day forms; read as day/month (the more common form).",
            )
        )
        return "dmy"
    if day_first or month_first:
        order = "dmy" if day_first else "mdy"
        out.notes.append(
            translate("domain.imports.chat", "Dates read as day/month: a number above 12 decides it.")
            if day_first
            else translate("domain.imports.chat", "Dates read as month/day: a number above 12 decides it.")
        )
        return order
    back = {o: _backward_steps(lines, o) for o in ("dmy", "mdy")}
    if back["dmy"] != back["mdy"]:
        order = min(back, key=lambda o: back[o])
        why = translate("domain.imports.chat", "the dates then run forwards in time")
    else:
        dots = sum(1 for ln in lines if ln.sep == ".")
        ampm = sum(1 for ln in lines if ln.ampm)
        order = "mdy" if ampm > len(lines) / 2 and dots == 0 else "dmy"
        why = translate(
            "domain.imports.chat", "the phone's locale form (12-hour with slashes: month first; otherwise day first)"
        )
    out.notes.append(
        (
            translate("domain.imports.chat", "Dates read as day/month: {reason}.")
            if order == "dmy"
            else translate("domain.imports.chat", "Dates read as month/day: {reason}.")
        ).format(reason=why)
    )
    return order


def _backward_steps(lines: list[_Line], order: str) -> int:
    prev = None
    n = 0
    for ln in lines:
        a, b, c = ln.date
        day, month = (a, b) if order == "dmy" else (b, a)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            n += 1
            continue
        key = (c, month, day)
        if prev is not None and key < prev:
            n += 1
        prev = key
    return n


def _to_datetime(ln: _Line, order: str) -> datetime | None:
    a, b, c = ln.date
    if order == "ymd" or a >= 1000:
        year, month, day = a, b, c
    elif order == "dmy":
        day, month, year = a, b, c
    else:
        month, day, year = a, b, c
    if year < 100:
        year += 2000
    t = [int(x) for x in re.split(r"[:.]", ln.clock)]
    hour, minute, second = t[0], t[1], t[2] if len(t) > 2 else 0
    if ln.ampm:
        pm = ln.ampm.lower().startswith("p")
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if pm else 0)
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
