"""Reading platform CSV exports: file sniffing, presets with header aliases, number/date parsing.

Pure Python (no Qt, no database) so the GUI wizard, the CLI and property tests share one importer.
"""

from microcomm_desktop.domain.imports.parsing import (
    DateOrder,
    ParsedWhen,
    parse_count,
    parse_external_id,
    parse_when,
    resolve_year,
)
from microcomm_desktop.domain.imports.presets import (
    INTERACTION_FIELDS,
    POST_FIELDS,
    PRESETS,
    FieldSpec,
    Preset,
    detect_preset,
    mapping_for,
    normalise_header,
)
from microcomm_desktop.domain.imports.rows import (
    ConvertOptions,
    RowResult,
    convert_interaction_row,
    convert_post_row,
)
from microcomm_desktop.domain.imports.sniff import CsvFileError, CsvTable, read_csv_bytes

__all__ = [
    "INTERACTION_FIELDS",
    "POST_FIELDS",
    "PRESETS",
    "ConvertOptions",
    "CsvFileError",
    "CsvTable",
    "DateOrder",
    "FieldSpec",
    "ParsedWhen",
    "Preset",
    "RowResult",
    "convert_interaction_row",
    "convert_post_row",
    "detect_preset",
    "mapping_for",
    "normalise_header",
    "parse_count",
    "parse_external_id",
    "parse_when",
    "read_csv_bytes",
    "resolve_year",
]
