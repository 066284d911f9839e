"""``microcomm engager forget|merge|unmerge|merges``: the people tools of the Posts tab's engager list."""

from __future__ import annotations

import argparse

from microcomm_desktop.commands.common import fail, open_data, out, workspace_of
from microcomm_desktop.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    eng = sub.add_parser(
        "engager", help=translate("cli", "forget a person, or merge two handles of one person"), parents=[common]
    )
    esub = eng.add_subparsers(dest="engager_what", required=True, metavar="{forget,merge,unmerge,merges}")
    f = esub.add_parser(
        "forget",
        help=translate("cli", "erase a person and all their interactions from the workspace and from future backups"),
        parents=[common],
    )
    f.add_argument(
        "handle", help=translate("cli", "e.g. @ana, or platform:handle when the name is on several platforms")
    )
    f.add_argument("--workspace", required=True, help=translate("cli", "workspace name"))
    f.add_argument(
        "--platform", help=translate("cli", "the person's platform (discord, telegram, whatsapp, slack, instagram…)")
    )
    f.set_defaults(func=_forget)
    m = esub.add_parser(
        "merge",
        help=translate("cli", "merge handle B into handle A (the same person); undo with unmerge"),
        parents=[common],
    )
    m.add_argument("keep", help=translate("cli", "the handle to keep (A)"))
    m.add_argument("remove", help=translate("cli", "the handle whose interactions move to A (B)"))
    m.add_argument("--workspace", required=True, help=translate("cli", "workspace name"))
    m.set_defaults(func=_merge)
    u = esub.add_parser(
        "unmerge",
        help=translate("cli", "undo a merge (its number is in the merge output and in 'merges')"),
        parents=[common],
    )
    u.add_argument("merge_id", type=int)
    u.add_argument("--workspace", required=True, help=translate("cli", "workspace name"))
    u.set_defaults(func=_unmerge)
    ls = esub.add_parser("merges", help=translate("cli", "list the merges that can be undone"), parents=[common])
    ls.add_argument("--workspace", required=True, help=translate("cli", "workspace name"))
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
    out(
        translate("cli", "Undid merge {merge_id}: {handle} is a person of their own again.").format(
            merge_id=args.merge_id, handle=back.label()
        )
    )
    ctx.dispose()
    return 0


def _merges(args: argparse.Namespace) -> int:
    from microcomm_desktop.services.engagers import list_merges

    ctx = open_data(args)
    ws = workspace_of(ctx, args)
    assert ws.id is not None
    rows = list_merges(ctx.engine, ws.id)
    if not rows:
        out(translate("cli", "No merges to undo."))
    for mid, kept, removed in rows:
        out(translate("cli", "{mid}: @{removed} merged into @{kept}").format(mid=mid, removed=removed, kept=kept))
    ctx.dispose()
    return 0
