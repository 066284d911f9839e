"""The rest of the Qt-free sentences (post and theme validation, decisions, calibration, reach stand-ins, quick
entry, deal amounts, screenshots, band names) read from the committed catalogs in the active language.

Each test switches the Qt-free ``microcomm_desktop.i18n`` language; the fixture puts English back, so the English
tests that run later still see byte-identical sentences. Stored values (post labels, theme names, band keys,
interaction kinds) stay English everywhere."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from microcomm_desktop import i18n
from microcomm_desktop.domain import metrics
from microcomm_desktop.domain.deals import parse_money
from microcomm_desktop.domain.imports.quick import parse_quick_entry
from microcomm_desktop.services import calibration, decisions, images, reach
from microcomm_desktop.services import themes as th
from microcomm_desktop.services.posts import check_post_form


@pytest.fixture
def lang() -> Iterator[object]:
    def use(code: str) -> str:
        return i18n.set_language(code)

    yield use
    i18n.set_language("en")


def test_post_form_errors_name_the_field_in_each_language(lang) -> None:  # type: ignore[no-untyped-def]
    form = {"when": "", "label": "maybe", "reach": "-3", "format": "x" * 81}
    en = check_post_form(form).errors
    assert en["when"] == "Date is required (e.g. 2026-11-24 18:30)."
    assert en["reach"] == "Reach cannot be negative."
    lang("de")
    de = check_post_form(form).errors
    assert de["when"] == "Das Datum fehlt (z. B. 2026-11-24 18:30)."
    assert de["label"].startswith("Die Ausrichtung fehlt: community (bewertet nach Antworten")
    assert de["reach"] == "Reichweite darf nicht negativ sein."  # the field's German label from post_fields
    assert de["format"].startswith("Format: bleib unter 80 Zeichen")
    lang("es")
    assert check_post_form({"when": "", "label": "reach"}).errors["when"] == (
        "La fecha es obligatoria (p. ej. 2026-11-24 18:30)."
    )
    lang("pt_BR")
    assert (
        check_post_form({"label": "", "when": "2026-11-24 18:30"})
        .errors["label"]
        .startswith("O rótulo é obrigatório: community")
    )


def test_theme_sentences_and_the_bulk_tag_plural(lang, app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    from tests.services.test_insights_data import build

    built = build(app_ctx.engine, workspace.id, date(2026, 11, 24))
    lang("de")
    with pytest.raises(th.ThemeError, match="^Ein Thema braucht einen Namen.$"):
        th.clean_name(" # ")
    with pytest.raises(th.ThemeError, match=r"^Ein Themenname darf kein Komma"):
        th.clean_name("a, b")
    one = th.set_post_themes(app_ctx.engine, workspace.id, [built.posts["p1"]], add=["gear"], remove=[])
    assert one.summary == "gear hinzugefügt bei 1 Beitrag"
    ids = [built.posts[k] for k in ("p1", "p3", "p4")]
    many = th.set_post_themes(app_ctx.engine, workspace.id, ids, add=["Race Prep"], remove=["gear"])
    assert many.summary == "race prep hinzugefügt; gear entfernt bei 3 Beiträgen"
    lang("pt_BR")  # Portuguese counts 0 and 1 as singular
    assert th.set_post_themes(app_ctx.engine, workspace.id, ids, add=["x"], remove=[]).summary == (
        "adicionado x em 3 posts"
    )
    lang("en")
    one_en = th.set_post_themes(app_ctx.engine, workspace.id, ids[:1], add=["y"], remove=[])
    assert one_en.summary == "added y on 1 post"


def test_decision_and_calibration_sentences(lang) -> None:  # type: ignore[no-untyped-def]
    lang("de")
    with pytest.raises(decisions.DecisionError, match="^Schreib die Entscheidung auf, z. B. „Karussell"):
        decisions.validate("  ", "er")
    with pytest.raises(decisions.DecisionError, match=r"^Wähle die Kennzahl, auf der die Entscheidung beruht \("):
        decisions.validate("narrowed", "nope")
    with pytest.raises(ValueError, match="^'6 bis 15': Gib den Richtwertbereich als UNTEN–OBEN ein"):
        calibration.parse_band("6 bis 15")
    lang("es")
    with pytest.raises(ValueError, match="^'15-6': el rango va de un valor menor a uno mayor, ambos 0 o más.$"):
        calibration.parse_band("15-6")
    lang("pt_BR")
    with pytest.raises(decisions.DecisionError, match=r"^Mantenha a decisão abaixo de \d+ caracteres \(ela tem"):
        decisions.validate("x" * 5000, "er")


def test_calibration_basis_in_german(lang, app_ctx, workspace, today) -> None:  # type: ignore[no-untyped-def]
    lang("de")
    cal = calibration.propose(app_ctx.engine, workspace.id, today, 30)
    by_key = {p.key: p for p in cal.proposals}
    assert by_key["er"].basis == (
        "Nicht genug Daten: 0 ER-Werte von Feed-Beiträgen (nach Reichweite) in den letzten 30 Tagen "
        "(mindestens 8 nötig)."
    )
    assert by_key["saves_per_1k"].label == "Speicherungen pro 1.000 Reichweite"
    lang("en")
    cal = calibration.propose(app_ctx.engine, workspace.id, today, 30)
    assert cal.proposals[0].basis == (
        "Not enough data: 0 feed posts' ER (by reach) in the last 30 days (at least 8 needed)."
    )


def test_reach_stand_in_wording(lang, app_ctx, workspace) -> None:  # type: ignore[no-untyped-def]
    posts = [{"platform": "youtube", "views": 10}, {"platform": "youtube"}, {"platform": "instagram", "reach": 5}]
    lang("de")
    assert reach.ratio_availability(app_ctx.engine, workspace.id, posts) == [
        "youtube-Beiträge ohne Reichweite: 2 von 2; ER, Speicherungen/1.000 und Antworten/1.000 sind dafür k. A. "
        "Wähle in den Einstellungen des Arbeitsbereichs, was auf youtube die Reichweite ersetzt (Aufrufe oder "
        "Impressionen)."
    ]
    assert reach.describe({"youtube": ["views", "impressions"]}) == "Aufrufe, sonst Impressionen für youtube"
    with pytest.raises(reach.ReachSettingError, match="^Unbekannte Plattform 'myspace'; verwende eine von: "):
        reach.parse_standin("myspace=views")
    lang("es")
    assert reach.describe({"tiktok": ["impressions"]}) == "impresiones para tiktok"
    lang("en")
    assert reach.describe({"youtube": ["views", "impressions"]}) == "views else impressions for youtube"


def test_quick_entry_keeps_english_kind_words(lang) -> None:  # type: ignore[no-untyped-def]
    lang("de")
    ok, bad = parse_quick_entry("@ana comment\n???\n@ben like to @ana\n@cy comment 25:00")
    assert [q.handle for q in ok] == ["ana"]
    assert bad == [
        (2, "'???': schreib es wie „@ana comment“ oder „@ben reply to @ana“."),
        (3, "nur reply, comment oder dm kann jemandem antworten („like to @ana“)."),
        (4, "25:00 ist keine Uhrzeit."),
    ]
    lang("pt_BR")
    assert parse_quick_entry("@ana wave")[1][0][1].startswith("'wave' não é um tipo; use um destes: ")


def test_amounts_screenshots_and_band_names(lang) -> None:  # type: ignore[no-untyped-def]
    lang("de")
    with pytest.raises(ValueError, match="^Der Betrag darf nicht negativ sein: '-5'.$"):
        parse_money("-5")
    with pytest.raises(ValueError, match=r"^'2.000,50' ist kein Betrag. Trenne die Cents mit einem Punkt"):
        parse_money("2.000,50")
    with pytest.raises(images.ImageRejected, match="^'leer.png' ist leer \\(0 Byte\\).$"):
        images.check_image_bytes(b"", "leer.png")
    assert metrics.BAND_LABELS["replies_per_1k"] == "Antworten pro 1.000 Reichweite"
    assert metrics.band_text("er") == "3% bis 8%"
    assert metrics.band_text("saves_per_1k", metrics.Band(12.5, 40, "")) == "12,5 bis 40"
    lang("es")
    assert metrics.BAND_LABELS["returning_share"].startswith("Participantes recurrentes (30 d)")
    with pytest.raises(images.ImageRejected, match="^'x.txt' no es una imagen que esta aplicación pueda leer"):
        images.check_image_bytes(b"hello world, not an image", "x.txt")
    lang("en")
    assert metrics.BAND_LABELS["er"] == "ER on feed posts"
    assert metrics.band_text("er") == "3% to 8%"


def test_decision_metric_names_are_read_in_the_reader_language(lang) -> None:  # type: ignore[no-untyped-def]
    row = decisions.DecisionRow(1, date(2026, 11, 23), "narrowed", "saves_per_1k", "format: carousel")
    lang("de")
    assert decisions.METRICS["saves_per_1k"] == "Speicherungen pro 1.000 Reichweite"  # the decision dialog's combo
    assert list(decisions.METRICS) == list(decisions.METRICS.keys())  # keys stay what is stored
    assert row.metric_label == "Saves per 1k reach · format: carousel"  # the table's value; shown translated
    lang("es")
    assert decisions.METRICS["other"] == "Otro"
