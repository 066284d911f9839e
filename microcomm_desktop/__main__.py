"""Entry point for ``microcomm`` and ``python -m microcomm_desktop``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

_GUI_FLAGS = {"--demo", "--smoke"}


def _gui_only_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """Parse a plain GUI start (``microcomm [--data-dir D] [--demo] [--smoke]``) without building the full CLI.

    The full parser imports every command module and the service layer (~0.5 s); opening the window does not
    need it. Anything else (a command, --help, --version, an unknown flag) returns None: the full parser
    handles it and prints its usual messages.
    """
    args = argparse.Namespace(command=None, demo=False, smoke=False)
    it = iter(argv)
    for token in it:
        if token in _GUI_FLAGS:
            setattr(args, token[2:], True)
        elif token == "--data-dir":
            value = next(it, None)
            if value is None:
                return None
            args.data_dir = value
        elif token.startswith("--data-dir="):
            args.data_dir = token.split("=", 1)[1]
        else:
            return None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _gui_only_args(argv)
    if args is None:
        from microcomm_desktop.cli import parse, run_command

        args = parse(argv)
        if args.command:
            return run_command(args)
    from microcomm_desktop.app import run_gui  # Qt is imported only for the GUI

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
