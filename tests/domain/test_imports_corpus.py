"""Export shapes found in public repositories (QA pass on issue 15), as synthetic fixtures in the same shape.

Each test names the real shape it reproduces; each failed before the fix it covers: a renamed YouTube column
silently lost, per-day account files turned into empty posts, X rows without an id duplicated on re-import,
TikTok counts without a "Total" prefix dropped, a localized Meta export and the Japanese Twitter analytics files
not recognised.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from microcomm_desktop.domain.imports import (
    PRESETS,
    ConvertOptions,
    RowResult,
    SwallowedRowsError,
    convert_post_row,
    detect_preset,
    mapping_for,
    open_export_bytes,
    parse_when,
    read_csv_bytes,
    refusal_for,
)

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
TODAY = date(2026, 12, 5)


def _rows(name: str) -> tuple[str, list[RowResult]]:
    table = read_csv_bytes((FIX / name).read_bytes())
    p = detect_preset(table.headers)
    assert p is not None, f"{name}: no preset for {table.headers}"
    mapping = mapping_for(p, table.headers)
    o = ConvertOptions(today=TODAY)
    return p.name, [convert_post_row(r, n, mapping, p, o) for r, n in zip(table.rows, table.lines, strict=True)]


def test_youtube_2025_thumbnail_impressions_are_read() -> None:
    # Studio renamed "Impressions" to "Thumbnail impressions" (real Table data.csv headers of 2025/2026).
    preset, rows = _rows("corpus_youtube_thumbnail_impressions.csv")
    assert preset == "youtube"
    assert rows[0].skip_reason == "summary row (Total)"
    assert [r.values["impressions"] for r in rows[1:]] == [163837, 9000]
    assert [r.values["views"] for r in rows[1:]] == [40840, 1200]
    assert rows[2].values["title"] == "Knee drill, no equipment"
    assert rows[1].values["published_at"] == datetime(2026, 1, 13)


def test_youtube_totals_with_thumbnail_impressions_is_still_refused() -> None:
    assert refusal_for(["Date", "Views", "Thumbnail impressions"], [["2026-01-01", "5", "90"]]) is not None


@pytest.mark.parametrize(
    ("name", "says"),
    [
        # Meta Business Suite per-metric download: UTF-16 LE, sep=, line, a title line, then "Date","Primary".
        ("corpus_meta_per_metric_views_utf16.csv", "per-metric file"),
        # TikTok Studio's FollowerHistory.csv and Viewers.csv (same download as Overview.csv).
        ("corpus_tiktok_follower_history.csv", "dated account figures"),
        ("corpus_tiktok_viewers.csv", "dated account figures"),
    ],
)
def test_per_day_account_files_are_refused_not_turned_into_empty_posts(name: str, says: str) -> None:
    table = read_csv_bytes((FIX / name).read_bytes())
    sentence = refusal_for(table.headers, table.rows)
    assert sentence is not None and says in sentence
    # Before: the generic preset matched the date column alone and every day became an empty "other" post.
    assert detect_preset(table.headers) is None


def test_a_generic_file_with_a_date_and_a_count_is_still_generic() -> None:
    assert detect_preset(["Date", "Views"]) is PRESETS["generic"]
    assert detect_preset(["Date", "Caption"]) is PRESETS["generic"]
    assert refusal_for(["Date", "Message", "Hearts"], []) is None  # left to the mapping screen


def test_x_row_without_post_id_or_link_is_skipped_with_a_reason() -> None:
    preset, rows = _rows("corpus_x_content_row_without_id.csv")
    assert preset == "x"
    assert rows[0].ok and rows[0].values["platform_post_id"] == "2027324435000000001"
    assert rows[1].skip_reason is not None and "no post id or link" in rows[1].skip_reason


def test_x_content_without_bookmarks_column_is_still_x() -> None:
    preset, rows = _rows("corpus_x_content_trimmed.csv")
    assert preset == "x"  # before: generic, platform "other", text dropped
    assert rows[0].values["platform"] == "x"
    assert rows[0].values["title"] == "@sam nice one"
    assert rows[0].values["impressions"] == 1234
    assert rows[1].values["engagements"] == 15


def test_tiktok_counts_without_total_prefix_are_read() -> None:
    preset, rows = _rows("corpus_tiktok_content_plain_counts.csv")
    assert preset == "tiktok"
    v = rows[0].values
    assert (v["views"], v["likes"], v["comments"], v["shares"]) == (1234, 1200, 45, 12)
    assert v["platform_post_id"] == "7412345678901234567"


def test_meta_portuguese_export_is_meta() -> None:
    preset, rows = _rows("corpus_meta_instagram_pt.csv")
    assert preset == "meta"
    v = rows[0].values
    assert v["published_at"] == datetime(2026, 9, 16, 14, 5)
    assert v["platform_post_id"] == "17986500000000001"
    assert v["title"] == "Antes e depois, sala"
    assert (v["views"], v["reach"], v["likes"], v["comments"], v["shares"], v["saves"]) == (1520, 980, 85, 7, 4, 31)


def test_japanese_tweet_activity_metrics() -> None:
    preset, rows = _rows("corpus_tweet_activity_metrics_ja.csv")
    assert preset == "x_tweet_activity"
    v = rows[0].values
    assert v["platform_post_id"] == "1282986000000000011"
    assert v["title"] == "今週は何キロ走りましたか？"
    assert (v["impressions"], v["engagements"], v["shares"], v["comments"], v["likes"]) == (4210, 215, 12, 31, 97)
    assert v["published_at"].replace(tzinfo=None) == datetime(2020, 7, 14, 15, 30)  # type: ignore[union-attr]
    assert rows[1].values["title"] == "ストレッチ3選\nスレッド🧵"


def test_japanese_daily_tweet_activity_metrics_keeps_its_own_preset() -> None:
    preset, rows = _rows("corpus_daily_tweet_activity_metrics_ja.csv")
    assert preset == "x_daily_tweet_activity"
    assert [r.values["platform_post_id"] for r in rows] == ["x-day-2020-07-14", "x-day-2020-07-15"]
    assert [r.values["shares"] for r in rows] == [12, 3]
    assert [r.values["impressions"] for r in rows] == [4210, 1880]


@pytest.mark.parametrize(
    ("text", "expected", "year_missing"),
    [
        ("2024年9月27日", datetime(2024, 9, 27), False),  # YouTube Studio / TikTok in Japanese or Chinese
        ("2024年9月27日 18:30", datetime(2024, 9, 27, 18, 30), False),
        ("9月27日", datetime(2000, 9, 27), True),  # TikTok Studio's yearless day, Japanese
        ("2024년 9월 27일", datetime(2024, 9, 27), False),  # Korean
        ("2024. 9. 27.", datetime(2024, 9, 27), False),
        ("9 mär 2025", datetime(2025, 3, 9), False),  # German abbreviation
    ],
)
def test_cjk_and_abbreviated_dates(text: str, expected: datetime, year_missing: bool) -> None:
    got = parse_when(text)
    assert got.value == expected and got.year_missing is year_missing


def test_two_exports_joined_skip_the_repeated_header_with_a_note() -> None:
    table = read_csv_bytes((FIX / "corpus_x_content_two_exports_joined.csv").read_bytes())
    assert table.lines == [2, 4]  # before: line 3 (the header again) was a row and rejected the whole file
    assert any("repeated header row (line 3)" in n for n in table.notes)
    preset, rows = _rows("corpus_x_content_two_exports_joined.csv")
    assert preset == "x" and all(r.ok for r in rows)


def test_short_last_row_with_a_closed_quoted_date_is_not_a_swallowed_quote() -> None:
    # Trailing empty cells cut off, the date quoted because it holds commas ("Thu, Jul 16, 2026"): the quote
    # closes, so nothing was merged. Before: refused as an unclosed quote.
    preset, rows = _rows("corpus_x_content_short_last_row.csv")
    assert preset == "x"
    assert rows[0].values["published_at"] == datetime(2026, 7, 16)
    assert (rows[0].values["impressions"], rows[0].values["likes"]) == (500, 5)


def test_short_last_row_with_an_unclosed_quote_is_still_refused() -> None:
    data = b'Date,Title,Views,Likes\n2026-01-01,ok,1,2\n2026-01-02,"broken, caption,5,6\n'
    with pytest.raises(SwallowedRowsError):
        read_csv_bytes(data)


def test_caption_line_of_only_commas_is_not_a_swallowed_row() -> None:
    # Found by the property test: a well-quoted caption "\r,,," was refused as swallowing a row.
    data = b'Date,Title,Views,Likes\r\n2026-01-01,"\r,,,",0,0\r\n'
    table = read_csv_bytes(data)
    assert table.rows[0][1] == "\r,,,"


def test_tiktok_overview_download_zip_reads_overview_only() -> None:
    # TikTok Studio's Overview download: Overview.csv next to FollowerHistory, Viewers, FollowerGender and
    # FollowerTopTerritories. Before: refused as "a ZIP archive holding 5 CSVs".
    inner, notes = open_export_bytes((FIX / "corpus_tiktok_overview_download.zip").read_bytes(), "overview.zip")
    table = read_csv_bytes(inner)
    assert detect_preset(table.headers) is PRESETS["tiktok_overview"]
    assert len(table.rows) == 4
    assert "read Overview.csv" in notes[0] and "FollowerGender.csv" in notes[0]


def test_youtube_period_with_negative_net_likes_keeps_the_row() -> None:
    # YouTube Help: for some periods the likes net change is negative (more likes removed than added).
    # Before: "Likes: '-1' is negative" rejected the row and so blocked the file.
    preset, rows = _rows("corpus_youtube_period_negative_likes.csv")
    assert preset == "youtube"
    old = rows[1]
    assert old.ok and old.values["likes"] == 0 and old.values["views"] == 100 and old.values["shares"] == 1
    assert "likes -1 is a net change" in old.warnings[0] and "export's period" in old.warnings[0]
    assert rows[2].values["likes"] == 59 and not rows[2].warnings


def test_per_post_counts_outside_net_presets_stay_strict() -> None:
    table = read_csv_bytes(b"Date,Title,Views,Likes\n2026-01-01,a,5,-1\n")
    p = detect_preset(table.headers)
    assert p is PRESETS["generic"]
    r = convert_post_row(table.rows[0], 2, mapping_for(p, table.headers), p, ConvertOptions(today=TODAY))
    assert "likes" in r.errors


def test_utf8_file_with_a_broken_byte_stays_utf8() -> None:
    # Before: one invalid byte sent the whole file to Latin-1 and every caption became "Ã©"/"â˜•" garbage.
    table = read_csv_bytes((FIX / "corpus_meta_utf8_one_broken_byte.csv").read_bytes())
    assert table.encoding == "utf-8"
    captions = [r[4] for r in table.rows]
    assert captions == ["Recovery day ☕ — qué tal? 🏃", "Über die Brücke: Intervalle", "Cut download � here"]
    assert any("1 unreadable byte (line 4)" in n for n in table.notes)


def test_windows_1252_file_is_still_read_as_windows_1252() -> None:
    table = read_csv_bytes("Date,Title,Views\n2026-01-01,Café run,5\n2026-01-02,Müller Straße ½,6\n".encode("cp1252"))
    assert table.encoding == "cp1252" and [r[1] for r in table.rows] == ["Café run", "Müller Straße ½"]
