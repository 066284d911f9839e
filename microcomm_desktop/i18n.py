"""One translation catalog for the window, the reports and the command line.

Why not only Qt's ``QTranslator``: the CLI, the services and the domain's sentences (import reports, value
limits) must not import Qt (start-up time, layering), yet they speak to the same user. So every layer calls
``translate(context, text, disambiguation, n)``, which ``pyside6-lupdate`` extracts exactly like
``QCoreApplication.translate`` into ``resources/translations/microcomm_<lang>.ts``. The window loads the
``.qm`` that ``pyside6-lrelease`` builds from the same file (``ui/i18n.py``); everything else reads the
``.ts`` here, lazily and only when a language other than English is active.

Plurals follow Qt's ``%n`` rules for the shipped languages, English included (a plural-only catalog): German
and Spanish one / other; Brazilian Portuguese treats 0 and 1 as singular, as Qt and CLDR say.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from pathlib import Path

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "TranslatedLabels",
    "active_language",
    "catalog_path",
    "normalize_language",
    "plural_index",
    "set_language",
    "translate",
]

# Shipped languages (code -> name in that language). English is the source language.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "es": "Español", "pt_BR": "Português (Brasil)"}

_active: str = "en"


def normalize_language(tag: str | None) -> str:
    """ "de_DE.UTF-8", "pt-BR", "es_MX" -> a shipped language ("de", "pt_BR", "es"), else "en"."""
    if not tag:
        return "en"
    tag = tag.split(".")[0].split("@")[0].replace("-", "_")
    lang, _, region = tag.partition("_")
    lang = lang.lower()
    if lang == "pt":
        return "pt_BR"  # the Portuguese we ship; European Portuguese readers get the closest one
    return lang if lang in LANGUAGES else "en"


def system_language() -> str:
    """The language the user's session asks for (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``)."""
    for var in ("MICROCOMM_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        for part in value.split(":"):
            if part and part not in ("C", "POSIX") and not part.startswith("C."):
                return normalize_language(part)
    return "en"


def set_language(lang: str | None) -> str:
    """Make ``lang`` (``None``: the system's) the language of every later ``translate`` call."""
    global _active
    _active = normalize_language(lang) if lang else system_language()
    return _active


def active_language() -> str:
    return _active


def catalog_path(lang: str) -> Path | None:
    from microcomm_desktop.resources import resource_path

    return resource_path(f"translations/microcomm_{lang}.ts")


Catalog = dict[tuple[str, str, str], str | list[str]]


@cache
def _catalog(lang: str) -> Catalog:
    path = catalog_path(lang)
    if path is None or not path.is_file():
        return {}
    import xml.etree.ElementTree as ET  # only when a message is looked up: `microcomm --help` in English never is

    out: Catalog = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            comment = msg.findtext("comment") or ""
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")]
            if msg.get("numerus") == "yes":
                if all(forms):
                    out[(name, source, comment)] = forms
            elif tr.text:
                out[(name, source, comment)] = tr.text
    return out


_PLURAL: dict[str, Callable[[int], int]] = {
    "de": lambda n: 0 if n == 1 else 1,
    "es": lambda n: 0 if n == 1 else 1,
    "pt_BR": lambda n: 0 if n in (0, 1) else 1,
}


def plural_index(lang: str, n: int) -> int:
    return _PLURAL.get(lang, lambda k: 0 if k == 1 else 1)(n)


def _format_n(n: int, lang: str) -> str:
    if lang == "en":
        return f"{n:,}"
    from microcomm_desktop.domain.formatting import format_integer

    return format_integer(n, lang)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the active language (``%n`` replaced by ``n`` written the language's way)."""
    lang = _active
    out: str = text
    # English has a catalog too, holding only the plural forms ("%n post(s)" -> "1 post" / "2 posts"), the
    # way Qt's own English plurals work (lupdate -pluralonly).
    if lang == "en" and n < 0:
        return text  # the source text is English: the catalog is read only for a non-English language or a plural
    found = _catalog(lang).get((context, text, disambiguation or ""))
    if isinstance(found, list):
        out = found[min(plural_index(lang, n), len(found) - 1)]
    elif found:
        out = found
    if n >= 0 and "%n" in out:
        out = out.replace("%n", _format_n(n, lang))
    if n >= 0 and "%Ln" in out:  # Qt's localized count; the reader always writes counts the language's way
        out = out.replace("%Ln", _format_n(n, lang))
    return out


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate extracts
    """Mark ``text`` for the catalogs in a module-level table; it is translated where it is shown.

    Why not PySide6's: that one is typed ``object`` (casts everywhere) and Qt-free code cannot import it."""
    return text


class TranslatedLabels(Mapping[str, str]):
    """key -> label, each read in the active language at lookup time.

    Why: tables such as the home kinds are declared once at import time, before a language is chosen, yet the
    window, the reports and the CLI show them in the reader's language; the keys stay what is stored."""

    def __init__(self, context: str, labels: dict[str, str]) -> None:
        self._context = context
        self._labels = labels

    def __getitem__(self, key: str) -> str:
        return translate(self._context, self._labels[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)
