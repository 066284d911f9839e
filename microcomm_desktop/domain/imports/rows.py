"""One CSV row → the values to store, or the reasons it cannot be stored (per field, for the preview).

Conversion is separate from writing so the wizard's preview, the dry run and the real import show exactly the
same values and errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from microcomm_desktop.domain.csv_safety import unguard_cell
from microcomm_desktop.domain.formatting import format_integer
from microcomm_desktop.domain.imports.month_names import MonthLanguage
from microcomm_desktop.domain.imports.parsing import (
    DateOrder,
    parse_count,
    parse_external_id,
    parse_when,
    resolve_year,
    year_from_video_id,
)
from microcomm_desktop.domain.imports.presets import (
    ALT_SUFFIX,
    ENGAGER_FIELDS,
    INTERACTION_FIELDS,
    POST_FIELDS,
    Preset,
)
from microcomm_desktop.domain.insights import THEME_MAX_LEN, split_themes
from microcomm_desktop.i18n import active_language, translate

__all__ = [
    "INTERACTION_KINDS",
    "ConvertOptions",
    "RowResult",
    "convert_engager_row",
    "convert_interaction_row",
    "convert_post_row",
    "normalise_kind",
    "unneutralise",
    "parse_themes_cell",
]

_THEME_SPLIT = re.compile(r"[,;#\n]+")


def parse_themes_cell(text: str) -> list[str]:
    """Theme names of one cell (``split_themes``), refusing a name too long to store instead of cutting it.

    The store keeps names up to ``THEME_MAX_LEN`` characters; silently truncating would merge two long tags
    into one, so the row is rejected with the offending name instead.
    """
    for part in _THEME_SPLIT.split(text or ""):
        collapsed = " ".join(part.split())
        if len(collapsed) > THEME_MAX_LEN:
            raise ValueError(
                translate("domain.imports.rows", "{theme}… is {length} characters; keep a theme under {limit}.").format(
                    theme=repr(collapsed[:30]), length=len(collapsed), limit=THEME_MAX_LEN
                )
            )
    return split_themes(text)


INTERACTION_KINDS = ("like", "comment", "reply", "save", "share", "dm", "live", "story_reply")
_KIND_ALIASES = {
    "likes": "like",
    "favorite": "like",
    "favourite": "like",
    "reaction": "like",
    "heart": "like",
    "comments": "comment",
    "replies": "reply",
    "replied": "reply",
    "saves": "save",
    "bookmark": "save",
    "saved": "save",
    "shares": "share",
    "repost": "share",
    "retweet": "share",
    "message": "dm",
    "direct message": "dm",
    "dms": "dm",
    "live comment": "live",
    "story reply": "story_reply",
    "story": "story_reply",
    "story-reply": "story_reply",
}
PLATFORMS = ("instagram", "facebook", "tiktok", "youtube", "x", "threads", "linkedin", "discord", "other")
_PLATFORM_ALIASES = {"ig": "instagram", "fb": "facebook", "twitter": "x", "yt": "youtube", "tt": "tiktok"}


def unneutralise(text: str) -> str:
    """Undo the spreadsheet-safe prefix a CSV export puts before a cell that starts like a formula ("'=x" was
    "=x"), so a round trip through the app's own export and import gives back the same text (17.4)."""
    return unguard_cell(text)  # the exact inverse of the exporter's guard, declared once in domain.csv_safety


def handle_cell(text: str) -> str:
    """A handle cell of an interactions or engagers file: guard removed, "@" and case folded, never empty."""
    handle = normalise_handle(unneutralise(text.strip()))
    if not handle:
        raise ValueError(translate("domain.imports.rows", "the handle is empty."))
    return handle


def normalise_kind(text: str) -> str | None:
    k = " ".join(text.strip().lower().replace("_", " ").split())
    k = _KIND_ALIASES.get(k, k).replace(" ", "_")
    return k if k in INTERACTION_KINDS else None


def normalise_platform(text: str) -> str:
    p = text.strip().lower()
    p = _PLATFORM_ALIASES.get(p, p)
    return p[:32] if p else "other"


def normalise_handle(text: str) -> str:
    """Handles compare case-insensitively and with or without the @ people type."""
    return text.strip().lstrip("@").strip().lower()[:120]


@dataclass
class ConvertOptions:
    """Choices the user makes once per import (in the wizard or as CLI flags)."""

    today: date
    default_label: str = "community"
    platform: str | None = None  # overrides the preset's platform
    date_order: DateOrder | None = None  # None: the preset's
    year: int | None = None  # for dates without a year; None: the most recent past date
    # Numbers written European style ("1.234" = 1234, "1,2K"): decided per file by ``number_style`` in the
    # plan (or forced by the user); False keeps "1.234" refused as ambiguous.
    decimal_comma: bool | None = None  # None: decide from the file (make_plan)
    # Day/month order decided from the whole date column (make_plan); used strictly, so a row that
    # contradicts it is refused instead of being read the other way round.
    column_date_order: DateOrder | None = None
    # The column only holds dates that read both ways and nothing settles it: such rows are refused until
    # the user chooses (wizard "Dates", CLI --date-order).
    date_order_unresolved: bool = False
    # Years for yearless dates of a daily file, by file line, from the run of consecutive days (make_plan).
    row_years: dict[int, int] = field(default_factory=dict)
    # The export's language for the few month names two languages read differently ("listopad"): the
    # user's choice (CLI --date-language), else decided from the whole column (make_plan), else the
    # system's language as a named tie-break, else such rows are refused.
    date_language: str | None = None
    column_months: MonthLanguage | None = None


@dataclass
class RowResult:
    """What a row becomes. ``values`` only holds fields the file provides (updates leave the rest alone)."""

    line: int
    values: dict[str, object] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    skip_reason: str | None = None
    year_missing: bool = False
    year_source: str = ""  # for yearless dates: "video id" | "consecutive days" | "most recent past" | "--year"

    @property
    def ok(self) -> bool:
        return not self.errors and self.skip_reason is None

    def reason(self) -> str:
        return "; ".join(self.errors.values()) if self.errors else (self.skip_reason or "")


def _cell(row: list[str], idx: int | None) -> str | None:
    if idx is None or idx >= len(row):
        return None
    return row[idx]


def _when(text: str, order: DateOrder, opts: ConvertOptions, line: int = 0) -> tuple[datetime, bool, str]:
    strict = opts.date_order is not None or opts.column_date_order is not None
    if opts.date_order is None and opts.column_date_order is not None:
        order = opts.column_date_order
    parsed = parse_when(text, order=order, year=opts.year or 2000, strict=strict, months=opts.column_months)
    if parsed.ambiguous and opts.date_order is None and opts.date_order_unresolved:
        raise ValueError(
            translate(
                "domain.imports.rows",
                "{value} is ambiguous (day/month or month/day) and nothing in the column settles it; choose the date "
                "order (wizard: Dates; CLI: --date-order dmy or mdy).",
            ).format(value=repr(text.strip()))
        )
    value = parsed.value
    source = ""
    if parsed.year_missing:
        if opts.year is not None:
            source = "--year"
        elif line in opts.row_years:
            value = _with_year(value, opts.row_years[line])
            source = "consecutive days"
        else:
            value = _with_year(value, resolve_year(value.month, value.day, opts.today))
            source = "most recent past"
    _plausible(value, opts.today)
    return value, parsed.year_missing, source


EARLIEST_YEAR = 1970  # before any platform; older dates are typos or spreadsheet serial accidents
LATEST_AHEAD_DAYS = 731  # scheduled posts sit in the future, but not years ahead


def _plausible(value: datetime, today: date) -> None:
    """Refuse dates no export holds (9999-12-31, 0001-01-01): stored, they break every weekly series."""
    day = value.date()
    if day.year < EARLIEST_YEAR or (day - today).days > LATEST_AHEAD_DAYS:
        raise ValueError(
            translate(
                "domain.imports.rows",
                "{date} is out of range: dates from {earliest} to two years after today are accepted.",
            ).format(date=day.isoformat(), earliest=f"{EARLIEST_YEAR}-01-01")
        )


def _with_year(value: datetime, year: int) -> datetime:
    try:
        return value.replace(year=year)
    except ValueError as exc:  # 29 February
        raise ValueError(
            translate("domain.imports.rows", "{day} does not exist in {year}.").format(day=_day_month(value), year=year)
        ) from exc


def _day_month(value: datetime) -> str:
    """ "29 February" in English (as before), the language's own words elsewhere."""
    lang = active_language()
    if lang == "en":
        return f"{value:%d %B}"
    from babel.dates import format_date

    return str(format_date(value.date(), "d MMMM", locale=lang))


def _n(n: int) -> str:
    lang = active_language()
    return f"{n:,}" if lang == "en" else format_integer(n, lang)


def _blank_date_reason(reason: str) -> str:
    """The preset's reason (data declared at import time) in the reader's language."""
    if reason == "no publish date (YouTube leaves it empty for unlisted, private or removed videos)":
        return translate(
            "domain.imports.rows", "no publish date (YouTube leaves it empty for unlisted, private or removed videos)"
        )
    return reason


_COUNT_KEYS = tuple(f.key for f in POST_FIELDS if f.kind == "count")


def _is_description_row(row: list[str], mapping: dict[str, int | None], res: RowResult) -> bool:
    """Old Facebook/Instagram Insights exports put a sentence describing each column under the header
    ("Lifetime: The number of people who saw…"). Such a row has no date and words in every number column;
    it is skipped with a note instead of being reported as a broken post."""
    if "published_at" not in res.errors:
        return False
    texts = [_cell(row, mapping.get(k)) for k in _COUNT_KEYS]
    filled = [t.strip() for t in texts if t and t.strip()]
    return len(filled) >= 2 and all(" " in t and any(ch.isalpha() for ch in t) for t in filled)


def convert_post_row(
    row: list[str], line: int, mapping: dict[str, int | None], preset: Preset, opts: ConvertOptions
) -> RowResult:
    res = RowResult(line=line)
    first = next((c.strip().lower() for c in row if c.strip()), "")
    if first in preset.skip_first_cell:
        res.skip_reason = translate("domain.imports.rows", "summary row (Total)")
        return res
    if not any(c.strip() for c in row):
        res.skip_reason = "empty row"
        return res
    order = opts.date_order or preset.date_order
    platform = opts.platform or preset.platform
    for spec in POST_FIELDS:
        text = _cell(row, mapping.get(spec.key))
        if text is None:
            continue
        try:
            if spec.kind == "when":
                if not text.strip() and preset.blank_date_reason:
                    return RowResult(line=line, skip_reason=_blank_date_reason(preset.blank_date_reason))
                value, missing, source = _when(text, order, opts, line)
                res.values[spec.key] = value
                res.year_missing = missing
                res.year_source = source
            elif spec.kind == "count":
                count = parse_count(text, bool(opts.decimal_comma), signed=preset.net_counts)
                if count is not None and count < 0:
                    res.warnings.append(
                        translate(
                            "domain.imports.rows",
                            "{field} {count} is a net change (more removed than added that day, e.g. deleted "
                            "comments); stored as 0, the day's other counts are kept.",
                        ).format(field=spec.shown().lower(), count=_n(count))
                        if preset.id_prefix
                        else translate(
                            "domain.imports.rows",
                            "{field} {count} is a net change (more removed than added in the export's period, e.g. "
                            "likes taken back); stored as 0, the row's other counts are kept.",
                        ).format(field=spec.shown().lower(), count=_n(count))
                    )
                    count = 0
                res.values[spec.key] = count
            elif spec.kind == "id":
                res.values[spec.key] = parse_external_id(text)
            elif spec.kind == "label":
                lab = text.strip().lower()
                if lab in ("community", "c", "community post"):
                    res.values["label"] = "community"
                elif lab in ("reach", "r", "reach post"):
                    res.values["label"] = "reach"
                elif lab:
                    raise ValueError(
                        translate("domain.imports.rows", "{value} is not a label: use community or reach.").format(
                            value=repr(text.strip())
                        )
                    )
            elif spec.kind == "platform":
                if text.strip():
                    platform = normalise_platform(text)
            elif spec.kind == "themes":
                # A mapped themes column always yields a list (possibly empty): the file states the post's
                # themes, so an empty cell means "no themes", like an empty count means 0.
                res.values["themes"] = parse_themes_cell(text)
            else:
                value_text = text.strip()
                alt = _cell(row, mapping.get(spec.key + ALT_SUFFIX))
                if not value_text and alt:
                    value_text = alt.strip()  # Meta: caption in Title when Description is empty, and back
                res.values[spec.key] = unneutralise(value_text).strip()  # "'\tTab" → "Tab", like any cell
        except ValueError as exc:
            res.errors[spec.key] = f"{spec.shown()}: {exc}"
    if _is_description_row(row, mapping, res):
        return RowResult(
            line=line,
            skip_reason=translate("domain.imports.rows", "a row of column descriptions under the header, not data"),
        )
    if "published_at" not in res.values and "published_at" not in res.errors:
        res.errors["published_at"] = translate(
            "domain.imports.rows", "Date/time: no date column is mapped; every post needs its publish date."
        )
    link = str(res.values.get("link") or "")
    if preset.name == "meta" and "facebook.com" in link.lower() and opts.platform is None:
        platform = "facebook"
    res.values["platform"] = platform
    pid = res.values.get("platform_post_id")
    if not pid and link and preset.id_from_link:
        found = re.search(preset.id_from_link, link)
        if found:
            pid = res.values["platform_post_id"] = found.group(1)
    when_ = res.values.get("published_at")
    if (
        res.year_missing
        and res.year_source == "most recent past"
        and preset.platform == "tiktok"
        and isinstance(pid, str)
        and isinstance(when_, datetime)
    ):
        y = year_from_video_id(pid, when_.month, when_.day, opts.today)
        if y is not None:
            res.values["published_at"] = when_.replace(year=y)
            res.year_source = "video id"
    if pid and not link and preset.link_template:
        res.values["link"] = preset.link_template.format(id=pid)
    if (
        not pid
        and not res.values.get("link")
        and not preset.id_prefix
        and not preset.user_defined
        and preset.name != "generic"
        and (mapping.get("platform_post_id") is not None or mapping.get("link") is not None)
        and not res.errors
    ):
        # A platform export keys its posts by id (X leaves it empty on some card rows): without an id or a
        # link a re-import could not find the post again and would add it a second time.
        return RowResult(
            line=line,
            skip_reason=translate(
                "domain.imports.rows", "no post id or link in this row (a re-import could not match it; not imported)"
            ),
        )
    if preset.id_prefix and not pid and isinstance(res.values.get("published_at"), datetime):
        when = res.values["published_at"]
        assert isinstance(when, datetime)
        res.values["platform_post_id"] = f"{preset.id_prefix}{when.date().isoformat()}"
    if "label" not in res.values:
        res.values["label"] = preset.default_label or opts.default_label
    if preset.default_format and not res.values.get("format"):
        res.values["format"] = preset.default_format
    reach, imps = res.values.get("reach"), res.values.get("impressions")
    if isinstance(reach, int) and isinstance(imps, int) and imps and reach > imps:
        res.warnings.append(
            translate(
                "domain.imports.rows", "reach ({reach}) is higher than impressions ({impressions}); columns swapped?"
            ).format(reach=_n(reach), impressions=_n(imps))
        )
    fmt = res.values.get("format")
    if isinstance(fmt, str) and len(fmt) > 80:
        res.warnings.append(
            translate("domain.imports.rows", "format {value}… is longer than 80 characters; it is cut to 80.").format(
                value=repr(fmt[:30])
            )
        )
    for key in ("title", "notes", "link", "format"):
        v = res.values.get(key)
        if isinstance(v, str):
            res.values[key] = v[:80] if key == "format" else v[:20000]
    return res


def convert_interaction_row(
    row: list[str], line: int, mapping: dict[str, int | None], preset: Preset, opts: ConvertOptions
) -> RowResult:
    """Interaction rows keep the post reference as text; the service resolves it against stored posts."""
    res = RowResult(line=line)
    if not any(c.strip() for c in row):
        res.skip_reason = "empty row"
        return res
    order = opts.date_order or preset.date_order
    for spec in INTERACTION_FIELDS:
        text = _cell(row, mapping.get(spec.key))
        if text is None:
            if spec.required:
                res.errors[spec.key] = translate("domain.imports.rows", "{field}: no column is mapped.").format(
                    field=spec.shown()
                )
            continue
        try:
            if spec.key == "handle":
                res.values["handle"] = handle_cell(text)
            elif spec.key == "kind":
                kind = normalise_kind(text)
                if kind is None:
                    raise ValueError(
                        translate("domain.imports.rows", "{value} is not a kind; use one of {kinds}.").format(
                            value=repr(text.strip()), kinds=", ".join(INTERACTION_KINDS)
                        )
                    )
                res.values["kind"] = kind
            elif spec.key == "timestamp":
                value, missing, source = _when(text, order, opts, line)
                res.values["timestamp"] = value
                res.year_missing = missing
                res.year_source = source
            elif spec.key == "post":
                ref = text.strip()
                if not ref:
                    raise ValueError(translate("domain.imports.rows", "the post id or link is empty."))
                res.values["post"] = ref
            elif spec.kind == "id":
                res.values[spec.key] = parse_external_id(text)
            elif spec.key == "platform":
                if text.strip():
                    res.values["platform"] = normalise_platform(text)
            else:
                res.values[spec.key] = unneutralise(text.strip()).strip()[:20000]
        except ValueError as exc:
            res.errors[spec.key] = f"{spec.shown()}: {exc}"
    return res


_YES = ("yes", "y", "true", "1", "x", "✓", "ja", "sí", "si", "sim", "oui")
_NO = ("no", "n", "false", "0", "", "nein", "não", "nao", "non")


def convert_engager_row(
    row: list[str], line: int, mapping: dict[str, int | None], preset: Preset, opts: ConvertOptions
) -> RowResult:
    """An engager from ``export engagers``: who it is (platform + handle) and what the user typed about them
    (power-member tick, notes). Counts in the file are derived from interactions and are not read."""
    res = RowResult(line=line)
    if not any(c.strip() for c in row):
        res.skip_reason = "empty row"
        return res
    for spec in ENGAGER_FIELDS:
        text = _cell(row, mapping.get(spec.key))
        if text is None:
            if spec.required:
                res.errors[spec.key] = translate("domain.imports.rows", "{field}: no column is mapped.").format(
                    field=spec.shown()
                )
            continue
        try:
            if spec.key == "handle":
                res.values["handle"] = handle_cell(text)
            elif spec.key == "platform":
                res.values["platform"] = normalise_platform(text)
            elif spec.kind == "flag":
                flag = text.strip().lower()
                if flag in _YES:
                    res.values[spec.key] = True
                elif flag in _NO:
                    res.values[spec.key] = False
                else:
                    raise ValueError(
                        translate("domain.imports.rows", "{value} is not yes or no.").format(value=repr(text.strip()))
                    )
            elif spec.kind == "when":
                if text.strip():  # day/month order decided for both date columns together (the plan)
                    res.values[spec.key] = _when(text, opts.date_order or "mdy", opts, line)[0].date()
            else:
                res.values[spec.key] = unneutralise(text.strip()).strip()[:20000]
        except ValueError as exc:
            res.errors[spec.key] = f"{spec.shown()}: {exc}"
    res.values.setdefault("platform", opts.platform or "other")
    return res
