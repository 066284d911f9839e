"""Spreadsheet-safe CSV cells (OWASP "CSV injection"), and the exact inverse for our own importer.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as a formula by Excel,
LibreOffice and Google Sheets (``=HYPERLINK(...)`` in a post title or a commenter's handle is enough). Exports
prefix such text cells with a single quote, as OWASP recommends: spreadsheets then show the text as typed.

Numbers are written as numbers (a count of -5 is never text), so only text columns are guarded. The guard is
reversible: a text that itself starts with a quote followed by something guarded gets one more quote, so
``unguard_cell(guard_cell(x)) == x`` for every string and a round trip through the app's own importer is
lossless. Both directions live here so the exporter and the importer can never disagree.
"""

from __future__ import annotations

__all__ = ["FORMULA_TRIGGERS", "guard_cell", "guard_row", "needs_guard", "unguard_cell"]

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"


def needs_guard(text: str) -> bool:
    """True when a spreadsheet would read ``text`` as a formula (or it looks like an already guarded one)."""
    i = 0
    while i < len(text) and text[i] == GUARD:  # "''=x" unguards to "'=x": it must be guarded too
        i += 1
    return i < len(text) and text[i] in FORMULA_TRIGGERS


def guard_cell(value: object) -> object:
    """Text that would run as a formula gets a leading single quote; everything else is returned as is."""
    if isinstance(value, str) and needs_guard(value):
        return GUARD + value
    return value


def guard_row(values: list[object]) -> list[object]:
    return [guard_cell(v) for v in values]


def unguard_cell(text: str) -> str:
    """The inverse of ``guard_cell`` for text read back from a CSV file."""
    if text.startswith(GUARD) and needs_guard(text[1:]):
        return text[1:]
    return text
