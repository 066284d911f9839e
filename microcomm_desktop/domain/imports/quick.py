"""The quick-entry line format for logging interactions by hand: ``@ana comment``, ``@ben reply to @ana``,
``@cy dm``, optionally with a time (``@dee like 18:40``) and a text after a colon (``@eli comment: love it``).

Typing beats clicking when someone logs 30 comments from a phone screen; the parser is forgiving about case,
``@`` and extra spaces, and reports the line number and the reason for anything it cannot read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from microcomm_desktop.domain.imports.rows import INTERACTION_KINDS, normalise_handle, normalise_kind
from microcomm_desktop.i18n import translate

__all__ = ["QuickLine", "parse_quick_entry"]

_LINE = re.compile(
    r"^@?(?P<handle>[\w.\-]+)\s+(?P<kind>story[ _-]?reply|[a-z_]+)"
    r"(?:\s+to\s+@?(?P<parent>[\w.\-]+))?"
    r"(?:\s+(?:at\s+)?(?P<hh>\d{1,2}):(?P<mm>\d{2}))?"
    r"(?:\s*:\s*(?P<text>.*))?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class QuickLine:
    line: int
    handle: str
    kind: str
    parent_handle: str | None = None
    time: tuple[int, int] | None = None
    text: str = ""


def parse_quick_entry(text: str) -> tuple[list[QuickLine], list[tuple[int, str]]]:
    """Parsed lines and (line number, reason) for each line that could not be read."""
    ok: list[QuickLine] = []
    bad: list[tuple[int, str]] = []
    for n, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = _LINE.match(line)
        if not m:
            bad.append(
                (
                    n,
                    translate(
                        "domain.imports.quick", "{line}: write it like '@ana comment' or '@ben reply to @ana'."
                    ).format(line=repr(line)),
                )
            )
            continue
        kind = normalise_kind(m["kind"])
        if kind is None:
            bad.append(
                (
                    n,
                    translate("domain.imports.quick", "{kind} is not a kind; use one of {kinds}.").format(
                        kind=repr(m["kind"]), kinds=", ".join(INTERACTION_KINDS)
                    ),
                )
            )
            continue
        parent = normalise_handle(m["parent"]) if m["parent"] else None
        if parent and kind not in ("reply", "comment", "dm"):
            bad.append(
                (
                    n,
                    translate(
                        "domain.imports.quick",
                        "only a reply, comment or dm can answer someone ('{kind} to @{parent}').",
                    ).format(kind=kind, parent=parent),
                )
            )
            continue
        if parent and kind == "comment":
            kind = "reply"
        when = None
        if m["hh"] is not None:
            hh, mm = int(m["hh"]), int(m["mm"])
            if hh > 23 or mm > 59:
                bad.append(
                    (
                        n,
                        translate("domain.imports.quick", "{time} is not a time of day.").format(
                            time=f"{m['hh']}:{m['mm']}"
                        ),
                    )
                )
                continue
            when = (hh, mm)
        ok.append(QuickLine(n, normalise_handle(m["handle"]), kind, parent, when, (m["text"] or "").strip()))
    return ok, bad
