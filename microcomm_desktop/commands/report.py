"""``microcomm report``: the Dashboard's scorecard and reports, headless and reproducible (``--until``)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from microcomm_desktop.commands.common import fail, open_data, out, workspace_of
from microcomm_desktop.i18n import translate


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("cli", "{text} is not a date like 2026-11-25").format(text=repr(text))
        ) from exc


def _weeks(text: str) -> int:
    try:
        n = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("cli", "{text} is not a whole number of weeks").format(text=repr(text))
        ) from exc
    if not 1 <= n <= 520:
        raise argparse.ArgumentTypeError(translate("cli", "--weeks must be between 1 and 520"))
    return n


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "report",
        parents=[common],
        help=translate("cli", "weekly scorecard as CSV/JSON, or the weekly report as HTML/PDF"),
        description=translate(
            "cli",
            "Weekly scorecard (oldest week first). csv/json: one row per week (json adds the "
            "response SLA per week, judged by the workspace's SLA settings); html/pdf: the "
            "one-page weekly or 30-day report. Without -o the output goes to stdout (pdf "
            "needs -o).",
        ),
    )
    p.add_argument(
        "--workspace", default=None, help=translate("cli", "workspace name (may be left out when there is only one)")
    )
    p.add_argument(
        "--weeks",
        type=_weeks,
        default=8,
        help=translate("cli", "number of weeks (default 8; the 30-day report always covers 30 days)"),
    )
    p.add_argument("--format", choices=["csv", "json", "html", "pdf"], default="json")
    p.add_argument(
        "--label",
        choices=["community", "reach", "all"],
        default="all",
        help=translate("cli", "which posts (default all)"),
    )
    p.add_argument(
        "--until",
        type=_date,
        default=None,
        help=translate("cli", "the last week is the one holding DATE (default today)"),
    )
    p.add_argument(
        "--period", choices=["weekly", "30day"], default="weekly", help=translate("cli", "html/pdf: report kind")
    )
    p.add_argument("-o", "--output", type=Path, default=None, help=translate("cli", "file to write (default stdout)"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from microcomm_desktop.services import reports
    from microcomm_desktop.services.scorecard import weekly_scorecard

    ctx = open_data(args)
    try:
        ws = workspace_of(ctx, args)
        until = args.until or date.today()
        assert ws.id is not None
        from microcomm_desktop.services.value_audit import REPORT_TABLES, out_of_range_message

        # A sum over values beyond the limits would be wrong: refuse and say which ones.
        if problem := out_of_range_message(ctx.engine, ws.id, REPORT_TABLES):
            fail(translate("cli", "{problem}\nCorrect them, then run the report again.").format(problem=problem), 1)
        if args.format in ("csv", "json"):
            figures = weekly_scorecard(ctx.engine, ws.id, until=until, weeks=args.weeks, label=args.label)
            if args.format == "json":
                from microcomm_desktop.services.sla import summaries_for_periods

                weekly_sla = summaries_for_periods(ctx.engine, ws.id, [(f.week_start, f.week_end) for f in figures])
                text = reports.to_json(ws, figures, args.label, sla=weekly_sla)
            else:
                text = reports.to_csv(figures)
            _emit(text, args.output)
            return 0
        if args.format == "html":
            _data, page = reports.report_page(ctx.engine, ws.id, args.period, until, args.label, weeks=args.weeks)
            _emit(page, args.output)
            return 0
        if args.output is None:
            fail(translate("cli", "A PDF needs a file: add -o report.pdf"))
        try:
            _html, pages = reports.write_report(
                ctx.engine, ws.id, args.period, until, args.output, args.label, args.weeks, html_beside=False
            )
        except OSError as exc:
            fail(
                translate("cli", "Could not write {output}: {reason}").format(
                    output=args.output, reason=exc.strerror or exc
                )
            )
        sys.stderr.write(translate("cli", "Wrote {output} (%n page(s)).\n", None, pages).format(output=args.output))
        return 0
    finally:
        ctx.dispose()


def _emit(text: str, path: Path | None) -> None:
    from microcomm_desktop.services import safe_files

    if path is None:
        out(text)
        return
    try:
        safe_files.write_text(path, text if text.endswith("\n") else text + "\n")
    except OSError as exc:
        fail(translate("cli", "Could not write {path}: {reason}").format(path=path, reason=exc.strerror or exc))
    sys.stderr.write(translate("cli", "Wrote {path}.\n").format(path=path))
