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

# Message types that are people talking; everything else (joins, pins, calls, renames, boosts) is the system.
_TALK = {"default", "reply", "threadstartermessage", "applicationcommand", "contextmenucommand"}
_DM_TYPES = {"directtextchat", "directgrouptextchat"}


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
    first_in_thread: str | None = None
    try:
        for key, value in iter_object(stream, "messages"):
            if key == "guild" and isinstance(value, dict):
                guild = value
            elif key == "channel" and isinstance(value, dict):
                channel = value
            elif key == "messages":
                if not channel:
                    raise ChatFormatError(f"{name}: the channel is not described before its messages.")
                msg = _message(value, channel, out, first_in_thread)
                if msg is not None:
                    out.messages.append(msg)
                    if first_in_thread is None and "thread" in str(channel.get("type", "")).lower():
                        first_in_thread = msg.key
    except ValueError as exc:
        if isinstance(exc, ChatFormatError):
            raise
        raise ChatFormatError(f"{name} is not a complete DiscordChatExporter JSON file ({exc}).") from exc
    if not channel:
        raise ChatFormatError(f'{name} has no "channel": not a DiscordChatExporter JSON export.')
    title = " / ".join(str(x) for x in (guild.get("name"), channel.get("category"), channel.get("name")) if x)
    out.title = title or name
    return out


def _message(m: Any, channel: dict[str, Any], out: ChatParse, first_in_thread: str | None) -> ChatMessage | None:
    if not isinstance(m, dict) or not m.get("id"):
        out.unreadable.append((f"message {len(out.messages) + len(out.unreadable) + 1}", "no message id"))
        return None
    mid = str(m["id"])
    author = m.get("author") if isinstance(m.get("author"), dict) else {}
    assert isinstance(author, dict)
    at = _when(str(m.get("timestamp") or ""))
    if at is None:
        out.unreadable.append((f"message {mid}", f"unreadable time {m.get('timestamp')!r}"))
        return None
    ctype = str(channel.get("type", "")).lower()
    cid = str(channel.get("id", ""))
    ref = m.get("reference") if isinstance(m.get("reference"), dict) else None
    parent = None
    alt = None
    if ref and ref.get("messageId") and str(m.get("type", "")).lower() == "reply":
        parent = "dc:" + str(ref["messageId"])
    if "thread" in ctype and mid != cid:
        alt = first_in_thread
        if parent is None:
            parent = "dc:" + cid  # the thread hangs under the message that started it
    reactions = sum(int(r.get("count") or 0) for r in m.get("reactions") or [] if isinstance(r, dict))
    mtype = str(m.get("type", "Default")).lower()
    return ChatMessage(
        key="dc:" + mid,
        author=str(author.get("name") or author.get("nickname") or "unknown"),
        author_id=str(author["id"]) if author.get("id") else None,
        at=at,
        conversation="dc:" + cid,
        parent=parent,
        alt_parent=alt if alt != "dc:" + mid else None,
        dm=ctype in _DM_TYPES,
        system=mtype not in _TALK,
        bot=bool(author.get("isBot")),
        reactions=max(0, reactions),
        text=str(m.get("content") or ""),
    )


_REACTION = re.compile(r"\((\d+)\)")


def parse_discord_csv(name: str, data: bytes, dm: bool = False) -> ChatParse:
    out = ChatParse("discord", name)
    text = data.decode("utf-8-sig", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in next(reader, [])]
    need = ("authorid", "author", "date")
    if any(h not in header for h in need):
        raise ChatFormatError(f"{name}: a DiscordChatExporter CSV starts with AuthorID,Author,Date,Content.")
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
            out.unreadable.append((f"line {line_no}", f"unreadable date {col('date')!r}"))
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
