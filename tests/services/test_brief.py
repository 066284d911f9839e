"""The community brief carries everything docs/domain.md §3 lists, in Markdown and PDF."""

from __future__ import annotations

from pathlib import Path

from microcomm_desktop.services.brief import MISSING_DISCLOSURE, build_brief, export_brief, to_markdown
from microcomm_desktop.services.promise import update_profile


def test_markdown_has_every_section(app_ctx, sample_workspace, today, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = export_brief(app_ctx.engine, sample_workspace.id, tmp_path / "brief.md", today)
    md = out.read_text()
    for needle in [
        "This is the place where runners get a weekly 20-minute mobility routine",
        "mobility for recreational runners",
        "Instagram comments + DMs",
        "Sunday Q and A",
        "Be kind, be specific",
        "Tuesday teardown** — Tue 18:30 (45 min)",
        "Friday wins** — Fri 17:00 (30 min)",
        "Send a 10-second clip of your stride",
        "Reply within 60 minutes to the first 10 comments",
        "#ad — I am paid by the brand",
    ]:
        assert needle in md, needle


def test_missing_disclosure_is_called_out(app_ctx, sample_workspace, today) -> None:  # type: ignore[no-untyped-def]
    update_profile(app_ctx.engine, sample_workspace.id, disclosure_line="")
    assert MISSING_DISCLOSURE in to_markdown(build_brief(app_ctx.engine, sample_workspace.id, today))


def test_pdf(app_ctx, sample_workspace, today, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = export_brief(app_ctx.engine, sample_workspace.id, tmp_path / "brief.pdf", today)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000
