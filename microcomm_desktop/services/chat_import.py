"""Chat exports (Discord, Telegram, WhatsApp, Slack) into engagers and interactions.

Each message becomes an interaction by its author at its time (local day in the workspace's zone); a reply
keeps its parent so threads and deep threads are computed; direct messages are ``dm``. System messages and
bots are skipped (counted in the report); the workspace's own handles are kept (they time responses and
deepen threads) but never count as engagers (``services.rollups`` leaves them out of EngagerDay).

People are found again by the platform's stable id (``EngagerAlias`` kind "id"), by display name otherwise,
so a rename keeps one person. Message keys (``Interaction.external_id``) make a re-import add only what is
new. The run is ONE transaction, written with the DB-API like the interactions CSV import (the fastest path
measured); a cancel or an error rolls everything back. Message text is stored only when the workspace setting
``chat.store_text`` (or the caller) asks.
"""

from __future__ import annotations

import gc
import hashlib
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import func, insert, select
from sqlalchemy.engine import Engine

from microcomm_desktop.domain.formatting import format_integer
from microcomm_desktop.domain.imports.chat import (
    ChatFormatError,
    ChatMessage,
    ChatParse,
    Opener,
    SourceFile,
    parse_export,
)
from microcomm_desktop.domain.metrics import DEEP_MIN_MESSAGES, DEEP_MIN_PEOPLE
from microcomm_desktop.i18n import active_language, translate
from microcomm_desktop.services.importing import CHUNK, ImportCancelled
from microcomm_desktop.services.rollups import apply_engager_day_changes
from microcomm_desktop.services.timezones import zone
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Engager, Interaction, OwnHandle, Workspace
from microcomm_desktop.store.models.base import table_of
from microcomm_desktop.store.models.chat import EngagerAlias, ForgottenPerson
from microcomm_desktop.store.sqlfuncs import DriverConnection

__all__ = [
    "STORE_TEXT_KEY",
    "ChatFormatError",
    "ChatImportReport",
    "chat_handle",
    "forget_digest",
    "import_chat",
    "read_export",
]

STORE_TEXT_KEY = "chat.store_text"
MAX_ZIP_MEMBERS = 200_000

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

SKIP_SYSTEM = "system messages (joins, leaves, pins, calls, renames)"
SKIP_BOT = "messages by bots"
SKIP_KNOWN = "already imported (same message in an earlier import)"
SKIP_TWICE = "the same message twice in the file"
SKIP_FORGOTTEN = "messages by people you asked the app to forget"


def chat_handle(name: str) -> str:
    """A display name as an engager handle: trimmed, runs of blanks as "_" (so it can be an own handle)."""
    return re.sub(r"\s+", "_", name.strip().lstrip("@").strip())[:120] or "unknown"


def forget_digest(workspace_id: int, platform: str, kind: str, value: str) -> str:
    """One-way digest of a forgotten person's id or name: enough to skip them on re-import, not to read."""
    raw = f"{workspace_id}|{platform}|{kind}|{value.strip().lower() if kind == 'name' else value}"
    return hashlib.sha256(raw.encode()).hexdigest()


# ---------------------------------------------------------------- reading the export


@contextmanager
def _files(path: Path) -> Iterator[tuple[str, list[SourceFile]]]:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file())

        def opener(p: Path) -> Opener:
            return lambda: p.open("rb")

        yield path.name, [(str(p.relative_to(path)).replace("\\", "/"), opener(p)) for p in files]
        return
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir() and not i.filename.startswith("__MACOSX/")]
            if len(infos) > MAX_ZIP_MEMBERS:
                raise ChatFormatError(
                    translate("services.chat_import", "{name} holds {count} files; that is not a chat export.").format(
                        name=path.name, count=_num(len(infos))
                    )
                )
            yield (
                path.stem,
                [(i.filename, (lambda n=i.filename: zf.open(n))) for i in infos],  # type: ignore[misc]
            )
        return
    yield path.name, [(path.name, lambda: path.open("rb"))]


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building or writing hundreds of thousands of records.

    Why: each automatic full collection walks every live object, and an export of 500,000 messages creates
    millions of them, so collections alone made big imports slower per row than small ones. The records hold
    no reference cycles; collection resumes (and catches up) when the work is done.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def read_export(path: Path, fmt: str | None = None, date_order: str | None = None) -> ChatParse:
    """Parse a chat export file, folder or .zip; unreadable input raises ChatFormatError with a sentence."""
    try:
        with _no_gc(), _files(path) as (title, files):
            if not files:
                raise ChatFormatError(translate("services.chat_import", "{name} is empty.").format(name=path.name))
            return parse_export(title, files, fmt, date_order)
    except OSError as exc:
        raise ChatFormatError(
            translate("services.chat_import", "Cannot read {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    except (zipfile.BadZipFile, UnicodeError, RecursionError) as exc:
        raise ChatFormatError(
            translate("services.chat_import", "{name} cannot be read as a chat export ({reason}).").format(
                name=path.name, reason=exc
            )
        ) from exc


# ---------------------------------------------------------------- report


@dataclass
class ChatImportReport:
    """What the file holds and what the import did (or would do); ``lines()`` is the text the GUI and CLI show."""

    format: str = ""
    title: str = ""
    dry_run: bool = False
    messages: int = 0  # messages in the file
    people: int = 0  # engagers in the file (not bots, not own handles)
    threads: int = 0  # conversation threads among the file's messages
    deep_threads: int = 0
    days: int = 0  # distinct local days with messages
    dms: int = 0
    own_messages: int = 0
    reactions: int = 0
    new_messages: int = 0
    new_people: int = 0
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (kept handle, new display name)
    skipped: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    written: bool = False
    cancelled: bool = False

    def lines(self) -> list[str]:
        if active_language() != "en":
            return self._lines_translated()
        verb = "Would add" if not self.written else "Added"
        name = {"whatsapp": "WhatsApp"}.get(self.format, self.format.capitalize())
        head = f"{name} export {self.title!r}: "
        out = [
            head + f"{self.messages:,} messages, {self.people:,} people, {self.threads:,} threads "
            f"({self.deep_threads:,} deep), {self.days:,} days.",
        ]
        if self.cancelled:
            out.append("Cancelled: nothing was written.")
        elif self.dry_run:
            out.append("Dry run: nothing was written.")
        people = "new person" if self.new_people == 1 else "new people"
        out.append(f"{verb} {self.new_messages:,} messages and {self.new_people:,} {people}.")
        if self.dms:
            out.append(f"{self.dms:,} direct messages (counted as DMs).")
        if self.own_messages:
            out.append(f"{self.own_messages:,} messages by your own handles: kept for response times, not engagers.")
        if self.reactions:
            out.append(f"{self.reactions:,} reactions counted on their messages (reactions are not people).")
        for why, n in sorted(self.skipped.items()):
            out.append(f"Skipped {n:,}: {why}.")
        for old, new in self.renamed[:50]:
            out.append(f"Renamed: @{old} now writes as {new!r}; kept as one person.")
        out += self.notes
        out += [f"{where}: not imported: {why}" for where, why in self.unreadable[:200]]
        if len(self.unreadable) > 200:
            out.append(f"… and {len(self.unreadable) - 200:,} more unreadable entries.")
        return out

    def _lines_translated(self) -> list[str]:
        """The report in another language: every count with its own plural form (English keeps the code above,
        byte for byte)."""
        name = {"whatsapp": "WhatsApp"}.get(self.format, self.format.capitalize())
        messages, people, threads = self.messages, self.people, self.threads
        deep, days, new_messages, new_people = self.deep_threads, self.days, self.new_messages, self.new_people
        out = [
            translate(
                "services.chat_import",
                "{platform} export {title}: {messages}, {people}, {threads} ({deep}), {days}.",
            ).format(
                platform=name,
                title=repr(self.title),
                messages=translate("services.chat_import", "%n message(s)", None, messages),
                people=translate("services.chat_import", "%n person(s)", None, people),
                threads=translate("services.chat_import", "%n thread(s)", None, threads),
                deep=translate("services.chat_import", "%n deep", None, deep),
                days=translate("services.chat_import", "%n day(s)", None, days),
            )
        ]
        if self.cancelled:
            out.append(translate("services.chat_import", "Cancelled: nothing was written."))
        elif self.dry_run:
            out.append(translate("services.chat_import", "Dry run: nothing was written."))
        added = (
            translate("services.chat_import", "Added {messages} and {people}.")
            if self.written
            else translate("services.chat_import", "Would add {messages} and {people}.")
        )
        out.append(
            added.format(
                messages=translate("services.chat_import", "%n message(s)", None, new_messages),
                people=translate("services.chat_import", "%n new person(s)", None, new_people),
            )
        )
        dms, own, reactions = self.dms, self.own_messages, self.reactions
        if dms:
            out.append(translate("services.chat_import", "%n direct message(s) (counted as DMs).", None, dms))
        if own:
            out.append(
                translate(
                    "services.chat_import",
                    "%n message(s) by your own handles: kept for response times, not engagers.",
                    None,
                    own,
                )
            )
        if reactions:
            out.append(
                translate(
                    "services.chat_import",
                    "%n reaction(s) counted on their messages (reactions are not people).",
                    None,
                    reactions,
                )
            )
        for why, n in sorted(self.skipped.items()):
            out.append(
                translate("services.chat_import", "Skipped {count}: {reason}.").format(
                    count=_num(n), reason=_skip_text(why)
                )
            )
        for old, new in self.renamed[:50]:
            out.append(
                translate(
                    "services.chat_import", "Renamed: @{handle} now writes as {name}; kept as one person."
                ).format(handle=old, name=repr(new))
            )
        out += self.notes
        out += [
            translate("services.chat_import", "{where}: not imported: {reason}").format(where=where, reason=why)
            for where, why in self.unreadable[:200]
        ]
        more = len(self.unreadable) - 200
        if more > 0:
            out.append(translate("services.chat_import", "… and %n more unreadable entries.", None, more))
        return out


def _num(n: int) -> str:
    lang = active_language()
    return f"{n:,}" if lang == "en" else format_integer(n, lang)


def _skip_text(reason: str) -> str:
    """A ``SKIP_*`` key (the report's counter keys, English) in the reader's language."""
    texts = {
        SKIP_SYSTEM: translate("services.chat_import", "system messages (joins, leaves, pins, calls, renames)"),
        SKIP_BOT: translate("services.chat_import", "messages by bots"),
        SKIP_KNOWN: translate("services.chat_import", "already imported (same message in an earlier import)"),
        SKIP_TWICE: translate("services.chat_import", "the same message twice in the file"),
        SKIP_FORGOTTEN: translate("services.chat_import", "messages by people you asked the app to forget"),
    }
    return texts.get(reason, reason)


# ---------------------------------------------------------------- import


class _NothingToWrite(Exception):
    pass


def _tick(progress: Progress | None, cancelled: Cancelled | None, done: int, total: int) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    if progress is not None:
        progress(done, total)


@dataclass
class _Person:
    eid: int | None
    handle: str
    author_id: str | None
    names: set[str]
    own: bool = False  # one of the workspace's own handles


def import_chat(
    engine: Engine,
    workspace_id: int,
    parsed: ChatParse,
    *,
    dry_run: bool = False,
    store_text: bool | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ChatImportReport:
    """Write a parsed export into the workspace (or, with ``dry_run``, only count). See the module doc."""
    from microcomm_desktop.services.settings import get_setting

    if store_text is None:
        store_text = bool(get_setting(engine, STORE_TEXT_KEY, workspace_id))
    platform = parsed.format
    rep = ChatImportReport(parsed.format, parsed.title, dry_run, notes=list(parsed.notes))
    rep.unreadable = list(parsed.unreadable)
    rep.messages = len(parsed.messages)
    it = table_of(Interaction)
    eng = table_of(Engager)
    ali = table_of(EngagerAlias)
    n = len(parsed.messages)
    total = max(1, n * 3)
    step = max(1, min(CHUNK, n // 50 or 1))
    try:
        with _no_gc(), session_scope(engine) as s:
            ws = s.get(Workspace, workspace_id)
            if ws is None:
                raise ChatFormatError(translate("services.chat_import", "That workspace no longer exists."))
            zone_ = zone(ws.timezone)
            when = _Clock(zone_)
            known: dict[str, int] = {
                str(e): int(i)
                for i, e in s.execute(
                    select(it.c.id, it.c.external_id).where(
                        it.c.workspace_id == workspace_id, it.c.external_id.is_not(None)
                    )
                )
            }
            forgotten = {
                str(d)
                for (d,) in s.execute(
                    select(table_of(ForgottenPerson).c.digest).where(
                        table_of(ForgottenPerson).c.workspace_id == workspace_id
                    )
                )
            }
            own_specs = {
                (str(p), str(h))
                for p, h in s.execute(
                    select(table_of(OwnHandle).c.platform, table_of(OwnHandle).c.handle).where(
                        table_of(OwnHandle).c.workspace_id == workspace_id
                    )
                )
            }
            by_id: dict[str, int] = {}
            by_name: dict[str, int] = {}
            has_id: set[int] = set()
            for eid, kind, value in s.execute(
                select(ali.c.engager_id, ali.c.kind, ali.c.value).where(
                    ali.c.workspace_id == workspace_id, ali.c.platform == platform
                )
            ):
                if kind == "id":
                    by_id[str(value)] = int(eid)
                    has_id.add(int(eid))
                else:
                    by_name.setdefault(str(value).lower(), int(eid))
            handle_of: dict[int, str] = {}
            by_handle: dict[str, int] = {}
            for eid, h in s.execute(
                select(eng.c.id, eng.c.handle).where(eng.c.workspace_id == workspace_id, eng.c.platform == platform)
            ):
                handle_of[int(eid)] = str(h)
                by_handle[str(h).lower()] = int(eid)

            # ---- pass 1: decide what each message is, and who wrote it
            people: dict[tuple[str, str], _Person] = {}  # ("id", id) or ("name", lower name) -> person
            taken = set(by_handle)
            kept: list[tuple[ChatMessage, tuple[str, str], str, str]] = []
            in_file: set[str] = set()
            counted_people: set[tuple[str, str]] = set()
            days: set[str] = set()
            own_auto: set[str] = set()
            name_keys: dict[str, str] = {}
            for i, m in enumerate(parsed.messages):
                if i % step == 0:
                    _tick(progress, cancelled, i, total)
                if m.system:
                    rep.skipped[SKIP_SYSTEM] += 1
                    continue
                if m.bot:
                    rep.skipped[SKIP_BOT] += 1
                    continue
                if m.key in in_file:
                    rep.skipped[SKIP_TWICE] += 1
                    continue
                in_file.add(m.key)
                # By stable id where the export has one (someone else may share the name), else by name.
                if forgotten and (
                    forget_digest(workspace_id, platform, "id", m.author_id) in forgotten
                    if m.author_id
                    else forget_digest(workspace_id, platform, "name", chat_handle(m.author)) in forgotten
                ):
                    rep.skipped[SKIP_FORGOTTEN] += 1
                    continue
                if m.author_id:
                    pkey = ("id", m.author_id)
                else:
                    low = name_keys.get(m.author)
                    if low is None:
                        low = name_keys[m.author] = chat_handle(m.author).lower()
                    pkey = ("name", low)
                person = people.get(pkey)
                if person is None:
                    person = _resolve(m, platform, by_id, by_name, by_handle, has_id, handle_of, taken)
                    hl = person.handle.lower()
                    person.own = (platform, hl) in own_specs or ("", hl) in own_specs
                    people[pkey] = person
                person.names.add(m.author)
                if m.own and not person.own:
                    own_auto.add(person.handle.lower())
                if m.own or person.own:
                    rep.own_messages += 1
                else:
                    counted_people.add(pkey)
                utc_text, local_day = when(m.at)
                days.add(local_day)
                if m.dm:
                    rep.dms += 1
                rep.reactions += m.reactions
                kept.append((m, pkey, utc_text, local_day))
            rep.people = len(counted_people)
            rep.days = len(days)
            rep.threads, rep.deep_threads = _threads(kept)
            new = [(m, pk, u, d) for m, pk, u, d in kept if m.key not in known]
            rep.skipped[SKIP_KNOWN] += len(kept) - len(new)
            if not rep.skipped[SKIP_KNOWN]:
                del rep.skipped[SKIP_KNOWN]
            rep.new_messages = len(new)
            needed = {pk for _m, pk, _u, _d in new}
            rep.new_people = sum(1 for pk in needed if people[pk].eid is None)
            for pk in needed:
                p = people[pk]
                if p.eid is not None and handle_of.get(p.eid):
                    for nm in sorted(p.names):
                        low = chat_handle(nm).lower()
                        if low != handle_of[p.eid].lower() and low not in by_name:
                            rep.renamed.append((handle_of[p.eid], nm))
            if own_auto:
                handles = ", ".join(f"{platform}:@{h}" for h in sorted(own_auto))
                if len(own_auto) == 1:
                    note = translate(
                        "services.chat_import",
                        "Messages posted as the channel itself count as yours: {handles} becomes an own handle of this "
                        "workspace.",
                    )
                else:
                    note = translate(
                        "services.chat_import",
                        "Messages posted as the channel itself count as yours: {handles} become an own handle of this "
                        "workspace.",
                    )
                rep.notes.append(note.format(handles=handles))
            if dry_run:
                raise _NothingToWrite()

            # ---- pass 2: write people, aliases, interactions, reactions, rollups
            if own_auto:
                s.execute(
                    insert(table_of(OwnHandle)),
                    [{"workspace_id": workspace_id, "platform": platform, "handle": h} for h in sorted(own_auto)],
                )
            fresh = [people[pk] for pk in sorted(needed) if people[pk].eid is None]
            if fresh:
                s.execute(
                    insert(eng),
                    [
                        {
                            "workspace_id": workspace_id,
                            "platform": platform,
                            "handle": p.handle,
                            "power_member": False,
                            "notes": "",
                        }
                        for p in fresh
                    ],
                )
                ids = {
                    str(h): int(e)
                    for e, h in s.execute(
                        select(eng.c.id, eng.c.handle).where(
                            eng.c.workspace_id == workspace_id, eng.c.platform == platform
                        )
                    )
                }
                for p in fresh:
                    p.eid = ids[p.handle]
            aliases: set[tuple[int, str, str]] = set()
            for pk in needed:
                p = people[pk]
                assert p.eid is not None
                if p.author_id and p.author_id not in by_id:
                    aliases.add((p.eid, "id", p.author_id))
                    by_id[p.author_id] = p.eid
                for nm in p.names:
                    low = chat_handle(nm).lower()
                    if low not in by_name:
                        aliases.add((p.eid, "name", chat_handle(nm)[:120]))
                        by_name[low] = p.eid
            if aliases:
                s.execute(
                    insert(ali),
                    [
                        {"workspace_id": workspace_id, "engager_id": e, "platform": platform, "kind": k, "value": v}
                        for e, k, v in sorted(aliases)
                    ],
                )
            next_id = int(s.execute(select(func.max(it.c.id))).scalar() or 0) + 1
            new_ids: dict[str, int] = {}
            for m, _pk, _u, _d in new:
                new_ids[m.key] = next_id
                next_id += 1
            rows: list[tuple[Any, ...]] = []
            links: list[tuple[int, int]] = []
            reactions: list[tuple[int, int]] = []
            orphans = 0
            for i, (m, pk, utc_text, local_day) in enumerate(new):
                if i % step == 0:
                    _tick(progress, cancelled, n + i * n // max(1, len(new)), total)
                iid = new_ids[m.key]
                parent_id = None
                threaded = False
                if m.parent:
                    parent_id = new_ids.get(m.parent) or known.get(m.parent)
                    if parent_id is None and m.alt_parent:
                        parent_id = new_ids.get(m.alt_parent) or known.get(m.alt_parent)
                    if parent_id is None:
                        orphans += 1
                    elif parent_id == iid:
                        parent_id = None
                    elif parent_id > iid:  # the parent comes later in the file: linked once both exist
                        links.append((parent_id, iid))
                        parent_id = None
                        threaded = True
                    else:
                        threaded = True
                kind = "dm" if m.dm else ("reply" if threaded else "comment")
                rows.append(
                    (
                        iid,
                        workspace_id,
                        people[pk].eid,
                        None,
                        kind,
                        utc_text,
                        local_day,
                        parent_id,
                        m.key[:64],
                        m.text if store_text else "",
                    )
                )
                if m.reactions > 0:
                    reactions.append((iid, m.reactions))
            if orphans:
                if active_language() == "en":  # the English code path of before, byte for byte
                    rep.notes.append(
                        f"{orphans:,} replies answer a message that is not in this file or the workspace; "
                        "each starts its own thread."
                    )
                else:
                    rep.notes.append(
                        translate(
                            "services.chat_import",
                            "%n reply/replies answer(s) a message that is not in this file or the workspace; each "
                            "starts its own thread.",
                            None,
                            orphans,
                        )
                    )
            drv = DriverConnection(s.connection())  # "?" SQL on both engines, in the session's transaction
            sql = (
                "INSERT INTO interaction (id, workspace_id, engager_id, post_id, kind, occurred_at, local_date, "
                "parent_id, external_id, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            )
            for c in range(0, len(rows), CHUNK):
                drv.executemany(sql, rows[c : c + CHUNK])
                _tick(progress, cancelled, n + n // 2 + min(c + CHUNK, len(rows)) * n // max(2, 2 * len(rows)), total)
            if links:
                drv.executemany("UPDATE interaction SET parent_id = ? WHERE id = ?", links)
            if reactions:
                drv.executemany("INSERT INTO chatreaction (interaction_id, count) VALUES (?, ?)", reactions)
            changes = Counter((r[2], r[6]) for r in rows)
            del rows

            def rollup_step(done: int, steps: int) -> None:
                _tick(progress, cancelled, min(2 * n + done * n // max(1, steps), total - 1), total)

            apply_engager_day_changes(s, workspace_id, ((e, d, k) for (e, d), k in changes.items()), step=rollup_step)
            rep.written = True
    except _NothingToWrite:
        rep.written = False
    except ImportCancelled:
        rep.cancelled = True
        rep.written = False
    if progress is not None and not rep.cancelled:
        progress(1, 1)
    return rep


class _Clock:
    """UTC text (SQLAlchemy's naive DATETIME form) and local ISO day of a message time, the zone conversion
    done once per 15 minutes of UTC rather than per message (every zone's offset is a multiple of 15 minutes,
    so a local day never changes inside such a slot)."""

    def __init__(self, tz: Any) -> None:
        self.tz = tz
        self.days: dict[int, str] = {}

    def __call__(self, at: datetime) -> tuple[str, str]:
        if at.tzinfo is None:
            at = at.replace(tzinfo=self.tz)
        if at.tzinfo is not UTC:
            at = at.astimezone(UTC)
        slot = int(at.timestamp()) // 900
        day = self.days.get(slot)
        if day is None:
            day = at.astimezone(self.tz).date().isoformat()
            self.days[slot] = day
        return at.isoformat(" ", "microseconds")[:26], day  # without the "+00:00"


def _threads(kept: list[tuple[ChatMessage, tuple[str, str], str, str]]) -> tuple[int, int]:
    """(threads, deep threads) among the file's kept messages (docs/domain.md §4: deep = 3+ messages from 2+ people);
    a parent outside the file makes the message a root, as ``metrics.conversation_depth`` does.

    Vectorised (pointer jumping over a parent array) because a 500,000-message export has as many messages."""
    n = len(kept)
    if n == 0:
        return 0, 0
    idx = {m.key: i for i, (m, _p, _u, _d) in enumerate(kept)}
    parent = np.fromiter(
        (
            idx.get(m.parent, -1) if m.parent else (idx.get(m.alt_parent, -1) if m.alt_parent else -1)
            for m, _p, _u, _d in kept
        ),
        dtype=np.int64,
        count=n,
    )
    own = np.arange(n, dtype=np.int64)
    root = np.where(parent >= 0, parent, own)
    for _ in range(64):  # each pass halves every chain; a cycle (corrupt data) stops at the limit
        nxt = root[root]
        if np.array_equal(nxt, root):
            break
        root = nxt
    person_ids: dict[tuple[str, str], int] = {}
    person = np.fromiter((person_ids.setdefault(p, len(person_ids)) for _m, p, _u, _d in kept), np.int64, n)
    roots, sizes = np.unique(root, return_counts=True)
    big = roots[sizes >= DEEP_MIN_MESSAGES]
    in_big = np.isin(root, big)
    pairs = np.unique(root[in_big] * (len(person_ids) + 1) + person[in_big])
    people_per_root = np.unique(pairs // (len(person_ids) + 1), return_counts=True)[1]
    return int(len(roots)), int(np.count_nonzero(people_per_root >= DEEP_MIN_PEOPLE))


def _resolve(
    m: ChatMessage,
    platform: str,
    by_id: dict[str, int],
    by_name: dict[str, int],
    by_handle: dict[str, int],
    has_id: set[int],
    handle_of: dict[int, str],
    taken: set[str],
) -> _Person:
    """Who wrote ``m``: the person with its stable id, else (no id in the export, or a person first logged by
    hand) the one with its name, else someone new with a handle no one else in the workspace has."""
    handle = chat_handle(m.author)
    low = handle.lower()
    if m.author_id and m.author_id in by_id:
        eid = by_id[m.author_id]
        return _Person(eid, handle_of.get(eid, handle), m.author_id, set())
    eid_by_name = by_name.get(low, by_handle.get(low))
    if eid_by_name is not None and (m.author_id is None or eid_by_name not in has_id):
        return _Person(eid_by_name, handle_of.get(eid_by_name, handle), m.author_id, set())
    if low in taken:  # someone else already has this name (a different id): keep them apart
        suffix = (m.author_id or "x")[-4:]
        handle = f"{handle[:110]}_{suffix}"
        k = 2
        while handle.lower() in taken:
            handle = f"{handle[:108]}_{suffix}{k}"
            k += 1
    taken.add(handle.lower())
    return _Person(None, handle, m.author_id, set())
