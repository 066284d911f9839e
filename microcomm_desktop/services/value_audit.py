"""Find stored counts and amounts outside ``domain.limits`` — values written before the limits existed.

Since the store refuses them (store.db's guard), new ones cannot appear; old files may still hold some (a
reach of 9,223,372,036,854,775,807 from an import that accepted anything). Sums over such values overflow or
mislead, so reports refuse to run on them and a tab that fails to open names them, with where to correct
them, instead of showing a wrong total.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from microcomm_desktop.domain.formatting import format_integer
from microcomm_desktop.domain.limits import MAX_COUNT, MAX_MONEY, count_range_text, money_range_text
from microcomm_desktop.i18n import active_language, translate

# table -> (what a person calls a row, a SQL expression naming the row, the tab where it is corrected)
_WHERE: dict[str, tuple[str, str, str]] = {
    "post": ("Post", "coalesce(nullif(title, ''), platform_post_id, id) || ' (' || local_date || ')'", "Posts"),
    "deal": ("Deal", "coalesce(nullif(title, ''), id)", "Deals"),
    "dealline": ("Deal line", "coalesce(nullif(description, ''), id)", "Deals"),
    "ratecarditem": ("Rate card item", "coalesce(nullif(name, ''), id)", "Deals"),
    "weeknote": ("Week note", "week_start", "Dashboard"),
    "creator": ("Creator", "coalesce(nullif(name, ''), id)", "Creators"),
}


class StoredValuesOutOfRange(ValueError):
    """Raised where figures would add up values beyond the limits; the message lists them for the user."""


@dataclass(frozen=True)
class OutOfRange:
    table: str
    row_id: int
    column: str
    value: str
    sentence: str


def _columns() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    from microcomm_desktop.store.db import guarded_columns

    return guarded_columns()


def find_out_of_range(
    engine: Engine, workspace_id: int | None = None, limit: int = 20, tables: tuple[str, ...] | None = None
) -> list[OutOfRange]:
    """Up to ``limit`` stored values outside the limits (in ``tables``, default all), each with a sentence
    saying where to correct it."""
    counts, money = _columns()
    if tables is not None:
        counts = {t: c for t, c in counts.items() if t in tables}
        money = {t: c for t, c in money.items() if t in tables}
    found: list[OutOfRange] = []
    with engine.connect() as conn:
        for table in sorted(set(counts) | set(money)):
            names = {str(c["name"]) for c in inspect(conn).get_columns(table)}
            pk = inspect(conn).get_pk_constraint(table).get("constrained_columns") or ["rowid"]
            rid = "id" if "id" in names else "rowid" if conn.dialect.name == "sqlite" else str(pk[0])
            label, ident, tab = _WHERE.get(table, (table.capitalize(), rid, "matching"))
            scope = " AND workspace_id = :ws" if workspace_id is not None and "workspace_id" in names else ""
            cols = sorted(counts.get(table, set()) & names)
            if cols:  # one pass over the table first: almost always nothing is out of range
                anywhere = " OR ".join(f'abs("{c}") > :mx' for c in cols)
                hit = conn.execute(
                    text(f'SELECT 1 FROM "{table}" WHERE ({anywhere}){scope} LIMIT 1'),
                    {"mx": MAX_COUNT, "ws": workspace_id},
                ).first()
                if hit is None:
                    cols = []
            for col in cols:
                q = f'SELECT {rid}, "{col}", {ident} FROM "{table}" WHERE abs("{col}") > :mx{scope} LIMIT :lim'
                for row_id, value, who in conn.execute(text(q), {"mx": MAX_COUNT, "ws": workspace_id, "lim": limit}):
                    found.append(_entry(table, int(row_id), col, str(value), str(who), label, tab, count_range_text()))
            for col in sorted(money.get(table, set()) & names):
                q = f'SELECT {rid}, "{col}", {ident} FROM "{table}" WHERE "{col}" IS NOT NULL{scope}'
                for row_id, value, who in conn.execute(text(q), {"ws": workspace_id}):
                    try:
                        bad = not Decimal(str(value)).is_finite() or abs(Decimal(str(value))) > MAX_MONEY
                    except InvalidOperation:
                        bad = True
                    if bad:
                        allowed = money_range_text()
                        found.append(_entry(table, int(row_id), col, str(value), str(who), label, tab, allowed))
            if len(found) >= limit:
                break
    return found[:limit]


def _entry(table: str, rid: int, col: str, value: str, who: str, label: str, tab: str, allowed: str) -> OutOfRange:
    lang = active_language()
    if value.lstrip("-").isdigit():
        shown = f"{int(value):,}" if lang == "en" else format_integer(int(value), lang)
    else:
        shown = value
    field = col.replace("_", " ")
    return OutOfRange(
        table,
        rid,
        col,
        value,
        translate(
            "services.value_audit",
            "{row} {name}: {field} is {value}, outside the allowed range {allowed} (correct it in the {tab} tab).",
        ).format(row=_label_text(label), name=who, field=field, value=shown, allowed=allowed, tab=_label_text(tab)),
    )


def _label_text(label: str) -> str:
    """A row or tab name of ``_WHERE`` (English, declared once) in the reader's language."""
    texts = {
        "Post": translate("services.value_audit", "Post"),
        "Deal": translate("services.value_audit", "Deal"),
        "Deal line": translate("services.value_audit", "Deal line"),
        "Rate card item": translate("services.value_audit", "Rate card item"),
        "Week note": translate("services.value_audit", "Week note"),
        "Creator": translate("services.value_audit", "Creator"),
        "Posts": translate("services.value_audit", "Posts"),
        "Deals": translate("services.value_audit", "Deals"),
        "Dashboard": translate("services.value_audit", "Dashboard"),
        "Creators": translate("services.value_audit", "Creators"),
    }
    return texts.get(label, label)


REPORT_TABLES = ("post", "weeknote")
"""What the scorecard and reports add up."""


def out_of_range_message(
    engine: Engine, workspace_id: int | None = None, tables: tuple[str, ...] | None = None
) -> str | None:
    """One paragraph for the user when stored values are out of range, else ``None``."""
    found = find_out_of_range(engine, workspace_id, tables=tables)
    if not found:
        return None
    lines = "\n".join(f"• {f.sentence}" for f in found[:8])
    if len(found) >= 20:
        head = translate(
            "services.value_audit",
            "The data holds {count} value(s) (and possibly more) too large to add up correctly, written before this "
            "version checked them. Totals that include them would be wrong, so the Dashboard and reports do not add "
            "them up until they are corrected:",
        )
    else:
        head = translate(
            "services.value_audit",
            "The data holds {count} value(s) too large to add up correctly, written before this version checked them. "
            "Totals that include them would be wrong, so the Dashboard and reports do not add them up until they are "
            "corrected:",
        )
    return head.format(count=len(found)) + "\n" + lines
