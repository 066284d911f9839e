"""Benchmark bands calibrated to the creator's own data (docs/domain.md §4: "the user can override them from their own
last 30–90 days").

A proposal puts, per band, the niche default, the workspace's current band and a band from the creator's own
distribution side by side: the 25th to 75th percentile (the middle half) of *per-post* values for the post
metrics (ER of feed posts, ER of polls and Q and A, saves and replies per 1,000 reach of community posts) and of
*weekly* values for the returning share (a 30-day window per week). Applying writes the workspace's bands in one
transaction and records the date, the period and the bands it replaced, so it can be undone (GUI undo, CLI
``--undo``). The Health Score's band tops are not touched: the score stays comparable across calibrations.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import Session
from sqlmodel import select as sm_select

from microcomm_desktop.domain import metrics
from microcomm_desktop.i18n import active_language, translate
from microcomm_desktop.services import figures_text as ft
from microcomm_desktop.services.reach import reach_sql, standins_from_conn
from microcomm_desktop.services.scorecard import benchmarks, weekly_scorecard
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Post, Setting, Workspace
from microcomm_desktop.store.models.base import table_of

PERIODS = (30, 60, 90)
MIN_POSTS = 8  # fewer per-post values than this: no proposal (a quartile of 5 posts is noise)
MIN_WEEKS = 4
LOW_PCT, HIGH_PCT = 25.0, 75.0
RECORD_KEY = "benchmark.calibration"


class CalibrationError(ValueError):
    """A calibration request that cannot be honoured, with a sentence for the user."""


@dataclass(frozen=True)
class BandProposal:
    key: str
    label: str
    unit: str
    default: metrics.Band
    current: metrics.Band
    proposed: metrics.Band | None  # None: not enough data (``basis`` says why)
    values: int
    basis: str

    def as_dict(self) -> dict[str, Any]:
        def b(x: metrics.Band | None) -> list[float] | None:
            return None if x is None else [x.low, x.high]

        return {
            "key": self.key,
            "label": self.label,
            "default": b(self.default),
            "current": b(self.current),
            "proposed": b(self.proposed),
            "values": self.values,
            "basis": self.basis,
        }


@dataclass(frozen=True)
class Calibration:
    workspace_id: int
    days: int
    since: date
    until: date
    proposals: list[BandProposal]

    def proposed_bands(self) -> dict[str, list[float]]:
        return {p.key: [p.proposed.low, p.proposed.high] for p in self.proposals if p.proposed is not None}


def _num(n: int) -> str:
    """A count inside a basis sentence: as today in English (no grouping), the language's digits otherwise."""
    return str(n) if active_language() == "en" else ft.integer(n)


def _band_from(values: list[float], key: str) -> metrics.Band | None:
    if not values:
        return None
    lo, hi = (round(float(v), 1) for v in np.percentile(np.asarray(values, dtype=np.float64), [LOW_PCT, HIGH_PCT]))
    if hi <= lo:
        return None
    return metrics.Band(lo, hi, metrics.BENCHMARKS[key].action)


def propose(engine: Engine, workspace_id: int, today: date, days: int = 90) -> Calibration:
    """Bands from the workspace's last ``days`` days (ending ``today``), beside the defaults and current bands."""
    if days not in PERIODS:
        raise CalibrationError(
            translate("services.calibration", "Calibrate from the last {periods} days (not {days}).").format(
                periods=", ".join(map(str, PERIODS)), days=days
            )
        )
    since = today - timedelta(days=days - 1)
    p = table_of(Post)
    with engine.connect() as conn:
        ws = conn.execute(select(table_of(Workspace)).where(table_of(Workspace).c.id == workspace_id)).first()
        if ws is None:
            raise CalibrationError(translate("services.calibration", "That workspace no longer exists."))
        er_def: metrics.ErDefinition = "impressions" if ws.er_definition == "impressions" else "reach"
        reach, _used = reach_sql(p, standins_from_conn(conn, workspace_id))
        eng = func.coalesce(p.c.engagements, p.c.likes + p.c.comments + p.c.shares + p.c.saves)
        rows = conn.execute(
            select(p.c.format, p.c.label, reach, p.c.impressions, eng, p.c.saves, p.c.comments).where(
                p.c.workspace_id == workspace_id, p.c.local_date >= since, p.c.local_date <= today
            )
        ).all()
    per_post: dict[str, list[float]] = {k: [] for k in ("er", "er_poll_qa", "saves_per_1k", "replies_per_1k")}
    for fmt, label, r, imp, e, saves, comments in rows:
        er = metrics.engagement_rate(e, r, imp, er_def)
        if er is not None:
            per_post[metrics.er_band_key(fmt)].append(er)
        if label != "reach":  # saves and replies are the community post's job
            for key, count in (("saves_per_1k", saves), ("replies_per_1k", comments)):
                v = metrics.per_1k(count, r)
                if v is not None:
                    per_post[key].append(v)
    weeks = [
        f
        for f in weekly_scorecard(engine, workspace_id, until=today, since=since)
        if f.week_start >= since and f.week_end <= today and f.returning_share is not None
    ]
    current = benchmarks(engine, workspace_id).bands
    out: list[BandProposal] = []
    for key, default in metrics.BENCHMARKS.items():
        label, unit = metrics.BAND_LABELS[key], metrics.BAND_UNITS[key]
        if key == "returning_share":
            vals = [float(f.returning_share) for f in weeks if f.returning_share is not None]
            need, what = (
                MIN_WEEKS,
                translate("services.calibration", "whole weeks' returning share (30-day window each)"),
            )
        else:
            vals = per_post[key]
            need = MIN_POSTS
            by = ft.er_denominator(er_def)
            what = {
                "er": translate("services.calibration", "feed posts' ER (by {definition})").format(definition=by),
                "er_poll_qa": translate(
                    "services.calibration", "polls' and Q and A posts' ER (by {definition})"
                ).format(definition=by),
                "saves_per_1k": translate("services.calibration", "community posts' saves per 1,000 reach"),
                "replies_per_1k": translate("services.calibration", "community posts' replies per 1,000 reach"),
            }[key]
        band = _band_from(vals, key) if len(vals) >= need else None
        if len(vals) < need:
            basis = translate(
                "services.calibration",
                "Not enough data: {count} {what} in the last {days} days (at least {need} needed).",
            ).format(count=_num(len(vals)), what=what, days=days, need=need)
        elif band is None:
            basis = translate(
                "services.calibration", "No spread: the middle half of {count} {what} is a single value."
            ).format(count=_num(len(vals)), what=what)
        else:
            basis = translate("services.calibration", "P25–P75 of {count} {what}, {since} – {until}.").format(
                count=_num(len(vals)), what=what, since=ft.day_month(since), until=ft.day_month_year(today)
            )
        out.append(BandProposal(key, label, unit, default, current.get(key, default), band, len(vals), basis))
    return Calibration(workspace_id, days, since, today, out)


def history(engine: Engine, workspace_id: int) -> list[dict[str, Any]]:
    """Applied calibrations, oldest first: {applied_on, days, source, bands, previous, undone_on?}."""
    with session_scope(engine) as s:
        return _history(s, workspace_id)


def _history(s: Session, workspace_id: int) -> list[dict[str, Any]]:
    try:
        value = _stored(s, workspace_id, RECORD_KEY)
    except ValueError:
        return []
    return [h for h in value if isinstance(h, dict)] if isinstance(value, list) else []


def last_applied(engine: Engine, workspace_id: int) -> dict[str, Any] | None:
    for h in reversed(history(engine, workspace_id)):
        if not h.get("undone_on"):
            return h
    return None


def _row(s: Session, workspace_id: int, key: str) -> Setting | None:
    return s.exec(sm_select(Setting).where(Setting.workspace_id == workspace_id, Setting.key == key)).first()


def _write(s: Session, workspace_id: int, key: str, value: Any) -> None:
    """Set (value) or forget (None) one workspace setting inside the caller's transaction."""
    row = _row(s, workspace_id, key)
    if value is None:
        if row is not None:
            s.delete(row)
        return
    if row is None:
        row = Setting(workspace_id=workspace_id, key=key)
    row.value = json.dumps(value)
    s.add(row)


def _stored(s: Session, workspace_id: int, key: str) -> Any:
    row = _row(s, workspace_id, key)
    return None if row is None else json.loads(row.value)


def apply_bands(
    engine: Engine, workspace_id: int, bands: dict[str, list[float]], today: date, days: int, source: str = "own data"
) -> dict[str, Any]:
    """Write ``bands`` as the workspace's benchmark bands and record it (one transaction); returns the record."""
    if not bands:
        raise CalibrationError(
            translate("services.calibration", "Nothing to apply: no band could be proposed from this period.")
        )
    for key, (low, high) in bands.items():
        if key not in metrics.BENCHMARKS:
            raise CalibrationError(translate("services.calibration", "Unknown band {key}.").format(key=repr(key)))
        if not (0 <= float(low) < float(high) <= 100_000):
            raise CalibrationError(
                translate("services.calibration", "{band}: the band must run from a lower to a higher value.").format(
                    band=metrics.BAND_LABELS[key]
                )
            )
    with session_scope(engine) as s:
        previous = {k: _stored(s, workspace_id, f"benchmark.{k}") for k in bands}
        for k, v in bands.items():
            _write(s, workspace_id, f"benchmark.{k}", [float(v[0]), float(v[1])])
        record = {
            "applied_on": today.isoformat(),
            "days": int(days),
            "source": source,
            "bands": {k: [float(v[0]), float(v[1])] for k, v in bands.items()},
            "previous": previous,
        }
        hist = _history(s, workspace_id)
        _write(s, workspace_id, RECORD_KEY, [*hist, record])
    return record


def undo_last(engine: Engine, workspace_id: int, today: date) -> dict[str, Any] | None:
    """Put back the bands the last applied calibration replaced; returns that record (None: nothing to undo)."""
    with session_scope(engine) as s:
        hist = _history(s, workspace_id)
        for h in reversed(hist):
            if not h.get("undone_on"):
                for k, v in (h.get("previous") or {}).items():
                    if k in metrics.BENCHMARKS:
                        _write(s, workspace_id, f"benchmark.{k}", v)
                h["undone_on"] = today.isoformat()
                _write(s, workspace_id, RECORD_KEY, hist)
                return dict(h)
    return None


def redo_last(engine: Engine, workspace_id: int) -> dict[str, Any] | None:
    """Re-apply the most recently undone calibration (the GUI's redo)."""
    with session_scope(engine) as s:
        hist = _history(s, workspace_id)
        if not hist or not hist[-1].get("undone_on"):
            return None
        h = hist[-1]
        for k, v in (h.get("bands") or {}).items():
            if k in metrics.BENCHMARKS:
                _write(s, workspace_id, f"benchmark.{k}", v)
        h.pop("undone_on", None)
        _write(s, workspace_id, RECORD_KEY, hist)
        return dict(h)


def parse_band(text: str) -> tuple[float, float]:
    """ "6–15", "6-15", "6 to 15" or "6, 15" (a "%" is ignored) → (low, high); raises ValueError with a sentence."""
    t = text.replace("%", "").replace("–", "-").replace(" to ", "-").replace(",", "-").strip()
    parts = [p.strip() for p in t.split("-") if p.strip()]
    try:
        low, high = (float(p) for p in parts)
    except ValueError:
        raise ValueError(
            translate("services.calibration", "{text}: type the band as LOW–HIGH, e.g. 6–15.").format(text=repr(text))
        ) from None
    if not 0 <= low < high <= 100_000:
        raise ValueError(
            translate(
                "services.calibration", "{text}: the band runs from a lower to a higher value, both 0 or more."
            ).format(text=repr(text))
        )
    return low, high


def defaults_as_bands() -> dict[str, list[float]]:
    return {k: [b.low, b.high] for k, b in metrics.BENCHMARKS.items()}
