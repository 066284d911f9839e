"""Chat export parsers on fixtures in the real shapes of each export (made-up people)."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from microcomm_desktop.domain.imports.chat import ChatFormatError, detect_format, parse_export
from microcomm_desktop.domain.imports.chat.jsonstream import iter_object
from microcomm_desktop.domain.imports.chat.whatsapp import parse_whatsapp

FIX = Path(__file__).parent.parent / "fixtures" / "chat"


def _files(*names: str) -> list[tuple[str, object]]:
    return [(n, (lambda n=n: (FIX / n).open("rb"))) for n in names]


def _parse(name: str, fmt: str | None = None):  # type: ignore[no-untyped-def]
    return parse_export(name, _files(name), fmt)  # type: ignore[arg-type]


def test_detect_each_format() -> None:
    assert detect_format(_files("discord_general.json")) == "discord"  # type: ignore[arg-type]
    assert detect_format(_files("discord_general.csv")) == "discord"  # type: ignore[arg-type]
    assert detect_format(_files("telegram_group.json")) == "telegram"  # type: ignore[arg-type]
    assert detect_format(_files("whatsapp_android_us.txt")) == "whatsapp"  # type: ignore[arg-type]
    slack = [(str(p.relative_to(FIX / "slack_export")), p.open) for p in (FIX / "slack_export").rglob("*.json")]
    assert detect_format(slack) == "slack"  # type: ignore[arg-type]
    with pytest.raises(ChatFormatError, match="not a chat export"):
        detect_format([("notes.json", lambda: io.BytesIO(b'{"hello": 1}'))])


def test_discord_json_replies_system_bots_reactions() -> None:
    p = _parse("discord_general.json")
    by = {m.key: m for m in p.messages}
    assert p.title == "Mobility Crew / Community / general"
    assert [m.key for m in p.messages if m.system] == [
        "dc:1200000000000000001",
        "dc:1200000000000000006",
        "dc:1200000000000000009",
    ]
    assert [m.author for m in p.messages if m.bot] == ["MEE6"]
    assert by["dc:1200000000000000004"].parent == "dc:1200000000000000003"
    assert by["dc:1200000000000000003"].parent == "dc:1200000000000000002"
    assert by["dc:1200000000000000002"].reactions == 3
    assert by["dc:1200000000000000008"].at == datetime(2026, 11, 5, 23, 30, tzinfo=UTC)  # 7 fraction digits read
    assert by["dc:1200000000000000003"].author_id == "201"


def test_discord_thread_hangs_under_its_starter_and_dm_is_dm() -> None:
    t = _parse("discord_thread.json")
    assert {m.parent for m in t.messages} == {"dc:1200000000000000007"}
    assert t.messages[1].author == "ana_runs" and t.messages[1].author_id == "201"
    dm = _parse("discord_dm.json")
    assert all(m.dm for m in dm.messages)
    # One DM exchange (gaps under 24 h) is a thread; four days later a new one starts.
    assert [m.parent for m in dm.messages] == [None, "dc:1200000000000000030", "dc:1200000000000000031", None]


def test_discord_csv_has_no_ids_but_stable_keys_and_reactions() -> None:
    a = _parse("discord_general.csv")
    b = _parse("discord_general.csv")
    assert [m.key for m in a.messages] == [m.key for m in b.messages]
    assert len({m.key for m in a.messages}) == 3
    assert a.messages[0].reactions == 3
    assert a.messages[1].text == 'same "here"\nsecond line'
    assert all(m.parent is None for m in a.messages)


def test_telegram_group_replies_service_channel_posts_and_unixtime() -> None:
    p = _parse("telegram_group.json")
    by = {m.key: m for m in p.messages}
    assert by["tg:1234567890:1"].system and by["tg:1234567890:6"].system
    assert by["tg:1234567890:2"].own  # the channel's post, auto-forwarded into its discussion group
    assert by["tg:1234567890:4"].parent == "tg:1234567890:3"
    assert by["tg:1234567890:4"].text == "nice Ana"
    assert by["tg:1234567890:3"].reactions == 4
    # date_unixtime (UTC) wins over the exporting computer's local "date" (Berlin, UTC+1 in November).
    assert by["tg:1234567890:3"].at == datetime(2026, 11, 2, 9, 5, tzinfo=UTC)
    assert by["tg:1234567890:5"].author == "Ana R." and by["tg:1234567890:5"].author_id == "user201"
    assert by["tg:1234567890:7"].author == "Deleted Account"


def test_telegram_personal_chat_is_dm() -> None:
    p = _parse("telegram_dm.json")
    talk = [m for m in p.messages if not m.system]
    assert all(m.dm for m in talk) and talk[1].parent == talk[0].key


def test_whatsapp_android_us_month_first_multiline_and_system() -> None:
    p = _parse("whatsapp_android_us.txt")
    talk = [m for m in p.messages if not m.system]
    assert [m.author for m in talk] == ["Ana Lopez", "Ben", "Ben", "Ana Lopez", "Cara", "Ben"]
    assert talk[1].text == "Same, but it was hard:\nhips are tight\nand so are calves"
    assert talk[3].at == datetime(2026, 11, 2, 23, 59)
    assert talk[4].at == datetime(2026, 11, 13, 0, 15)  # 12:15 AM is just after midnight
    assert sum(m.system for m in p.messages) == 4
    assert not any(m.dm for m in p.messages)
    assert any("month/day" in n for n in p.notes)


def test_whatsapp_ios_german_day_first_seconds_and_marks() -> None:
    p = _parse("whatsapp_ios_de.txt")
    talk = [m for m in p.messages if not m.system]
    assert [(m.author, m.at) for m in talk] == [
        ("Ana Lopez", datetime(2026, 11, 2, 9, 5, 10)),
        ("Ben", datetime(2026, 11, 2, 9, 6)),
        ("Ben", datetime(2026, 11, 13, 20, 15)),
    ]
    assert sum(m.system for m in p.messages) == 3
    assert not talk[0].dm  # a group: the notice is under the group's name


def test_whatsapp_ios_us_12_hour_narrow_space_direct_chat() -> None:
    p = _parse("whatsapp_ios_us_dm.txt")
    assert [m.at.hour for m in p.messages] == [9, 21, 10]
    assert all(m.dm for m in p.messages) and not any(m.system for m in p.messages)


def test_whatsapp_order_decided_per_file_not_per_line() -> None:
    p = _parse("whatsapp_ambiguous.txt")
    assert [m.at.date().isoformat() for m in p.messages] == [
        "2026-02-01",
        "2026-02-05",
        "2026-02-09",
        "2026-02-11",
        "2026-03-02",
    ]
    # One line that proves month-first makes the WHOLE file month-first, including the ambiguous lines.
    text = b"01/02/26, 10:00 - Ana: a\n01/13/26, 10:00 - Ben: b\n"
    q = parse_whatsapp("x.txt", text)
    assert [m.at.date().isoformat() for m in q.messages] == ["2026-01-02", "2026-01-13"]
    forced = parse_whatsapp("x.txt", b"01/02/26, 10:00 - Ana: a\n", date_order="mdy")
    assert forced.messages[0].at.month == 1


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("31/12/2020, 23:59 - Ana: hi", datetime(2020, 12, 31, 23, 59)),
        ("12/31/20, 11:59 PM - Ana: hi", datetime(2020, 12, 31, 23, 59)),
        ("[31.12.20, 23:59:59] Ana: hi", datetime(2020, 12, 31, 23, 59, 59)),
        ("31.12.20, 23:59 - Ana: hi", datetime(2020, 12, 31, 23, 59)),
        ("2020-12-31, 23:59 - Ana: hi", datetime(2020, 12, 31, 23, 59)),
        ("31/12/2020, 11:59 p. m. - Ana: hi", datetime(2020, 12, 31, 23, 59)),
        ("[12/31/20, 12:05:00\u202fAM] Ana: hi", datetime(2020, 12, 31, 0, 5)),
        ("31-12-2020 23:59 - Ana: hi", datetime(2020, 12, 31, 23, 59)),
    ],
)
def test_whatsapp_locale_forms(line: str, expected: datetime) -> None:
    p = parse_whatsapp("chat.txt", (line + "\n").encode())
    assert p.messages[0].at == expected and p.messages[0].author == "Ana"


def test_whatsapp_impossible_date_is_reported_not_guessed() -> None:
    p = parse_whatsapp("chat.txt", b"31/12/2020, 23:59 - Ana: ok\n30/02/2021, 10:00 - Ben: no such day\n")
    assert len(p.messages) == 1
    assert p.unreadable and "line 2" in p.unreadable[0][0]


def test_whatsapp_not_a_chat() -> None:
    with pytest.raises(ChatFormatError, match="no WhatsApp message lines"):
        parse_whatsapp("notes.txt", b"shopping list\nmilk\n")


def test_slack_threads_dms_system_and_bots() -> None:
    root = FIX / "slack_export"
    files = [(str(p.relative_to(root)), (lambda p=p: p.open("rb"))) for p in sorted(root.rglob("*.json"))]
    p = parse_export("slack_export", files)  # type: ignore[arg-type]
    talk = [m for m in p.messages if not m.system and not m.bot]
    root_key = "sl:C01GEN:1793610000.000000"
    assert [m.author for m in talk if m.parent == root_key] == ["ana", "Ben K", "ana"]  # the thread spans 2 days
    assert sum(m.system for m in p.messages) == 3 and sum(m.bot for m in p.messages) == 1
    dms = [m for m in p.messages if m.dm]
    assert len(dms) == 2 and dms[1].parent == dms[0].key
    assert next(m for m in p.messages if m.key == root_key).reactions == 2


def test_slack_zip_with_a_top_folder() -> None:
    buf = io.BytesIO()
    root = FIX / "slack_export"
    with zipfile.ZipFile(buf, "w") as zf:
        for f in root.rglob("*.json"):
            zf.write(f, "Mobility Crew Slack export Nov 2026/" + str(f.relative_to(root)))
    buf.seek(0)
    with zipfile.ZipFile(buf) as zf:
        files = [(n, (lambda n=n: zf.open(n))) for n in zf.namelist()]
        p = parse_export("export", files)  # type: ignore[arg-type]
    assert p.format == "slack" and len(p.messages) == 11


@pytest.mark.parametrize("chunk", [7, 97, 1 << 20])
@pytest.mark.parametrize("indent", [None, 2])
def test_json_stream_reads_elements_one_by_one_across_chunk_borders(
    monkeypatch: pytest.MonkeyPatch, chunk: int, indent: int | None
) -> None:
    from microcomm_desktop.domain.imports.chat import jsonstream

    monkeypatch.setattr(jsonstream, "_CHUNK", chunk)
    msgs = [{"id": i, "n": i * 1001, "text": "x" * (i % 7) + "é, ]"} for i in range(3000)]
    data = json.dumps({"channel": {"id": "1"}, "messages": msgs, "messageCount": 3000}, indent=indent).encode()
    got = list(iter_object(io.BytesIO(data), "messages"))
    assert [v for k, v in got if k == "messages"] == msgs
    assert ("messageCount", 3000) in got
    empty = list(iter_object(io.BytesIO(b'{"messages": [ ], "x": 1}'), "messages"))
    assert empty == [("x", 1)]
    with pytest.raises(ValueError):
        list(iter_object(io.BytesIO(data[: len(data) // 2]), "messages"))


def test_whatsapp_system_line_with_a_colon_in_quotes() -> None:
    text = b'31/12/2020, 23:59 - Ana: hi\n31/12/2020, 23:59 - Ana changed the subject from "Run" to "Run: club"\n'
    p = parse_whatsapp("chat.txt", text)
    assert [m.system for m in p.messages] == [False, True]


def test_long_keys_fit_the_stored_column() -> None:
    root = FIX / "slack_export"
    files = [
        (str(p.relative_to(root)).replace("general/", "mpdm-" + "x" * 70 + "/"), (lambda p=p: p.open("rb")))
        for p in sorted(root.rglob("*.json"))
    ]
    p = parse_export("slack", files)  # type: ignore[arg-type]
    assert all(len(m.key) <= 64 for m in p.messages)
    replies = [m for m in p.messages if m.parent and m.conversation.startswith("sl:mpdm")]
    keys = {m.key for m in p.messages}
    assert replies and all(m.parent in keys for m in replies)


def test_json_stream_malformed_big_file_reads_in_doubling_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    from microcomm_desktop.domain.imports.chat import jsonstream

    monkeypatch.setattr(jsonstream, "_CHUNK", 1024)
    body = b'{"messages": [{"id": 1, "bad": tru}, ' + b'{"id": 2, "text": "abcdefgh"}, ' * 200_000 + b"]}"
    reads: list[int] = []

    class Counting(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            reads.append(size or -1)
            return super().read(size)

    with pytest.raises(ValueError):
        list(iter_object(Counting(body), "messages"))
    # A malformed element is retried with a buffer that doubles, not re-read once per 1 KB chunk (quadratic).
    assert len(reads) < 40


def test_telegram_whole_account_export_skips_saved_messages() -> None:
    group = json.loads((FIX / "telegram_group.json").read_text(encoding="utf-8"))
    dm = json.loads((FIX / "telegram_dm.json").read_text(encoding="utf-8"))
    saved = {"type": "saved_messages", "id": 1, "messages": [dict(dm["messages"][0], id=99)]}
    full = {"about": "export", "personal_information": {}, "chats": {"about": "chats", "list": [group, dm, saved]}}
    p = parse_export("result.json", [("result.json", lambda: io.BytesIO(json.dumps(full).encode()))])  # type: ignore[list-item]
    assert p.format == "telegram" and len(p.messages) == 10
    assert any("Saved Messages" in n for n in p.notes)
