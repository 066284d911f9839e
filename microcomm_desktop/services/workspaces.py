"""Workspaces: one database holds several communities or clients."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, select

from microcomm_desktop.i18n import translate
from microcomm_desktop.services.file_reads import WorkspaceRow as WorkspaceRow  # declared with its DB-API twin
from microcomm_desktop.services.rows import plain
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import OwnHandle, Workspace

if TYPE_CHECKING:
    from microcomm_desktop.services.context import AppContext


class WorkspaceError(ValueError):
    """A user-facing problem with a workspace name or lookup."""


def workspace_row(ws: Workspace) -> WorkspaceRow:
    """The plain copy of a stored workspace (for services that built or loaded one in their own session)."""
    return plain(WorkspaceRow, ws)


def local_timezone_name() -> str:
    """The system's IANA zone name when it can be found, else UTC (a safe, explicit default)."""
    import os
    from pathlib import Path

    tz = os.environ.get("TZ")
    if tz and "/" in tz:
        return tz.lstrip(":")
    try:
        link = Path("/etc/localtime").resolve()
        parts = link.parts
        if "zoneinfo" in parts:
            return "/".join(parts[parts.index("zoneinfo") + 1 :])
    except OSError:
        pass
    tzfile = Path("/etc/timezone")
    if tzfile.exists():
        name = tzfile.read_text().strip()
        if name:
            return name
    return "UTC"


def list_workspaces(engine: Engine) -> list[WorkspaceRow]:
    with session_scope(engine) as s:
        return [workspace_row(w) for w in s.exec(select(Workspace).order_by(Workspace.name))]


def get_workspace(engine: Engine, name_or_id: str | int) -> WorkspaceRow:
    with session_scope(engine) as s:
        if isinstance(name_or_id, int):
            ws = s.get(Workspace, name_or_id)
        else:
            ws = s.exec(select(Workspace).where(Workspace.name == name_or_id)).first()
        if ws is None:
            raise WorkspaceError(
                translate("services.workspaces", "No workspace named {name}. See: microcomm workspace list").format(
                    name=repr(name_or_id)
                )
            )
        return workspace_row(ws)


def find_workspace(engine: Engine, workspace_id: int) -> WorkspaceRow | None:
    """The workspace, or None when it was deleted meanwhile (a page showing it then shows nothing)."""
    with session_scope(engine) as s:
        ws = s.get(Workspace, workspace_id)
        return workspace_row(ws) if ws is not None else None


def validate_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise WorkspaceError(translate("services.workspaces", "A workspace needs a name."))
    if len(cleaned) > 120:
        raise WorkspaceError(translate("services.workspaces", "Keep the workspace name under 120 characters."))
    return cleaned


def create_workspace(engine: Engine, name: str, timezone: str | None = None, is_sample: bool = False) -> WorkspaceRow:
    with session_scope(engine) as s:
        return workspace_row(add_workspace(s, name, timezone, is_sample))


def add_workspace(s: Session, name: str, timezone: str | None = None, is_sample: bool = False) -> Workspace:
    """Create a workspace inside the caller's transaction (the sample adds its data in the same one)."""
    cleaned = validate_name(name)
    if s.exec(select(Workspace).where(Workspace.name == cleaned)).first() is not None:
        raise WorkspaceError(
            translate("services.workspaces", "A workspace named {name} already exists.").format(name=repr(cleaned))
        )
    ws = Workspace(name=cleaned, timezone=timezone or local_timezone_name(), is_sample=is_sample)
    s.add(ws)
    s.flush()
    s.refresh(ws)
    return ws


def update_workspace(engine: Engine, workspace_id: int, **fields: object) -> WorkspaceRow:
    """Change workspace-level settings (time zone, currency, ER definition, week start, name)."""
    with session_scope(engine) as s:
        ws = s.get(Workspace, workspace_id)
        if ws is None:
            raise WorkspaceError(translate("services.workspaces", "That workspace no longer exists."))
        if "name" in fields:
            fields["name"] = validate_name(str(fields["name"]))
        if "er_definition" in fields and fields["er_definition"] not in ("reach", "impressions"):
            raise WorkspaceError(translate("services.workspaces", "The ER definition is 'reach' or 'impressions'."))
        for k, v in fields.items():
            setattr(ws, k, v)
        s.add(ws)
        s.flush()
        s.refresh(ws)
        return workspace_row(ws)


# ---------------------------------------------------------------- own handles (the creator's accounts)


@dataclass(frozen=True, order=True)
class OwnHandleSpec:
    """One own account: ``platform`` "" means the handle on any platform."""

    platform: str
    handle: str

    def label(self) -> str:
        return f"@{self.handle}" + (f" ({self.platform})" if self.platform else "")


def normalize_handle(text: str) -> str:
    """How own handles and engager handles are compared: trimmed, without a leading "@", lower-case."""
    return text.strip().lstrip("@").strip().lower()


def parse_own_handle(text: str) -> OwnHandleSpec:
    """ "name", "@name" or "platform:name" (e.g. "youtube:@MyChannel") → a spec, or a sentence saying why not."""
    raw = text.strip()
    platform = ""
    if ":" in raw:
        platform, raw = (part.strip() for part in raw.split(":", 1))
        platform = platform.lower()
        if not platform or not platform.replace("_", "").isalnum() or len(platform) > 32:
            raise WorkspaceError(
                translate(
                    "services.workspaces", "{text}: the platform before ':' is a word such as instagram or youtube."
                ).format(text=repr(text))
            )
    handle = normalize_handle(raw)
    if not handle:
        raise WorkspaceError(
            translate("services.workspaces", "{text}: type a handle, e.g. @yourname or instagram:@yourname.").format(
                text=repr(text)
            )
        )
    if any(ch.isspace() for ch in handle):
        raise WorkspaceError(
            translate("services.workspaces", "{text}: a handle has no spaces.").format(text=repr(text))
        )
    if len(handle) > 120:
        raise WorkspaceError(
            translate("services.workspaces", "{text}: a handle is at most 120 characters.").format(text=repr(text))
        )
    return OwnHandleSpec(platform, handle)


def parse_own_handles(text: str) -> list[OwnHandleSpec]:
    """Comma- or space-separated own handles → specs; the first bad one raises with a sentence."""
    parts = [p for chunk in text.replace(";", ",").split(",") for p in chunk.split()]
    return sorted({parse_own_handle(p) for p in parts})


def own_handles(engine: Engine, workspace_id: int) -> list[OwnHandleSpec]:
    with session_scope(engine) as s:
        rows = s.exec(
            select(OwnHandle)
            .where(OwnHandle.workspace_id == workspace_id)
            .order_by(OwnHandle.platform, OwnHandle.handle)
        )
        return [OwnHandleSpec(r.platform, r.handle) for r in rows]


def set_own_handles(engine: Engine, workspace_id: int, handles: list[OwnHandleSpec]) -> list[OwnHandleSpec]:
    """Replace the workspace's own accounts; returns the previous list (for undo).

    In the same transaction the per-day engager rollup (and so the returning-engager deltas) is recomputed for
    the people whose "own" status changed, so no stored figure still counts (or still drops) them.
    """
    from microcomm_desktop.services.rollups import own_engager_ids, rebuild_engager_days

    unique = sorted({OwnHandleSpec(h.platform.strip().lower(), normalize_handle(h.handle)) for h in handles})
    for h in unique:
        parse_own_handle(f"{h.platform}:{h.handle}" if h.platform else h.handle)  # same rules as typed input
    with session_scope(engine) as s:
        if s.get(Workspace, workspace_id) is None:
            raise WorkspaceError(translate("services.workspaces", "That workspace no longer exists."))
        old_rows = s.exec(select(OwnHandle).where(OwnHandle.workspace_id == workspace_id)).all()
        previous = sorted(OwnHandleSpec(r.platform, r.handle) for r in old_rows)
        before = set(own_engager_ids(s.connection(), workspace_id))
        for r in old_rows:
            s.delete(r)
        s.flush()
        for h in unique:
            s.add(OwnHandle(workspace_id=workspace_id, platform=h.platform, handle=h.handle))
        s.flush()
        after = set(own_engager_ids(s.connection(), workspace_id))
        changed = before ^ after
        if changed:
            rebuild_engager_days(s, workspace_id, changed)
        return previous


def rename_workspace(engine: Engine, workspace_id: int, new_name: str) -> WorkspaceRow:
    """Rename, refusing an empty, too long or already used name with a sentence (never an IntegrityError)."""
    cleaned = validate_name(new_name)
    with session_scope(engine) as s:
        ws = s.get(Workspace, workspace_id)
        if ws is None:
            raise WorkspaceError(translate("services.workspaces", "That workspace no longer exists."))
        clash = s.exec(select(Workspace).where(Workspace.name == cleaned, Workspace.id != workspace_id)).first()
        if clash is not None:
            raise WorkspaceError(
                translate("services.workspaces", "A workspace named {name} already exists.").format(name=repr(cleaned))
            )
        ws.name = cleaned
        s.add(ws)
        s.flush()
        s.refresh(ws)
        return workspace_row(ws)


def validate_timezone(name: str) -> str:
    """An IANA zone name as typed, or a sentence saying what is wrong."""
    from zoneinfo import available_timezones

    cleaned = name.strip()
    if cleaned not in available_timezones() and cleaned != "UTC":
        raise WorkspaceError(
            translate(
                "services.workspaces", "Unknown time zone {zone}: use a name such as Europe/Berlin or America/New_York."
            ).format(zone=repr(cleaned))
        )
    return cleaned


# Tables a database trigger fills from other tables (thread summaries follow the interactions): an undo
# restores their saved rows last, replacing what the triggers rebuilt while the source rows came back.
_DERIVED_TABLES = ("threadsummary",)


@dataclass
class DeletedWorkspace:
    """Everything one delete removed, kept in memory so the deletion can be undone until the app closes (and
    the backup taken just before it, which outlives the app)."""

    workspace_id: int
    name: str
    backup: Path
    # table -> rows as tuples in the table's column order (a million interactions as dicts would be ~1 GB)
    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)

    @property
    def row_count(self) -> int:
        return sum(len(r) for r in self.rows.values())


def _is_loose(table: Table) -> bool:
    """A bookkeeping table keyed by workspace without a foreign key (rollup queues): no cascade reaches it."""
    return "workspace_id" in table.c and not table.c.workspace_id.foreign_keys


def _rebuilt_last(table: Table) -> bool:
    return table.name in _DERIVED_TABLES or _is_loose(table)


def _owned_rows(conn: Connection, workspace_id: int) -> dict[str, list[tuple[Any, ...]]]:
    """Every row the deletion of the workspace removes, table by table (parents first): the workspace row,
    rows pointing at it through an ON DELETE CASCADE key, rows pointing at those, and so on."""
    from sqlalchemy import select as sa_select
    from sqlmodel import SQLModel

    tables = SQLModel.metadata.sorted_tables
    referenced: dict[str, set[str]] = {}  # table -> its columns some foreign key points at
    for t in tables:
        for fk in t.foreign_keys:
            referenced.setdefault(fk.column.table.name, set()).add(fk.column.name)
    owned: dict[str, list[tuple[Any, ...]]] = {}
    keys: dict[str, dict[str, set[Any]]] = {}  # owned table -> column -> values
    for table in tables:
        if table.name == "workspace":
            query = sa_select(table).where(table.c.id == workspace_id)
            rows = [tuple(r) for r in conn.execute(query)]
        elif _is_loose(table):
            query = sa_select(table).where(table.c.workspace_id == workspace_id)
            rows = [tuple(r) for r in conn.execute(query)]
        else:
            rows, seen = [], set()
            pk_at = [list(table.columns).index(c) for c in table.primary_key.columns]
            for fk in table.foreign_keys:
                if (fk.ondelete or "").upper() != "CASCADE":
                    continue
                values = sorted(keys.get(fk.column.table.name, {}).get(fk.column.name, set()))
                for start in range(0, len(values), 500):
                    query = sa_select(table).where(fk.parent.in_(values[start : start + 500]))
                    for r in conn.execute(query):
                        pk = tuple(r[i] for i in pk_at)
                        if pk not in seen:
                            seen.add(pk)
                            rows.append(tuple(r))
        if rows:
            owned[table.name] = rows
            at = {c.name: i for i, c in enumerate(table.columns)}
            keys[table.name] = {c: {r[at[c]] for r in rows} for c in referenced.get(table.name, set())}
    return owned


def delete_workspace(ctx: AppContext, workspace_id: int) -> DeletedWorkspace:
    """Delete a workspace and everything in it, after a backup of the whole file; the returned record undoes it.

    The backup comes first: if it cannot be written, nothing is deleted. Reading what will go and deleting it
    happen in one transaction, so the undo record matches the deletion exactly.
    """
    from microcomm_desktop.store.backup import backup_database

    if ctx.engine.dialect.name != "sqlite":  # the safety copy below is a copy of the local SQLite file
        raise WorkspaceError(
            translate(
                "services.workspaces",
                "Deleting a workspace on a team server is not available yet: the app cannot take its safety copy "
                "there. Export it first (microcomm workspace export NAME -o FILE), then ask the server's "
                "administrator to remove it.",
            )
        )
    ws = get_workspace(ctx.engine, workspace_id)
    backup = backup_database(ctx.paths.db_path, ctx.paths.backup_dir, reason="before-delete")
    from sqlmodel import SQLModel

    with ctx.engine.begin() as conn:
        rows = _owned_rows(conn, workspace_id)
        ws_table = SQLModel.metadata.tables["workspace"]
        conn.execute(ws_table.delete().where(ws_table.c.id == workspace_id))  # ON DELETE CASCADE does the rest
        for table in SQLModel.metadata.sorted_tables:  # and what no cascade reaches (or triggers just queued)
            if _is_loose(table):
                conn.execute(table.delete().where(table.c.workspace_id == workspace_id))
    return DeletedWorkspace(workspace_id=workspace_id, name=ws.name, backup=backup, rows=rows)


def _insert_rows(conn: Connection, table: Table, rows: list[tuple[Any, ...]]) -> None:
    names = [c.name for c in table.columns]
    for start in range(0, len(rows), 20_000):
        conn.execute(table.insert(), [dict(zip(names, r, strict=True)) for r in rows[start : start + 20_000]])


def undo_delete_workspace(engine: Engine, deleted: DeletedWorkspace) -> WorkspaceRow:
    """Put a deleted workspace back exactly as it was (same ids), in one transaction."""
    from sqlmodel import SQLModel

    with session_scope(engine) as s:
        clash = s.exec(select(Workspace).where(Workspace.name == deleted.name)).first()
        if clash is not None:
            raise WorkspaceError(
                translate(
                    "services.workspaces",
                    "A workspace named {name} exists again; rename it first, then undo the deletion.",
                ).format(name=repr(deleted.name))
            )
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":  # replies point at comments of the same table: check keys at commit
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        tables = SQLModel.metadata.sorted_tables
        for table in tables:
            if not _rebuilt_last(table):
                _insert_rows(conn, table, deleted.rows.get(table.name, []))
        for table in tables:
            if _rebuilt_last(table):  # what triggers wrote while the rows above came back is replaced
                conn.execute(table.delete().where(table.c.workspace_id == deleted.workspace_id))
                _insert_rows(conn, table, deleted.rows.get(table.name, []))
    return get_workspace(engine, deleted.workspace_id)
