"""The few SQL expressions SQLite and PostgreSQL spell differently, in one place.

Services write engine-neutral SQL through these: Core constructs compile per dialect, and text SQL asks for the
fragment of the connection's dialect. Each pair returns the same values on both engines (tests run both).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Float, Integer, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

JULIAN_ORDINAL_OFFSET = 1721424.5  # julianday('0001-01-01') - 1: SQLite date -> date.toordinal()


def day_number_sql(dialect: str, column: str) -> str:
    """``date.toordinal()`` of a date column, computed by the database."""
    if dialect == "postgresql":
        return f"(CAST({column} AS date) - DATE '0001-01-01' + 1)"
    return f"CAST(julianday({column}) - {JULIAN_ORDINAL_OFFSET} AS INTEGER)"


def concat_agg_sql(dialect: str, expr: str, sep: str = ",") -> str:
    """Values of a group joined with ``sep`` (``group_concat`` / ``string_agg``)."""
    quoted = sep.replace("'", "''")
    if dialect == "postgresql":
        return f"string_agg(CAST({expr} AS TEXT), '{quoted}')"
    return f"group_concat({expr}, '{quoted}')"


def minutes_between_sql(dialect: str, start: str, end: str) -> str:
    """Minutes from ``start`` to ``end`` (two timestamp columns), fractional."""
    if dialect == "postgresql":
        return f"(EXTRACT(EPOCH FROM ({end} - {start})) / 60.0)"
    return f"((julianday({end}) - julianday({start})) * 1440.0)"


def id_list_sql(dialect: str, param: str) -> str:
    """A subquery of the integers in a JSON array bound as ``:param`` (one parameter, any length)."""
    if dialect == "postgresql":
        return f"SELECT CAST(value AS INTEGER) FROM json_array_elements_text(CAST(:{param} AS json))"
    return f"SELECT value FROM json_each(:{param})"


def driver_sql(dialect: str, sql: str) -> str:
    """DB-API text written with ``?`` placeholders, in the driver's own style (psycopg uses ``%s``)."""
    return sql.replace("?", "%s") if dialect == "postgresql" else sql


class day_number(FunctionElement[int]):  # noqa: N801 - reads like the SQL function it stands for
    """Core expression: ``date.toordinal()`` of a date column."""

    type = Integer()
    inherit_cache = True


@compiles(day_number)
def _day_number_sqlite(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    return day_number_sql("sqlite", compiler.process(element.clauses, **kw))


@compiles(day_number, "postgresql")
def _day_number_pg(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    return day_number_sql("postgresql", compiler.process(element.clauses, **kw))


class concat_agg(FunctionElement[str]):  # noqa: N801
    """Core expression: ``concat_agg(column, separator)``; the separator is a bound value."""

    type = String()
    inherit_cache = True


@compiles(concat_agg)
def _concat_sqlite(element: concat_agg, compiler: SQLCompiler, **kw: Any) -> str:
    # An optional third argument orders the values on PostgreSQL; SQLite keeps an ordered subquery's order.
    expr, sep = list(element.clauses)[:2]
    return f"group_concat({compiler.process(expr, **kw)}, {compiler.process(sep, **kw)})"


@compiles(concat_agg, "postgresql")
def _concat_pg(element: concat_agg, compiler: SQLCompiler, **kw: Any) -> str:
    args = list(element.clauses)
    expr, sep = args[:2]
    order = f" ORDER BY {compiler.process(args[2], **kw)}" if len(args) > 2 else ""
    return f"string_agg(CAST({compiler.process(expr, **kw)} AS TEXT), {compiler.process(sep, **kw)}{order})"


class DriverConnection:
    """The DB-API connection under a SQLAlchemy ``Connection`` (same transaction), taking ``?`` SQL on both
    engines: the hot paths (bulk inserts, million-row reads) skip SQLAlchemy's per-row work on either."""

    def __init__(self, conn: Any) -> None:
        self._raw = conn.connection.driver_connection
        self._dialect = str(conn.dialect.name)

    def execute(self, sql: str, params: Any = ()) -> Any:
        cur = self._raw.cursor()
        cur.execute(driver_sql(self._dialect, sql), params)
        return cur

    def executemany(self, sql: str, rows: Any) -> Any:
        cur = self._raw.cursor()
        cur.executemany(driver_sql(self._dialect, sql), rows)
        table = explicit_id_table(sql) if self._dialect == "postgresql" else None
        if table:
            sync_id_sequence(self._raw, table)
        return cur


def insert_ignore(dialect: str, table: Any) -> Any:
    """INSERT that skips rows already there (``OR IGNORE`` on SQLite, ``ON CONFLICT DO NOTHING`` on PostgreSQL)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table).on_conflict_do_nothing()
    from sqlalchemy import insert

    return insert(table).prefix_with("OR IGNORE")


_EXPLICIT_ID_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+\"?(\w+)\"?\s*\(\s*\"?id\"?\s*,", re.IGNORECASE)


def sync_id_sequence(raw_or_conn: Any, table: str) -> None:
    """After rows were inserted with their ids given (imports, undo, a workspace file), move PostgreSQL's id
    sequence past them: otherwise the next ordinary insert would reuse an id and fail (SQLite needs nothing)."""
    sql = (
        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) "
        f'FROM "{table}"'
    )
    if hasattr(raw_or_conn, "exec_driver_sql"):
        raw_or_conn.exec_driver_sql(sql)
    else:
        raw_or_conn.cursor().execute(sql)


def explicit_id_table(sql: str) -> str | None:
    m = _EXPLICIT_ID_INSERT.match(sql)
    return m.group(1) if m else None


class iso_date(FunctionElement[str]):  # noqa: N801
    """Core expression: a date column as its ISO text (SQLite stores it so; PostgreSQL formats it)."""

    type = String()
    inherit_cache = True


@compiles(iso_date)
def _iso_date_sqlite(element: iso_date, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(iso_date, "postgresql")
def _iso_date_pg(element: iso_date, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM-DD')"


class float_total(FunctionElement[float]):  # noqa: N801
    """Core expression: SQLite's ``total()`` (a float sum, 0.0 for no rows, never an integer overflow)."""

    type = Float()
    inherit_cache = True


@compiles(float_total)
def _total_sqlite(element: float_total, compiler: SQLCompiler, **kw: Any) -> str:
    return f"total({compiler.process(element.clauses, **kw)})"


@compiles(float_total, "postgresql")
def _total_pg(element: float_total, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(COALESCE(SUM({compiler.process(element.clauses, **kw)}), 0) AS double precision)"


class days_before(FunctionElement[Any]):  # noqa: N801
    """Core expression: ``days_before(date_column, n)`` = the date n days earlier (n a literal int)."""

    inherit_cache = True


@compiles(days_before)
def _days_before_sqlite(element: days_before, compiler: SQLCompiler, **kw: Any) -> str:
    col, n = list(element.clauses)
    return f"date({compiler.process(col, **kw)}, '-' || {compiler.process(n, **kw)} || ' days')"


@compiles(days_before, "postgresql")
def _days_before_pg(element: days_before, compiler: SQLCompiler, **kw: Any) -> str:
    col, n = list(element.clauses)
    return f"(CAST({compiler.process(col, **kw)} AS date) - CAST({compiler.process(n, **kw)} AS integer))"


def drop_sqlite_indexes(drv: Any, table: str, triggers: tuple[str, ...] = ()) -> list[str]:
    """Drop ``table``'s secondary indexes (and the named triggers on it) on a SQLite DB-API connection, inside
    the caller's write transaction, and return the statements that put them back exactly as the schema stored
    them (indexes first, then triggers; by name).

    Why: a bulk load otherwise updates every B-tree at random places row by row; building each index once after
    the load is one sort. SQLite DDL is transactional, so a crash, an error or a cancel before the commit
    restores the indexes and triggers with everything else (the importer's SIGKILL tests check it).
    """
    names = ",".join("?" * len(triggers))
    found = drv.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
        f"AND (type = 'index' OR (type = 'trigger' AND name IN ({names or 'NULL'}))) ORDER BY type, name",
        (table, *triggers),
    ).fetchall()
    for kind, name, _sql in found:
        drv.execute(f'DROP {"INDEX" if kind == "index" else "TRIGGER"} "{name}"')
    return [str(sql) for _kind, _name, sql in found]
