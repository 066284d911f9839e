"""``microcomm workspace list|create``."""

from __future__ import annotations

import argparse

from microcomm_desktop.commands.common import fail, open_data, out


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("workspace", help="list or create workspaces", parents=[common])
    wsub = p.add_subparsers(dest="ws_command", required=True, metavar="{list,create}")
    lp = wsub.add_parser("list", help="list workspaces", parents=[common])
    lp.set_defaults(func=_list)
    cp = wsub.add_parser("create", help="create a workspace", parents=[common])
    cp.add_argument("name")
    cp.add_argument("--timezone", help="IANA time zone, default: the system's")
    cp.set_defaults(func=_create)


def _list(args: argparse.Namespace) -> int:
    from microcomm_desktop.services import workspaces

    ctx = open_data(args)
    rows = workspaces.list_workspaces(ctx.engine)
    if not rows:
        out("No workspaces yet. Create one: microcomm workspace create NAME")
    for w in rows:
        out(f"{w.name}\t{w.timezone}\t{w.er_definition}")
    return 0


def _create(args: argparse.Namespace) -> int:
    from microcomm_desktop.services import workspaces

    ctx = open_data(args)
    if args.timezone:
        from zoneinfo import available_timezones

        if args.timezone not in available_timezones():
            fail(f"Unknown time zone {args.timezone!r} (use an IANA name such as Europe/Berlin).")
    try:
        ws = workspaces.create_workspace(ctx.engine, args.name, timezone=args.timezone)
    except workspaces.WorkspaceError as exc:
        fail(str(exc))
    out(f"Created workspace {ws.name!r} ({ws.timezone}).")
    return 0
