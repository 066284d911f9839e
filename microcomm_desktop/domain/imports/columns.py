"""Interaction rows converted a column at a time, for the bulk import (issue 20).

``convert_interaction_row`` builds a ``RowResult`` (a dataclass with two dicts) and walks the field list for
every row; on a million-row file that bookkeeping, not the parsing, was half of the import. Here each mapped
column is looked up once, repeated cells (handles, kinds, platforms: a few thousand distinct values in a
million rows) are converted once and reused, and an ISO timestamp goes straight to ``datetime.fromisoformat``.

Exactness rule: a row is only converted here when every cell takes a path whose result is the one
``convert_interaction_row`` gives. Anything else — a refusal, a blank row, a date without a year, a
formula guard, an id Excel rounded — is handed to ``convert_interaction_row`` itself, so every sentence of
the row-by-row report stays the one the per-row converter writes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import NamedTuple

from microcomm_desktop.domain.imports.parsing import parse_external_id
from microcomm_desktop.domain.imports.presets import INTERACTION_FIELDS, Preset
from microcomm_desktop.domain.imports.rows import (
    EARLIEST_YEAR,
    LATEST_AHEAD_DAYS,
    ConvertOptions,
    RowResult,
    _when,
    convert_interaction_row,
    handle_cell,
    normalise_kind,
    normalise_platform,
    unneutralise,
)

__all__ = ["HourClock", "InteractionColumns", "InteractionValues", "StagedRow", "convert_interaction_rows"]


class InteractionValues(NamedTuple):
    """An interaction row that converted cleanly: the values ``convert_interaction_row`` would have put in
    ``RowResult.values`` (``None`` where it would have left the key out or stored ``None``)."""

    line: int
    handle: str
    kind: str
    timestamp: datetime
    post: str
    external_id: str | None
    parent: str | None
    platform: str | None
    text: str | None


_REFUSED = object()  # a cached cell that the per-row converter refuses: the row goes to it for the sentence
_NO_HOUR = ("", "")  # not looked up yet (a typed sentinel: the hour cache's values are pairs or None)

# A clean row whose time was placed on the calendar from its text alone (``InteractionColumns.stage``):
# (line, handle, kind, stored UTC text, local date, post, external id, parent, platform, text). A plain tuple, not a
# NamedTuple: it is built once per row of a million-row file, and ``type(row) is tuple`` tells it apart.
StagedRow = tuple[int, str, str, str, str, str, str | None, str | None, str | None, str | None]

# The wall-clock hour (naive, inside the accepted date range) -> (the stored UTC text's first 13 characters,
# "YYYY-MM-DD HH", and the local date) when the zone's offset is a whole number of hours for that entire hour
# (so minutes and seconds carry over unchanged); None when the hour needs the zone conversion row by row.
HourClock = Callable[[datetime], "tuple[str, str] | None"]

# "YYYY-MM-DDTHH" or "YYYY-MM-DD HH" in ASCII digits: the first 13 characters of the ISO shapes the text path takes.
_HOUR_KEY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}\Z")
# What follows the hour in the two shapes, mapped to what follows the stored UTC hour: ":MM:SS" -> ":MM:SS.000000",
# ":MM" -> ":MM:00.000000", for the minutes and seconds fromisoformat accepts (00-59, ASCII digits only).
_TAILS = {f":{m:02d}:{s:02d}": f":{m:02d}:{s:02d}.000000" for m in range(60) for s in range(60)} | {
    f":{m:02d}": f":{m:02d}:00.000000" for m in range(60)
}


def _iso(text: str) -> datetime | None:
    """``parse_when``'s own ISO fast path (same whitespace folding, same test), or ``None`` to take the long way."""
    raw = " ".join(text.split())
    if len(raw) >= 16 and raw[4] == "-" and raw[10] in "T ":
        try:
            return datetime.fromisoformat(raw)
        except ValueError:
            return None
    return None


class InteractionColumns:
    """The column-wise converter for one file: the column positions and the caches of repeated cells live as
    long as the import, so a file converted chunk by chunk (for the progress bar) converts each distinct
    handle, kind and platform once."""

    def __init__(self, mapping: dict[str, int | None], preset: Preset, opts: ConvertOptions) -> None:
        self.mapping, self.preset, self.opts = mapping, preset, opts
        self._idx = {spec.key: mapping.get(spec.key) for spec in INTERACTION_FIELDS}
        self._handles: dict[str, object] = {}
        self._kinds: dict[str, object] = {}
        self._platforms: dict[str, str | None] = {}
        self._hours: dict[str, tuple[str, str] | None] = {}  # the text path's hour key -> HourClock answer
        self._earliest = datetime(EARLIEST_YEAR, 1, 1)
        self._after_last = datetime.combine(opts.today + timedelta(days=LATEST_AHEAD_DAYS + 1), datetime.min.time())

    def convert(self, rows: Sequence[list[str]], lines: Sequence[int]) -> list[InteractionValues | RowResult]:
        """Each row as ``InteractionValues`` when it converts cleanly, else the per-row converter's
        ``RowResult`` (skipped, refused, or clean but needing its year note) — the same outcome, row for row,
        as calling ``convert_interaction_row`` on each."""
        return self._run(rows, lines, None)  # type: ignore[return-value]

    def stage(
        self, rows: Sequence[list[str]], lines: Sequence[int], clock: HourClock
    ) -> list[StagedRow | InteractionValues | RowResult]:
        """``convert``, except that a clean row whose time is written "YYYY-MM-DD[T ]HH:MM[:SS]" (the shape of
        nearly every export) in an hour ``clock`` can place comes back as a ``StagedRow`` holding the stored
        UTC text and local date, built from the cell's text: the hour's two strings are looked up once and the
        minutes and seconds are copied, with no ``datetime`` per row.

        Exactness: the text path only takes a cell ``datetime.fromisoformat`` reads as exactly those fields
        (ASCII digits, minutes and seconds 00-59, a valid calendar hour, nothing else in the cell) and an hour
        inside the accepted range (whose bounds are midnights, so the whole hour is in or out); ``clock`` only
        answers for hours whose offset is whole hours and does not change inside them. Every other row is
        what ``convert`` gives. One clock per converter: its answers are cached per hour for the whole file."""
        return self._run(rows, lines, clock)

    def _hour(self, key: str, clock: HourClock) -> tuple[str, str] | None:
        if _HOUR_KEY.match(key) is None:
            return None
        try:
            hour = datetime(int(key[0:4]), int(key[5:7]), int(key[8:10]), int(key[11:13]))
        except ValueError:
            return None
        if not self._earliest <= hour < self._after_last:
            return None  # the long way words the refusal
        return clock(hour)

    def _run(
        self, rows: Sequence[list[str]], lines: Sequence[int], clock: HourClock | None
    ) -> list[StagedRow | InteractionValues | RowResult]:
        mapping, preset, opts, idx = self.mapping, self.preset, self.opts, self._idx
        i_handle, i_kind, i_when, i_post = idx["handle"], idx["kind"], idx["timestamp"], idx["post"]
        if i_handle is None or i_kind is None or i_when is None or i_post is None:
            return [convert_interaction_row(r, ln, mapping, preset, opts) for r, ln in zip(rows, lines, strict=True)]
        i_ext, i_parent, i_platform, i_text = idx["external_id"], idx["parent"], idx["platform"], idx["text"]
        # Every cell a row needs must exist; a short row goes to the per-row converter (which reports it).
        width = 1 + max(
            i for i in (i_handle, i_kind, i_when, i_post, i_ext, i_parent, i_platform, i_text) if i is not None
        )
        order = opts.date_order or preset.date_order
        earliest, after_last = self._earliest, self._after_last
        handles, kinds, platforms, hours = self._handles, self._kinds, self._platforms, self._hours
        tails = _TAILS
        out: list[StagedRow | InteractionValues | RowResult] = []
        append = out.append
        for row, line in zip(rows, lines, strict=True):
            if len(row) < width:
                append(convert_interaction_row(row, line, mapping, preset, opts))
                continue
            cell = row[i_handle]
            handle = handles.get(cell)
            if handle is None:
                try:
                    handle = handles[cell] = handle_cell(cell)
                except ValueError:
                    handle = handles[cell] = _REFUSED
            cell = row[i_kind]
            kind = kinds.get(cell)
            if kind is None:
                kind = kinds[cell] = normalise_kind(cell) or _REFUSED
            post = row[i_post].strip()
            cell = row[i_when]
            stored: str | None = None
            local_day = ""
            when: datetime | None = None
            if clock is not None:
                tail = tails.get(cell[13:])  # ":MM:SS" or ":MM" after a 13-character hour, nothing else
                if tail is not None:
                    key = cell[:13]
                    got = hours.get(key, _NO_HOUR)
                    if got is _NO_HOUR:
                        got = hours[key] = self._hour(key, clock)
                    if got is not None:
                        utc_hour, local_day = got
                        stored = utc_hour + tail
            if stored is None:
                when = _iso(cell)
                if when is None:
                    try:  # the per-row converter's own date reading, for the formats the ISO test does not take
                        when, missing, _source = _when(cell, order, opts, line)
                    except ValueError:
                        when, missing = None, True
                    if missing:  # refused, or a yearless date (the year note needs the RowResult)
                        when = None
                elif when.tzinfo is None:
                    if not earliest <= when < after_last:
                        when = None  # out of range: the per-row converter words the refusal
                elif not date(EARLIEST_YEAR, 1, 1) <= when.date() < after_last.date():
                    when = None
                if when is None:
                    append(convert_interaction_row(row, line, mapping, preset, opts))
                    continue
            if handle is _REFUSED or kind is _REFUSED or not post:
                append(convert_interaction_row(row, line, mapping, preset, opts))
                continue
            try:
                ext = None if i_ext is None else parse_external_id(row[i_ext])
                parent = None if i_parent is None else parse_external_id(row[i_parent])
            except ValueError:
                append(convert_interaction_row(row, line, mapping, preset, opts))
                continue
            platform = None
            if i_platform is not None:
                cell = row[i_platform]
                if cell in platforms:
                    platform = platforms[cell]
                else:
                    platform = platforms[cell] = normalise_platform(cell) if cell.strip() else None
            text = None
            if i_text is not None:
                cell = row[i_text]
                text = unneutralise(cell.strip()).strip()[:20000] if cell else ""
            if stored is not None:
                append((line, handle, kind, stored, local_day, post, ext, parent, platform, text))  # type: ignore[arg-type]
            else:
                assert when is not None
                append(InteractionValues(line, str(handle), str(kind), when, post, ext, parent, platform, text))
        return out


def convert_interaction_rows(
    rows: Sequence[list[str]],
    lines: Sequence[int],
    mapping: dict[str, int | None],
    preset: Preset,
    opts: ConvertOptions,
) -> list[InteractionValues | RowResult]:
    """``InteractionColumns.convert`` for a whole file at once."""
    return InteractionColumns(mapping, preset, opts).convert(rows, lines)
