"""Post use cases: list (as plain tuples, fast on 100,000 rows), validate, add, edit, duplicate, delete, restore.

Shared by the Posts tab and the CLI. Every write is one transaction; delete returns a snapshot that restore
puts back exactly (same ids, same links from interactions and themes), which is what undo needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, delete, func, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from microcomm_desktop.domain.imports.parsing import parse_when
from microcomm_desktop.domain.imports.rows import parse_themes_cell
from microcomm_desktop.domain.post_fields import OPTIONAL_COUNT_KEYS, POST_FIELDS, REQUIRED_COUNT_KEYS
from microcomm_desktop.domain.validation import non_negative_int, parse_int_loose, reach_vs_impressions
from microcomm_desktop.i18n import TranslatedLabels, translate
from microcomm_desktop.services import conflicts
from microcomm_desktop.services import themes as th
from microcomm_desktop.services.timezones import local_parts, to_utc
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Interaction, Post, PostTheme, Ritual, RitualOccurrence, Theme, Workspace
from microcomm_desktop.store.models.base import table_of, utcnow
from microcomm_desktop.store.sqlfuncs import concat_agg, iso_date

# Order of the tuples ``load_post_rows`` returns; the table model indexes by these names. Every declared post
# field (domain.post_fields) except the instant, which rows carry as its local date and minute. The head and
# the counts right after it keep their positions, and the themes stay last: parts of the Posts tab (and tests)
# still read row[1], row[9], row[-1].
_ROW_HEAD = ("id", "local_date", "local_minute", "platform", "format", "label", "title", "link", "ritual")
# "version": the row's version when loaded, so a cell edit saves against it (optimistic locking).
_ROW_TAIL = ("ritual_occurrence_id", "version", "themes")
ROW_FIELDS: tuple[str, ...] = (
    *_ROW_HEAD,
    *(f.key for f in POST_FIELDS if f.numeric),
    *(f.key for f in POST_FIELDS if not f.numeric and f.key not in (*_ROW_HEAD, *_ROW_TAIL, "published_at")),
    *_ROW_TAIL,
)
COUNT_FIELDS = REQUIRED_COUNT_KEYS
OPTIONAL_COUNTS = OPTIONAL_COUNT_KEYS
TEXT_FIELDS = tuple(f.key for f in POST_FIELDS if f.kind in ("text", "platform"))
LABELS = ("community", "reach")
# Read in the active language at lookup time (the declarations' own catalog entries): validation sentences name
# the field the way the form shows it.
FIELD_LABELS = TranslatedLabels("domain.post_fields", {f.ui_key: f.label for f in POST_FIELDS})
THEMES_SEPARATOR = ", "


class PostError(ValueError):
    """A user-facing problem (validation, a post that no longer exists)."""


def _row_select(theme_scope: ColumnElement[bool]) -> Any:
    """The row query; ``theme_scope`` limits the theme subquery (the workspace, or the post ids asked for)."""
    p = table_of(Post)
    occ = table_of(RitualOccurrence)
    rit = table_of(Ritual)
    t, pt = table_of(Theme), table_of(PostTheme)
    ritual_label = (rit.c.name + " " + iso_date(occ.c.local_date)).label("ritual")
    # Names sorted inside each post: the ORDER BY subquery is not flattened into the aggregate by SQLite, so
    # group_concat sees the names in order (a test pins this).
    ordered = (
        select(pt.c.post_id, t.c.name)
        .select_from(pt.join(t, t.c.id == pt.c.theme_id))
        .where(theme_scope)
        .order_by(pt.c.post_id, t.c.name)
        .subquery("ordered_themes")
    )
    grouped = (
        select(ordered.c.post_id, concat_agg(ordered.c.name, THEMES_SEPARATOR, ordered.c.name).label("themes"))
        .group_by(ordered.c.post_id)
        .subquery("post_themes")
    )
    special = {
        "local_date": iso_date(p.c.local_date).label("local_date"),
        "ritual": ritual_label,
        "themes": grouped.c.themes,  # "a, b" (names sorted) or None — one grouped subquery, not a query per row
    }
    cols = [special[name] if name in special else p.c[name] for name in ROW_FIELDS]
    return select(*cols).select_from(
        p.outerjoin(occ, occ.c.id == p.c.ritual_occurrence_id)
        .outerjoin(rit, rit.c.id == occ.c.ritual_id)
        .outerjoin(grouped, grouped.c.post_id == p.c.id)
    )


def fetch_tuples(conn: Connection, stmt: Any) -> list[tuple[Any, ...]]:
    """The DB-API's own ``fetchall()`` tuples, skipping SQLAlchemy's per-row ``Row`` objects.

    Why: for tens of thousands of rows the Row wrapping plus ``tuple(r)`` costs about as much as the query
    itself. Only for statements whose columns need no result conversion (text, integers, ``type_coerce`` to
    String) — a Boolean or DateTime column would come back raw (0/1, text).
    """
    result = conn.execute(stmt)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def load_post_rows(engine: Engine, workspace_id: int) -> list[tuple[Any, ...]]:
    """Every post of a workspace as tuples in ``ROW_FIELDS`` order, newest first, in ONE query.

    The local date comes back as its stored ISO text (no per-row date parsing) — the view shows it as is and
    ISO text sorts chronologically.
    """
    p = table_of(Post)
    stmt = (
        _row_select(table_of(Theme).c.workspace_id == workspace_id)
        .where(p.c.workspace_id == workspace_id)
        .order_by(p.c.local_date.desc(), p.c.local_minute.desc(), p.c.id.desc())
    )
    with engine.connect() as conn:
        return fetch_tuples(conn, stmt)


@dataclass(frozen=True)
class PostTable:
    """Every post row of a workspace and each post id's position in ``rows``."""

    rows: list[tuple[Any, ...]]
    row_of: dict[int, int]


def load_post_table(engine: Engine, workspace_id: int) -> PostTable:
    """``load_post_rows`` plus the id → position index the table model needs, built in C (``zip``/``map``).

    Why here: the Posts tab reads a large log in the worker pool; building the index there as well keeps a
    200,000-step Python loop out of the GUI thread.
    """
    rows = load_post_rows(engine, workspace_id)
    return PostTable(rows, row_index(rows))


def row_index(rows: list[tuple[Any, ...]]) -> dict[int, int]:
    """Each post id's position in ``rows`` (ids first in every row), built in C: no Python step per row."""
    return dict(zip(map(itemgetter(0), rows), range(len(rows)), strict=True))


def load_post_rows_by_id(engine: Engine, post_ids: list[int]) -> list[tuple[Any, ...]]:
    """Some rows in ``ROW_FIELDS`` order (after an edit, so the model refreshes one row, not all)."""
    p = table_of(Post)
    scope = table_of(PostTheme).c.post_id.in_(post_ids)
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(_row_select(scope).where(p.c.id.in_(post_ids)))]


def ritual_occurrence_choices(engine: Engine, workspace_id: int) -> list[tuple[int, str]]:
    """(occurrence id, "Tuesday teardown 2026-11-24") for the ritual picker, newest first."""
    occ = table_of(RitualOccurrence)
    rit = table_of(Ritual)
    stmt = (
        select(occ.c.id, rit.c.name, iso_date(occ.c.local_date))
        .select_from(occ.join(rit, rit.c.id == occ.c.ritual_id))
        .where(rit.c.workspace_id == workspace_id)
        .order_by(occ.c.local_date.desc())
    )
    with engine.connect() as conn:
        return [(int(i), f"{n} {d}") for i, n, d in conn.execute(stmt)]


@dataclass
class FormCheck:
    """Validated form values plus per-field errors (block saving) and warnings (allow saving)."""

    values: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def check_post_form(form: dict[str, str], *, partial: bool = False) -> FormCheck:
    """Validate text as typed in the form or a cell; ``partial`` checks only the fields given (inline edit).

    Returned values are typed: ``when`` a naive local datetime, counts ints (blank → 0, or None for the
    optional ones), label one of ``LABELS``, ``themes`` a list of normalised names (text "a, b; #c").
    """
    chk = FormCheck()
    if not partial or "when" in form:
        text = form.get("when", "")
        if not text.strip():
            chk.errors["when"] = translate("services.posts", "Date is required (e.g. 2026-11-24 18:30).")
        else:
            try:
                parsed = parse_when(text, order="dmy")
                if parsed.year_missing:
                    raise ValueError(translate("services.posts", "add the year (e.g. 2026-11-24 18:30)."))
                chk.values["when"] = parsed.value
            except ValueError as exc:
                chk.errors["when"] = translate("services.posts", "Date/time: {error}").format(error=exc)
    if not partial or "label" in form:
        lab = form.get("label", "").strip().lower()
        if lab not in LABELS:
            chk.errors["label"] = translate(
                "services.posts", "Label is required: community (judged on replies, saves, depth) or reach."
            )
        else:
            chk.values["label"] = lab
    for key in (*COUNT_FIELDS, *OPTIONAL_COUNTS):
        if partial and key not in form:
            continue
        text = form.get(key, "")
        msg = non_negative_int(text, FIELD_LABELS[key])
        if msg:
            chk.errors[key] = msg
        elif not text.strip():
            chk.values[key] = None if key in OPTIONAL_COUNTS else 0
        else:
            chk.values[key] = parse_int_loose(text)
    for key in TEXT_FIELDS:
        if key in form:
            chk.values[key] = form[key].strip()
    if "platform" in chk.values and not chk.values["platform"]:
        chk.values["platform"] = "other"
    if len(chk.values.get("format") or "") > 80:
        chk.errors["format"] = translate(
            "services.posts", "Format: keep it under 80 characters (e.g. carousel, short video, Q and A)."
        )
    if "themes" in form:
        try:
            chk.values["themes"] = parse_themes_cell(form["themes"])
            for name in chk.values["themes"]:
                th.clean_name(name)
        except ValueError as exc:  # ThemeError is a ValueError
            chk.errors["themes"] = translate("services.posts", "Themes: {error}").format(error=exc)
    if "ritual_occurrence_id" in form:
        raw = form["ritual_occurrence_id"]
        chk.values["ritual_occurrence_id"] = int(raw) if str(raw).strip() else None
    if "platform_post_id" in form:
        chk.values["platform_post_id"] = form["platform_post_id"].strip() or None
    warn = reach_vs_impressions(chk.values.get("reach"), chk.values.get("impressions") or None)
    if warn and "reach" not in chk.errors:
        chk.warnings["reach"] = warn
    return chk


def _store_values(values: dict[str, Any], tz: str) -> dict[str, Any]:
    out = {k: v for k, v in values.items() if k not in ("when", "themes")}
    if "when" in values:
        instant = to_utc(values["when"], tz)
        ld, lm = local_parts(instant, tz)
        out.update(published_at=instant, local_date=ld, local_minute=lm)
    return out


def _tz_of(session: Any, workspace_id: int) -> str:
    ws = session.get(Workspace, workspace_id)
    if ws is None:
        raise PostError(translate("services.posts", "That workspace no longer exists."))
    return str(ws.timezone)


@dataclass
class PostEdit:
    """One saved add or edit: the edited columns' previous values and exactly what happened to the themes.

    The Posts tab's undo command keeps it, so undo restores the columns and the theme links in one
    transaction and drops themes the edit created (``TagChange`` reuses their ids on redo).
    """

    post_id: int
    workspace_id: int
    before: dict[str, Any] = field(default_factory=dict)
    tags: th.TagChange | None = None


def _apply_themes(s: Session, workspace_id: int, post_id: int, names: list[str]) -> th.TagChange:
    """Make the post's themes exactly ``names`` inside the caller's transaction."""
    t, pt = table_of(Theme), table_of(PostTheme)
    current = [
        str(n)
        for (n,) in s.execute(
            select(t.c.name).select_from(pt.join(t, t.c.id == pt.c.theme_id)).where(pt.c.post_id == post_id)
        )
    ]
    if not names and not current:
        return th.TagChange(workspace_id)
    return th.apply_post_themes(s, workspace_id, [post_id], names, [n for n in current if n not in names])


def add_post(engine: Engine, workspace_id: int, values: dict[str, Any]) -> PostEdit:
    """Insert a validated post and its themes (``values["themes"]``) in one transaction."""
    with session_scope(engine) as s:
        tz = _tz_of(s, workspace_id)
        row = _store_values(values, tz)
        row["workspace_id"] = workspace_id
        if "published_at" not in row:
            raise PostError(translate("services.posts", "Date is required."))
        res = s.execute(insert(table_of(Post)).values(**row))
        pk = res.inserted_primary_key  # type: ignore[attr-defined]
        assert pk is not None
        post_id = int(pk[0])
        tags = _apply_themes(s, workspace_id, post_id, list(values["themes"])) if values.get("themes") else None
        return PostEdit(post_id, workspace_id, {}, tags)


def create_post(engine: Engine, workspace_id: int, values: dict[str, Any]) -> int:
    """Insert a validated post (``check_post_form(...).values``); returns its id."""
    return add_post(engine, workspace_id, values).post_id


class EditConflict(PostError, conflicts.EditConflict):
    """Another member saved the post after this edit was opened: nothing was written; both versions are kept so
    the user can pick (``theirs`` are form values as stored now, ``version`` the one to overwrite). The same
    class as deals and sprint tasks raise (``services.conflicts``), so one dialog handles them all."""

    def __init__(self, post_id: int, theirs: dict[str, str], version: int, updated_by: str) -> None:
        conflicts.EditConflict.__init__(self, "post", post_id, theirs, version, updated_by)
        self.post_id = post_id


def _update_columns(
    s: Session, post_id: int, values: dict[str, Any], expected_version: int | None = None
) -> tuple[int, dict[str, Any]]:
    """(workspace id, previous values of the columns ``values`` sets); themes are handled by the caller.

    With ``expected_version`` the update only applies when nobody saved the post since that version
    (optimistic locking); otherwise ``EditConflict`` carries the stored version for the conflict dialog."""
    p = table_of(Post)
    ws_id = s.execute(select(p.c.workspace_id).where(p.c.id == post_id)).scalar()
    if ws_id is None:
        raise PostError(translate("services.posts", "That post no longer exists (deleted elsewhere?)."))
    tz = _tz_of(s, int(ws_id))
    if expected_version is not None:
        current, by = s.execute(select(p.c.version, p.c.updated_by).where(p.c.id == post_id)).one()
        if int(current) != expected_version:
            raise EditConflict(post_id, _form_of(s, post_id), int(current), str(by or ""))
    row = _store_values(values, tz)
    if not row:
        return int(ws_id), {}
    cur = s.execute(select(*(p.c[k] for k in row)).where(p.c.id == post_id)).one()
    before = dict(zip(row.keys(), cur, strict=True))
    if "published_at" in before:
        before = {k: v for k, v in before.items() if k not in ("published_at", "local_date", "local_minute")}
        old = cur[list(row.keys()).index("published_at")]
        before["when"] = old.replace(tzinfo=UTC).astimezone(_zone(tz)).replace(tzinfo=None)
    row["updated_at"] = utcnow()
    where = [p.c.id == post_id] + ([p.c.version == expected_version] if expected_version is not None else [])
    done = s.execute(update(p).where(*where).values(**row))
    if expected_version is not None and getattr(done, "rowcount", 1) == 0:  # saved by another member meanwhile
        current, by = s.execute(select(p.c.version, p.c.updated_by).where(p.c.id == post_id)).one()
        raise EditConflict(post_id, _form_of(s, post_id), int(current), str(by or ""))
    return int(ws_id), before


def edit_post(engine: Engine, post_id: int, values: dict[str, Any], expected_version: int | None = None) -> PostEdit:
    """Apply validated changes (columns and, when ``values`` has ``themes``, the exact theme list) at once.

    ``expected_version`` (from ``post_form_values``) refuses the edit with ``EditConflict`` when another member
    saved the post meanwhile."""
    with session_scope(engine) as s:
        ws_id, before = _update_columns(s, post_id, values, expected_version)
        tags = _apply_themes(s, ws_id, post_id, list(values["themes"])) if "themes" in values else None
        return PostEdit(post_id, ws_id, before, tags)


def revert_post_edit(engine: Engine, edit: PostEdit) -> None:
    """Undo ``edit_post``/``reapply_post_edit``: old column values and the theme links as they were."""
    with session_scope(engine) as s:
        _update_columns(s, edit.post_id, edit.before)
        if edit.tags is not None:
            th.revert_tag_change(s, edit.tags)


def reapply_post_edit(engine: Engine, edit: PostEdit, values: dict[str, Any]) -> None:
    """Redo after an undo: the same columns and the same theme links (created themes keep their ids)."""
    with session_scope(engine) as s:
        _update_columns(s, edit.post_id, values)
        if edit.tags is not None:
            th.reapply_tag_change(s, edit.tags)


def update_post(engine: Engine, post_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """Apply validated changes; returns the previous values of the same fields (for undo).

    With ``themes`` in ``values`` the previous theme list is returned too, so ``update_post(before)`` puts the
    links back (themes created meanwhile stay in the list; ``edit_post`` + ``revert_post_edit`` drop them).
    """
    old_themes = th.themes_of_posts(engine, [post_id]).get(post_id) if "themes" in values else None
    before = dict(edit_post(engine, post_id, values).before)
    if old_themes is not None:
        before["themes"] = old_themes
    return before


def _zone(tz: str) -> Any:
    from microcomm_desktop.services.timezones import zone

    return zone(tz)


def post_form_values(engine: Engine, post_id: int) -> dict[str, str]:
    """A stored post as the form's text fields (local date/time in the workspace's zone), with its ``version``
    (hand it back to ``edit_post`` so a save never silently overwrites another member's) and ``updated_by``."""
    with session_scope(engine) as s:
        return _form_of(s, post_id)


def _form_of(s: Session, post_id: int) -> dict[str, str]:
    p = table_of(Post)
    row = s.execute(select(p).where(p.c.id == post_id)).mappings().first()
    if row is None:
        raise PostError(translate("services.posts", "That post no longer exists."))
    tz = _tz_of(s, int(row["workspace_id"]))
    local = row["published_at"].astimezone(_zone(tz))
    form = {"when": local.strftime("%Y-%m-%d %H:%M"), "label": row["label"]}
    for key in (*COUNT_FIELDS, *OPTIONAL_COUNTS):
        v = row[key]
        form[key] = "" if v is None else str(v)
    for key in TEXT_FIELDS:
        form[key] = row[key] or ""
    form["platform_post_id"] = row["platform_post_id"] or ""
    form["ritual_occurrence_id"] = "" if row["ritual_occurrence_id"] is None else str(row["ritual_occurrence_id"])
    pt, t = table_of(PostTheme), table_of(Theme)
    names = s.execute(
        select(t.c.name)
        .select_from(pt.join(t, t.c.id == pt.c.theme_id))
        .where(pt.c.post_id == post_id)
        .order_by(t.c.name)
    ).scalars()
    form["themes"] = THEMES_SEPARATOR.join(names)
    form["version"] = str(row["version"])
    form["updated_by"] = row["updated_by"] or ""
    form["created_by"] = row["created_by"] or ""
    return form


def duplicate_post(engine: Engine, post_id: int) -> int:
    """A copy for a similar post (same format, label, ritual, themes); metrics and platform id start empty."""
    p, pt = table_of(Post), table_of(PostTheme)
    with session_scope(engine) as s:
        row = s.execute(select(p).where(p.c.id == post_id)).mappings().first()
        if row is None:
            raise PostError(translate("services.posts", "That post no longer exists."))
        data = dict(row)
        data.pop("id")
        data["platform_post_id"] = None
        data["link"] = ""
        data["title"] = f"{data['title']} (copy)" if data["title"] else "(copy)"
        for key in COUNT_FIELDS:
            data[key] = 0
        data["engagements"] = data["conversions"] = None
        data["created_at"] = data["updated_at"] = utcnow()
        res = s.execute(insert(p).values(**data))
        pk = res.inserted_primary_key  # type: ignore[attr-defined]
        assert pk is not None
        new_id = int(pk[0])
        links = [
            {"post_id": new_id, "theme_id": int(t)}
            for (t,) in s.execute(select(pt.c.theme_id).where(pt.c.post_id == post_id))
        ]
        if links:
            s.execute(insert(pt), links)
        return new_id


@dataclass
class PostSnapshot:
    """Everything delete removes, so undo can put it back with the same ids."""

    posts: list[dict[str, Any]]
    themes: list[dict[str, Any]]
    interaction_links: list[tuple[int, int]]  # (interaction id, post id)
    dropped_themes: list[dict[str, Any]] = field(default_factory=list)  # theme rows removed with the posts


def delete_posts(engine: Engine, post_ids: list[int], drop_themes: tuple[tuple[int, str], ...] = ()) -> PostSnapshot:
    """Delete posts (their theme links go with them); ``drop_themes`` — themes an undone add had created — are
    deleted too when no other post carries them, and come back on restore with the same ids."""
    p = table_of(Post)
    pt = table_of(PostTheme)
    t = table_of(Theme)
    it = table_of(Interaction)
    with session_scope(engine) as s:
        posts = [dict(r) for r in s.execute(select(p).where(p.c.id.in_(post_ids))).mappings()]
        themes = [dict(r) for r in s.execute(select(pt).where(pt.c.post_id.in_(post_ids))).mappings()]
        links = [
            (int(a), int(b)) for a, b in s.execute(select(it.c.id, it.c.post_id).where(it.c.post_id.in_(post_ids)))
        ]
        s.execute(delete(p).where(p.c.id.in_(post_ids)))
        dropped: list[dict[str, Any]] = []
        for theme_id, _name in drop_themes:
            if s.execute(select(func.count()).where(pt.c.theme_id == theme_id)).scalar():
                continue
            row = s.execute(select(t).where(t.c.id == theme_id)).mappings().first()
            if row is not None:
                dropped.append(dict(row))
                s.execute(delete(t).where(t.c.id == theme_id))
    return PostSnapshot(posts, themes, links, dropped)


def restore_posts(engine: Engine, snap: PostSnapshot) -> None:
    p = table_of(Post)
    it = table_of(Interaction)
    with session_scope(engine) as s:
        if snap.dropped_themes:
            s.execute(insert(table_of(Theme)), snap.dropped_themes)
        if snap.posts:
            s.execute(insert(p), snap.posts)
        if snap.themes:
            s.execute(insert(table_of(PostTheme)), snap.themes)
        for iid, pid in snap.interaction_links:
            s.execute(update(it).where(it.c.id == iid).values(post_id=pid))


def post_count(engine: Engine, workspace_id: int) -> int:
    p = table_of(Post)
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).where(p.c.workspace_id == workspace_id)).scalar() or 0)


def parse_local_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def now_local(tz: str) -> datetime:
    return datetime.now(UTC).astimezone(_zone(tz)).replace(tzinfo=None, second=0, microsecond=0)
