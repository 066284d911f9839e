"""DiscordChatExporter (the widely used community exporter) channel exports: JSON and CSV.

JSON: ``{"guild": {...}, "channel": {"id", "type", "categoryId", "name"}, "messages": [{"id", "type",
"timestamp", "author": {"id", "name", "nickname", "isBot"}, "reactions": [{"count"}], "reference":
{"messageId"}}]}``. A thread is exported as its own channel (type ``Guild…Thread``) whose id is the id of the
message that started it, so thread messages hang under that message. CSV has ``AuthorID,Author,Date,Content,
Attachments,Reactions`` and no message ids or reply references, so its messages are all top-level.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import Counter
from datetime import UTC, datetime
from typing import IO, Any

from microcomm_desktop.domain.imports.chat.jsonstream import iter_object
from microcomm_desktop.domain.imports.chat.model import ChatFormatError, ChatMessage, ChatParse
from microcomm_desktop.i18n import translate

# Message types that are people talking; everything else (joins, pins, calls, renames, boosts) is the system.
_TALK = {"default", "reply", "threadstartermessage", "applicationcommand", "contextmenucommand"}
_DM_TYPES = {"directtextchat", "directgrouptextchat"}
# The same, as the exporter spells them (the common case skips a lower-casing per message).
_TALK_AS_WRITTEN = {"Default", "Reply", "ThreadStarterMessage", "ApplicationCommand", "ContextMenuCommand"}


def _when(text: str) -> datetime | None:
    s = text.strip()
    if not s:
        return None
    dt: datetime | None
    try:
        dt = datetime.fromisoformat(s)  # the common case, fast
    except ValueError:
        dt = None
    if dt is None:
        # .NET writes 7 fractional digits; older Pythons read at most 6.
        iso = re.sub(r"\.(\d{6})\d+", r".\1", s.replace("Z", "+00:00"))
        try:
            dt = datetime.fromisoformat(iso)
        except ValueError:
            dt = None
    if dt is None:
        for fmt in ("%d-%b-%y %I:%M %p", "%d-%b-%Y %I:%M %p", "%m/%d/%Y %I:%M %p", "%Y-%m-%d %H:%M:%S"):
            try:
                dt = datetime.strptime(s, fmt)
                break
            except ValueError:
                continue
        else:
            return None
        return dt  # no zone in the text: the exporting computer's local time
    if dt.tzinfo is None:
        return dt
    return dt if dt.tzinfo is UTC else dt.astimezone(UTC)


def parse_discord_json(name: str, stream: IO[bytes]) -> ChatParse:
    out = ChatParse("discord", name)
    channel: dict[str, Any] = {}
    guild: dict[str, Any] = {}
    ch: _Channel | None = None
    try:
        for key, value in iter_object(stream, "messages"):
            if key == "messages":
                if ch is None:
                    raise ChatFormatError(
                        translate(
                            "domain.imports.chat", "{name}: the channel is not described before its messages."
                        ).format(name=name)
                    )
                msg = _message(value, ch, out)
                if msg is not None:
                    out.messages.append(msg)
                    if ch.thread and ch.first is None:
                        ch.first = msg.key
            elif key == "guild" and isinstance(value, dict):
                guild = value
            elif key == "channel" and isinstance(value, dict):
                channel = value
                ch = _Channel(value)
    except ValueError as exc:
        if isinstance(exc, ChatFormatError):
            raise
        raise ChatFormatError(
            translate(
                "domain.imports.chat", "{name} is not a complete DiscordChatExporter JSON file ({reason})."
            ).format(name=name, reason=exc)
        ) from exc
    if not channel:
        raise ChatFormatError(
            translate("domain.imports.chat", '{name} has no "channel": not a DiscordChatExporter JSON export.').format(
                name=name
            )
        )
    title = " / ".join(str(x) for x in (guild.get("name"), channel.get("category"), channel.get("name")) if x)
    out.title = title or name
    return out


class _Channel:
    """What every message of a channel file shares, worked out once per file."""

    def __init__(self, channel: dict[str, Any]) -> None:
        ctype = str(channel.get("type", "")).lower()
        self.id = str(channel.get("id", ""))
        self.conversation = "dc:" + self.id
        self.thread = "thread" in ctype
        self.dm = ctype in _DM_TYPES
        self.first: str | None = None  # the thread's first message in the file


def _message(m: Any, ch: _Channel, out: ChatParse) -> ChatMessage | None:
    if type(m) is not dict or not m.get("id"):
        out.unreadable.append(
            (
                translate("domain.imports.chat", "message {number}").format(
                    number=len(out.messages) + len(out.unreadable) + 1
                ),
                translate("domain.imports.chat", "no message id"),
            )
        )
        return None
    mid = m["id"]
    if type(mid) is not str:
        mid = str(mid)
    author = m.get("author")
    if type(author) is not dict:
        author = {}
    stamp = m.get("timestamp")
    at = _when(stamp if type(stamp) is str else str(stamp or ""))
    if at is None:
        out.unreadable.append(
            (
                translate("domain.imports.chat", "message {number}").format(number=mid),
                translate("domain.imports.chat", "unreadable time {value}").format(value=repr(stamp)),
            )
        )
        return None
    raw_type = m.get("type") or "Default"
    if raw_type in _TALK_AS_WRITTEN:
        system = False
        reply = raw_type == "Reply"
    else:
        low = str(raw_type).lower()
        system = low not in _TALK
        reply = low == "reply"
    parent = alt = None
    if reply:
        ref = m.get("reference")
        if type(ref) is dict and ref.get("messageId"):
            parent = "dc:" + str(ref["messageId"])
    key = "dc:" + mid
    if ch.thread and mid != ch.id:
        alt = ch.first if ch.first != key else None
        if parent is None:
            parent = ch.conversation  # the thread hangs under the message that started it (same id)
    reactions = 0
    for r in m.get("reactions") or ():
        if type(r) is dict:
            reactions += int(r.get("count") or 0)
    aid = author.get("id")
    name = author.get("name") or author.get("nickname") or "unknown"
    body = m.get("content") or ""
    return ChatMessage(
        key,
        name if type(name) is str else str(name),
        (aid if type(aid) is str else str(aid)) if aid else None,
        at,
        ch.conversation,
        parent,
        alt,
        ch.dm,
        system,
        bool(author.get("isBot")),
        False,
        reactions if reactions > 0 else 0,
        body if type(body) is str else str(body),
    )


_REACTION = re.compile(r"\((\d+)\)")


def parse_discord_csv(name: str, data: bytes, dm: bool = False) -> ChatParse:
    out = ChatParse("discord", name)
    text = data.decode("utf-8-sig", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in next(reader, [])]
    need = ("authorid", "author", "date")
    if any(h not in header for h in need):
        raise ChatFormatError(
            translate(
                "domain.imports.chat", "{name}: a DiscordChatExporter CSV starts with AuthorID,Author,Date,Content."
            ).format(name=name)
        )
    ix = {h: i for i, h in enumerate(header)}
    conv = "dccsv:" + name
    seen: Counter[str] = Counter()
    for line_no, row in enumerate(reader, start=2):
        if not row or not any(c.strip() for c in row):
            continue

        def col(key: str, row: list[str] = row) -> str:
            i = ix.get(key)
            return row[i] if i is not None and i < len(row) else ""

        at = _when(col("date"))
        if at is None:
            out.unreadable.append(
                (
                    translate("domain.imports.chat", "line {number}").format(number=line_no),
                    translate("domain.imports.chat", "unreadable date {value}").format(value=repr(col("date"))),
                )
            )
            continue
        aid = col("authorid").strip() or None
        body = col("content")
        base = f"{conv}|{at.isoformat()}|{aid}|{body}"
        seen[base] += 1
        digest = hashlib.sha1(f"{base}|{seen[base]}".encode()).hexdigest()[:24]
        reactions = sum(int(n) for n in _REACTION.findall(col("reactions")))
        author = col("author").strip() or "unknown"
        out.messages.append(
            ChatMessage(
                key="dcc:" + digest,
                author=re.sub(r"#0+$", "", author),
                author_id=aid,
                at=at,
                conversation=conv,
                dm=dm,
                reactions=reactions,
                text=body,
            )
        )
    out.title = name
    return out
