"""Content insights (issue #10): which themes, formats, rituals and prompt rungs bring people back.

Pure functions over plain numbers so the ranking, the minimum-count rule and the heat-map bins are tested
without a database, and the same code serves the GUI, the CLI and the benchmark.

Definitions (shown in the UI next to the figures):

* per post: replies/1k = comments / reach × 1000 and saves/1k = saves / reach × 1000; a post with no reach has
  no rate (it is left out of the median and mean, never counted as zero).
* per group: *median* and *mean* replies/1k over its posts' own rates (the median resists one viral post);
  saves/1k and ER are *pooled* (group totals over group reach), like the Dashboard, so big posts weigh more.
* a group with fewer posts than the minimum count (setting ``insights.min_posts``, default 3) is shown but
  marked "too few posts to judge" and ranked after every judged group, because a median of two posts is noise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import numpy.typing as npt

from microcomm_desktop.domain import metrics

__all__ = [
    "BLOCK_HOURS",
    "DIMENSIONS",
    "RUNGS",
    "TOO_FEW",
    "GroupStats",
    "HeatCell",
    "group_stats",
    "heat_bins",
    "heat_grid",
    "is_judged",
    "mean",
    "median",
    "normalise_theme",
    "rank_groups",
    "shortlist",
    "shortlist_score",
    "split_themes",
]

DIMENSIONS = ("theme", "format", "ritual", "rung")
RUNGS = ("identity", "constraints", "proof", "commitment")  # the prompt ladder, in ladder order
TOO_FEW = "too few posts to judge"
BLOCK_HOURS = 3
BLOCKS_PER_DAY = 24 // BLOCK_HOURS
THEME_MAX_LEN = 80

FloatArray = npt.NDArray[np.float64]

# -------------------------------------------------------------------------------- theme names

_THEME_SEP = re.compile(r"[,;#\n]+")


def normalise_theme(name: str) -> str:
    """One spelling per theme: trimmed, inner whitespace collapsed, no leading '#', lower case.

    Tags typed by hand and imported from a spreadsheet must land on the same row ("Hip  Mobility" and
    "#hip mobility" are one theme); lower case because platforms treat hashtags case-insensitively.
    """
    cleaned = " ".join(name.replace("#", " ").split()).lower()
    return cleaned[:THEME_MAX_LEN].strip()


def split_themes(cell: str) -> list[str]:
    """Theme names from one import cell: comma, semicolon, newline or '#' separated; normalised, deduplicated.

    ``"Hip mobility; #recovery,#gear"`` → ``["hip mobility", "recovery", "gear"]`` (first-seen order kept, so
    the importer's preview reads like the cell).
    """
    out: list[str] = []
    for part in _THEME_SEP.split(cell or ""):
        name = normalise_theme(part)
        if name and name not in out:
            out.append(name)
    return out


# -------------------------------------------------------------------------------- statistics


def median(values: Sequence[float | None]) -> float | None:
    """Median of the known values; ``None`` (n/a) when there is none."""
    known = [v for v in values if v is not None]
    if not known:
        return None
    return float(np.median(np.asarray(known, dtype=np.float64)))


def mean(values: Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    if not known:
        return None
    return float(sum(known) / len(known))


def is_judged(posts: int, min_posts: int) -> bool:
    """The minimum-count rule: below ``min_posts`` a group is shown but not ranked as evidence."""
    return posts >= max(1, int(min_posts))


@dataclass(frozen=True)
class GroupStats:
    """One row of the insights table (a theme, format, ritual or rung). Rates are ``None`` for n/a."""

    key: str
    posts: int
    reach: int
    replies: int
    saves: int
    engagements: int
    median_replies_per_1k: float | None
    mean_replies_per_1k: float | None
    median_saves_per_1k: float | None
    saves_per_1k: float | None  # pooled
    er: float | None  # pooled, percent, workspace definition
    returning_reached: int = 0
    judged: bool = True
    best_post_id: int | None = None  # the post with the highest replies/1k: evidence for the shortlist
    best_post_replies_per_1k: float | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def note(self) -> str:
        return "" if self.judged else TOO_FEW

    def as_dict(self) -> dict[str, object]:
        """JSON-friendly, rates rounded to 2 decimals (what the CLI prints and the GUI displays)."""

        def r(v: float | None) -> float | None:
            return None if v is None else round(v, 2)

        return {
            "key": self.key,
            "posts": self.posts,
            "median_replies_per_1k": r(self.median_replies_per_1k),
            "mean_replies_per_1k": r(self.mean_replies_per_1k),
            "saves_per_1k": r(self.saves_per_1k),
            "er": r(self.er),
            "returning_reached": self.returning_reached,
            "judged": self.judged,
            "note": self.note,
        }


def group_stats(
    key: str,
    reach: npt.ArrayLike,
    comments: npt.ArrayLike,
    saves: npt.ArrayLike,
    engagements: npt.ArrayLike,
    impressions: npt.ArrayLike,
    *,
    er_definition: metrics.ErDefinition = "reach",
    min_posts: int = 3,
    post_ids: npt.ArrayLike | None = None,
    returning_reached: int = 0,
) -> GroupStats:
    """Figures of one group from its posts' columns (one array element per post)."""
    r = np.asarray(reach, dtype=np.float64)
    c = np.asarray(comments, dtype=np.float64)
    s = np.asarray(saves, dtype=np.float64)
    e = np.asarray(engagements, dtype=np.float64)
    im = np.asarray(impressions, dtype=np.float64)
    n = int(r.size)
    has = r > 0
    rep = np.divide(c, r, out=np.zeros_like(c), where=has)[has] * 1000.0
    sav = np.divide(s, r, out=np.zeros_like(s), where=has)[has] * 1000.0
    tot_r, tot_c, tot_s, tot_e, tot_i = (int(x.sum()) for x in (r, c, s, e, im))
    best_id: int | None = None
    best_val: float | None = None
    if rep.size:
        j = int(np.argmax(rep))
        best_val = float(rep[j])
        if post_ids is not None:
            best_id = int(np.asarray(post_ids)[has][j])
    return GroupStats(
        key=key,
        posts=n,
        reach=tot_r,
        replies=tot_c,
        saves=tot_s,
        engagements=tot_e,
        median_replies_per_1k=float(np.median(rep)) if rep.size else None,
        mean_replies_per_1k=float(rep.mean()) if rep.size else None,
        median_saves_per_1k=float(np.median(sav)) if sav.size else None,
        saves_per_1k=metrics.saves_per_1k(tot_s, tot_r),
        er=metrics.engagement_rate(tot_e, tot_r, tot_i, er_definition),
        returning_reached=returning_reached,
        judged=is_judged(n, min_posts),
        best_post_id=best_id,
        best_post_replies_per_1k=best_val,
    )


SORT_KEYS = ("median_replies_per_1k", "mean_replies_per_1k", "saves_per_1k", "er", "returning_reached", "posts")


def rank_groups(groups: Sequence[GroupStats], by: str = "median_replies_per_1k") -> list[GroupStats]:
    """Judged groups first, best first by ``by``; n/a values sink; ties broken by more posts, then name.

    Unjudged groups (too few posts) follow in the same order, so they stay visible without outranking
    evidence.
    """
    if by not in SORT_KEYS:
        raise ValueError(f"rank by one of {', '.join(SORT_KEYS)}")

    def sort_key(g: GroupStats) -> tuple[int, int, float, int, str]:
        v = getattr(g, by)
        return (0 if g.judged else 1, 0 if v is not None else 1, -(float(v) if v is not None else 0.0), -g.posts, g.key)

    return sorted(groups, key=sort_key)


# -------------------------------------------------------------------------------- shortlist


def shortlist_score(
    g: GroupStats,
    replies_top: float = metrics.HEALTH_TOPS["replies_per_1k"],
    saves_top: float = metrics.HEALTH_TOPS["saves_per_1k"],
) -> float | None:
    """Replies and saves on one 0–100 scale, each normalised to its band top like the Health Score.

    Equal weights because the playbook asks for themes "proven by replies *and* saves": a theme strong on one
    only scores half.
    """
    if g.median_replies_per_1k is None or g.saves_per_1k is None:
        return None
    rep = min(max(g.median_replies_per_1k, 0.0) / replies_top * 100.0, 100.0)
    sav = min(max(g.saves_per_1k, 0.0) / saves_top * 100.0, 100.0)
    return 0.5 * rep + 0.5 * sav


def shortlist(
    groups: Sequence[GroupStats],
    top: int = 3,
    replies_top: float = metrics.HEALTH_TOPS["replies_per_1k"],
    saves_top: float = metrics.HEALTH_TOPS["saves_per_1k"],
) -> list[tuple[GroupStats, float]]:
    """The top judged groups by shortlist score (only groups with enough posts are evidence)."""
    scored = [(g, shortlist_score(g, replies_top, saves_top)) for g in groups if g.judged]
    ranked = sorted(((g, s) for g, s in scored if s is not None), key=lambda gs: (-gs[1], -gs[0].posts, gs[0].key))
    return ranked[: max(0, top)]


# -------------------------------------------------------------------------------- best times


def heat_bins(local_dates: Sequence[date], local_minutes: npt.ArrayLike) -> npt.NDArray[np.int64]:
    """Cell index (weekday × BLOCKS_PER_DAY + block) of each post, from its *local* date and minute.

    Local calendar positions are stored when a post is written (in the workspace's zone), so the same UTC
    instant lands in different cells for workspaces in different zones — which is the point: members answer
    on their local evening.
    """
    minutes = np.asarray(local_minutes, dtype=np.int64)
    weekdays = np.fromiter((d.weekday() for d in local_dates), dtype=np.int64, count=len(local_dates))
    blocks = np.clip(minutes, 0, 24 * 60 - 1) // (BLOCK_HOURS * 60)
    return weekdays * BLOCKS_PER_DAY + blocks


@dataclass(frozen=True)
class HeatCell:
    weekday: int  # 0 = Monday
    block: int  # 0 = 00:00–02:59, 1 = 03:00–05:59, …
    posts: int
    replies_per_1k: float | None  # pooled: replies / reach × 1000 of the cell's posts
    judged: bool

    @property
    def hours(self) -> str:
        start = self.block * BLOCK_HOURS
        return f"{start:02d}–{start + BLOCK_HOURS:02d}"


def heat_grid(
    cells: npt.ArrayLike, reach: npt.ArrayLike, comments: npt.ArrayLike, min_posts: int = 3
) -> list[list[HeatCell]]:
    """7 × BLOCKS_PER_DAY grid (rows = weekdays) of pooled replies/1k with post counts."""
    idx = np.asarray(cells, dtype=np.int64)
    n_cells = 7 * BLOCKS_PER_DAY
    posts = np.bincount(idx, minlength=n_cells)
    r = np.bincount(idx, weights=np.asarray(reach, dtype=np.float64), minlength=n_cells)
    c = np.bincount(idx, weights=np.asarray(comments, dtype=np.float64), minlength=n_cells)
    grid: list[list[HeatCell]] = []
    for wd in range(7):
        row: list[HeatCell] = []
        for b in range(BLOCKS_PER_DAY):
            k = wd * BLOCKS_PER_DAY + b
            n = int(posts[k])
            row.append(HeatCell(wd, b, n, metrics.replies_per_1k(float(c[k]), float(r[k])), is_judged(n, min_posts)))
        grid.append(row)
    return grid
