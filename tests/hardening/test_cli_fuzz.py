"""Bad CLI input never escapes as a traceback: argparse exits with a usage message, commands with one line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from microcomm_desktop.cli import build_parser

COMMANDS = sorted(
    name
    for name in build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
)
TOKENS = [
    "list",
    "create",
    "posts",
    "interactions",
    "engagers",
    "status",
    "report",
    "--workspace",
    "--format",
    "--json",
    "--weeks",
    "--since",
    "--until",
    "--label",
    "-o",
    "--fees",
    "--media",
    "--impressions",
    "--conversions",
    "--views",
    "--revenue",
    "--preset",
    "--dry-run",
    "--skip-bad",
    "--by",
    "csv",
    "json",
    "html",
    "theme",
    "-1",
    "0",
    "1e9",
    "abc",
    "",
    "Nope",
    "2026-13-45",
    "--timezone",
    "Mars/Olympus",
    "NaN",
    "inf",
    "1,000",
    "$5",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    command=st.sampled_from(COMMANDS),
    rest=st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=12)), max_size=6),
)
def test_random_arguments_never_raise(
    command: str, rest: list[str], tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    from microcomm_desktop.__main__ import main

    data: Path = tmp_path_factory.mktemp("fuzz")
    argv = [command, *rest, "--data-dir", str(data)]
    here = os.getcwd()
    os.chdir(data)  # relative output paths (backup 0, -o x) land in the temp folder, not the checkout
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse: usage error or --help
        code = exc.code if isinstance(exc.code, int) else 2
    finally:
        os.chdir(here)
    capsys.readouterr()
    assert isinstance(code, int)
