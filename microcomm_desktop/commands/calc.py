"""CLI for deals: the blended calculator (no database needed), the deals list, disclosure spot-checks and
quote export.

``microcomm calc --fees 2000 --media 3000 --impressions 150000 --conversions 120`` prints the blended
figures; ``--json`` prints them as exact decimal strings for scripts.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from microcomm_desktop.domain.limits import count_out_of_range, count_range_text, money_out_of_range
from microcomm_desktop.i18n import translate

if TYPE_CHECKING:  # domain.deals pulls numpy in (via metrics): imported when a command runs, not for --help
    from microcomm_desktop.domain.deals import BasisFigures


def _money(text: str) -> Decimal:
    from microcomm_desktop.domain.deals import parse_money

    try:
        value = parse_money(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    if problem := money_out_of_range(value, f"{text.strip()!r}"):
        raise argparse.ArgumentTypeError(problem)
    return value


def _count(text: str) -> int:
    cleaned = text.strip().replace(",", "").replace("_", "")
    if not cleaned.isdigit():
        raise argparse.ArgumentTypeError(
            translate("cli", "{text} is not a whole number of 0 or more.").format(text=repr(text))
        )
    if len(cleaned) > 15 or count_out_of_range(int(cleaned)):
        raise argparse.ArgumentTypeError(
            translate("cli", "{text} is too large: the allowed range is {range}.").format(
                text=repr(text.strip()), range=count_range_text()
            )
        )
    return int(cleaned)


def _ratio(x: Decimal | None) -> str:
    return "n/a" if x is None else f"{x:.2f}"


def _basis_json(b: BasisFigures) -> dict[str, str]:
    from microcomm_desktop.domain.deals import money_display

    return {
        "total": money_display(b.total),
        "cpm": money_display(b.cpm),
        "cpv": money_display(b.cpv),
        "cpa": money_display(b.cpa),
    }


def cmd_calc(args: argparse.Namespace) -> int:
    from microcomm_desktop.commands.common import out
    from microcomm_desktop.domain.deals import (
        deal_figures,
        format_money,
        max_fee_for_cpa,
        max_fee_for_cpm,
        money_display,
    )

    fig = deal_figures(args.fees, args.media, args.impressions, args.views, args.conversions, args.revenue)
    sym, code = args.currency_symbol, args.currency
    reverse: dict[str, Any] = {}
    if args.target_cpm is not None:
        r = max_fee_for_cpm(args.target_cpm, args.media, args.impressions)
        reverse["max_fee_for_target_cpm"] = {
            "target": money_display(args.target_cpm),
            "max_fee": money_display(r.max_fee),
            "feasible": r.feasible,
        }
    if args.target_cpa is not None:
        r = max_fee_for_cpa(args.target_cpa, args.media, args.conversions)
        reverse["max_fee_for_target_cpa"] = {
            "target": money_display(args.target_cpa),
            "max_fee": money_display(r.max_fee),
            "feasible": r.feasible,
        }
    if args.json:
        payload: dict[str, Any] = {
            "currency": code,
            "inputs": {
                "fees": money_display(args.fees),
                "media": money_display(args.media),
                "impressions": args.impressions,
                "views": args.views,
                "conversions": args.conversions,
                "revenue": money_display(args.revenue) if args.revenue is not None else None,
            },
            "blended": _basis_json(fig.blended),
            "fees_only": _basis_json(fig.fees),
            "media_only": _basis_json(fig.media),
            "roas": _ratio(fig.roas),
            **reverse,
        }
        out(json.dumps(payload, indent=2))
        return 0

    def m(x: Decimal | None) -> str:
        return format_money(x, sym, code)

    lines = [
        translate("cli", "Blended (fees + media = {total}):").format(total=m(fig.blended.total)),
        f"  CPM {m(fig.blended.cpm)}   CPV {m(fig.blended.cpv)}   CPA {m(fig.blended.cpa)}",
        translate("cli", "Fees only ({total}):").format(total=m(fig.fees.total))
        + f"  CPM {m(fig.fees.cpm)}   CPV {m(fig.fees.cpv)}   CPA {m(fig.fees.cpa)}",
        translate("cli", "Media only ({total}):").format(total=m(fig.media.total))
        + f" CPM {m(fig.media.cpm)}   CPV {m(fig.media.cpv)}   CPA {m(fig.media.cpa)}",
    ]
    if args.revenue is not None:
        lines.append(translate("cli", "ROAS (revenue / blended cost): {roas}").format(roas=_ratio(fig.roas)))
    for key, label in (("max_fee_for_target_cpm", "CPM"), ("max_fee_for_target_cpa", "CPA")):
        if key in reverse:
            r = reverse[key]
            target = m(Decimal(r["target"]))
            if r["max_fee"] == "n/a":
                lines.append(
                    translate("cli", "Max fee for blended {label} <= {target}: n/a (no denominator)").format(
                        label=label, target=target
                    )
                )
            elif not r["feasible"]:
                lines.append(
                    translate(
                        "cli", "Max fee for blended {label} <= {target}: none — paid media alone exceeds the target"
                    ).format(label=label, target=target)
                )
            else:
                lines.append(
                    translate("cli", "Max fee for blended {label} <= {target}: {fee}").format(
                        label=label, target=target, fee=m(Decimal(r["max_fee"]))
                    )
                )
    out("\n".join(lines))
    return 0


def cmd_deal_list(args: argparse.Namespace) -> int:
    from microcomm_desktop.commands.common import open_data, out, workspace_of
    from microcomm_desktop.domain.deals import format_money, money_display
    from microcomm_desktop.services.deals import list_deals

    ctx = open_data(args)
    try:
        ws = workspace_of(ctx, args)
        rows = list_deals(ctx.engine, ws.id or 0)
    finally:
        ctx.dispose()
    if args.json:
        out(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "brand": r.brand,
                        "creator": r.creator,
                        "title": r.title,
                        "status": r.status,
                        "fees": money_display(r.fees),
                        "media": money_display(r.media),
                        "impressions": r.results.impressions,
                        "views": r.results.views,
                        "conversions": r.results.conversions,
                        "results_from": r.results.source,
                        "blended": _basis_json(r.figures.blended),
                        "roas": _ratio(r.figures.roas),
                        "disclosure": _disclosure_json(r.disclosure),
                    }
                    for r in rows
                ],
                indent=2,
            )
        )
        return 0
    if not rows:
        out(translate("cli", "No deals in {name} yet.").format(name=repr(ws.name)))
        return 0
    for r in rows:
        b = r.figures.blended
        out(
            translate(
                "cli",
                "{id:>4}  {status:<8} {brand:<28} cost {cost:>12}  CPM {cpm:>9}  CPA {cpa:>9}  disclosure {disclosure}",
            ).format(
                id=r.id,
                status=r.status,
                brand=(r.brand or r.title)[:28],
                cost=format_money(b.total, ws.currency_symbol, ws.currency_code),
                cpm=format_money(b.cpm, ws.currency_symbol, ws.currency_code),
                cpa=format_money(b.cpa, ws.currency_symbol, ws.currency_code),
                disclosure=_disclosure_short(r.disclosure),
            )
        )
    return 0


def _disclosure_json(d: Any) -> dict[str, Any] | None:
    if d is None:
        return None
    return {"linked_posts": d.linked, "checked": d.checked, "carried": d.carried, "share_pct": d.share}


def _disclosure_short(d: Any) -> str:
    if d is None or d.linked == 0:
        return translate("cli", "no linked posts")
    if d.checked == 0:
        return translate("cli", "0 of {linked} checked").format(linked=d.linked)
    return translate("cli", "{carried}/{checked} checked carried it ({share:.0f}%)").format(
        carried=d.carried, checked=d.checked, share=d.share
    )


def _present(text: str) -> bool | None:
    value = text.strip().lower()
    if value in ("yes", "y", "present", "true"):
        return True
    if value in ("no", "n", "missing", "false"):
        return False
    if value in ("clear", "unchecked", "none", "not-checked"):
        return None
    raise argparse.ArgumentTypeError(translate("cli", "{text}: say yes, no or clear").format(text=repr(text)))


def _owned_deal(ctx: Any, args: argparse.Namespace) -> Any:
    from microcomm_desktop.commands.common import fail, workspace_of
    from microcomm_desktop.services.deals import DealError, load_deal

    ws = workspace_of(ctx, args)
    try:
        if load_deal(ctx.engine, args.deal).workspace_id != ws.id:
            fail(translate("cli", "Deal {deal} is not in workspace {name}.").format(deal=args.deal, name=repr(ws.name)))
    except DealError as exc:
        fail(str(exc))
    return ws


def cmd_deal_checks(args: argparse.Namespace) -> int:
    """The disclosure spot-check list of one deal (its linked posts)."""
    from microcomm_desktop.commands.common import open_data, out
    from microcomm_desktop.services.deals import deal_row, disclosure_checklist

    ctx = open_data(args)
    try:
        _owned_deal(ctx, args)
        items = disclosure_checklist(ctx.engine, args.deal)
        summary = deal_row(ctx.engine, args.deal).disclosure
    finally:
        ctx.dispose()
    if args.json:
        rows = [
            {
                "post_id": it.post_id,
                "date": it.local_date.isoformat(),
                "title": it.title,
                "present": it.present,
                "checked_on": it.checked_on.isoformat() if it.checked_on else None,
            }
            for it in items
        ]
        out(json.dumps({"deal": args.deal, "posts": rows, "summary": _disclosure_json(summary)}, indent=2))
        return 0
    if not items:
        out(translate("cli", "Deal {deal} has no linked posts to check.").format(deal=args.deal))
        return 0
    for it in items:
        if it.present is None:
            state = translate("cli", "not checked")
        else:
            state = translate("cli", "present") if it.present else translate("cli", "MISSING")
        when = translate("cli", " (checked {date})").format(date=it.checked_on.isoformat()) if it.checked_on else ""
        out(f"{it.post_id:>6}  {it.local_date.isoformat()}  {state:<11}{when}  {it.title[:50]}")
    if summary is not None:
        out(translate("cli", "Disclosure: {sentence}.").format(sentence=summary.sentence()))
    return 0


def cmd_deal_check(args: argparse.Namespace) -> int:
    """Record one spot-check: was the disclosure line on this linked post."""
    from microcomm_desktop.commands.common import fail, open_data, out
    from microcomm_desktop.services.deals import DealError, deal_row, set_disclosure_check

    ctx = open_data(args)
    try:
        _owned_deal(ctx, args)
        on = None if args.present is None else (args.on or date.today())
        try:
            set_disclosure_check(ctx.engine, args.deal, args.post, args.present, on)
        except DealError as exc:
            fail(str(exc))
        summary = deal_row(ctx.engine, args.deal).disclosure
    finally:
        ctx.dispose()
    if args.present is None:
        what = translate("cli", "cleared")
    else:
        what = translate("cli", "present") if args.present else translate("cli", "missing")
    out(
        translate("cli", "Post {post}: disclosure line {what}. Deal {deal}: {sentence}.").format(
            post=args.post, what=what, deal=args.deal, sentence=summary.sentence() if summary else ""
        )
    )
    return 0


def cmd_deal_report(args: argparse.Namespace) -> int:
    """A deal's results and disclosure spot-checks as .md or .pdf (what a creator sends after a campaign)."""
    from microcomm_desktop.commands.common import fail, open_data, out
    from microcomm_desktop.services.deals import DealError, export_deal_report

    ctx = open_data(args)
    try:
        _owned_deal(ctx, args)
        try:
            path = export_deal_report(ctx.engine, args.deal, Path(args.out), args.today or date.today())
        except DealError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(
                translate("cli", "Could not write {out}: {reason}").format(out=args.out, reason=exc.strerror or exc), 1
            )
    finally:
        ctx.dispose()
    out(translate("cli", "Wrote {path}").format(path=path))
    return 0


def cmd_quote_export(args: argparse.Namespace) -> int:
    from microcomm_desktop.commands.common import fail, open_data, out, workspace_of
    from microcomm_desktop.services.deals import DealError, load_deal
    from microcomm_desktop.services.quotes import QuoteError, document_from_deal, export_quote

    ctx = open_data(args)
    try:
        ws = workspace_of(ctx, args)
        try:
            if load_deal(ctx.engine, args.deal).workspace_id != ws.id:
                fail(
                    translate("cli", "Deal {deal} is not in workspace {name}.").format(
                        deal=args.deal, name=repr(ws.name)
                    )
                )
            doc = document_from_deal(ctx.engine, args.deal, args.today or date.today())
            path = export_quote(doc, Path(args.out))
        except (DealError, QuoteError) as exc:
            fail(str(exc))
        except OSError as exc:
            fail(
                translate("cli", "Could not write {out}: {reason}").format(out=args.out, reason=exc.strerror or exc), 1
            )
    finally:
        ctx.dispose()
    out(translate("cli", "Wrote {path}").format(path=path))
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    calc = sub.add_parser(
        "calc",
        parents=[common],
        help=translate("cli", "blended CPM/CPV/CPA for a deal (fees + paid media); no data needed"),
        description=translate(
            "cli", "Blended figures use total cost = creator fees + paid media. Zero denominators print n/a."
        ),
    )
    calc.add_argument(
        "--fees", type=_money, required=True, help=translate("cli", "creator fees, e.g. 2000 or 2,000.50")
    )
    calc.add_argument("--media", type=_money, default=Decimal(0), help=translate("cli", "paid media spend (default 0)"))
    calc.add_argument("--impressions", type=_count, default=0)
    calc.add_argument("--views", type=_count, default=0)
    calc.add_argument("--conversions", type=_count, default=0, help=translate("cli", "purchases or other conversions"))
    calc.add_argument("--revenue", type=_money, default=None, help=translate("cli", "revenue, for ROAS"))
    calc.add_argument(
        "--target-cpm", type=_money, default=None, help=translate("cli", "reverse mode: max fee for blended CPM <= X")
    )
    calc.add_argument(
        "--target-cpa", type=_money, default=None, help=translate("cli", "reverse mode: max fee for blended CPA <= X")
    )
    calc.add_argument("--currency", default="USD", help=translate("cli", "ISO code shown (default USD)"))
    calc.add_argument("--currency-symbol", default="$", help=translate("cli", "symbol shown (default $)"))
    calc.add_argument("--json", action="store_true", help=translate("cli", "exact decimal strings as JSON"))
    calc.set_defaults(func=cmd_calc)

    deal = sub.add_parser("deal", parents=[common], help=translate("cli", "saved deals"))
    deal_sub = deal.add_subparsers(dest="deal_command", metavar="SUBCOMMAND")
    dl = deal_sub.add_parser(
        "list", parents=[common], help=translate("cli", "list a workspace's deals with blended figures")
    )
    dl.add_argument(
        "--workspace",
        "-w",
        default=None,
        help=translate("cli", "workspace name (may be left out when there is only one)"),
    )
    dl.add_argument("--json", action="store_true")
    dl.set_defaults(func=cmd_deal_list)
    dc = deal_sub.add_parser(
        "checks",
        parents=[common],
        help=translate("cli", "a deal's disclosure spot-checks: each linked post, checked or not"),
    )
    dc.add_argument(
        "--workspace",
        "-w",
        default=None,
        help=translate("cli", "workspace name (may be left out when there is only one)"),
    )
    dc.add_argument("--deal", type=int, required=True, help=translate("cli", "deal id (see: microcomm deal list)"))
    dc.add_argument("--json", action="store_true")
    dc.set_defaults(func=cmd_deal_checks)
    dk = deal_sub.add_parser(
        "check",
        parents=[common],
        help=translate("cli", "record a disclosure spot-check of a post linked to a deal"),
        description=translate(
            "cli", "Was the deal's disclosure line on the post? yes / no records a dated check, clear removes it."
        ),
    )
    dk.add_argument(
        "--workspace",
        "-w",
        default=None,
        help=translate("cli", "workspace name (may be left out when there is only one)"),
    )
    dk.add_argument("--deal", type=int, required=True, help=translate("cli", "deal id (see: microcomm deal list)"))
    dk.add_argument("--post", type=int, required=True, help=translate("cli", "post id (see: microcomm deal checks)"))
    dk.add_argument("--present", type=_present, required=True, metavar="yes|no|clear")
    dk.add_argument(
        "--on", type=date.fromisoformat, default=None, help=translate("cli", "date checked (default today)")
    )
    dk.set_defaults(func=cmd_deal_check)
    dr = deal_sub.add_parser(
        "report", parents=[common], help=translate("cli", "a deal's results and disclosure spot-checks as .md or .pdf")
    )
    dr.add_argument(
        "--workspace",
        "-w",
        default=None,
        help=translate("cli", "workspace name (may be left out when there is only one)"),
    )
    dr.add_argument("--deal", type=int, required=True, help=translate("cli", "deal id (see: microcomm deal list)"))
    dr.add_argument(
        "-o", "--output", "--out", dest="out", required=True, help=translate("cli", "file ending in .md or .pdf")
    )
    dr.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)
    dr.set_defaults(func=cmd_deal_report)

    quote = sub.add_parser("quote", parents=[common], help=translate("cli", "quotes"))
    quote_sub = quote.add_subparsers(dest="quote_command", metavar="SUBCOMMAND")
    qe = quote_sub.add_parser(
        "export", parents=[common], help=translate("cli", "export a saved deal's quote as .md or .pdf")
    )
    qe.add_argument(
        "--workspace",
        "-w",
        default=None,
        help=translate("cli", "workspace name (may be left out when there is only one)"),
    )
    qe.add_argument("--deal", type=int, required=True, help=translate("cli", "deal id (see: microcomm deal list)"))
    qe.add_argument(
        "-o", "--output", "--out", dest="out", required=True, help=translate("cli", "file ending in .md or .pdf")
    )
    qe.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)
    qe.set_defaults(func=cmd_quote_export)
