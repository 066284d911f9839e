"""The column-wise interaction converter gives, row for row, what the per-row converter gives (issue 20).

Every row either converts to the very values ``convert_interaction_row`` stores or is handed to it, so the
refusal sentences, skips and year notes of the import report cannot drift apart from the per-row path.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from microcomm_desktop.domain.imports import ConvertOptions
from microcomm_desktop.domain.imports.columns import InteractionColumns, InteractionValues, convert_interaction_rows
from microcomm_desktop.domain.imports.presets import PRESETS
from microcomm_desktop.domain.imports.rows import RowResult, convert_interaction_row

TODAY = date(2026, 11, 25)
HEADER = ["handle", "kind", "timestamp", "post", "id", "parent", "platform", "text"]
FULL = {
    "handle": 0,
    "kind": 1,
    "timestamp": 2,
    "post": 3,
    "external_id": 4,
    "parent": 5,
    "platform": 6,
    "text": 7,
}

HANDLES = ["@fan1", "Fan1", " @Fan2 ", "", "   ", "@", "'=cmd", "=cmd", "'@x", "x" * 200]
KINDS = ["like", "Likes", "COMMENT", "story reply", "story_reply", "direct message", "dm", "", "poke", " reply "]
WHENS = [
    "2026-11-01T10:00:00",
    "2026-11-01 10:00",
    "2026-11-01  10:00",
    " 2026-11-01T10:00:00 ",
    "2026-03-29T02:30:00",
    "2026-11-01T10:00:00+02:00",
    "2026-11-01T10:00:00Z",
    "2026-11-01T10:00:00.123456",
    "2026-02-30T10:00:00",
    "1969-12-31T23:59:59",
    "1970-01-01T00:00:00",
    "2028-11-25T23:59:59",
    "2028-11-26T00:00:00",
    "9999-12-31T00:00:00",
    "2026-11-01",
    "Sep 27, 2024",
    "Sep 27",
    "27/09/2024 14:30",
    "03/04/2026",
    "13/04/2026",
    "2024年9月27日",
    "45123",
    "yesterday",
    "",
    "2026-W44-1T10:00",
]
POSTS = ["p1", " p1 ", "https://x.test/p/1/", "", "  "]
IDS = ["c1", "", "1.22158E+17", "123.0", "'c2'", " c3 ", "x" * 80]
PLATFORMS = ["", "IG", "instagram", "Twitter", "  ", "Some Platform Name That Is Long Enough To Be Cut"]
TEXTS = ["", "hello", "  spaced  ", "'=SUM(A1)", "=SUM(A1)", "x" * 20010]


def _cells() -> st.SearchStrategy[list[str]]:
    return st.tuples(
        st.sampled_from(HANDLES),
        st.sampled_from(KINDS),
        st.sampled_from(WHENS),
        st.sampled_from(POSTS),
        st.sampled_from(IDS),
        st.sampled_from(IDS),
        st.sampled_from(PLATFORMS),
        st.sampled_from(TEXTS),
    ).map(list)


def _as_values(v: InteractionValues, mapping: dict[str, int | None]) -> dict[str, object]:
    """The ``RowResult.values`` the per-row converter builds for a clean row."""
    out: dict[str, object] = {"handle": v.handle, "kind": v.kind, "timestamp": v.timestamp, "post": v.post}
    if mapping.get("external_id") is not None:
        out["external_id"] = v.external_id
    if mapping.get("parent") is not None:
        out["parent"] = v.parent
    if v.platform is not None:
        out["platform"] = v.platform
    if mapping.get("text") is not None:
        out["text"] = v.text
    return out


def _check(rows: list[list[str]], mapping: dict[str, int | None], opts: ConvertOptions) -> None:
    preset = PRESETS["interactions"]
    lines = list(range(2, 2 + len(rows)))
    fast = convert_interaction_rows(rows, lines, mapping, preset, opts)
    assert len(fast) == len(rows)
    for row, line, got in zip(rows, lines, fast, strict=True):
        want = convert_interaction_row(row, line, mapping, preset, opts)
        if isinstance(got, InteractionValues):
            assert want.ok and not want.year_missing and not want.warnings, (row, want)
            assert got.line == line
            keys = [k for k in want.values if k in FULL]
            assert {k: want.values[k] for k in keys} == _as_values(got, mapping), row
            assert set(want.values) <= set(_as_values(got, mapping)) | {"text"}, row
        else:
            assert isinstance(got, RowResult)
            assert got == want, row


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(_cells(), min_size=1, max_size=30), drop=st.sets(st.sampled_from(sorted(FULL))))
def test_same_outcome_as_the_per_row_converter(rows: list[list[str]], drop: set[str]) -> None:
    mapping: dict[str, int | None] = {k: (None if k in drop else i) for k, i in FULL.items()}
    _check(rows, mapping, ConvertOptions(today=TODAY))


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(_cells(), min_size=1, max_size=20), order=st.sampled_from(["dmy", "mdy"]))
def test_same_outcome_with_a_decided_or_unresolved_date_order(rows: list[list[str]], order: str) -> None:
    for opts in (
        ConvertOptions(today=TODAY, column_date_order=order),  # type: ignore[arg-type]
        ConvertOptions(today=TODAY, date_order=order),  # type: ignore[arg-type]
        ConvertOptions(today=TODAY, date_order_unresolved=True),
        ConvertOptions(today=TODAY, year=2024),
    ):
        _check(rows, FULL, opts)


def test_short_rows_and_blank_rows_go_to_the_per_row_converter() -> None:
    rows = [["@a", "like"], ["", "", "", ""], ["@a", "like", "2026-11-01T10:00:00", "p1"]]
    _check(rows, FULL, ConvertOptions(today=TODAY))
    got = convert_interaction_rows(rows, [2, 3, 4], FULL, PRESETS["interactions"], ConvertOptions(today=TODAY))
    assert isinstance(got[0], RowResult) and "Timestamp" in got[0].reason()
    assert isinstance(got[1], RowResult) and got[1].skip_reason == "empty row"
    assert isinstance(got[2], RowResult)  # the id column (4) and later ones are missing: per-row path


def test_clean_rows_take_the_column_path_and_repeated_cells_are_converted_once() -> None:
    conv = InteractionColumns(FULL, PRESETS["interactions"], ConvertOptions(today=TODAY))
    row = ["@Fan1", "Likes", "2026-11-01T10:00:00", "p1", "c1", "", "IG", "hi"]
    first = conv.convert([row], [2])[0]
    assert first == InteractionValues(2, "fan1", "like", first.timestamp, "p1", "c1", None, "instagram", "hi")  # type: ignore[union-attr]
    # The caches persist between chunks: one distinct handle, kind and platform seen so far.
    conv.convert([row, row], [3, 4])
    assert list(conv._handles) == ["@Fan1"] and list(conv._kinds) == ["Likes"] and list(conv._platforms) == ["IG"]


# The text path (``InteractionColumns.stage``): ISO cells of the shapes it takes, and near misses it must leave alone.
STAGE_WHENS = [
    *WHENS,
    "2026-11-01T23:59:59",
    "2026-11-01 00:00:00",
    "2026-11-01T10:60:00",
    "2026-11-01T10:00:60",
    "2026-11-01T24:00:00",
    "2026-11-01T10:5:00",
    "2026-11-01T10-00-00",
    "2026-11-01t10:00:00",
    "2026-11-01T1٠:00:00",  # an Arabic-Indic digit: int() reads it, fromisoformat does not
    "2026-11-01T10:0٠",
    "2026-02-29T10:00",
    "2024-02-29T10:00",
    "1970-01-01T00:00",
    "2028-11-25T23:59",
    "2028-11-26T00:00",
    "2026-11-01T10:00:00 ",
    "2026-11-01_10:00:00",
]


def _fixed_clock(hours: int, refused_hour: int = 3):  # type: ignore[no-untyped-def]
    """A zone at UTC+``hours`` whose ``refused_hour`` o'clock needs the long way (as a DST hour would)."""

    def clock(hour: datetime) -> tuple[str, str] | None:
        if hour.hour == refused_hour:
            return None
        return (hour - timedelta(hours=hours)).isoformat(" ")[:13], hour.date().isoformat()

    return clock


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(_cells(), min_size=1, max_size=30).flatmap(
        lambda rows: st.lists(st.sampled_from(STAGE_WHENS), min_size=len(rows), max_size=len(rows)).map(
            lambda whens: [[*r[:2], w, *r[3:]] for r, w in zip(rows, whens, strict=True)]
        )
    ),
    drop=st.sets(st.sampled_from(sorted(set(FULL) - {"timestamp"}))),
    offset=st.sampled_from([-5, 0, 2]),
)
def test_the_text_path_stores_what_the_datetime_path_stores(rows: list[list[str]], drop: set[str], offset: int) -> None:
    """Row for row, ``stage`` gives what ``convert`` gives; where it placed the time from the text, the stored UTC
    text and local date are the ones the datetime path's conversion makes of ``convert``'s timestamp."""
    mapping: dict[str, int | None] = {k: (None if k in drop else i) for k, i in FULL.items()}
    opts = ConvertOptions(today=TODAY)
    lines = list(range(2, 2 + len(rows)))
    staged = InteractionColumns(mapping, PRESETS["interactions"], opts).stage(rows, lines, _fixed_clock(offset))
    plain = InteractionColumns(mapping, PRESETS["interactions"], opts).convert(rows, lines)
    for row, got, want in zip(rows, staged, plain, strict=True):
        if type(got) is tuple:
            assert isinstance(want, InteractionValues), row
            line, handle, kind, stored, local_date, post, ext, parent, platform, text = got
            assert (line, handle, kind, post, ext, parent, platform, text) == (
                want.line,
                want.handle,
                want.kind,
                want.post,
                want.external_id,
                want.parent,
                want.platform,
                want.text,
            ), row
            assert want.timestamp.tzinfo is None and want.timestamp.hour != 3, row
            assert stored == (want.timestamp - timedelta(hours=offset)).isoformat(" ", "microseconds"), row
            assert local_date == want.timestamp.date().isoformat(), row
        else:
            assert got == want, row


def test_the_text_path_takes_the_common_shapes() -> None:
    conv = InteractionColumns(FULL, PRESETS["interactions"], ConvertOptions(today=TODAY))
    rows = [
        ["@a", "like", "2026-11-01T10:07:09", "p1", "", "", "", ""],
        ["@a", "like", "2026-11-01 23:59", "p1", "", "", "", ""],
        ["@a", "like", "2026-11-01T03:00:00", "p1", "", "", "", ""],  # the clock refuses 3 o'clock
        ["@a", "like", "2026-11-01T10:07:09.5", "p1", "", "", "", ""],
    ]
    got = conv.stage(rows, [2, 3, 4, 5], _fixed_clock(2))
    assert got[0] == (2, "a", "like", "2026-11-01 08:07:09.000000", "2026-11-01", "p1", None, None, None, "")
    assert got[1] == (3, "a", "like", "2026-11-01 21:59:00.000000", "2026-11-01", "p1", None, None, None, "")
    assert isinstance(got[2], InteractionValues) and isinstance(got[3], InteractionValues)
