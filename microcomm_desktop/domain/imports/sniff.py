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
    head = data[:4096]
    if len(head) >= 4 and head.count(b"\x00") * 3 >= len(head):  # UTF-16 saved without its BOM
        enc = "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
        return data.decode(enc, errors="replace"), enc, notes
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
    lines = [_unquoted(x) for x in sample.splitlines()[:10] if x.strip()]
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
    first_line = text.lstrip("\r\n").split("\n", 1)[0].strip().lower()
    if first_line.startswith("sep=") and len(first_line) <= 6:  # Excel's "sep=;" hint line
        delimiter = first_line[4:5] or ","
        text = text.lstrip("\r\n").split("\n", 1)[1] if "\n" in text.lstrip("\r\n") else ""
        notes.append(f"The file starts with Excel's separator hint (sep={delimiter}); it was used and skipped.")
    else:
        delimiter = _delimiter(text[:8192].lstrip("\r\n"))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    headers: list[str] | None = None
    rows: list[list[str]] = []
    lines: list[int] = []
    prev_line = 0
    pending: list[tuple[int, list[str]]] = []  # the first records, until the header is known
    try:
        for record in reader:
            start = prev_line + 1
            prev_line = reader.line_num
            if not any(cell.strip() for cell in record):
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
            if max_rows is not None and len(rows) >= max_rows:
                break
    except csv.Error as exc:
        raise CsvFileError(f"Line {reader.line_num}: the file is not a readable CSV ({exc}).") from exc
    if headers is None and pending:
        headers, pending = _split_preamble(pending, notes)
        for s_, r_ in pending[: None if max_rows is None else max_rows]:
            rows.append(r_)
            lines.append(s_)
    if headers is None:
        raise CsvFileError("The file has no header row.")
    if len(headers) < 2 and not rows:
        raise CsvFileError("The file has only one column and no data; is it really a CSV export?")
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
                notes.append(f"Skipped {i} line{'s' * (i != 1)} above the header row (a title or date range).")
            return [h.strip() for h in record], pending[i + 1 :]
    _, record = pending[0]
    return [h.strip() for h in record], pending[1:]
