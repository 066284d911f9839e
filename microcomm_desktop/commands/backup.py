"""``microcomm backup [PATH | -o PATH]``, ``backup list`` and ``backup restore FILE|NUMBER --yes``."""

from __future__ import annotations

import argparse
from pathlib import Path

from microcomm_desktop.commands.common import fail, open_data, out
from microcomm_desktop.i18n import translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "backup",
        help=translate("cli", "back up the data; 'backup list' shows the backups, 'backup restore N' restores one"),
        parents=[common],
        description=(
            translate(
                "cli",
                "microcomm backup [PATH]: write a consistent copy into the backups folder (the "
                "newest 20 manual backups are kept) and, with PATH (a file or folder), a copy "
                "there too.  microcomm backup list: the backups, newest first, numbered.  "
                "microcomm backup restore FILE|NUMBER --yes: check the backup (integrity, schema "
                "version), back up the current data, then replace it.",
            )
        ),
    )
    p.add_argument("words", nargs="*", metavar="PATH | list | restore FILE|NUMBER")
    p.add_argument("--yes", action="store_true", help=translate("cli", "restore without asking (required for restore)"))
    p.add_argument(
        "-o", "--output", default=None, help=translate("cli", "file or folder for the copy, the same as PATH")
    )
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    words: list[str] = list(args.words)
    if args.output:  # -o PATH is spelled like every other command's output; PATH as a word still works
        if words and words[0] not in ("list", "restore") and words != [args.output]:
            fail(translate("cli", "Give the copy's place once: PATH or -o/--output, not both."))
        words = [args.output]
    if words[:1] == ["list"] and len(words) == 1:
        return _list(args)
    if words[:1] == ["restore"]:
        if len(words) != 2:
            fail(
                translate(
                    "cli",
                    "Name the backup to restore: microcomm backup restore NUMBER (see: microcomm backup list) or FILE.",
                )
            )
        return _restore(args, words[1])
    if len(words) > 1:
        fail(
            translate(
                "cli", "Give at most one PATH (a file or folder for the copy); use ./list for a file named 'list'."
            )
        )
    from microcomm_desktop.services.backups import backup_now

    ctx = open_data(args)
    try:
        made = backup_now(ctx, Path(words[0]) if words else None)
    except (OSError, ValueError) as exc:
        fail(translate("cli", "Backup failed: {exc}").format(exc=exc), 1)
    finally:
        ctx.dispose()
    out(translate("cli", "Backed up to {made}").format(made=made))
    return 0


def _list(args: argparse.Namespace) -> int:
    from microcomm_desktop.paths import resolve_paths
    from microcomm_desktop.services.backups import list_backups, preview_backup

    paths = resolve_paths(getattr(args, "data_dir", None))
    backups = list_backups(paths.backup_dir)
    if not backups:
        out(translate("cli", "No backups yet in {backup_dir}.").format(backup_dir=paths.backup_dir))
        return 0
    for i, b in enumerate(backups, start=1):
        pv = preview_backup(b)
        held = ", ".join(f"{name}: {posts:,} posts" for name, posts, _ in pv.workspaces) or pv.message
        mark = "" if pv.ok else translate("cli", "  [cannot be restored]")
        out(f"{i:>3}  {b.name}  {b.stat().st_size / 1e6:.1f} MB  {held}{mark}")
    return 0


def _restore(args: argparse.Namespace, which: str) -> int:
    from microcomm_desktop.paths import resolve_paths
    from microcomm_desktop.services.backups import BackupRefused, check_backup, list_backups, restore_backup
    from microcomm_desktop.services.instance_lock import InstanceLock

    paths = resolve_paths(getattr(args, "data_dir", None))
    if which.isdigit() and not Path(which).exists():
        backups = list_backups(paths.backup_dir)
        n = int(which)
        if not 1 <= n <= len(backups):
            fail(translate("cli", "There is no backup number {n}; see: microcomm backup list.").format(n=n))
        source = backups[n - 1]
    else:
        source = Path(which).expanduser()
    try:
        check_backup(source)
    except BackupRefused as exc:
        fail(str(exc), 1)
    if paths.lock_file.exists() and InstanceLock(paths.lock_file).holder_elsewhere() is not None:
        fail(
            translate(
                "cli",
                "This data is open in a MicroComm window: close it first (or use File › Restore from backup… there).",
            )
        )
    if not args.yes:
        fail(
            translate(
                "cli", "This replaces the current data with {name} (the current data is backed up first). Add --yes."
            ).format(name=source.name)
        )
    ctx = open_data(args)
    try:
        safety = restore_backup(ctx, source)
    except BackupRefused as exc:
        fail(str(exc), 1)
    finally:
        ctx.dispose()
    out(
        translate("cli", "Restored {name}. The data from before the restore was saved as {safety}.").format(
            name=source.name, safety=safety
        )
    )
    return 0
