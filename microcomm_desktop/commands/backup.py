"""``microcomm backup [PATH]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from microcomm_desktop.commands.common import fail, open_data, out


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("backup", help="write a consistent copy of the database", parents=[common])
    p.add_argument("path", nargs="?", help="file or folder for the copy (default: the backups folder)")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from microcomm_desktop.services.backups import backup_now

    ctx = open_data(args)
    try:
        made = backup_now(ctx, Path(args.path) if args.path else None)
    except (OSError, ValueError) as exc:
        fail(f"Backup failed: {exc}")
    out(f"Backed up to {made}")
    return 0
