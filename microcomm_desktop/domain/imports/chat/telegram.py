"""Telegram Desktop "Export chat history" JSON (``result.json``).

One chat: ``{"name", "type", "id", "messages": [{"id", "type": "message"|"service", "date", "date_unixtime",
"from", "from_id": "user123"|"channel456", "reply_to_message_id", "reactions": [{"count"}], "text"}]}``.
A whole-account export nests the chats under ``{"chats": {"list": [...]}}``. Message ids are per chat, so
keys carry the chat id. A channel's comments live in its linked discussion group: there the channel's posts
appear as messages "from" the channel and the comments reply to them, so exporting the group gives the threads.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import IO, Any

from microcomm_desktop.domain.imports.chat.jsonstream import iter_object
from microcomm_desktop.domain.imports.chat.model import ChatFormatError, ChatMessage, ChatParse
from microcomm_desktop.i18n import translate

_DM_TYPES = {"personal_chat", "bot_chat"}


def _when(m: dict[str, Any]) -> datetime | None:
    unix = m.get("date_unixtime")
    if unix not in (None, ""):
        try:
            return datetime.fromtimestamp(int(str(unix)), UTC)
        except (ValueError, OverflowError, OSError):
            pass
    raw = m.get("date")
    if isinstance(raw, str) and raw:
        try:
            return datetime.fromisoformat(raw)  # the exporting computer's local time, no zone
        except ValueError:
            return None
    return None


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(_text(x) if not isinstance(x, dict) else str(x.get("text", "")) for x in value)
    return ""


class _Chat:
    def __init__(self) -> None:
        self.name = ""
        self.type = ""
        self.id = ""


def parse_telegram(name: str, stream: IO[bytes]) -> ChatParse:
    out = ChatParse("telegram", name)
    chat = _Chat()
    saw_messages = False
    try:
        for key, value in iter_object(stream, "messages"):
            if key == "name":
                chat.name = str(value or "")
            elif key == "type":
                chat.type = str(value or "")
            elif key == "id":
                chat.id = str(value)
            elif key == "messages":
                saw_messages = True
                _add(out, chat, value)
            elif key == "chats" and isinstance(value, dict):
                for c in value.get("list") or []:
                    _add_chat(out, c)
                saw_messages = True
            elif key == "left_chats" and isinstance(value, dict):
                for c in value.get("list") or []:
                    _add_chat(out, c)
    except (ValueError, json.JSONDecodeError) as exc:
        if isinstance(exc, ChatFormatError):
            raise
        raise ChatFormatError(
            translate("domain.imports.chat", "{name} is not a complete Telegram export ({reason}).").format(
                name=name, reason=exc
            )
        ) from exc
    if not saw_messages:
        raise ChatFormatError(
            translate(
                "domain.imports.chat", '{name} has no "messages": not a Telegram Desktop chat export (result.json).'
            ).format(name=name)
        )
    out.title = chat.name or name
    return out


def _add_chat(out: ChatParse, c: Any) -> None:
    if not isinstance(c, dict):
        return
    chat = _Chat()
    chat.name, chat.type, chat.id = str(c.get("name") or ""), str(c.get("type") or ""), str(c.get("id", ""))
    if chat.type == "saved_messages":  # the account owner's notes to themself: nobody else's engagement
        out.notes.append(
            translate("domain.imports.chat", "Saved Messages ({count} notes to yourself) were not imported.").format(
                count=len(c.get("messages") or [])
            )
        )
        return
    for m in c.get("messages") or []:
        _add(out, chat, m)


def _add(out: ChatParse, chat: _Chat, m: Any) -> None:
    if not isinstance(m, dict) or m.get("id") is None:
        out.unreadable.append(
            (
                translate("domain.imports.chat", "{chat} message").format(
                    chat=chat.name or translate("domain.imports.chat", "chat")
                ),
                translate("domain.imports.chat", "no message id"),
            )
        )
        return
    at = _when(m)
    mid = str(m["id"])
    if at is None:
        out.unreadable.append(
            (
                translate("domain.imports.chat", "{chat} message {number}").format(
                    chat=chat.name or translate("domain.imports.chat", "chat"), number=mid
                ),
                translate("domain.imports.chat", "unreadable date {value}").format(value=repr(m.get("date"))),
            )
        )
        return
    service = m.get("type") != "message"
    author_id = m.get("from_id") if not service else m.get("actor_id")
    author = m.get("from") if not service else m.get("actor")
    aid = str(author_id) if author_id else None
    reply = m.get("reply_to_message_id")
    reactions = sum(int(r.get("count") or 0) for r in m.get("reactions") or [] if isinstance(r, dict))
    own = bool(aid and aid.startswith("channel"))  # posted as a channel: the community itself
    bot = chat.type == "bot_chat" and aid == f"user{chat.id}"
    out.messages.append(
        ChatMessage(
            key=f"tg:{chat.id}:{mid}",
            author=str(author or "Deleted Account"),
            author_id=aid,
            at=at,
            conversation=f"tg:{chat.id}",
            parent=f"tg:{chat.id}:{reply}" if reply is not None else None,
            dm=chat.type in _DM_TYPES,
            system=service,
            bot=bot,
            own=own,
            reactions=max(0, reactions),
            text=_text(m.get("text")),
        )
    )
