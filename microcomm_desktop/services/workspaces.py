"""Workspaces: one database holds several communities or clients."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import OwnHandle, Workspace


class WorkspaceError(ValueError):
    """A user-facing problem with a workspace name or lookup."""


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


def list_workspaces(engine: Engine) -> list[Workspace]:
    with session_scope(engine) as s:
        return list(s.exec(select(Workspace).order_by(Workspace.name)))


def get_workspace(engine: Engine, name_or_id: str | int) -> Workspace:
    with session_scope(engine) as s:
        if isinstance(name_or_id, int):
            ws = s.get(Workspace, name_or_id)
        else:
            ws = s.exec(select(Workspace).where(Workspace.name == name_or_id)).first()
        if ws is None:
            raise WorkspaceError(f"No workspace named {name_or_id!r}. See: microcomm workspace list")
        return ws


def validate_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise WorkspaceError("A workspace needs a name.")
    if len(cleaned) > 120:
        raise WorkspaceError("Keep the workspace name under 120 characters.")
    return cleaned


def create_workspace(engine: Engine, name: str, timezone: str | None = None, is_sample: bool = False) -> Workspace:
    with session_scope(engine) as s:
        return add_workspace(s, name, timezone, is_sample)


def add_workspace(s: Session, name: str, timezone: str | None = None, is_sample: bool = False) -> Workspace:
    """Create a workspace inside the caller's transaction (the sample adds its data in the same one)."""
    cleaned = validate_name(name)
    if s.exec(select(Workspace).where(Workspace.name == cleaned)).first() is not None:
        raise WorkspaceError(f"A workspace named {cleaned!r} already exists.")
    ws = Workspace(name=cleaned, timezone=timezone or local_timezone_name(), is_sample=is_sample)
    s.add(ws)
    s.flush()
    s.refresh(ws)
    return ws


def update_workspace(engine: Engine, workspace_id: int, **fields: object) -> Workspace:
    """Change workspace-level settings (time zone, currency, ER definition, week start, name)."""
    with session_scope(engine) as s:
        ws = s.get(Workspace, workspace_id)
        if ws is None:
            raise WorkspaceError("That workspace no longer exists.")
        if "name" in fields:
            fields["name"] = validate_name(str(fields["name"]))
        if "er_definition" in fields and fields["er_definition"] not in ("reach", "impressions"):
            raise WorkspaceError("The ER definition is 'reach' or 'impressions'.")
        for k, v in fields.items():
            setattr(ws, k, v)
        s.add(ws)
        s.flush()
        s.refresh(ws)
        return ws


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
            raise WorkspaceError(f"{text!r}: the platform before ':' is a word such as instagram or youtube.")
    handle = normalize_handle(raw)
    if not handle:
        raise WorkspaceError(f"{text!r}: type a handle, e.g. @yourname or instagram:@yourname.")
    if any(ch.isspace() for ch in handle):
        raise WorkspaceError(f"{text!r}: a handle has no spaces.")
    if len(handle) > 120:
        raise WorkspaceError(f"{text!r}: a handle is at most 120 characters.")
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
            raise WorkspaceError("That workspace no longer exists.")
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
