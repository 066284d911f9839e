"""Post fields are declared once (domain.post_fields); every list derived from the declaration agrees with it.

Each assertion compares a list some module uses with the declaration, so a list written out by hand again
(and then forgotten when a field is added) fails here, as does a count added to the store but not declared.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Integer

from microcomm_desktop.domain import post_fields as pf
from microcomm_desktop.domain.imports import presets
from microcomm_desktop.services import exporting, importing, posts
from microcomm_desktop.store.models import Post
from microcomm_desktop.store.models.base import table_of
from microcomm_desktop.ui.models import post_table_model as ptm

COUNTS = [f for f in pf.POST_FIELDS if f.numeric]
# Post columns that are bookkeeping or links, not fields a user types, imports or exports.
NOT_FIELDS = {
    "id",
    "workspace_id",
    "local_date",
    "local_minute",
    "ritual_occurrence_id",
    "prompt_id",
    "sla_replied",
    "sla_considered",
    "created_at",
    "updated_at",
    "version",
    "created_by",
    "updated_by",
}


def test_every_post_column_is_declared_and_every_declared_field_is_stored() -> None:
    columns = {c.name for c in table_of(Post).columns}
    declared = {f.key for f in pf.POST_FIELDS if f.key != "themes"}  # themes live in post_theme
    assert columns - NOT_FIELDS == declared
    for f in COUNTS:
        assert isinstance(table_of(Post).c[f.key].type, Integer)
        assert table_of(Post).c[f.key].nullable == f.optional  # optional counts store NULL for unknown


def test_importer_fields_and_generic_aliases_come_from_the_declaration() -> None:
    assert [(s.key, s.label, s.kind, s.required) for s in presets.POST_FIELDS] == [
        (f.key, f.importer_label, f.kind, f.required) for f in pf.IMPORT_FIELDS
    ]
    assert {f.key for f in pf.IMPORT_FIELDS} == {f.key for f in pf.POST_FIELDS}
    generic = presets.PRESETS["generic"].aliases
    assert generic == {f.key: f.aliases for f in pf.IMPORT_FIELDS}
    assert importing._COMPARED == tuple(f.key for f in pf.POST_FIELDS if f.compared)
    assert set(importing._COMPARED) <= {f.key for f in COUNTS}
    assert set(importing._TEXT_KEYS) | set(pf.REQUIRED_COUNT_KEYS) | set(pf.OPTIONAL_COUNT_KEYS) <= set(
        importing._UPDATABLE
    )


def test_service_row_fields_and_labels_come_from_the_declaration() -> None:
    assert [*posts.COUNT_FIELDS, *posts.OPTIONAL_COUNTS] == sorted(
        (f.key for f in COUNTS), key=lambda k: (pf.FIELDS_BY_KEY[k].optional, [c.key for c in COUNTS].index(k))
    )
    assert set(posts.OPTIONAL_COUNTS) == {f.key for f in COUNTS if f.optional}
    assert set(posts.TEXT_FIELDS) == {f.key for f in pf.POST_FIELDS if f.kind in ("text", "platform")}
    for f in pf.POST_FIELDS:
        assert posts.FIELD_LABELS[f.ui_key] == f.label
        assert f.key == "published_at" or f.key in posts.ROW_FIELDS
    assert len(set(posts.ROW_FIELDS)) == len(posts.ROW_FIELDS)


def test_export_headers_and_columns_come_from_the_declaration() -> None:
    assert exporting.POST_HEADERS == [f.header for f in pf.POST_FIELDS]
    assert exporting._POST_COLUMNS == (
        "id",
        *(f.key for f in pf.POST_FIELDS if f.key not in ("published_at", "themes")),
    )
    # The file's bytes must not change with the refactor: the header row as it always was.
    assert exporting.POST_HEADERS[:8] == [
        "Date/time",
        "Platform",
        "Platform post id",
        "Link",
        "Format",
        "Themes",
        "Label",
        "Title",
    ]
    assert exporting.POST_HEADERS[8:] == [
        "Reach",
        "Impressions",
        "Views",
        "Likes",
        "Comments",
        "Shares",
        "Saves",
        "DM replies",
        "Engagements",
        "Conversions",
        "Notes",
    ]


def test_posts_table_columns_come_from_the_declaration() -> None:
    model = ptm.PostTableModel()
    table = {f.ui_key: f for f in pf.TABLE_FIELDS}
    keys = [k for k, _h in ptm.COLUMNS]
    assert set(table) <= set(keys)
    for key, header in ptm.COLUMNS:
        if key in table:
            assert header == table[key].label
            assert (key in ptm.EDITABLE) == table[key].editable
            assert (key in ptm.NUMERIC) == table[key].numeric
            assert ptm.WIDTHS.get(key) == table[key].width
    # Every count shows, in declaration order, as a right-aligned number.
    assert [k for k in keys if k in ptm.NUMERIC] == [f.key for f in COUNTS if f.in_table]
    assert [model.columns[i].label for i in range(len(keys))] == [h for _k, h in ptm.COLUMNS]


def test_a_layout_that_forgets_a_field_is_refused() -> None:
    with pytest.raises(ValueError, match="missing"):
        pf.laid_out(("when", pf.COUNTS), pf.POST_FIELDS)
    with pytest.raises(ValueError, match="unknown"):
        pf.laid_out((*pf.IMPORT_LAYOUT, "mood"), pf.POST_FIELDS)
    assert pf.laid_out(pf.IMPORT_LAYOUT, pf.POST_FIELDS)[0] == "when"
