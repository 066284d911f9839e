"""Turn the bytes of an exported CSV into a header row and data rows, whatever the exporter did.

Exports arrive with a UTF-8 BOM (Excel, YouTube), as UTF-16 (Excel "Unicode text"), in cp1252 (old Excel on
Windows), with commas, semicolons (European Excel) or tabs. Decoding never fails: latin-1 is the last resort
and a note says so, because silently dropping a file is worse than showing odd accents.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

__all__ = ["CsvFileError", "CsvTable", "read_csv_bytes"]

MAX_FIELD = 1_000_000  # characters; a caption is at most a few thousand, anything bigger is not an export


# Raised once for the process (the limit is global in the csv module): changing it per call would race between
# an import running in a worker and a preview on the UI thread.
if csv.field_size_limit() < MAX_FIELD:
    csv.field_size_limit(MAX_FIELD)


class CsvFileError(ValueError):
    """The file cannot be read as a table at all; the message is shown to the user as is."""


@dataclass
class CsvTable:
    """Header and rows as text, with the 1-based file line on which each row starts (for the report)."""

    headers: list[str]
    rows: list[list[str]]
    lines: list[int]
    encoding: str
    delimiter: str
    notes: list[str] = field(default_factory=list)


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    notes: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", notes
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", notes
        except UnicodeDecodeError:
            notes.append("The file says it is UTF-16 but is not; unreadable characters were replaced.")
            return data.decode("utf-16", errors="replace"), "utf-16", notes
    try:
        return data.decode("utf-8"), "utf-8", notes
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        notes.append("The file is not UTF-8; it was read as Windows-1252 (Western European). Check accents.")
        return text, "cp1252", notes
    except UnicodeDecodeError:
        notes.append("The file is not UTF-8; it was read as Latin-1. Check accents and special characters.")
        return data.decode("latin-1"), "latin-1", notes


def _delimiter(sample: str) -> str:
    first = sample.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


def read_csv_bytes(data: bytes, max_rows: int | None = None) -> CsvTable:
    """Parse a whole export (or its first ``max_rows`` data rows, for a quick preview).

    Raises ``CsvFileError`` for files that are not tables; everything row-level is left to the converters so
    one bad row never hides the others.
    """
    text, encoding, notes = _decode(data)
    text = text.replace("\x00", "")  # NULs come from mis-decoded UTF-16 and break nothing useful when dropped
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise CsvFileError("The file is empty.")
    delimiter = _delimiter(text[:8192].lstrip("\r\n"))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    headers: list[str] | None = None
    rows: list[list[str]] = []
    lines: list[int] = []
    prev_line = 0
    try:
        for record in reader:
            start = prev_line + 1
            prev_line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if headers is None:
                headers = [h.strip() for h in record]
                continue
            rows.append(record)
            lines.append(start)
            if max_rows is not None and len(rows) >= max_rows:
                break
    except csv.Error as exc:
        raise CsvFileError(f"Line {reader.line_num}: the file is not a readable CSV ({exc}).") from exc
    if headers is None:
        raise CsvFileError("The file has no header row.")
    if len(headers) < 2 and not rows:
        raise CsvFileError("The file has only one column and no data; is it really a CSV export?")
    return CsvTable(headers=headers, rows=rows, lines=lines, encoding=encoding, delimiter=delimiter, notes=notes)
