"""What every chat parser produces: one ``ChatMessage`` per message, in the platform's own words reduced to
who spoke, when, to whom and in which conversation.

Why a common shape: the service that writes interactions, the dry run and the tests only ever see these
records, so the four export formats differ only in their parsers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO

FORMATS: tuple[str, ...] = ("discord", "telegram", "whatsapp", "slack")

# A file inside an export (a .zip member, a folder file, or the file itself): its name and a way to open it.
Opener = Callable[[], IO[bytes]]
SourceFile = tuple[str, Opener]


class ChatFormatError(ValueError):
    """The file is not an export this importer reads; the message is one sentence for the user."""


@dataclass(slots=True)
class ChatMessage:
    """One message of a chat export.

    ``key`` is stable across re-exports of the same chat (the platform's message id, or for WhatsApp a digest
    of the line) and is what makes a re-import skip what it already holds. ``at`` is aware (UTC) when the export
    says the zone, naive when it is the phone's local time (then the workspace's zone applies). ``parent`` is
    the key of the message this one answers; ``alt_parent`` the fallback for thread messages whose starter is
    not in the file.
    """

    key: str
    author: str
    author_id: str | None
    at: datetime
    conversation: str
    parent: str | None = None
    alt_parent: str | None = None
    dm: bool = False
    system: bool = False
    bot: bool = False
    own: bool = False  # posted as the channel / community itself (the creator), never an engager
    reactions: int = 0
    text: str = ""


@dataclass
class ChatParse:
    """A parsed export: its format, a title for the report, the messages, and sentences about the file
    (decisions such as the date order, lines that could not be read)."""

    format: str
    title: str
    messages: list[ChatMessage] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (where, why) rows that were not messages
