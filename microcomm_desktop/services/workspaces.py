"""Workspaces: one database holds several communities or clients."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Workspace


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
