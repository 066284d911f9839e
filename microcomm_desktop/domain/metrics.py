"""Community metrics from docs/domain.md §4.

Every ratio returns ``None`` instead of raising or producing infinity, because the UI must show "n/a" for an
empty denominator (a post with no reach yet, a week with no engagers) rather than crash or mislead.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from microcomm_desktop.i18n import QT_TRANSLATE_NOOP, TranslatedLabels, active_language, translate

if TYPE_CHECKING:  # numpy (~0.1 s to import) is imported by the functions that compute with it: the window's
    # start reads BENCHMARKS from here before its first paint and needs none of it.
    import numpy as np
    import numpy.typing as npt

    IntArray = npt.NDArray[np.int64]

__all__ = [
    "BAND_LABELS",
    "BAND_UNITS",
    "BENCHMARKS",
    "HEALTH_TOPS",
    "Band",
    "BandPosition",
    "Depth",
    "DmDepth",
    "ErDefinition",
    "ReturningWindow",
    "band_position",
    "band_text",
    "concentration",
    "conversation_depth",
    "er_band_key",
    "is_poll_or_qa",
    "effective_reach",
    "dm_depth",
    "dm_depth_from_totals",
    "engagement_rate",
    "format_rate",
    "health_score",
    "per_1k",
    "post_engagements",
    "rate",
    "replies_per_1k",
    "returning_people",
    "returning_series",
    "saves_per_1k",
]

ErDefinition = Literal["reach", "impressions"]
BandPosition = Literal["below", "in", "above"]

Number = int | float

NA = "n/a"


# -------------------- basic rates


def rate(numerator: Number | None, denominator: Number | None) -> float | None:
    """Plain ratio; ``None`` when either side is unknown or the denominator is zero (shown as "n/a")."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator


def engagement_rate(
    engagements: Number | None,
    reach: Number | None,
    impressions: Number | None,
    definition: ErDefinition,
) -> float | None:
    """ER in percent; the workspace picks one denominator so figures stay comparable across posts."""
    if definition == "reach":
        denominator = reach
    elif definition == "impressions":
        denominator = impressions
    else:  # pragma: no cover - guarded by the Literal type, kept for callers passing raw settings strings
        raise ValueError(f"Unknown engagement-rate definition: {definition!r}")
    value = rate(engagements, denominator)
    return None if value is None else value * 100.0


def per_1k(count: Number | None, reach: Number | None) -> float | None:
    """Per-1,000-reach normalisation so small and large posts can be compared on one scale."""
    value = rate(count, reach)
    return None if value is None else value * 1000.0


def saves_per_1k(saves: Number | None, reach: Number | None) -> float | None:
    """Saves signal "useful enough to keep" — the community-post job, hence its own named benchmark."""
    return per_1k(saves, reach)


def replies_per_1k(replies: Number | None, reach: Number | None) -> float | None:
    """Replies (comments and replies to them) signal conversation — the core community-post signal."""
    return per_1k(replies, reach)


# Post columns that may stand in for reach when an export has none (YouTube: views; some exports: impressions).
REACH_STANDIN_FIELDS: tuple[str, ...] = ("views", "impressions")


def effective_reach(
    reach: int | None, views: int | None, impressions: int | None, standins: Sequence[str]
) -> tuple[int, str | None]:
    """(denominator, stand-in used or None): the post's reach, else the first chosen stand-in that is known.

    Why: a platform without reach (YouTube) would otherwise get n/a for every ratio. The workspace chooses the
    stand-ins per platform; the caller labels any figure built on one, so it is never mistaken for reach.
    """
    if reach:
        return int(reach), None
    values = {"views": views, "impressions": impressions}
    for name in standins:
        v = values.get(name)
        if v:
            return int(v), name
    return 0, None


def post_engagements(
    likes: int | None,
    comments: int | None,
    shares: int | None,
    saves: int | None,
    platform_total: int | None,
) -> int:
    """The platform's own total wins when known because it may count interactions we cannot itemise."""
    if platform_total is not None:
        return platform_total
    total = 0  # written out, not sum() over a generator: exports call this once per post (4x faster)
    for v in (likes, comments, shares, saves):
        if v is not None:
            total += v
    return total


def format_rate(value: float | None, decimals: int = 2, suffix: str = "") -> str:
    """One place decides how a missing figure reads, so every screen says "n/a" the same way."""
    if value is None:
        return NA
    text = f"{value:.{decimals}f}"
    if text.startswith("-") and float(text) == 0.0:
        text = text[1:]  # "-0.00" looks like a bug to users
    return f"{text}{suffix}"


# -------------------- benchmarks


@dataclass(frozen=True, slots=True)
class Band:
    """A directional benchmark band; the action is the advice shown when a figure falls below it."""

    low: float
    high: float
    action: str


# The one declaration of the benchmark bands (docs/domain.md §4): settings defaults, the help text, the colouring and
# the calibration all read this. Polls and Q and A draw more taps than feed posts ("higher on polls, Q and A"),
# so they get their own, higher ER band; 6–15 % is a directional default to calibrate from the creator's data.
BENCHMARKS: dict[str, Band] = {
    "er": Band(3.0, 8.0, "tighten hook, add a clear ask, narrow topic"),
    "er_poll_qa": Band(6.0, 15.0, "offer two or three concrete options, ask for a number or a choice, post the result"),
    "saves_per_1k": Band(10.0, 40.0, "turn advice into checklists, templates, step sequences"),
    "replies_per_1k": Band(5.0, 25.0, "ask for specifics, offer two answer options, respond fast"),
    "returning_share": Band(20.0, 40.0, "add rituals, highlight members, shared challenge"),
}


# How each band is named on screen (help text, settings, calibration) — keys as in BENCHMARKS.
# Read in the active language at lookup time; the keys are what settings store.
BAND_LABELS: Mapping[str, str] = TranslatedLabels(
    "domain.metrics",
    {
        "er": QT_TRANSLATE_NOOP("domain.metrics", "ER on feed posts"),
        "er_poll_qa": QT_TRANSLATE_NOOP("domain.metrics", "ER on polls and Q and A"),
        "saves_per_1k": QT_TRANSLATE_NOOP("domain.metrics", "saves per 1,000 reach"),
        "replies_per_1k": QT_TRANSLATE_NOOP("domain.metrics", "replies per 1,000 reach"),
        "returning_share": QT_TRANSLATE_NOOP("domain.metrics", "returning engagers (30 d), % of engaged"),
    },
)
BAND_UNITS: dict[str, str] = {
    "er": "%",
    "er_poll_qa": "%",
    "saves_per_1k": "",
    "replies_per_1k": "",
    "returning_share": "%",
}

# The Community Health Score normalises replies and saves per 1,000 reach to their band tops (docs/domain.md §4:
# "band tops 25 (replies) and 40 (saves)"): the tops are read from BENCHMARKS, never retyped.
HEALTH_TOPS: dict[str, float] = {key: BENCHMARKS[key].high for key in ("replies_per_1k", "saves_per_1k")}


def band_text(key: str, band: Band | None = None) -> str:
    """A band as the help text, settings and tooltips write it ("3% to 8%", "10 to 40")."""
    b = band if band is not None else BENCHMARKS[key]
    unit = BAND_UNITS.get(key, "")
    if active_language() == "en":
        return f"{b.low:g}{unit} to {b.high:g}{unit}"
    from babel.numbers import format_decimal  # as typed ("3", "12.5") with the language's decimal comma

    from microcomm_desktop.domain.formatting import _locale

    def edge(x: float) -> str:
        return str(format_decimal(x, format="#,##0.###", locale=_locale(active_language())))

    return translate("domain.metrics", "{low} to {high}").format(low=edge(b.low) + unit, high=edge(b.high) + unit)


# Words in a post's format that make it a poll or a Q and A (judged on the poll band). Matched as whole words.
POLL_QA_WORDS: tuple[str, ...] = ("poll", "polls", "quiz", "q&a", "q & a", "q and a", "qa", "ama", "ask me anything",
                                  "question box", "questions")  # fmt: skip


def is_poll_or_qa(post_format: str | None) -> bool:
    """Whether a post's format (free text: "Poll", "Sunday Q and A", "story quiz") names a poll or a Q and A."""
    text = f" {' '.join((post_format or '').lower().replace('/', ' ').replace('-', ' ').split())} "
    return any(f" {w} " in text for w in POLL_QA_WORDS)


def er_band_key(post_format: str | None) -> str:
    """The BENCHMARKS key a post's ER is judged on: the poll/Q and A band, or the feed band."""
    return "er_poll_qa" if is_poll_or_qa(post_format) else "er"


def band_position(value: float | None, band: Band) -> BandPosition | None:
    """Band edges count as inside, because the bands in docs/domain.md §4 read "3% to 8%" inclusively."""
    if value is None:
        return None
    if value < band.low:
        return "below"
    if value > band.high:
        return "above"
    return "in"


# -------------------- returning engagers


@dataclass(frozen=True, slots=True)
class ReturningWindow:
    """One trailing window of the returning-engagers series; share is percent, ``None`` if nobody engaged."""

    window_end: date
    engaged: int
    returning: int
    share: float | None


def _as_int_arrays(person_ids: npt.ArrayLike, day_ordinals: npt.ArrayLike) -> tuple[IntArray, IntArray]:
    import numpy as np

    persons = np.asarray(person_ids, dtype=np.int64).ravel()
    days = np.asarray(day_ordinals, dtype=np.int64).ravel()
    if persons.shape != days.shape:
        raise ValueError("person_ids and day_ordinals must have the same length")
    return persons, days


def _radix_sort_u32(keys: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """Two stable 16-bit passes: numpy radix-sorts 16-bit keys, ~30 % faster than its uint32 quicksort."""
    import numpy as np

    low_first = keys[np.argsort((keys & 0xFFFF).astype(np.uint16), kind="stable")]
    return low_first[np.argsort((low_first >> 16).astype(np.uint16), kind="stable")]


def _distinct_person_day_keys(persons: IntArray, days: IntArray) -> tuple[IntArray, IntArray, int, int]:
    """Distinct (person, day) pairs sorted by person then day, as (person_key, day_offset, day_min, p_min).

    Both parts are packed into one integer so a single value sort (no argsort, no lexsort) both orders and
    deduplicates — the sort is most of the cost at a million rows, and 32-bit keys radix-sort fastest.
    """
    import numpy as np

    if persons.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, 0, 0
    p_min, p_max = int(persons.min()), int(persons.max())
    d_min, d_max = int(days.min()), int(days.max())
    span = d_max - d_min + 1
    key_max = (p_max - p_min) * span + (span - 1)
    if key_max < 2**62:
        packed = (persons - p_min) * span + (days - d_min)
        key: npt.NDArray[np.integer[Any]] = (
            _radix_sort_u32(packed.astype(np.uint32)) if key_max < 2**32 else np.sort(packed)
        )
        keep = np.empty(key.size, dtype=bool)
        keep[0] = True
        np.not_equal(key[1:], key[:-1], out=keep[1:])
        person_key, day_off = np.divmod(key[keep], key.dtype.type(span))
        return person_key.astype(np.int64), day_off.astype(np.int64), d_min, p_min
    # Huge, sparse ids (e.g. hashes) overflow the packed key: slower but exact.
    order = np.lexsort((days, persons))
    p_sorted, d_sorted = persons[order], days[order]
    keep = np.empty(p_sorted.size, dtype=bool)
    keep[0] = True
    keep[1:] = (p_sorted[1:] != p_sorted[:-1]) | (d_sorted[1:] != d_sorted[:-1])
    return p_sorted[keep], d_sorted[keep] - d_min, d_min, 0


def _earlier_day_within(person_key: IntArray, day_off: IntArray, lag: int, window_days: int) -> IntArray:
    """1 where the person's distinct day ``lag`` steps earlier is fewer than ``window_days`` days back."""
    import numpy as np

    hit = np.zeros(day_off.size, dtype=np.int64)
    if day_off.size > lag:
        same = person_key[lag:] == person_key[:-lag]
        close = (day_off[lag:] - day_off[:-lag]) < window_days
        hit[lag:] = same & close
    return hit


def returning_series(
    person_ids: npt.ArrayLike,
    day_ordinals: npt.ArrayLike,
    window_ends: Sequence[date],
    window_days: int = 30,
) -> list[ReturningWindow]:
    """Engaged and returning people for each trailing window, in the order of ``window_ends``.

    Why the sweep is exact: inside any window a person's distinct days form a contiguous run of their sorted
    days. For a window holding n of them, the days, consecutive pairs and consecutive triples that fit inside
    number n, n-1 and n-2 (floored at 0), so

        engaged   = #days in window  - #pairs in window   (1 if n >= 1)
        returning = #pairs in window - #triples in window (1 if n >= 2)

    — the same as merging each person's intervals and counting distinct persons. A day d fits the windows
    ending in [d, d+W-1], a pair (d1, d2) those in [d2, d1+W-1], a triple (d1, _, d3) those in [d3, d1+W-1].
    Every interval starts at its own latest day and ends W-1 days after its earliest, so all of them become
    per-day weights on a difference array: one cumulative sum answers every window end at once.
    """
    import numpy as np

    if window_days < 1:
        raise ValueError("window_days must be at least 1")
    persons, days = _as_int_arrays(person_ids, day_ordinals)
    if not window_ends:
        return []
    ends = np.asarray([d.toordinal() for d in window_ends], dtype=np.int64)

    person_key, day_off, d_min, _ = _distinct_person_day_keys(persons, days)
    if day_off.size == 0:
        engaged = np.zeros(ends.size, dtype=np.int64)
        returning = np.zeros(ends.size, dtype=np.int64)
    else:
        # state = how many of the previous two distinct days are within reach (0, 1 or 2; 2 implies 1).
        # A day opens an "engaged" interval when state == 0 and a "returning" one when state == 1; looking
        # forward, it closes them at d + W when the next days' state is 0 / 1. Counting (day, state) pairs
        # with one integer bincount each way is the whole difference array.
        state = _earlier_day_within(person_key, day_off, 1, window_days)
        state += _earlier_day_within(person_key, day_off, 2, window_days)
        next_state = np.zeros_like(state)
        next_state[:-1] = state[1:] > 0
        next_state[:-2] += state[2:] == 2

        size = int(day_off.max()) + 1
        total = size + window_days
        opens = np.bincount(day_off * 3 + state, minlength=3 * size).reshape(size, 3)
        closes = np.bincount(day_off * 3 + next_state, minlength=3 * size).reshape(size, 3)

        engaged_diff = np.zeros(total, dtype=np.int64)
        engaged_diff[:size] += opens[:, 0]
        engaged_diff[window_days:] -= closes[:, 0]
        returning_diff = np.zeros(total, dtype=np.int64)
        returning_diff[:size] += opens[:, 1]
        returning_diff[window_days:] -= closes[:, 1]
        engaged_by_day = np.cumsum(engaged_diff)
        returning_by_day = np.cumsum(returning_diff)

        idx = ends - d_min
        inside = (idx >= 0) & (idx < total)
        idx = np.clip(idx, 0, total - 1)
        engaged = np.where(inside, engaged_by_day[idx], 0)
        returning = np.where(inside, returning_by_day[idx], 0)

    result: list[ReturningWindow] = []
    for end, n_engaged, n_returning in zip(window_ends, engaged.tolist(), returning.tolist(), strict=True):
        share = None if n_engaged == 0 else n_returning / n_engaged * 100.0
        result.append(ReturningWindow(end, int(n_engaged), int(n_returning), share))
    return result


def returning_people(
    person_ids: npt.ArrayLike,
    day_ordinals: npt.ArrayLike,
    window_end: date,
    window_days: int = 30,
) -> IntArray:
    """Sorted ids of the returning engagers of one window — for drill-down and the concentration warning."""
    import numpy as np

    if window_days < 1:
        raise ValueError("window_days must be at least 1")
    persons, days = _as_int_arrays(person_ids, day_ordinals)
    end = window_end.toordinal()
    inside = (days <= end) & (days > end - window_days)
    person_key, _, _, p_min = _distinct_person_day_keys(persons[inside], days[inside])
    if person_key.size < 2:
        return np.zeros(0, dtype=np.int64)
    repeat = person_key[1:] == person_key[:-1]  # sorted by person: a repeat means a second distinct day
    ids = person_key[1:][repeat]
    keep = np.ones(ids.size, dtype=bool)
    np.not_equal(ids[1:], ids[:-1], out=keep[1:])
    return ids[keep] + p_min


# -------------------- conversation depth


@dataclass(frozen=True, slots=True)
class Depth:
    """Thread statistics; deep threads show members talking to each other, not just to the creator."""

    threads: int
    messages: int
    mean_messages_per_thread: float | None
    deep_threads: int


DEEP_MIN_MESSAGES = 3
DEEP_MIN_PEOPLE = 2


def conversation_depth(messages: Sequence[tuple[int, int | None, int]]) -> Depth:
    """Group messages into threads by following parent links up to a root.

    A parent missing from the input (deleted comment, partial export) makes the message its own root rather
    than dropping it, so imperfect exports still count every message. Duplicate message ids keep their first
    occurrence; a parent cycle (corrupt data) is broken at the message where it is detected.
    """
    parent_of: dict[int, int | None] = {}
    person_of: dict[int, int] = {}
    for message_id, parent_id, person_id in messages:
        if message_id not in parent_of:
            parent_of[message_id] = parent_id
            person_of[message_id] = person_id

    root_of: dict[int, int] = {}
    for start in parent_of:
        chain: list[int] = []
        on_chain: set[int] = set()
        node = start
        while True:
            if node in root_of:
                root = root_of[node]
                break
            chain.append(node)
            on_chain.add(node)
            parent = parent_of[node]
            if parent is None or parent not in parent_of or parent in on_chain:
                root = node
                break
            node = parent
        for visited in chain:
            root_of[visited] = root

    sizes: dict[int, int] = {}
    people: dict[int, set[int]] = {}
    for message_id, root in root_of.items():
        sizes[root] = sizes.get(root, 0) + 1
        people.setdefault(root, set()).add(person_of[message_id])

    threads = len(sizes)
    total = len(root_of)
    deep = sum(1 for root, size in sizes.items() if size >= DEEP_MIN_MESSAGES and len(people[root]) >= DEEP_MIN_PEOPLE)
    return Depth(
        threads=threads,
        messages=total,
        mean_messages_per_thread=rate(total, threads),
        deep_threads=deep,
    )


@dataclass(frozen=True, slots=True)
class DmDepth:
    """DM back-and-forth: conversations a member started by DM, how long they ran, and how many got an answer.

    Measured from logged DMs, beside the DM reply rate a creator types in the week notes, so a typed figure can
    be checked against the log. ``answered_share`` is percent; both ratios are ``None`` with no DM threads.
    """

    threads: int
    messages: int
    messages_per_thread: float | None
    answered: int
    answered_share: float | None


def dm_depth(threads: Sequence[tuple[int, bool]]) -> DmDepth:
    """Summarise DM threads given as (messages in the thread, answered by someone other than its starter).

    A DM thread is a member's first DM plus the DMs (and replies) that answer it, as for comment threads
    (docs/domain.md §4). "Answered" means someone else wrote in it — in a DM that is the creator.
    """
    return dm_depth_from_totals(len(threads), sum(int(m) for m, _ in threads), sum(1 for _, a in threads if a))


def dm_depth_from_totals(threads: int, messages: int, answered: int) -> DmDepth:
    """The same figures from totals (how the scorecard sums them per day, then per week)."""
    share = rate(answered, threads)
    return DmDepth(threads, messages, rate(messages, threads), answered, None if share is None else share * 100.0)


# -------------------- health & concentration


def _normalised(value: float, top: float) -> float:
    return min(max(value, 0.0) / top * 100.0, 100.0)


def health_score(
    returning_share_pct: float | None,
    replies_per_1k: float | None,
    saves_per_1k: float | None,
    replies_top: float = HEALTH_TOPS["replies_per_1k"],
    saves_top: float = HEALTH_TOPS["saves_per_1k"],
) -> float | None:
    """Community Health Score (0–100), unrounded so callers round once at display.

    Inputs are clamped into range so a bad week of data (e.g. a share above 100 from an import glitch) cannot
    push the score outside the scale the dashboard draws.
    """
    if returning_share_pct is None or replies_per_1k is None or saves_per_1k is None:
        return None
    if replies_top <= 0 or saves_top <= 0:
        raise ValueError("Benchmark band tops must be positive")
    returning = min(max(returning_share_pct, 0.0), 100.0)
    return returning * 0.4 + _normalised(replies_per_1k, replies_top) * 0.3 + _normalised(saves_per_1k, saves_top) * 0.3


def concentration(counts_per_person: Sequence[int], top_n: int = 5) -> float | None:
    """Percent of all interactions made by the ``top_n`` most active people.

    Feeds the "same few people do all the talking" warning; percent to match the other shares on screen.
    """
    if top_n < 1:
        raise ValueError("top_n must be at least 1")
    if any(c < 0 for c in counts_per_person):
        raise ValueError("Interaction counts cannot be negative")
    total = sum(counts_per_person)
    if total == 0:
        return None
    top = sum(sorted(counts_per_person, reverse=True)[:top_n])
    return top / total * 100.0
