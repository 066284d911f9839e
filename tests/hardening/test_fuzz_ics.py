"""Fuzz the ICS import: random bytes, truncated/garbled calendars, huge fields, wrong encodings, odd RRULEs.

Contract: ``import_ics`` either raises ``ValueError`` with a message and writes nothing, or returns a report
in which every skipped event has a reason and every row says what happened; exactly the rituals and events the
report names are written; it never hangs (COUNT=10**9, UNTIL in year 9999) and nothing else escapes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from microcomm_desktop.services.ics import import_ics, parse_weekly_events
from microcomm_desktop.services.rituals import list_events, list_rituals

_EVENT = (
    "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261101T000000Z\r\nSUMMARY:{summary}\r\n{dtstart}\r\n{extra}"
    "RRULE:{rrule}\r\nEND:VEVENT\r\n"
)
_CAL = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fuzz//EN\r\n{events}END:VCALENDAR\r\n"

RRULES = st.one_of(
    st.sampled_from(
        [
            "FREQ=WEEKLY;BYDAY=TU",
            "FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20270101T000000Z",
            "FREQ=WEEKLY;COUNT=1000000000;BYDAY=WE",
            "FREQ=WEEKLY;COUNT=0",
            "FREQ=WEEKLY;COUNT=-3",
            "FREQ=WEEKLY;INTERVAL=0",
            "FREQ=WEEKLY;INTERVAL=2",
            "FREQ=WEEKLY;BYDAY=1TU,-1FR",
            "FREQ=WEEKLY;BYDAY=XX",
            "FREQ=WEEKLY;UNTIL=20200101",
            "FREQ=WEEKLY;UNTIL=garbage",
            "FREQ=DAILY",
            "FREQ=MONTHLY;BYMONTHDAY=31",
            "FREQ=YEARLY;COUNT=2",
            "FREQ=",
            "",
            ";;;",
            "BYDAY=MO",
            "FREQ=WEEKLY;BYDAY=",
            "FREQ=WEEKLY;WKST=SU;BYSETPOS=1;BYDAY=SU",
            "FREQ=WEEKLY;UNTIL=99991231T235959Z;BYDAY=MO,FR",
            "FREQ=WEEKLY;UNTIL=20261215;BYDAY=TU",
            "FREQ=WEEKLY;UNTIL=20261215T183000;BYDAY=TU",
            "FREQ=DAILY;COUNT=3",
            "FREQ=WEEKLY;BYDAY=TU;BYMONTH=3",
        ]
    ),
    st.text(alphabet="FREQ=WEKLYBDAUNTICO;,0123456789MTHSX-", max_size=40),
)
DTSTARTS = st.sampled_from(
    [
        "DTSTART:20261103T183000Z",
        "DTSTART;TZID=Europe/Berlin:20261103T183000",
        "DTSTART;TZID=Nowhere/Atlantis:20261103T183000",
        "DTSTART;TZID=W. Europe Standard Time:20261103T183000",
        'DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261103T183000',
        "DTSTART;TZID=America/New_York:00010101T000000",
        "DTSTART;TZID=Europe/Berlin:99991231T233000",
        "DTSTART:20261103T183000",
        "DTSTART;VALUE=DATE:20261103",
        "DTSTART:99999999T999999",
        "DTSTART:",
        "X-NO-START:1",
    ]
)
EXTRAS = st.sampled_from(
    [
        "",
        "DURATION:PT45M\r\n",
        "DURATION:-PT45M\r\n",
        "DURATION:P400D\r\n",
        "DURATION:nonsense\r\n",
        "DTEND:20261103T170000Z\r\n",
        "DTEND;VALUE=DATE:20261104\r\n",
        "X-MICROCOMM-ACTIVE-FROM:not-a-date\r\n",
        "X-MICROCOMM-ACTIVE-FROM:2026-10-01\r\nX-MICROCOMM-FORMAT:fmt\r\n",
        "LOCATION:" + "L" * 5000 + "\r\n",
        "DESCRIPTION:" + "d" * 20000 + "\r\n",
        "DESCRIPTION:line one\\nline two\\, with comma\r\n continued\r\n",
        "EXDATE;TZID=Europe/Berlin:20261110T183000,20261117T183000\r\n",
        "EXDATE:20261110T173000Z\r\nEXDATE;VALUE=DATE:20261124\r\n",
        "EXDATE:garbage\r\n",
        "RDATE;TZID=Europe/Berlin:20261230T183000\r\n",
        "RDATE;VALUE=PERIOD:20261230T170000Z/PT1H\r\n",
        "RECURRENCE-ID;TZID=Europe/Berlin:20261110T183000\r\nSTATUS:CANCELLED\r\n",
        "RECURRENCE-ID:20261110T173000Z\r\n",
        "SEQUENCE:3\r\n",
        "SEQUENCE:x\r\n",
        "STATUS:CANCELLED\r\n",
    ]
)
SUMMARIES = st.one_of(st.text(max_size=30).map(lambda s: s.replace("\r", " ").replace("\n", " ")), st.just("S" * 3000))


@st.composite
def calendars(draw: st.DrawFn) -> bytes:
    events = "".join(
        _EVENT.format(
            uid=i,
            summary=draw(SUMMARIES),
            dtstart=draw(DTSTARTS),
            extra=draw(EXTRAS),
            rrule=draw(RRULES),
        )
        for i in range(draw(st.integers(0, 4)))
    )
    text = _CAL.format(events=events) * draw(st.integers(1, 2))  # some exports concatenate VCALENDARs
    data = text.encode(draw(st.sampled_from(["utf-8", "utf-16", "latin-1"])), errors="replace")
    cut = draw(st.one_of(st.none(), st.integers(0, len(data))))  # truncated download
    if cut is not None:
        data = data[:cut]
    if draw(st.booleans()):  # a garbled byte somewhere
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        data = data[:pos] + bytes([draw(st.integers(0, 255))]) + data[pos + 1 :]
    return data


FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _check_import(app_ctx, workspace, tmp_path: Path, data: bytes) -> None:  # type: ignore[no-untyped-def]
    before = len(list_rituals(app_ctx.engine, workspace.id))
    events_before = len(list_events(app_ctx.engine, workspace.id))
    p = tmp_path / "fuzz.ics"
    p.write_bytes(data)
    try:
        report = import_ics(app_ctx.engine, workspace.id, p, today=date(2026, 11, 25))
    except ValueError as exc:
        assert str(exc).strip() and "\n" not in str(exc)
        assert len(list_rituals(app_ctx.engine, workspace.id)) == before  # nothing written on a rejection
        assert len(list_events(app_ctx.engine, workspace.id)) == events_before
        return
    assert all(name and reason.strip() for name, reason in report.skipped)
    assert all(row.item and row.detail.strip() for row in report.rows)
    assert len(list_rituals(app_ctx.engine, workspace.id)) == before + len(report.created_ids)
    assert len(list_events(app_ctx.engine, workspace.id)) == events_before + len(report.event_ids)


@FUZZ
@given(data=st.binary(max_size=600))
def test_random_bytes(app_ctx, workspace, tmp_path: Path, data: bytes) -> None:  # type: ignore[no-untyped-def]
    _check_import(app_ctx, workspace, tmp_path, data)


@FUZZ
@given(data=calendars())
def test_garbled_and_odd_calendars(app_ctx, workspace, tmp_path: Path, data: bytes) -> None:  # type: ignore[no-untyped-def]
    _check_import(app_ctx, workspace, tmp_path, data)


def test_huge_count_does_not_hang_and_is_bounded() -> None:
    cal = _CAL.format(
        events=_EVENT.format(
            uid=1,
            summary="Forever",
            dtstart="DTSTART:20261103T183000Z",
            extra="",
            rrule="FREQ=WEEKLY;COUNT=1000000000;BYDAY=TU",
        )
    ).encode()
    found, skipped = parse_weekly_events(cal, "Europe/Berlin")
    assert skipped == [] and len(found) == 1
    assert found[0]["active_to"] is None  # effectively open-ended rather than a date near year 9999


def test_missing_file_is_a_message(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    try:
        import_ics(app_ctx.engine, workspace.id, tmp_path / "nope.ics")
    except ValueError as exc:
        assert "Could not read" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected a ValueError")
