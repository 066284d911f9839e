"""Settings are declared once (services/settings.OPTIONS) and the benchmark bands once (domain.metrics.BENCHMARKS):
the settings defaults, the help text and docs/domain.md must all show the domain's bands."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from microcomm_desktop.domain import metrics
from microcomm_desktop.services import settings
from microcomm_desktop.services.context import AppContext

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "microcomm_desktop"


def test_settings_defaults_are_the_domain_bands() -> None:
    for key, band in metrics.BENCHMARKS.items():
        opt = settings.OPTION[f"benchmark.{key}"]
        assert opt.where == "database" and opt.default == [band.low, band.high]
        assert settings.DEFAULTS[f"benchmark.{key}"] == [band.low, band.high]
    # the health score's band tops are the tops of the replies and saves bands
    assert settings.DEFAULTS["benchmark.replies_top"] == metrics.BENCHMARKS["replies_per_1k"].high == 25.0
    assert settings.DEFAULTS["benchmark.saves_top"] == metrics.BENCHMARKS["saves_per_1k"].high == 40.0


def test_help_text_shows_the_domain_bands_and_tops() -> None:
    from microcomm_desktop.ui.dialogs.help import HELP_HTML

    for key, band in metrics.BENCHMARKS.items():
        row = f"<tr><td>{metrics.BAND_LABELS[key]}</td><td>{metrics.band_text(key)}</td><td>{band.action}</td></tr>"
        assert row in HELP_HTML
    assert "3% to 8%" in HELP_HTML and "10 to 40" in HELP_HTML  # the domain's own words (docs/domain.md §4)
    assert "band tops 25 (replies) and 40 (saves)" in HELP_HTML
    assert "{" not in HELP_HTML  # every placeholder filled


def test_every_option_is_described_and_typed() -> None:
    keys = [o.key for o in settings.OPTIONS]
    assert len(keys) == len(set(keys)), "a key is declared twice"
    for o in settings.OPTIONS:
        assert o.description.strip() and o.type and o.where in ("database", "ui")
        if o.where == "database":
            assert o.accepts(o.default), f"{o.key}: its default is not of its own type"


def _qsettings_keys_in(path: Path) -> set[str]:
    """String keys passed to ``.value(...)``/``.setValue(...)``/``.remove(...)`` that look like QSettings keys
    (``group/name``); spin boxes' ``setValue(3)`` have no such argument."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("value", "setValue", "remove")
            and node.args
        ):
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and "/" in arg.value:
                found.add(arg.value)
        # keys chosen in a loop: ``for combo, key in ((…, "insights/by"), …)``
        if isinstance(node, ast.Tuple):
            for elt in node.elts:
                if isinstance(elt, ast.Constant) and isinstance(elt.value, str) and elt.value.startswith("insights/"):
                    found.add(elt.value)
    return found


def test_every_qsettings_key_the_ui_uses_is_declared() -> None:
    from microcomm_desktop.services import team_server

    used: set[str] = set()
    for f in [*sorted((PKG / "ui").rglob("*.py")), PKG / "app.py"]:
        used |= _qsettings_keys_in(f)
    assert {"window/geometry", "workspace/last", "ui/theme", "insights/days"} <= used  # the scan works
    used.add(team_server.SETTING_URL)
    declared = {o.key for o in settings.OPTIONS if o.where == "ui"}
    assert used - declared == set(), "declare these QSettings keys in services/settings.OPTIONS"


def test_set_setting_refuses_a_value_of_the_wrong_type(app_ctx: AppContext) -> None:
    with pytest.raises(TypeError):
        settings.set_setting(app_ctx.engine, "insights.min_posts", "three")
    with pytest.raises(TypeError):
        settings.set_setting(app_ctx.engine, "chat.store_text", 1)
    with pytest.raises(KeyError):
        settings.set_setting(app_ctx.engine, "window/geometry", b"")  # UI state never goes to the database
    settings.set_setting(app_ctx.engine, "benchmark.replies_top", 30)  # an int is a number
    assert settings.get_setting(app_ctx.engine, "benchmark.replies_top") == 30


def test_domain_reference_shows_the_same_bands() -> None:
    """docs/domain.md is the domain reference the code cites; its benchmark table is what BENCHMARKS declares."""
    text = (ROOT / "docs" / "domain.md").read_text(encoding="utf-8")
    rows = {
        "er": "| ER by reach |",
        "saves_per_1k": "| saves per 1,000 reach |",
        "replies_per_1k": "| replies per 1,000 reach |",
        "returning_share": "| returning engagers (30 d) |",
    }
    for key, start in rows.items():
        (line,) = [ln for ln in text.splitlines() if ln.startswith(start)]
        _, _signal, band_cell, action_cell, _ = (c.strip() for c in line.split("|"))
        assert band_cell.startswith(metrics.band_text(key)), (key, band_cell)
        assert action_cell == metrics.BENCHMARKS[key].action
    tops = metrics.HEALTH_TOPS
    assert f"band tops {tops['replies_per_1k']:g} (replies) and {tops['saves_per_1k']:g} (saves)" in text
