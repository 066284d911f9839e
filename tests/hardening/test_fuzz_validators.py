"""Fuzz every form validator: whatever is typed, no exception escapes and every rejection has a message.

The contract a form relies on: parsers either return a value or raise ``ValueError`` (or the area's
ValueError subclass) with a readable message; validators that return ``{field: message}`` never raise and
never return an empty message; and what a validator accepts, the form can store (no later ``int()`` crash,
no integer too large for SQLite).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from microcomm_desktop.domain import creators as dc
from microcomm_desktop.domain import deals as dd
from microcomm_desktop.domain import insights as di
from microcomm_desktop.domain import promise as dp
from microcomm_desktop.domain import prompts as dpr
from microcomm_desktop.domain import rituals as dr
from microcomm_desktop.domain import validation as dv
from microcomm_desktop.services import sprints as ss

TODAY = date(2026, 11, 25)
INT64_MAX = 2**63 - 1

# Text people paste: anything, biased towards digits, separators, currency and look-alike characters.
_tricky = st.sampled_from(
    list("0123456789,.-+%$€£ kKmMbBeE_()#@:;\n\t\u00a0\u2009\u202f")
    + ["²", "¹", "١", "٢", "〇", "Ⅻ", "½", "∞", "NaN", "inf", "1e9", "0x1F", "\u200b", "\ufeff", "🙂", "\x00"]
)
TEXT = st.one_of(
    st.text(max_size=60),
    st.lists(_tricky, max_size=25).map("".join),
    st.from_regex(r"[+-]?\d{1,25}([.,]\d{0,5})?[kKmMbB%]?", fullmatch=True),
)
FUZZ = settings(max_examples=150, deadline=None)


def _raises_with_message(fn: Any, *args: Any, exc: type[Exception] = ValueError) -> Any:
    try:
        return fn(*args)
    except exc as e:
        assert str(e).strip(), f"{fn.__name__}{args!r} rejected without a message"
        return None


def _messages_ok(errors: dict[str, str]) -> None:
    for key, msg in errors.items():
        assert isinstance(msg, str) and msg.strip(), key


# ---------------------------------------------------------------- domain/validation.py


@FUZZ
@given(TEXT)
def test_parse_int_loose(text: str) -> None:
    value = _raises_with_message(dv.parse_int_loose, text)
    assert value is None or isinstance(value, int)


@FUZZ
@given(TEXT, TEXT)
def test_required_and_non_negative_int(text: str, label: str) -> None:
    for fn in (dv.required, dv.non_negative_int):
        msg = fn(text, label or "Field")
        assert msg is None or msg.strip()
    assert dv.required(None, "Name") and dv.non_negative_int(None, "Reach") is None


@given(st.one_of(st.none(), st.integers()), st.one_of(st.none(), st.integers()))
def test_reach_vs_impressions(reach: int | None, impressions: int | None) -> None:
    msg = dv.reach_vs_impressions(reach, impressions)
    assert msg is None or msg.strip()


# ---------------------------------------------------------------- domain/promise.py hints


@FUZZ
@given(TEXT, TEXT, TEXT)
def test_promise_hints_and_sentence(who: str, outcome: str, fmt: str) -> None:
    sentence = dp.build_sentence(who, outcome, fmt)
    assert sentence.startswith("This is the place where ") and sentence.endswith(".")
    for h in dp.slot_hints(who, outcome, fmt):
        assert h.slot in ("who", "outcome", "format") and h.message.strip()
    t = dp.topic_hint(who)
    assert t is None or t.message.strip()


# ---------------------------------------------------------------- domain/prompts.py quality check


@FUZZ
@given(st.one_of(TEXT, st.text(min_size=400, max_size=2000)))
def test_check_prompt(text: str) -> None:
    c = dpr.check_prompt(text)
    assert isinstance(c.is_broad, bool)
    assert isinstance(c.summary, str) and c.summary.strip()


# ---------------------------------------------------------------- domain/creators.py parsers


@FUZZ
@given(st.one_of(TEXT, st.lists(st.sampled_from(["instagram @a", "tiktok: b.c", "x", "", "bogus @z"]), max_size=8)
                 .map("\n".join)))  # fmt: skip
def test_parse_handles(text: str) -> None:
    pairs, errors = dc.parse_handles(text)
    assert all(e.strip() for e in errors)
    platforms = [p for p, _ in pairs]
    assert len(platforms) == len(set(platforms))
    assert all(h.startswith("@") and " " not in h for _, h in pairs)
    again, again_errors = dc.parse_handles(dc.format_handles(pairs))
    assert again == pairs and again_errors == []


@FUZZ
@given(TEXT, st.one_of(st.none(), st.floats(min_value=0, max_value=1e6)))
def test_parse_figure(text: str, upper: float | None) -> None:
    value, err = dc.parse_figure(text, "ER", upper)
    assert (value is None) or err is None
    if err is not None:
        assert err.strip() and value is None
    if value is not None:
        assert value >= 0 and value == value and (upper is None or value <= upper)


@FUZZ
@given(TEXT, TEXT, TEXT, st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1))))
def test_validate_creator_accepts_only_what_can_be_stored(
    name: str, audience: str, answer: str, when: date | None
) -> None:
    errors = dc.validate_creator(name, audience, answer, when, TODAY)
    _messages_ok(errors)
    if "audience_size" not in errors:
        cleaned = audience.strip().replace(",", "").replace(" ", "")
        if cleaned:
            n = int(cleaned)  # what the form does next: must not raise
            assert 0 <= n <= INT64_MAX


@FUZZ
@given(TEXT, st.one_of(st.none(), st.dates()), TEXT)
def test_validate_evidence(kind: str, when: date | None, link: str) -> None:
    _messages_ok(dc.validate_evidence(kind, when, link, TODAY))
    _messages_ok(dc.validate_evidence("screenshot", when, link, TODAY))


# ---------------------------------------------------------------- domain/deals.py parse_money


@FUZZ
@given(TEXT)
def test_parse_money(text: str) -> None:
    value = _raises_with_message(dd.parse_money, text)
    if value is not None:
        assert isinstance(value, Decimal) and value.is_finite() and value >= 0


# ---------------------------------------------------------------- domain/insights.py split_themes


@FUZZ
@given(st.one_of(TEXT, st.text(max_size=500)))
def test_split_themes(cell: str) -> None:
    names = di.split_themes(cell)
    assert len(names) == len(set(names))
    for n in names:
        assert n and n == n.strip() and "#" not in n and n == di.normalise_theme(n)
        assert len(n) <= di.THEME_MAX_LEN


# ---------------------------------------------------------------- ritual form parsers


@FUZZ
@given(TEXT)
def test_ritual_weekdays_and_time(text: str) -> None:
    days = _raises_with_message(dr.parse_weekdays, text)
    if days is not None:
        assert all(0 <= d <= 6 for d in days)
    t = _raises_with_message(dr.parse_time, text)
    assert t is None or (0 <= t.hour < 24 and 0 <= t.minute < 60)


# ---------------------------------------------------------------- sprint/task validators in services


_ANY = st.one_of(st.none(), st.integers(-5, 10), TEXT, st.dates(), st.booleans())


@FUZZ
@given(TEXT)
def test_sprint_name(name: str) -> None:
    cleaned = _raises_with_message(ss.validate_name, name, exc=ss.SprintError)
    assert cleaned is None or (cleaned.strip() and len(cleaned) <= ss.MAX_NAME)


@FUZZ
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "title": TEXT,
            "owner": TEXT,
            "week_no": _ANY,
            "due_date": _ANY,
            "link_kind": st.one_of(st.sampled_from(sorted(ss.LINK_KINDS)), TEXT),
            "link_ref": st.one_of(st.none(), TEXT),
            "notes": st.one_of(st.none(), TEXT),
        },
    )
)
def test_task_fields(fields: dict[str, Any]) -> None:
    out = _raises_with_message(ss.validate_task_fields, fields, exc=ss.SprintError)
    if out is not None and "title" in out:
        assert out["title"].strip()


@pytest.mark.parametrize("text", ["²", "8²00", "¹²³", "9" * 30])
def test_audience_look_alikes_are_rejected_with_a_message(text: str) -> None:
    """Regression: ``str.isdigit`` accepts superscripts, which ``int()`` then refuses (crash on Save)."""
    errors = dc.validate_creator("Ana", text, "", None, TODAY)
    assert errors.get("audience_size")


def test_struggle_date_in_the_future_is_rejected() -> None:
    errors = dc.validate_creator("Ana", "", "tired legs", TODAY + timedelta(days=1), TODAY)
    assert errors == {"struggle_date": "The answer cannot be dated in the future."}
