"""A screen file that grows past ~600 lines says at its top why it stays one file (issue 19)."""

from __future__ import annotations

from pathlib import Path

import microcomm_desktop

LIMIT = 600
UI = Path(microcomm_desktop.__file__).parent / "ui"


def test_large_ui_files_give_a_reason_at_their_top() -> None:
    unexplained = []
    for path in sorted(UI.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > LIMIT and not text.startswith("# Over 600 lines: "):
            unexplained.append(f"{path.relative_to(UI)} ({text.count(chr(10))} lines)")
    assert unexplained == [], "split these or put '# Over 600 lines: <why>' on their first line"


def test_tabs_are_packages_exposing_create_tab() -> None:
    import importlib

    from microcomm_desktop.ui.tabs import TAB_SPECS

    for _title, module in TAB_SPECS:
        mod = importlib.import_module(module)
        assert (UI / "tabs" / module.rsplit(".", 1)[1] / "page.py").is_file()
        assert callable(mod.create_tab)
