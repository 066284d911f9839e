"""Typed settings with defaults declared once in code; only values the user changed are stored."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import select

from microcomm_desktop.domain.metrics import BENCHMARKS
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Setting

# key -> default. Features add their keys here; a missing key is a programming error (KeyError).
DEFAULTS: dict[str, Any] = {
    "benchmark.replies_top": 25.0,
    "benchmark.saves_top": 40.0,
    # Bands: declared once in domain.metrics.BENCHMARKS; a workspace's calibrated values override them.
    **{f"benchmark.{key}": [band.low, band.high] for key, band in BENCHMARKS.items()},
    "benchmark.calibration": [],  # services/calibration.py: applied calibrations, oldest first (date, days, undo)
    "backup.keep": 10,
    "insights.min_posts": 3,
    # services/reach.py: per platform, the post columns that stand in for reach when a post has none, in order.
    "reach.standin": {},
    "import.user_presets": [],
    "chat.store_text": False,  # services/chat_import.py: keep chat messages' text (off: who/when/to whom only)
    "draft.promise": None,  # services/drafts.py: an open Promise-tab form that could not be saved yet
    "draft.creator": None,  # services/drafts.py: an open creator profile form that could not be saved yet
    "draft.week_notes": None,  # services/drafts.py: Dashboard week notes typed but not valid when closing
    "draft.rituals": None,  # services/drafts.py: Rituals recap/prompt/posts and SLA form typed before a crash
}


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
