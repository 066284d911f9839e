"""Themes and format on posts: form values, edits whose undo is exact, import column, export round trip."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from microcomm_desktop.domain.imports import ConvertOptions, read_csv_bytes
from microcomm_desktop.services import exporting, importing, posts
from microcomm_desktop.services import themes as th
from microcomm_desktop.store.models import PostTheme, Theme
from microcomm_desktop.store.models.base import table_of

TODAY = date(2026, 11, 25)
THEMES = posts.ROW_FIELDS.index("themes")


def _form(**kw: str) -> dict[str, str]:
    base = {"when": "2026-11-20 18:30", "label": "community", "reach": "1500", "impressions": "2000"}
    base.update(kw)
    return base


def _theme_rows(engine, ws_id: int) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    t = table_of(Theme)
    with engine.connect() as c:
        return [(int(i), str(n)) for i, n in c.execute(select(t.c.id, t.c.name).where(t.c.workspace_id == ws_id))]


def _links(engine) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(table_of(PostTheme))).scalar() or 0)


def _row_themes(engine, ws_id: int, pid: int) -> str | None:  # type: ignore[no-untyped-def]
    return next(r[THEMES] for r in posts.load_post_rows(engine, ws_id) if r[0] == pid)


def test_form_parses_and_validates_themes_and_format() -> None:
    chk = posts.check_post_form(_form(themes="Hip  Mobility; #recovery, hip mobility", format="carousel"))
    assert chk.ok and chk.values["themes"] == ["hip mobility", "recovery"] and chk.values["format"] == "carousel"
    bad = posts.check_post_form(_form(themes="x" * 90, format="y" * 81))
    assert "keep a theme under 80" in bad.errors["themes"]
    assert "Format: keep it under 80" in bad.errors["format"]
    # Inline (partial) edits of the Themes cell validate the same way; an empty cell means "no themes".
    assert posts.check_post_form({"themes": ""}, partial=True).values == {"themes": []}


def test_add_edit_undo_redo_themes_exactly(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    eng = app_ctx.engine
    th.create_theme(eng, workspace.id, "recovery")
    added = posts.add_post(eng, workspace.id, posts.check_post_form(_form(themes="recovery, ankles")).values)
    pid = added.post_id
    # Names come back sorted in one cell, whatever order they were typed in.
    assert _row_themes(eng, workspace.id, pid) == "ankles, recovery"
    assert added.tags is not None and [n for _i, n in added.tags.created_themes] == ["ankles"]
    assert posts.post_form_values(eng, pid)["themes"] == "ankles, recovery"

    values = posts.check_post_form({"themes": "recovery, gear", "format": "live"}, partial=True).values
    edit = posts.edit_post(eng, pid, values)
    assert _row_themes(eng, workspace.id, pid) == "gear, recovery"
    gear_id = dict((n, i) for i, n in _theme_rows(eng, workspace.id))["gear"]
    posts.revert_post_edit(eng, edit)
    assert _row_themes(eng, workspace.id, pid) == "ankles, recovery"
    assert posts.post_form_values(eng, pid)["format"] == ""
    assert "gear" not in {n for _i, n in _theme_rows(eng, workspace.id)}  # the theme the edit created is gone
    posts.reapply_post_edit(eng, edit, values)
    assert _row_themes(eng, workspace.id, pid) == "gear, recovery"
    assert dict((n, i) for i, n in _theme_rows(eng, workspace.id))["gear"] == gear_id  # same id on redo

    # The older update_post API returns the previous theme list so update_post(before) restores it.
    before = posts.update_post(eng, pid, {"themes": []})
    assert before["themes"] == ["gear", "recovery"] and _row_themes(eng, workspace.id, pid) is None
    posts.update_post(eng, pid, before)
    assert _row_themes(eng, workspace.id, pid) == "gear, recovery"


def test_undo_of_add_drops_created_themes_and_redo_restores_them(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    eng = app_ctx.engine
    added = posts.add_post(eng, workspace.id, posts.check_post_form(_form(themes="fresh")).values)
    assert added.tags is not None
    themes_before = _theme_rows(eng, workspace.id)
    snap = posts.delete_posts(eng, [added.post_id], drop_themes=added.tags.created_themes)
    assert _theme_rows(eng, workspace.id) == [] and _links(eng) == 0
    posts.restore_posts(eng, snap)
    assert _theme_rows(eng, workspace.id) == themes_before
    assert _row_themes(eng, workspace.id, added.post_id) == "fresh"


def test_duplicate_keeps_themes(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    eng = app_ctx.engine
    pid = posts.create_post(eng, workspace.id, posts.check_post_form(_form(themes="a, b")).values)
    dup = posts.duplicate_post(eng, pid)
    assert _row_themes(eng, workspace.id, dup) == "a, b"


def test_theme_names_with_separators_are_refused() -> None:
    import pytest

    with pytest.raises(th.ThemeError, match="comma"):
        th.clean_name("a, b")


CSV = (
    "Date,Post id,Platform,Format,Themes,Reach,Saves\n"
    '2026-11-02 18:00,p1,instagram,carousel,"Hip Mobility; #recovery",1000,20\n'
    "2026-11-03 18:00,p2,instagram,live,,800,4\n"
    "2026-11-04 18:00,p3,instagram,reel,gear,500,1\n"
)


def _plan(text: str):  # type: ignore[no-untyped-def]
    return importing.make_plan(read_csv_bytes(text.encode()), ConvertOptions(today=TODAY), kind="posts")


def _by_ext(engine, ws_id: int) -> dict[str, tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    ext, fmt = posts.ROW_FIELDS.index("platform_post_id"), posts.ROW_FIELDS.index("format")
    return {r[ext]: (r[fmt], r[THEMES]) for r in posts.load_post_rows(engine, ws_id)}


def test_import_maps_themes_and_format_and_reimport_replaces(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    eng = app_ctx.engine
    plan = _plan(CSV)
    assert plan.preset is not None and plan.preset.name == "generic"
    assert plan.mapping["themes"] == 4 and plan.mapping["format"] == 3
    preview = importing.preview(plan)
    assert preview[0].values["themes"] == ["hip mobility", "recovery"]

    dry = importing.import_posts(eng, workspace.id, plan, dry_run=True)
    assert not dry.written and dry.new_themes == ["gear", "hip mobility", "recovery"] and dry.tagged_posts == 3
    assert "would set on 3 posts" in dry.themes_line()
    assert _theme_rows(eng, workspace.id) == []

    rep = importing.import_posts(eng, workspace.id, plan)
    assert rep.written and rep.inserted == 3
    assert _by_ext(eng, workspace.id) == {
        "p1": ("carousel", "hip mobility, recovery"),
        "p2": ("live", None),
        "p3": ("reel", "gear"),
    }
    # Next export: p1 loses a theme, p2 gains one, p3's cell is emptied (the file states the themes exactly).
    again = CSV.replace('"Hip Mobility; #recovery"', "recovery").replace("live,,", "live,ankles,")
    again = again.replace("reel,gear", "reel,")
    rep2 = importing.import_posts(eng, workspace.id, _plan(again))
    assert rep2.updated == 3 and rep2.inserted == 0 and rep2.new_themes == ["ankles"]
    assert _by_ext(eng, workspace.id) == {
        "p1": ("carousel", "recovery"),
        "p2": ("live", "ankles"),
        "p3": ("reel", None),
    }
    # A file without a themes column leaves the themes typed in the app alone.
    no_col = "Date,Post id,Platform,Reach\n2026-11-02 18:00,p1,instagram,1200\n"
    importing.import_posts(eng, workspace.id, _plan(no_col))
    assert _by_ext(eng, workspace.id)["p1"] == ("carousel", "recovery")


def test_import_rejects_a_too_long_theme_and_writes_nothing(app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    eng = app_ctx.engine
    bad = CSV.replace("gear", "g" * 95)
    rep = importing.import_posts(eng, workspace.id, _plan(bad))
    assert not rep.written and rep.rejected and rep.rejected[0][0] == 4
    assert "keep a theme under 80" in rep.rejected[0][1]
    assert posts.load_post_rows(eng, workspace.id) == [] and _theme_rows(eng, workspace.id) == []
    ok = importing.import_posts(eng, workspace.id, _plan(bad), skip_bad=True)
    assert ok.written and ok.inserted == 2


def test_export_writes_themes_and_reimport_reproduces_them(app_ctx, sample_workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services.workspaces import create_workspace

    eng = app_ctx.engine
    out = tmp_path / "posts.csv"
    exporting.export_posts(eng, sample_workspace.id, out)
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert "Themes" in header
    other = create_workspace(eng, "Copy", timezone="UTC")
    plan = importing.make_plan(importing.load_table(out), ConvertOptions(today=TODAY), kind="posts")
    assert plan.mapping["themes"] == header.index("Themes")
    rep = importing.import_posts(eng, other.id, plan)
    assert rep.written and not rep.rejected
    ext = posts.ROW_FIELDS.index("platform_post_id")
    src = {r[ext]: r[THEMES] for r in posts.load_post_rows(eng, sample_workspace.id)}
    dst = {r[ext]: r[THEMES] for r in posts.load_post_rows(eng, other.id)}
    assert any(src.values()) and src == dst
    assert sorted(n for _i, n in _theme_rows(eng, other.id)) == sorted(
        {n for v in src.values() if v for n in v.split(", ")}
    )
