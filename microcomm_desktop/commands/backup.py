"""``microcomm backup [PATH | -o PATH]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from microcomm_desktop.commands.common import fail, open_data, out
from microcomm_desktop.services.backups import backup_now


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", help="write a consistent copy of the database", parents=[common])
    p.add_argument("path", nargs="?", help="file or folder for the copy (default: the backups folder)")
    p.add_argument("-o", "--output", default=None, help="the same as PATH, spelled like every other command")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    if args.path and args.output and args.path != args.output:
        fail("Give the copy's place once: PATH or -o/--output, not both.")
    target = args.output or args.path
    ctx = open_data(args)
    try:
        made = backup_now(ctx, Path(target) if target else None)
    except (OSError, ValueError) as exc:
        fail(f"Backup failed: {exc}")
    out(f"Backed up to {made}")
    return 0
