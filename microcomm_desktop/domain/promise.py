"""The promise sentence and the hints that catch vague slots (docs/domain.md §2).

A promise only works when a stranger can tell in one read whether it is for them and what they will get; the
hints point at the two ways it usually fails: a generic "who" and an outcome nobody can measure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from microcomm_desktop.i18n import QT_TRANSLATE_NOOP, TranslatedLabels, active_language, translate

__all__ = [
    "SlotHint",
    "build_sentence",
    "who_is_plural",
    "slot_hints",
    "topic_hint",
    "HOME_KINDS",
    "FORMAT_TEMPLATES",
]

PLACEHOLDER = "…"

# Words that name nobody in particular: "people" could be anyone, so nobody feels addressed.
_GENERIC_WHO = {
    "leute", "menschen", "alle", "nutzer", "personen", "zuschauer", "kunden", "personas", "gente", "todos",
    "usuarios", "seguidores", "clientes", "pessoas", "usuários", "galera", "público",
    "people", "everyone", "everybody", "anyone", "anybody", "users", "user", "folks", "members", "followers",
    "audience", "fans", "customers", "you", "all", "humans", "person", "someone", "individuals", "viewers",
}  # fmt: skip
_TIME_FRAME = re.compile(
    r"\b(daily|weekly|monthly|yearly|every|each|per|a (day|week|month)|today|tonight|this (week|month)|"
    r"\d+[- ]?(min|minute|minutes|hour|hours|day|days|week|weeks|month|months|km|k|mile|miles)\b|"
    r"minutes?|hours?|days?|weeks?|months?|morning|evening|sunday|monday|tuesday|wednesday|thursday|"
    r"friday|saturday)\b",
    re.IGNORECASE,
)
# The same checks for a promise written in German, Spanish or Portuguese (the shipped languages).
_TIME_FRAME_OTHER = re.compile(
    r"\b(täglich\w*|wöchentlich\w*|monatlich\w*|jährlich\w*|jede[nmrs]?|pro|tag(e|en)?|woche(n)?|monat(e|en)?|"
    r"stunde(n)?|minute(n)?|morgens|abends|sonntag\w*|montag\w*|dienstag\w*|mittwoch\w*|donnerstag\w*|"
    r"freitag\w*|samstag\w*|diari\w*|diári\w*|semanal\w*|mensual\w*|mensa(l|is)|anual\w*|cada|todo[as]?|"
    r"por|día(s)?|dia(s)?|semana(s)?|mes(es)?|mês|hora(s)?|minuto(s)?|domingo(s)?|lunes|martes|miércoles|jueves|"
    r"viernes|sábado(s)?|segunda|terça|quarta|quinta|sexta)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS_OTHER = re.compile(
    r"\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig|dreißig|hundert|dos|tres|cuatro|cinco|seis|"
    r"siete|ocho|nueve|diez|veinte|treinta|cien|dois|duas|três|quatro|sete|oito|nove|dez|vinte|trinta|cem)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|hundred|dozen)\b", re.IGNORECASE
)
_BROAD_TOPICS = {
    "travel", "fitness", "food", "business", "lifestyle", "fashion", "beauty", "tech", "technology", "health",
    "money", "finance", "music", "art", "gaming", "sports", "life", "marketing", "cooking", "design", "running",
    "wellness", "parenting", "education", "coding", "photography",
}  # fmt: skip

HOME_KINDS: Mapping[str, str] = TranslatedLabels(
    "domain.promise",
    {
        "comments_dms": QT_TRANSLATE_NOOP("domain.promise", "Comments + DMs"),
        "broadcast": QT_TRANSLATE_NOOP("domain.promise", "Broadcast channel"),
        "discord": QT_TRANSLATE_NOOP("domain.promise", "Discord"),
        "close_friends": QT_TRANSLATE_NOOP("domain.promise", "Close Friends / private list"),
        "live": QT_TRANSLATE_NOOP("domain.promise", "Live series"),
        "other": QT_TRANSLATE_NOOP("domain.promise", "Other"),
    },
)

# docs/domain.md §3 reusable formats: (name, description, cadence). Name and description are translated where
# shown and when a template is added (they become the user's own editable text), the cadence as the Formats
# section's cadence combo offers it (free text, stored as typed).
FORMAT_TEMPLATES: list[tuple[str, str, str]] = [
    (
        QT_TRANSLATE_NOOP("domain.promise", "Weekly challenge"),
        QT_TRANSLATE_NOOP("domain.promise", "One action, one hashtag, one recap; feature three member wins weekly."),
        "weekly",
    ),
    (
        QT_TRANSLATE_NOOP("domain.promise", "Office hours"),
        QT_TRANSLATE_NOOP("domain.promise", "Recurring live or Q and A box; answer with names and specifics."),
        "weekly",
    ),
    (
        QT_TRANSLATE_NOOP("domain.promise", "Teardown series"),
        QT_TRANSLATE_NOOP("domain.promise", "Members submit work; review it with the same rubric every time."),
        "weekly",
    ),
    (
        QT_TRANSLATE_NOOP("domain.promise", "Resource drops"),
        QT_TRANSLATE_NOOP(
            "domain.promise", "Checklists, swipe files, calculators; ask members to comment their use case."
        ),
        "every two weeks",
    ),
]


@dataclass(frozen=True)
class SlotHint:
    """A suggestion for one slot ("who", "outcome", "format" or "topic"); never blocks saving."""

    slot: str
    message: str


def _clean(text: str) -> str:
    return " ".join(text.split()).strip().rstrip(".")


# --- grammatical number of the WHO slot ("runners get", "a busy parent gets") ---------------------------------
# A WHO is a noun phrase, often with a tail ("people who run", "new runners over 40", "indie hackers building
# SaaS"). The verb agrees with its head noun: the last word before the tail, unless a determiner decides.
_SINGULAR_DETERMINERS = {"a", "an", "one", "every", "each", "this", "that", "any", "another", "either", "neither"}
_PLURAL_DETERMINERS = {
    "all", "both", "these", "those", "many", "several", "few", "most", "some", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "various", "other", "fellow",
}  # fmt: skip
# "a few runners", "a couple of dads", "a lot of parents": the "a" belongs to a plural quantity.
_PLURAL_AFTER_A = {"few", "couple", "lot", "lots", "bunch", "number", "handful", "dozen"}
_TAIL_WORDS = {
    "who", "whom", "whose", "that", "which", "where", "when", "with", "without", "in", "on", "at", "of", "from",
    "over", "under", "for", "by", "about", "after", "before", "between", "into", "like", "near", "than",
    "to", "across", "around", "through", "via", "within", "beyond", "outside", "inside", "aged", "ages",
}  # fmt: skip
_PLURAL_PRONOUNS = {"you", "we", "they", "i", "us", "them", "y'all", "yall", "ye"}
_SINGULAR_PRONOUNS = {
    "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "no-one", "nobody", "he", "she", "it",
    "whoever", "each",
}  # fmt: skip
_IRREGULAR_PLURALS = {
    "people", "men", "women", "children", "kids", "folk", "folks", "police", "geese", "mice", "feet", "teeth",
    "gentlemen", "ladies", "alumni", "cattle", "grandchildren", "brethren", "data", "criteria", "phenomena",
}  # fmt: skip
# Nouns ending in "s" that name one thing (or one group).
_S_SINGULARS = {
    "boss", "class", "business", "status", "bus", "news", "series", "species", "campus", "chorus", "circus",
    "genius", "virus", "walrus", "princess", "actress", "hostess", "waitress", "goddess", "mistress", "witness",
    "alumnus", "analysis", "thesis", "crisis", "chess", "fitness", "wellness", "physics", "mathematics",
    "athletics", "gymnastics", "aerobics", "pilates", "yes", "lens", "atlas", "canvas", "bonus",
}  # fmt: skip


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+|&|\+|/", text.lower())


def _noun_plural(word: str) -> bool:
    """Is this head noun plural? Compounds like "parents-to-be" and "mothers-in-law" are judged by their first part."""
    w = word.strip("'’-")
    for tail in ("-to-be", "-in-law", "-in-training", "-at-arms"):
        if w.endswith(tail):
            w = w[: -len(tail)]
    if "-" in w:
        w = w.rsplit("-", 1)[-1] or w
    if w in _IRREGULAR_PLURALS:
        return True
    if w in _S_SINGULARS or w in _SINGULAR_PRONOUNS:
        return False
    if w.isdigit():
        return False
    return len(w) > 2 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))


def who_is_plural(who: str) -> bool:
    """Whether the WHO slot takes a plural verb ("runners get", "my team gets", "people who run get").

    Decided from the phrase's head: the last word before a relative clause, a preposition or a participle
    ("indie hackers building SaaS" → hackers). A leading determiner wins ("a busy parent", "every runner",
    "all of my clients"); two noun phrases joined by "and" are plural. Unknown words fall back to the
    English plural ending. An empty slot reads as singular (the template's "gets").
    """
    words = _words(_clean(who))
    if not words:
        return False
    if words[0] in _PLURAL_PRONOUNS:
        return True
    if words[0] in _SINGULAR_PRONOUNS:
        return False
    if words[0] in ("a", "an") and len(words) > 1 and words[1] in _PLURAL_AFTER_A:
        return True
    if words[0] in _PLURAL_DETERMINERS:
        return True
    singular_det = words[0] in _SINGULAR_DETERMINERS
    # Cut the tail: relative clauses, prepositional phrases, participles after the first word.
    head: list[str] = []
    for i, w in enumerate(words):
        if i > 0 and (w in _TAIL_WORDS or (w.endswith("ing") and len(w) > 4 and head)):
            break
        head.append(w)
    joiners = [i for i, w in enumerate(head) if w in ("and", "&", "+", "/", "or")]
    if joiners and any(head[i] != "or" for i in joiners):
        j = joiners[0]
        after = head[j + 1] if j + 1 < len(head) else ""
        # "runners and walkers", "a runner and a walker" are plural; "health and fitness coach" is one coach.
        if (
            _noun_plural(head[-1])
            or after in _SINGULAR_DETERMINERS
            or after in {"the", "my", "our", "their", "his", "her", "your"}
        ):
            return True
        if j > 0 and _noun_plural(head[j - 1]):
            return True
        return False
    if singular_det:
        return False
    return _noun_plural(head[-1])


def _romance_who_is_plural(who: str) -> bool:
    """Spanish and Portuguese mark the plural on the phrase's first word, article or noun ("los corredores",
    "mães ocupadas", "corredores de montaña"); two phrases joined by y/e are plural too."""
    words = _words(_clean(who))
    if not words:
        return False
    if words[0] in {"ustedes", "vocês", "vosotros", "vosotras", "nosotros", "nosotras", "nós", "eles", "elas"}:
        return True
    if words[0] in {"más", "mais", "país", "mes", "mês", "dios", "deus", "tenis", "tênis", "gas", "gás"}:
        return False
    return words[0].endswith("s") or any(w in ("y", "e", "&", "+") for w in words[1:-1])


def build_sentence(who: str, outcome: str, format_text: str) -> str:
    """'This is the place where [who] get(s) [outcome] through [format].' with … for empty slots.

    The verb agrees with the WHO ("runners get", "a busy parent gets"): the sentence is what members read. Each
    shape (singular or plural WHO) is one template, so a language can reorder it or pick a wording whose verb
    does not depend on the WHO (German: "Das ist der Ort für {who}: …").
    """
    parts = [_clean(who) or PLACEHOLDER, _clean(outcome) or PLACEHOLDER, _clean(format_text) or PLACEHOLDER]
    lang = active_language()
    plural = _romance_who_is_plural(who) if lang in ("es", "pt_BR") else who_is_plural(who)
    if plural:
        template = translate(
            "domain.promise", "This is the place where {who} get {outcome} through {format}.", "plural who"
        )
    else:
        template = translate(
            "domain.promise", "This is the place where {who} gets {outcome} through {format}.", "singular who"
        )
    return template.format(who=parts[0], outcome=parts[1], format=parts[2])


def has_number(text: str) -> bool:
    if active_language() != "en" and _NUMBER_WORDS_OTHER.search(text):
        return True
    return bool(re.search(r"\d", text) or _NUMBER_WORDS.search(text))


def has_time_frame(text: str) -> bool:
    if active_language() != "en" and _TIME_FRAME_OTHER.search(text):
        return True
    return bool(_TIME_FRAME.search(text))


def slot_hints(who: str, outcome: str, format_text: str) -> list[SlotHint]:
    """Hints for vague slots: empty, a single generic "who", an outcome with neither number nor time frame."""
    hints: list[SlotHint] = []
    w = _clean(who)
    if not w:
        hints.append(
            SlotHint("who", translate("domain.promise", "Say who it is for, e.g. “runners” or “indie skincare fans”."))
        )
    else:
        words = re.findall(r"[\w'-]+", w.lower())
        if len(words) == 1 and words[0] in _GENERIC_WHO:
            hints.append(
                SlotHint(
                    "who",
                    translate(
                        "domain.promise", "“{who}” could be anyone: name the group, e.g. “new runners over 40”."
                    ).format(who=w),
                )
            )
    o = _clean(outcome)
    if not o:
        hints.append(
            SlotHint(
                "outcome", translate("domain.promise", "Say what they get, e.g. “a weekly 20-minute mobility routine”.")
            )
        )
    elif not has_number(o) and not has_time_frame(o):
        hints.append(
            SlotHint(
                "outcome",
                translate(
                    "domain.promise",
                    "The outcome has no number or time frame: make it checkable, e.g. “weekly 20-minute routines”.",
                ),
            )
        )
    if not _clean(format_text):
        hints.append(
            SlotHint(
                "format",
                translate("domain.promise", "Say how it is delivered, e.g. “short videos and a Sunday Q and A”."),
            )
        )
    return hints


def topic_hint(topic: str) -> SlotHint | None:
    """A tight topic names a niche *and* an angle: "budget travel in Japan" beats "travel"."""
    t = _clean(topic)
    if not t:
        return SlotHint(
            "topic", translate("domain.promise", "Write the topic in one line, e.g. “budget travel in Japan”.")
        )
    words = re.findall(r"[\w'-]+", t.lower())
    if len(words) == 1 or (len(words) <= 2 and all(x in _BROAD_TOPICS for x in words)):
        return SlotHint(
            "topic",
            translate(
                "domain.promise", "“{topic}” is broad: narrow it, e.g. “budget travel in Japan” beats “travel”."
            ).format(topic=t),
        )
    if len(t) > 80:
        return SlotHint("topic", translate("domain.promise", "Keep the topic to one short line (under 80 characters)."))
    return None


def split_attention_warning(primary_count: int) -> str | None:
    """More than one primary home in month one splits attention (docs/domain.md §2)."""
    if primary_count > 1:
        return translate(
            "domain.promise",
            "%n primary homes: in month one pick one home, or attention (and replies) split between them.",
            None,
            primary_count,
        )
    return None
