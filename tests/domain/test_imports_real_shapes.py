"""Issue 15/17 classes of real export shapes, in the pure half of the importer: archives and binaries, YouTube's
Chart data / Totals, swallowed rows, date order per column, yearless dates, net daily counts, Meta captions,
the old Twitter daily file, rows without a publish date, count limits and the engagers file."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from microcomm_desktop.domain.imports import (
    PRESETS,
    ConvertOptions,
    CsvFileError,
    SwallowedRowsError,
    binary_kind,
    consecutive_years,
    convert_engager_row,
    convert_post_row,
    decide_date_order,
    detect_preset,
    mapping_for,
    open_export_bytes,
    parse_count,
    parse_when,
    read_csv_bytes,
    refusal_for,
    year_from_video_id,
)
from microcomm_desktop.domain.limits import MAX_COUNT

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
TODAY = date(2026, 11, 25)


def _rows(name: str, preset: str | None = None, **opts: object) -> list:  # type: ignore[type-arg]
    table = read_csv_bytes((FIX / name).read_bytes())
    p = PRESETS[preset] if preset else detect_preset(table.headers)
    assert p is not None
    mapping = mapping_for(p, table.headers)
    o = ConvertOptions(today=TODAY, **opts)  # type: ignore[arg-type]
    return [convert_post_row(r, n, mapping, p, o) for r, n in zip(table.rows, table.lines, strict=True)]


# ---- 15.1 archives, binaries, YouTube Studio download


def _zip(files: dict[str, str]) -> bytes:
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        for name, text in files.items():  # a fixed time: the same bytes (and test id) in every worker process
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), text)
    return b.getvalue()


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "a gzip-compressed file"),
        (_zip({"[Content_Types].xml": "<x/>", "xl/workbook.xml": "<x/>"}), "an Excel workbook (.xlsx)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "an old Excel (.xls) or Office file"),
    ],
)
def test_binary_files_get_one_sentence_naming_what_they_are(data: bytes, what: str) -> None:
    assert binary_kind(data) == what
    with pytest.raises(CsvFileError, match="not a CSV export") as exc:
        read_csv_bytes(data)
    assert what in str(exc.value)
    with pytest.raises(CsvFileError, match="not a CSV export"):
        open_export_bytes(data, "export.bin")


def test_text_exports_are_not_binary() -> None:
    for name in ("real_youtube_utf16_tabs.csv", "real_meta_instagram.csv", "real_youtube_de_semicolon.csv"):
        assert binary_kind((FIX / name).read_bytes()) is None


def test_youtube_studio_zip_gives_table_data_and_says_so() -> None:
    inner, notes = open_export_bytes((FIX / "youtube_studio_download.zip").read_bytes(), "download.zip")
    table = read_csv_bytes(inner)
    assert table.headers[:3] == ["Content", "Video title", "Video publish time"]
    assert "Table data.csv" in notes[0] and "Chart data.csv and Totals.csv" in notes[0]
    one = _zip({"folder/export.csv": "Date,Views\n2026-01-01,3\n"})
    assert "only table" in open_export_bytes(one, "one.zip")[1][0]
    with pytest.raises(CsvFileError, match=r"holding a\.csv, b\.csv"):
        open_export_bytes((FIX / "two_tables.zip").read_bytes(), "two_tables.zip")


def test_chart_data_and_totals_are_refused_table_data_is_not() -> None:
    chart = read_csv_bytes((FIX / "youtube_chart_data.csv").read_bytes()).headers
    totals = read_csv_bytes((FIX / "youtube_totals.csv").read_bytes()).headers
    table = read_csv_bytes((FIX / "youtube_table_data_unlisted.csv").read_bytes()).headers
    assert "Chart data.csv" in (refusal_for(chart) or "") and "Table data.csv" in (refusal_for(chart) or "")
    assert "Totals.csv" in (refusal_for(totals) or "")
    assert refusal_for(table) is None and detect_preset(table) is PRESETS["youtube"]
    for name in ("generic.csv", "real_tiktok_overview.csv", "real_x_account_overview.csv", "real_meta_facebook.csv"):
        assert refusal_for(read_csv_bytes((FIX / name).read_bytes()).headers) is None, name


# ---- 17.1 unbalanced quotes


def test_stray_quote_swallowing_rows_is_refused_with_line_numbers() -> None:
    data = (FIX / "posts_unbalanced_quote.csv").read_bytes()
    with pytest.raises(SwallowedRowsError) as exc:
        read_csv_bytes(data)
    msg = str(exc.value)
    assert "Line 4" in msg and "lines 5–1001" in msg and "1,001 lines" in msg and "Nothing was imported" in msg
    table = read_csv_bytes(data, allow_swallowed=True)  # the user decided to go ahead: said in the notes
    assert len(table.rows) == 3 and any("You chose to import" in n for n in table.notes)


def test_stray_quote_in_the_last_row_is_refused() -> None:
    with pytest.raises(SwallowedRowsError, match="Line 3: the 'Title' field"):
        read_csv_bytes(b'Date,Title,Views,Likes\n2026-01-01,a,1,2\n2026-01-02,"b,3,4\n')


def test_real_multiline_captions_are_not_mistaken_for_swallowed_rows() -> None:
    data = b'Date,Title,Views,Likes\n2026-11-01,"Line one\nhips, ankles, knees, calves\n\nend ""quoted""",3,4\n'
    table = read_csv_bytes(data + b"2026-11-02,x,1,1\n")
    assert len(table.rows) == 2 and table.rows[0][1].endswith('end "quoted"')
    assert read_csv_bytes((FIX / "real_meta_instagram.csv").read_bytes()).rows


_caption = st.text(alphabet=st.sampled_from(list('abc ,;"\n\r\t1234567890-')), max_size=60)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_caption, st.integers(0, MAX_COUNT)), min_size=1, max_size=30))
def test_property_well_quoted_files_are_never_refused_and_round_trip(rows: list[tuple[str, int]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["Date", "Title", "Views", "Likes"])
    for i, (title, views) in enumerate(rows):
        w.writerow([f"2026-01-{i % 28 + 1:02d}", title, views, i])
    table = read_csv_bytes(buf.getvalue().encode())
    assert [r[1] for r in table.rows] == [t for t, _ in rows]
    assert [int(r[2]) for r in table.rows] == [v for _, v in rows]


@settings(max_examples=40, deadline=None)
@given(st.integers(5, 60), st.data())
def test_property_a_stray_quote_never_passes_silently(n: int, data: st.DataObject) -> None:
    lines = ["Date,Title,Views,Likes"] + [f"2026-02-{i % 28 + 1:02d},Post {i},{100 + i},{i}" for i in range(n)]
    k = data.draw(st.integers(1, n))
    day = f"2026-02-{(k - 1) % 28 + 1:02d}"
    lines[k] = f'{day},"Post {k - 1},{99 + k},{k - 1}'
    with pytest.raises(SwallowedRowsError, match=f"Line {k + 1}"):
        read_csv_bytes(("\n".join(lines) + "\n").encode())


# ---- 15.2 date order per column, Excel re-saved forms


def test_date_order_is_decided_by_the_whole_column() -> None:
    col = decide_date_order(["01-07-2025", "05-07-2025", "13-06-2025"])
    assert col.order == "dmy" and col.evidence == "13-06-2025" and col.ambiguous == 2
    assert decide_date_order(["03/04/2026", "05/06/2026"]).order is None
    mixed = decide_date_order(["13/06/2025", "14/06/2025", "06/15/2025"])
    assert mixed.order == "dmy" and mixed.conflict == "06/15/2025"
    rows = _rows("dates_day_first_column.csv", "generic", column_date_order="dmy")
    assert [r.values["published_at"].date() for r in rows] == [date(2025, 7, 1), date(2025, 7, 5), date(2025, 6, 13)]
    with pytest.raises(ValueError, match="writes dates month/day"):
        parse_when("13/06/2025", order="mdy", strict=True)


def test_ambiguous_column_rows_are_refused_until_the_user_chooses() -> None:
    rows = _rows("dates_ambiguous_column.csv", "generic", date_order_unresolved=True)
    assert all("--date-order" in r.reason() for r in rows)
    chosen = _rows("dates_ambiguous_column.csv", "generic", date_order="dmy", date_order_unresolved=True)
    assert [r.values["published_at"].date() for r in chosen] == [date(2026, 4, 3), date(2026, 6, 5)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3-Jun-26", datetime(2026, 6, 3)),
        ("03-Jun-2026 14:05", datetime(2026, 6, 3, 14, 5)),
        ("6/3/2026 14:05", datetime(2026, 6, 3, 14, 5)),
        ("13-Dez-25", datetime(2025, 12, 13)),
    ],
)
def test_excel_resaved_dates(text: str, expected: datetime) -> None:
    assert parse_when(text).value == expected


# ---- 15.3 yearless dates


def test_consecutive_yearless_days_walk_back_across_new_year() -> None:
    md = [(12, 30), (12, 31), (1, 1), (1, 2)]
    assert consecutive_years(md, date(2026, 1, 5)) == [2025, 2025, 2026, 2026]
    assert consecutive_years(md, date(2026, 11, 25)) == [2025, 2025, 2026, 2026]
    assert consecutive_years(list(reversed(md)), date(2026, 1, 5)) == [2026, 2026, 2025, 2025]
    assert consecutive_years([(11, 22), None, (11, 24)], date(2026, 11, 23)) == [2025, None, 2025]


def test_tiktok_video_id_gives_the_year() -> None:
    assert year_from_video_id("7527694690419922567", 7, 16, TODAY) == 2025
    assert year_from_video_id("7589665914546867121", 12, 30, TODAY) == 2025
    assert year_from_video_id("7527694690419922567", 3, 1, TODAY) is None  # the id does not fit the date
    assert year_from_video_id("7437000000000000011", 11, 10, TODAY) is None  # 4 days before its creation
    assert year_from_video_id("12345", 1, 1, TODAY) is None
    rows = _rows("tiktok_content_yearless_ids.csv")
    assert [(r.values["published_at"].date(), r.year_source) for r in rows] == [
        (date(2025, 7, 16), "video id"),
        (date(2025, 12, 30), "video id"),
    ]
    forced = _rows("tiktok_content_yearless_ids.csv", year=2024)
    assert [r.values["published_at"].year for r in forced] == [2024, 2024]


# ---- 15.4 net changes in daily files


def test_negative_net_count_keeps_the_day_and_says_what_was_done() -> None:
    rows = _rows("tiktok_overview_new_year.csv")
    dec31 = rows[1]
    assert dec31.ok and dec31.values["comments"] == 0 and dec31.values["views"] == 1980 and dec31.values["likes"] == 250
    assert "-1 is a net change" in dec31.warnings[0] and "stored as 0" in dec31.warnings[0]
    assert rows[3].values["shares"] == 0 and rows[3].values["views"] == 2760
    assert parse_count("-1", signed=True) == -1
    with pytest.raises(ValueError, match="negative"):
        parse_count("-1")
    # Per-video files stay strict: a negative lifetime count is an error.
    bad = convert_post_row(
        ["2026-01-01", "t", "-5"],
        2,
        {"published_at": 0, "title": 1, "views": 2},
        PRESETS["generic"],
        ConvertOptions(TODAY),
    )
    assert "negative" in bad.reason()


# ---- 15.5 Meta captions


def test_meta_caption_from_title_or_description() -> None:
    rows = _rows("meta_facebook_title_description.csv")
    assert [r.values["title"] for r in rows] == [
        "Saturday long run: who is in?",
        "Three cues for a softer landing",
        "Full recap with splits in the comments",
    ]
    assert all(r.values["platform"] == "facebook" for r in rows)


# ---- 15.6 old Twitter daily file


def test_twitter_daily_file_is_its_own_preset_with_stable_ids() -> None:
    headers = read_csv_bytes((FIX / "daily_tweet_activity_metrics_demo_20210801_20210804_en.csv").read_bytes()).headers
    assert detect_preset(headers) is PRESETS["x_daily_tweet_activity"]
    per_tweet = read_csv_bytes((FIX / "real_x_tweet_activity_metrics.csv").read_bytes()).headers
    assert detect_preset(per_tweet) is PRESETS["x_tweet_activity"]
    rows = _rows("daily_tweet_activity_metrics_demo_20210801_20210804_en.csv")
    first = rows[0].values
    assert first["platform_post_id"] == "x-day-2021-08-01" and first["shares"] == 5 and first["comments"] == 7
    assert first["impressions"] == 1810 and first["likes"] == 33 and first["label"] == "reach"


# ---- 15.7 rows without a publish date


def test_unlisted_video_without_date_is_skipped_generic_stays_strict() -> None:
    rows = _rows("youtube_table_data_unlisted.csv")
    unlisted = rows[3]
    assert unlisted.skip_reason and "unlisted" in unlisted.skip_reason and not unlisted.errors
    assert sum(1 for r in rows if r.ok) == 3
    strict = convert_post_row(
        ["", "t", "5"], 2, {"published_at": 0, "title": 1, "views": 2}, PRESETS["generic"], ConvertOptions(TODAY)
    )
    assert strict.errors and not strict.skip_reason


# ---- 17.2 counts above the shared limit, 17.9 out-of-range dates


def test_count_above_limit_and_out_of_range_dates_are_refused_per_row() -> None:
    with pytest.raises(ValueError, match="0 to 999,999,999,999"):
        parse_count(str(MAX_COUNT + 1))
    assert parse_count(str(MAX_COUNT)) == MAX_COUNT
    rows = _rows("posts_hostile_values.csv", "generic")
    assert [r.ok for r in rows] == [True, False, False, True]
    assert "too large" in rows[1].reason() and "out of range" in rows[2].reason()


# ---- 15.9 engagers file


def test_engager_row_reads_the_export_columns() -> None:
    headers = [
        "platform",
        "handle",
        "first seen",
        "last seen",
        "interactions 30d",
        "returning",
        "power member",
        "notes",
    ]
    p = detect_preset(headers, kind="engagers")
    assert p is PRESETS["engagers"]
    m = mapping_for(p, headers)
    r = convert_engager_row(
        ["instagram", "@Ana_Runs", "2026-10-01", "2026-11-20", "7", "yes", "yes", "hosts Friday wins"],
        2,
        m,
        p,
        ConvertOptions(TODAY),
    )
    assert r.ok and r.values == {
        "platform": "instagram",
        "handle": "ana_runs",
        "first_seen": date(2026, 10, 1),
        "last_seen": date(2026, 11, 20),
        "power_member": True,
        "notes": "hosts Friday wins",
    }
    bad = convert_engager_row(["x", "bo", "", "", "", "", "maybe", ""], 3, m, p, ConvertOptions(TODAY))
    assert "not yes or no" in bad.reason()


def test_spreadsheet_safe_prefix_is_undone_on_import() -> None:
    from microcomm_desktop.domain.imports.rows import unneutralise

    assert [unneutralise(t) for t in ("'=SUM(A1)", "'+1", "'@ana", "'-5", "'tis", "=x", "")] == [
        "=SUM(A1)",
        "+1",
        "@ana",
        "-5",
        "'tis",
        "=x",
        "",
    ]


def test_localized_youtube_files_are_told_apart_by_headers_and_cells() -> None:
    chart_de = ["Datum", "Inhalt", "Videotitel", "Veröffentlichungszeitpunkt des Videos", "Dauer", "Aufrufe"]
    assert "Chart data.csv" in (refusal_for(chart_de) or "")
    assert "Totals.csv" in (refusal_for(["Datum", "Aufrufe", "Wiedergabezeit (Stunden)"]) or "")
    ids = [["2026-06-03", "hQ3xR7tLm2A", "10"], ["2026-06-04", "hQ3xR7tLm2A", "12"]]
    captions = [["2026-06-03", "Hip opener reel", "10"], ["2026-06-04", "Stair drill", "12"]]
    assert refusal_for(["Date", "Content", "Views"], ids) is not None
    assert refusal_for(["Date", "Content", "Views"], captions) is None  # a scheduler's caption column
    data = (FIX / "youtube_studio_download_de_names.zip").read_bytes()
    inner, notes = open_export_bytes(data, "de.zip")
    assert read_csv_bytes(inner).headers[0] == "Content"
    assert "read Tabellendaten.csv" in notes[0] and "Diagrammdaten.csv and Summen.csv" in notes[0]


def test_spreadsheet_safe_handles_round_trip() -> None:
    headers = ["platform", "handle", "power member", "notes"]
    p = PRESETS["engagers"]
    r = convert_engager_row(["x", "'@ana", "no", "'=1+1"], 2, mapping_for(p, headers), p, ConvertOptions(TODAY))
    assert r.values["handle"] == "ana" and r.values["notes"] == "=1+1"


def test_a_field_holding_half_the_file_is_refused_even_when_its_lines_are_not_rowlike() -> None:
    words = "\n".join(f"note {i}, about the run" for i in range(40))
    head = "Date,Title,Views\n2026-01-01,a,1\n2026-01-02,b,2\n"
    data = f'{head}2026-01-03,"{words},5\n'.encode()
    with pytest.raises(SwallowedRowsError, match="far longer than the rest of the column"):
        read_csv_bytes(data)
    # One post with a long caption (many lines, the odd comma) is not a swallowed file.
    caption = "\n".join(f"step {i}: breathe" for i in range(40))
    assert len(read_csv_bytes(f'Date,Title,Views\n2026-01-01,"{caption}",5\n'.encode()).rows) == 1


def test_chart_data_of_another_metric_and_user_sheets() -> None:
    watch = ["Date", "Content", "Video title", "Video publish time", "Duration", "Watch time (hours)"]
    assert "Chart data.csv" in (
        refusal_for(watch, [["2026-06-03", "hQ3xR7tLm2A", "t", "Jun 3, 2026", "60", "1.5"]]) or ""
    )
    assert "Totals.csv" in (refusal_for(["Date", "Watch time (hours)"]) or "")
    assert refusal_for(["Date", "Video title", "Views"], [["2026-01-01", "My run", "5"]]) is None
    assert refusal_for(["Date", "Views", "Likes"], [["2026-01-01", "5", "1"]]) is None


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)), min_size=1, max_size=40),
    st.sampled_from(["dmy", "mdy"]),
    st.sampled_from(["/", "-"]),
)
def test_property_date_order_per_column(days: list[date], order: str, sep: str) -> None:
    def fmt(d: date) -> str:
        a, b = (d.day, d.month) if order == "dmy" else (d.month, d.day)
        return f"{a:02d}{sep}{b:02d}{sep}{d.year}"

    cells = [fmt(d) for d in days]
    col = decide_date_order(cells)
    settled = any(d.day > 12 for d in days)
    assert col.order == (order if settled else None) and not col.conflict
    if col.order is not None:
        assert [parse_when(c, order=col.order, strict=True).value.date() for c in cells] == days


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 2 * MAX_COUNT))
def test_property_counts_exact_or_refused_with_the_range(n: int) -> None:
    for text in (str(n), f"{n:,}"):
        if n <= MAX_COUNT:
            assert parse_count(text) == n
            assert parse_count(f"{n:,}".replace(",", "."), decimal_comma=True) == n
        else:
            with pytest.raises(ValueError, match="0 to 999,999,999,999"):
                parse_count(text)


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("<!DOCTYPE html>\n<html><head><title>Log in</title></head></html>", "a web page (HTML)"),
        ('{"Video": {"Videos": {"VideoList": []}}}', "a JSON file"),
        ('[{"date": "2026-01-01", "views": 3}]', "a JSON file"),
        ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "a calendar file"),
    ],
)
def test_other_text_formats_get_one_sentence(text: str, what: str) -> None:
    with pytest.raises(CsvFileError, match="not a CSV export") as exc:
        read_csv_bytes(text.encode())
    assert what in str(exc.value)
