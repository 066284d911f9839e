"""CSV exports of posts, engagers and interactions (CLI and "Export to CSV…").

Headers are the generic preset's names, so an export re-imported with the generic preset (or the
interactions preset) reproduces the same data; computed columns come after them and are ignored on import.
Every file is written all-or-nothing and text cells are guarded against formula injection
(services.safe_files, domain.csv_safety); the importer removes exactly that guard, so the round trip is lossless.

Exports stream (issue 20): rows are read from the database in chunks and written as they come, so a million
interactions take a few megabytes of memory, not a list of a million rows; after each chunk ``progress(done,
total)`` is called and a False return cancels (the target file is then left as it was).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import String, func, select, text, type_coerce
from sqlalchemy.engine import Engine

from microcomm_desktop.domain.csv_safety import FORMULA_TRIGGERS, GUARD, guard_cell
from microcomm_desktop.domain.metrics import (
    engagement_rate,
    format_rate,
    post_engagements,
    replies_per_1k,
    saves_per_1k,
)
from microcomm_desktop.domain.post_fields import EXPORT_FIELDS
from microcomm_desktop.services.interactions import ENGAGER_FIELDS, engager_rows_query
from microcomm_desktop.services.rollups import own_engager_ids
from microcomm_desktop.services.safe_files import open_atomic
from microcomm_desktop.services.timezones import zone
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Engager, Interaction, Post, PostTheme, Theme, Workspace
from microcomm_desktop.store.models.base import table_of

POST_HEADERS = [f.header for f in EXPORT_FIELDS]  # domain.post_fields: the one declaration
INTERACTION_HEADERS = ["handle", "kind", "timestamp", "post", "id", "parent", "platform", "text"]


Progress = Callable[[int, int], bool]
"""``progress(rows_written, total_rows)``; returning False cancels the export."""

CHUNK = 5000  # rows per database fetch and per progress call: ~1 MB of rows in flight, ~200 calls per 1M rows

# A cell can need the guard only when its first character is a trigger or the guard quote itself
# (domain.csv_safety.needs_guard); testing that one character first keeps the guard cheap on a million rows.
_GUARD_FIRST = frozenset((*FORMULA_TRIGGERS, GUARD))


class ExportCancelled(Exception):
    """The user cancelled an export; the target file was not touched."""


# What a posts export reads after the instant: the id (for its themes), then the declared fields in export
# order except the instant and the themes (collected in one query beforehand). The row loop below unpacks
# them by name, so a new field added to the declaration also needs its cell there.
_POST_COLUMNS = ("id", *(f.key for f in EXPORT_FIELDS if f.key not in ("published_at", "themes")))


# The text cells the formula guard applies to (platform … title and notes), by output position, derived from the
# declaration so a new or moved field cannot leave a text cell unguarded.
_POST_TEXT_CELLS = tuple(i for i, f in enumerate(EXPORT_FIELDS) if f.kind not in ("when", "count"))


def _blank(v: Any) -> Any:
    return "" if v is None else v


def _g(v: Any) -> Any:
    """``guard_cell`` with the one-character test inlined for the common case."""
    if isinstance(v, str) and v[:1] in _GUARD_FIRST:
        return guard_cell(v)
    return v


def _write_stream(
    path: Path,
    header: Sequence[object],
    chunks: Iterable[Sequence[Sequence[object]]],
    total: int,
    progress: Progress | None,
) -> int:
    """Write already guarded rows chunk by chunk into ``path`` (all or nothing); returns the rows written."""
    n = 0
    try:
        with open_atomic(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow([_g(h) for h in header])
            if progress is not None and not progress(0, total):
                raise ExportCancelled
            for rows in chunks:
                w.writerows(rows)
                n += len(rows)
                if progress is not None and not progress(n, max(total, n)):
                    raise ExportCancelled
    finally:
        close = getattr(chunks, "close", None)  # a cancelled export closes its reader (a server-side cursor on
        if close is not None:  # PostgreSQL) now, not whenever the garbage collector gets to it
            close()
    return n


class _LocalTimes:
    """Stored UTC timestamps (``YYYY-MM-DD HH:MM:SS[.ffffff]`` text on SQLite, datetimes elsewhere) as local
    ISO 8601 with the offset, e.g. ``2026-03-29T03:30:00+02:00``.

    Offsets are whole minutes for every date after the 1970s, so the local minute and the offset depend only on
    the UTC minute: each UTC minute is converted once by zoneinfo and cached, the seconds are copied. Rows come
    ordered by time, so the cache hits almost always; it is cleared when it grows large, and anything not in the
    plain stored shape (or an offset with seconds, as in some zones before 1940) takes the full conversion.
    """

    def __init__(self, tz: tzinfo) -> None:
        self.tz = tz
        self.minutes: dict[str, tuple[str, str]] = {}

    def full(self, when: datetime) -> str:
        when = when if when.tzinfo else when.replace(tzinfo=UTC)
        return when.astimezone(self.tz).isoformat(timespec="seconds")

    def __call__(self, v: Any) -> str:
        if isinstance(v, datetime):
            return self.full(v)
        s = str(v)
        if len(s) not in (19, 26) or s[16] != ":":
            return self.full(datetime.fromisoformat(s))
        key = s[:16]
        hit = self.minutes.get(key)
        if hit is None:
            local = datetime.fromisoformat(key).replace(tzinfo=UTC).astimezone(self.tz)
            off = local.utcoffset()
            if off is None or off.total_seconds() % 60:
                return self.full(datetime.fromisoformat(s))
            iso = local.isoformat(timespec="minutes")  # 2026-03-29T03:30+02:00
            hit = (iso[:16], iso[16:])
            if len(self.minutes) > 200_000:
                self.minutes.clear()
            self.minutes[key] = hit
        return hit[0] + s[16:19] + hit[1]


def _driver_rows(conn: Any, stmt: Any) -> Iterator[list[Any]]:
    """A Core statement's rows as the driver's plain tuples, CHUNK at a time: no result-row objects and no
    per-value type processing (the exports read numbers and text as stored; times go through _LocalTimes)."""
    result = conn.execute(stmt)
    cur = result.cursor
    try:
        while rows := cur.fetchmany(CHUNK):
            yield rows
    finally:
        result.close()


def _workspace_settings(engine: Engine, workspace_id: int) -> tuple[tzinfo, str]:
    with session_scope(engine) as s:
        ws = s.get(Workspace, workspace_id)
        return zone(ws.timezone if ws else "UTC"), (ws.er_definition if ws else "reach")


def _count(engine: Engine, table: Any, workspace_id: int) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).where(table.c.workspace_id == workspace_id)).scalar() or 0)


def export_posts(engine: Engine, workspace_id: int, path: Path, progress: Progress | None = None) -> int:
    """All posts, oldest first; date/time in the workspace's local time with its UTC offset (ISO 8601).

    Themes go in one cell, comma-separated (theme names cannot hold a comma), which the generic preset's
    "Themes" column splits back into the same themes on re-import.
    """
    p = table_of(Post)
    t, pt = table_of(Theme), table_of(PostTheme)
    tz, er_def = _workspace_settings(engine, workspace_id)
    er_basis: Literal["reach", "impressions"] = "impressions" if er_def == "impressions" else "reach"
    total = _count(engine, p, workspace_id)
    themes: dict[int, str] = {}
    with engine.connect() as conn:
        for post_id, name in conn.execute(
            select(pt.c.post_id, t.c.name)
            .select_from(pt.join(t, t.c.id == pt.c.theme_id))
            .where(t.c.workspace_id == workspace_id)
            .order_by(pt.c.post_id, t.c.name)
        ):
            pid = int(post_id)
            themes[pid] = f"{themes[pid]}, {name}" if pid in themes else str(name)

    local = _LocalTimes(tz)
    # The stored text on SQLite (no per-row datetime parsing; _LocalTimes converts it), a datetime elsewhere.
    when_col = type_coerce(p.c.published_at, String) if engine.dialect.name == "sqlite" else p.c.published_at
    cols = [when_col, *(p.c[k] for k in _POST_COLUMNS)]

    first = _GUARD_FIRST
    fmt_rate = format_rate

    def chunks() -> Iterator[list[list[object]]]:
        with engine.connect() as conn:
            stmt = select(*cols).where(p.c.workspace_id == workspace_id).order_by(p.c.published_at, p.c.id)
            for part in _driver_rows(conn, stmt):
                out: list[list[object]] = []
                append = out.append
                for (
                    when,
                    pid,
                    platform,
                    ppid,
                    link,
                    fmt,
                    label,
                    title,
                    reach,
                    impressions,
                    views,
                    likes,
                    comments,
                    shares,
                    saves,
                    dm_replies,
                    engagements,
                    conversions,
                    notes,
                ) in part:
                    stamp = local(when)  # 2026-03-29T03:30:00+02:00; posts are written to the minute
                    eng = post_engagements(likes, comments, shares, saves, engagements)
                    theme_names = themes.get(pid, "")
                    if ppid is None:
                        ppid = ""
                    row: list[object] = [
                        stamp[:16] + stamp[19:] if stamp[16:17] == ":" else stamp,
                        platform,
                        ppid,
                        link,
                        fmt,
                        theme_names,
                        label,
                        title,
                        reach,
                        impressions,
                        views,
                        likes,
                        comments,
                        shares,
                        saves,
                        dm_replies,
                        "" if engagements is None else engagements,
                        "" if conversions is None else conversions,
                        notes,
                        fmt_rate(engagement_rate(eng, reach, impressions, er_basis)),
                        fmt_rate(saves_per_1k(saves, reach), 1),
                        fmt_rate(replies_per_1k(comments, reach), 1),
                    ]
                    # One test of the text cells' first characters (all NOT NULL text but the platform post id, made
                    # "" above); only a row with a hit goes through guard_cell, on its text cells only. A text field
                    # added to the declaration but not here fails test_export_posts_guard, which tries every one.
                    if (
                        platform[:1] in first
                        or ppid[:1] in first
                        or link[:1] in first
                        or fmt[:1] in first
                        or theme_names[:1] in first
                        or label[:1] in first
                        or title[:1] in first
                        or notes[:1] in first
                    ):
                        for i in _POST_TEXT_CELLS:
                            row[i] = guard_cell(row[i])
                    append(row)
                yield out

    header = [*POST_HEADERS, f"ER by {er_def} %", "Saves per 1k reach", "Replies per 1k reach"]
    return _write_stream(path, header, chunks(), total, progress)


ENGAGER_HEADERS = [
    "platform",
    "handle",
    "first seen",
    "last seen",
    "interactions 30d",
    "returning",
    "power member",
    "notes",
]


def export_engagers(
    engine: Engine, workspace_id: int, path: Path, today: date, progress: Progress | None = None
) -> int:
    idx = {k: i for i, k in enumerate(ENGAGER_FIELDS)}
    i_plat, i_handle, i_first, i_last = idx["platform"], idx["handle"], idx["first_seen"], idx["last_seen"]
    i_n, i_days, i_power, i_notes = idx["interactions_30d"], idx["active_days_30d"], idx["power_member"], idx["notes"]
    with engine.connect() as conn:
        own = own_engager_ids(conn, workspace_id)  # the creator's accounts are never engagers
    total = max(0, _count(engine, table_of(Engager), workspace_id) - len(own))

    def chunks() -> Iterator[list[list[object]]]:
        with engine.connect() as conn:
            for part in _driver_rows(conn, engager_rows_query(workspace_id, today, own)):
                yield [
                    [
                        _g(r[i_plat]),
                        _g(r[i_handle]),
                        _blank(r[i_first]),
                        _blank(r[i_last]),
                        r[i_n],
                        "yes" if r[i_days] >= 2 else "no",
                        "yes" if r[i_power] else "no",
                        _g(r[i_notes]),
                    ]
                    for r in part
                ]

    return _write_stream(path, ENGAGER_HEADERS, chunks(), total, progress)


# The references a re-import needs are built in SQL (plain COALESCE / CASE / || that SQLite and PostgreSQL share):
# ``post`` = the platform post id, else the link, else "post-<id>"; ``id`` = the platform id, else "mc-<id>";
# ``parent`` likewise for the parent, blank for a top-level interaction. Only the time and the guard are Python.
INTERACTIONS_SQL = """
SELECT e.handle, i.kind, i.occurred_at,
       COALESCE(NULLIF(p.platform_post_id, ''), NULLIF(p.link, ''), 'post-' || CAST(p.id AS TEXT), ''),
       COALESCE(NULLIF(i.external_id, ''), 'mc-' || CAST(i.id AS TEXT)),
       CASE WHEN par.id IS NULL THEN ''
            ELSE COALESCE(NULLIF(par.external_id, ''), 'mc-' || CAST(par.id AS TEXT)) END,
       e.platform, i.text
FROM interaction AS i
JOIN engager AS e ON e.id = i.engager_id
LEFT JOIN post AS p ON p.id = i.post_id
LEFT JOIN interaction AS par ON par.id = i.parent_id
WHERE i.workspace_id = :ws
ORDER BY i.occurred_at, i.id
"""


def export_interactions(engine: Engine, workspace_id: int, path: Path, progress: Progress | None = None) -> int:
    """One row per interaction; ``post`` is the platform post id (or link) so the file re-imports.

    Interactions without a platform id get "mc-<id>" so replies can name their parent and a re-import into the
    same workspace recognises rows it already has.
    """
    tz, _ = _workspace_settings(engine, workspace_id)
    total = _count(engine, table_of(Interaction), workspace_id)
    if engine.dialect.name == "sqlite":
        chunks: Iterable[Any] = _interactions_sqlite(engine, workspace_id, tz)
    else:
        chunks = _interactions_in_python(engine, workspace_id, tz)
    return _write_stream(path, INTERACTION_HEADERS, chunks, total, progress)


def _interactions_in_python(engine: Engine, workspace_id: int, tz: tzinfo) -> Iterator[list[list[object]]]:
    """Any engine, any stored shape: local time and guard per row in Python."""
    local = _LocalTimes(tz)
    first = _GUARD_FIRST
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=CHUNK).execute(text(INTERACTIONS_SQL), {"ws": workspace_id})
        with result:  # a cancelled export closes the server-side cursor before its connection goes back
            yield from _guarded_parts(result, local, first)


def _guarded_parts(result: Any, local: _LocalTimes, first: Any) -> Iterator[list[list[object]]]:
    """The rows of ``INTERACTIONS_SQL`` with local times, guarded where a cell starts like a formula."""
    for part in result.partitions(CHUNK):
        out: list[list[object]] = []
        append = out.append
        for handle, kind, when, post, ext, parent, plat, body in part:
            row: list[object] = [handle, kind, local(when), post, ext, parent, plat, body]
            if (
                handle[:1] in first
                or kind[:1] in first
                or post[:1] in first
                or ext[:1] in first
                or parent[:1] in first
                or plat[:1] in first
                or body[:1] in first
            ):
                row = [guard_cell(v) for v in row]
            append(row)
        yield out


# A guarded cell in rendered CSV: a trigger (after any guard quotes, maybe inside a CSV quote) at the start of a
# line or right after a comma. It also fires on some harmless text (a comma inside a quoted cell), which only sends
# that chunk through the per-row guard; it can never miss a cell that needs the guard.
def _interactions_sqlite(engine: Engine, workspace_id: int, tz: tzinfo) -> Iterator[list[tuple[Any, ...]]]:
    """SQLite: rows straight from the driver's cursor (no result-row objects), the local time from the
    per-minute cache inlined, the guard's one-character test on each text cell; only a row with a hit is
    rebuilt through ``guard_cell``."""
    local = _LocalTimes(tz)
    cache = local.minutes
    first = _GUARD_FIRST
    with engine.connect() as conn:
        cur = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cur.execute(INTERACTIONS_SQL.replace(":ws", "?"), (workspace_id,))
            while part := cur.fetchmany(CHUNK):
                rows: list[tuple[Any, ...]] = []
                append = rows.append
                for handle, kind, when, post, ext, parent, plat, body in part:
                    hit = cache.get(when[:16]) if len(when) in (19, 26) and when[16] == ":" else None
                    stamp = hit[0] + when[16:19] + hit[1] if hit is not None else local(when)
                    if (
                        handle[:1] in first
                        or kind[:1] in first
                        or post[:1] in first
                        or ext[:1] in first
                        or parent[:1] in first
                        or plat[:1] in first
                        or body[:1] in first
                    ):
                        append(tuple(guard_cell(v) for v in (handle, kind, stamp, post, ext, parent, plat, body)))
                    else:
                        append((handle, kind, stamp, post, ext, parent, plat, body))
                yield rows
        finally:
            cur.close()
