"""Command line: the same services as the GUI, without importing Qt.

``--data-dir`` is accepted before or after the subcommand (a parent parser shared by every level).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence

from microcomm_desktop import __version__
from microcomm_desktop.commands import COMMAND_MODULES
from microcomm_desktop.i18n import QT_TRANSLATE_NOOP, active_language, translate


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help=translate("cli", "folder holding the database (default: your user data folder; env MICROCOMM_DATA_DIR)"),
    )
    common.add_argument(
        "--database",
        default=argparse.SUPPRESS,
        metavar="URL",
        help=translate(
            "cli",
            "a team database on a PostgreSQL server, e.g. postgresql://me@server/team (env "
            "MICROCOMM_DATABASE_URL); settings and attachments stay in the data folder",
        ),
    )
    return common


_VALUE_OPTIONS = ("--data-dir", "--database")


def command_word(argv: Sequence[str] | None) -> str | None:
    """The subcommand's name in ``argv`` (the first word that is neither an option nor an option's value)."""
    it = iter(argv or ())
    for token in it:
        if token == "--":
            return None
        if token in _VALUE_OPTIONS:
            next(it, None)
        elif not token.startswith("-"):
            return token
    return None


# argparse's own words ("usage:", "options", its error sentences) come from gettext, for which Python ships no
# catalogs: the ones a user meets are in ours, and ``_speak_argparse`` hands them to argparse in the active language.
_ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
)


def _speak_argparse() -> None:
    """Route argparse's gettext lookups through our catalog (a no-op in English: argparse's text is English)."""
    if active_language() == "en":
        return
    known = frozenset(_ARGPARSE_TEXTS)
    argparse._ = lambda text: translate("argparse", text) if text in known else text  # type: ignore[attr-defined]


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The full parser, or with ``command`` only as many command modules as it takes to reach that command.

    Each module imports its own helpers; registering all of them costs ~0.1-0.3 s that a ``workspace list`` run
    does not need. The command's own subparser is the same either way; ``--help`` without a command and an
    unknown command get the full parser (every module registered), so their texts list every command.
    """
    _speak_argparse()
    common = _common()
    parser = argparse.ArgumentParser(
        prog="microcomm",
        description=translate(
            "cli", "MicroComm Desktop — run a micro community as a measured system. Without a command, opens the app."
        ),
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"microcomm {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate(
            "cli", "open the app on the sample community in a throw-away data folder (your data is not touched)"
        ),
    )
    parser.add_argument(
        "--smoke", action="store_true", help=translate("cli", "open the window offscreen, paint once, exit 0")
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, common)
        if command is not None and command in sub.choices:
            break
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser(command_word(argv if argv is not None else sys.argv[1:])).parse_args(argv)


def run_command(args: argparse.Namespace) -> int:
    from microcomm_desktop.commands.common import CliError

    func = getattr(args, "func", None)
    if func is None:
        sys.stderr.write(
            translate("cli", "microcomm: '{command}' needs a subcommand; see microcomm {command} --help\n").format(
                command=args.command
            )
        )
        return 2
    try:
        return int(func(args) or 0)
    except CliError as exc:
        sys.stderr.write(f"microcomm: {exc}\n")
        return exc.code
    except KeyboardInterrupt:
        sys.stderr.write(translate("cli", "microcomm: interrupted; nothing was written by the unfinished step.\n"))
        return 130
    except BrokenPipeError:  # `| head` closed the pipe: handled quietly in __main__
        raise
    except Exception as exc:  # last resort: one line, never a traceback (MICROCOMM_DEBUG=1 shows it)
        if os.environ.get("MICROCOMM_DEBUG"):
            raise
        from microcomm_desktop.services.problems import user_message
        from microcomm_desktop.store.files import DatabaseDamaged

        known = user_message(exc)  # a full disk, a lock, a damaged file: a sentence, never the driver's text
        sys.stderr.write(f"microcomm: {known or f'{type(exc).__name__}: {exc}'}\n")
        # Damage found by the quick check owed before the first write, or met by a read (which no longer waits for
        # that check): the same exit code as damage found at open.
        orig = getattr(exc, "orig", None) or exc
        damaged = isinstance(exc, DatabaseDamaged) or (
            isinstance(orig, sqlite3.DatabaseError) and "malformed" in str(orig).lower()
        )
        return 3 if damaged else 1
