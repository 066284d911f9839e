"""``microcomm import`` / ``microcomm export``: reports, exit codes, dry run, round trip."""

from __future__ import annotations

import csv
import os
import zipfile
from pathlib import Path

import pytest

from microcomm_desktop.__main__ import main

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


@pytest.fixture
def ws(data_dir: Path) -> str:
    assert main(["--data-dir", str(data_dir), "workspace", "create", "Club", "--timezone", "Europe/Berlin"]) == 0
    return "Club"


def test_import_posts_report_and_reimport(data_dir: Path, ws: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["import", "posts", str(FIX / "youtube_table_data.csv"), "--workspace", ws, "--data-dir", str(data_dir)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "YouTube Studio" in out and "Inserted 3, updated 0, skipped 1" in out
    assert main(args) == 0
    assert "Inserted 0, updated 3" in capsys.readouterr().out


def test_rejected_rows_exit_non_zero_and_skip_bad(data_dir: Path, ws: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "bad.csv"
    f.write_text("Date,Reach\n2026-11-01,100\nsoon,5\n")
    base = ["import", "posts", str(f), "--workspace", ws, "--data-dir", str(data_dir)]
    assert main([*base, "--dry-run"]) == 1
    assert main(base) == 1
    out = capsys.readouterr().out
    assert "Nothing was written" in out and "line 3: rejected" in out
    assert main([*base, "--skip-bad"]) == 0
    assert "Inserted 1" in capsys.readouterr().out


def test_unknown_export_and_missing_file(data_dir: Path, ws: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert (
        main(["import", "posts", str(FIX / "unknown_export.csv"), "--workspace", ws, "--data-dir", str(data_dir)]) == 2
    )
    assert "Could not recognise" in capsys.readouterr().err
    assert main(["import", "posts", str(tmp_path / "nope.csv"), "--workspace", ws, "--data-dir", str(data_dir)]) == 2
    assert (
        main(
            [
                "import",
                "posts",
                str(FIX / "generic.csv"),
                "--workspace",
                ws,
                "--preset",
                "nope",
                "--data-dir",
                str(data_dir),
            ]
        )
        == 2
    )


def test_round_trip_posts_and_interactions(data_dir: Path, ws: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    d = ["--data-dir", str(data_dir)]
    assert main(["import", "posts", str(FIX / "meta_business_suite.csv"), "--workspace", ws, *d]) == 0
    assert main(["import", "interactions", str(FIX / "interactions.csv"), "--workspace", ws, *d]) == 0
    assert "Inserted 6" in capsys.readouterr().out
    p1, i1, e1 = tmp_path / "p1.csv", tmp_path / "i1.csv", tmp_path / "e1.csv"
    assert main(["export", "posts", "--workspace", ws, "-o", str(p1), *d]) == 0
    assert main(["export", "interactions", "--workspace", ws, "-o", str(i1), *d]) == 0
    assert main(["export", "engagers", "--workspace", ws, "-o", str(e1), *d]) == 0
    assert main(["workspace", "create", "Copy", "--timezone", "Europe/Berlin", *d]) == 0
    assert main(["import", "posts", str(p1), "--workspace", "Copy", *d]) == 0
    assert main(["import", "interactions", str(i1), "--workspace", "Copy", *d]) == 0
    p2, i2 = tmp_path / "p2.csv", tmp_path / "i2.csv"
    assert main(["export", "posts", "--workspace", "Copy", "-o", str(p2), *d]) == 0
    assert main(["export", "interactions", "--workspace", "Copy", "-o", str(i2), *d]) == 0
    assert p1.read_text() == p2.read_text()

    def body(path: Path) -> list[list[str]]:  # ids differ between workspaces; everything else matches
        import csv

        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        return [r[:4] + r[6:] for r in rows]

    assert body(i1) == body(i2)


def test_themes_and_format_round_trip_through_the_cli(data_dir: Path, ws: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    d = ["--data-dir", str(data_dir)]
    src = tmp_path / "tagged.csv"
    src.write_text(
        "Date,Post id,Platform,Format,Themes,Reach\n"
        '2026-11-02 18:00,t1,instagram,Friday wins,"Hip Mobility; #wins",900\n'
        "2026-11-03 18:00,t2,instagram,carousel,,700\n",
        encoding="utf-8",
    )
    assert main(["import", "posts", str(src), "--workspace", ws, "--dry-run", *d]) == 0
    assert "Themes: would set on 2 posts; new themes: hip mobility, wins." in capsys.readouterr().out
    assert main(["import", "posts", str(src), "--workspace", ws, *d]) == 0
    assert "Themes: set on 2 posts" in capsys.readouterr().out
    p1, p2 = tmp_path / "p1.csv", tmp_path / "p2.csv"
    assert main(["export", "posts", "--workspace", ws, "-o", str(p1), *d]) == 0
    lines = p1.read_text(encoding="utf-8").splitlines()
    assert lines[0].split(",")[5] == "Themes"
    assert '"hip mobility, wins"' in lines[1] and "Friday wins" in lines[1]
    assert main(["workspace", "create", "Copy", "--timezone", "Europe/Berlin", *d]) == 0
    assert main(["import", "posts", str(p1), "--workspace", "Copy", *d]) == 0
    assert main(["export", "posts", "--workspace", "Copy", "-o", str(p2), *d]) == 0
    assert p1.read_text() == p2.read_text()


def test_unknown_export_lists_columns_and_maps_with_map(data_dir: Path, ws: str, capsys) -> None:  # type: ignore[no-untyped-def]
    base = ["import", "posts", str(FIX / "real_unknown_scheduler.csv"), "--workspace", ws, "--data-dir", str(data_dir)]
    assert main(base) == 2
    err = capsys.readouterr().err
    assert "Could not recognise" in err and "1:'Posted on'" in err and "published_at*" in err and "--map" in err
    mapped = [*base, "--preset", "generic", "--map", "published_at=Posted on", "--map", "views=Views count"]
    assert main([*mapped, "--map", "likes=Hearts", "--map", "platform=Network"]) == 0
    out = capsys.readouterr().out
    assert "Inserted 2" in out and "above the header" in out
    assert main([*base, "--map", "published_at=Nope"]) == 2
    assert "No column 'Nope'" in capsys.readouterr().err
    assert main([*base, "--map", "published_at"]) == 2
    assert "FIELD=COLUMN" in capsys.readouterr().err


def test_real_exports_from_the_cli(data_dir: Path, ws: str, capsys) -> None:  # type: ignore[no-untyped-def]
    base = ["--workspace", ws, "--data-dir", str(data_dir)]
    assert main(["import", "posts", str(FIX / "real_youtube_de_semicolon.csv"), *base]) == 0
    out = capsys.readouterr().out
    assert "Inserted 3" in out and "European style" in out and "line 2: skipped: summary row" in out
    assert main(["import", "posts", str(FIX / "real_meta_facebook.csv"), *base]) == 1
    out = capsys.readouterr().out
    assert "line 4: rejected" in out and "rounded by Excel" in out
    assert main(["import", "posts", str(FIX / "real_meta_facebook.csv"), *base, "--skip-bad"]) == 0
    assert "Inserted 2" in capsys.readouterr().out
    assert main(["import", "posts", str(FIX / "real_youtube_de_semicolon.csv"), *base, "--decimal-point"]) == 1
    assert "ambiguous" in capsys.readouterr().out


# ---- issue 15/17 export classes from the CLI (the wizard tests check the same outcomes)


def _imp(data_dir: Path, ws: str, name: str | Path, *extra: str, what: str = "posts") -> int:
    path = name if isinstance(name, Path) else FIX / name
    return main(["import", what, str(path), "--workspace", ws, "--data-dir", str(data_dir), *extra])


def test_youtube_zip_accepted_chart_data_and_binaries_refused(data_dir: Path, ws: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _imp(data_dir, ws, "youtube_studio_download.zip") == 0
    out = capsys.readouterr().out
    assert "Inserted 3, updated 0, skipped 2, rejected 0 of 5 rows." in out and "read Table data.csv" in out
    assert "line 5: skipped: no publish date" in out
    assert _imp(data_dir, ws, "youtube_chart_data.csv") == 2
    err = capsys.readouterr().err
    assert "Chart data.csv" in err and "Table data.csv" in err and "Traceback" not in err
    assert _imp(data_dir, ws, "youtube_totals.csv", "--preset", "youtube") == 2
    assert "Totals.csv" in capsys.readouterr().err
    xlsx = tmp_path / "posts.xlsx"
    with zipfile.ZipFile(xlsx, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    assert _imp(data_dir, ws, xlsx) == 2
    err = capsys.readouterr().err
    assert "posts.xlsx is an Excel workbook (.xlsx), not a CSV export" in err and "PK" not in err


def test_ambiguous_dates_need_date_order(data_dir: Path, ws: str, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _imp(data_dir, ws, "dates_ambiguous_column.csv") == 2
    assert "--date-order" in capsys.readouterr().err
    assert _imp(data_dir, ws, "dates_ambiguous_column.csv", "--date-order", "dmy") == 0
    assert "Inserted 2" in capsys.readouterr().out
    assert _imp(data_dir, ws, "dates_day_first_column.csv", "--dry-run") == 0
    assert "'13-06-2025' settles it" in capsys.readouterr().out


def test_swallowed_rows_refused_unless_the_user_decides(data_dir: Path, ws: str, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _imp(data_dir, ws, "posts_unbalanced_quote.csv") == 2
    err = capsys.readouterr().err
    assert "Line 4" in err and "swallows lines 5–1001" in err and "Nothing was imported" in err
    assert _imp(data_dir, ws, "posts_unbalanced_quote.csv", "--allow-swallowed-rows") == 0
    out = capsys.readouterr().out
    assert "Inserted 3" in out and "You chose to import the file as it is" in out


def test_hostile_values_and_yearless_dates_from_the_cli(data_dir: Path, ws: str, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _imp(data_dir, ws, "posts_hostile_values.csv") == 1
    assert _imp(data_dir, ws, "posts_hostile_values.csv", "--skip-bad") == 0
    out = capsys.readouterr().out
    assert "Inserted 2" in out and "the allowed range is 0 to 999,999,999,999" in out and "out of range" in out
    assert _imp(data_dir, ws, "tiktok_content_yearless_ids.csv") == 0
    assert "2 rows in 2025 from the TikTok video ids" in capsys.readouterr().out
    assert _imp(data_dir, ws, "tiktok_overview_new_year.csv", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "consecutive days" in out and "net change" in out and "rejected 0" in out


def test_engagers_round_trip_through_the_cli(data_dir: Path, ws: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.context import open_context
    from microcomm_desktop.services.interactions import update_engager
    from microcomm_desktop.store.models import Engager
    from microcomm_desktop.store.models.base import table_of

    d = ["--data-dir", str(data_dir)]
    assert _imp(data_dir, ws, "real_meta_instagram.csv") == 0
    assert _imp(data_dir, ws, "interactions.csv", what="interactions") == 0
    ctx = open_context(data_dir, database_url=os.environ.get("MICROCOMM_DATABASE_URL"))
    e = table_of(Engager)
    with ctx.engine.connect() as c:
        ana = c.execute(e.select().where(e.c.handle == "ana_runs")).mappings().one()["id"]
    update_engager(ctx.engine, ana, power_member=True, notes="=leads Friday wins")
    ctx.dispose()
    first = tmp_path / "engagers.csv"
    assert main(["export", "engagers", "--workspace", ws, "-o", str(first), *d]) == 0
    assert main([*d, "workspace", "create", "Moved", "--timezone", "Europe/Berlin"]) == 0
    assert _imp(data_dir, "Moved", first, "--dry-run", what="engagers") == 0
    assert "Would insert" in capsys.readouterr().out
    assert _imp(data_dir, "Moved", first, what="engagers") == 0
    second = tmp_path / "engagers-moved.csv"
    assert main(["export", "engagers", "--workspace", "Moved", "-o", str(second), *d]) == 0

    def kept(path: Path) -> list[tuple[str, ...]]:
        with path.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        return sorted((r["platform"], r["handle"], r["power member"], r["notes"]) for r in rows)

    assert kept(first) == kept(second) and ("instagram", "ana_runs", "yes") in [k[:3] for k in kept(second)]


def test_out_of_range_interaction_dates_do_not_abort_with_skip_bad(
    data_dir: Path, ws: str, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    assert _imp(data_dir, ws, "real_meta_instagram.csv") == 0
    f = tmp_path / "hostile.csv"
    f.write_text(
        "handle,kind,timestamp,post,id\n@ana,comment,2026-11-20T18:41:00,17986512345678901,c1\n"
        "@ben,comment,9999-12-31T23:59:59,17986512345678901,c2\n@dee,like,2026-11-21T10:00:00,17986512345678901,c4\n"
    )
    capsys.readouterr()
    assert _imp(data_dir, ws, f, what="interactions") == 1
    assert _imp(data_dir, ws, f, "--skip-bad", what="interactions") == 0
    out = capsys.readouterr().out
    assert "Inserted 2" in out and "line 3: rejected: Timestamp: 9999-12-31 is out of range" in out


def test_overview_across_new_year_with_the_import_day_as_a_parameter(
    data_dir: Path, ws: str, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    assert _imp(data_dir, ws, "tiktok_overview_new_year.csv", "--today", "2026-01-03") == 0
    assert "4 rows in 2025–2026 as consecutive days" in capsys.readouterr().out
    out = tmp_path / "posts.csv"
    assert main(["export", "posts", "--workspace", ws, "-o", str(out), "--data-dir", str(data_dir)]) == 0
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    ids = sorted(r["Platform post id"] for r in rows)
    assert ids == [f"tiktok-day-{d}" for d in ("2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02")]


def _published(data_dir: Path, ws: str, tmp_path: Path) -> list[str]:
    out = tmp_path / "posts_out.csv"
    assert main(["export", "posts", "--workspace", ws, "--data-dir", str(data_dir), "-o", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    key = "Date/time"
    return sorted(r[key][:10] for r in rows)


def test_month_names_in_any_export_language_and_the_colliding_ones(  # type: ignore[no-untyped-def]
    data_dir: Path, ws: str, tmp_path: Path, capsys, monkeypatch
) -> None:
    """CLDR month names: a French file imports; Polish "listopada" is settled by "lipca" in the same column,
    refused alone (the computer's language breaks no tie here), and read as the user chose."""
    from microcomm_desktop.services import importing

    monkeypatch.setattr(importing, "system_language", lambda: "de_DE.UTF-8")
    base = ["import", "posts", "--workspace", ws, "--data-dir", str(data_dir)]
    fr = tmp_path / "fr.csv"
    fr.write_text("Date,Reach,Title\n27 septembre 2024,100,a\n3 févr. 2025,50,b\n", encoding="utf-8")
    assert main([*base[:2], str(fr), *base[2:]]) == 0
    assert _published(data_dir, ws, tmp_path) == ["2024-09-27", "2025-02-03"]
    pl = tmp_path / "pl.csv"
    pl.write_text("Date,Reach,Title\n14 listopada 2024,100,c\n3 lipca 2024,50,d\n", encoding="utf-8")
    assert main([*base[:2], str(pl), *base[2:]]) == 0
    assert "'lipca' in the same column settles it" in capsys.readouterr().out
    assert "2024-11-14" in _published(data_dir, ws, tmp_path)
    alone = tmp_path / "alone.csv"
    alone.write_text("Date,Reach,Title\n15 listopada 2024,100,e\n", encoding="utf-8")
    assert main([*base[:2], str(alone), *base[2:]]) == 1
    out = capsys.readouterr().out
    assert "October in Croatian but November in Polish" in out and "--date-language" in out
    assert main([*base[:2], str(alone), *base[2:], "--date-language", "hr"]) == 0
    assert "read in Croatian, as you chose" in capsys.readouterr().out
    assert "2024-10-15" in _published(data_dir, ws, tmp_path)
