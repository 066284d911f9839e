"""CSV import of post metrics and interactions: plan (preset + mapping), preview, run, report.

The run is ONE transaction: Core bulk inserts/updates in chunks, the EngagerDay rollup rebuilt for the touched
people, and any exception or a cancel rolls everything back — a failed import leaves the database exactly as
before. Progress and cancel are plain callables so the GUI worker and the CLI share this code without Qt.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.engine import Engine
from sqlmodel import Session

from microcomm_desktop.domain.formatting import format_integer
from microcomm_desktop.domain.imports import (
    ENGAGER_FIELDS,
    INTERACTION_FIELDS,
    POST_FIELDS,
    PRESETS,
    ColumnDates,
    ConvertOptions,
    CsvFileError,
    CsvTable,
    Preset,
    RowResult,
    consecutive_years,
    convert_engager_row,
    convert_interaction_row,
    convert_post_row,
    decide_date_order,
    detect_preset,
    mapping_for,
    normalise_header,
    open_export_bytes,
    parse_when,
    read_csv_bytes,
    refusal_for,
)
from microcomm_desktop.domain.imports.columns import InteractionColumns, InteractionValues
from microcomm_desktop.domain.imports.parsing import number_style
from microcomm_desktop.domain.post_fields import OPTIONAL_COUNT_KEYS, REQUIRED_COUNT_KEYS
from microcomm_desktop.domain.post_fields import POST_FIELDS as POST_FIELDS_DECLARED
from microcomm_desktop.i18n import active_language, translate
from microcomm_desktop.services import safe_files
from microcomm_desktop.services.interactions import ensure_engagers
from microcomm_desktop.services.rollups import add_inserted_interactions
from microcomm_desktop.services.timezones import local_parts, to_utc, zone
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.models import Engager, Interaction, Post, PostTheme, Setting, Theme, Workspace
from microcomm_desktop.store.models.base import table_of, utcnow
from microcomm_desktop.store.sqlfuncs import DriverConnection, drop_sqlite_indexes

__all__ = [
    "CHUNK",
    "ImportCancelled",
    "ImportPlan",
    "ImportReport",
    "import_engagers",
    "import_interactions",
    "import_posts",
    "load_table",
    "load_user_presets",
    "make_plan",
    "preview",
    "run_import",
    "year_note",
    "resolve_column",
    "resolve_field",
    "save_user_preset",
]

CHUNK = 20_000
USER_PRESETS_KEY = "import.user_presets"
MAX_FILE_BYTES = 512 * 1024 * 1024

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(Exception):
    """Raised inside the transaction when the user cancels, so the scope rolls back."""


def load_table(path: Path, allow_swallowed: bool = False) -> CsvTable:
    """Read a file into a CsvTable; unreadable files raise CsvFileError with a user-facing message.

    A YouTube Studio .zip is opened and its Table data.csv read (the report says so); any other archive or
    binary file is refused with one sentence naming what it is. A quote that swallows following rows raises
    ``SwallowedRowsError`` unless the user chose ``allow_swallowed``.
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CsvFileError(
                translate("services.importing", "{name} is {size} MB; split it into files under 512 MB.").format(
                    name=path.name, size=_num(size // (1024 * 1024))
                )
            )
        data = path.read_bytes()
    except OSError as exc:
        raise CsvFileError(
            translate("services.importing", "Cannot read {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    inner, notes = open_export_bytes(data, path.name)
    table = read_csv_bytes(inner, allow_swallowed=allow_swallowed)
    table.notes[:0] = notes
    return table


# -------------------- user presets (a JSON list in the app-wide settings table)


def load_user_presets(engine: Engine) -> list[Preset]:
    st = table_of(Setting)
    with engine.connect() as conn:
        raw = conn.execute(select(st.c.value).where(st.c.workspace_id.is_(None), st.c.key == USER_PRESETS_KEY)).scalar()
    try:
        items = json.loads(raw) if raw else []
        return [Preset.from_json(d) for d in items if isinstance(d, dict) and d.get("name")]
    except (ValueError, KeyError, TypeError):
        return []


def save_user_preset(
    engine: Engine, name: str, kind: str, headers: list[str], mapping: dict[str, int | None], platform: str
) -> Preset:
    """Store the user's mapping by header name (not position) so it applies to next month's export too."""
    clean = " ".join(name.split())
    if not clean:
        raise ValueError(translate("services.importing", "Give the preset a name."))
    if clean.lower() in PRESETS:
        raise ValueError(
            translate("services.importing", "{name} is a built-in preset name; pick another.").format(name=repr(clean))
        )
    preset = Preset.from_json(
        {
            "name": clean,
            "title": clean,
            "platform": platform,
            "kind": kind,
            "mapping": {k: (headers[v] if v is not None and v < len(headers) else None) for k, v in mapping.items()},
        }
    )
    presets = [p for p in load_user_presets(engine) if p.name != clean] + [preset]
    st = table_of(Setting)
    with session_scope(engine) as s:
        s.execute(st.delete().where(st.c.workspace_id.is_(None), st.c.key == USER_PRESETS_KEY))
        s.execute(
            insert(st).values(workspace_id=None, key=USER_PRESETS_KEY, value=json.dumps([p.to_json() for p in presets]))
        )
    return preset


def find_preset(engine: Engine | None, name: str) -> Preset | None:
    if name in PRESETS:
        return PRESETS[name]
    for p in load_user_presets(engine) if engine is not None else []:
        if p.name.lower() == name.lower():
            return p
    return None


# -------------------- plan and preview


@dataclass
class ImportPlan:
    """A file plus the user's choices; the wizard edits ``mapping`` and ``options`` before running."""

    table: CsvTable
    kind: str  # posts | interactions
    preset: Preset | None
    mapping: dict[str, int | None]
    options: ConvertOptions
    number_style_forced: bool = False  # the user chose decimal comma/point; do not re-detect
    date_notes: list[str] = field(default_factory=list)  # what the date analysis decided (in the report)
    _column_dates: dict[tuple[tuple[int, ...], str | None], ColumnDates] = field(default_factory=dict, repr=False)

    @property
    def fields(self) -> tuple[Any, ...]:
        return _fields(self.kind)

    def convert(self, index: int) -> RowResult:
        preset = self.preset or PRESETS[_DEFAULT_PRESET[self.kind]]
        conv = _CONVERTERS[self.kind]
        return conv(self.table.rows[index], self.table.lines[index], self.mapping, preset, self.options)

    @property
    def needs_date_order(self) -> bool:
        """The date column reads both ways and nothing settles it: the wizard asks, the CLI needs --date-order."""
        return self.options.date_order_unresolved and self.options.date_order is None

    def reanalyse(self) -> None:
        """Re-decide what depends on the mapping (number style, day/month order, years of yearless dates)."""
        self.detect_number_style()
        self.detect_dates()

    def detect_dates(self) -> None:
        """Decide day/month order from the whole date column and the years of a yearless daily run.

        Per row, "01-07-2025" would be read month-first and "13-06-2025" day-first in the same file; here the
        column decides once. A column of dates that read both ways is left for the user to choose unless the
        platform always writes one order (Meta). A daily file's yearless days are consecutive: the last one is
        the most recent past date and the earlier ones walk back across New Year.
        """
        o = self.options
        o.column_date_order = None
        o.date_order_unresolved = False
        o.row_years = {}
        self.date_notes = []
        keys = {"posts": ("published_at",), "interactions": ("timestamp",)}.get(
            self.kind,
            ("first_seen", "last_seen"),  # engagers: both date columns are written the same way
        )
        found = [i for i in (self.mapping.get(k) for k in keys) if i is not None]
        if not found:
            return
        cells = [r[i] if i < len(r) else "" for r in self.table.rows for i in found]
        key = (tuple(found), o.date_language)
        cached = self._column_dates.get(key)
        col = cached if cached is not None else decide_date_order(cells, o.date_language, system_language())
        self._column_dates[key] = col  # a wizard re-maps often; the column's verdict does not change
        o.column_months = col.months
        if col.month_note:
            self.date_notes.append(col.month_note)
        names = [
            repr(self.table.headers[i])
            if i < len(self.table.headers)
            else translate("services.importing", "column {number}").format(number=i + 1)
            for i in found
        ]
        header = (
            translate("services.importing", "{first} and {second}").format(first=names[0], second=names[1])
            if len(names) == 2
            else names[0]
        )
        written = {
            "dmy": translate("services.importing", "day/month"),
            "mdy": translate("services.importing", "month/day"),
        }
        if o.date_order is None:
            if col.order is not None:
                o.column_date_order = col.order
                self.date_notes.append(
                    translate(
                        "services.importing",
                        "Dates in {column} are read {order} for the whole column ({evidence} settles it).",
                    ).format(column=header, order=written[col.order], evidence=repr(col.evidence))
                )
            elif col.ambiguous:
                preset = self.preset
                if preset is not None and preset.native_slash_order:
                    o.column_date_order = preset.date_order
                    self.date_notes.append(
                        translate(
                            "services.importing", "Dates in {column} are read {order}, as {source} writes them."
                        ).format(column=header, order=written[preset.date_order], source=preset.title)
                    )
                else:
                    o.date_order_unresolved = True
                    self.date_notes.append(
                        translate(
                            "services.importing",
                            "Dates in {column} read both ways (day/month or month/day) and no date in the column "
                            "settles it: choose the date order (wizard: Dates; CLI: --date-order dmy or mdy).",
                        ).format(column=header)
                    )
            if col.conflict:
                self.date_notes.append(
                    translate(
                        "services.importing",
                        "{column} mixes both orders: {conflict} contradicts {evidence}; rows that do not fit the "
                        "column's order are refused.",
                    ).format(column=header, conflict=repr(col.conflict), evidence=repr(col.evidence))
                )
        elif col.order is not None and col.order != o.date_order:
            self.date_notes.append(
                translate(
                    "services.importing",
                    "You chose {chosen} but {evidence} in {column} can only be {order}; rows that do not fit are "
                    "refused.",
                ).format(
                    chosen=written[o.date_order], evidence=repr(col.evidence), column=header, order=written[col.order]
                )
            )
        preset = self.preset
        if self.kind == "posts" and preset is not None and preset.id_prefix and o.year is None:
            month_days: list[tuple[int, int] | None] = []
            for c in cells:
                try:
                    pw = parse_when(c, year=2000)
                except ValueError:
                    month_days.append(None)
                    continue
                month_days.append((pw.value.month, pw.value.day) if pw.year_missing else None)
            years = consecutive_years(month_days, o.today)
            o.row_years = {self.table.lines[i]: y for i, y in enumerate(years) if y is not None}

    def detect_number_style(self) -> None:
        """Decide once per file whether "1.234" means 1234 (European export) from the mapped number columns.

        Only unambiguous evidence counts ("1.234.567", "1,2K" vs "15,000", "1.2K"); a file with only plain
        digits keeps the default, and a file mixing both styles keeps "1.234" refused row by row.
        """
        if self.number_style_forced:
            return
        idx = [self.mapping.get(f.key) for f in self.fields if f.kind == "count"]
        cols = [i for i in idx if i is not None]
        cells = [r[i] for r in self.table.rows[:500] for i in cols if i < len(r)]
        style = number_style(cells)
        self.options.decimal_comma = bool(style)
        if self.kind == "engagers":
            return
        note = translate(
            "services.importing",
            "Numbers in this file are written European style (1.234 = one thousand two hundred thirty-four).",
        )
        if style and note not in self.table.notes:
            self.table.notes.append(note)
        elif not style and note in self.table.notes:
            self.table.notes.remove(note)

    def missing_required(self) -> list[str]:
        return [f.shown() for f in self.fields if f.required and self.mapping.get(f.key) is None]

    def needs_year(self) -> bool:
        """True when dates in the file have no year (the UI asks; default: the most recent past date)."""
        return any(self.convert(i).year_missing for i in range(min(20, len(self.table.rows))))


def system_language() -> str | None:
    """This computer's language ("hr_HR.UTF-8" -> used as "hr"), the tie-break for a month name two export
    languages read differently. The environment first (what the user's session says), then the C library."""
    import locale
    import os

    for var in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value
    try:
        return locale.getlocale(locale.LC_TIME)[0]
    except (ValueError, AttributeError):
        return None


def make_plan(
    table: CsvTable,
    options: ConvertOptions,
    kind: str = "posts",
    preset_name: str | None = None,
    engine: Engine | None = None,
    overrides: dict[str, str] | None = None,
) -> ImportPlan:
    """Pick the preset (named, else detected) and its mapping. An unknown export gets ``preset=None`` and an
    empty mapping — the UI then shows the mapping screen; it never raises for a strange header row.

    ``overrides`` (field key or label → column header, the CLI's ``--map``) replace what the preset found;
    an unknown field or column raises ``ValueError`` naming the choices. With overrides and no preset, the
    generic preset carries the mapping."""
    user = load_user_presets(engine) if engine is not None else []
    if preset_name:
        preset = find_preset(engine, preset_name)
        if preset is None:
            names = ", ".join([*PRESETS, *(p.name for p in user)])
            raise ValueError(
                translate("services.importing", "No preset named {name}. Presets: {names}.").format(
                    name=repr(preset_name), names=names
                )
            )
    else:
        preset = detect_preset(table.headers, kind=kind, extra=user)
    if kind == "posts" and (preset is None or preset.name in ("generic", "youtube")):
        refused = refusal_for(table.headers, table.rows)
        if refused:
            raise CsvFileError(refused)
    fields = _fields(kind)
    mapping: dict[str, int | None] = (
        mapping_for(preset, table.headers, fields) if preset else {f.key: None for f in fields}
    )
    if overrides:
        if preset is None:
            preset = PRESETS[_DEFAULT_PRESET[kind]]
        for key, column in overrides.items():
            mapping[resolve_field(fields, key)] = resolve_column(table.headers, column)
    plan = ImportPlan(
        table=table,
        kind=kind,
        preset=preset,
        mapping=mapping,
        options=options,
        number_style_forced=options.decimal_comma is not None,
    )
    plan.reanalyse()
    return plan


_DEFAULT_PRESET = {"posts": "generic", "interactions": "interactions", "engagers": "engagers"}
_CONVERTERS = {"posts": convert_post_row, "interactions": convert_interaction_row, "engagers": convert_engager_row}


def _fields(kind: str) -> tuple[Any, ...]:
    return {"interactions": INTERACTION_FIELDS, "engagers": ENGAGER_FIELDS}.get(kind, POST_FIELDS)


def year_note(results: list[RowResult], today: Any) -> str:
    """One sentence on the years given to dates written without one, by where each year came from."""
    by_source: dict[str, set[int]] = {}
    for r in results:
        if r.year_missing and r.year_source:
            when = r.values.get("published_at") or r.values.get("timestamp")
            if isinstance(when, datetime):
                by_source.setdefault(r.year_source, set()).add(when.year)
    if not by_source:
        return ""
    english = active_language() == "en"
    parts = []
    for source in ("video id", "consecutive days", "most recent past", "--year"):
        years = sorted(by_source.get(source, ()))
        if years:
            span = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
            n = sum(1 for r in results if r.year_missing and r.year_source == source)
            if english:  # the English code path of before, byte for byte
                parts.append(f"{n} row{'s' * (n != 1)} in {span} {_year_source_text(source, today)}")
            else:
                parts.append(
                    translate("services.importing", "%n row(s) in {years} {how}", None, n).format(
                        years=span, how=_year_source_text(source, today)
                    )
                )
    return translate(
        "services.importing", "Dates without a year: {parts}. Use --year (wizard: Year) to choose another year."
    ).format(parts="; ".join(parts))


def _year_source_text(source: str, today: Any) -> str:
    """How the year of a yearless date was chosen (``RowResult.year_source`` is the key, never shown)."""
    if source == "video id":
        return translate("services.importing", "from the TikTok video ids (creation time)")
    if source == "consecutive days":
        return translate("services.importing", "as consecutive days ending at the most recent past date")
    if source == "most recent past":
        return translate("services.importing", "as the most recent past date (import day {today})").format(today=today)
    return translate("services.importing", "as you chose")


def _num(n: int) -> str:
    """A count inside a report sentence: plain digits in English (as always), the language's grouping elsewhere."""
    lang = active_language()
    return str(n) if lang == "en" else format_integer(n, lang)


def resolve_field(fields: tuple[Any, ...], name: str) -> str:
    """An app field by key ("published_at") or label ("Date/time"), case- and punctuation-insensitively."""
    want = normalise_header(name)
    for f in fields:
        if want in (normalise_header(f.key), normalise_header(f.label), normalise_header(f.shown())):
            return str(f.key)
    raise ValueError(
        translate("services.importing", "No field {name}. Fields: {fields}.").format(
            name=repr(name), fields=", ".join(f.key for f in fields)
        )
    )


def resolve_column(headers: list[str], name: str) -> int | None:
    """A CSV column by header (case-insensitive) or 1-based number; "none" / "" unmaps the field."""
    raw = name.strip()
    if raw.lower() in ("", "none", "-"):
        return None
    want = normalise_header(raw)
    for i, h in enumerate(headers):
        if normalise_header(h) == want:
            return i
    if raw.isdigit() and 1 <= int(raw) <= len(headers):
        return int(raw) - 1
    raise ValueError(
        translate("services.importing", "No column {name} in this file. Columns: {columns}.").format(
            name=repr(name), columns=", ".join(headers)
        )
    )


def preview(plan: ImportPlan, limit: int = 50) -> list[RowResult]:
    return [plan.convert(i) for i in range(min(limit, len(plan.table.rows)))]


# -------------------- report


@dataclass
class ImportReport:
    """What happened; ``written`` is False for a dry run, a cancel, or rejected rows without skip-bad."""

    total_rows: int = 0
    inserted: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)
    skipped_lines: list[tuple[int, str]] = field(default_factory=list)  # why rows were skipped (not blank ones)
    written: bool = False
    dry_run: bool = False
    cancelled: bool = False
    file_notes: list[str] = field(default_factory=list)
    tagged_posts: int = 0  # posts whose themes the file set (a mapped themes column)
    new_themes: list[str] = field(default_factory=list)  # themes the import creates

    def summary(self) -> str:
        would = self.dry_run or not self.written
        if active_language() == "en":  # the English code path of before, byte for byte (no digit grouping)
            verb = "Would insert" if would else "Inserted"
            head = (
                f"{verb} {self.inserted}, {'would update' if verb != 'Inserted' else 'updated'} {self.updated}, "
                f"skipped {self.skipped}, rejected {len(self.rejected)} of {self.total_rows} rows."
            )
        else:
            total = self.total_rows  # lupdate reads a plain name as the count, not an attribute
            if would:
                template = translate(
                    "services.importing",
                    "Would insert {inserted}, would update {updated}, skipped {skipped}, rejected {rejected} of "
                    "%n row(s).",
                    None,
                    total,
                )
            else:
                template = translate(
                    "services.importing",
                    "Inserted {inserted}, updated {updated}, skipped {skipped}, rejected {rejected} of %n row(s).",
                    None,
                    total,
                )
            head = template.format(
                inserted=_num(self.inserted),
                updated=_num(self.updated),
                skipped=_num(self.skipped),
                rejected=_num(len(self.rejected)),
            )
        if self.cancelled:
            return translate("services.importing", "Cancelled: nothing was written. {summary}").format(summary=head)
        if self.dry_run:
            return translate("services.importing", "Dry run: nothing was written. {summary}").format(summary=head)
        if not self.written:
            return translate(
                "services.importing",
                "Nothing was written because some rows were rejected (use skip-bad to import the rest). {summary}",
            ).format(summary=head)
        return head

    def themes_line(self) -> str:
        if not self.tagged_posts:
            return ""
        if active_language() == "en":  # the English code path of before, byte for byte
            verb = "set" if self.written else "would set"
            new = f"; new themes: {', '.join(self.new_themes)}" if self.new_themes else ""
            return f"Themes: {verb} on {self.tagged_posts} post{'s' * (self.tagged_posts != 1)}{new}."
        posts = self.tagged_posts  # lupdate reads a plain name as the count, not an attribute
        if self.written:
            line = translate("services.importing", "Themes: set on %n post(s).", None, posts)
        else:
            line = translate("services.importing", "Themes: would set on %n post(s).", None, posts)
        if self.new_themes:
            line = line.removesuffix(".") + translate("services.importing", "; new themes: {themes}.").format(
                themes=", ".join(self.new_themes)
            )
        return line

    def lines(self) -> list[str]:
        out = [self.summary(), *([self.themes_line()] if self.themes_line() else []), *self.file_notes]
        out += [
            translate("services.importing", "line {line}: skipped: {reason}").format(line=n, reason=why)
            for n, why in self.skipped_lines
        ]
        out += [
            translate("services.importing", "line {line}: rejected: {reason}").format(line=n, reason=why)
            for n, why in self.rejected
        ]
        out += [
            translate("services.importing", "line {line}: warning: {reason}").format(line=n, reason=why)
            for n, why in self.warnings
        ]
        return out

    def write_csv(self, path: Path) -> None:
        rows = [[n, "rejected", why] for n, why in self.rejected]
        rows += [[n, "warning", why] for n, why in self.warnings]
        rows += [[n, "skipped", why] for n, why in self.skipped_lines]
        safe_files.write_csv_rows(path, ["line", "status", "reason"], rows)


def _tick(progress: Progress | None, cancelled: Cancelled | None, done: int, total: int) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    if progress is not None:
        progress(done, total)


# -------------------- posts


_UPDATABLE = tuple(
    f.key for f in POST_FIELDS if f.key not in ("published_at", "platform_post_id", "platform", "label", "themes")
)
# A new post's text columns start empty (never NULL); the platform is always set from the row.
_TEXT_KEYS = tuple(f.key for f in POST_FIELDS_DECLARED if f.kind == "text")


def _ws(session: Session, workspace_id: int) -> Workspace:
    ws = session.get(Workspace, workspace_id)
    if ws is None:
        raise ValueError(translate("services.importing", "That workspace no longer exists."))
    return ws


def import_posts(
    engine: Engine,
    workspace_id: int,
    plan: ImportPlan,
    *,
    dry_run: bool = False,
    skip_bad: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Insert new posts and update known ones (matched by platform + platform post id, else by link).

    Updates touch only the columns the file provides, so a label, ritual or notes typed in the app survive a
    re-import of next week's export. Rows repeated within the file: the last one wins. A mapped themes column
    states each post's themes exactly (an empty cell clears them); unknown names become themes.
    """
    report = ImportReport(
        total_rows=len(plan.table.rows), dry_run=dry_run, file_notes=[*plan.table.notes, *plan.date_notes]
    )
    missing = plan.missing_required()
    if missing:
        report.rejected = [
            (0, translate("services.importing", "map a column to: {fields}").format(fields=", ".join(missing)))
        ]
        return report
    p = table_of(Post)
    try:
        with session_scope(engine, write=True) as s:  # waits for another import
            tz = _ws(s, workspace_id).timezone
            by_id: dict[tuple[str, str], int] = {}
            by_link: dict[str, int] = {}
            stored: dict[int, tuple[Any, ...]] = {}  # post id -> its counts, to flag very different new numbers
            for pid, plat, ext, link, *counts in s.execute(
                select(p.c.id, p.c.platform, p.c.platform_post_id, p.c.link, *(p.c[k] for k in _COMPARED)).where(
                    p.c.workspace_id == workspace_id
                )
            ):
                if ext:
                    by_id[(str(plat), str(ext))] = int(pid)
                if link:
                    by_link[str(link)] = int(pid)
                stored[int(pid)] = tuple(counts)
            yearless: list[RowResult] = []
            new_rows: dict[Any, dict[str, Any]] = {}
            upd_rows: dict[int, dict[str, Any]] = {}
            new_themes: dict[Any, list[str]] = {}  # new-row key → themes (when the column is mapped)
            upd_themes: dict[int, list[str]] = {}
            n = len(plan.table.rows)
            step = max(1, min(CHUNK, n // 50 or 1))
            now = utcnow()
            for i in range(n):
                if i % step == 0:
                    _tick(progress, cancelled, i, n * 2)
                res = plan.convert(i)
                if res.skip_reason:
                    report.skipped += 1
                    if res.skip_reason != "empty row":
                        report.skipped_lines.append((res.line, res.skip_reason))
                    continue
                if res.errors:
                    report.rejected.append((res.line, res.reason()))
                    continue
                v = res.values
                when = v["published_at"]
                assert isinstance(when, datetime)
                try:
                    instant = to_utc(when, tz)
                    ld, lm = local_parts(instant, tz)
                except (OverflowError, ValueError):
                    report.rejected.append(
                        (
                            res.line,
                            translate("services.importing", "Date/time: {when} is out of range.").format(
                                when=f"{when:%Y-%m-%d %H:%M}"
                            ),
                        )
                    )
                    continue
                report.warnings.extend((res.line, w) for w in res.warnings)
                if res.year_missing:
                    yearless.append(res)
                row = {k: v[k] for k in _UPDATABLE if k in v}
                for key in REQUIRED_COUNT_KEYS:
                    if key in row and row[key] is None:
                        row[key] = 0
                row.update(published_at=instant, local_date=ld, local_minute=lm, updated_at=now)
                plat, ext, link = str(v["platform"]), v.get("platform_post_id"), str(v.get("link") or "")
                existing = by_id.get((plat, str(ext))) if ext else None
                if existing is None and link:
                    existing = by_link.get(link)
                names = v.get("themes")
                if existing is not None:
                    report.warnings.extend((res.line, w) for w in _big_changes(stored.get(existing), row))
                    if existing in upd_rows:
                        report.warnings.append(
                            (
                                res.line,
                                translate("services.importing", "the same post appears again; this later row wins"),
                            )
                        )
                    upd_rows[existing] = row
                    if isinstance(names, list):
                        upd_themes[existing] = names
                    continue
                new_key: Any = (plat, ext) if ext else (("link", link) if link else ("line", res.line))
                if new_key in new_rows:
                    report.warnings.append(
                        (res.line, translate("services.importing", "the same post appears again; this later row wins"))
                    )
                row.update(
                    workspace_id=workspace_id, platform=plat, platform_post_id=ext, label=v["label"], created_at=now
                )
                for k in _TEXT_KEYS:
                    row.setdefault(k, "")
                for k in REQUIRED_COUNT_KEYS:
                    row.setdefault(k, 0)
                for k in OPTIONAL_COUNT_KEYS:
                    row.setdefault(k, None)
                new_rows[new_key] = row
                if isinstance(names, list):
                    new_themes[new_key] = names
                else:
                    new_themes.pop(new_key, None)
            note = year_note(yearless, plan.options.today)
            if note:
                report.file_notes.append(note)
            report.inserted = len(new_rows)
            report.updated = len(upd_rows)
            report.tagged_posts = len(new_themes) + len(upd_themes)
            if report.tagged_posts:
                known = {
                    str(x)
                    for (x,) in s.execute(
                        select(table_of(Theme).c.name).where(table_of(Theme).c.workspace_id == workspace_id)
                    )
                }
                wanted = {n for names in (*new_themes.values(), *upd_themes.values()) for n in names}
                report.new_themes = sorted(wanted - known)
            if dry_run or (report.rejected and not skip_bad):
                raise _NothingToWrite()
            # Ids are assigned here so the themes of new rows can be linked without reading the rows back.
            next_id = int(s.execute(select(func.max(p.c.id))).scalar() or 0) + 1
            theme_plan: dict[int, list[str]] = dict(upd_themes)
            for key, r in new_rows.items():
                r["id"] = next_id
                if key in new_themes:
                    theme_plan[next_id] = new_themes[key]
                next_id += 1
            inserts = list(new_rows.values())
            # Core executemany needs one key set per statement: group inserts by their columns.
            groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            for r in inserts:
                groups.setdefault(tuple(sorted(r)), []).append(r)
            done = n
            for rows in groups.values():
                for c in range(0, len(rows), CHUNK):
                    s.execute(insert(p), rows[c : c + CHUNK])
                    done += len(rows[c : c + CHUNK])
                    _tick(progress, cancelled, min(done, 2 * n), n * 2)
            ugroups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            for pid, r in upd_rows.items():
                ugroups.setdefault(tuple(sorted(r)), []).append(
                    {**{f"v_{k}": val for k, val in r.items()}, "b_id": pid}
                )
            for cols, rows in ugroups.items():
                stmt = update(p).where(p.c.id == bindparam("b_id")).values({k: bindparam(f"v_{k}") for k in cols})
                for c in range(0, len(rows), CHUNK):
                    s.connection().execute(stmt, rows[c : c + CHUNK])
                    done += len(rows[c : c + CHUNK])
                    _tick(progress, cancelled, min(done, 2 * n), n * 2)
            if theme_plan:
                _replace_themes_bulk(s, workspace_id, theme_plan, existing_posts=set(upd_themes))
                _tick(progress, cancelled, 2 * n - 1, n * 2)
            report.written = True
    except _NothingToWrite:
        report.written = False
    except ImportCancelled:
        report.cancelled = True
        report.written = False
        report.inserted = report.updated = 0
    if progress is not None and not report.cancelled:
        progress(1, 1)
    return report


_COMPARED = tuple(f.key for f in POST_FIELDS_DECLARED if f.compared)


def _big_changes(old: tuple[Any, ...] | None, new: dict[str, Any]) -> list[str]:
    """Sentences for stored counts the import would replace with very different ones (15: nothing silently
    changes stored values). Lifetime counts rarely drop; a drop to under half, or a jump to over ten times,
    usually means a daily file or a different period was imported over totals."""
    if old is None:
        return []
    out = []
    for key, before in zip(_COMPARED, old, strict=True):
        after = new.get(key)
        if not isinstance(after, int) or not isinstance(before, int) or before == after:
            continue
        if (after * 2 < before and before - after >= 10) or (after > before * 10 and after - before >= 100):
            lang = active_language()
            out.append(
                translate(
                    "services.importing",
                    "{field} would change from {before} to {after} on the stored post — check that this file covers "
                    "the same period (a daily file or a shorter date range gives smaller numbers).",
                ).format(field=key, before=format_integer(before, lang), after=format_integer(after, lang))
            )
    return out


def _replace_themes_bulk(s: Session, workspace_id: int, plan: dict[int, list[str]], existing_posts: set[int]) -> None:
    """Make each post's themes exactly its list: a few set-based statements, not queries per post.

    ``services.themes.apply_post_themes`` does the same for one selection at a time; an import of 100,000
    tagged rows would make that half a million small queries.
    """
    t, pt = table_of(Theme), table_of(PostTheme)
    ids = {str(n): int(i) for i, n in s.execute(select(t.c.id, t.c.name).where(t.c.workspace_id == workspace_id))}
    missing = sorted({n for names in plan.values() for n in names} - set(ids))
    if missing:
        s.execute(insert(t), [{"workspace_id": workspace_id, "name": n} for n in missing])
        ids = {str(n): int(i) for i, n in s.execute(select(t.c.id, t.c.name).where(t.c.workspace_id == workspace_id))}
    olds = sorted(existing_posts)
    for c in range(0, len(olds), 500):
        s.execute(delete(pt).where(pt.c.post_id.in_(olds[c : c + 500])))
    links = [{"post_id": pid, "theme_id": ids[n]} for pid, names in plan.items() for n in names]
    for c in range(0, len(links), CHUNK):
        s.execute(insert(pt), links[c : c + CHUNK])


class _NothingToWrite(Exception):
    """Roll back a dry run or a rejected import (nothing was written; the report says why)."""


# -------------------- interactions


def import_interactions(
    engine: Engine,
    workspace_id: int,
    plan: ImportPlan,
    *,
    dry_run: bool = False,
    skip_bad: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Interactions with their people, post and thread parent; ids are assigned here so replies can point at
    comments from the same file in one bulk insert. Rows whose id already exists (a re-import) are skipped."""
    report = ImportReport(
        total_rows=len(plan.table.rows), dry_run=dry_run, file_notes=[*plan.table.notes, *plan.date_notes]
    )
    missing = plan.missing_required()
    if missing:
        report.rejected = [
            (0, translate("services.importing", "map a column to: {fields}").format(fields=", ".join(missing)))
        ]
        return report
    it = table_of(Interaction)
    p = table_of(Post)
    n = len(plan.table.rows)
    try:
        with session_scope(engine, write=True) as s:  # waits for another import
            tz = _ws(s, workspace_id).timezone
            post_ref: dict[str, tuple[int, str]] = {}
            for pid, plat, ext, link in s.execute(
                select(p.c.id, p.c.platform, p.c.platform_post_id, p.c.link).where(p.c.workspace_id == workspace_id)
            ):
                if link:
                    post_ref[str(link)] = (int(pid), str(plat))
                    post_ref[str(link).rstrip("/")] = (int(pid), str(plat))
                if ext:
                    post_ref[str(ext)] = (int(pid), str(plat))
            known_ext: dict[str, int] = {
                str(e): int(i)
                for i, e in s.execute(
                    select(it.c.id, it.c.external_id).where(
                        it.c.workspace_id == workspace_id, it.c.external_id.is_not(None)
                    )
                )
            }
            next_id = int(s.execute(select(func.max(it.c.id))).scalar() or 0) + 1
            own_ids = _OwnIds()
            zone_ = zone(tz)
            # The rows to insert, in file order (their ids are next_id, next_id + 1, ...): one tuple per row, turned
            # into columns below by one C-level zip; the insert zips the columns back chunk by chunk.
            accepted: list[tuple[Any, ...]] = []
            first_new = next_id
            file_ext: dict[str, int] = {}
            yearless: list[RowResult] = []
            total = n * 3  # thirds: convert, insert, rollups
            step = max(1, min(CHUNK, n // 50 or 1))
            preset = plan.preset or PRESETS[_DEFAULT_PRESET[plan.kind]]
            table_rows, table_lines = plan.table.rows, plan.table.lines
            local_to_utc = _LocalToUtc(zone_)
            columns = InteractionColumns(plan.mapping, preset, plan.options)
            targets: dict[str, tuple[int, str] | None] = {}  # post cell -> (post id, platform), looked up once
            for start in range(0, n, step):
                _tick(progress, cancelled, start, total)
                # A chunk of rows converted column-wise; rows it cannot vouch for come back as the per-row
                # converter's RowResult, with its sentences. Rows whose time it placed from the text alone come
                # back as plain tuples with the stored UTC text and local date.
                staged = columns.stage(
                    table_rows[start : start + step], table_lines[start : start + step], local_to_utc.hour_prefix
                )
                for res in staged:
                    cls = type(res)
                    occurred: str | None
                    if cls is tuple:
                        line, handle, kind, occurred, ld, ref, ext, parent, platform, body = res  # type: ignore[misc]
                    elif cls is InteractionValues:
                        line, handle, kind, when, ref, ext, parent, platform, body = res  # type: ignore[misc]
                        occurred = None
                    else:
                        assert isinstance(res, RowResult)
                        if res.skip_reason:
                            report.skipped += 1
                            continue
                        v = res.values
                        line, ref = res.line, str(v.get("post", ""))
                        if res.errors:
                            report.rejected.append((line, res.reason()))
                            continue
                        handle, kind, stamp = str(v["handle"]), str(v["kind"]), v["timestamp"]
                        assert isinstance(stamp, datetime)
                        when = stamp
                        ext_, parent_, platform_ = v.get("external_id"), v.get("parent"), v.get("platform")
                        ext = str(ext_) if ext_ else None
                        parent = str(parent_) if parent_ else None
                        platform = str(platform_) if platform_ else None
                        body = str(v.get("text") or "")
                        occurred = None
                    if ref in targets:
                        target = targets[ref]
                    else:
                        target = targets[ref] = post_ref.get(ref) or post_ref.get(ref.rstrip("/"))
                    if target is None:
                        report.rejected.append(
                            (
                                line,
                                translate(
                                    "services.importing",
                                    "Post: no post with id or link {ref} in this workspace (import posts first).",
                                ).format(ref=repr(ref)),
                            )
                        )
                        continue
                    if ext:
                        if ext in known_ext or _mc_id(ext) in own_ids(s, workspace_id, ext):
                            report.skipped += 1
                            continue
                        if ext in file_ext:
                            report.warnings.append(
                                (
                                    line,
                                    translate(
                                        "services.importing",
                                        "id {id} appears twice in the file; the later row is skipped",
                                    ).format(id=ext),
                                )
                            )
                            report.skipped += 1
                            continue
                    if occurred is None:
                        local = local_to_utc(when)
                        if local is None:
                            report.rejected.append(
                                (
                                    line,
                                    translate("services.importing", "Timestamp: {when} is out of range.").format(
                                        when=f"{when:%Y-%m-%d %H:%M}"
                                    ),
                                )
                            )
                            continue
                        occurred, ld = local
                        if cls is RowResult and res.year_missing:  # type: ignore[union-attr]
                            yearless.append(res)  # type: ignore[arg-type]
                    if ext:
                        file_ext[ext] = next_id
                    accepted.append(
                        (
                            line,
                            target[0],
                            kind,
                            occurred,
                            ld,
                            ext,
                            body or "",
                            platform or target[1],
                            handle,
                            parent or None,
                        )
                    )
                    next_id += 1
                del staged
            note = year_note(yearless, plan.options.today)
            if note:
                report.file_notes.append(note)
            columns_: list[tuple[Any, ...]] = list(zip(*accepted, strict=True)) if accepted else [()] * 10
            del accepted
            c_line, c_post, c_kind, c_when, c_day, c_ext, c_text, c_plat, c_handle, c_parent = columns_
            del columns_
            by_platform: dict[str, set[str]] = {}
            if len(set(c_plat)) == 1:
                by_platform[c_plat[0]] = set(c_handle)
            else:
                for plat, handle in zip(c_plat, c_handle, strict=True):
                    by_platform.setdefault(plat, set()).add(handle)
            report.inserted = len(c_post)
            if dry_run or (report.rejected and not skip_bad):
                raise _NothingToWrite()
            c_engager: list[int]
            if len(by_platform) == 1:
                [(plat, handles)] = by_platform.items()
                one = ensure_engagers(s, workspace_id, plat, handles)
                c_engager = [one[h] for h in c_handle]
            else:
                who: dict[tuple[str, str], int] = {}
                for plat, handles in by_platform.items():
                    for h, eid in ensure_engagers(s, workspace_id, plat, handles).items():
                        who[(plat, h)] = eid
                c_engager = [who[k] for k in zip(c_plat, c_handle, strict=True)]
            del c_plat, c_handle
            c_parent_id: list[int | None] | None = None  # None: no row names a parent
            links: list[tuple[int, int]] = []  # (parent, id) for replies whose parent comes later in the file
            if any(c_parent):
                c_parent_id = [None] * len(c_parent)
                for k, parent in enumerate(c_parent):
                    if not parent:
                        continue
                    iid = first_new + k
                    mc = _mc_id(parent)
                    pid_ = file_ext.get(parent) or known_ext.get(parent)
                    if pid_ is None and mc is not None and mc in own_ids(s, workspace_id, parent):
                        pid_ = mc
                    if pid_ is None:
                        report.warnings.append(
                            (
                                c_line[k],
                                translate(
                                    "services.importing", "parent {parent} not found; the message starts its own thread"
                                ).format(parent=parent),
                            )
                        )
                    elif pid_ < iid:
                        c_parent_id[k] = pid_  # already inserted when this row is (rows go in id order)
                    else:
                        links.append((pid_, iid))
            del c_parent, c_line
            n_new = len(c_post)
            drv = DriverConnection(s.connection())
            rebuild = _drop_secondary_indexes(drv, n_new) if engine.dialect.name == "sqlite" else []
            first_id, last_id = (first_new, first_new + n_new - 1) if n_new else (0, -1)  # consecutive, ascending
            try:
                for c in range(0, n_new, CHUNK):
                    e = min(c + CHUNK, n_new)
                    drv.executemany(
                        *_insert_chunk(
                            workspace_id,
                            first_new,
                            c,
                            e,
                            c_engager,
                            c_post,
                            c_kind,
                            c_when,
                            c_day,
                            c_parent_id,
                            c_ext,
                            c_text,
                        )
                    )
                    _tick(progress, cancelled, n + e * n // max(1, n_new), total)
                del c_post, c_kind, c_when, c_parent_id, c_ext, c_text
                # Parents later in the file are linked once every row exists (before the parent index is rebuilt,
                # so the links do not update it row by row).
                if links:
                    drv.executemany("UPDATE interaction SET parent_id = ? WHERE id = ?", links)
                if any(sql.upper().startswith("CREATE TRIGGER") for sql in rebuild):
                    # The rows the insert trigger (dropped for the load) would have queued for the thread summaries.
                    drv.execute(
                        "INSERT OR IGNORE INTO rollupdirty (workspace_id, interaction_id) SELECT workspace_id, id "
                        "FROM interaction WHERE id >= ? AND id <= ? AND parent_id IS NOT NULL",
                        (first_id, last_id),
                    )
                for create_sql in rebuild[:-1]:  # same transaction: a crash or a cancel rolls the drop back too
                    drv.execute(create_sql)

                def rollup_step(done: int, steps: int) -> None:
                    _tick(progress, cancelled, min(2 * n + done * n // max(1, steps), total - 1), total)

                # Person-days derived in SQL from the rows just loaded (one GROUP BY), not shipped from Python;
                # still under the load's larger page cache, which their sort and the EngagerDay indexes use.
                add_inserted_interactions(
                    s, workspace_id, first_id, last_id, c_engager, c_day, bulk=bool(rebuild), step=rollup_step
                )
            finally:
                if rebuild:
                    drv.execute(rebuild[-1])  # the page cache is not transactional: always put it back
            report.written = True
    except _NothingToWrite:
        report.written = False
    except ImportCancelled:
        report.cancelled = True
        report.written = False
        report.inserted = 0
    if progress is not None and not report.cancelled:
        progress(1, 1)
    return report


_ONE_HOUR = timedelta(hours=1)


class _LocalToUtc:
    """A timestamp as the stored pair (naive UTC text with microseconds, local date text) — what
    ``timezones.to_utc`` and ``local_parts`` give — with the zone's offset looked up once per local hour.

    Why: the two zone conversions per row were a fifth of the per-row work on a million-row file. An hour is
    only cached when its offset is the same at its first and last instant for both readings of a repeated hour
    (so no DST gap, fold or other change falls inside it); then the UTC time is the wall time minus that offset
    and the local date is the wall time's date, exactly. Other hours and aware times take the zone conversion
    row by row."""

    def __init__(self, zone_: ZoneInfo) -> None:
        self._zone = zone_
        self._hours: dict[int, tuple[timedelta, str] | None] = {}

    def __call__(self, when: datetime) -> tuple[str, str] | None:
        """``None``: the time cannot be placed on the calendar (the caller refuses the row)."""
        if when.tzinfo is None:
            key = when.toordinal() * 24 + when.hour
            if key in self._hours:
                steady = self._hours[key]
            else:
                steady = self._hours[key] = self._steady(datetime(when.year, when.month, when.day, when.hour))
            if steady is not None:
                return (when - steady[0]).isoformat(" ", "microseconds"), steady[1]
        try:
            instant = (when if when.tzinfo is not None else when.replace(tzinfo=self._zone)).astimezone(UTC)
            local_date = instant.astimezone(self._zone).date().isoformat()
        except (OverflowError, ValueError):
            return None
        return instant.replace(tzinfo=None).isoformat(" ", "microseconds"), local_date

    def hour_prefix(self, hour: datetime) -> tuple[str, str] | None:
        """The text path's clock (``InteractionColumns.stage``): for a wall-clock hour whose offset is steady and a
        whole number of hours, the stored UTC text's "YYYY-MM-DD HH" and the local date — a time in that hour is
        stored as that prefix plus its own minutes, seconds and ".000000", which is what ``__call__`` gives."""
        key = hour.toordinal() * 24 + hour.hour
        if key in self._hours:
            steady = self._hours[key]
        else:
            steady = self._hours[key] = self._steady(hour)
        if steady is None or steady[0] % _ONE_HOUR:
            return None
        return (hour - steady[0]).isoformat(" ")[:13], steady[1]

    def _steady(self, hour: datetime) -> tuple[timedelta, str] | None:
        try:
            last = hour + timedelta(minutes=59, seconds=59, microseconds=999_999)
            offsets = {self._zone.utcoffset(t.replace(fold=f)) for t in (hour, last) for f in (0, 1)}
            offset = offsets.pop() if len(offsets) == 1 else None
            if offset is None:
                return None
            hour - offset  # noqa: B018  (raises OverflowError at the ends of the calendar)
            last - offset  # noqa: B018
        except (OverflowError, ValueError):
            return None
        return offset, hour.date().isoformat()


BULK_MIN_ROWS = 50_000  # below this, keeping the indexes up to date row by row is cheaper than rebuilding them


def _insert_chunk(
    workspace_id: int,
    first_new: int,
    c: int,
    e: int,
    engagers: Sequence[int],
    posts: Sequence[int],
    kinds: Sequence[str],
    whens: Sequence[str],
    days: Sequence[str],
    parents: Sequence[int | None] | None,
    exts: Sequence[str | None],
    texts: Sequence[str],
) -> tuple[str, Iterable[tuple[Any, ...]]]:
    """The INSERT for staged rows ``c..e-1`` and its parameters, zipped from the columns.

    Why: binding a parameter costs per row; a column with one value for the whole chunk (the workspace, and in
    most files no parent, no platform id or no text) is written into the statement once instead — an int() or a
    fixed NULL / '' literal, so nothing from the file reaches the SQL text."""
    names = ["id", "workspace_id", "engager_id", "post_id", "kind", "occurred_at", "local_date"]
    values = ["?", str(int(workspace_id)), "?", "?", "?", "?", "?"]
    cols: list[Iterable[Any]] = [range(first_new + c, first_new + e), engagers[c:e], posts[c:e], kinds[c:e]]
    cols += [whens[c:e], days[c:e]]
    optional: tuple[tuple[str, Sequence[Any] | None, Any, str], ...] = (
        ("parent_id", None if parents is None else parents[c:e], None, "NULL"),
        ("external_id", exts[c:e], None, "NULL"),
        ("text", texts[c:e], "", "''"),
    )
    for name, col, same, literal in optional:
        names.append(name)
        if col is None or col.count(same) == e - c:
            values.append(literal)
        else:
            values.append("?")
            cols.append(col)
    sql = f"INSERT INTO interaction ({', '.join(names)}) VALUES ({', '.join(values)})"
    return sql, zip(*cols, strict=True)


def _drop_secondary_indexes(drv: Any, new_rows: int) -> list[str]:
    """For a large load into SQLite: drop the interaction table's secondary indexes and its insert trigger and
    return the statements to run after the load: recreate them exactly as stored in the schema, then (last) put
    the page cache back.

    Why: every inserted row otherwise updates four B-trees at random places; building each index once after the
    load is a single sort. Only when the load is large and at least as large as the table already is (a
    rebuild re-reads the existing rows too). The insert trigger queues each reply for the thread summaries, a
    sub-program run per row; the importer queues the load's replies with one INSERT ... SELECT instead before
    the trigger is put back. Runs inside the import's write transaction, so a crash, an error or a cancel
    before the commit restores the indexes and the trigger with everything else (SQLite DDL is transactional).
    The page cache is raised for the load, which the index builds' sorts use.
    """
    if new_rows < BULK_MIN_ROWS:
        return []
    existing = drv.execute("SELECT COUNT(*) FROM interaction").fetchone()[0]
    if existing > new_rows:
        return []
    cache = int(drv.execute("PRAGMA cache_size").fetchone()[0])
    drv.execute("PRAGMA cache_size = -131072")  # 128 MB for this load and the index builds, then back
    return [
        *drop_sqlite_indexes(drv, "interaction", triggers=("trg_interaction_thread_ins",)),
        f"PRAGMA cache_size = {cache}",
    ]


def _mc_id(ref: str) -> int | None:
    """Our own export writes "mc-<id>" for interactions without a platform id; parents may point at those."""
    if ref.startswith("mc-") and ref[3:].isdigit():
        return int(ref[3:])
    return None


class _OwnIds:
    """Ids of the workspace's interactions, loaded once and only if the file refers to "mc-<id>" rows."""

    def __init__(self) -> None:
        self.ids: set[int] | None = None

    def __call__(self, s: Session, workspace_id: int, ref: str) -> set[int]:
        if _mc_id(ref) is None:
            return set()
        if self.ids is None:
            it = table_of(Interaction)
            self.ids = {int(x) for (x,) in s.execute(select(it.c.id).where(it.c.workspace_id == workspace_id))}
        return self.ids


# -------------------- engagers


def import_engagers(
    engine: Engine,
    workspace_id: int,
    plan: ImportPlan,
    *,
    dry_run: bool = False,
    skip_bad: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Read back what ``export engagers`` wrote: people (platform + handle) with the power-member tick and notes
    the user set, so they survive a move to another machine. Known people are updated (tick and notes as in
    the file; an empty notes cell keeps stored notes), new ones are created; first/last seen fill only dates
    the app does not know yet (interactions decide them once imported)."""
    report = ImportReport(
        total_rows=len(plan.table.rows), dry_run=dry_run, file_notes=[*plan.table.notes, *plan.date_notes]
    )
    missing = plan.missing_required()
    if missing:
        report.rejected = [
            (0, translate("services.importing", "map a column to: {fields}").format(fields=", ".join(missing)))
        ]
        return report
    e = table_of(Engager)
    n = len(plan.table.rows)
    try:
        with session_scope(engine) as s:
            _ws(s, workspace_id)
            known: dict[tuple[str, str], tuple[int, Any, Any, str, bool]] = {
                (str(plat), str(h)): (int(i), fs, ls, str(notes or ""), bool(pm))
                for i, plat, h, fs, ls, notes, pm in s.execute(
                    select(
                        e.c.id, e.c.platform, e.c.handle, e.c.first_seen, e.c.last_seen, e.c.notes, e.c.power_member
                    ).where(e.c.workspace_id == workspace_id)
                )
            }
            new: dict[tuple[str, str], dict[str, Any]] = {}
            upd: dict[int, dict[str, Any]] = {}
            step = max(1, min(CHUNK, n // 50 or 1))
            for i in range(n):
                if i % step == 0:
                    _tick(progress, cancelled, i, n * 2)
                res = plan.convert(i)
                if res.skip_reason:
                    report.skipped += 1
                    continue
                if res.errors:
                    report.rejected.append((res.line, res.reason()))
                    continue
                v = res.values
                key = (str(v["platform"]), str(v["handle"]))
                if key in new:
                    report.warnings.append(
                        (
                            res.line,
                            translate(
                                "services.importing", "@{handle} on {platform} appears again; this later row wins"
                            ).format(handle=key[1], platform=key[0]),
                        )
                    )
                if key in known:
                    eid, fs, ls, notes, _pm = known[key]
                    row: dict[str, Any] = {}
                    if "power_member" in v:
                        row["power_member"] = bool(v["power_member"])
                    if v.get("notes"):
                        row["notes"] = v["notes"]
                    if fs is None and v.get("first_seen"):
                        row["first_seen"] = v["first_seen"]
                    if ls is None and v.get("last_seen"):
                        row["last_seen"] = v["last_seen"]
                    if row:
                        upd[eid] = row
                    else:
                        report.skipped += 1
                else:
                    new[key] = {
                        "workspace_id": workspace_id,
                        "platform": key[0],
                        "handle": key[1],
                        "power_member": bool(v.get("power_member", False)),
                        "notes": str(v.get("notes") or ""),
                        "first_seen": v.get("first_seen"),
                        "last_seen": v.get("last_seen"),
                    }
            report.inserted = len(new)
            report.updated = len(upd)
            if dry_run or (report.rejected and not skip_bad):
                raise _NothingToWrite()
            if new:
                s.execute(insert(e), list(new.values()))
            groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            for eid, r in upd.items():
                groups.setdefault(tuple(sorted(r)), []).append({**{f"v_{k}": x for k, x in r.items()}, "b_id": eid})
            for cols, rows in groups.items():
                stmt = update(e).where(e.c.id == bindparam("b_id")).values({k: bindparam(f"v_{k}") for k in cols})
                s.connection().execute(stmt, rows)
            report.written = True
    except _NothingToWrite:
        report.written = False
    except ImportCancelled:
        report.cancelled = True
        report.written = False
        report.inserted = report.updated = 0
    if progress is not None and not report.cancelled:
        progress(1, 1)
    return report


def run_import(
    engine: Engine,
    workspace_id: int,
    plan: ImportPlan,
    *,
    dry_run: bool = False,
    skip_bad: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """The import for the plan's kind (posts, interactions, engagers); the wizard and the CLI call this."""
    run = {"posts": import_posts, "interactions": import_interactions, "engagers": import_engagers}[plan.kind]
    return run(engine, workspace_id, plan, dry_run=dry_run, skip_bad=skip_bad, progress=progress, cancelled=cancelled)
