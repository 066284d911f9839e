"""The sentences the services and the domain hand to people (limit refusals, import reports, the promise
sentence) are read from the committed catalogs in the active language; English stays the source text.

Each test switches the Qt-free ``microcomm_desktop.i18n`` language and the fixture puts English back, so the
English tests that run later still see byte-identical sentences."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from microcomm_desktop import i18n
from microcomm_desktop.domain.limits import MAX_COUNT, count_out_of_range, money_out_of_range
from microcomm_desktop.domain.validation import non_negative_int, parse_int_loose, reach_vs_impressions


@pytest.fixture
def lang() -> Iterator[object]:
    def use(code: str) -> str:
        return i18n.set_language(code)

    yield use
    i18n.set_language("en")


def test_limit_sentences_in_each_language(lang) -> None:  # type: ignore[no-untyped-def]
    too_big = MAX_COUNT + 1
    assert count_out_of_range(too_big) == "This count is too large: the allowed range is 0 to 999,999,999,999."
    lang("de")
    assert count_out_of_range(too_big) == "Diese Zahl ist zu groß: erlaubt ist 0 bis 999.999.999.999."
    assert money_out_of_range(Decimal("1e13"), "Honorar") == (
        "Honorar ist zu groß: erlaubt ist 0 bis 999.999.999.999,99."
    )
    assert money_out_of_range(Decimal("NaN")) == "Dieser Betrag ist keine Zahl."
    lang("es")
    assert count_out_of_range(too_big) == (
        "Este recuento: el valor es demasiado grande; el rango permitido es de 0 a 999.999.999.999."
    )
    lang("pt_BR")
    assert count_out_of_range(too_big, "Alcance") == (
        "Alcance: o valor é grande demais; o intervalo permitido é de 0 a 999.999.999.999."
    )


def test_validation_sentences_in_german(lang) -> None:  # type: ignore[no-untyped-def]
    lang("de")
    with pytest.raises(ValueError, match="^'1.234' ist mehrdeutig: schreib 1234 oder mit Kommas"):
        parse_int_loose("1.234")
    assert non_negative_int("-5", "Reichweite") == "Reichweite darf nicht negativ sein."
    assert reach_vs_impressions(12_000, 9_500) is not None
    assert reach_vs_impressions(12_000, 9_500).startswith(  # type: ignore[union-attr]
        "Die Reichweite (12.000) ist höher als die Impressionen (9.500)."
    )
    lang("en")
    assert reach_vs_impressions(12_000, 9_500).startswith(  # type: ignore[union-attr]
        "Reach (12,000) is higher than impressions (9,500)."
    )
