"""CLI subcommands, one module per area, each with ``register(subparsers, common)``.

Modules are listed here explicitly (not discovered) so a frozen bundle includes them.
"""

from __future__ import annotations

COMMAND_MODULES = [
    "microcomm_desktop.commands.workspace",
    "microcomm_desktop.commands.backup",
    "microcomm_desktop.commands.posts",
    "microcomm_desktop.commands.report",
    "microcomm_desktop.commands.calc",
    "microcomm_desktop.commands.sprint",
    "microcomm_desktop.commands.insights",
    "microcomm_desktop.commands.rituals",
    "microcomm_desktop.commands.engager",
]
