"""CSV exports of posts, engagers and interactions (CLI and "Export to CSV…").

Headers are the generic preset's names, so an export re-imported with the generic preset (or the
interactions preset) reproduces the same data; computed columns come after them and are ignored on import.
Every file is written all-or-nothing and text cells are guarded against formula injection
(services.safe_files, domain.csv_safety); the importer removes exactly that guard, so the round trip is lossless.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine

from microcomm_desktop.domain.metrics import (
    engagement_rate,
    format_rate,
    post_engagements,
    replies_per_1k,
    saves_per_1k,
)
from microcomm_desktop.services.interactions import ENGAGER_FIELDS, load_engager_rows
from microcomm_desktop.services.safe_files import write_csv_rows
from microcomm_desktop.services.timezones import zone
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Engager, Interaction, Post, PostTheme, Theme, Workspace
from microcomm_desktop.store.models.base import table_of

POST_HEADERS = [
    "Date/time",
    "Platform",
    "Platform post id",
    "Link",
    "Format",
    "Themes",
    "Label",
    "Title",
    "Reach",
    "Impressions",
    "Views",
    "Likes",
    "Comments",
    "Shares",
    "Saves",
    "DM replies",
    "Engagements",
    "Conversions",
    "Notes",
]
INTERACTION_HEADERS = ["handle", "kind", "timestamp", "post", "id", "parent", "platform", "text"]


def _blank(v: Any) -> Any:
    return "" if v is None else v


def export_posts(engine: Engine, workspace_id: int, path: Path) -> int:
    """All posts, oldest first; date/time in the workspace's local time with its UTC offset (ISO 8601).

    Themes go in one cell, comma-separated (theme names cannot hold a comma), which the generic preset's
    "Themes" column splits back into the same themes on re-import.
    """
    p = table_of(Post)
    t, pt = table_of(Theme), table_of(PostTheme)
    with session_scope(engine) as s:
        ws = s.get(Workspace, workspace_id)
        tz = zone(ws.timezone if ws else "UTC")
        er_def = ws.er_definition if ws else "reach"
        rows = (
            s.execute(select(p).where(p.c.workspace_id == workspace_id).order_by(p.c.published_at, p.c.id))
            .mappings()
            .all()
        )
        themes: dict[int, list[str]] = {}
        for post_id, name in s.execute(
            select(pt.c.post_id, t.c.name)
            .select_from(pt.join(t, t.c.id == pt.c.theme_id))
            .where(t.c.workspace_id == workspace_id)
            .order_by(pt.c.post_id, t.c.name)
        ):
            themes.setdefault(int(post_id), []).append(str(name))
    er_head = f"ER by {er_def} %"

    def lines() -> Iterator[list[object]]:
        for r in rows:
            when = r["published_at"]
            when = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(tz)
            eng = post_engagements(r["likes"], r["comments"], r["shares"], r["saves"], r["engagements"])
            yield (
                [
                    when.isoformat(timespec="minutes"),
                    r["platform"],
                    _blank(r["platform_post_id"]),
                    r["link"],
                    r["format"],
                    ", ".join(themes.get(int(r["id"]), ())),
                    r["label"],
                    r["title"],
                    r["reach"],
                    r["impressions"],
                    r["views"],
                    r["likes"],
                    r["comments"],
                    r["shares"],
                    r["saves"],
                    r["dm_replies"],
                    _blank(r["engagements"]),
                    _blank(r["conversions"]),
                    r["notes"],
                    format_rate(
                        engagement_rate(
                            eng, r["reach"], r["impressions"], "impressions" if er_def == "impressions" else "reach"
                        )
                    ),
                    format_rate(saves_per_1k(r["saves"], r["reach"]), 1),
                    format_rate(replies_per_1k(r["comments"], r["reach"]), 1),
                ]
            )

    write_csv_rows(path, [*POST_HEADERS, er_head, "Saves per 1k reach", "Replies per 1k reach"], lines)
    return len(rows)


def export_engagers(engine: Engine, workspace_id: int, path: Path, today: date) -> int:
    rows = load_engager_rows(engine, workspace_id, today)
    idx = {k: i for i, k in enumerate(ENGAGER_FIELDS)}
    header: list[object] = [
        "platform",
        "handle",
        "first seen",
        "last seen",
        "interactions 30d",
        "returning",
        "power member",
        "notes",
    ]

    def lines() -> Iterator[list[object]]:
        for r in rows:
            yield (
                [
                    r[idx["platform"]],
                    r[idx["handle"]],
                    _blank(r[idx["first_seen"]]),
                    _blank(r[idx["last_seen"]]),
                    r[idx["interactions_30d"]],
                    "yes" if r[idx["active_days_30d"]] >= 2 else "no",
                    "yes" if r[idx["power_member"]] else "no",
                    r[idx["notes"]],
                ]
            )

    write_csv_rows(path, header, lines)
    return len(rows)


def export_interactions(engine: Engine, workspace_id: int, path: Path) -> int:
    """One row per interaction; ``post`` is the platform post id (or link) so the file re-imports.

    Interactions without a platform id get "mc-<id>" so replies can name their parent and a re-import into the
    same workspace recognises rows it already has.
    """
    it = table_of(Interaction)
    eng = table_of(Engager)
    p = table_of(Post)
    parent = it.alias("parent")
    with session_scope(engine) as s:
        ws = s.get(Workspace, workspace_id)
        tz = zone(ws.timezone if ws else "UTC")
        q = (
            select(
                eng.c.handle,
                it.c.kind,
                it.c.occurred_at,
                p.c.platform_post_id,
                p.c.link,
                p.c.id,
                it.c.id,
                it.c.external_id,
                parent.c.id,
                parent.c.external_id,
                eng.c.platform,
                it.c.text,
            )
            .select_from(
                it.join(eng, eng.c.id == it.c.engager_id)
                .outerjoin(p, p.c.id == it.c.post_id)
                .outerjoin(parent, parent.c.id == it.c.parent_id)
            )
            .where(it.c.workspace_id == workspace_id)
            .order_by(it.c.occurred_at, it.c.id)
        )
        rows = s.execute(q).all()

    def lines() -> Iterator[list[object]]:
        for handle, kind, when, ppid, plink, post_id, iid, ext, par_id, par_ext, plat, text in rows:
            when = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(tz)
            post = ppid or plink or (f"post-{post_id}" if post_id else "")
            parent_ref = (par_ext or f"mc-{par_id}") if par_id else ""
            yield [handle, kind, when.isoformat(timespec="seconds"), post, ext or f"mc-{iid}", parent_ref, plat, text]

    write_csv_rows(path, list(INTERACTION_HEADERS), lines)
    return len(rows)
