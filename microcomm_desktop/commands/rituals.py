"""``microcomm rituals list|export-ics|import-ics``: the Rituals tab's calendar file without the window.

Same services and the same row-by-row report as the tab's "Export calendar (.ics)…" / "Import .ics…", so a
move to another machine (or a nightly publish of the pinned calendar) can be scripted.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from microcomm_desktop.commands.common import fail, open_data, out, workspace_of
from microcomm_desktop.i18n import translate


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("cli", "not a date (use YYYY-MM-DD): {text}").format(text=repr(text))
        ) from exc


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("rituals", help=translate("cli", "rituals: list, export-ics, import-ics"), parents=[common])
    rsub = p.add_subparsers(dest="rituals_command", metavar="SUBCOMMAND")

    def base(name: str, help_text: str) -> argparse.ArgumentParser:
        sp = rsub.add_parser(name, help=help_text, parents=[common])
        sp.add_argument(
            "--workspace",
            default=None,
            help=translate("cli", "workspace name (may be left out when there is only one)"),
        )
        return sp

    ls = base("list", translate("cli", "the workspace's rituals (with skipped dates) and one-off events"))
    ls.set_defaults(func=cmd_list)

    ex = base(
        "export-ics", translate("cli", "write the rituals, skipped dates and one-off events as a calendar file (.ics)")
    )
    ex.add_argument("file", type=Path, nargs="?", help=translate("cli", "the .ics file to write (or -o/--output)"))
    ex.add_argument("-o", "--output", type=Path, default=None, help=translate("cli", "the .ics file to write"))
    ex.set_defaults(func=cmd_export)

    im = base(
        "import-ics", translate("cli", "read a calendar file (.ics) into rituals, skipped dates and one-off events")
    )
    im.add_argument(
        "file", type=Path, help=translate("cli", "the .ics file to read (Google, Outlook, Apple or MicroComm export)")
    )
    im.add_argument("--dry-run", action="store_true", help=translate("cli", "show the report without writing anything"))
    im.add_argument(
        "--today", type=_date, default=None, help=translate("cli", "pretend today is this date (YYYY-MM-DD)")
    )
    im.set_defaults(func=cmd_import)


def cmd_list(args: argparse.Namespace) -> int:
    from microcomm_desktop.services import rituals as svc
    from microcomm_desktop.services.ics import skipped_dates

    ctx = open_data(args)
    try:
        ws = workspace_of(ctx, args)
        assert ws.id is not None
        rituals = svc.list_rituals(ctx.engine, ws.id)
        events = svc.list_events(ctx.engine, ws.id)
        if not rituals and not events:
            out(translate("cli", "No rituals or events yet."))
        for r in rituals:
            out(f"ritual\t{r.name}\t{svc.schedule_text(r)}\tfrom {r.active_from.isoformat()}")  # rows a script reads
            for d in skipped_dates(ctx.engine, r.id or 0):
                out(f"  skipped\t{d.isoformat()}")
        for e in events:
            when = f"{e.time_of_day} ({e.duration_minutes} min)" if e.time_of_day else "all day"  # a row a script reads
            out(f"event\t{e.title}\t{e.local_date.isoformat()} {when}")
    finally:
        ctx.dispose()
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from microcomm_desktop.services.ics import export_ics_report

    if args.output is not None and args.file is not None and args.output != args.file:
        fail(translate("cli", "Give the calendar file once: FILE or -o/--output, not both."))
    args.file = args.output or args.file
    if args.file is None:
        fail(translate("cli", "Name the calendar file to write: microcomm rituals export-ics -o club.ics"))
    if args.file.suffix.lower() != ".ics":
        fail(translate("cli", "Name the calendar file .ics (calendar apps look for that suffix)."))
    ctx = open_data(args)
    try:
        ws = workspace_of(ctx, args)
        assert ws.id is not None
        try:
            n, left_out = export_ics_report(ctx.engine, ws.id, args.file)
        except ValueError as exc:
            fail(str(exc))
        out(
            "\n".join(
                [translate("cli", "%n calendar entries written to {file}", None, n).format(file=args.file), *left_out]
            )
        )
    finally:
        ctx.dispose()
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from microcomm_desktop.services.ics import import_ics

    ctx = open_data(args)
    try:
        ws = workspace_of(ctx, args)
        assert ws.id is not None
        try:
            report = import_ics(ctx.engine, ws.id, args.file, today=args.today, dry_run=args.dry_run)
        except ValueError as exc:
            fail(f"{args.file.name}: {exc}")
        out("\n".join(report.lines()))
    finally:
        ctx.dispose()
    return 0
