"""Posts export (issue 20 fast path): every text cell is guarded exactly like ``guard_cell`` would, one hostile
cell at a time, and nothing else in the row changes (counts, rates and the time are never guarded)."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

from microcomm_desktop.domain.csv_safety import guard_cell
from microcomm_desktop.domain.post_fields import EXPORT_FIELDS
from microcomm_desktop.services import exporting
from microcomm_desktop.services.workspaces import create_workspace
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Post, PostTheme, Theme

HOSTILE = ['=HYPERLINK("http://x","y")', "+1 555", "-5", "@SUM(A1)", "\tTab", "\rCR", "'=already", "''+x"]
# Every guarded text cell of the declaration, by output position: a text field added later is tested here without
# anyone listing it (and the export's first-character shortcut must then test it too, or this fails). The themes
# cell comes from a join, not a post column: its own test below.
TEXT_FIELDS = {f.key: i for i, f in enumerate(EXPORT_FIELDS) if f.kind not in ("when", "count", "themes")}


def test_each_hostile_text_cell_is_guarded_and_nothing_else(app_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = create_workspace(app_ctx.engine, "Guarded posts")
    assert ws.id is not None
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    expected: list[tuple[int, str]] = []
    with session_scope(app_ctx.engine) as s:
        k = 0
        for field, col in TEXT_FIELDS.items():
            for text in HOSTILE:
                values: dict[str, object] = {"platform": "instagram", "platform_post_id": f"p{k}", "title": "t"}
                values[field] = f"{text}{k}" if field == "platform_post_id" else text
                if field in ("platform", "label"):  # 16-character columns (PostgreSQL enforces it)
                    values[field] = text[:16]
                when = start + timedelta(minutes=k)
                s.add(Post(workspace_id=ws.id, published_at=when, local_date=when.date(), reach=100, saves=3, **values))
                expected.append((col, str(values[field])))
                k += 1
        plain = start + timedelta(minutes=k)
        s.add(
            Post(workspace_id=ws.id, platform="x", platform_post_id=None, published_at=plain, local_date=plain.date())
        )
    out = tmp_path / "posts.csv"
    assert exporting.export_posts(app_ctx.engine, ws.id, out) == len(expected) + 1
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))[1:]
    for row, (col, text) in zip(rows, expected, strict=False):
        assert row[col] == guard_cell(text), (col, text, row)
        assert row[8] == "100" and row[14] == "3" and row[20] == "30.0"  # counts and rates untouched
        assert row[0].startswith("2026-03-02T")
    assert rows[-1][1:4] == ["x", "", ""]  # no platform post id: a blank cell, not "None"


def test_the_declaration_still_has_the_text_cells_this_test_expects() -> None:
    """A guard against the derivation above quietly testing nothing (a renamed kind, an emptied declaration)."""
    assert {"platform", "platform_post_id", "link", "format", "label", "title", "notes"} <= set(TEXT_FIELDS)


def test_a_hostile_theme_name_is_guarded(app_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = create_workspace(app_ctx.engine, "Guarded themes")
    assert ws.id is not None
    when = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    col = next(i for i, f in enumerate(EXPORT_FIELDS) if f.kind == "themes")
    with session_scope(app_ctx.engine) as s:
        post = Post(workspace_id=ws.id, platform="x", published_at=when, local_date=when.date(), title="t")
        theme = Theme(workspace_id=ws.id, name="=cmd|' /C calc'!A0")
        s.add(post)
        s.add(theme)
        s.flush()
        assert post.id is not None and theme.id is not None
        s.add(PostTheme(post_id=post.id, theme_id=theme.id))
    out = tmp_path / "posts.csv"
    assert exporting.export_posts(app_ctx.engine, ws.id, out) == 1
    with out.open(newline="", encoding="utf-8") as fh:
        row = list(csv.reader(fh))[1]
    assert row[col] == guard_cell("=cmd|' /C calc'!A0") and row[col].startswith("'")
    assert row[1] == "x" and row[7] == "t"  # the other text cells are left alone
