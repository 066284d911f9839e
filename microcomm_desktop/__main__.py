"""Entry point for ``microcomm`` and ``python -m microcomm_desktop``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping, Sequence

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


NO_DISPLAY = (
    "microcomm: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it from a "
    "desktop session, or use the command line: microcomm --help"
)  # the English text; shown through translate("cli", ...) below


def no_display_reason(args: argparse.Namespace, environ: Mapping[str, str] | None = None) -> str | None:
    """One sentence instead of Qt's "could not connect to display" abort (and a core dump) on Linux without a
    display: an SSH session, a container, a cron job. A chosen platform (offscreen, vnc…) and ``--smoke``
    (which runs offscreen) need no display."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or getattr(args, "smoke", False):
        return None
    if env.get("QT_QPA_PLATFORM") or env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    from microcomm_desktop.i18n import translate

    return translate(
        "cli",
        "microcomm: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run it from a "
        "desktop session, or use the command line: microcomm --help",
    )


def _quiet_on_closed_pipe(run: Callable[[], int]) -> int:
    """``microcomm posts list | head`` closes the pipe early: that is the reader's choice, not an error, so
    no BrokenPipeError traceback (nor the "Exception ignored" line at exit)."""
    try:
        code = run()
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)  # the interpreter's final flush must not fail again
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def main(argv: Sequence[str] | None = None) -> int:
    from microcomm_desktop import i18n

    i18n.set_language(None)  # the command line speaks the session's language (LANG, LC_ALL, MICROCOMM_LANGUAGE)
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _gui_only_args(argv)
    if args is None:
        from microcomm_desktop.cli import parse, run_command

        args = parse(argv)
        if args.command:
            return _quiet_on_closed_pipe(lambda: run_command(args))
    reason = no_display_reason(args)
    if reason:
        sys.stderr.write(reason + "\n")
        return 2
    from microcomm_desktop.app import run_gui  # Qt is imported only for the GUI

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
