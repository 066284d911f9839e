"""CLI commands for insights (content insights); registered when the feature lands."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Nothing yet."""
