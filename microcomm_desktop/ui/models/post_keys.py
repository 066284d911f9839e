"""Sort keys and filter codes of the Posts table, as numpy arrays over the rows in the order they were loaded.

Why: at 200,000 posts a keyed Python sort of the tuples (0.1–0.7 s) and a Python ``filterAcceptsRow`` per row
(0.15–1 s) ran in the GUI thread on every header click and keystroke. Here each column's sort key is computed
once per load (in the worker pool for a large log, lazily for a small one) and kept as numbers or dense ranks,
so a sort is one stable ``argsort``; each filtered field is kept as a code per row plus its distinct values, so
a filter asks its question once per distinct value and picks the rows with one vectorised look-up; the free text
filter reads one lower-cased text per row, built once.

Exactness is the rule: ranks come from Python's own ordering of the same keys the model's columns declare, a
descending sort keeps ties in their previous order (as ``list.sort(reverse=True)`` does), and an edited row
updates its keys in place (a value new to a column gets a rank between its neighbours).
No Qt here: the keys are built in a worker thread.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from microcomm_desktop.services.posts import ROW_FIELDS

Row = tuple[Any, ...]
SortKey = Callable[[Row], Any]
IntArray = npt.NDArray[np.integer[Any]]  # int32 where it fits (ranks, codes, small counts): half the memory
BoolArray = npt.NDArray[np.bool_]

F = {name: i for i, name in enumerate(ROW_FIELDS)}
#: The columns the free-text filter reads, in the order it always joined them.
TEXT_KEYS = ("title", "format", "themes", "platform", "label", "notes", "link", "ritual")
#: The fields the other filters ask about (one code per row each).
CODED = ("local_date", "platform", "label", "themes", "ritual")


@dataclass
class Filters:
    """What the Posts filter row asks for (None/empty: that filter is off); the same meanings as ever."""

    date_from: str | None = None
    date_to: str | None = None
    platform: str | None = None
    label: str | None = None
    ritual: str | None = None  # None: any; "": no ritual; "*": any ritual; else the ritual label prefix
    theme: str | None = None  # None: any; "": no theme; "*": some theme; else a theme name
    text: str = ""  # lower-cased free text, looked for in the text columns

    def active(self) -> bool:
        return bool(self.date_from or self.date_to or self.platform or self.label or self.text) or (
            self.theme is not None or self.ritual is not None
        )

    def accepts(self, r: Row) -> bool:
        """One row, the way the table always decided it (the vectorised ``PostKeys.mask`` must agree)."""
        return all(self._value_ok(field, r[F[field]]) for field in CODED) and (not self.text or self.text in hay_of(r))

    def _value_ok(self, field: str, v: Any) -> bool:
        """Does one stored value of ``field`` pass? Asked once per distinct value by ``PostKeys.mask``."""
        if field == "local_date":
            d = str(v)
            return not ((self.date_from and d < self.date_from) or (self.date_to and d > self.date_to))
        if field == "platform":
            return not self.platform or v == self.platform
        if field == "label":
            return not self.label or v == self.label
        if field == "themes":
            themes = str(v or "")
            if self.theme is None:
                return True
            if self.theme == "":
                return not themes
            if self.theme == "*":
                return bool(themes)
            return self.theme in themes.split(", ")
        rit = v or ""
        if self.ritual is None:
            return True
        if self.ritual == "":
            return not rit
        if self.ritual == "*":
            return bool(rit)
        return str(rit).startswith(self.ritual)

    def field_on(self, field: str) -> bool:
        """Does this filter look at ``field`` at all (an off filter costs nothing)?"""
        return {
            "local_date": bool(self.date_from or self.date_to),
            "platform": bool(self.platform),
            "label": bool(self.label),
            "themes": self.theme is not None,
            "ritual": self.ritual is not None,
        }[field]


def hay_of(r: Row) -> str:
    """The lower-cased text the free-text filter looks in."""
    return " ".join(str(r[F[k]] or "") for k in TEXT_KEYS).lower()


#: Distinct keys sorted per call to ``sorted``: the worker holds the GIL through one C sort, and a 200,000-title
#: sort would stall the GUI thread for 0.1–0.2 s; pieces merged in Python let it in between.
_SORT_PIECE = 16_384


def _sorted_distinct(keys: list[Any]) -> list[Any]:
    distinct = list(set(keys))
    if len(distinct) <= _SORT_PIECE:
        return sorted(distinct)
    pieces = [sorted(distinct[i : i + _SORT_PIECE]) for i in range(0, len(distinct), _SORT_PIECE)]
    return list(heapq.merge(*pieces))


class _Ranked:
    """A column whose keys are not plain numbers: each row's rank among the sorted distinct keys."""

    def __init__(self, keys: list[Any]) -> None:
        self.distinct: list[Any] = _sorted_distinct(keys)
        rank = {k: i for i, k in enumerate(self.distinct)}
        self.values: IntArray = np.fromiter(map(rank.__getitem__, keys), np.int32, len(keys))

    def set(self, i: int, key: Any) -> None:
        at = bisect_left(self.distinct, key)
        if at == len(self.distinct) or self.distinct[at] != key:
            self.distinct.insert(at, key)
            self.values[self.values >= at] += 1  # the keys after it move up one rank: the order stays exact
        self.values[i] = at


class _Numeric:
    """A column whose keys are all ints (or all numbers with a float among them): the keys themselves."""

    def __init__(self, values: npt.NDArray[Any]) -> None:
        self.values = values

    def fits(self, key: Any) -> bool:
        if self.values.dtype.kind == "i":
            bounds = np.iinfo(self.values.dtype)
            return type(key) is int and int(bounds.min) < key < int(bounds.max)
        if type(key) is float:
            return key == key  # not NaN
        return type(key) is int and -(2**52) < key < 2**52

    def set(self, i: int, key: Any) -> None:
        self.values[i] = key


_SHIFT = 2**20  # a (text, small int) pair as one number: rank(text) * _SHIFT + the int


class _Pair:
    """A column of (text, int) keys (the date/time: ISO day, minute of the day) as one number per row, so the
    worker never sorts 200,000 tuples in one C call: only the distinct days are sorted."""

    def __init__(self, first: _Ranked, second: IntArray) -> None:
        self.first, self.second = first, second
        self.values: IntArray = first.values.astype(np.int64) * _SHIFT + second

    @staticmethod
    def fits(key: Any) -> bool:
        return (
            type(key) is tuple
            and len(key) == 2
            and type(key[0]) is str
            and type(key[1]) is int
            and 0 <= key[1] < _SHIFT
        )

    def set(self, i: int, key: Any) -> None:
        self.first.set(i, key[0])
        self.second[i] = key[1]
        self.values = self.first.values.astype(np.int64) * _SHIFT + self.second


def _sort_column(keys: list[Any]) -> _Ranked | _Numeric | _Pair:
    kinds = set(map(type, keys))
    if kinds == {tuple} and set(map(len, keys)) == {2}:
        firsts, seconds = [k[0] for k in keys], [k[1] for k in keys]
        if set(map(type, firsts)) == {str} and set(map(type, seconds)) == {int}:
            if 0 <= min(seconds) and max(seconds) < _SHIFT:
                return _Pair(_Ranked(firsts), np.fromiter(seconds, np.int64, len(keys)))
    if not keys or not kinds <= {int, float}:
        return _Ranked(keys)
    if kinds == {int} and -(2**62) < min(keys) and max(keys) < 2**62:
        small = -(2**31) < min(keys) and max(keys) < 2**31 - 1
        return _Numeric(np.fromiter(keys, np.int32 if small else np.int64, len(keys)))
    ints = [k for k in keys if type(k) is int] if int in kinds else []
    if not ints or (-(2**52) < min(ints) and max(ints) < 2**52):  # ints a float holds exactly
        values = np.fromiter(keys, np.float64, len(keys))
        if not np.isnan(values).any():  # NaN would not sort as Python sorts it
            return _Numeric(values)
    return _Ranked(keys)


class _Codes:
    """One filtered field: a code per row and the distinct values the codes stand for."""

    def __init__(self, values: Sequence[Any]) -> None:
        self.distinct: list[Any] = list(dict.fromkeys(values))  # in first-seen order
        self.index = {v: i for i, v in enumerate(self.distinct)}
        self.codes: IntArray = np.fromiter(map(self.index.__getitem__, values), np.int32, len(values))

    def set(self, i: int, value: Any) -> None:
        code = self.index.get(value)
        if code is None:
            code = self.index[value] = len(self.distinct)
            self.distinct.append(value)
        self.codes[i] = code


class PostKeys:
    """The keys of one loaded list of rows. ``rows`` is kept in load order (the model reorders its own list)."""

    def __init__(self, rows: Sequence[Row], sort_keys: Sequence[SortKey]) -> None:
        self.rows: list[Row] = list(rows)
        # The same rows as an object array: the model's rows in a new order are one fancy index (C), not a
        # 200,000-step Python loop.
        self.objects: npt.NDArray[np.object_] = np.fromiter(self.rows, dtype=object, count=len(self.rows))
        self.sort_keys = list(sort_keys)
        self._sort: dict[int, _Ranked | _Numeric | _Pair] = {}
        self._codes: dict[str, _Codes] = {}
        self._hay: list[str] | None = None
        self._last_text: tuple[str, BoolArray] | None = None
        self.complete = False  # every key built (``prepare``): no sort or filter computes one any more

    def __len__(self) -> int:
        return len(self.rows)

    def prepare(self) -> PostKeys:
        """Build every key now (the worker pool does this for a large log, so no click waits for one)."""
        for c in range(len(self.sort_keys)):
            self.sort_values(c)
        for field in CODED:
            self._coded(field)
        self._texts()
        self.complete = True
        return self

    def sort_values(self, column: int) -> npt.NDArray[Any]:
        """Each row's sort key for ``column`` as a number (the key itself, or its rank), in load order."""
        col = self._sort.get(column)
        if col is None:
            key = self.sort_keys[column]
            col = self._sort[column] = _sort_column([key(r) for r in self.rows])
        return col.values

    def preset(self, column: int, keys: list[Any]) -> None:
        """``column``'s keys computed by the caller in one pass with others (the same values its key gives)."""
        self._sort[column] = _sort_column(keys)

    def order(self, column: int, descending: bool, current: IntArray) -> IntArray:
        """``current`` (load positions in the order shown) sorted by ``column``; ties keep their order there."""
        keys = self.sort_values(column)[current]
        if descending:
            keys = -keys  # a stable sort of the negated keys: ties stay in order, as list.sort(reverse=True)
        return current[np.argsort(keys, kind="stable")]

    def _coded(self, field: str) -> _Codes:
        codes = self._codes.get(field)
        if codes is None:
            i = F[field]
            codes = self._codes[field] = _Codes([r[i] for r in self.rows])
        return codes

    def _texts(self) -> list[str]:
        """``hay_of`` every row, column by column (the joins and lower-casing in C)."""
        if self._hay is None:
            columns = [[str(r[i] or "") for r in self.rows] for i in (F[k] for k in TEXT_KEYS)]
            self._hay = list(map(str.lower, map(" ".join, zip(*columns, strict=True))))
        return self._hay

    def mask(self, filters: Filters) -> BoolArray:
        """Which rows (in load order) the filters let through: each coded field asks once per distinct value."""
        keep = np.ones(len(self.rows), dtype=bool)
        for field in CODED:
            if filters.field_on(field):
                coded = self._coded(field)
                passes = np.fromiter((filters._value_ok(field, v) for v in coded.distinct), bool, len(coded.distinct))
                keep &= passes[coded.codes]
        if filters.text:
            keep &= self._text_mask(filters.text, keep)
        return keep

    def _text_mask(self, text: str, among: BoolArray) -> BoolArray:
        """Rows whose text holds ``text``. Typing on ("ab" after "a") only looks again at the rows that may hold
        it: whatever holds "ab" holds "a", so a row known not to hold "a" is skipped."""
        hay = self._texts()
        possible = np.ones(len(hay), dtype=bool)
        if self._last_text is not None and self._last_text[0] in text:
            possible = self._last_text[1]
        candidates = among & possible
        found = np.zeros(len(hay), dtype=bool)
        where = np.flatnonzero(candidates)
        if len(where) == len(hay):
            found[:] = [text in h for h in hay]
        elif len(where):
            found[where] = [text in hay[i] for i in where.tolist()]
        # Known now inside ``among``; outside it (hidden by other filters) what was known before still holds.
        self._last_text = (text, np.where(among, found, possible))
        return found

    def update(self, i: int, row: Row) -> None:
        """Row ``i`` (load order) was edited: its keys follow, so the next sort and filter see the new values."""
        self.rows[i] = row
        self.objects[i] = row
        for c in list(self._sort):
            col, key = self._sort[c], self.sort_keys[c](row)
            if isinstance(col, _Numeric | _Pair) and not col.fits(key):
                del self._sort[c]  # a key the array cannot hold exactly: rebuilt on the next sort by it
                continue
            col.set(i, key)
        for field, codes in self._codes.items():
            codes.set(i, row[F[field]])
        if self._hay is not None:
            self._hay[i] = hay_of(row)
        self._last_text = None
