"""Start-up integrity checking: full after an unclean close or a changed file, quick after a clean close."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from microcomm_desktop.services.context import open_context
from microcomm_desktop.services.workspaces import create_workspace
from microcomm_desktop.store.db import DatabaseDamaged


def test_clean_close_allows_the_quick_check(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    assert ctx.full_check_done  # a new file: nothing recorded yet
    create_workspace(ctx.engine, "A")
    ctx.dispose()
    again = open_context(data_dir)
    assert not again.full_check_done
    # Not disposed = a crash: the next start runs the full check.
    third = open_context(data_dir)
    assert third.full_check_done
    third.dispose()
    again.engine.dispose()


def test_a_file_changed_after_a_clean_close_gets_the_full_check(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    ctx.dispose()
    con = sqlite3.connect(data_dir / "microcomm.sqlite3")
    con.execute("create table touched (x int)")
    con.commit()
    con.close()
    again = open_context(data_dir)
    assert again.full_check_done
    again.dispose()


def test_damage_is_still_refused_after_a_clean_close(data_dir: Path) -> None:
    ctx = open_context(data_dir)
    ctx.dispose()
    db = data_dir / "microcomm.sqlite3"
    db.write_bytes(b"not sqlite" * 20)
    with pytest.raises(DatabaseDamaged):
        open_context(data_dir)
