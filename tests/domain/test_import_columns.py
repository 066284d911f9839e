"""The column-wise interaction converter gives, row for row, what the per-row converter gives (issue 20).

Every row either converts to the very values ``convert_interaction_row`` stores or is handed to it, so the
refusal sentences, skips and year notes of the import report cannot drift apart from the per-row path.
"""

from __future__ import annotations

from datetime import date

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
