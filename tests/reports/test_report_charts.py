"""Issue #16 item 1: every exported weekly and 30-day report draws real charts, not a filled box with axes.

The charts are read back the way a reader sees them: the HTML's base64 PNGs, and the PDF both as the images it
embeds (``pdfimages``) and as a rendered page (``pdftoppm``). A plot area of one flat colour fails.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from microcomm_desktop.cli import parse, run_command
from microcomm_desktop.report_charts import line_chart_png, report_charts
from microcomm_desktop.services import reports
from tests.reports import chart_pixels as cp

KINDS = ("weekly", "30day")


def _cli(data_dir: Path, *args: str) -> int:
    return run_command(parse(["--data-dir", str(data_dir), "report", *args]))


def _check_pdf(pdf: Path, tmp: Path, what: str) -> None:
    if not cp.have_poppler():  # without poppler the same chart bytes are checked through the HTML export
        pytest.skip("poppler-utils (pdftoppm, pdfimages) not installed")
    imgs = tmp / f"{pdf.stem}-img"
    imgs.mkdir()
    embedded = cp.pdf_images(pdf, imgs)
    assert len(embedded) == 2, f"{what}: expected the two charts in the PDF, found {len(embedded)} images"
    for img in embedded:
        cp.assert_chart_drawn(img, f"{what} {img.name}")
    pages = tmp / f"{pdf.stem}-pages"
    pages.mkdir()
    (page,) = cp.pdf_pages(pdf, pages)
    flat = cp.flat_saturated_tiles(cp.load(page))
    assert flat <= 4, f"{what}: the rendered page has {flat} tiles of one saturated colour (a filled box)"


@pytest.mark.parametrize("kind", KINDS)
def test_cli_reports_draw_their_charts(  # type: ignore[no-untyped-def]
    capsys, data_dir: Path, app_ctx, sample_workspace, today: date, tmp_path: Path, kind: str
) -> None:
    html = tmp_path / f"{kind}.html"
    pdf = tmp_path / f"{kind}.pdf"
    common = ["--workspace", sample_workspace.name, "--until", today.isoformat(), "--period", kind]
    assert _cli(data_dir, *common, "--format", "html", "-o", str(html)) == 0
    assert _cli(data_dir, *common, "--format", "pdf", "-o", str(pdf)) == 0
    charts = cp.html_charts(html.read_text(encoding="utf-8"))
    assert len(charts) == 2
    for i, png in enumerate(charts):
        cp.assert_chart_drawn(png, f"CLI {kind} HTML chart {i}")
    _check_pdf(pdf, tmp_path, f"CLI {kind} PDF")


def test_gui_reports_draw_their_charts(qtbot, ui_ctx, sample_workspace, today: date, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.ui.tabs.dashboard.page import DashboardTab

    ui_ctx.workspace = sample_workspace
    tab = DashboardTab(ui_ctx, today=today)
    qtbot.addWidget(tab)
    tab.set_workspace(sample_workspace.id)
    qtbot.waitUntil(lambda: tab.data is not None and not tab.is_busy())
    for kind in KINDS:
        pdf, html, _ = tab.write_report(kind, tmp_path / f"gui-{kind}.pdf")  # type: ignore[arg-type]
        charts = cp.html_charts(html.read_text(encoding="utf-8"))
        assert len(charts) == 2
        for i, png in enumerate(charts):
            cp.assert_chart_drawn(png, f"GUI {kind} HTML chart {i}")
        _check_pdf(pdf, tmp_path, f"GUI {kind} PDF")


def test_every_chart_of_a_report_has_a_line_and_a_band(app_ctx, sample_workspace, today: date) -> None:  # type: ignore[no-untyped-def]
    data = reports.build_report(app_ctx.engine, sample_workspace.id, "30day", today)
    charts = report_charts(data.weeks, {k: (b.low, b.high) for k, b in data.bench.bands.items()})
    assert set(charts) == {"returning", "replies"}
    for name, png in charts.items():
        region = cp.plot_area(cp.load(png))
        line = ((abs(region - (30, 90, 180)).sum(axis=2)) < 60).sum()
        band = ((abs(region - (225, 242, 225)).sum(axis=2)) < 24).sum()
        assert line > 50, f"{name}: the data line is not drawn"
        assert band > 500, f"{name}: the benchmark band is not drawn"


def test_the_flat_box_check_catches_a_filled_plot() -> None:
    """The detector itself: a plot area painted over in one colour must fail it (what the old code produced)."""
    from PySide6.QtGui import QColor, QImage, QPainter

    good = line_chart_png("t", [date(2026, 11, d) for d in (2, 9, 16)], [10.0, 12.0, 11.0], (5.0, 25.0))
    cp.assert_chart_drawn(good, "good chart")
    img = QImage()
    img.loadFromData(good)
    p = QPainter(img)
    p.fillRect(56, 30, img.width() - 72, img.height() - 70, QColor(30, 90, 180))
    p.end()
    with pytest.raises(AssertionError, match="one colour"):
        cp.assert_chart_drawn(cp.pixels(img), "filled")


def test_a_chart_without_data_says_so() -> None:
    png = line_chart_png("t", [date(2026, 11, d) for d in (2, 9)], [None, None], (5.0, 25.0))
    region = cp.plot_area(cp.load(png))
    dark = ((region.max(axis=2)) < 160).sum()
    assert dark > 100  # the "No data" sentence is drawn in the plot
