"""Entry point for ``microcomm`` and ``python -m microcomm_desktop``."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from microcomm_desktop.cli import parse, run_command

    args = parse(argv)
    if args.command:
        return run_command(args)
    from microcomm_desktop.app import run_gui  # Qt is imported only for the GUI

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
