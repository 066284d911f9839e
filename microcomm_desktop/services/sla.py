"""Response SLA: of the first N comments on a post, how many got a reply from the creator within M minutes.

This module is the only SLA computation: the Dashboard's "What to do now", the Rituals › Response SLA table,
the reports and the CLI all read ``post_sla`` / ``sla_summary`` / ``weekly_hit_rates``, with the workspace's own
settings (minutes, first N). Which accounts are the creator's is decided in ``own_handles`` alone.

When the post log holds the comments *and* the creator's replies (interactions by one of the workspace's own handles),
the figure is computed from their timestamps in one SQL statement; otherwise the value typed on the post is
used. Each row says which source it came from, so a user can tell a measured figure from a recorded one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import col

from microcomm_desktop.domain.rituals import WeeklySla, weekly_sla
from microcomm_desktop.i18n import translate
from microcomm_desktop.services.promise import get_profile
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Post, Workspace
from microcomm_desktop.store.sqlfuncs import id_list_sql, minutes_between_sql

# First N comments per post by time (not by the creator), each with the creator's earliest reply to it; the
# reply delay is compared in minutes (store.sqlfuncs spells it per engine). Driven from the period's posts
# (post date index, then each post's interactions) and one parent-id probe per first comment: the earlier form
# scanned every interaction of the workspace and joined an unindexed list of all the creator's replies, which
# took minutes on 10 million interactions (issue 20).
_COMPUTED_SQL = """
    WITH firsts AS (
        SELECT i.id, i.post_id, i.occurred_at,
               ROW_NUMBER() OVER (PARTITION BY i.post_id ORDER BY i.occurred_at, i.id) AS rn
        FROM post p
        JOIN interaction i ON i.post_id = p.id
        WHERE p.workspace_id = :ws AND p.local_date BETWEEN :start AND :end
          AND i.workspace_id = :ws AND i.kind = 'comment'
          AND i.engager_id NOT IN (__CREATORS__)
    ),
    timed AS (
        SELECT f.post_id, f.occurred_at,
               (SELECT MIN(r.occurred_at) FROM interaction r
                WHERE r.parent_id = f.id AND r.workspace_id = :ws AND r.kind = 'reply'
                  AND r.engager_id IN (__CREATORS__)) AS at
        FROM firsts f
        WHERE f.rn <= :n
    )
    SELECT t.post_id,
           SUM(CASE WHEN t.at IS NOT NULL AND __MINUTES__ >= 0
                     AND __MINUTES__ <= :minutes + 1e-6
                    THEN 1 ELSE 0 END) AS replied,
           COUNT(*) AS considered,
           COUNT(t.at) AS any_reply
    FROM timed t
    GROUP BY t.post_id
    """


def computed_sql(dialect: str) -> Any:
    minutes = minutes_between_sql(dialect, "t.occurred_at", "t.at")
    creators = id_list_sql(dialect, "creators")
    return text(_COMPUTED_SQL.replace("__MINUTES__", minutes).replace("__CREATORS__", creators))


@dataclass
class PostSla:
    post_id: int
    local_date: date
    title: str
    replied: int
    considered: int
    source: str  # "computed" | "typed"

    @property
    def missed(self) -> bool:
        return self.replied < self.considered


# Drives from the workspace's few own handles: one pass over its engagers' handle index, no per-person probes.
_OWN_IDS_SQL = text(
    "SELECT e.id, lower(e.platform), lower(ltrim(trim(e.handle), '@')) FROM engager e "
    "WHERE e.workspace_id = :ws AND lower(ltrim(trim(e.handle), '@')) IN "
    "(SELECT handle FROM ownhandle WHERE workspace_id = :ws) ORDER BY e.id"
)
_OWN_SQL = text("SELECT platform, handle FROM ownhandle WHERE workspace_id = :ws")


def creator_engager_ids(bind: Engine | Connection, ws_id: int) -> list[int]:
    """The engagers that are the workspace's own accounts (``OwnHandle``, case-insensitive, "@" ignored; a
    handle with a platform matches only there).

    The one lookup of "who is the creator": the SLA times their replies, and ``services.rollups`` keeps them out
    of every engager figure. Takes a Connection so a writer can ask inside its own transaction.
    """
    if not isinstance(bind, Connection):
        with bind.connect() as conn:
            return creator_engager_ids(conn, ws_id)
    own = {(str(p), str(h)) for p, h in bind.execute(_OWN_SQL, {"ws": ws_id})}
    if not own:  # most workspaces until the creator sets a handle: no scan at all
        return []
    return [
        int(i)
        for i, plat, handle in bind.execute(_OWN_IDS_SQL, {"ws": ws_id})
        if ("", handle) in own or (plat, handle) in own
    ]


@dataclass(frozen=True)
class SlaSummary:
    """The SLA over a period, with the settings it was judged by (so every place can say "within M min")."""

    minutes: int
    first_n: int
    replied: int
    considered: int
    posts: int
    posts_with_misses: int
    computed_posts: int  # of ``posts``, those measured from logged timestamps (the rest were typed)

    @property
    def missed(self) -> int:
        return self.considered - self.replied

    @property
    def hit_rate(self) -> float | None:
        """Percent of considered first comments answered in time; None when nothing was considered."""
        return None if self.considered == 0 else round(100.0 * self.replied / self.considered, 2)


def sla_summary(engine: Engine, ws_id: int, start: date, end: date) -> SlaSummary:
    """The SLA of posts published ``start..end`` (local dates): the sum of ``post_sla`` rows."""
    prof = get_profile(engine, ws_id)
    rows = post_sla(engine, ws_id, start, end)
    return SlaSummary(
        minutes=prof.sla_minutes,
        first_n=prof.sla_first_n,
        replied=sum(p.replied for p in rows),
        considered=sum(p.considered for p in rows),
        posts=len(rows),
        posts_with_misses=sum(1 for p in rows if p.missed),
        computed_posts=sum(1 for p in rows if p.source == "computed"),
    )


def post_sla(engine: Engine, ws_id: int, start: date, end: date) -> list[PostSla]:
    """SLA figures for posts published ``start..end`` (local dates) that have any: computed, else typed."""
    prof = get_profile(engine, ws_id)
    creators = creator_engager_ids(engine, ws_id)
    computed: dict[int, tuple[int, int]] = {}
    with session_scope(engine) as s:
        if creators:
            for pid, replied, considered, any_reply in s.execute(
                computed_sql(s.get_bind().dialect.name),
                {
                    "ws": ws_id,
                    "creators": json.dumps(creators),
                    "start": start.isoformat(),
                    "end": end.isoformat(),
                    "minutes": prof.sla_minutes,
                    "n": prof.sla_first_n,
                },
            ):
                if any_reply:  # the creator's replies are logged for this post: trust the timestamps
                    computed[int(pid)] = (int(replied), int(considered))
        # Five columns, not Post objects: the 12-week window of a 200,000-post log holds ~9,000 posts, and
        # building ORM objects for them took 0.4 s (issue 20). Without computed figures only posts with typed
        # figures can have a row, so the database skips the others.
        stmt = (
            select(col(Post.id), col(Post.local_date), col(Post.title), col(Post.sla_replied), col(Post.sla_considered))
            .where(col(Post.workspace_id) == ws_id, col(Post.local_date) >= start, col(Post.local_date) <= end)
            .order_by(col(Post.local_date), col(Post.local_minute))
        )
        if not computed:
            stmt = stmt.where(col(Post.sla_considered) > 0, col(Post.sla_replied).is_not(None))
        posts = s.execute(stmt).all()
    out: list[PostSla] = []
    for post_id, d, title, typed_r, typed_c in posts:
        pid = post_id or 0
        if pid in computed:
            r, c = computed[pid]
            out.append(PostSla(pid, d, title, r, c, "computed"))
        elif typed_c is not None and typed_r is not None and typed_c > 0:
            out.append(PostSla(pid, d, title, min(typed_r, typed_c), typed_c, "typed"))
    return out


def summaries_for_periods(engine: Engine, ws_id: int, periods: list[tuple[date, date]]) -> list[SlaSummary]:
    """``sla_summary`` of each (start, end) period from one ``post_sla`` read (the CLI's weekly series)."""
    if not periods:
        return []
    prof = get_profile(engine, ws_id)
    rows = post_sla(engine, ws_id, min(p[0] for p in periods), max(p[1] for p in periods))
    out: list[SlaSummary] = []
    for start, end in periods:
        inside = [p for p in rows if start <= p.local_date <= end]
        out.append(
            SlaSummary(
                minutes=prof.sla_minutes,
                first_n=prof.sla_first_n,
                replied=sum(p.replied for p in inside),
                considered=sum(p.considered for p in inside),
                posts=len(inside),
                posts_with_misses=sum(1 for p in inside if p.missed),
                computed_posts=sum(1 for p in inside if p.source == "computed"),
            )
        )
    return out


def weekly_hit_rates(
    engine: Engine, ws_id: int, start: date, end: date, rows: list[PostSla] | None = None
) -> list[WeeklySla]:
    """Hit rate per week of ``start..end``; ``rows``: that period's ``post_sla`` when the caller has it already
    (the Rituals tab shows both, and reading them twice doubled its opening time)."""
    with session_scope(engine) as s:
        ws = s.get(Workspace, ws_id)
        first_weekday = ws.week_start if ws else 0
    if rows is None:
        rows = post_sla(engine, ws_id, start, end)
    return weekly_sla(((p.local_date, p.replied, p.considered) for p in rows), first_weekday)


def record_post_sla(
    engine: Engine, post_id: int, replied: int | None, considered: int | None
) -> tuple[int | None, int | None]:
    """Type the SLA figures for one post; returns the old pair (for undo). Validates replied ≤ considered."""
    from microcomm_desktop.services.promise import InputError

    if (replied is None) != (considered is None):
        raise InputError("sla", translate("services.sla", "Enter both numbers (replied and considered) or neither."))
    if replied is not None and considered is not None:
        if replied < 0 or considered < 0:
            raise InputError("sla", translate("services.sla", "Counts cannot be negative."))
        if replied > considered:
            raise InputError(
                "sla",
                translate(
                    "services.sla", "{replied} replied is more than the {considered} comments considered."
                ).format(replied=replied, considered=considered),
            )
    with session_scope(engine) as s:
        post = s.get(Post, post_id)
        if post is None:
            raise InputError("post", translate("services.sla", "That post no longer exists."))
        old = (post.sla_replied, post.sla_considered)
        post.sla_replied, post.sla_considered = replied, considered
        s.add(post)
        return old
