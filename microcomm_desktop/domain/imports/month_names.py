"""Month and weekday names of every language platform exports are written in, from CLDR (the ``babel`` package).

Why CLDR and not a hand-kept table: a creator's export is written in the language of their account, so a
French, Polish, Greek or Turkish date ("27 septembre 2024", "27 września 2024", "27 Σεπτεμβρίου 2024") must
parse the same way a Spanish one does, and nobody keeps 70 languages' spellings (genitive, abbreviated,
stand-alone, with and without the dot) right by hand.

Why a language list, not every CLDR locale: across all 1,000+ locales short names collide ("jan" is June in
one language, "mar" is May in another, "may" is October in a third), which would make an English date
ambiguous. The list below is the interface languages of the platforms the importers read (Meta, YouTube,
TikTok, X, LinkedIn); inside it only five names collide (Polish/Czech vs Croatian "listopad", "lip", "srp"),
and those are decided from the whole column or refused with a sentence (see ``decide_month_language``).

English names are answered without loading CLDR at all, so an English file never pays the ~0.4 s it takes to
read the locale data; other languages load it once per process.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from microcomm_desktop.i18n import active_language, translate

__all__ = [
    "EXPORT_LANGUAGES",
    "AmbiguousMonth",
    "MonthLanguage",
    "decide_month_language",
    "describe",
    "language_name",
    "month_number",
    "month_readings",
    "weekday_names",
]

# The interface languages of the platforms whose exports we read (ISO 639 codes as CLDR spells them).
EXPORT_LANGUAGES: tuple[str, ...] = tuple(
    (
        "af ar az be bg bn bs ca cs cy da de el en es et eu fa fi fil fr ga gl gu he hi hr hu hy id is it ja ka kk "
        "km kn ko ky lo lt lv mk ml mn mr ms my nb ne nl nn pa pl pt ro ru si sk sl sq sr sv sw ta te th tr uk ur "
        "uz vi zh zu"
    ).split()
)

_ENGLISH = {
    name: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for name in names
}


class AmbiguousMonth(ValueError):
    """A month name two export languages read as different months, with nothing to decide between them."""


def _key(name: str) -> str:
    return name.strip().lower().rstrip(".")


def _variants(name: str) -> set[str]:
    """The spellings an export or a spreadsheet makes of one CLDR name: without accents ("fevrier", "aout")
    and German umlauts written out ("maerz"), since exports re-saved through old tools lose them."""
    key = _key(name)
    out = {key}
    if " " in key or not key:
        return out
    folded = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    out.add(folded)
    out.add(key.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"))
    return out


@dataclass(frozen=True, slots=True)
class _Tables:
    # name -> month -> languages that write that month this way
    months: dict[str, dict[int, frozenset[str]]]
    weekdays: frozenset[str]


@cache
def _tables() -> _Tables:
    """Read CLDR once: every locale of every export language, format and stand-alone forms, wide and short."""
    from babel import Locale, localedata

    months: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    weekdays: set[str] = set()
    wanted = set(EXPORT_LANGUAGES)
    for ident in localedata.locale_identifiers():
        lang = ident.split("_")[0]
        if lang not in wanted:
            continue
        loc = Locale.parse(ident)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in loc.months[context][width].items():
                    if not name or any(c.isdigit() or c.isspace() for c in name):
                        continue  # "tháng 9", "9月": numeric forms, read by the numeric and CJK rules
                    for variant in _variants(name):
                        months[variant][int(number)].add(lang)
                for name in loc.days[context][width].values():
                    if name and not any(c.isdigit() or c.isspace() for c in name):
                        weekdays.update(_variants(name))
    for name, number in _ENGLISH.items():
        months[name][number].add("en")
    frozen = {n: {m: frozenset(langs) for m, langs in by.items()} for n, by in months.items()}
    # A weekday that is also a month name somewhere ("mar" = martes / March) stays a month.
    return _Tables(frozen, frozenset(w for w in weekdays if w not in frozen))


def month_readings(name: str) -> dict[int, frozenset[str]]:
    """Every month ``name`` can be, with the languages that read it that way (empty: not a month name)."""
    key = _key(name)
    if key in _ENGLISH:  # no English name collides in EXPORT_LANGUAGES (a test keeps it so): CLDR stays unloaded
        return {_ENGLISH[key]: frozenset({"en"})}
    return _tables().months.get(key, {})


def language_name(lang: str) -> str:
    """ "Polish" for "pl" (in the reader's language: "Polnisch"), for sentences in import reports."""
    return _language_name(lang, active_language())


@cache
def _language_name(lang: str, reader: str) -> str:
    from babel import Locale

    try:
        return str(Locale.parse(lang).get_display_name(reader))
    except (ValueError, LookupError):
        return lang


def _languages(langs: Iterable[str]) -> str:
    names = sorted(language_name(lang) for lang in langs)
    if len(names) == 1:
        return names[0]
    return translate("domain.imports.month_names", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )


def month_number(name: str, language: MonthLanguage | None = None) -> int:
    """The month ``name`` means, or ``ValueError`` with a sentence when it is not a month name or reads as two
    months in different languages and neither the column nor the user settled which."""
    readings = month_readings(name)
    if not readings:
        raise ValueError(translate("domain.imports.month_names", "{name} is not a month name.").format(name=repr(name)))
    if len(readings) == 1:
        return next(iter(readings))
    if language is not None:
        chosen = language.pick(readings)
        if chosen is not None:
            return chosen
    parts = [
        translate("domain.imports.month_names", "{month} in {languages}").format(
            month=_month_word(m), languages=_languages(langs)
        )
        for m, langs in sorted(readings.items())
    ]
    readings_text = parts[0]
    for part in parts[1:]:
        readings_text = translate("domain.imports.month_names", "{first} but {second}").format(
            first=readings_text, second=part
        )
    raise AmbiguousMonth(
        translate(
            "domain.imports.month_names",
            "{name} is {readings}; nothing else in the column says which language the export is in: choose it "
            "(CLI: --date-language, e.g. pl or hr).",
        ).format(name=repr(name), readings=readings_text)
    )


def _month_word(number: int) -> str:
    lang = active_language()
    if lang != "en":
        from babel.dates import get_month_names

        return str(get_month_names("wide", locale=lang)[number])
    return "January February March April May June July August September October November December".split()[number - 1]


@dataclass(frozen=True, slots=True)
class MonthLanguage:
    """The languages a whole date column can be written in, decided once from every month name in it.

    ``chosen`` is the user's choice (``--date-language``) and wins; ``languages`` are the languages every
    month name of the column fits (empty: no constraint); ``fallback`` (the system's language) breaks a tie
    the column cannot settle, and the import report says so.
    """

    languages: frozenset[str] = field(default_factory=frozenset)
    chosen: str | None = None
    fallback: str | None = None
    evidence: str = ""

    def pick(self, readings: dict[int, frozenset[str]]) -> int | None:
        for langs in (
            frozenset({self.chosen}) if self.chosen else None,
            self.languages or None,
            frozenset({self.fallback}) if self.fallback else None,
        ):
            if langs is None:
                continue
            hits = [m for m, ls in readings.items() if ls & langs]
            if len(hits) == 1:
                return hits[0]
            if self.chosen and langs == {self.chosen}:
                return None  # the user's language does not decide it: never fall through to a guess
        return None

    def settled_by(self, readings: dict[int, frozenset[str]]) -> str:
        """ "column", "fallback", "chosen" or "" (refused): how a colliding name was read, for the report."""
        if self.chosen:
            return "chosen" if self.pick(readings) is not None else ""
        if self.languages and len([m for m, ls in readings.items() if ls & self.languages]) == 1:
            return "column"
        return "fallback" if self.pick(readings) is not None else ""


def _base_language(tag: str) -> str:
    return tag.replace("-", "_").split("_")[0].split(".")[0].lower()


def decide_month_language(
    words: Iterable[str], chosen: str | None = None, fallback: str | None = None
) -> MonthLanguage:
    """Decide from the whole column which languages its month names are written in.

    "listopad" alone is November in Polish but October in Croatian; a column that also holds "lipiec" (only
    Polish) or "studeni" (only Croatian) settles it for every row. Only words that are month names count.
    """
    fb = _base_language(fallback) if fallback else None
    if chosen:
        return MonthLanguage(frozenset(), _base_language(chosen), fb, "chosen")
    seen: list[tuple[str, frozenset[str]]] = []
    colliding = False
    for word in {_key(w) for w in words if w}:
        readings = month_readings(word)
        if not readings:
            continue
        colliding = colliding or len(readings) > 1
        seen.append((word, frozenset().union(*readings.values())))
    if not colliding:
        return MonthLanguage()
    possible: frozenset[str] | None = None
    for _word, langs in sorted(seen):
        # a word no language shares with the rest (a typo, a mixed file) does not empty the verdict
        possible = langs if possible is None else (possible & langs) or possible
    evidence = min(sorted(seen), key=lambda s: len(s[1]))[0]  # the rarest word is what settled it
    return MonthLanguage(possible or frozenset(), None, fb, evidence)


def describe(months: MonthLanguage, words: Iterable[str]) -> str:
    """One sentence for the import report on how the column's colliding month names were read ("" if none)."""
    collide = sorted({_key(w) for w in words if len(month_readings(w)) > 1})
    if not collide:
        return ""
    how = {months.settled_by(month_readings(w)) for w in collide}
    names = ", ".join(repr(w) for w in collide[:3])
    if how == {"chosen"}:
        return translate(
            "domain.imports.month_names", "Month names such as {names} are read in {language}, as you chose."
        ).format(names=names, language=language_name(months.chosen or ""))
    if how == {"column"}:
        langs = _languages(months.languages)
        return translate(
            "domain.imports.month_names",
            "Month names such as {names} are read as {languages} ({evidence} in the same column settles it).",
        ).format(names=names, languages=langs, evidence=repr(months.evidence))
    if "" not in how and months.fallback:
        return translate(
            "domain.imports.month_names",
            "Month names such as {names} are read in {language}, this computer's language: nothing in the column "
            "settles it (CLI: --date-language to choose).",
        ).format(names=names, language=language_name(months.fallback))
    return translate(
        "domain.imports.month_names",
        "Month names such as {names} read as different months in different languages; those rows are refused.",
    ).format(names=names)


def weekday_names() -> frozenset[str]:
    """Weekday names (wide and short) of every export language that are not also month names."""
    return _tables().weekdays
