"""``microcomm sprint …``: the sprint tracker without the window (status for a morning check, report files)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from microcomm_desktop.commands.common import fail, open_data, open_reader, out, reader_workspace, workspace_of
from microcomm_desktop.i18n import translate


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("cli", "not a date (use YYYY-MM-DD): {text}").format(text=repr(text))
        ) from exc


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("sprint", help=translate("cli", "30-day sprints: status, list, new, report"), parents=[common])
    ssub = p.add_subparsers(dest="sprint_command", metavar="SUBCOMMAND")

    def base(name: str, help_text: str) -> argparse.ArgumentParser:
        sp = ssub.add_parser(name, help=help_text, parents=[common])
        sp.add_argument(
            "--workspace",
            default=None,
            help=translate("cli", "workspace name (may be left out when there is only one)"),
        )
        sp.add_argument(
            "--today", type=_date, default=None, help=translate("cli", "pretend today is this date (YYYY-MM-DD)")
        )
        return sp

    st = base("status", translate("cli", "the current sprint's progress per week and its verdict"))
    st.set_defaults(func=cmd_status)

    ls = base("list", translate("cli", "all sprints of the workspace"))
    ls.set_defaults(func=cmd_list)

    nw = base("new", translate("cli", "create a sprint from the 4-week template"))
    nw.add_argument("--name", required=True)
    nw.add_argument(
        "--start", type=_date, default=None, help=translate("cli", "first day (default: the coming Monday)")
    )
    nw.add_argument("--owners", default="", help=translate("cli", "free text, e.g. 'Alex, Sam'"))
    nw.set_defaults(func=cmd_new)

    rp = base("report", translate("cli", "write the sprint report as Markdown (.md) or PDF (.pdf)"))
    rp.add_argument(
        "--sprint", type=int, default=None, help=translate("cli", "sprint id (default: the current sprint)")
    )
    rp.add_argument(
        "-o",
        "--output",
        "--out",
        dest="out",
        required=True,
        type=Path,
        help=translate("cli", "file to write; the suffix picks the format"),
    )
    rp.set_defaults(func=cmd_report)


def _today(args: argparse.Namespace) -> date:
    return args.today or date.today()


def cmd_status(args: argparse.Namespace) -> int:
    from microcomm_desktop.services import sprints as S

    ctx = open_data(args)
    try:
        ws = workspace_of(ctx, args)
        assert ws.id is not None
        out("\n".join(S.status_lines(ctx.engine, ws.id, _today(args))))
    finally:
        ctx.dispose()
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    reader = open_reader(args)  # a read: no ORM import, no page-by-page check (see services.file_reads)
    if reader is not None:
        try:
            sprints: list[Any] = list(reader.sprints(reader_workspace(reader, args).id))
        finally:
            reader.close()
    else:
        from microcomm_desktop.services import sprints as S

        ctx = open_data(args)
        try:
            ws = workspace_of(ctx, args)
            assert ws.id is not None
            sprints = list(S.list_sprints(ctx.engine, ws.id))
        finally:
            ctx.dispose()
    if not sprints:
        out(translate("cli", "No sprints yet."))
    for sp in sprints:
        out(f"{sp.id}\t{sp.start_date.isoformat()}\t{sp.end_date.isoformat()}\t{sp.name}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from microcomm_desktop.services import sprints as S

    ctx = open_data(args)
    try:
        ws = workspace_of(ctx, args)
        assert ws.id is not None
        start = args.start or S.default_start(_today(args))
        try:
            sp = S.create_sprint(ctx.engine, ws.id, args.name, start, args.owners)
        except S.SprintError as exc:
            fail(str(exc))
        out(
            translate("cli", "Created sprint {id}: {name} ({start} – {end})").format(
                id=sp.id, name=sp.name, start=sp.start_date.isoformat(), end=sp.end_date.isoformat()
            )
        )
    finally:
        ctx.dispose()
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from microcomm_desktop.services import safe_files
    from microcomm_desktop.services import sprints as S

    ctx = open_data(args)
    try:
        ws = workspace_of(ctx, args)
        assert ws.id is not None
        today = _today(args)
        sid = args.sprint or S.current_sprint_id(ctx.engine, ws.id, today)
        if sid is None:
            fail(translate("cli", "No sprint yet: create one first (microcomm sprint new …)."))
        suffix = args.out.suffix.lower()
        if suffix not in (".md", ".pdf"):
            fail(translate("cli", "Name the report file .md (Markdown) or .pdf."))
        try:
            data = S.report_data(ctx.engine, sid, today)
        except S.SprintError as exc:
            fail(str(exc))
        if data.board.sprint.workspace_id != ws.id:
            fail(translate("cli", "Sprint {sid} belongs to another workspace.").format(sid=sid))
        try:
            if suffix == ".md":
                safe_files.write_text(args.out, S.report_markdown(data))
            else:
                from microcomm_desktop.pdf import write_pdf

                write_pdf(S.report_html(data), args.out, title=f"Sprint report: {data.board.sprint.name}")
        except OSError as exc:
            fail(translate("cli", "Could not write {out}: {reason}").format(out=args.out, reason=exc.strerror or exc))
        out(translate("cli", "Wrote {out}").format(out=args.out))
    finally:
        ctx.dispose()
    return 0
