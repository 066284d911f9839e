"""Every setting declared once: key, type, default, description and where it lives.

Two homes, never mixed up: workspace data that must survive a restart and travel with the data file (bands,
presets, drafts…) is a ``Setting`` row in the database — only values the user changed are stored, the default
lives here; UI state that belongs to this computer (window geometry, last tab, last folder, theme) lives in the
QSettings INI file next to the data (ui/context.make_settings). ``where`` says which: "database" options are read
and written with get_setting/set_setting below (``workspace_id`` None = app-wide); "ui" options are read with
QSettings in ui/ and are declared here so the list of what the app remembers is complete (tests/test_settings.py
checks that every QSettings key the UI uses is declared). Benchmark bands come from domain.metrics.BENCHMARKS,
the one declaration the domain, these defaults and the help text all read (docs/domain.md §4).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy.engine import Engine
from sqlmodel import select

from microcomm_desktop.domain.metrics import BAND_LABELS, BENCHMARKS, HEALTH_TOPS
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Setting

Where = Literal["database", "ui"]


@dataclass(frozen=True)
class Option:
    """One setting: what it is for (``description``), its Python type(s) and default, and where it is stored."""

    key: str
    type: tuple[type, ...]
    default: Any
    description: str
    where: Where = "database"

    def accepts(self, value: Any) -> bool:
        """Whether ``value`` may be stored under this key (a bool is not a number here; an int is a float)."""
        if value is None:
            return type(None) in self.type
        if isinstance(value, bool):
            return bool in self.type
        if isinstance(value, int) and float in self.type:
            return True
        return isinstance(value, self.type)


_NUM = (float, int)
_DRAFT = (dict, type(None))

OPTIONS: tuple[Option, ...] = (
    # ---- benchmark bands and tops (database; a workspace's calibrated values override the defaults)
    *(
        Option(
            f"benchmark.{key}",
            (list,),
            [band.low, band.high],
            f"Benchmark band for {BAND_LABELS.get(key, key)}: [low, high]; below low shows the advice “{band.action}”.",
        )
        for key, band in BENCHMARKS.items()
    ),
    *(
        Option(
            f"benchmark.{name}_top",
            _NUM,
            HEALTH_TOPS[band_key],
            f"Community Health Score: {BAND_LABELS[band_key]} counts in full at this value (the band's top).",
        )
        for name, band_key in (("replies", "replies_per_1k"), ("saves", "saves_per_1k"))
    ),
    Option(
        "benchmark.calibration",
        (list,),
        [],
        "Applied band calibrations, oldest first (date, days, the bands before: undo); services/calibration.py.",
    ),
    # ---- app and workspace behaviour (database)
    Option("backup.keep", (int,), 10, "How many daily backups are kept (app-wide)."),
    Option("insights.min_posts", (int,), 3, "Insights: a group with fewer posts is shown but not ranked."),
    Option(
        "reach.standin",
        (dict,),
        {},
        "Per platform, the post columns that stand in for reach when a post has none, in order; services/reach.py.",
    ),
    Option("import.user_presets", (list,), [], "Column-mapping presets saved in the import wizard (app-wide)."),
    Option(
        "chat.store_text",
        (bool,),
        False,
        "Chat import keeps the messages' text (off: only who, when and to whom is stored).",
    ),
    # ---- drafts of forms that could not be saved yet (database, per workspace; services/drafts.py)
    Option("draft.promise", _DRAFT, None, "An open Promise-tab form that could not be saved yet."),
    Option("draft.creator", _DRAFT, None, "An open creator profile form that could not be saved yet."),
    Option("draft.week_notes", _DRAFT, None, "Dashboard week notes typed but not valid when closing."),
    Option("draft.rituals", _DRAFT, None, "Rituals recap/prompt/posts and SLA form typed before a crash."),
    # ---- UI state of this computer (QSettings INI file, never the database)
    Option("window/geometry", (bytes,), None, "Main window geometry (Qt's saveGeometry).", "ui"),
    Option("window/size", (object,), None, "Main window size in normal state (exact, unlike the geometry).", "ui"),
    Option("window/state", (bytes,), None, "Toolbars and docks (Qt's saveState).", "ui"),
    Option("window/last_tab", (int,), 0, "The tab shown at the next start.", "ui"),
    Option("workspace/last", (int,), 0, "The workspace opened at the next start (its id).", "ui"),
    Option("ui/theme", (str,), "system", "Colour theme: system, light or dark.", "ui"),
    Option("posts/last_import_dir", (str,), "", "Folder the post import file dialog opens in (default: home).", "ui"),
    Option("insights/by", (str,), "", "Insights: the last grouping (empty: the first one).", "ui"),
    Option("insights/label", (str,), "", "Insights: the last post-label filter (empty: the first one).", "ui"),
    Option("insights/days", (int,), 90, "Insights: the last period preset in days.", "ui"),
    Option("team/url", (str,), "", "The team server URL last connected to (services/team_server.SETTING_URL).", "ui"),
)

OPTION: dict[str, Option] = {o.key: o for o in OPTIONS}

# key -> default of the database options. A missing key is a programming error (KeyError).
DEFAULTS: dict[str, Any] = {o.key: o.default for o in OPTIONS if o.where == "database"}


def get_setting(engine: Engine, key: str, workspace_id: int | None = None) -> Any:
    default = DEFAULTS[key]
    with session_scope(engine) as s:
        row = s.exec(select(Setting).where(Setting.workspace_id == workspace_id, Setting.key == key)).first()
        if row is None:
            return default
        try:
            return json.loads(row.value)
        except ValueError:
            return default


def set_setting(engine: Engine, key: str, value: Any, workspace_id: int | None = None) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    if not OPTION[key].accepts(value):
        raise TypeError(f"Setting {key!r} takes {OPTION[key].type}, not {type(value).__name__}")
    with session_scope(engine) as s:
        row = s.exec(select(Setting).where(Setting.workspace_id == workspace_id, Setting.key == key)).first()
        if row is None:
            row = Setting(workspace_id=workspace_id, key=key)
        row.value = json.dumps(value)
        s.add(row)


def delete_setting(engine: Engine, key: str, workspace_id: int | None = None) -> None:
    """Forget a stored value, so the coded default (or the app-wide value) applies again."""
    if key not in DEFAULTS:
        raise KeyError(key)
    with session_scope(engine) as s:
        row = s.exec(select(Setting).where(Setting.workspace_id == workspace_id, Setting.key == key)).first()
        if row is not None:
            s.delete(row)
