"""Slack workspace export (a folder or .zip): ``users.json``, ``channels.json`` / ``groups.json`` /
``dms.json`` / ``mpims.json`` and one folder per conversation holding ``YYYY-MM-DD.json`` arrays of messages
``{"type": "message", "subtype", "user", "ts", "thread_ts", "reactions": [{"count"}], "bot_id"}``.

A reply carries its thread's ``thread_ts`` (the parent's ``ts``); conversations listed in ``dms.json`` or
``mpims.json`` are direct messages. Slack user ids (``U…``) are the stable person ids.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from microcomm_desktop.domain.imports.chat.model import ChatFormatError, ChatMessage, ChatParse, SourceFile
from microcomm_desktop.i18n import translate

# Subtypes that are the system talking (joins, leaves, topic/purpose/name changes, pins), not a person.
_SYSTEM = {
    "channel_join",
    "channel_leave",
    "channel_topic",
    "channel_purpose",
    "channel_name",
    "channel_archive",
    "channel_unarchive",
    "group_join",
    "group_leave",
    "group_topic",
    "group_purpose",
    "group_name",
    "group_archive",
    "group_unarchive",
    "pinned_item",
    "unpinned_item",
    "tombstone",
    "huddle_thread",
    "sh_room_created",
    "reminder_add",
    "bot_add",
    "bot_remove",
    "channel_convert_to_private",
}


def _load(opener: Any) -> Any:
    with opener() as fh:
        return json.loads(fh.read().decode("utf-8-sig", errors="replace"))


def parse_slack(title: str, files: list[SourceFile]) -> ChatParse:
    out = ChatParse("slack", title)
    by_name = {n.replace("\\", "/"): o for n, o in files}
    users_key = next((n for n in by_name if n == "users.json" or n.endswith("/users.json")), None)
    if users_key is None:
        raise ChatFormatError(
            translate(
                "domain.imports.chat", "{title}: a Slack export has users.json next to the channel folders."
            ).format(title=title)
        )
    root = users_key[: -len("users.json")]
    try:
        users = {str(u.get("id")): u for u in _load(by_name[users_key]) if isinstance(u, dict)}
    except (ValueError, TypeError) as exc:
        raise ChatFormatError(
            translate("domain.imports.chat", "{title}: users.json cannot be read ({reason}).").format(
                title=title, reason=exc
            )
        ) from exc
    folders: dict[str, tuple[str, bool]] = {}  # folder -> (conversation id, is a DM)
    for listing, dm in (("channels.json", False), ("groups.json", False), ("dms.json", True), ("mpims.json", True)):
        opener = by_name.get(root + listing)
        if opener is None:
            continue
        try:
            items = _load(opener)
        except ValueError:
            out.notes.append(
                translate(
                    "domain.imports.chat", "{file} cannot be read; its conversations are taken by folder name."
                ).format(file=listing)
            )
            continue
        for c in items if isinstance(items, list) else []:
            if isinstance(c, dict) and c.get("id"):
                folder = str(c.get("name") or c["id"]) if listing != "dms.json" else str(c["id"])
                folders[folder] = (str(c["id"]), dm)
    day_files = sorted(
        n for n in by_name if n.startswith(root) and n.endswith(".json") and "/" in n[len(root) :].strip("/")
    )
    if not day_files:
        raise ChatFormatError(
            translate(
                "domain.imports.chat", "{title}: no channel folders with day files (YYYY-MM-DD.json) were found."
            ).format(title=title)
        )
    for n in day_files:
        folder = n[len(root) :].split("/")[0]
        conv_id, dm = folders.get(folder, (folder, folder.startswith("D")))
        try:
            msgs = _load(by_name[n])
        except ValueError as exc:
            out.unreadable.append((n, translate("domain.imports.chat", "not JSON ({reason})").format(reason=exc)))
            continue
        if not isinstance(msgs, list):
            out.unreadable.append((n, translate("domain.imports.chat", "not a list of messages")))
            continue
        for m in msgs:
            msg = _message(m, conv_id, dm, users, n, out)
            if msg is not None:
                out.messages.append(msg)
    return out


def _name(users: dict[str, Any], uid: str | None, m: dict[str, Any]) -> str:
    u = users.get(uid or "")
    if isinstance(u, dict):
        prof = u.get("profile") if isinstance(u.get("profile"), dict) else {}
        assert isinstance(prof, dict)
        for v in (prof.get("display_name"), prof.get("real_name"), u.get("real_name"), u.get("name")):
            if v:
                return str(v)
    prof = m.get("user_profile") if isinstance(m.get("user_profile"), dict) else {}
    assert isinstance(prof, dict)
    return str(prof.get("display_name") or prof.get("real_name") or m.get("username") or uid or "unknown")


def _message(m: Any, conv: str, dm: bool, users: dict[str, Any], where: str, out: ChatParse) -> ChatMessage | None:
    if not isinstance(m, dict) or m.get("type", "message") != "message":
        return None
    ts = str(m.get("ts") or "")
    try:
        at = datetime.fromtimestamp(float(ts), UTC)
    except (ValueError, OverflowError, OSError):
        out.unreadable.append(
            (where, translate("domain.imports.chat", "message without a readable ts {value}").format(value=repr(ts)))
        )
        return None
    sub = str(m.get("subtype") or "")
    uid = str(m["user"]) if m.get("user") else None
    u = users.get(uid or "")
    bot = (
        sub == "bot_message"
        or bool(m.get("bot_id"))
        and not uid
        or uid == "USLACKBOT"
        or bool(isinstance(u, dict) and (u.get("is_bot") or u.get("is_app_user")))
    )
    thread = str(m.get("thread_ts") or "")
    parent = f"sl:{conv}:{thread}" if thread and thread != ts else None
    reactions = sum(
        int(r.get("count") or len(r.get("users") or [])) for r in m.get("reactions") or [] if isinstance(r, dict)
    )
    return ChatMessage(
        key=f"sl:{conv}:{ts}",
        author=_name(users, uid, m) if uid else str(m.get("username") or m.get("bot_id") or "unknown"),
        author_id=uid or (str(m["bot_id"]) if m.get("bot_id") else None),
        at=at,
        conversation=f"sl:{conv}",
        parent=parent,
        dm=dm,
        system=sub in _SYSTEM,
        bot=bot,
        reactions=max(0, reactions),
        text=str(m.get("text") or ""),
    )
