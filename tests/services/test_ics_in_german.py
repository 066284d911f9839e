"""The calendar import report in German: the summary, each row's outcome and its reason are German sentences
(the file's own names stay as they are); English comes back unchanged."""

from __future__ import annotations

from pathlib import Path

from microcomm_desktop import i18n
from tests.services.test_ics import _cal, _event, _import


def test_import_report_rows_in_german(app_ctx, workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = _cal(
        *_event("SUMMARY:Monthly live", "DTSTART:20261101T180000Z", "RRULE:FREQ=MONTHLY", uid="a"),
        *_event("SUMMARY:Launch", "DTSTART:20261201T180000Z", uid="b"),
        *_event("SUMMARY:Biweekly", "DTSTART:20261103T180000Z", "RRULE:FREQ=WEEKLY;INTERVAL=2", uid="d"),
        *_event("SUMMARY:Q&A", "DTSTART:20261103T170000Z", "DURATION:PT30M", "RRULE:FREQ=WEEKLY;COUNT=4", uid="e"),
    )
    i18n.set_language("de")
    try:
        lines = _import(app_ctx, workspace.id, data, tmp_path).lines()
    finally:
        i18n.set_language("en")
    assert lines[0].startswith("1 Ritual(e), 1 einmalige(s) Ereignis(se)")
    assert "#4 “Q&A”: Ritual — Di. 18:00 (30 Min.) ab 2026-11-03 bis 2026-11-24" in lines  # German day names
    assert "#1 “Monthly live”: nicht importiert — wiederholt sich monatlich: nur wöchentliche" in "\n".join(lines)
    assert any(line.startswith("#2 “Launch”: Ereignis — einmaliges Ereignis am 2026-12-01 19:00") for line in lines)
    assert any("wiederholt sich wöchentlich alle 2" in line for line in lines)
    assert not any("not imported" in line or "one-off event" in line for line in lines)
    # the same import in English reads exactly as before
    english = _import(app_ctx, workspace.id, data, tmp_path, name="again.ics").lines()
    assert any(line.startswith("#1 “Monthly live”: not imported — repeats monthly") for line in english)
