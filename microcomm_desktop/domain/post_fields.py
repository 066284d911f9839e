"""Every field of a post, declared once; every post field list in the app is derived from ``POST_FIELDS``.

Why: a post's fields used to be written out in eleven hand-kept lists (the service's row tuple and labels, the
importer's field specs and generic aliases, the count lists of the import writer, the export's headers and
columns, the posts table's columns, editable and numeric sets, widths) and nothing checked they agreed; one of
them even relied on a fixed slice position. ``tests/services/test_post_fields.py`` checks every derived list
against this declaration and the store's ``post`` table.

Recipe "add a post count" (walked with a throw-away ``profile_visits`` field; these are all the files):
1. here: one ``_count(...)`` line (label, generic import aliases, optional/compared flags);
2. ``store/models/posts.py``: the column (``int = Field(default=0)``, or ``int | None`` when optional);
3. ``store/migrations/versions/``: a migration adding the column;
4. ``services/exporting.py``: the posts export's row loop unpacks the columns by name — add the cell there
   (a forgotten cell fails loudly: "too many values to unpack");
5. ``tests/services/test_post_fields.py``: the pinned export header (a file format change must be deliberate).
Everything else follows: the form and its validation, the service rows and undo snapshots, the import wizard
(fields, generic aliases, defaults, re-import warnings), the export header, and the posts table's column,
number formatting, sorting, editing and width. A platform preset picks the new column up only if its
export has one (``domain/imports/presets.py`` aliases).

Order: ``POST_FIELDS`` is in the order of the posts CSV export (its bytes must not change). Lists that show
the fields in another order (the import wizard, the posts table) give their order as a *layout*: the
non-count fields by key plus ``COUNTS``, a placeholder for every count in declaration order, so a new count
appears in every layout without touching it, and ``laid_out`` refuses a layout that forgets a field.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from microcomm_desktop.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "COUNTS",
    "EXPORT_FIELDS",
    "FIELDS_BY_KEY",
    "IMPORT_FIELDS",
    "IMPORT_LAYOUT",
    "OPTIONAL_COUNT_KEYS",
    "POST_FIELDS",
    "REQUIRED_COUNT_KEYS",
    "TABLE_FIELDS",
    "PostField",
    "laid_out",
]

_CONTEXT = "domain.post_fields"


Kind = Literal["when", "id", "text", "platform", "themes", "label", "count"]


@dataclass(frozen=True, slots=True)
class PostField:
    """One field of a post as every list needs it.

    ``key`` is the post's column and the importer's field key; ``name`` is the key the forms, the service's
    row tuple and the posts table use when it differs (the date/time is ``published_at`` stored, ``when``
    typed). ``kind`` picks the import parser and, for counts, the validation and the number formatting.
    """

    key: str
    label: str  # forms, the posts table header, validation sentences
    kind: Kind
    aliases: tuple[str, ...] = ()  # generic CSV headers (normalised) that feed the field on import
    import_label: str = ""  # the import wizard's label when it needs a hint; "" = ``label``
    export_header: str = ""  # the posts CSV header; "" = ``label``
    name: str = ""  # the forms' and table's key; "" = ``key``
    optional: bool = False  # a count that may be unknown (stored NULL) rather than 0
    required: bool = False  # an import must map a column to it
    in_table: bool = True  # a column of the posts table
    editable: bool = True  # edited in place in the posts table
    compared: bool = False  # a lifetime total: a re-import that changes it a lot gets a warning
    width: int | None = None  # the posts table column width in pixels; None = fitted to the header
    help: str = ""  # the posts table header tooltip

    @property
    def ui_key(self) -> str:
        return self.name or self.key

    @property
    def numeric(self) -> bool:
        return self.kind == "count"

    @property
    def importer_label(self) -> str:
        return self.import_label or self.label

    @property
    def header(self) -> str:
        return self.export_header or self.label

    # The declaration's English text is the catalog's source; these give it in the active language at the
    # moment of display. ``label``/``header`` stay English: the importer and the CSV export read them.
    def label_text(self) -> str:
        return translate(_CONTEXT, self.label)

    def importer_label_text(self) -> str:
        return translate(_CONTEXT, self.importer_label)

    def help_text(self) -> str:
        return translate(_CONTEXT, self.help) if self.help else ""


def _count(key: str, label: str, *aliases: str, **kw: object) -> PostField:
    return PostField(key, label, "count", aliases=aliases, width=80, **kw)  # type: ignore[arg-type]


POST_FIELDS: tuple[PostField, ...] = (
    PostField(
        "published_at",
        QT_TRANSLATE_NOOP("domain.post_fields", "Date/time"),
        "when",
        aliases=("date/time", "date", "published", "published at", "publish time", "time", "posted", "datetime"),
        name="when",
        required=True,
        width=125,
    ),
    PostField(
        "platform",
        QT_TRANSLATE_NOOP("domain.post_fields", "Platform"),
        "platform",
        aliases=("platform", "network", "channel"),
        width=80,
    ),
    PostField(
        "platform_post_id",
        QT_TRANSLATE_NOOP("domain.post_fields", "Platform post id"),
        "id",
        aliases=("platform post id", "post id", "id", "platform id"),
        in_table=False,
        editable=False,
    ),
    PostField(
        "link",
        QT_TRANSLATE_NOOP("domain.post_fields", "Link"),
        "text",
        aliases=("link", "url", "permalink", "post link"),
    ),
    PostField(
        "format",
        QT_TRANSLATE_NOOP("domain.post_fields", "Format"),
        "text",
        aliases=("format", "post type", "type", "content type"),
        width=82,
        help=QT_TRANSLATE_NOOP(
            "domain.post_fields", "How the post was made (the promise's recurring formats or your own, e.g. carousel)"
        ),
    ),
    PostField(
        "themes",
        QT_TRANSLATE_NOOP("domain.post_fields", "Themes"),
        "themes",
        aliases=("themes", "theme", "tags", "topics", "content themes"),
        import_label=QT_TRANSLATE_NOOP("domain.post_fields", "Themes (comma-separated)"),
        width=120,
        help=QT_TRANSLATE_NOOP(
            "domain.post_fields",
            "The workspace's own content themes on this post (several allowed). Edit the cell as "
            "'a, b', use the post form, or tag a selection with Ctrl+T. Insights ranks themes by replies "
            "and saves per 1k reach.",
        ),
    ),
    PostField(
        "label",
        QT_TRANSLATE_NOOP("domain.post_fields", "Label"),
        "label",
        aliases=("label", "job", "post label"),
        import_label=QT_TRANSLATE_NOOP("domain.post_fields", "Label (community/reach)"),
        width=78,
        help=QT_TRANSLATE_NOOP(
            "domain.post_fields", "community = judged on replies, saves, depth; reach = judged on shares and discovery"
        ),
    ),
    PostField(
        "title",
        QT_TRANSLATE_NOOP("domain.post_fields", "Title or caption"),
        "text",
        aliases=("title", "caption", "title or caption", "text", "description"),
        export_header="Title",
        width=260,
    ),
    _count(
        "reach",
        QT_TRANSLATE_NOOP("domain.post_fields", "Reach"),
        "reach",
        "accounts reached",
        "unique views",
        compared=True,
    ),
    _count("impressions", QT_TRANSLATE_NOOP("domain.post_fields", "Impressions"), "impressions", compared=True),
    _count("views", QT_TRANSLATE_NOOP("domain.post_fields", "Views"), "views", "video views", "plays", compared=True),
    _count("likes", QT_TRANSLATE_NOOP("domain.post_fields", "Likes"), "likes", "reactions", compared=True),
    _count(
        "comments",
        QT_TRANSLATE_NOOP("domain.post_fields", "Comments/replies"),
        "comments",
        "comments/replies",
        "replies",
        "comments and replies",
        export_header="Comments",
        compared=True,
    ),
    _count("shares", QT_TRANSLATE_NOOP("domain.post_fields", "Shares"), "shares", "reposts", compared=True),
    _count("saves", QT_TRANSLATE_NOOP("domain.post_fields", "Saves"), "saves", "bookmarks", "saved", compared=True),
    _count("dm_replies", QT_TRANSLATE_NOOP("domain.post_fields", "DM replies"), "dm replies", "dms", "dm"),
    _count(
        "engagements",
        QT_TRANSLATE_NOOP("domain.post_fields", "Engagements"),
        "engagements",
        "engagements (platform total)",
        "total engagements",
        import_label=QT_TRANSLATE_NOOP("domain.post_fields", "Engagements (platform total)"),
        optional=True,
        in_table=False,
        editable=False,
    ),
    _count(
        "conversions",
        QT_TRANSLATE_NOOP("domain.post_fields", "Conversions"),
        "conversions",
        "purchases",
        "sales",
        optional=True,
    ),
    PostField("notes", QT_TRANSLATE_NOOP("domain.post_fields", "Notes"), "text", aliases=("notes", "note")),
)

FIELDS_BY_KEY: dict[str, PostField] = {f.key: f for f in POST_FIELDS} | {f.ui_key: f for f in POST_FIELDS}

#: A layout placeholder: every count field, in declaration order.
COUNTS = "*counts"

REQUIRED_COUNT_KEYS: tuple[str, ...] = tuple(f.key for f in POST_FIELDS if f.numeric and not f.optional)
OPTIONAL_COUNT_KEYS: tuple[str, ...] = tuple(f.key for f in POST_FIELDS if f.numeric and f.optional)


def laid_out(layout: Iterable[str], fields: Iterable[PostField], extra: Iterable[str] = ()) -> tuple[str, ...]:
    """The keys of ``layout`` with ``COUNTS`` expanded to the counts among ``fields``.

    Raises ValueError when the layout and ``fields`` disagree (a field left out, or a key that is neither a
    field nor one of ``extra``), so a new non-count field cannot be silently missing from a list.
    """
    fields = tuple(fields)
    out: list[str] = []
    for key in layout:
        if key == COUNTS:
            out.extend(f.ui_key for f in fields if f.numeric)
        else:
            out.append(key)
    wanted = {f.ui_key for f in fields} | set(extra)
    if sorted(out) != sorted(wanted) or len(set(out)) != len(out):
        missing, unknown = wanted - set(out), set(out) - wanted
        raise ValueError(f"layout disagrees with the declared fields: missing {missing}, unknown {unknown}")
    return tuple(out)


def _pick(keys: tuple[str, ...]) -> tuple[PostField, ...]:
    return tuple(FIELDS_BY_KEY[k] for k in keys)


# The import wizard lists fields (and parses a row) in this order: the identifying columns first.
IMPORT_LAYOUT = ("when", "platform_post_id", "link", "platform", "format", "themes", "label", "title", COUNTS, "notes")
IMPORT_FIELDS: tuple[PostField, ...] = _pick(laid_out(IMPORT_LAYOUT, POST_FIELDS))
EXPORT_FIELDS: tuple[PostField, ...] = POST_FIELDS
TABLE_FIELDS: tuple[PostField, ...] = tuple(f for f in POST_FIELDS if f.in_table)
