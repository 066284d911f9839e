"""The report a German user exports is German, with German numbers, dates and money; the advice and the Insights
shortlist speak German too; the CSV export of the scorecard stays machine-readable (ISO dates, dot decimals)
in every language. English is restored afterwards so later tests see English."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest

from microcomm_desktop import i18n
from microcomm_desktop.services import insights as si
from microcomm_desktop.services import reports
from microcomm_desktop.services.scorecard import weekly_scorecard


@pytest.fixture
def german() -> Iterator[None]:
    i18n.set_language("de")
    yield
    i18n.set_language("en")


def test_weekly_report_html_is_german(app_ctx, sample_workspace, today: date, german: None) -> None:  # type: ignore[no-untyped-def]
    data = reports.build_report(app_ctx.engine, sample_workspace.id, "weekly", today)
    page = reports.render_html(data)
    assert data.title.startswith("Wochenbericht: ")
    assert "<html lang='de'>" in page
    for heading in ("Frühindikatoren", "Geschäftsergebnisse", "Was Mitglieder sagen", "Was jetzt zu tun ist"):
        assert f"<h2>{heading}</h2>" in page
    assert "Scorecard: diese Woche und die 7 davor (Trend)" in page
    english = ("Leading indicators", "Business outcomes", "What members say", "What to do now", "Returning engagers")
    assert not any(word in page for word in english)
    # German figures: the period's ER written with a decimal comma and a space before the percent sign
    er = data.period.er
    assert er is not None
    assert f"{er:.2f}".replace(".", ",") + "\u00a0%" in page
    # German dates in the scorecard rows ("16. Nov."), never the English "16 Nov"
    newest = data.weeks[-1].week_start
    assert f"{newest.day}. " in page and f"{newest:%d %b}<" not in page


def test_report_money_and_plurals_are_german(app_ctx, sample_workspace, today: date, german: None) -> None:  # type: ignore[no-untyped-def]
    data = reports.build_report(app_ctx.engine, sample_workspace.id, "30day", today)
    page = reports.render_html(data)
    assert "30-Tage-Bericht: " in data.title
    rows = len(data.weeks)
    assert f"({rows} Zeilen, erste und letzte können unvollständig sein)" in page
    assert "Wochennotizen der " in page and " Wochen ab " in page
    revenue = sum((n.revenue for n in data.notes if n.revenue is not None), start=Decimal(0))
    if revenue:
        assert f"{revenue:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") + "\u00a0$" in page


def test_advice_and_shortlist_are_german(app_ctx, sample_workspace, today: date, german: None) -> None:  # type: ignore[no-untyped-def]
    figures = weekly_scorecard(app_ctx.engine, sample_workspace.id, until=today, weeks=4)
    advice = reports.what_to_do_now(app_ctx.engine, sample_workspace.id, figures)
    assert advice
    for a in advice:
        assert " is " not in a.title and "Reply within" not in a.text, a
    since = today - timedelta(days=89)
    items = si.theme_shortlist(app_ctx.engine, sample_workspace.id, since, today)
    assert items and "Community-Beitr" in items[0].evidence and "Median Antworten/1.000" in items[0].evidence


def test_csv_export_is_the_same_in_every_language(app_ctx, sample_workspace, today: date) -> None:  # type: ignore[no-untyped-def]
    figures = weekly_scorecard(app_ctx.engine, sample_workspace.id, until=today, weeks=4)
    english = reports.to_csv(figures)
    i18n.set_language("de")
    try:
        german = reports.to_csv(figures)
    finally:
        i18n.set_language("en")
    assert german == english
    rows = list(csv.DictReader(io.StringIO(german)))
    date.fromisoformat(rows[0]["week_start"])
    er = rows[-1]["er"]
    assert er == "" or float(er) >= 0  # dot decimals


def test_community_brief_is_german(app_ctx, sample_workspace, today: date, german: None) -> None:  # type: ignore[no-untyped-def]
    from microcomm_desktop.services import brief

    b = brief.build_brief(app_ctx.engine, sample_workspace.id, today)
    md = brief.to_markdown(b)
    page = brief.to_html(b)
    assert md.startswith("# Community-Briefing – ") and "## Wiederkehrende Formate" in md
    assert "<h2>Werbehinweis</h2>" in page and "<th>Zuhause</th>" in page
    assert "Antworte innerhalb von " in b.sla and " Kommentare unter wichtigen Beiträgen." in b.sla
    assert "Community brief" not in md + page and "Recurring formats" not in md + page
