"""``microcomm insights``: the Insights tab's ranked table from the command line (same service, same figures)."""

from __future__ import annotations

import argparse
import csv
import io
import json
from datetime import date

from microcomm_desktop.i18n import translate


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("cli", "not a date: {text} (use YYYY-MM-DD, e.g. 2026-11-01)").format(text=repr(text))
        ) from exc


def cmd_insights(args: argparse.Namespace) -> int:
    from microcomm_desktop.commands.common import fail, open_data, out, workspace_of
    from microcomm_desktop.services import insights as si

    ctx = open_data(args)
    try:
        ws = workspace_of(ctx, args)
        until = args.until or args.today or date.today()
        since = args.since or si.default_period(until)[0]
        try:
            res = si.insights_table(ctx.engine, ws.id or 0, args.by, since, until, args.label)
        except si.InsightsError as exc:
            fail(str(exc))
    finally:
        ctx.dispose()
    if args.format == "json":
        doc = res.as_dict()
        doc["workspace"] = ws.name
        out(json.dumps(doc, indent=2, ensure_ascii=False))
        return 0
    header, rows = si.rows_csv(res)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    out(buf.getvalue())
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "insights",
        parents=[common],
        help=translate("cli", "rank themes, formats, rituals or prompt rungs by replies and saves per 1k reach"),
        description=(
            translate(
                "cli",
                "Ranked table of the period's posts grouped by theme, format, ritual or "
                "prompt-ladder rung: post count, median and mean replies per 1k reach, pooled "
                "saves per 1k and ER, and returning engagers reached (30-day window ending on "
                "--until). Groups under the minimum post count (setting insights.min_posts, "
                "default 3) are listed last as 'too few posts to judge'. Default period: the 90 "
                "days ending today; default label: community.",
            )
        ),
    )
    p.add_argument(
        "--workspace",
        "-w",
        default=None,
        help=translate("cli", "workspace name (may be left out when there is only one)"),
    )
    p.add_argument("--by", choices=["theme", "format", "ritual", "rung"], required=True)
    p.add_argument(
        "--since", type=_date, default=None, help=translate("cli", "first local date (default: 89 days before --until)")
    )
    p.add_argument("--until", type=_date, default=None, help=translate("cli", "last local date (default: today)"))
    p.add_argument("--label", choices=["community", "reach", "all"], default="community")
    p.add_argument("--format", choices=["csv", "json"], default="csv")
    p.add_argument("--today", type=_date, default=None, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_insights)
