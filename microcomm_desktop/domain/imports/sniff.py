"""Turn the bytes of an exported CSV into a header row and data rows, whatever the exporter did.

Exports arrive with a UTF-8 BOM (Excel, YouTube), as UTF-16 (Excel "Unicode text"), in cp1252 (old Excel on
Windows), with commas, semicolons (European Excel) or tabs. Decoding never fails: latin-1 is the last resort
and a note says so, because silently dropping a file is worse than showing odd accents.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from dataclasses import dataclass, field

from microcomm_desktop.domain.formatting import format_integer
from microcomm_desktop.i18n import active_language, translate

__all__ = ["CsvFileError", "CsvTable", "binary_kind", "open_export_bytes", "read_csv_bytes"]

MAX_FIELD = 1_000_000  # characters; a caption is at most a few thousand, anything bigger is not an export


# Raised once for the process (the limit is global in the csv module): changing it per call would race between
# an import running in a worker and a preview on the UI thread.
if csv.field_size_limit() < MAX_FIELD:
    csv.field_size_limit(MAX_FIELD)


class CsvFileError(ValueError):
    """The file cannot be read as a table at all; the message is shown to the user as is."""


class SwallowedRowsError(CsvFileError):
    """A quote that is never closed made one field swallow the following rows (17.1). The caller may let
    the user import anyway (``allow_swallowed=True``); by default nothing is imported."""


@dataclass
class CsvTable:
    """Header and rows as text, with the 1-based file line on which each row starts (for the report)."""

    headers: list[str]
    rows: list[list[str]]
    lines: list[int]
    encoding: str
    delimiter: str
    notes: list[str] = field(default_factory=list)


# Magic numbers of the files people pick by mistake (or that a platform hands out instead of a CSV).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an old Excel (.xls) or Office file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3", "an SQLite database"),
    (b"BZh", "a bzip2-compressed file"),
    (b"\xfd7zXZ", "an xz-compressed file"),
)


def kind_text(kind: str) -> str:
    """A file kind of ``binary_kind``/``_other_text_format`` (English, compared by the code) for the reader."""
    texts = {
        "a ZIP archive": translate("domain.imports.sniff", "a ZIP archive"),
        "an empty ZIP archive": translate("domain.imports.sniff", "an empty ZIP archive"),
        "a PDF document": translate("domain.imports.sniff", "a PDF document"),
        "a gzip-compressed file": translate("domain.imports.sniff", "a gzip-compressed file"),
        "a 7-Zip archive": translate("domain.imports.sniff", "a 7-Zip archive"),
        "a RAR archive": translate("domain.imports.sniff", "a RAR archive"),
        "an old Excel (.xls) or Office file": translate("domain.imports.sniff", "an old Excel (.xls) or Office file"),
        "a PNG image": translate("domain.imports.sniff", "a PNG image"),
        "a JPEG image": translate("domain.imports.sniff", "a JPEG image"),
        "a GIF image": translate("domain.imports.sniff", "a GIF image"),
        "an SQLite database": translate("domain.imports.sniff", "an SQLite database"),
        "a bzip2-compressed file": translate("domain.imports.sniff", "a bzip2-compressed file"),
        "an xz-compressed file": translate("domain.imports.sniff", "an xz-compressed file"),
        "a damaged ZIP archive": translate("domain.imports.sniff", "a damaged ZIP archive"),
        "an Excel workbook (.xlsx)": translate("domain.imports.sniff", "an Excel workbook (.xlsx)"),
        "an OpenDocument file (.ods/.odt)": translate("domain.imports.sniff", "an OpenDocument file (.ods/.odt)"),
        "a binary file, not a text table": translate("domain.imports.sniff", "a binary file, not a text table"),
        "a web page (HTML) — the download probably failed or needed you to be logged in": translate(
            "domain.imports.sniff", "a web page (HTML) — the download probably failed or needed you to be logged in"
        ),
        "an XML file": translate("domain.imports.sniff", "an XML file"),
        "a JSON file": translate("domain.imports.sniff", "a JSON file"),
        "a calendar file (.ics); import it from the Rituals tab": translate(
            "domain.imports.sniff", "a calendar file (.ics); import it from the Rituals tab"
        ),
    }
    return texts.get(kind, kind)


def binary_kind(data: bytes) -> str | None:
    """What a non-text file is ("a ZIP archive", "an Excel workbook (.xlsx)"), or ``None`` for text.

    Checked before decoding: read as text, an archive's bytes would become column names and the user would be
    asked to map "PK\x03\x04…" instead of being told to pick the CSV.
    """
    head = data[:512]
    if head.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except (zipfile.BadZipFile, OSError, ValueError):
            return "a damaged ZIP archive"
        if "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names):
            return "an Excel workbook (.xlsx)"
        if "mimetype" in names and any(n == "content.xml" for n in names):
            return "an OpenDocument file (.ods/.odt)"
        return "a ZIP archive"
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return None
    # Control bytes other than tab/CR/LF/FF in a file that is not UTF-16 (every other byte NUL) mean binary.
    if head and head.count(b"\x00") * 3 < len(head):
        ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
        if ctrl > max(2, len(head) // 20):
            return "a binary file, not a text table"
    return None


# The files of a YouTube Studio "Advanced mode" download, and what each one holds.
YOUTUBE_TABLE = "Table data.csv"
_YOUTUBE_OTHERS = ("Chart data.csv", "Totals.csv")


def open_export_bytes(data: bytes, name: str = "the file") -> tuple[bytes, list[str]]:
    """The bytes to parse and notes for the report: a YouTube Studio .zip gives its ``Table data.csv``; a
    ZIP holding exactly one CSV gives that CSV; anything else that is not text is refused with one sentence
    naming what the file is."""
    kind = binary_kind(data)
    if kind is None:
        return data, []
    if kind != "a ZIP archive":
        raise CsvFileError(
            translate(
                "domain.imports.sniff",
                "{name} is {kind}, not a CSV export. Export or save the data as CSV (comma- or semicolon-separated "
                "text) and import that file.",
            ).format(name=name, kind=kind_text(kind))
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [i for i in archive.infolist() if not i.is_dir() and not i.filename.startswith("__MACOSX/")]
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CsvFileError(
            translate("domain.imports.sniff", "{name} is a ZIP archive that cannot be opened ({reason}).").format(
                name=name, reason=exc
            )
        ) from exc
    csvs = [i for i in members if i.filename.lower().endswith((".csv", ".txt", ".tsv"))]
    base = {i.filename.rsplit("/", 1)[-1]: i for i in csvs}
    pick = base.get(YOUTUBE_TABLE)
    if pick is not None:
        others = [n for n in _YOUTUBE_OTHERS if n in base]
        if others:
            note = translate(
                "domain.imports.sniff",
                "{name} is a YouTube Studio download: read {table} (one row per video, its totals for the chosen "
                "period); {others} (per-day figures) were not imported.",
            ).format(name=name, table=YOUTUBE_TABLE, others=_and(others))
        else:
            note = translate(
                "domain.imports.sniff",
                "{name} is a YouTube Studio download: read {table} (one row per video, its totals for the chosen "
                "period).",
            ).format(name=name, table=YOUTUBE_TABLE)
    elif len(csvs) == 1:
        pick = csvs[0]
        note = translate(
            "domain.imports.sniff", "{name} is a ZIP archive: read {member}, the only table in it."
        ).format(name=name, member=pick.filename)
    else:
        # A localized YouTube download names its files in the account's language (Tabellendaten.csv…): keep
        # the one table that is not per-day data (Chart data / Totals are recognised by their headers).
        pick, others_ = _the_one_table(archive, csvs)
        if pick is None:
            listed = ", ".join(i.filename for i in csvs[:8]) or translate("domain.imports.sniff", "no CSV file")
            raise CsvFileError(
                translate(
                    "domain.imports.sniff",
                    "{name} is a ZIP archive holding {listed}; unzip it and import the CSV you want (for YouTube "
                    "Studio, {table}).",
                ).format(name=name, listed=listed, table=YOUTUBE_TABLE)
            )
        note = translate(
            "domain.imports.sniff",
            "{name} is a ZIP archive: read {member}, the one table of posts or daily totals in it; {others} (per-day "
            "or audience figures, not posts) were not imported.",
        ).format(name=name, member=pick.filename, others=_and(others_))
    if pick.file_size > 512 * 1024 * 1024:
        raise CsvFileError(
            translate("domain.imports.sniff", "{member} inside {name} is larger than 512 MB; split it first.").format(
                member=pick.filename, name=name
            )
        )
    try:
        inner = archive.read(pick)
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError) as exc:  # RuntimeError: encrypted member
        raise CsvFileError(
            translate("domain.imports.sniff", "{member} inside {name} cannot be read ({reason}).").format(
                member=pick.filename, name=name, reason=exc
            )
        ) from exc
    inner_kind = binary_kind(inner)
    if inner_kind is not None:
        raise CsvFileError(
            translate("domain.imports.sniff", "{member} inside {name} is {kind}, not a CSV export.").format(
                member=pick.filename, name=name, kind=kind_text(inner_kind)
            )
        )
    return inner, [note]


def _and(names: list[str]) -> str:
    """ "a and b" / "a y b": file names listed in a sentence."""
    out = names[0] if names else ""
    for name in names[1:]:
        out = translate("domain.imports.sniff", "{first} and {second}").format(first=out, second=name)
    return out


def _the_one_table(
    archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]
) -> tuple[zipfile.ZipInfo | None, list[str]]:
    """The single member that reads as a per-post table (others are per-day files), else ``None``."""
    from microcomm_desktop.domain.imports.presets import detect_preset, refusal_for

    keep: list[zipfile.ZipInfo] = []
    daily: list[str] = []
    for info in members:
        try:
            table = read_csv_bytes(archive.read(info), max_rows=200)
        except (CsvFileError, zipfile.BadZipFile, OSError, RuntimeError, ValueError):
            return None, []
        # TikTok's Overview download also holds FollowerGender.csv, FollowerTopTerritories.csv…: a table no
        # preset recognises (no date column) is not a file of posts either.
        if refusal_for(table.headers, table.rows) or detect_preset(table.headers) is None:
            daily.append(info.filename)
        else:
            keep.append(info)
    return (keep[0], daily) if len(keep) == 1 else (None, [])


def _other_text_format(text: str) -> str | None:
    """Text files that are not tables: a web page saved instead of the download, a JSON data export
    (TikTok's "Download your data"), XML, a calendar."""
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html", "<head", "<body")):
        return "a web page (HTML) — the download probably failed or needed you to be logged in"
    if head.startswith("<?xml") or (head.startswith("<") and head[1:2].isalpha()):
        return "an XML file"
    if head.startswith(("{", "[{", "[\n", "[\r", "[ ")) and _json_like(text):
        return "a JSON file"
    if head.startswith("begin:vcalendar"):
        return "a calendar file (.ics); import it from the Rituals tab"
    return None


def _json_like(text: str) -> bool:
    try:
        json.loads(text[:2_000_000])
    except ValueError:
        return text.lstrip().startswith("{")  # truncated or huge JSON object; a CSV never starts with "{"
    return True


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    notes: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", notes
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", notes
        except UnicodeDecodeError:
            notes.append(
                translate(
                    "domain.imports.sniff",
                    "The file says it is UTF-16 but is not; unreadable characters were replaced.",
                )
            )
            return data.decode("utf-16", errors="replace"), "utf-16", notes
    head = data[:4096]
    if len(head) >= 4 and head.count(b"\x00") * 3 >= len(head):  # UTF-16 saved without its BOM
        enc = "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
        return data.decode(enc, errors="replace"), enc, notes
    try:
        return data.decode("utf-8"), "utf-8", notes
    except UnicodeDecodeError:
        pass
    # A UTF-8 file with a few broken bytes (a cut download, one pasted cell) is still UTF-8: read as
    # Windows-1252 every emoji and accent of every caption would turn into "Ã©"-style garbage.
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    good = sum(1 for ch in loose if ord(ch) > 0x7F and ch != "\ufffd")
    if good >= 3 and bad <= good:
        lines = [str(i + 1) for i, ln in enumerate(loose.splitlines()) if "\ufffd" in ln]
        shown = ", ".join(lines[:5]) + (" …" if len(lines) > 5 else "")
        if active_language() == "en":  # the English code path of before, byte for byte
            notes.append(
                f"The file is UTF-8 with {bad} unreadable byte{'s' * (bad != 1)} (line{'s' * (len(lines) != 1)} "
                f"{shown}); {'they were' if bad != 1 else 'it was'} replaced with �. Check the text on those lines."
            )
        else:
            notes.append(
                translate(
                    "domain.imports.sniff",
                    "The file is UTF-8 with %n unreadable byte(s) (lines {lines}), replaced with �. Check the text on "
                    "those lines.",
                    None,
                    bad,
                ).format(lines=shown)
            )
        return loose, "utf-8", notes
    try:
        text = data.decode("cp1252")
        notes.append(
            translate(
                "domain.imports.sniff",
                "The file is not UTF-8; it was read as Windows-1252 (Western European). Check accents.",
            )
        )
        return text, "cp1252", notes
    except UnicodeDecodeError:
        notes.append(
            translate(
                "domain.imports.sniff",
                "The file is not UTF-8; it was read as Latin-1. Check accents and special characters.",
            )
        )
        return data.decode("latin-1"), "latin-1", notes


def _unquoted(line: str) -> str:
    """The line without its quoted parts, so a header like "Reactions, Comments and Shares" in a semicolon
    file does not vote for the comma."""
    out, quoted = [], False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            out.append(ch)
    return "".join(out)


def _delimiter(sample: str) -> str:
    """The separator that splits the header and the next lines into the same, largest number of cells."""
    # Quoted parts are removed from the whole sample first: a quoted caption may hold line breaks, and cutting
    # the sample into lines before that would leave half a quote on each side.
    lines = [x for x in _unquoted(sample).splitlines()[:10] if x.strip()]
    if not lines:
        return ","
    best, best_score = ",", (0, 0)
    for d in (",", ";", "\t", "|"):
        counts = [x.count(d) for x in lines]
        header = max(counts)  # the header is the widest line (a preamble line may come first)
        steady = sum(1 for c in counts if c == header)
        score = (steady if header else 0, header)
        if score > best_score:
            best, best_score = d, score
    return best


def read_csv_bytes(data: bytes, max_rows: int | None = None, allow_swallowed: bool = False) -> CsvTable:
    """Parse a whole export (or its first ``max_rows`` data rows, for a quick preview).

    Raises ``CsvFileError`` for files that are not tables (archives, PDFs… get one sentence naming what they
    are) and ``SwallowedRowsError`` when an unbalanced quote merged rows into one field, unless
    ``allow_swallowed``; everything row-level is left to the converters so one bad row never hides the others.
    """
    kind = binary_kind(data)
    if kind is not None:
        raise CsvFileError(
            translate(
                "domain.imports.sniff",
                "This is {kind}, not a CSV export. Export or save the data as CSV (comma- or semicolon-separated "
                "text) and import that file.",
            ).format(kind=kind_text(kind))
        )
    text, encoding, notes = _decode(data)
    text = text.replace("\x00", "")  # NULs come from mis-decoded UTF-16 and break nothing useful when dropped
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise CsvFileError(translate("domain.imports.sniff", "The file is empty."))
    other = _other_text_format(text)
    if other:
        raise CsvFileError(
            translate(
                "domain.imports.sniff",
                "This is {kind}, not a CSV export. Export or save the data as CSV and import that file.",
            ).format(kind=kind_text(other))
        )
    first_line = text.lstrip("\r\n").split("\n", 1)[0].strip().lower()
    if first_line.startswith("sep=") and len(first_line) <= 6:  # Excel's "sep=;" hint line
        delimiter = first_line[4:5] or ","
        text = text.lstrip("\r\n").split("\n", 1)[1] if "\n" in text.lstrip("\r\n") else ""
        notes.append(
            translate(
                "domain.imports.sniff",
                "The file starts with Excel's separator hint (sep={delimiter}); it was used and skipped.",
            ).format(delimiter=delimiter)
        )
    else:
        delimiter = _delimiter(text[:8192].lstrip("\r\n"))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    headers: list[str] | None = None
    rows: list[list[str]] = []
    lines: list[int] = []
    prev_line = 0
    pending: list[tuple[int, list[str]]] = []  # the first records, until the header is known
    multi: set[int] = set()  # first lines of rows read after the header that span several lines
    try:
        for record in reader:
            start = prev_line + 1
            prev_line = reader.line_num
            if not "".join(record).strip():  # every cell blank (one join, not a strip per cell: issue 20)
                continue
            if headers is None:
                pending.append((start, record))
                if len(pending) < 12:
                    continue
                headers, pending = _split_preamble(pending, notes)
                for s_, r_ in pending:
                    rows.append(r_)
                    lines.append(s_)
                pending = []
                if max_rows is not None and len(rows) >= max_rows:
                    break
                continue
            rows.append(record)
            lines.append(start)
            if prev_line > start:  # the record spans several physical lines: a field holds line breaks
                multi.add(start)
            if max_rows is not None and len(rows) >= max_rows:
                break
    except csv.Error as exc:
        raise CsvFileError(
            translate("domain.imports.sniff", "Line {line}: the file is not a readable CSV ({reason}).").format(
                line=reader.line_num, reason=exc
            )
        ) from exc
    if headers is None and pending:
        headers, pending = _split_preamble(pending, notes)
        for s_, r_ in pending[: None if max_rows is None else max_rows]:
            rows.append(r_)
            lines.append(s_)
    if headers is None:
        raise CsvFileError(translate("domain.imports.sniff", "The file has no header row."))
    if len(headers) < 2 and not rows:
        raise CsvFileError(
            translate("domain.imports.sniff", "The file has only one column and no data; is it really a CSV export?")
        )
    _drop_repeated_headers(headers, rows, lines, notes)
    first = [k for k in range(min(12, len(rows))) if "\n" in "\x1f".join(rows[k]) or "\r" in "\x1f".join(rows[k])]
    # by line, not index: dropping repeated header rows above shifted the indexes
    suspects = sorted({*first, *(k for k, s_ in enumerate(lines) if s_ in multi)})
    swallowed = _swallowed_rows(headers, rows, lines, delimiter, text.rstrip("\r\n").count("\n") + 1, suspects, text)
    if swallowed:
        if not allow_swallowed:
            raise SwallowedRowsError(
                translate(
                    "domain.imports.sniff",
                    "{problem} Nothing was imported: fix the quote in the file and import again.",
                ).format(problem=swallowed)
            )
        notes.append(
            translate("domain.imports.sniff", "{problem} You chose to import the file as it is.").format(
                problem=swallowed
            )
        )
    return CsvTable(headers=headers, rows=rows, lines=lines, encoding=encoding, delimiter=delimiter, notes=notes)


def _split_preamble(
    pending: list[tuple[int, list[str]]], notes: list[str]
) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header = the first record as wide as the table. Some exports (Hootsuite, old Insights, a title line
    someone typed in Excel) put a title or a date range above the header; those lines are skipped with a note
    instead of turning "Post performance" into the only column name."""

    def width(r: list[str]) -> int:
        return sum(1 for c in r if c.strip())

    widest = max(width(r) for _, r in pending)
    for i, (_, record) in enumerate(pending):
        if width(record) >= max(2, (widest + 1) // 2):
            if i:
                if active_language() == "en":  # the English code path of before, byte for byte
                    notes.append(f"Skipped {i} line{'s' * (i != 1)} above the header row (a title or date range).")
                else:
                    notes.append(
                        translate(
                            "domain.imports.sniff",
                            "Skipped %n line(s) above the header row (a title or date range).",
                            None,
                            i,
                        )
                    )
            return [h.strip() for h in record], pending[i + 1 :]
    _, record = pending[0]
    return [h.strip() for h in record], pending[1:]


_BREAK = re.compile(r"\r\n|\r|\n")
_NUMERIC = re.compile(r"^[\s+\-]*[\d.,:/\s%kKmM-]+(?:[aApP]\.?[mM]\.?)?[\s+\-\d:]*$")


def _looks_numeric(cell: str) -> bool:
    """A count, a percentage, a numeric date or time: what most export columns hold in every row."""
    c = cell.strip()
    return bool(c) and any(ch.isdigit() for ch in c) and bool(_NUMERIC.match(c))


def _swallowed_rows(
    headers: list[str],
    rows: list[list[str]],
    lines: list[int],
    delimiter: str,
    line_count: int,
    suspects: list[int],
    text: str = "",
) -> str | None:
    """A sentence when a field holds what are really following rows, else ``None``.

    One stray ``"`` at the start of a field opens a quote the CSV rules close only at the next quote, often at
    the end of the file: 998 rows become one caption and the import says "2 of 2 rows". Signals, any of which
    flags the field: embedded lines that split into (almost) as many cells as the header has, or a field with
    line breaks far longer than the same column in the other rows. A caption with a few line breaks and the
    odd comma passes.
    """
    width = len(headers)
    # Only rows spanning several lines (``suspects``, noted while reading) can hide swallowed rows, so a
    # million-row export without line breaks in fields pays nothing; column statistics come from a sample.
    if not suspects:
        return _short_last_row(headers, rows, lines, delimiter, text)
    step = max(1, len(rows) // 2000)
    sample = rows[::step]
    lengths: list[list[int]] = [[] for _ in range(width)]
    numeric: list[list[bool]] = [[] for _ in range(width)]
    for r in sample:
        for i in range(min(width, len(r))):
            lengths[i].append(len(r[i]))
            if r[i].strip():
                numeric[i].append(_looks_numeric(r[i]))
    medians = [sorted(v)[len(v) // 2] if v else 0 for v in lengths]
    # Per column: True when most filled cells are numbers or dates, so a swallowed row is recognised by shape.
    shape = [bool(v) and sum(v) * 2 > len(v) for v in numeric]
    for k in suspects:
        r, start = rows[k], lines[k]
        for i, cell in enumerate(r):
            if "\n" not in cell and "\r" not in cell:
                continue
            parts = _BREAK.split(cell.rstrip("\r\n"))
            embedded = parts[1:]
            rowlike = 0
            if width >= 3 and any(shape):
                for seg in embedded:
                    cells = next(csv.reader([seg], delimiter=delimiter, strict=False), [])
                    # A caption line like ",,," splits into empty cells: a swallowed row has most cells filled.
                    if len(cells) != width or sum(1 for c in cells if c.strip()) * 2 < width:
                        continue
                    same = sum(
                        1 for c, num in zip(cells, shape, strict=True) if not c.strip() or _looks_numeric(c) == num
                    )
                    if same * 5 >= width * 4:
                        rowlike += 1
            median = medians[i] if i < width else 0
            huge = len(cell) > 5000 and len(cell) > 20 * max(1, median) and len(embedded) >= 20
            # One field holding half the file's lines, far longer than its column elsewhere, its lines cut by the
            # separator like rows: the row count is far below the line count. (A single long caption passes.)
            split_like_rows = sum(1 for seg in embedded if delimiter in seg) * 2 >= len(embedded)
            huge = huge or (
                len(embedded) >= 20
                and len(embedded) * 2 >= line_count
                and len(rows) >= 3
                and len(cell) > 10 * max(1, median)
                and split_like_rows
            )
            if rowlike or huge:
                first, last = start + 1, start + len(embedded)
                if active_language() != "en":
                    return _swallowed_sentence(
                        start,
                        headers[i] if i < width and headers[i] else None,
                        i,
                        embedded,
                        rowlike,
                        cell,
                        rows,
                        line_count,
                    )
                column = headers[i] if i < width and headers[i] else f"column {i + 1}"
                what = (
                    f"{rowlike} of them look like rows of their own"
                    if rowlike
                    else f"it is {len(cell):,} characters long, far longer than the rest of the column"
                )
                return (
                    f'Line {start}: the {column!r} field starts with a quote (") that is not closed on its line, '
                    f"so it swallows lines {first}–{last} ({len(embedded)} line break{'s' * (len(embedded) != 1)}; "
                    f"{what}); the file reads as {len(rows):,} row{'s' * (len(rows) != 1)} although it has "
                    f"{line_count:,} lines."
                )
    return _short_last_row(headers, rows, lines, delimiter, text)


def _swallowed_sentence(
    start: int,
    header: str | None,
    index: int,
    embedded: list[str],
    rowlike: int,
    cell: str,
    rows: list[list[str]],
    line_count: int,
) -> str:
    """The swallowed-rows sentence in a language other than English (each count with its own plural)."""
    lang = active_language()
    column = header or translate("domain.imports.sniff", "column {number}").format(number=index + 1)
    breaks = len(embedded)
    row_count = len(rows)
    if rowlike:
        what = translate("domain.imports.sniff", "%n of them look like rows of their own", None, rowlike)
    else:
        what = translate(
            "domain.imports.sniff", "it is {length} characters long, far longer than the rest of the column"
        ).format(length=format_integer(len(cell), lang))
    return translate(
        "domain.imports.sniff",
        'Line {line}: the {column} field starts with a quote (") that is not closed on its line, so it swallows '
        "lines {first}–{last} ({breaks}; {what}); the file reads as {rows} although it has {lines} lines.",
    ).format(
        line=start,
        column=repr(column),
        first=start + 1,
        last=start + breaks,
        breaks=translate("domain.imports.sniff", "%n line break(s)", None, breaks),
        what=what,
        rows=translate("domain.imports.sniff", "%n row(s)", None, row_count),
        lines=format_integer(line_count, lang),
    )


def _short_last_row(
    headers: list[str], rows: list[list[str]], lines: list[int], delimiter: str, text: str = ""
) -> str | None:
    width = len(headers)
    if rows and width >= 2:
        # A quote opened in the last row runs to the end of the file: nothing is swallowed, but the row comes
        # out short, its later cells merged into one field, and its counts would be read as missing.
        tail, tail_line = rows[-1], lines[-1]
        if len(tail) < width and any(delimiter in c for c in tail):
            if text and _quotes_balanced(text, tail_line):
                return None  # a short row with a quoted "Tue, Jul 14, 2026": its quotes close, nothing merged
            k = next(k for k, c in enumerate(tail) if delimiter in c)
            name = (
                headers[k]
                if k < width and headers[k]
                else translate("domain.imports.sniff", "column {number}").format(number=k + 1)
            )
            return translate(
                "domain.imports.sniff",
                'Line {line}: the {column} field starts with a quote (") that is never closed, so the '
                "row's last {cells} cells were merged into it.",
            ).format(line=tail_line, column=repr(name), cells=width - len(tail) + 1)
    return None


def _quotes_balanced(text: str, from_line: int) -> bool:
    """True when the text from physical line ``from_line`` (1-based) to the end closes every quote it opens."""
    physical = re.split(r"\r\n|\r|\n", text)
    return "".join(physical[max(0, from_line - 1) :]).count('"') % 2 == 0


def _drop_repeated_headers(headers: list[str], rows: list[list[str]], lines: list[int], notes: list[str]) -> None:
    """Two exports joined into one file repeat the header row; read as data it would reject the whole file."""
    want = [h.replace("\ufeff", "").strip().casefold() for h in headers]
    if sum(1 for h in want if h) < 2:
        return
    width, first = len(want), want[0]
    # Only a row of the header's width whose first cell is the first header can be the header again: the cheap
    # test first, so a million-row file does not normalise every cell of every row (issue 20).
    found = [
        k
        for k, r in enumerate(rows)
        if len(r) == width
        and r[0].replace("\ufeff", "").strip().casefold() == first
        and [c.replace("\ufeff", "").strip().casefold() for c in r] == want
    ]
    if not found:
        return
    at = ", ".join(str(lines[k]) for k in found[:10]) + (" …" if len(found) > 10 else "")
    for k in reversed(found):
        del rows[k]
        del lines[k]
    n = len(found)
    if active_language() == "en":  # the English code path of before, byte for byte
        notes.append(
            f"Skipped {n} repeated header row{'s' * (n != 1)} (line{'s' * (n != 1)} {at}): the file looks like "
            "several exports joined together."
        )
    else:
        notes.append(
            translate(
                "domain.imports.sniff",
                "Skipped %n repeated header row(s) (lines {lines}): the file looks like several exports joined "
                "together.",
                None,
                n,
            ).format(lines=at)
        )
