"""A workspace's theme tags and post ↔ theme links; format choices for the post form.

Every change returns what is needed to undo it exactly (the UI's QUndoCommands hold that value), so bulk
tagging 300 posts and undoing it leaves the database as it was — including themes the change created.
Names are normalised with ``domain.insights.normalise_theme`` so typed, imported and bulk-added tags meet on
one row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Engine
from sqlmodel import Session

from microcomm_desktop.domain.insights import THEME_MAX_LEN, normalise_theme
from microcomm_desktop.i18n import translate
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Post, PostTheme, RecurringFormat, Theme
from microcomm_desktop.store.models.base import table_of
from microcomm_desktop.store.sqlfuncs import insert_ignore

_CHUNK = 500


class ThemeError(ValueError):
    """A user-facing problem with a theme name or a selection."""


@dataclass(frozen=True)
class ThemeInfo:
    id: int
    name: str
    posts: int


@dataclass(frozen=True)
class TagChange:
    """What ``set_post_themes`` did: exactly the links it added and removed and the themes it created."""

    workspace_id: int
    added: tuple[tuple[int, int], ...] = ()  # (post_id, theme_id) links that did not exist before
    removed: tuple[tuple[int, int], ...] = ()  # links that existed and were deleted
    created_themes: tuple[tuple[int, str], ...] = ()  # (theme_id, name) created by this change
    summary: str = field(default="", compare=False)

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.created_themes)


def clean_name(name: str) -> str:
    """Normalised name or a clear error (empty or too long is rejected, never silently cut)."""
    raw = " ".join((name or "").replace("#", " ").split())
    if len(raw) > THEME_MAX_LEN:
        raise ThemeError(
            translate("services.themes", "Keep a theme under {limit} characters ({start}… is {length}).").format(
                limit=THEME_MAX_LEN, start=raw[:30], length=len(raw)
            )
        )
    if any(sep in raw for sep in ",;"):
        # Commas and semicolons separate themes in CSV cells and the picker: a name holding one would come back
        # from an export/re-import as two themes.
        raise ThemeError(
            translate(
                "services.themes", "A theme name cannot contain a comma or semicolon ({name}); add two themes."
            ).format(name=repr(raw[:30]))
        )
    cleaned = normalise_theme(name)
    if not cleaned:
        raise ThemeError(translate("services.themes", "A theme needs a name."))
    return cleaned


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield list(ids[i : i + _CHUNK])


# -------------------------------------------------------------------------------- themes


def list_themes(engine: Engine, workspace_id: int) -> list[ThemeInfo]:
    """Themes with how many posts carry each, alphabetically."""
    t, pt = table_of(Theme), table_of(PostTheme)
    q = (
        select(t.c.id, t.c.name, func.count(pt.c.post_id))
        .select_from(t.outerjoin(pt, pt.c.theme_id == t.c.id))
        .where(t.c.workspace_id == workspace_id)
        .group_by(t.c.id, t.c.name)
        .order_by(t.c.name)
    )
    with engine.connect() as conn:
        return [ThemeInfo(int(a), str(b), int(c)) for a, b, c in conn.execute(q)]


def theme_names(engine: Engine, workspace_id: int) -> list[str]:
    return [t.name for t in list_themes(engine, workspace_id)]


def _theme_ids(s: Session, workspace_id: int) -> dict[str, int]:
    t = table_of(Theme)
    return {str(n): int(i) for i, n in s.execute(select(t.c.id, t.c.name).where(t.c.workspace_id == workspace_id))}


def create_theme(engine: Engine, workspace_id: int, name: str) -> int:
    """Create a theme (or return the existing one with the same normalised name)."""
    cleaned = clean_name(name)
    with session_scope(engine) as s:
        existing = _theme_ids(s, workspace_id).get(cleaned)
        if existing is not None:
            return existing
        res = s.execute(insert(table_of(Theme)).values(workspace_id=workspace_id, name=cleaned))
        return int(res.inserted_primary_key[0])  # type: ignore[attr-defined]


def rename_theme(engine: Engine, workspace_id: int, theme_id: int, new_name: str) -> str:
    """Rename; renaming onto an existing name is refused (merge would lose the distinction silently)."""
    cleaned = clean_name(new_name)
    t = table_of(Theme)
    with session_scope(engine) as s:
        ids = _theme_ids(s, workspace_id)
        if theme_id not in ids.values():
            raise ThemeError(translate("services.themes", "That theme no longer exists."))
        other = ids.get(cleaned)
        if other is not None and other != theme_id:
            raise ThemeError(
                translate("services.themes", "A theme named {name} already exists.").format(name=repr(cleaned))
            )
        old = next(n for n, i in ids.items() if i == theme_id)
        s.execute(update(t).where(t.c.id == theme_id).values(name=cleaned))
    return old


@dataclass(frozen=True)
class DeletedTheme:
    workspace_id: int
    theme_id: int
    name: str
    post_ids: tuple[int, ...]


def delete_theme(engine: Engine, workspace_id: int, theme_id: int) -> DeletedTheme:
    """Delete a theme and its links; returns them so the deletion can be undone."""
    t, pt = table_of(Theme), table_of(PostTheme)
    with session_scope(engine) as s:
        row = s.execute(select(t.c.name).where(t.c.id == theme_id, t.c.workspace_id == workspace_id)).first()
        if row is None:
            raise ThemeError(translate("services.themes", "That theme no longer exists."))
        posts = tuple(int(p) for (p,) in s.execute(select(pt.c.post_id).where(pt.c.theme_id == theme_id)))
        s.execute(delete(pt).where(pt.c.theme_id == theme_id))
        s.execute(delete(t).where(t.c.id == theme_id))
    return DeletedTheme(workspace_id, theme_id, str(row[0]), posts)


def restore_theme(engine: Engine, snap: DeletedTheme) -> None:
    with session_scope(engine) as s:
        s.execute(insert(table_of(Theme)).values(id=snap.theme_id, workspace_id=snap.workspace_id, name=snap.name))
        if snap.post_ids:
            s.execute(insert(table_of(PostTheme)), [{"post_id": p, "theme_id": snap.theme_id} for p in snap.post_ids])


# -------------------------------------------------------------------------------- post ↔ theme


def themes_of_posts(engine: Engine, post_ids: Sequence[int]) -> dict[int, list[str]]:
    """Theme names of each post (every requested id is a key, untagged posts map to [])."""
    t, pt = table_of(Theme), table_of(PostTheme)
    out: dict[int, list[str]] = {int(p): [] for p in post_ids}
    with engine.connect() as conn:
        for chunk in _chunks(sorted(out)):
            q = (
                select(pt.c.post_id, t.c.name)
                .select_from(pt.join(t, t.c.id == pt.c.theme_id))
                .where(pt.c.post_id.in_(chunk))
                .order_by(t.c.name)
            )
            for post_id, name in conn.execute(q):
                out[int(post_id)].append(str(name))
    return out


def theme_counts(engine: Engine, post_ids: Sequence[int]) -> dict[str, int]:
    """How many of the given posts carry each theme (what the bulk dialog offers to remove)."""
    counts: dict[str, int] = {}
    for names in themes_of_posts(engine, post_ids).values():
        for n in names:
            counts[n] = counts.get(n, 0) + 1
    return dict(sorted(counts.items()))


def apply_post_themes(
    s: Session, workspace_id: int, post_ids: Sequence[int], add: Sequence[str], remove: Sequence[str]
) -> TagChange:
    """``set_post_themes`` inside the caller's session (the post form saves a post and its themes together)."""
    ids = sorted({int(p) for p in post_ids})
    if not ids:
        raise ThemeError(translate("services.themes", "Select at least one post."))
    add_names = list(dict.fromkeys(clean_name(n) for n in add))
    remove_names = [n for n in dict.fromkeys(clean_name(n) for n in remove) if n not in add_names]
    if not add_names and not remove_names:
        return TagChange(workspace_id, summary=translate("services.themes", "Nothing to change."))
    p, t, pt = table_of(Post), table_of(Theme), table_of(PostTheme)
    found: set[int] = set()
    for chunk in _chunks(ids):
        found.update(
            int(x) for (x,) in s.execute(select(p.c.id).where(p.c.id.in_(chunk), p.c.workspace_id == workspace_id))
        )
    missing = [i for i in ids if i not in found]
    if missing:
        n_missing = len(missing)
        raise ThemeError(
            translate(
                "services.themes", "%n of the selected posts are not in this workspace (ids {ids}).", None, n_missing
            ).format(ids=missing[:5])
        )

    by_name = _theme_ids(s, workspace_id)
    created: list[tuple[int, str]] = []
    for name in add_names:
        if name not in by_name:
            res = s.execute(insert(t).values(workspace_id=workspace_id, name=name))
            by_name[name] = int(res.inserted_primary_key[0])  # type: ignore[attr-defined]
            created.append((by_name[name], name))
    add_ids = [by_name[n] for n in add_names]
    remove_ids = [by_name[n] for n in remove_names if n in by_name]

    existing: set[tuple[int, int]] = set()
    touched = add_ids + remove_ids
    if touched:
        for chunk in _chunks(ids):
            existing.update(
                (int(a), int(b))
                for a, b in s.execute(
                    select(pt.c.post_id, pt.c.theme_id).where(pt.c.post_id.in_(chunk), pt.c.theme_id.in_(touched))
                )
            )
    added = [(pid, tid) for pid in ids for tid in add_ids if (pid, tid) not in existing]
    removed = [(pid, tid) for pid in ids for tid in remove_ids if (pid, tid) in existing]
    if added:
        s.execute(insert(pt), [{"post_id": a, "theme_id": b} for a, b in added])
    for tid in remove_ids:
        for chunk in _chunks(ids):
            s.execute(delete(pt).where(pt.c.theme_id == tid, pt.c.post_id.in_(chunk)))
    parts = []
    if add_names:
        parts.append(translate("services.themes", "added {names}").format(names=", ".join(add_names)))
    if remove_names:
        parts.append(translate("services.themes", "removed {names}").format(names=", ".join(remove_names)))
    n_posts = len(ids)
    summary = translate("services.themes", "{changes} on %n post(s)", None, n_posts).format(changes="; ".join(parts))
    return TagChange(workspace_id, tuple(added), tuple(removed), tuple(created), summary)


def set_post_themes(
    engine: Engine, workspace_id: int, post_ids: Sequence[int], add: Sequence[str], remove: Sequence[str]
) -> TagChange:
    """Add and remove themes on a set of posts in one transaction; returns the exact change for undo.

    Unknown names in ``add`` create themes; names are normalised; a name both added and removed is added.
    """
    with session_scope(engine) as s:
        return apply_post_themes(s, workspace_id, post_ids, add, remove)


def undo_post_themes(engine: Engine, change: TagChange) -> None:
    """Reverse a ``TagChange``: remove the links it added, restore those it removed, drop themes it created."""
    with session_scope(engine) as s:
        revert_tag_change(s, change)


def revert_tag_change(s: Session, change: TagChange) -> None:
    """``undo_post_themes`` inside the caller's session (a post edit reverts its columns and themes together)."""
    pt, t = table_of(PostTheme), table_of(Theme)
    for post_id, theme_id in change.added:
        s.execute(delete(pt).where(pt.c.post_id == post_id, pt.c.theme_id == theme_id))
    if change.removed:
        s.execute(
            insert_ignore(s.get_bind().dialect.name, pt), [{"post_id": a, "theme_id": b} for a, b in change.removed]
        )
    for theme_id, _name in change.created_themes:
        still_used = s.execute(select(func.count()).where(pt.c.theme_id == theme_id)).scalar()
        if not still_used:
            s.execute(delete(t).where(t.c.id == theme_id))


def redo_post_themes(engine: Engine, change: TagChange) -> None:
    """Re-apply a ``TagChange`` after an undo, reusing the same theme ids (later commands may refer to them)."""
    with session_scope(engine) as s:
        reapply_tag_change(s, change)


def reapply_tag_change(s: Session, change: TagChange) -> None:
    """``redo_post_themes`` inside the caller's session."""
    pt, t = table_of(PostTheme), table_of(Theme)
    for theme_id, name in change.created_themes:
        exists = s.execute(select(t.c.id).where(t.c.id == theme_id)).first()
        if exists is None:
            s.execute(insert(t).values(id=theme_id, workspace_id=change.workspace_id, name=name))
    if change.added:
        s.execute(
            insert_ignore(s.get_bind().dialect.name, pt), [{"post_id": a, "theme_id": b} for a, b in change.added]
        )
    for post_id, theme_id in change.removed:
        s.execute(delete(pt).where(pt.c.post_id == post_id, pt.c.theme_id == theme_id))


def replace_post_themes(engine: Engine, workspace_id: int, post_id: int, names: Sequence[str]) -> TagChange:
    """The post form's save: make the post's themes exactly ``names``."""
    current = themes_of_posts(engine, [post_id])[post_id]
    wanted = [clean_name(n) for n in names]
    return set_post_themes(engine, workspace_id, [post_id], wanted, [n for n in current if n not in wanted])


# -------------------------------------------------------------------------------- formats


def format_choices(engine: Engine, workspace_id: int) -> list[str]:
    """The promise's recurring formats first (in their order), then free formats already used on posts."""
    rf, p = table_of(RecurringFormat), table_of(Post)
    with engine.connect() as conn:
        recurring = [
            str(n)
            for (n,) in conn.execute(
                select(rf.c.name).where(rf.c.workspace_id == workspace_id).order_by(rf.c.position, rf.c.id)
            )
        ]
        used = [
            str(n)
            for (n,) in conn.execute(
                select(p.c.format).where(p.c.workspace_id == workspace_id, p.c.format != "").distinct()
            )
        ]
    seen = {n.lower() for n in recurring}
    return recurring + sorted({u for u in used if u.lower() not in seen}, key=str.lower)
