"""Month and weekday names from CLDR: every export language parses, the few colliding names are decided from
the whole column (or the user's choice, or the computer's language) and otherwise refused with a sentence."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from microcomm_desktop.domain.imports.month_names import (
    EXPORT_LANGUAGES,
    decide_month_language,
    month_number,
    month_readings,
)
from microcomm_desktop.domain.imports.parsing import decide_date_order, parse_when

# The hand-kept table this module replaced: every spelling it read must still read the same month.
OLD_TABLE = [
    ("jan january ene enero janeiro januar jän janv janvier gen gennaio januari", 1),
    ("feb february febrero fev fevereiro februar févr fevr février fevrier febbraio februari", 2),
    ("mar march marzo março marco märz mär maerz mars maart mrt", 3),
    ("apr april abr abril avr avril aprile", 4),
    ("may mayo mai maio mag maggio mei", 5),
    ("jun june junio junho juni juin giu giugno", 6),
    ("jul july julio julho juli juil juillet lug luglio", 7),
    ("aug august ago agosto août aout augustus", 8),
    ("sep sept september septiembre setiembre set setembro septembre settembre", 9),
    ("oct october octubre out outubro okt oktober octobre ott ottobre", 10),
    ("nov november noviembre novembro novembre", 11),
    ("dec december dic diciembre dez dezembro dezember déc décembre decembre dicembre", 12),
]


@pytest.mark.parametrize(("names", "month"), OLD_TABLE)
def test_every_spelling_of_the_old_table_still_reads_the_same_month(names: str, month: int) -> None:
    for name in names.split():
        assert month_number(name) == month, name
        assert month_number(name.capitalize() + ".") == month, name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("27 septembre 2024", date(2024, 9, 27)),  # French
        ("27 settembre 2024 14:30", date(2024, 9, 27)),  # Italian
        ("27 września 2024", date(2024, 9, 27)),  # Polish genitive
        ("27 Σεπτεμβρίου 2024", date(2024, 9, 27)),  # Greek genitive
        ("27 сентября 2024 г.", date(2024, 9, 27)),  # Russian with the year abbreviation
        ("27 вересня 2024 р.", date(2024, 9, 27)),  # Ukrainian
        ("27 Eylül 2024", date(2024, 9, 27)),  # Turkish
        ("27. syyskuuta 2024", date(2024, 9, 27)),  # Finnish
        ("dinsdag 14 juli 2026", date(2026, 7, 14)),  # Dutch weekday without a comma
        ("27 ספטמבר 2024", date(2024, 9, 27)),  # Hebrew
        ("27 سبتمبر 2024", date(2024, 9, 27)),  # Arabic
        ("27 Jänner 2024", date(2024, 1, 27)),  # Austrian German (a regional CLDR locale)
        ("3 de junho de 2025", date(2025, 6, 3)),
        ("Sep 27, 2024", date(2024, 9, 27)),
    ],
)
def test_dates_in_many_export_languages(text: str, expected: date) -> None:
    assert parse_when(text).value.date() == expected


def test_only_a_few_names_collide_across_export_languages_and_no_english_one() -> None:
    """Why the language list and not every CLDR locale: this keeps "may", "mar" and "jan" unambiguous."""
    from microcomm_desktop.domain.imports.month_names import _ENGLISH, _tables

    colliding = {name for name, by in _tables().months.items() if len(by) > 1}
    assert colliding, "the Polish/Croatian names collide; if none did the column decision would be untested"
    assert not colliding & set(_ENGLISH)
    assert {"listopad", "lipiec"} & set(_tables().months)
    assert "en" in EXPORT_LANGUAGES and len(EXPORT_LANGUAGES) >= 60


def test_a_colliding_name_alone_is_refused_with_both_readings() -> None:
    assert set(month_readings("listopad")) == {10, 11}
    with pytest.raises(ValueError, match=r"'listopad' is October in Croatian but November in Czech and Polish"):
        parse_when("14 listopad 2024")


def test_the_column_settles_a_colliding_name() -> None:
    polish = decide_date_order(["14 listopada 2024", "3 lipca 2024"])
    assert polish.months is not None and polish.months.languages == {"pl"}
    assert parse_when("14 listopada 2024", months=polish.months).value.date() == date(2024, 11, 14)
    assert "'lipca' in the same column settles it" in polish.month_note
    croatian = decide_date_order(["14 listopada 2024", "3 studenoga 2024"])
    assert parse_when("14 listopada 2024", months=croatian.months).value.date() == date(2024, 10, 14)


def test_the_users_choice_wins_and_the_computers_language_only_breaks_a_tie() -> None:
    chosen = decide_date_order(["14 listopada 2024"], language="hr", fallback="pl_PL.UTF-8")
    assert parse_when("14 listopada 2024", months=chosen.months).value.month == 10
    assert "as you chose" in chosen.month_note
    tie = decide_date_order(["14 listopada 2024"], fallback="hr_HR.UTF-8")
    assert parse_when("14 listopada 2024", months=tie.months).value.month == 10
    assert "this computer's language" in tie.month_note
    # the column beats the computer's language
    col = decide_date_order(["14 listopada 2024", "3 lipca 2024"], fallback="hr_HR.UTF-8")
    assert parse_when("14 listopada 2024", months=col.months).value.month == 11
    # a computer in a third language does not decide it
    other = decide_date_order(["14 listopada 2024"], fallback="de_DE.UTF-8")
    with pytest.raises(ValueError, match="--date-language"):
        parse_when("14 listopada 2024", months=other.months)
    assert "refused" in other.month_note


def test_a_choice_that_does_not_read_the_name_is_not_a_guess() -> None:
    ml = decide_month_language(["listopad"], chosen="de")
    with pytest.raises(ValueError, match="--date-language"):
        month_number("listopad", ml)


def test_english_files_never_load_cldr() -> None:
    """Reading CLDR takes ~0.4 s; an English or ISO file must not pay it (checked in a fresh interpreter)."""
    code = (
        "from microcomm_desktop.domain.imports.parsing import parse_when, decide_date_order\n"
        "from microcomm_desktop.domain.imports import month_names as m\n"
        "import sys\n"
        "decide_date_order(['Sep 27, 2024 at 2:30 pm', '2024-09-27T10:00:00Z', 'Tue, Jul 14, 2026'])\n"
        "parse_when('Tue, Jul 14, 2026 at 3:05 pm'); parse_when('27 September 2024')\n"
        "assert m._tables.cache_info().currsize == 0, 'CLDR loaded'\n"
        "assert 'babel' not in sys.modules\n"
        "parse_when('27 septembre 2024')\n"
        "assert m._tables.cache_info().currsize == 1\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
