"""``microcomm import posts|interactions|engagers FILE`` and ``microcomm export posts|engagers|interactions``.

Headless twins of the Posts tab's import wizard and "Export to CSV…": the same services, the same report.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from microcomm_desktop.commands.common import fail, open_data, out, workspace_of
from microcomm_desktop.i18n import active_language, translate


class _PresetsHelpParser(argparse.ArgumentParser):
    """Names the posts presets in ``import posts --help`` only when that help is printed: importing the
    import rules (and numpy behind them) for every command line would make ``--help`` and ``--version`` slow."""

    def format_help(self) -> str:
        if self.prog.endswith(" posts"):
            from microcomm_desktop.domain.imports import PRESETS

            names = ", ".join(n for n, p in PRESETS.items() if p.kind == "posts")
            self.description = translate("cli", "Presets: {names} (or one you saved).").format(names=names)
        return super().format_help()


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    imp = sub.add_parser(
        "import",
        help=translate("cli", "import posts, interactions, engagers (CSV, YouTube .zip) or a chat export"),
        parents=[common],
    )
    isub = imp.add_subparsers(
        dest="import_what",
        required=True,
        metavar="{posts,interactions,engagers,chat}",
        parser_class=_PresetsHelpParser,
    )
    ip = isub.add_parser(
        "posts",
        help=translate("cli", "import post metrics from a platform export"),
        parents=[common],
    )
    _import_args(ip)
    ip.add_argument("--preset", help=translate("cli", "preset name (default: detected from the header row)"))
    ip.add_argument(
        "--label",
        choices=["community", "reach"],
        default="community",
        help=translate("cli", "label for rows without one"),
    )
    ip.add_argument(
        "--platform", help=translate("cli", "override the platform (e.g. facebook for a Meta export of a Page)")
    )
    ip.add_argument(
        "--date-order",
        choices=["mdy", "dmy"],
        help=translate(
            "cli", "for dates like 03/04/2026 (default: decided from the whole column; needed when it stays ambiguous)"
        ),
    )
    ip.set_defaults(func=_import_posts)
    ii = isub.add_parser(
        "interactions",
        help=translate("cli", "import interactions (columns handle,kind,timestamp,post and optional parent,id,text)"),
        parents=[common],
    )
    _import_args(ii)
    ii.add_argument(
        "--date-order",
        choices=["mdy", "dmy"],
        help=translate("cli", "for dates like 03/04/2026 (default: decided from the file)"),
    )
    ii.set_defaults(func=_import_interactions)
    ie = isub.add_parser(
        "engagers",
        help=translate(
            "cli", "import engagers as written by 'export engagers' (power-member ticks and notes survive a move)"
        ),
        parents=[common],
    )
    _import_args(ie)
    ie.add_argument(
        "--date-order",
        choices=["mdy", "dmy"],
        help=translate("cli", "for first/last seen dates like 03/04/2026 (default: decided from both columns)"),
    )
    ie.set_defaults(func=_import_engagers)
    from microcomm_desktop.commands.chat import register_import

    register_import(isub, common)

    exp = sub.add_parser(
        "export", help=translate("cli", "export posts, engagers or interactions to CSV"), parents=[common]
    )
    exp.add_argument("what", choices=["posts", "engagers", "interactions"])
    exp.add_argument(
        "--workspace", default=None, help=translate("cli", "workspace name (may be left out when there is only one)")
    )
    exp.add_argument("-o", "--output", required=True, help=translate("cli", "CSV file to write"))
    exp.set_defaults(func=_export)


def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path)
    p.add_argument(
        "--workspace", default=None, help=translate("cli", "workspace name (may be left out when there is only one)")
    )
    p.add_argument("--dry-run", action="store_true", help=translate("cli", "check and report, write nothing"))
    p.add_argument(
        "--skip-bad", action="store_true", help=translate("cli", "write the good rows even when some are rejected")
    )
    p.add_argument(
        "--year",
        type=int,
        help=translate(
            "cli",
            "year for dates written without one (default: from TikTok video ids, a daily "
            "file's run of days, else the most recent past date)",
        ),
    )
    p.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        help=translate(
            "cli", "the import day (YYYY-MM-DD) that yearless dates and the date range are judged from (default: today)"
        ),
    )
    p.add_argument(
        "--date-language",
        metavar="LANG",
        help=translate(
            "cli",
            "the export's language (e.g. pl, hr) for month names two languages read "
            "differently, like 'listopad' (default: decided from the whole column, else this "
            "computer's language)",
        ),
    )
    p.add_argument(
        "--allow-swallowed-rows",
        action="store_true",
        help=translate(
            "cli", "import a file whose unclosed quote swallows following rows as it is (default: refuse it)"
        ),
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=translate(
            "cli",
            "map an app field to a CSV column by header (or 1-based number); repeatable; "
            "COLUMN 'none' unmaps. Without --preset the generic preset carries the mapping. "
            "Example: --map published_at='Posted on'",
        ),
    )
    num = p.add_mutually_exclusive_group()
    num.add_argument(
        "--decimal-comma",
        dest="decimal_comma",
        action="store_const",
        const=True,
        help=translate("cli", "numbers are European style (1.234 = 1234); default: detected from the file"),
    )
    num.add_argument(
        "--decimal-point",
        dest="decimal_comma",
        action="store_const",
        const=False,
        help=translate("cli", "numbers are 1,234.5 style"),
    )


def _run(args: argparse.Namespace, kind: str) -> int:
    from microcomm_desktop.domain.imports import ConvertOptions, CsvFileError
    from microcomm_desktop.services import importing

    ctx = open_data(args)
    ws = workspace_of(ctx, args)
    assert ws.id is not None
    try:
        table = importing.load_table(args.file, allow_swallowed=args.allow_swallowed_rows)
    except CsvFileError as exc:
        fail(str(exc))
    opts = ConvertOptions(
        today=args.today or date.today(),
        default_label=getattr(args, "label", "community"),
        platform=getattr(args, "platform", None),
        date_order=getattr(args, "date_order", None),
        date_language=args.date_language,
        year=args.year,
        decimal_comma=args.decimal_comma,
    )
    overrides: dict[str, str] = {}
    for item in args.map:
        key, sep, column = item.partition("=")
        if not sep or not key.strip():
            fail(
                translate("cli", "--map {item}: write FIELD=COLUMN, e.g. --map published_at='Posted on'.").format(
                    item=repr(item)
                )
            )
        overrides[key.strip()] = column
    try:
        plan = importing.make_plan(
            table, opts, kind=kind, preset_name=getattr(args, "preset", None), engine=ctx.engine, overrides=overrides
        )
    except ValueError as exc:  # CsvFileError included: a file refused as a whole (e.g. YouTube Chart data)
        fail(str(exc))
    if plan.preset is None or plan.missing_required():
        fail(_mapping_help(plan, table.headers))
    assert plan.preset is not None
    if plan.needs_date_order:
        fail(
            " ".join(n for n in plan.date_notes if "--date-order" in n)
            or translate("cli", "Pass --date-order dmy or mdy.")
        )
    report = importing.run_import(ctx.engine, ws.id, plan, dry_run=args.dry_run, skip_bad=args.skip_bad)
    out(translate("cli", "Preset: {title}").format(title=plan.preset.title))
    for line in report.lines():
        out(line)
    ctx.dispose()
    if report.rejected and not report.written and not args.dry_run:
        return 1
    if args.dry_run and report.rejected:
        return 1
    return 0


def _mapping_help(plan: object, headers: list[str]) -> str:
    """What the user needs to map an export the importer does not recognise: the columns it saw, the fields
    it can fill, and a ready-to-edit command line."""
    from microcomm_desktop.services.importing import ImportPlan

    assert isinstance(plan, ImportPlan)
    required = [f for f in plan.fields if f.required]
    head = (
        translate("cli", "Could not recognise this export's columns.")
        if plan.preset is None
        else translate("cli", "Preset {name} finds no column for: {fields}.").format(
            name=repr(plan.preset.name), fields=", ".join(plan.missing_required())
        )
    )
    cols = ", ".join(f"{i + 1}:{h!r}" for i, h in enumerate(headers[:40]))
    fields = ", ".join(f.key + ("*" if f.required else "") for f in plan.fields)
    example = " ".join(f"--map {f.key}='<column>'" for f in required)
    kind = plan.kind
    return translate(
        "cli",
        "{head}\nColumns in the file: {columns}\nFields (* = required): {fields}\n"
        "Map them with --map FIELD=COLUMN (repeatable), e.g. microcomm import {kind} FILE --workspace NAME "
        "{preset}{example} --map likes='<column>' --dry-run\n"
        "Or open the file in the app (File > Import posts…), map the columns there and save the mapping as a "
        "preset, then pass --preset NAME.",
    ).format(
        head=head,
        columns=cols,
        fields=fields,
        kind=kind,
        preset="--preset generic " if kind == "posts" else "",
        example=example,
    )


def _import_posts(args: argparse.Namespace) -> int:
    return _run(args, "posts")


def _import_interactions(args: argparse.Namespace) -> int:
    return _run(args, "interactions")


def _import_engagers(args: argparse.Namespace) -> int:
    return _run(args, "engagers")


def _export(args: argparse.Namespace) -> int:
    from microcomm_desktop.services import exporting

    ctx = open_data(args)
    ws = workspace_of(ctx, args)
    assert ws.id is not None
    path = Path(args.output)
    try:
        if args.what == "posts":
            n = exporting.export_posts(ctx.engine, ws.id, path)
        elif args.what == "engagers":
            n = exporting.export_engagers(ctx.engine, ws.id, path, date.today())
        else:
            n = exporting.export_interactions(ctx.engine, ws.id, path)
    except OSError as exc:
        fail(translate("cli", "Cannot write {path}: {reason}.").format(path=path, reason=exc.strerror or exc))
    if active_language() == "en":  # English as always (the count ungrouped, the kind as typed)
        out(f"Wrote {n} {args.what} to {path}.")
    elif args.what == "posts":
        out(translate("cli", "Wrote %n post(s) to {path}.", None, n).format(path=path))
    elif args.what == "engagers":
        out(translate("cli", "Wrote %n engager(s) to {path}.", None, n).format(path=path))
    else:
        out(translate("cli", "Wrote %n interaction(s) to {path}.", None, n).format(path=path))
    ctx.dispose()
    sys.stdout.flush()
    return 0
