"""``microcomm workspace list|create|set|calibrate|rename|delete``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from microcomm_desktop.commands.common import fail, open_data, open_reader, out
from microcomm_desktop.i18n import active_language, translate


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "workspace",
        help=translate("cli", "list, create, change, rename, delete, export or import workspaces"),
        parents=[common],
    )
    wsub = p.add_subparsers(
        dest="ws_command", required=True, metavar="{list,create,set,calibrate,rename,delete,export,import}"
    )
    lp = wsub.add_parser("list", help=translate("cli", "list workspaces"), parents=[common])
    lp.set_defaults(func=_list)
    cp = wsub.add_parser("create", help=translate("cli", "create a workspace"), parents=[common])
    cp.add_argument("name")
    cp.add_argument("--timezone", help=translate("cli", "IANA time zone, default: the system's"))
    cp.set_defaults(func=_create)
    _register_set(wsub, common)
    _register_calibrate(wsub, common)
    rp = wsub.add_parser("rename", help=translate("cli", "rename a workspace"), parents=[common])
    rp.add_argument("name", help=translate("cli", "the current name"))
    rp.add_argument("new_name", help=translate("cli", "the new name"))
    rp.set_defaults(func=_rename)
    dp = wsub.add_parser(
        "delete",
        help=translate("cli", "delete a workspace and all its data (a backup of the whole file is written first)"),
        parents=[common],
    )
    dp.add_argument("name")
    dp.add_argument(
        "--yes", action="store_true", help=translate("cli", "do not ask; needed when not run from a terminal")
    )
    dp.set_defaults(func=_delete)
    from microcomm_desktop.commands import workspace_file

    workspace_file.register(wsub, common)


def _list(args: argparse.Namespace) -> int:
    reader = open_reader(args)  # a read: no ORM import, no page-by-page check (see services.file_reads)
    if reader is not None:
        rows: list[Any] = list(reader.workspaces())
    else:
        from microcomm_desktop.services import workspaces

        ctx = open_data(args)
        rows = list(workspaces.list_workspaces(ctx.engine))
    if not rows:
        out(translate("cli", "No workspaces yet. Create one: microcomm workspace create NAME"))
    for w in rows:
        out(f"{w.name}\t{w.timezone}\t{w.er_definition}")
    return 0


def _create(args: argparse.Namespace) -> int:
    from microcomm_desktop.services import workspaces

    ctx = open_data(args)
    try:
        tz = workspaces.validate_timezone(args.timezone) if args.timezone else None
        ws = workspaces.create_workspace(ctx.engine, args.name, timezone=tz)
    except workspaces.WorkspaceError as exc:
        fail(str(exc))
    out(translate("cli", "Created workspace {name} ({timezone}).").format(name=repr(ws.name), timezone=ws.timezone))
    return 0


# ---------------------------------------------------------------- set (own handles, time zone, ER definition)


def _register_set(wsub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    sp = wsub.add_parser(
        "set",
        help=translate("cli", "change a workspace's own handles, time zone or ER definition"),
        parents=[common],
        description=translate("cli", "Without options: show the current values."),
    )
    sp.add_argument("name")
    sp.add_argument(
        "--own-handle",
        action="append",
        default=None,
        metavar="HANDLE",
        help=translate(
            "cli",
            "your own account (repeatable; replaces the list): @name, or platform:@name for "
            "one platform. Its replies time the SLA but it never counts as an engager.",
        ),
    )
    sp.add_argument("--clear-own-handles", action="store_true", help=translate("cli", "remove every own handle"))
    sp.add_argument(
        "--reach-standin",
        action="append",
        default=None,
        metavar="PLATFORM=COLUMNS",
        help=translate(
            "cli",
            "what divides ER, saves/1k and replies/1k when a post has no reach, e.g. "
            "youtube=views,impressions (repeatable; 'youtube=' clears it)",
        ),
    )
    sp.add_argument("--timezone", help=translate("cli", "IANA time zone, e.g. Europe/Berlin"))
    sp.add_argument(
        "--er-definition", choices=("reach", "impressions"), help=translate("cli", "engagement rate denominator")
    )
    sp.set_defaults(func=_set)


def _set(args: argparse.Namespace) -> int:
    from microcomm_desktop.services import reach, workspaces

    ctx = open_data(args)
    try:
        ws = workspaces.get_workspace(ctx.engine, args.name)
        ws_id = ws.id or 0
        handles = None
        if args.clear_own_handles and args.own_handle:
            fail(translate("cli", "Use either --own-handle or --clear-own-handles, not both."))
        if args.clear_own_handles:
            handles = []
        elif args.own_handle:
            handles = sorted({workspaces.parse_own_handle(h) for h in args.own_handle})
        fields: dict[str, object] = {}
        if args.timezone:
            from zoneinfo import available_timezones

            if args.timezone not in available_timezones():
                fail(
                    translate("cli", "Unknown time zone {timezone} (use an IANA name such as Europe/Berlin).").format(
                        timezone=repr(args.timezone)
                    )
                )
            fields["timezone"] = args.timezone
        if args.er_definition:
            fields["er_definition"] = args.er_definition
        if fields:
            ws = workspaces.update_workspace(ctx.engine, ws_id, **fields)
        standins = None
        if args.reach_standin:
            standins = reach.reach_standins(ctx.engine, ws_id)
            for item in args.reach_standin:
                plat, cols = reach.parse_standin(item)
                standins[plat] = cols
        if handles is not None:
            workspaces.set_own_handles(ctx.engine, ws_id, handles)
        if standins is not None:
            reach.set_reach_standins(ctx.engine, ws_id, standins)
    except (workspaces.WorkspaceError, reach.ReachSettingError) as exc:
        fail(str(exc))
    own = workspaces.own_handles(ctx.engine, ws_id)
    out(
        translate("cli", "Workspace {name}: time zone {timezone}, ER by {er_definition}.").format(
            name=repr(ws.name), timezone=ws.timezone, er_definition=ws.er_definition
        )
    )
    shown = ", ".join(h.label() for h in own) if own else translate("cli", "none (set with --own-handle @you)")
    out(translate("cli", "Own handles: {handles}").format(handles=shown))
    words = reach.describe(reach.reach_standins(ctx.engine, ws_id))
    out(
        translate("cli", "Reach stand-ins: {standins}").format(
            standins=words or translate("cli", "none (posts without reach get n/a ratios)")
        )
    )
    return 0


# ---------------------------------------------------------------- calibrate (benchmark bands from own data)


def _register_calibrate(wsub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    cp = wsub.add_parser(
        "calibrate",
        help=translate(
            "cli", "propose benchmark bands from your own last 30/60/90 days (P25-P75), and apply or undo them"
        ),
        parents=[common],
        description=translate(
            "cli", "Without --apply: shows the proposal beside the niche defaults and the current bands."
        ),
    )
    cp.add_argument("name")
    cp.add_argument(
        "--days", type=int, choices=(30, 60, 90), default=90, help=translate("cli", "period to learn from (default 90)")
    )
    cp.add_argument("--apply", action="store_true", help=translate("cli", "use the proposed bands for this workspace"))
    cp.add_argument(
        "--undo", action="store_true", help=translate("cli", "put back the bands the last calibration replaced")
    )
    cp.add_argument("--today", help=translate("cli", "YYYY-MM-DD, the last day of the period (default: today)"))
    cp.add_argument("--json", action="store_true", help=translate("cli", "print the proposal as JSON"))
    cp.add_argument(
        "--band",
        action="append",
        default=None,
        metavar="KEY=LOW-HIGH",
        help=translate(
            "cli",
            "set a band yourself instead, e.g. er_poll_qa=6-15 (repeatable; keys: er, "
            "er_poll_qa, saves_per_1k, replies_per_1k, returning_share); recorded and "
            "undoable like a calibration",
        ),
    )
    cp.add_argument(
        "--defaults", action="store_true", help=translate("cli", "put every band back to its niche default (undoable)")
    )
    cp.set_defaults(func=_calibrate)


def _calibrate(args: argparse.Namespace) -> int:
    import json
    from datetime import date

    from microcomm_desktop.domain.metrics import BENCHMARKS
    from microcomm_desktop.services import calibration, workspaces

    ctx = open_data(args)
    try:
        today = date.fromisoformat(args.today) if args.today else date.today()
    except ValueError:
        fail(translate("cli", "--today {today} is not a date (YYYY-MM-DD).").format(today=repr(args.today)))
    if args.apply and args.undo:
        fail(translate("cli", "Use either --apply or --undo, not both."))
    try:
        ws = workspaces.get_workspace(ctx.engine, args.name)
        ws_id = ws.id or 0
        if args.band or args.defaults:
            bands = calibration.defaults_as_bands() if args.defaults else {}
            for item in args.band or []:
                key, _, text = item.partition("=")
                if key.strip() not in BENCHMARKS:
                    fail(
                        translate("cli", "Unknown band {band}; use one of {keys}.").format(
                            band=repr(key.strip()), keys=", ".join(BENCHMARKS)
                        )
                    )
                try:
                    bands[key.strip()] = list(calibration.parse_band(text))
                except ValueError as exc:
                    fail(str(exc))
            done = calibration.apply_bands(ctx.engine, ws_id, bands, today, 0, "defaults" if args.defaults else "typed")
            n = len(bands)  # a plain name: lupdate skips a call in the count argument
            out(
                translate("cli", "Set %n band(s) on {applied_on}; undo with --undo.", None, n).format(
                    applied_on=done["applied_on"]
                )
            )
            return 0
        if args.undo:
            rec = calibration.undo_last(ctx.engine, ws_id, today)
            if rec is None:
                fail(translate("cli", "No calibration to undo for this workspace."))
            out(
                translate(
                    "cli", "Undone: the calibration of {applied_on} (last {days} days); earlier bands are back."
                ).format(applied_on=rec["applied_on"], days=rec["days"])
            )
            return 0
        cal = calibration.propose(ctx.engine, ws_id, today, args.days)
        if args.json:
            doc = {
                "workspace": ws.name,
                "days": cal.days,
                "since": cal.since.isoformat(),
                "until": cal.until.isoformat(),
                "bands": [p.as_dict() for p in cal.proposals],
            }
            out(json.dumps(doc, indent=2))
        else:
            out(
                translate("cli", "Benchmark bands for {name} from the last {days} days ({since} to {until}):").format(
                    name=repr(ws.name), days=cal.days, since=cal.since, until=cal.until
                )
            )
            out(f"{'signal':44} {'default':>13} {'current':>13} {'proposed':>13}")
            for p in cal.proposals:

                def b(x: object, unit: str = p.unit) -> str:
                    return "n/a" if x is None else f"{x.low:g}-{x.high:g}{unit}"  # type: ignore[attr-defined]

                out(f"{p.label:44} {b(p.default):>13} {b(p.current):>13} {b(p.proposed):>13}")
                out(f"    {p.basis}")
        if args.apply:
            rec = calibration.apply_bands(ctx.engine, ws_id, cal.proposed_bands(), today, cal.days)
            n = len(rec["bands"])
            out(
                translate("cli", "Applied on {applied_on}: %n band(s). Undo with --undo.", None, n).format(
                    applied_on=rec["applied_on"]
                )
            )
    except (workspaces.WorkspaceError, calibration.CalibrationError) as exc:
        fail(str(exc))
    return 0


def _rename(args: argparse.Namespace) -> int:
    from microcomm_desktop.services import workspaces

    ctx = open_data(args)
    try:
        ws = workspaces.get_workspace(ctx.engine, args.name)
        assert ws.id is not None
        renamed = workspaces.rename_workspace(ctx.engine, ws.id, args.new_name)
    except workspaces.WorkspaceError as exc:
        fail(str(exc))
    out(translate("cli", "Renamed {name} to {name2}.").format(name=repr(ws.name), name2=repr(renamed.name)))
    return 0


def _delete(args: argparse.Namespace) -> int:
    from microcomm_desktop.services import workspaces

    ctx = open_data(args)
    try:
        ws = workspaces.get_workspace(ctx.engine, args.name)
    except workspaces.WorkspaceError as exc:
        fail(str(exc))
    assert ws.id is not None
    if not args.yes:
        if not sys.stdin.isatty():
            fail(
                translate("cli", "Deleting {name} removes all its data; add --yes to confirm.").format(
                    name=repr(ws.name)
                )
            )
        sys.stdout.write(
            translate(
                "cli", "Delete {name} and all its posts, rituals, deals and sprints? Type its name to confirm: "
            ).format(name=repr(ws.name))
        )
        sys.stdout.flush()
        if sys.stdin.readline().strip() != ws.name:
            out(translate("cli", "Not deleted."))
            return 1
    try:
        gone = workspaces.delete_workspace(ctx, ws.id)
    except OSError as exc:  # the backup could not be written: nothing was deleted
        fail(
            translate("cli", "Not deleted: the backup before deleting failed ({reason}).").format(
                reason=exc.strerror or exc
            ),
            1,
        )
    if active_language() == "en":  # English as always: no digit grouping in this count
        rows = f"{gone.row_count} row{'s' * (gone.row_count != 1)}"
    else:
        count = gone.row_count
        rows = translate("cli", "%n row(s)", None, count)
    out(
        translate(
            "cli",
            "Deleted {name} ({rows}). A backup from just before is at {backup}; File › "
            "Restore from backup… in the app brings it back.",
        ).format(name=repr(gone.name), rows=rows, backup=gone.backup)
    )
    return 0
