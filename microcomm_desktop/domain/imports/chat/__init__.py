"""Chat exports as engagement data: Discord (DiscordChatExporter JSON/CSV), Telegram Desktop JSON, WhatsApp
"Export chat" text and Slack workspace exports, parsed into one ``ChatMessage`` shape.

Pure Python (no Qt, no database): the service hands in the export's files (a file, a folder's files or a
.zip's members) as (name, opener) pairs, so the same parsers serve the GUI, the CLI and the tests.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from microcomm_desktop.domain.imports.chat.discord import parse_discord_csv, parse_discord_json
from microcomm_desktop.domain.imports.chat.model import (
    FORMATS,
    ChatFormatError,
    ChatMessage,
    ChatParse,
    Opener,
    SourceFile,
)
from microcomm_desktop.domain.imports.chat.slack import parse_slack
from microcomm_desktop.domain.imports.chat.telegram import parse_telegram
from microcomm_desktop.domain.imports.chat.whatsapp import parse_whatsapp
from microcomm_desktop.i18n import translate

__all__ = [
    "DM_SESSION_GAP",
    "FORMATS",
    "ChatFormatError",
    "ChatMessage",
    "ChatParse",
    "Opener",
    "SourceFile",
    "detect_format",
    "link_dm_sessions",
    "parse_export",
]

# A direct-message exchange with no reply links (WhatsApp, Discord CSV, most DMs) is one conversation thread
# while its messages follow each other within this gap; a longer silence starts a new thread.
DM_SESSION_GAP = timedelta(hours=24)
KEY_MAX = 64  # Interaction.external_id


def _head(opener: Opener, n: int = 8192) -> bytes:
    with opener() as fh:
        return fh.read(n)


def detect_format(files: list[SourceFile]) -> str:
    """The export's format from its file names and first bytes; ChatFormatError with a sentence if unknown."""
    names = [n.replace("\\", "/") for n, _ in files]
    if any(n == "users.json" or n.endswith("/users.json") for n in names):
        return "slack"
    for n, opener in files:
        low = n.lower()
        if low.endswith(".txt"):
            return "whatsapp"
        if low.endswith(".csv"):
            head = _head(opener).decode("utf-8-sig", errors="replace").lower()
            if "authorid" in head.split("\n", 1)[0]:
                return "discord"
        if low.endswith(".json"):
            head = _head(opener).decode("utf-8-sig", errors="replace")
            if '"guild"' in head or ('"channel"' in head and '"messages"' in head and '"author"' in head):
                return "discord"
            if '"from_id"' in head or '"personal_information"' in head or '"chats"' in head:
                return "telegram"
            if '"messages"' in head and ('"type"' in head and '"id"' in head):
                return "telegram"
    raise ChatFormatError(
        translate(
            "domain.imports.chat",
            "This file is not a chat export the app reads: use a DiscordChatExporter JSON or CSV, Telegram's "
            "result.json, a WhatsApp chat .txt (or its .zip) or a Slack export folder or .zip.",
        )
    )


def parse_export(
    title: str, files: list[SourceFile], fmt: str | None = None, date_order: str | None = None
) -> ChatParse:
    """Parse an export (``fmt`` None: detected). Messages come back in time order with DM sessions linked."""
    if fmt is not None and fmt not in FORMATS:
        raise ChatFormatError(
            translate("domain.imports.chat", "Unknown chat format {format}; use one of {formats}.").format(
                format=repr(fmt), formats=", ".join(FORMATS)
            )
        )
    fmt = fmt or detect_format(files)
    if fmt == "slack":
        result = parse_slack(title, files)
    else:
        result = ChatParse(fmt, title)
        wanted = {
            "discord": (".json", ".csv"),
            "telegram": (".json",),
            "whatsapp": (".txt",),
        }[fmt]
        picked = [(n, o) for n, o in files if n.lower().endswith(wanted)]
        if fmt == "whatsapp":
            picked = [(n, o) for n, o in picked if not n.split("/")[-1].startswith(".")][:1] or picked[:1]
        if not picked:
            raise ChatFormatError(
                translate("domain.imports.chat", "{title} holds no {extensions} file for a {format} export.").format(
                    title=title, extensions=translate("domain.imports.chat", " or ").join(wanted), format=fmt
                )
            )
        for n, opener in picked:
            if fmt == "whatsapp":
                with opener() as fh:
                    part = parse_whatsapp(n if len(files) > 1 else title, fh.read(), date_order)
            elif fmt == "telegram":
                with opener() as fh:
                    part = parse_telegram(n, fh)
            elif n.lower().endswith(".csv"):
                with opener() as fh:
                    part = parse_discord_csv(n, fh.read())
            else:
                with opener() as fh:
                    part = parse_discord_json(n, fh)
            result.messages.extend(part.messages)
            result.notes.extend(part.notes)
            result.unreadable.extend(part.unreadable)
            if len(picked) == 1:
                result.title = part.title
    for m in result.messages:  # keys are stored in a 64-character column; long ones become a digest
        m.key, m.parent, m.alt_parent = _fit(m.key) or m.key, _fit(m.parent), _fit(m.alt_parent)
    try:
        result.messages.sort(key=lambda m: m.at)  # stable: file order among equal times
    except TypeError:  # zoned and local times mixed (a Telegram export without unix times in places)
        result.messages.sort(key=lambda m: m.at.replace(tzinfo=None))
    link_dm_sessions(result.messages)
    return result


def _fit(key: str | None) -> str | None:
    if key is None or len(key) <= KEY_MAX:
        return key
    prefix = key.split(":", 1)[0]
    return f"{prefix}:#{hashlib.sha1(key.encode()).hexdigest()}"


def link_dm_sessions(messages: list[ChatMessage]) -> None:
    """Give DMs without a reply link the previous message of their conversation as parent while the exchange
    goes on (gap under ``DM_SESSION_GAP``), so a DM conversation is a thread as docs/domain.md §4 counts them."""
    last: dict[str, ChatMessage] = {}
    for m in messages:
        if not m.dm or m.system or m.bot:
            continue
        prev = last.get(m.conversation)
        if m.parent is None and prev is not None and abs(m.at - prev.at) < DM_SESSION_GAP:
            m.parent = prev.key
        last[m.conversation] = m
