"""Reading platform CSV exports: file sniffing, presets with header aliases, number/date parsing.

Pure Python (no Qt, no database) so the GUI wizard, the CLI and property tests share one importer.
"""

from microcomm_desktop.domain.imports.parsing import (
    ColumnDates,
    DateOrder,
    ParsedWhen,
    consecutive_years,
    decide_date_order,
    parse_count,
    parse_external_id,
    parse_when,
    resolve_year,
    year_from_video_id,
)
from microcomm_desktop.domain.imports.presets import (
    ENGAGER_FIELDS,
    INTERACTION_FIELDS,
    POST_FIELDS,
    PRESETS,
    FieldSpec,
    Preset,
    detect_preset,
    mapping_for,
    normalise_header,
    refusal_for,
)
from microcomm_desktop.domain.imports.rows import (
    ConvertOptions,
    RowResult,
    convert_engager_row,
    convert_interaction_row,
    convert_post_row,
)
from microcomm_desktop.domain.imports.sniff import (
    CsvFileError,
    CsvTable,
    SwallowedRowsError,
    binary_kind,
    open_export_bytes,
    read_csv_bytes,
)

__all__ = [
    "ENGAGER_FIELDS",
    "INTERACTION_FIELDS",
    "POST_FIELDS",
    "PRESETS",
    "ColumnDates",
    "ConvertOptions",
    "CsvFileError",
    "CsvTable",
    "DateOrder",
    "FieldSpec",
    "ParsedWhen",
    "Preset",
    "RowResult",
    "SwallowedRowsError",
    "binary_kind",
    "consecutive_years",
    "convert_engager_row",
    "convert_interaction_row",
    "convert_post_row",
    "decide_date_order",
    "detect_preset",
    "mapping_for",
    "normalise_header",
    "open_export_bytes",
    "parse_count",
    "parse_external_id",
    "parse_when",
    "read_csv_bytes",
    "refusal_for",
    "resolve_year",
    "year_from_video_id",
]
