"""``microcomm import chat FILE``: a Discord, Telegram, WhatsApp or Slack chat export into a workspace.

Headless twin of File > Import chat export…: the same parsers and service, the same report lines.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from microcomm_desktop.commands.common import fail, open_data, out, workspace_of
from microcomm_desktop.i18n import translate


def register_import(isub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = isub.add_parser(
        "chat",
        help=translate("cli", "import a Discord, Telegram, WhatsApp or Slack chat export (file, folder or .zip)"),
        parents=[common],
        description=translate(
            "cli",
            "Each message becomes an interaction by its author; replies keep their thread, "
            "direct messages count as DMs; system messages and bots are skipped; your own "
            "handles are kept but are not engagers. Re-importing an overlapping export adds "
            "only new messages.",
        ),
    )
    p.add_argument(
        "file", type=Path, help=translate("cli", "the export: .json, .csv, .txt, .zip or a Slack export folder")
    )
    p.add_argument("--workspace", required=True, help=translate("cli", "workspace name"))
    p.add_argument(
        "--format", choices=["discord", "telegram", "whatsapp", "slack"], help=translate("cli", "default: detected")
    )
    p.add_argument(
        "--dry-run", action="store_true", help=translate("cli", "say what the file holds and what would be added")
    )
    p.add_argument(
        "--date-order",
        choices=["dmy", "mdy"],
        help=translate(
            "cli", "WhatsApp: day/month order of dates like 03/04/26 (default: decided from the whole file)"
        ),
    )
    text = p.add_mutually_exclusive_group()
    text.add_argument(
        "--store-text", dest="store_text", action="store_const", const=True, help=translate("cli", "keep message text")
    )
    text.add_argument(
        "--no-text", dest="store_text", action="store_const", const=False, help=translate("cli", "do not keep text")
    )
    p.set_defaults(func=_import_chat, store_text=None)


def _import_chat(args: argparse.Namespace) -> int:
    from microcomm_desktop.services.chat_import import ChatFormatError, import_chat, read_export

    ctx = open_data(args)
    ws = workspace_of(ctx, args)
    assert ws.id is not None
    try:
        parsed = read_export(args.file, args.format, args.date_order)
    except ChatFormatError as exc:
        fail(str(exc))
    report = import_chat(ctx.engine, ws.id, parsed, dry_run=args.dry_run, store_text=args.store_text)
    for line in report.lines():
        out(line)
    ctx.dispose()
    sys.stdout.flush()
    return 0
