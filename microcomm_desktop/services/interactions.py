"""Engagers and interactions: quick entry by hand, listing, undo support, conversation depth per post.

Every write recomputes ``EngagerDay`` for the people it touched in the same transaction (the dashboard reads
that rollup, never raw interactions), so a logged comment and the returning-engager figure never disagree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import String, delete, func, insert, select, type_coerce, update
from sqlalchemy.engine import Engine
from sqlalchemy.sql import Select
from sqlmodel import Session

from microcomm_desktop.domain.imports.quick import QuickLine
from microcomm_desktop.domain.metrics import Depth, conversation_depth
from microcomm_desktop.i18n import translate
from microcomm_desktop.services.posts import fetch_tuples
from microcomm_desktop.services.rollups import apply_engager_day_changes, own_engager_ids
from microcomm_desktop.services.timezones import local_parts, to_utc, zone
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Engager, EngagerDay, Interaction, Post, Workspace
from microcomm_desktop.store.models.base import table_of
from microcomm_desktop.store.sqlfuncs import DriverConnection

ENGAGER_FIELDS = (
    "id",
    "platform",
    "handle",
    "first_seen",
    "last_seen",
    "interactions_30d",
    "active_days_30d",
    "power_member",
    "notes",
)


def ensure_engagers(session: Session, workspace_id: int, platform: str, handles: set[str]) -> dict[str, int]:
    """handle → engager id for one platform, creating the missing people in one bulk insert."""
    eng = table_of(Engager)
    found: dict[str, int] = {}
    hl = sorted(handles)
    if len(hl) > 2000:
        # An import: one scan of the platform's people beats hundreds of IN (...) lookups.
        return _ensure_engagers_bulk(session, workspace_id, platform, hl)
    for i in range(0, len(hl), 500):
        chunk = hl[i : i + 500]
        q = select(eng.c.handle, eng.c.id).where(
            eng.c.workspace_id == workspace_id, eng.c.platform == platform, eng.c.handle.in_(chunk)
        )
        found.update({str(h): int(e) for h, e in session.execute(q)})
    missing = [h for h in hl if h not in found]
    if missing:
        session.execute(
            insert(eng),
            [
                {"workspace_id": workspace_id, "platform": platform, "handle": h, "power_member": False, "notes": ""}
                for h in missing
            ],
        )
        for i in range(0, len(missing), 500):
            chunk = missing[i : i + 500]
            q = select(eng.c.handle, eng.c.id).where(
                eng.c.workspace_id == workspace_id, eng.c.platform == platform, eng.c.handle.in_(chunk)
            )
            found.update({str(h): int(e) for h, e in session.execute(q)})
    return found


def _ensure_engagers_bulk(session: Session, workspace_id: int, platform: str, hl: list[str]) -> dict[str, int]:
    eng = table_of(Engager)
    q = select(eng.c.handle, eng.c.id).where(eng.c.workspace_id == workspace_id, eng.c.platform == platform)
    conn = session.connection()
    known = {str(h): int(e) for h, e in fetch_tuples(conn, q)}
    missing = [h for h in hl if h not in known]
    if missing:
        # Plain DB-API executemany, in the same (sorted) order as before so the ids are the same: SQLAlchemy's
        # per-row parameter processing was a tenth of a 200k-row import (issue 20).
        DriverConnection(conn).executemany(
            "INSERT INTO engager (workspace_id, platform, handle, power_member, notes) VALUES (?, ?, ?, ?, ?)",
            [(workspace_id, platform, h, False, "") for h in missing],
        )
        known = {str(h): int(e) for h, e in fetch_tuples(conn, q)}
    return {h: known[h] for h in hl}


@dataclass
class QuickResult:
    """What quick entry wrote (ids for undo) and lines it could not link (answered person not found)."""

    interaction_ids: list[int]
    notes: list[str]


def add_quick_interactions(engine: Engine, post_id: int, lines: list[QuickLine]) -> QuickResult:
    """Log parsed quick-entry lines on a post; times default to the post's publish time.

    "@ben reply to @ana" threads under ana's latest comment on this post (earlier lines of the same batch
    included), so conversation depth counts it; when ana has no comment there, the reply starts its own thread
    and a note says so.
    """
    p = table_of(Post)
    it = table_of(Interaction)
    notes: list[str] = []
    ids: list[int] = []
    changes: list[tuple[int, str, int]] = []  # (engager, local day, +1): the only EngagerDay rows this touches
    with session_scope(engine) as s:
        post = s.execute(select(p.c.workspace_id, p.c.platform, p.c.published_at).where(p.c.id == post_id)).first()
        if post is None:
            raise ValueError(translate("services.interactions", "That post no longer exists."))
        ws_id, platform, published = int(post[0]), str(post[1]), post[2]
        if published.tzinfo is None:
            published = published.replace(tzinfo=UTC)
        ws = s.get(Workspace, ws_id)
        tz = ws.timezone if ws else "UTC"
        handles = {ql.handle for ql in lines} | {ql.parent_handle for ql in lines if ql.parent_handle}
        who = ensure_engagers(s, ws_id, platform, handles)
        latest: dict[int, int] = {}
        q = (
            select(it.c.engager_id, func.max(it.c.id))
            .where(it.c.post_id == post_id, it.c.kind.in_(("comment", "reply", "dm", "story_reply", "live")))
            .group_by(it.c.engager_id)
        )
        latest.update({int(e): int(i) for e, i in s.execute(q)})
        local_pub = published.astimezone(zone(tz))
        for ql in lines:
            when = published
            if ql.time is not None:
                when = to_utc(datetime.combine(local_pub.date(), time(*ql.time)), tz)
            ld, _ = local_parts(when, tz)
            parent_id = None
            if ql.parent_handle:
                parent_id = latest.get(who[ql.parent_handle])
                if parent_id is None:
                    notes.append(
                        translate(
                            "services.interactions", "line {line}: @{handle} has no comment on this post; a new thread."
                        ).format(line=ql.line, handle=ql.parent_handle)
                    )
            res = s.execute(
                insert(it).values(
                    workspace_id=ws_id,
                    engager_id=who[ql.handle],
                    post_id=post_id,
                    kind=ql.kind,
                    occurred_at=when,
                    local_date=ld,
                    parent_id=parent_id,
                    text=ql.text,
                )
            )
            pk = res.inserted_primary_key  # type: ignore[attr-defined]
            assert pk is not None
            new_id = int(pk[0])
            ids.append(new_id)
            changes.append((who[ql.handle], ld.isoformat(), 1))
            if ql.kind in ("comment", "reply", "dm", "story_reply", "live"):
                latest[who[ql.handle]] = new_id
        apply_engager_day_changes(s, ws_id, changes)
    return QuickResult(ids, notes)


def delete_interactions(engine: Engine, ids: list[int]) -> list[dict[str, Any]]:
    """Remove interactions (undo of a quick entry); returns them for redo. Keeps the rollup current."""
    it = table_of(Interaction)
    with session_scope(engine) as s:
        rows = [dict(r) for r in s.execute(select(it).where(it.c.id.in_(ids))).mappings()]
        s.execute(delete(it).where(it.c.id.in_(ids)))
        _apply_rows(s, rows, -1)
    return rows


def _apply_rows(s: Session, rows: list[dict[str, Any]], sign: int) -> None:
    """Count written (+1) or removed (-1) interaction rows into their people's days, per workspace."""
    for ws_id in {int(r["workspace_id"]) for r in rows}:
        changes = [(int(r["engager_id"]), _iso_day(r["local_date"]), sign) for r in rows if r["workspace_id"] == ws_id]
        apply_engager_day_changes(s, ws_id, changes)


def _iso_day(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


def restore_interactions(engine: Engine, rows: list[dict[str, Any]]) -> None:
    it = table_of(Interaction)
    if not rows:
        return
    with session_scope(engine) as s:
        ordered = sorted(rows, key=lambda r: int(r["id"]))  # parents first
        s.execute(insert(it), ordered)
        _apply_rows(s, rows, 1)


def known_handles(engine: Engine, workspace_id: int) -> list[str]:
    eng = table_of(Engager)
    with engine.connect() as conn:
        q = select(eng.c.handle).where(eng.c.workspace_id == workspace_id).distinct().order_by(eng.c.handle)
        return [str(h) for (h,) in fetch_tuples(conn, q)]


def load_engager_rows(engine: Engine, workspace_id: int, today: date) -> list[tuple[Any, ...]]:
    """Engagers in ``ENGAGER_FIELDS`` order with their last-30-days activity, aggregated in SQL from EngagerDay.

    Returning (docs/domain.md §4) = engaged on at least two different calendar days in the 30 days ending ``today``.
    The workspace's own accounts are not engagers: they are left out (the list, its export, power members).
    """
    with engine.connect() as conn:
        own = own_engager_ids(conn, workspace_id)
        return [tuple(r) for r in conn.execute(engager_rows_query(workspace_id, today, own))]


def engager_rows_query(workspace_id: int, today: date, own_ids: Sequence[int] = ()) -> Select[Any]:
    """The statement behind ``load_engager_rows``, for a caller that streams it (the CSV export).

    ``own_ids`` are the workspace's own accounts (``sla.creator_engager_ids``): never listed as engagers."""
    eng = table_of(Engager)
    day = table_of(EngagerDay)
    start = today - timedelta(days=29)
    recent = (
        select(
            day.c.engager_id.label("eid"),
            func.sum(day.c.count).label("n"),
            func.count().label("days"),
        )
        .where(day.c.workspace_id == workspace_id, day.c.local_date >= start, day.c.local_date <= today)
        .group_by(day.c.engager_id)
        .subquery()
    )
    stmt = (
        select(
            eng.c.id,
            eng.c.platform,
            eng.c.handle,
            type_coerce(eng.c.first_seen, String),
            type_coerce(eng.c.last_seen, String),
            func.coalesce(recent.c.n, 0),
            func.coalesce(recent.c.days, 0),
            eng.c.power_member,
            eng.c.notes,
        )
        .select_from(eng.outerjoin(recent, recent.c.eid == eng.c.id))
        .where(eng.c.workspace_id == workspace_id)
        .order_by(func.coalesce(recent.c.n, 0).desc(), eng.c.handle)
    )
    if own_ids:
        stmt = stmt.where(eng.c.id.not_in(list(own_ids)))
    return stmt


def update_engager(engine: Engine, engager_id: int, **values: Any) -> dict[str, Any]:
    """Change the power-member flag or notes; returns the previous values (for undo)."""
    allowed = {"power_member", "notes"}
    bad = set(values) - allowed
    if bad:
        raise ValueError(
            translate("services.interactions", "Cannot change {fields} here.").format(fields=", ".join(sorted(bad)))
        )
    eng = table_of(Engager)
    with session_scope(engine) as s:
        cur = s.execute(select(*(eng.c[k] for k in values)).where(eng.c.id == engager_id)).first()
        if cur is None:
            raise ValueError(translate("services.interactions", "That person no longer exists."))
        before = dict(zip(values.keys(), cur, strict=True))
        s.execute(update(eng).where(eng.c.id == engager_id).values(**values))
        return before


@dataclass
class PostDetail:
    """The detail pane's figures for one post."""

    interactions: int
    by_kind: dict[str, int]
    depth: Depth
    people: int
    recent: list[tuple[str, str, str, str]]  # (local time, @handle, kind, parent handle)
    created_by: str = ""  # the member who logged the post (team workspaces), "" when unknown
    updated_by: str = ""


def post_detail(engine: Engine, post_id: int, limit: int = 200) -> PostDetail:
    """Counts by kind, conversation depth (comments/replies and DMs as threads), the latest interactions."""
    it = table_of(Interaction)
    eng = table_of(Engager)
    with session_scope(engine) as s:
        pt = table_of(Post)
        head = s.execute(select(pt.c.workspace_id, pt.c.created_by, pt.c.updated_by).where(pt.c.id == post_id)).first()
        ws_id = head[0] if head else None
        members = (str(head[1] or ""), str(head[2] or "")) if head else ("", "")
        ws = s.get(Workspace, ws_id) if ws_id is not None else None
        tz = ws.timezone if ws else "UTC"
        rows = s.execute(
            select(it.c.id, it.c.parent_id, it.c.engager_id, it.c.kind, it.c.occurred_at, eng.c.handle)
            .join(eng, eng.c.id == it.c.engager_id)
            .where(it.c.post_id == post_id)
            .order_by(it.c.occurred_at, it.c.id)
        ).all()
        own = set(own_engager_ids(s.connection(), int(ws_id))) if ws_id is not None else set()
    by_kind = Counter(str(r[3]) for r in rows)
    convo = [(int(r[0]), r[1], int(r[2])) for r in rows if r[3] in ("comment", "reply", "dm", "story_reply", "live")]
    handle_of = {int(r[0]): str(r[5]) for r in rows}
    z = zone(tz)
    recent = [
        (
            r[4].replace(tzinfo=r[4].tzinfo or UTC).astimezone(z).strftime("%Y-%m-%d %H:%M"),
            "@" + str(r[5]),
            str(r[3]),
            ("@" + handle_of[r[1]]) if r[1] in handle_of else "",
        )
        for r in rows[-limit:]
    ]
    return PostDetail(
        created_by=members[0],
        updated_by=members[1],
        interactions=len(rows),
        by_kind=dict(by_kind),
        depth=conversation_depth(convo),
        people=len({int(r[2]) for r in rows} - own),  # engaged people: the creator's own replies are not one
        recent=recent,
    )
