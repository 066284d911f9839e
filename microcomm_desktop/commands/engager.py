"""``microcomm engager forget|merge|unmerge|merges``: the people tools of the Posts tab's engager list."""

from __future__ import annotations

import argparse

from microcomm_desktop.commands.common import fail, open_data, out, workspace_of


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    eng = sub.add_parser("engager", help="forget a person, or merge two handles of one person", parents=[common])
    esub = eng.add_subparsers(dest="engager_what", required=True, metavar="{forget,merge,unmerge,merges}")
    f = esub.add_parser(
        "forget",
        help="erase a person and all their interactions from the workspace and from future backups",
        parents=[common],
    )
    f.add_argument("handle", help="e.g. @ana, or platform:handle when the name is on several platforms")
    f.add_argument("--workspace", required=True, help="workspace name")
    f.add_argument("--platform", help="the person's platform (discord, telegram, whatsapp, slack, instagram…)")
    f.set_defaults(func=_forget)
    m = esub.add_parser(
        "merge", help="merge handle B into handle A (the same person); undo with unmerge", parents=[common]
    )
    m.add_argument("keep", help="the handle to keep (A)")
    m.add_argument("remove", help="the handle whose interactions move to A (B)")
    m.add_argument("--workspace", required=True, help="workspace name")
    m.set_defaults(func=_merge)
    u = esub.add_parser(
        "unmerge", help="undo a merge (its number is in the merge output and in 'merges')", parents=[common]
    )
    u.add_argument("merge_id", type=int)
    u.add_argument("--workspace", required=True, help="workspace name")
    u.set_defaults(func=_unmerge)
    ls = esub.add_parser("merges", help="list the merges that can be undone", parents=[common])
    ls.add_argument("--workspace", required=True, help="workspace name")
    ls.set_defaults(func=_merges)


def _forget(args: argparse.Namespace) -> int:
    from microcomm_desktop.services.engagers import EngagerError, find_engager, forget_engager

    ctx = open_data(args)
    ws = workspace_of(ctx, args)
    assert ws.id is not None
    try:
        person = find_engager(ctx.engine, ws.id, args.handle, args.platform)
        res = forget_engager(ctx.engine, ws.id, person, ctx.paths.backup_dir)
    except EngagerError as exc:
        fail(str(exc))
    for line in res.lines():
        out(line)
    ctx.dispose()
    return 0


def _merge(args: argparse.Namespace) -> int:
    from microcomm_desktop.services.engagers import EngagerError, find_engager, merge_engagers

    ctx = open_data(args)
    ws = workspace_of(ctx, args)
    assert ws.id is not None
    try:
        keep = find_engager(ctx.engine, ws.id, args.keep)
        remove = find_engager(ctx.engine, ws.id, args.remove)
        res = merge_engagers(ctx.engine, ws.id, keep, remove)
    except EngagerError as exc:
        fail(str(exc))
    out(res.sentence())
    ctx.dispose()
    return 0


def _unmerge(args: argparse.Namespace) -> int:
    from microcomm_desktop.services.engagers import EngagerError, undo_merge

    ctx = open_data(args)
    ws = workspace_of(ctx, args)
    assert ws.id is not None
    try:
        back = undo_merge(ctx.engine, ws.id, args.merge_id)
    except EngagerError as exc:
        fail(str(exc))
    out(f"Undid merge {args.merge_id}: {back.label()} is a person of their own again.")
    ctx.dispose()
    return 0


def _merges(args: argparse.Namespace) -> int:
    from microcomm_desktop.services.engagers import list_merges

    ctx = open_data(args)
    ws = workspace_of(ctx, args)
    assert ws.id is not None
    rows = list_merges(ctx.engine, ws.id)
    if not rows:
        out("No merges to undo.")
    for mid, kept, removed in rows:
        out(f"{mid}: @{removed} merged into @{kept}")
    ctx.dispose()
    return 0
