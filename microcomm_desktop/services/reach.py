"""Reach stand-ins: what a workspace divides by when a platform's export has no reach (YouTube, some CSVs).

Per platform the workspace picks an ordered list of post columns (``metrics.REACH_STANDIN_FIELDS``: views,
impressions) used when a post's reach is 0. Every figure computed on a stand-in says so (dashboard header and
tooltip, post table, insights note, report footnote), and ``ratio_availability`` tells the import preview which
ratios will be n/a and why before anything is written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import and_, case, literal
from sqlalchemy.engine import Connection, Engine

from microcomm_desktop.domain.imports.rows import PLATFORMS
from microcomm_desktop.domain.metrics import REACH_STANDIN_FIELDS, effective_reach
from microcomm_desktop.i18n import active_language, translate
from microcomm_desktop.services.settings import get_setting, set_setting

SETTING = "reach.standin"
Standins = dict[str, list[str]]  # platform → ordered stand-in columns


class ReachSettingError(ValueError):
    """A stand-in choice that cannot be stored, with a sentence for the user."""


def clean_standins(value: Any) -> Standins:
    """Validated copy of a stored or typed mapping; unknown platforms or columns raise with a sentence."""
    if not isinstance(value, Mapping):
        raise ReachSettingError(
            translate("services.reach", "Reach stand-ins are a list per platform, e.g. youtube=views,impressions.")
        )
    out: Standins = {}
    for platform, cols in value.items():
        plat = str(platform).strip().lower()
        if plat not in PLATFORMS:
            raise ReachSettingError(_unknown_platform(platform))
        if isinstance(cols, str):
            cols = [c for c in cols.replace(" ", "").split(",") if c]
        seen: list[str] = []
        for c in cols:
            name = str(c).strip().lower()
            if name not in REACH_STANDIN_FIELDS:
                raise ReachSettingError(
                    translate(
                        "services.reach", "{column} cannot stand in for reach; use {columns} (in order of preference)."
                    ).format(column=repr(c), columns=translate("services.reach", " or ").join(REACH_STANDIN_FIELDS))
                )
            if name not in seen:
                seen.append(name)
        if seen:
            out[plat] = seen
    return out


def parse_standin(text: str) -> tuple[str, list[str]]:
    """ "youtube=views,impressions" (or "youtube=" to clear) → (platform, columns)."""
    if "=" not in text:
        raise ReachSettingError(
            translate("services.reach", "{text}: write PLATFORM=COLUMNS, e.g. youtube=views,impressions.").format(
                text=repr(text)
            )
        )
    platform, cols = text.split("=", 1)
    cleaned = clean_standins({platform: cols}) if cols.strip() else {}
    plat = platform.strip().lower()
    if plat not in PLATFORMS:
        raise ReachSettingError(_unknown_platform(platform))
    return plat, cleaned.get(plat, [])


def _unknown_platform(platform: object) -> str:
    return translate("services.reach", "Unknown platform {platform}; use one of {platforms}.").format(
        platform=repr(platform), platforms=", ".join(PLATFORMS)
    )


def _column_word(column: str) -> str:
    """A stand-in column (a stored key: "views", "impressions") as the reader's word."""
    words = {"views": translate("services.reach", "views"), "impressions": translate("services.reach", "impressions")}
    return words.get(column, column)


def _count(n: int) -> str:
    """A count inside a sentence: as today in English (no grouping), the language's digits otherwise."""
    if active_language() == "en":
        return str(n)
    from microcomm_desktop.domain.formatting import format_integer

    return format_integer(n, active_language())


def reach_standins(engine: Engine, workspace_id: int) -> Standins:
    try:
        return clean_standins(get_setting(engine, SETTING, workspace_id))
    except ReachSettingError:  # a hand-edited file: no stand-in rather than a wrong one
        return {}


def set_reach_standins(engine: Engine, workspace_id: int, standins: Mapping[str, Any]) -> Standins:
    """Store the workspace's stand-ins (validated); returns the previous mapping (for undo)."""
    cleaned = clean_standins(standins)
    before = reach_standins(engine, workspace_id)
    set_setting(engine, SETTING, cleaned, workspace_id)
    return before


def standins_from_conn(conn: Connection, workspace_id: int) -> Standins:
    """The same setting read inside a caller's connection (the scorecard's one read transaction)."""
    import json

    from sqlalchemy import text

    row = conn.execute(
        text(
            "SELECT value FROM setting WHERE key = :k AND (workspace_id = :ws OR workspace_id IS NULL) "
            "ORDER BY workspace_id IS NULL LIMIT 1"
        ),
        {"k": SETTING, "ws": workspace_id},
    ).first()
    try:
        return clean_standins(json.loads(row[0])) if row else {}
    except (ValueError, ReachSettingError):
        return {}


def reach_sql(post: Any, standins: Standins) -> tuple[Any, Any]:
    """(effective reach, 1 when a stand-in supplied it) as SQL expressions over the ``post`` table."""
    whens_value = []
    whens_used = []
    for platform, cols in sorted(standins.items()):
        for c in cols:
            cond = and_(post.c.platform == platform, post.c.reach == 0, post.c[c] > 0)
            whens_value.append((cond, post.c[c]))
            whens_used.append((cond, literal(1)))
    if not whens_value:
        return post.c.reach, literal(0)
    value = case((post.c.reach > 0, post.c.reach), *whens_value, else_=post.c.reach)
    used = case((post.c.reach > 0, literal(0)), *whens_used, else_=literal(0))
    return value, used


def describe(standins: Standins, platforms: Iterable[str] | None = None) -> str:
    """ "views for youtube; impressions for tiktok" — the words every stand-in label uses."""
    keep = set(platforms) if platforms is not None else None
    parts = [
        translate("services.reach", "{columns} for {platform}").format(
            columns=translate("services.reach", " else ").join(_column_word(c) for c in cols), platform=plat
        )
        for plat, cols in sorted(standins.items())
        if keep is None or plat in keep
    ]
    return "; ".join(parts)


def ratio_availability(
    engine: Engine, workspace_id: int, posts: Iterable[Mapping[str, Any]], er_definition: str | None = None
) -> list[str]:
    """Sentences for an import preview: which ratios will be n/a for which posts, and why; which posts will use
    a stand-in for reach. ``posts`` are dicts with platform, reach, views, impressions (missing = 0).

    Empty when every post has reach (nothing to say).
    """
    standins = reach_standins(engine, workspace_id)
    if er_definition is None:
        from microcomm_desktop.services.workspaces import get_workspace

        er_definition = get_workspace(engine, workspace_id).er_definition
    na: Counter[str] = Counter()
    used: Counter[tuple[str, str]] = Counter()
    total: Counter[str] = Counter()
    er_na: Counter[str] = Counter()
    for p in posts:
        plat = str(p.get("platform") or "other").lower()
        total[plat] += 1
        reach = int(p.get("reach") or 0)
        views, impressions = int(p.get("views") or 0), int(p.get("impressions") or 0)
        denom, name = effective_reach(reach, views, impressions, standins.get(plat, []))
        if name:
            used[(plat, name)] += 1
        elif not denom:
            na[plat] += 1
        if er_definition == "impressions" and not impressions:
            er_na[plat] += 1
    lines: list[str] = []
    for plat, n in sorted(na.items()):
        ratios = (
            translate("services.reach", "saves/1k and replies/1k")
            if er_definition == "impressions"
            else translate("services.reach", "ER, saves/1k and replies/1k")
        )
        # English keeps its "post(s)" (tests and users read it); the other languages put the count after a
        # noun phrase, so no plural form is needed.
        lines.append(
            translate(
                "services.reach",
                "{count} of {total} {platform} post(s) have no reach: {ratios} will be n/a for them. Choose what stands in for reach on {platform} (views or impressions) in Workspace settings.",  # noqa: E501
            ).format(count=_count(n), total=_count(total[plat]), platform=plat, ratios=ratios)
        )
    for (plat, name), n in sorted(used.items()):
        lines.append(
            translate(
                "services.reach",
                "{count} {platform} post(s) have no reach: their ratios will use {column} instead (labelled as such).",
            ).format(count=_count(n), platform=plat, column=_column_word(name))
        )
    for plat, n in sorted(er_na.items()):
        lines.append(
            translate(
                "services.reach",
                "{count} {platform} post(s) have no impressions: ER (by impressions) will be n/a for them.",
            ).format(count=_count(n), platform=plat)
        )
    return lines
