"""``microcomm workspace export NAME -o FILE`` and ``workspace import FILE [--name NEW]``: a workspace as one file."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from microcomm_desktop.commands.common import fail, open_data, out
from microcomm_desktop.i18n import translate

if TYPE_CHECKING:  # the data layer loads when the command runs, so --help and --version stay instant
    from microcomm_desktop.services import workspace_file as wf


def register(wsub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    ep = wsub.add_parser(
        "export",
        help=translate("cli", "write a whole workspace (every table, settings, attachments) to one .mcw file"),
        parents=[common],
    )
    ep.add_argument("name", help=translate("cli", "the workspace to export"))
    ep.add_argument(
        "-o", "--output", required=True, help=translate("cli", "the file to write (.mcw is added when missing)")
    )
    ep.add_argument("--json", action="store_true", help=translate("cli", "print what was written as JSON"))
    ep.set_defaults(func=_export)
    ip = wsub.add_parser(
        "import",
        help=translate(
            "cli", "add the workspace of a .mcw file as a new workspace (never merged into an existing one)"
        ),
        parents=[common],
    )
    ip.add_argument("file")
    ip.add_argument(
        "--name", help=translate("cli", "import under this name (required when the file's name is taken here)")
    )
    ip.add_argument("--json", action="store_true", help=translate("cli", "print what was imported as JSON"))
    ip.set_defaults(func=_import)


def _export(args: argparse.Namespace) -> int:
    from microcomm_desktop.services import workspace_file as wf
    from microcomm_desktop.services.workspaces import WorkspaceError, get_workspace

    ctx = open_data(args)
    try:
        ws = get_workspace(ctx.engine, args.name)
        summary = wf.export_workspace(ctx.engine, ctx.paths.data_dir, ws.id or 0, Path(args.output))
    except (WorkspaceError, wf.WorkspaceFileError) as exc:
        fail(str(exc))
    _report(summary, args.json, "Exported")
    return 0


def _import(args: argparse.Namespace) -> int:
    from microcomm_desktop.services import workspace_file as wf

    ctx = open_data(args)
    if ctx.read_only:
        fail(translate("cli", "The data is open read-only; nothing was imported."), 3)
    try:
        summary = wf.import_workspace(ctx.engine, ctx.paths.data_dir, Path(args.file), args.name)
    except wf.WorkspaceFileError as exc:
        fail(str(exc))
    _report(summary, args.json, "Imported")
    return 0


def _report(summary: wf.FileSummary, as_json: bool, verb: str) -> None:
    from microcomm_desktop.services import workspace_file as wf

    if as_json:
        out(
            json.dumps(
                {
                    "workspace": summary.workspace,
                    "file": str(summary.path),
                    "rows": summary.rows,
                    "attachments": summary.attachments,
                },
                indent=1,
                sort_keys=True,
            )
        )
    else:
        out(f"{verb} {wf.describe(summary)}")
