"""Command line: the same services as the GUI, without importing Qt.

``--data-dir`` is accepted before or after the subcommand (a parent parser shared by every level).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from microcomm_desktop import __version__
from microcomm_desktop.commands import COMMAND_MODULES


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="folder holding the database (default: your user data folder; env MICROCOMM_DATA_DIR)",
    )
    common.add_argument(
        "--database",
        default=argparse.SUPPRESS,
        metavar="URL",
        help="a team database on a PostgreSQL server, e.g. postgresql://me@server/team (env MICROCOMM_DATABASE_URL); "
        "settings and attachments stay in the data folder",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="microcomm",
        description="MicroComm Desktop — run a micro community as a measured system. Without a command, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"microcomm {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the app on the sample community in a throw-away data folder (your data is not touched)",
    )
    parser.add_argument("--smoke", action="store_true", help="open the window offscreen, paint once, exit 0")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, common)
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run_command(args: argparse.Namespace) -> int:
    from microcomm_desktop.commands.common import CliError

    func = getattr(args, "func", None)
    if func is None:
        sys.stderr.write(f"microcomm: '{args.command}' needs a subcommand; see microcomm {args.command} --help\n")
        return 2
    try:
        return int(func(args) or 0)
    except CliError as exc:
        sys.stderr.write(f"microcomm: {exc}\n")
        return exc.code
    except KeyboardInterrupt:
        sys.stderr.write("microcomm: interrupted; nothing was written by the unfinished step.\n")
        return 130
    except BrokenPipeError:  # `| head` closed the pipe: handled quietly in __main__
        raise
    except Exception as exc:  # last resort: one line, never a traceback (MICROCOMM_DEBUG=1 shows it)
        if os.environ.get("MICROCOMM_DEBUG"):
            raise
        from microcomm_desktop.services.problems import user_message

        known = user_message(exc)  # a full disk, a lock, a damaged file: a sentence, never the driver's text
        sys.stderr.write(f"microcomm: {known or f'{type(exc).__name__}: {exc}'}\n")
        return 1
