"""Validators used by forms and by the CSV importer (Excel-mangled numbers in particular)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from microcomm_desktop.domain.limits import MAX_COUNT
from microcomm_desktop.domain.validation import (
    non_negative_int,
    parse_int_loose,
    reach_vs_impressions,
    required,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15,000", 15_000),
        ("1.2K", 1_200),
        ("1.2k", 1_200),
        ("3M", 3_000_000),
        ("2.5m", 2_500_000),
        ("1B", 1_000_000_000),
        (" 42 ", 42),
        ("0", 0),
        ("42.0", 42),
        ("1,234,567", 1_234_567),
        ("15 000", 15_000),
        ("15\u00a0000", 15_000),
        ("-7", -7),
        ("+7", 7),
        ("1,500K", 1_500_000),
    ],
)
def test_parse_int_loose_accepts(text: str, expected: int) -> None:
    assert parse_int_loose(text) == expected


@pytest.mark.parametrize("text", ["1.22158E+17", "1.22158e+17", "3E5", "1e-3", " 1.2E+04 "])
def test_parse_int_loose_rejects_scientific_notation_specifically(text: str) -> None:
    with pytest.raises(ValueError, match="scientific notation"):
        parse_int_loose(text)


@pytest.mark.parametrize("text", ["", "  ", "abc", "12abc", "1.5", "1.2345K", "1,2", "12,34,567", "K", "1.234"])
def test_parse_int_loose_rejects_other_garbage(text: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_int_loose(text)
    assert "scientific" not in str(info.value)


@given(st.integers(min_value=-MAX_COUNT, max_value=MAX_COUNT))
def test_parse_int_loose_round_trips_grouped_and_plain(value: int) -> None:
    assert parse_int_loose(str(value)) == value
    assert parse_int_loose(f"{value:,}") == value


@given(st.integers(min_value=MAX_COUNT + 1, max_value=10**30))
def test_parse_int_loose_refuses_counts_beyond_the_limit_with_the_range(value: int) -> None:
    with pytest.raises(ValueError, match="allowed range is 0 to 999,999,999,999"):
        parse_int_loose(f"{value:,}")


@given(st.text(max_size=20))
def test_parse_int_loose_only_raises_value_error(text: str) -> None:
    try:
        parse_int_loose(text)
    except ValueError:
        pass


def test_required() -> None:
    assert required("Tuesday teardown", "Name") is None
    assert required("", "Name") == "Name is required."
    assert required("   ", "Name") == "Name is required."
    assert required(None, "Name") == "Name is required."


def test_non_negative_int() -> None:
    assert non_negative_int("15,000", "Reach") is None
    assert non_negative_int("", "Reach") is None
    assert non_negative_int("0", "Saves") is None
    assert non_negative_int("-3", "Saves") == "Saves cannot be negative."
    message = non_negative_int("lots", "Saves")
    assert message is not None and message.startswith("Saves: ")
    sci = non_negative_int("1.22158E+17", "Post ID")
    assert sci is not None and "scientific notation" in sci


def test_reach_vs_impressions() -> None:
    assert reach_vs_impressions(1000, 2500) is None
    assert reach_vs_impressions(1000, 1000) is None
    assert reach_vs_impressions(None, 10) is None
    assert reach_vs_impressions(10, None) is None
    warning = reach_vs_impressions(3000, 2500)
    assert warning is not None and "3,000" in warning and "2,500" in warning
