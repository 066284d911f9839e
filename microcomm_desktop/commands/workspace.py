"""``microcomm workspace list|create|rename|delete``."""

from __future__ import annotations

import argparse
import sys

from microcomm_desktop.commands.common import fail, open_data, out
from microcomm_desktop.services import workspaces


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("workspace", help="list, create, rename or delete workspaces", parents=[common])
    wsub = p.add_subparsers(dest="ws_command", required=True, metavar="{list,create,rename,delete}")
    lp = wsub.add_parser("list", help="list workspaces", parents=[common])
    lp.set_defaults(func=_list)
    cp = wsub.add_parser("create", help="create a workspace", parents=[common])
    cp.add_argument("name")
    cp.add_argument("--timezone", help="IANA time zone, default: the system's")
    cp.set_defaults(func=_create)
    rp = wsub.add_parser("rename", help="rename a workspace", parents=[common])
    rp.add_argument("name", help="the current name")
    rp.add_argument("new_name", help="the new name")
    rp.set_defaults(func=_rename)
    dp = wsub.add_parser(
        "delete",
        help="delete a workspace and all its data (a backup of the whole file is written first)",
        parents=[common],
    )
    dp.add_argument("name")
    dp.add_argument("--yes", action="store_true", help="do not ask; needed when not run from a terminal")
    dp.set_defaults(func=_delete)


def _list(args: argparse.Namespace) -> int:
    ctx = open_data(args)
    rows = workspaces.list_workspaces(ctx.engine)
    if not rows:
        out("No workspaces yet. Create one: microcomm workspace create NAME")
    for w in rows:
        out(f"{w.name}\t{w.timezone}\t{w.er_definition}")
    return 0


def _create(args: argparse.Namespace) -> int:
    ctx = open_data(args)
    try:
        tz = workspaces.validate_timezone(args.timezone) if args.timezone else None
        ws = workspaces.create_workspace(ctx.engine, args.name, timezone=tz)
    except workspaces.WorkspaceError as exc:
        fail(str(exc))
    out(f"Created workspace {ws.name!r} ({ws.timezone}).")
    return 0


def _rename(args: argparse.Namespace) -> int:
    ctx = open_data(args)
    try:
        ws = workspaces.get_workspace(ctx.engine, args.name)
        assert ws.id is not None
        renamed = workspaces.rename_workspace(ctx.engine, ws.id, args.new_name)
    except workspaces.WorkspaceError as exc:
        fail(str(exc))
    out(f"Renamed {ws.name!r} to {renamed.name!r}.")
    return 0


def _delete(args: argparse.Namespace) -> int:
    ctx = open_data(args)
    try:
        ws = workspaces.get_workspace(ctx.engine, args.name)
    except workspaces.WorkspaceError as exc:
        fail(str(exc))
    assert ws.id is not None
    if not args.yes:
        if not sys.stdin.isatty():
            fail(f"Deleting {ws.name!r} removes all its data; add --yes to confirm.")
        sys.stdout.write(
            f"Delete {ws.name!r} and all its posts, rituals, deals and sprints? Type its name to confirm: "
        )
        sys.stdout.flush()
        if sys.stdin.readline().strip() != ws.name:
            out("Not deleted.")
            return 1
    try:
        gone = workspaces.delete_workspace(ctx, ws.id)
    except OSError as exc:  # the backup could not be written: nothing was deleted
        fail(f"Not deleted: the backup before deleting failed ({exc.strerror or exc}).", 1)
    rows = f"{gone.row_count} row{'s' * (gone.row_count != 1)}"
    out(
        f"Deleted {gone.name!r} ({rows}). A backup from just before is at {gone.backup}; "
        "File › Restore from backup… in the app brings it back."
    )
    return 0
