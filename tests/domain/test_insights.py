"""Content insights maths on hand-built numbers: medians, pooled rates, ranking, minimum count, heat bins."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from microcomm_desktop.domain import insights as di


def test_split_themes_separators_normalisation_and_order() -> None:
    assert di.split_themes("Hip mobility; #recovery,#gear") == ["hip mobility", "recovery", "gear"]
    assert di.split_themes("  Race   Prep ,race prep;;") == ["race prep"]
    assert di.split_themes("#a#b #c") == ["a", "b", "c"]
    assert di.split_themes("") == []
    assert di.split_themes(" , ; # ") == []


@given(st.text(max_size=60))
def test_split_themes_never_returns_blank_or_duplicates(cell: str) -> None:
    names = di.split_themes(cell)
    assert all(n and n == di.normalise_theme(n) for n in names)
    assert len(names) == len(set(names))


def test_median_and_mean_ignore_unknown() -> None:
    assert di.median([3.0, None, 1.0, 2.0]) == 2.0
    assert di.median([1.0, 2.0, 3.0, 10.0]) == 2.5
    assert di.mean([1.0, None, 2.0]) == 1.5
    assert di.median([None]) is None and di.mean([]) is None


def test_group_stats_hand_built() -> None:
    # three posts: replies/1k 10, 20, 60 → median 20, mean 30; a no-reach post is left out of both
    g = di.group_stats(
        "race prep",
        reach=[1000, 500, 500, 0],
        comments=[10, 10, 30, 4],
        saves=[20, 5, 5, 0],
        engagements=[100, 50, 50, 4],
        impressions=[2000, 1000, 1000, 0],
        min_posts=3,
        post_ids=[1, 2, 3, 4],
    )
    assert g.posts == 4
    assert g.median_replies_per_1k == pytest.approx(20.0)
    assert g.mean_replies_per_1k == pytest.approx(30.0)
    assert g.saves_per_1k == pytest.approx(30 / 2000 * 1000)  # pooled: 15.0
    assert g.er == pytest.approx(204 / 2000 * 100)
    assert g.best_post_id == 3 and g.best_post_replies_per_1k == pytest.approx(60.0)
    assert g.judged and g.note == ""
    assert g.as_dict()["saves_per_1k"] == 15.0


def test_group_without_reach_is_na_not_an_error() -> None:
    g = di.group_stats("x", [0, 0], [3, 1], [1, 1], [5, 5], [0, 0])
    assert g.median_replies_per_1k is None and g.mean_replies_per_1k is None
    assert g.saves_per_1k is None and g.er is None


def test_minimum_count_rule_and_ranking() -> None:
    def g(key: str, n: int, med: float | None) -> di.GroupStats:
        return di.GroupStats(key, n, 0, 0, 0, 0, med, med, med, med, None, judged=di.is_judged(n, 3))

    rows = [g("two posts", 2, 99.0), g("b", 5, 10.0), g("a", 3, 10.0), g("c", 4, 30.0), g("na", 6, None)]
    ranked = di.rank_groups(rows)
    assert [r.key for r in ranked] == ["c", "b", "a", "na", "two posts"]  # tie: more posts first
    assert ranked[-1].note == di.TOO_FEW
    assert di.is_judged(3, 3) and not di.is_judged(2, 3)
    assert di.is_judged(1, 0)  # a setting of 0 still needs one post
    with pytest.raises(ValueError):
        di.rank_groups(rows, "nonsense")


def test_shortlist_uses_both_replies_and_saves_and_skips_unjudged() -> None:
    def g(key: str, rep: float, sav: float, n: int = 5) -> di.GroupStats:
        return di.GroupStats(key, n, 0, 0, 0, 0, rep, rep, sav, sav, None, judged=n >= 3)

    rows = [g("replies only", 25, 0), g("balanced", 20, 32), g("saves only", 0, 40), g("tiny", 50, 80, n=2)]
    top = di.shortlist(rows, top=2)
    assert [x[0].key for x in top] == ["balanced", "replies only"]
    assert top[0][1] == pytest.approx(0.5 * 80 + 0.5 * 80)


def test_heat_bins_use_local_positions_across_time_zones() -> None:
    """One UTC instant lands in different weekday × block cells for workspaces in different zones."""
    instant = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)  # Tuesday 23:30 UTC
    cells = []
    for zone in ("UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo"):
        loc = instant.astimezone(ZoneInfo(zone))
        cells.append(int(di.heat_bins([loc.date()], [loc.hour * 60 + loc.minute])[0]))
    per_day = di.BLOCKS_PER_DAY
    assert cells == [
        1 * per_day + 7,  # Tue 21–24
        2 * per_day + 0,  # Wed 00:30 in Berlin
        1 * per_day + 6,  # Tue 18:30 in New York
        2 * per_day + 2,  # Wed 08:30 in Tokyo
    ]
    # Block edges: 02:59 is block 0, 03:00 block 1, 23:59 the last block.
    edges = di.heat_bins([date(2026, 11, 23)] * 3, [179, 180, 1439])
    assert edges.tolist() == [0, 1, 7]


def test_heat_grid_pools_and_counts() -> None:
    cells = [0, 0, 0, 9]
    grid = di.heat_grid(cells, reach=[1000, 1000, 2000, 500], comments=[10, 20, 10, 5], min_posts=3)
    assert len(grid) == 7 and len(grid[0]) == di.BLOCKS_PER_DAY
    mon0 = grid[0][0]
    assert mon0.posts == 3 and mon0.replies_per_1k == pytest.approx(10.0) and mon0.judged
    tue1 = grid[1][1]
    assert tue1.posts == 1 and tue1.replies_per_1k == pytest.approx(10.0) and not tue1.judged
    assert grid[6][7].posts == 0 and grid[6][7].replies_per_1k is None
    assert grid[1][1].hours == "03–06"
