"""A whole workspace as one file (``.mcw``): every row of every table, its settings and its attachments.

Moves a workspace between laptops, between a local SQLite file and a PostgreSQL team server, or to a client.
The file is a zip of one JSON-lines file per table plus a manifest with row counts and SHA-256 checksums.

Why ids are renumbered: the file must not depend on which database it came from, so each table's ids are written
as 1..n in their original order (foreign keys follow). Exporting the same workspace from SQLite and from
PostgreSQL then gives byte-identical files, and an import can give the rows fresh ids above the target's own
(order kept) without ever touching another workspace's rows. An import never merges: a workspace with the same
name is refused, and every count and checksum is verified inside the import's transaction (any mismatch rolls
everything back).
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Table, func, insert, or_, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import SQLModel

from microcomm_desktop.i18n import active_language, translate
from microcomm_desktop.store.db import session_scope
from microcomm_desktop.store.migrate import head_revisions

FORMAT = "microcomm-workspace"
FORMAT_VERSION = 1
SUFFIX = ".mcw"
# Derived queues, rebuilt after an import instead of copied.
_SKIP = {"rollupdirty"}
_ATTACH_TOKEN = "attachments/@WS@/"
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # zip entry times: the same content gives the same bytes


class WorkspaceFileError(Exception):
    """The file cannot be written or read, or would overwrite/merge data; the message is for the user."""


@dataclass
class FileSummary:
    """What an export wrote or an import brought in."""

    path: Path
    workspace: str
    rows: dict[str, int] = field(default_factory=dict)
    attachments: int = 0
    workspace_id: int | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


# ----------------------------------------------------------------------------------------------- the tables


def workspace_tables() -> list[Table]:
    """Tables holding a workspace's data, parents before children: those with ``workspace_id`` and those
    reachable from them by a foreign key (post themes, deal lines, sprint tasks...)."""
    included: list[Table] = []
    names: set[str] = set()
    for table in SQLModel.metadata.sorted_tables:
        if table.name in _SKIP:
            continue
        refs = {fk.column.table.name for fk in table.foreign_keys}
        if table.name == "workspace" or "workspace_id" in table.c or refs & names:
            included.append(table)
            names.add(table.name)
    return included


def _own_fks(table: Table) -> list[tuple[Column[Any], Table]]:
    return [(fk.parent, fk.column.table) for fk in table.foreign_keys]


def _row_filter(table: Table, ws_id: int, filters: dict[str, ColumnElement[bool]]) -> ColumnElement[bool]:
    if table.name == "workspace":
        return table.c.id == ws_id
    if "workspace_id" in table.c:
        return table.c.workspace_id == ws_id
    parts = []
    for col, parent in _own_fks(table):
        if parent.name in filters and parent is not table:
            parts.append(col.in_(select(parent.c.id).where(filters[parent.name])))
    return or_(*parts)


def _id_column(table: Table) -> Column[Any] | None:
    pk = list(table.primary_key.columns)
    return pk[0] if len(pk) == 1 and pk[0].name == "id" else None


# ----------------------------------------------------------------------------------------------- values


def _encode(col: Column[Any], value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise WorkspaceFileError(f"Cannot write {col.table.name}.{col.name}: unexpected {type(value).__name__}.")


def _decode(col: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = type(col.type).__name__
    if kind == "Date":
        return date.fromisoformat(value)
    if kind in ("UTCDateTime", "DateTime"):
        return datetime.fromisoformat(value)
    if kind == "DecimalText":
        return Decimal(value)
    if kind == "Boolean":
        return bool(value)
    return value


# ----------------------------------------------------------------------------------------------- export


def export_workspace(engine: Engine, data_dir: Path, workspace_id: int, target: Path) -> FileSummary:
    """Write the workspace to ``target`` (``.mcw`` added when missing); written to a temporary name first, so an
    interrupted export never leaves a half file under the real name."""
    if target.suffix.lower() != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    tables = workspace_tables()
    filters: dict[str, ColumnElement[bool]] = {}
    id_maps: dict[str, dict[int, int]] = {}
    payload: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    with engine.connect() as conn:
        name = conn.execute(select(_table("workspace").c.name).where(_table("workspace").c.id == workspace_id))
        ws_name = name.scalar_one_or_none()
        if ws_name is None:
            raise WorkspaceFileError(
                translate("services.workspace_file", "That workspace no longer exists; nothing was written.")
            )
        for table in tables:
            filters[table.name] = _row_filter(table, workspace_id, filters)
            order = list(table.primary_key.columns)
            rows = conn.execute(select(table).where(filters[table.name]).order_by(*order)).mappings().all()
            idc = _id_column(table)
            if idc is not None:
                id_maps[table.name] = {int(r[idc.name]): k + 1 for k, r in enumerate(rows)}
            lines = []
            for r in rows:
                out: dict[str, Any] = {}
                for col in table.c:
                    value = r[col.name]
                    if col is idc and value is not None:
                        value = id_maps[table.name][int(value)]
                    else:
                        for fk in col.foreign_keys:
                            ref = fk.column.table.name
                            if value is not None and ref in id_maps:
                                value = id_maps[ref].get(int(value))  # outside the workspace: not carried over
                    if isinstance(value, str) and value.startswith(f"attachments/{workspace_id}/"):
                        value = _ATTACH_TOKEN + value[len(f"attachments/{workspace_id}/") :]
                    out[col.name] = _encode(col, value)
                lines.append(json.dumps(out, sort_keys=True, ensure_ascii=False, separators=(",", ":")))
            payload[f"tables/{table.name}.jsonl"] = ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")
            counts[table.name] = len(rows)
    attach_root = data_dir / "attachments" / str(workspace_id)
    attachments: dict[str, bytes] = {}
    if attach_root.is_dir():
        for f in sorted(p for p in attach_root.rglob("*") if p.is_file()):
            attachments["attachments/" + f.relative_to(attach_root).as_posix()] = f.read_bytes()
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema": sorted(head_revisions()),
        "workspace": ws_name,
        "tables": {t.name: {"rows": counts[t.name], "sha256": _sha(payload[f"tables/{t.name}.jsonl"])} for t in tables},
        "attachments": {k: _sha(v) for k, v in attachments.items()},
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            _put(zf, "manifest.json", json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False).encode())
            for entry, data in sorted({**payload, **attachments}.items()):
                _put(zf, entry, data)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise WorkspaceFileError(
            translate("services.workspace_file", "Could not write {path}: {reason}. Nothing was exported.").format(
                path=target, reason=exc.strerror or exc
            )
        ) from exc
    return FileSummary(target, ws_name, counts, len(attachments), workspace_id)


def _put(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    zf.writestr(info, data)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


# ----------------------------------------------------------------------------------------------- import


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest of a workspace file, checked to be one this version can read."""
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read("manifest.json"))
    except FileNotFoundError as exc:
        raise WorkspaceFileError(
            translate("services.workspace_file", "{path} does not exist.").format(path=path)
        ) from exc
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise WorkspaceFileError(
            translate("services.workspace_file", "{path} is not a MicroComm workspace file (or it is damaged).").format(
                path=path
            )
        ) from exc
    if manifest.get("format") != FORMAT:
        raise WorkspaceFileError(
            translate("services.workspace_file", "{path} is not a MicroComm workspace file.").format(path=path)
        )
    if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
        raise WorkspaceFileError(
            translate(
                "services.workspace_file", "{path} was written by a newer MicroComm; update the app to import it."
            ).format(path=path)
        )
    unknown = set(manifest.get("schema", [])) - _known_revisions()
    if unknown:
        raise WorkspaceFileError(
            translate(
                "services.workspace_file",
                "{path} was written by a newer MicroComm (schema {schema}); update the app to import it.",
            ).format(path=path, schema=", ".join(sorted(unknown)))
        )
    return manifest


def _known_revisions() -> set[str]:
    from microcomm_desktop.store.migrate import known_revisions

    return known_revisions()


def import_workspace(engine: Engine, data_dir: Path, source: Path, new_name: str | None = None) -> FileSummary:
    """Add the file's workspace to this database as a new workspace (named ``new_name`` when given).

    Refuses when a workspace of that name exists (never merges silently). Checksums are verified before any
    row is written; counts are re-read inside the transaction before it commits.
    """
    manifest = read_manifest(source)
    name = (new_name or manifest["workspace"] or "").strip()
    if not name:
        raise WorkspaceFileError(
            translate("services.workspace_file", "The workspace needs a name; give one with --name.")
        )
    with zipfile.ZipFile(source) as zf:
        blobs = {n: zf.read(n) for n in zf.namelist() if n != "manifest.json"}
    for tname, info in manifest["tables"].items():
        data = blobs.get(f"tables/{tname}.jsonl")
        if data is None or _sha(data) != info["sha256"]:
            raise WorkspaceFileError(
                translate(
                    "services.workspace_file",
                    "{path} is damaged (table {table} fails its checksum); nothing was imported.",
                ).format(path=source, table=tname)
            )
    for entry, digest in manifest.get("attachments", {}).items():
        if entry not in blobs or _sha(blobs[entry]) != digest:
            raise WorkspaceFileError(
                translate(
                    "services.workspace_file", "{path} is damaged ({entry} fails its checksum); nothing was imported."
                ).format(path=source, entry=entry)
            )
    known = {t.name: t for t in workspace_tables()}
    extra = set(manifest["tables"]) - set(known)
    if extra:
        raise WorkspaceFileError(
            translate("services.workspace_file", "{path} holds tables this version does not know ({tables}).").format(
                path=source, tables=", ".join(sorted(extra))
            )
        )
    summary = FileSummary(source, name)
    with session_scope(engine, write=True) as s:
        conn = s.connection()
        ws = _table("workspace")
        if conn.execute(select(ws.c.id).where(func.lower(ws.c.name) == name.lower())).first():
            raise WorkspaceFileError(
                translate(
                    "services.workspace_file",
                    "A workspace named '{name}' already exists here; nothing was imported. Import under another name "
                    "(--name NEW) — workspaces are never merged.",
                ).format(name=name)
            )
        offsets: dict[str, int] = {}
        for table in known.values():
            idc = _id_column(table)
            if idc is not None:
                offsets[table.name] = int(conn.execute(select(func.coalesce(func.max(idc), 0))).scalar_one())
        new_ws = offsets.get("workspace", 0) + 1
        for tname, table in known.items():
            rows = list(_rows(blobs.get(f"tables/{tname}.jsonl", b"")))
            inserted = _insert_rows(conn, table, rows, offsets, new_ws, name, summary)
            summary.rows[tname] = inserted
        conn.execute(insert(_table("rollupdirty")).values(workspace_id=new_ws, interaction_id=0))
        for tname, info in manifest["tables"].items():
            table = known[tname]
            got = _count(conn, table, new_ws, known)
            if got != int(info["rows"]):
                raise WorkspaceFileError(
                    translate(
                        "services.workspace_file",
                        "Import check failed: {table} has {got} rows, the file says {expected}; nothing was imported.",
                    ).format(table=tname, got=got, expected=info["rows"])
                )
        written = _write_attachments(data_dir, new_ws, blobs, manifest.get("attachments", {}))
        summary.attachments = written
        summary.workspace_id = new_ws
    return summary


def _rows(data: bytes) -> Iterator[dict[str, Any]]:
    for line in data.decode("utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def _insert_rows(
    conn: Connection,
    table: Table,
    rows: list[dict[str, Any]],
    offsets: dict[str, int],
    new_ws: int,
    name: str,
    summary: FileSummary,
) -> int:
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    later: list[dict[str, Any]] = []
    out: list[dict[str, Any]] = []
    for raw in rows:
        row: dict[str, Any] = {}
        for col in table.c:
            if col.name not in raw:
                continue
            value = raw[col.name]
            if col is _id_column(table) and value is not None:
                value = int(value) + offsets[table.name]
            elif value is not None:
                for fk in col.foreign_keys:
                    ref = fk.column.table.name
                    if ref in offsets:
                        value = int(value) + offsets[ref]
            if isinstance(value, str) and value.startswith(_ATTACH_TOKEN):
                value = f"attachments/{new_ws}/" + value[len(_ATTACH_TOKEN) :]
            row[col.name] = _decode(col, value)
        if table.name == "workspace":
            row["name"] = name
        if self_refs and any(row.get(c) is not None for c in self_refs):
            # The link is written as the row was: its version and member stay as in the file (no onupdate).
            kept: dict[str, Any] = {
                c: row.get(c) for c in ("version", "updated_by", "updated_at") if c in table.c and c in row
            }
            later.append({"id": row["id"], **{c: row[c] for c in self_refs}, **kept})
            for c in self_refs:
                row[c] = None
        out.append(row)
    for i in range(0, len(out), 2000):
        conn.execute(insert(table), out[i : i + 2000])
    for link in later:  # self-references (replies, carried-over tasks) once every row exists
        conn.execute(
            update(table).where(table.c.id == link["id"]).values(**{k: v for k, v in link.items() if k != "id"})
        )
    return len(out)


def _count(conn: Connection, table: Table, ws_id: int, known: dict[str, Table]) -> int:
    filters: dict[str, ColumnElement[bool]] = {}
    for t in known.values():
        filters[t.name] = _row_filter(t, ws_id, filters)
        if t is table:
            break
    return int(conn.execute(select(func.count()).select_from(table).where(filters[table.name])).scalar_one())


def _write_attachments(data_dir: Path, ws_id: int, blobs: dict[str, bytes], entries: dict[str, str]) -> int:
    root = (data_dir / "attachments" / str(ws_id)).resolve()
    n = 0
    for entry in entries:
        rel = entry[len("attachments/") :]
        dest = (root / rel).resolve()
        if not dest.is_relative_to(root):  # a crafted file must not write outside the workspace's folder
            raise WorkspaceFileError(
                translate(
                    "services.workspace_file",
                    "The file names an attachment outside its folder ({entry}); nothing imported.",
                ).format(entry=entry)
            )
        dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        dest.write_bytes(blobs[entry])
        dest.chmod(0o600)
        n += 1
    return n


def describe(summary: FileSummary) -> str:
    """One line for the CLI and the GUI."""
    tables = sum(1 for v in summary.rows.values() if v)
    if active_language() == "en":  # the English code path of before, byte for byte
        return (
            f"{summary.workspace}: {summary.total_rows:,} rows in {tables} tables, "
            f"{summary.attachments} attachment(s) — {summary.path}"
        )
    rows, attachments = summary.total_rows, summary.attachments
    return translate("services.workspace_file", "{workspace}: {rows} in {tables}, {attachments} — {path}").format(
        workspace=summary.workspace,
        rows=translate("services.workspace_file", "%n row(s)", None, rows),
        tables=translate("services.workspace_file", "%n table(s)", None, tables),
        attachments=translate("services.workspace_file", "%n attachment(s)", None, attachments),
        path=summary.path,
    )
