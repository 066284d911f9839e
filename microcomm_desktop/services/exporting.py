"""CSV exports of posts, engagers and interactions (CLI and "Export to CSV…").

Headers are the generic preset's names, so an export re-imported with the generic preset (or the
interactions preset) reproduces the same data; computed columns come after them and are ignored on import.
Every file is written all-or-nothing and text cells are guarded against formula injection
(services.safe_files, domain.csv_safety); the importer removes exactly that guard, so the round trip is lossless.

Exports stream (issue 20): rows are read from the database in chunks and written as they come, so a million
interactions take a few megabytes of memory, not a list of a million rows; after each chunk ``progress(done,
total)`` is called and a False return cancels (the target file is then left as it was).

On SQLite the interactions and engagers statements make every cell themselves (guard, local time where the zone's
offsets are known from its TZif file, blanks), and rows of text cells are written joined with commas where no
cell needs CSV quoting: per row no Python but the driver's own, which keeps a million-row export at or under the
time of a bare cursor + csv.writer. The per-row Python paths stay for other engines and are the reference the
tests hold the fast paths to, byte for byte (tests/services/test_export_fast_paths.py).
"""

from __future__ import annotations

import csv
import importlib.resources
import re
import struct
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, Literal
from zoneinfo import TZPATH, ZoneInfo

from sqlalchemy import String, and_, case, cast, func, literal, or_, select, text, type_coerce
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

# The guard in SQLite's SQL (the exports' fast paths), exactly ``guard_cell`` on text: a quote is added when the
# first character after any leading quotes is a trigger. Every trigger and the quote are code points up to 64, so
# the usual cell (a letter first; NULL and "" give NULL) is settled by one call of unicode().
_TRIGGER_CODES = tuple(ord(c) for c in FORMULA_TRIGGERS)
_ABOVE_GUARD = max(ord(c) for c in _GUARD_FIRST)


def _guard_sql(x: str) -> str:
    codes = ", ".join(map(str, _TRIGGER_CODES))
    quote = GUARD.replace("'", "''")
    return (
        f"CASE WHEN unicode({x}) <= {_ABOVE_GUARD} AND (unicode({x}) IN ({codes}) OR "
        f"(unicode({x}) = {ord(GUARD)} AND unicode(ltrim({x}, '{quote}')) IN ({codes}))) "
        f"THEN '{quote}' || {x} ELSE {x} END"
    )


def _guard_expr(x: Any) -> Any:
    """``_guard_sql`` as a SQLAlchemy expression (SQLite only: ``unicode()``)."""
    u = func.unicode(x)
    needs = or_(u.in_(_TRIGGER_CODES), and_(u == ord(GUARD), func.unicode(func.ltrim(x, GUARD)).in_(_TRIGGER_CODES)))
    return case((and_(u <= _ABOVE_GUARD, needs), literal(GUARD, String) + x), else_=x)


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
                _write_rows(fh, w, rows, len(header))
                n += len(rows)
                if progress is not None and not progress(n, max(total, n)):
                    raise ExportCancelled
    finally:
        close = getattr(chunks, "close", None)  # a cancelled export closes its reader (a server-side cursor on
        if close is not None:  # PostgreSQL) now, not whenever the garbage collector gets to it
            close()
    return n


def _write_rows(fh: Any, w: Any, rows: Sequence[Sequence[object]], width: int) -> None:
    """``w.writerows(rows)``, byte for byte, at a fifth of its cost when the cells are text.

    csv.writer (default dialect) writes a text cell as it is unless it holds a comma, a double quote, CR or LF, and
    ends each row with CRLF. So for rows of ``width`` (two or more; every row of an export has its header's width)
    text cells the lines joined with commas are its very output
    when the joined text has no quote and exactly ``width - 1`` commas per line and one CRLF between lines (a cell's
    own comma or line break would add one): one test for the whole chunk. A chunk that fails it goes line by line,
    the lines that need quoting through csv.writer; a chunk with a cell that is not text (a number, None), to
    csv.writer at once.
    """
    if width < 2:  # csv.writer writes a row of one empty cell as "" (else it would be an empty line)
        w.writerows(rows)
        return
    try:
        lines = list(map(",".join, rows))  # type: ignore[arg-type]  # TypeError for a cell that is not str
    except TypeError:
        w.writerows(rows)
        return
    text = "\r\n".join(lines)
    k = len(lines)
    if '"' not in text and text.count(",") == (width - 1) * k and text.count("\n") == text.count("\r") == k - 1:
        fh.write(text)
        fh.write("\r\n")
        return
    plain: list[str] = []
    for line, row in zip(lines, rows, strict=True):
        if '"' in line or "\n" in line or "\r" in line or line.count(",") != width - 1:
            if plain:
                fh.write("\r\n".join(plain))
                fh.write("\r\n")
                plain.clear()
            w.writerow(row)
        else:
            plain.append(line)
    if plain:
        fh.write("\r\n".join(plain))
        fh.write("\r\n")


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
    s = str

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
                        # The counts as the text csv.writer would make of them (NOT NULL, so never None), so the
                        # rows are all text and go to the joined writer (_write_rows).
                        s(reach),
                        s(impressions),
                        s(views),
                        s(likes),
                        s(comments),
                        s(shares),
                        s(saves),
                        s(dm_replies),
                        "" if engagements is None else s(engagements),
                        "" if conversions is None else s(conversions),
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
    with engine.connect() as conn:
        own = own_engager_ids(conn, workspace_id)  # the creator's accounts are never engagers
    total = max(0, _count(engine, table_of(Engager), workspace_id) - len(own))
    stmt = engager_rows_query(workspace_id, today, own)
    if engine.dialect.name == "sqlite":
        chunks: Iterable[Any] = _engagers_sqlite(engine, stmt)
    else:
        chunks = _engagers_in_python(engine, stmt)
    return _write_stream(path, ENGAGER_HEADERS, chunks, total, progress)


def _engagers_in_python(engine: Engine, stmt: Any) -> Iterator[list[list[object]]]:
    """Any engine: the cells made per row in Python (the reference the SQLite statement is tested against)."""
    idx = {k: i for i, k in enumerate(ENGAGER_FIELDS)}
    i_plat, i_handle, i_first, i_last = idx["platform"], idx["handle"], idx["first_seen"], idx["last_seen"]
    i_n, i_days, i_power, i_notes = idx["interactions_30d"], idx["active_days_30d"], idx["power_member"], idx["notes"]
    with engine.connect() as conn:
        for part in _driver_rows(conn, stmt):
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


def _engagers_sqlite(engine: Engine, stmt: Any) -> Iterator[Sequence[tuple[Any, ...]]]:
    """SQLite: the same statement with every cell made in SQL as text (guard, blanks, yes/no, the count), so the
    driver's rows go to the writer as they are, without a Python step per row."""
    c = dict(zip(ENGAGER_FIELDS, stmt.selected_columns, strict=True))
    cells = stmt.with_only_columns(
        _guard_expr(c["platform"]),
        _guard_expr(c["handle"]),
        func.coalesce(c["first_seen"], ""),
        func.coalesce(c["last_seen"], ""),
        cast(c["interactions_30d"], String),  # an integer: its text is the digits str() writes
        case((c["active_days_30d"] >= 2, "yes"), else_="no"),
        case((c["power_member"], "yes"), else_="no"),
        func.coalesce(_guard_expr(c["notes"]), ""),  # csv.writer writes None as ""
        maintain_column_froms=True,
    )
    with engine.connect() as conn:
        yield from _driver_rows(conn, cells)


# The references a re-import needs are built in SQL (plain COALESCE / CASE / || that SQLite and PostgreSQL share):
# ``post`` = the platform post id, else the link, else "post-<id>"; ``id`` = the platform id, else "mc-<id>";
# ``parent`` likewise for the parent, blank for a top-level interaction. The time and the guard are Python here
# (_interactions_in_python, any engine); SQLite's own statement does them in SQL too (_interactions_sqlite_sql).
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


# SQLite: the whole row in SQL. The guard as above (on each stored text, before COALESCE: "post-…" and "mc-…"
# never need it); the local time in SQL for the rows where that is exact, else through _LocalTimes (see _time_sql).
_INTERACTIONS_FROM = INTERACTIONS_SQL[INTERACTIONS_SQL.index("FROM interaction AS i") :].replace(":ws", "?")
_LOCAL_FN = "microcomm_export_local_time"  # _LocalTimes, registered on the connection for the export's query


def _interactions_sqlite_sql(time_cell: str) -> str:
    g = _guard_sql
    return f"""SELECT {g("e.handle")}, {g("i.kind")}, {time_cell},
       COALESCE(NULLIF({g("p.platform_post_id")}, ''), NULLIF({g("p.link")}, ''), 'post-' || CAST(p.id AS TEXT), ''),
       COALESCE(NULLIF({g("i.external_id")}, ''), 'mc-' || CAST(i.id AS TEXT)),
       CASE WHEN par.id IS NULL THEN ''
            ELSE COALESCE(NULLIF({g("par.external_id")}, ''), 'mc-' || CAST(par.id AS TEXT)) END,
       {g("e.platform")}, {g("i.text")}
{_INTERACTIONS_FROM}"""


def _time_sql(tz: tzinfo, col: str = "i.occurred_at", spans: _Spans | None = None) -> str:
    """The local-time cell of ``col``: ``_LocalTimes`` (registered as ``_LOCAL_FN``) in general, and the same text
    made in SQL for the times stored in the shape _LocalTimes reads by the minute (``YYYY-MM-DD HH:MM:SS`` and
    ``.ffffff``, as the app stores them: 19 or 26 characters) whose UTC minute is in a stretch of one known offset:
    like _LocalTimes, SQL shifts the UTC minute by that offset and copies the seconds. The stretches are the zone's
    fixed offset from its last change on (``_fixed_offset``: UTC, zones without daylight-saving time) or else
    ``spans`` (``_offset_spans``: the listed transitions around the exported times). SQL string functions cost
    ~0.15 µs a call on a million rows, so the UTC form is two of them and the checks few. Bounds are compared as
    text (only with the space they have: a "T" sorts after it); the unary + keeps the column's numeric affinity
    from turning a bound into a number."""
    fixed = _fixed_offset(tz)
    if fixed is not None:
        since, minutes, suffix = fixed
        after = f" AND substr({col}, 11, 1) = ' ' AND +{col} >= '{since}'" if since else ""
        local = _shifted_sql(col, minutes, suffix)
        return f"CASE WHEN length({col}) IN (19, 26){after} THEN {local} ELSE {_LOCAL_FN}({col}) END"
    if not spans:
        return f"{_LOCAL_FN}({col})"
    bounds, end = spans
    whens = [f"WHEN +{col} < '{bounds[0][0]}' THEN {_LOCAL_FN}({col})"]
    for (start, whole, iso), nxt in zip(bounds, [*(b[0] for b in bounds[1:]), end], strict=True):
        if nxt > start:
            local = _shifted_sql(col, whole, iso) if whole is not None else f"{_LOCAL_FN}({col})"
            whens.append(f"WHEN +{col} < '{nxt}' THEN {local}")
    return (
        f"CASE WHEN length({col}) IN (19, 26) AND substr({col}, 11, 1) = ' ' THEN CASE {' '.join(whens)} "
        f"ELSE {_LOCAL_FN}({col}) END ELSE {_LOCAL_FN}({col}) END"
    )


def _shifted_sql(col: str, minutes: int, suffix: str) -> str:
    if minutes == 0:  # 2026-03-29 01:30:00[.ffffff] -> 2026-03-29T01:30:00+00:00
        return f"printf('%.10sT%.8s{suffix}', {col}, substr({col}, 12))"
    # A calendar to add the offset (NULL for a text that is not a date: then _LocalTimes has the last word).
    return (
        f"COALESCE(strftime('%Y-%m-%dT%H:%M', substr({col}, 1, 16), '{minutes:+d} minutes') "
        f"|| substr({col}, 17, 3) || '{suffix}', {_LOCAL_FN}({col}))"
    )


def _interactions_sqlite(engine: Engine, workspace_id: int, tz: tzinfo) -> Iterator[Sequence[tuple[Any, ...]]]:
    """SQLite: every cell made by the query, so the driver's rows go to the CSV writer as they are (no Python step
    per row, except a call of _LocalTimes for a row whose time SQL does not convert)."""
    with engine.connect() as conn:
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        spans = None if _fixed_offset(tz) is not None else _offset_spans(tz, *_local_date_span(dbapi, workspace_id))
        sql = _interactions_sqlite_sql(_time_sql(tz, spans=spans))
        dbapi.create_function(_LOCAL_FN, 1, _LocalTimes(tz), deterministic=True)
        cur = dbapi.cursor()
        try:
            cur.execute(sql, (workspace_id,))
            while part := cur.fetchmany(CHUNK):
                yield part
        finally:
            cur.close()
            dbapi.create_function(_LOCAL_FN, 1, None)  # the pooled connection goes back without it


# -- When is a zone's offset fixed? From the zone's own TZif data (the file zoneinfo loaded), since exactness needs
# proof, not samples: after the last transition listed in the file the offset follows the file's footer rule
# (RFC 8536 §3.3), which is one fixed offset when it names no daylight-saving time.
_STD_ONLY = re.compile(rb"(<[+-]?[A-Za-z0-9]+>|[A-Za-z]{3,})[+-]?\d{1,3}(:\d{1,2}){0,2}")


def _fixed_offset(tz: tzinfo) -> tuple[str, int, str] | None:
    """``(since, minutes, suffix)``: for every UTC minute at or after ``since`` (``YYYY-MM-DD HH:MM``, "" for all
    time) the zone's offset is ``minutes`` (ISO ``suffix``, e.g. ``+05:30``); None when that cannot be shown."""
    key = getattr(tz, "key", None)
    if not isinstance(tz, ZoneInfo) or not key:
        return None
    tail = _tzif_tail(_tzif_bytes(key))
    if tail is None:
        return None
    last, listed, footer = tail
    if footer and not _STD_ONLY.fullmatch(footer):
        return None  # a daylight-saving rule (or something not understood here)
    if last is None:
        since, start = "", datetime(2000, 1, 1, tzinfo=UTC)
    else:
        start = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=last)
        start = start.replace(second=0) + timedelta(minutes=1) if start.second else start  # the next whole minute
        since = start.strftime("%Y-%m-%d %H:%M")
    offsets = {(start + timedelta(days=d)).astimezone(tz).utcoffset() for d in (0, 1, 400, 40_000)}
    off = offsets.pop()
    if offsets or off is None or off.total_seconds() % 60 or listed not in (None, off.total_seconds()):
        return None  # not the single whole-minute offset the file promises: leave it to _LocalTimes
    iso = start.astimezone(tz).isoformat(timespec="minutes")
    return since, int(off.total_seconds()) // 60, iso[16:]


def _tzif_bytes(key: str) -> bytes | None:
    """The TZif file zoneinfo itself reads for ``key``: the first match on TZPATH, else the tzdata package."""
    if ".." in key or key.startswith("/"):
        return None
    for folder in TZPATH:
        candidate = Path(folder) / key
        if candidate.is_file():
            return candidate.read_bytes()
    *package, name = key.split("/")
    try:
        return importlib.resources.files(".".join(["tzdata.zoneinfo", *package])).joinpath(name).read_bytes()
    except (ImportError, OSError, ValueError):
        return None


def _tzif_parse(data: bytes | None) -> tuple[tuple[int, ...], list[int], bytes] | None:
    """(the listed transitions in Unix seconds, the UTC offset in seconds from each on, the footer TZ rule) of TZif
    ``data``, as zoneinfo reads them; None for anything unexpected, or leap seconds (zoneinfo does not apply them)."""
    if data is None or len(data) < 44 or data[:4] != b"TZif":
        return None
    isut, isstd, leap, count, types, chars = struct.unpack(">6l", data[20:44])
    size, body = 4, 44  # version 1: 32-bit times, no footer
    if data[4:5] != b"\0":
        start = 44 + 5 * count + 6 * types + chars + 8 * leap + isstd + isut  # skip the version 1 block
        if data[start : start + 4] != b"TZif":
            return None
        isut, isstd, leap, count, types, chars = struct.unpack(">6l", data[start + 20 : start + 44])
        size, body = 8, start + 44
    if leap or count < 0 or types < 1:
        return None
    times = struct.unpack(f">{count}{'q' if size == 8 else 'l'}", data[body : body + size * count])
    kinds = data[body + size * count : body + (size + 1) * count]
    at = body + (size + 1) * count
    utoffs = [struct.unpack(">l", data[at + 6 * k : at + 6 * k + 4])[0] for k in range(types)]
    footer = b""
    if size == 8:
        end = at + 6 * types + chars + 12 * leap + isstd + isut
        if data[end : end + 1] != b"\n" or b"\n" not in data[end + 1 :]:
            return None
        footer = data[end + 1 : data.index(b"\n", end + 1)]
    if len(kinds) != count or any(k >= types for k in kinds):
        return None
    return times, [utoffs[k] for k in kinds], footer


def _tzif_tail(data: bytes | None) -> tuple[int | None, int | None, bytes] | None:
    """``(since, offset, footer)`` of TZif ``data``: from the Unix second ``since`` on (None: from the start) every
    listed transition keeps the UTC offset ``offset`` seconds (None: no transition listed), after them the footer
    TZ rule applies."""
    parsed = _tzif_parse(data)
    if parsed is None:
        return None
    times, offsets, footer = parsed
    if not times:
        return None, None, footer
    first = len(times) - 1
    while first > 0 and offsets[first - 1] == offsets[-1]:  # trailing transitions that keep the offset
        first -= 1
    return times[first], offsets[-1], footer


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_Spans = tuple[list[tuple[str, int | None, str]], str]


def _ceil_minute(when: datetime) -> datetime:
    floor = when.replace(second=0, microsecond=0)
    return floor if floor == when else floor + timedelta(minutes=1)


def _offset_spans(tz: tzinfo, lo: datetime | None, hi: datetime | None) -> _Spans | None:
    """The zone's offsets for the UTC minutes from ``lo`` until ``hi`` (or the last transition its TZif file lists,
    after which a rule applies): ``([(first minute, offset minutes or None if not whole, ISO suffix)], end)``, the
    minutes as ``YYYY-MM-DD HH:MM`` text, each stretch until the next one's first minute or ``end``.

    Exact, not sampled: the stretches are cut at every transition the file lists (the very list zoneinfo reads),
    and each one's offset is zoneinfo's at its first minute. Times outside [lo, end) go to _LocalTimes, so a wrong
    guess of the span costs speed only."""
    key = getattr(tz, "key", None)
    if lo is None or hi is None or not isinstance(tz, ZoneInfo) or not key:
        return None
    parsed = _tzif_parse(_tzif_bytes(key))
    if parsed is None or not parsed[0]:
        return None
    changes = [_EPOCH + timedelta(seconds=t) for t in parsed[0]]
    end = min(hi, changes[-1])
    if end <= lo:
        return None
    firsts = [_ceil_minute(t) for t in [lo, *(c for c in changes if lo < c < end)]]
    spans: list[tuple[str, int | None, str]] = []
    for first in firsts:
        local = first.astimezone(tz)
        off = local.utcoffset()
        whole = off is not None and not off.total_seconds() % 60
        minutes = int(off.total_seconds()) // 60 if off is not None and whole else None
        spans.append((first.strftime("%Y-%m-%d %H:%M"), minutes, local.isoformat(timespec="minutes")[16:]))
    return spans, _ceil_minute(end).strftime("%Y-%m-%d %H:%M")


def _local_date_span(dbapi: Any, workspace_id: int) -> tuple[datetime | None, datetime | None]:
    """UTC bounds around a workspace's interactions from the first and last local date (two index look-ups, where
    the times themselves have no index): a local date is within a day of the UTC one, two days spare."""
    bounds: list[datetime | None] = []
    for agg in ("min", "max"):
        row = dbapi.execute(f"SELECT {agg}(local_date) FROM interaction WHERE workspace_id = ?", (workspace_id,))
        value = row.fetchone()[0]
        try:
            day = date.fromisoformat(str(value)[:10])
        except ValueError:
            return None, None
        bounds.append(datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(days=-2 if agg == "min" else 3))
    return bounds[0], bounds[1]
