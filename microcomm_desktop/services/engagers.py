"""People tools: merge two handles that are the same person (undoable), and forget a person.

Forgetting exists because a creator importing group chats holds other people's data: one action erases the
person, every interaction they wrote (and what hangs off them: reactions, aliases, merge records) from the
workspace, overwrites the freed bytes (``secure_delete``) and rewrites the file (``VACUUM`` + WAL truncate) so
later backups cannot hold them. Backups made before cannot be changed by the app, so it opens each one
read-only and names those that still hold the person.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Engine
from sqlmodel import Session

from microcomm_desktop.i18n import translate
from microcomm_desktop.services.chat_import import forget_digest
from microcomm_desktop.services.rollups import apply_engager_day_changes
from microcomm_desktop.services.workspaces import normalize_handle
from microcomm_desktop.store.backup import list_backups
from microcomm_desktop.store.db import readonly_uri, session_scope
from microcomm_desktop.store.models import Engager, Interaction
from microcomm_desktop.store.models.base import table_of
from microcomm_desktop.store.models.chat import EngagerAlias, EngagerMerge, ForgottenPerson

__all__ = [
    "EngagerError",
    "ForgetResult",
    "MergeResult",
    "find_engager",
    "forget_engager",
    "list_merges",
    "merge_engagers",
    "undo_merge",
]


class EngagerError(ValueError):
    """A sentence for the user (unknown or ambiguous handle, merging a person into themself...)."""


@dataclass(frozen=True)
class EngagerRef:
    id: int
    platform: str
    handle: str

    def label(self) -> str:
        return f"@{self.handle} ({self.platform})"


def find_engager(engine: Engine, workspace_id: int, handle: str, platform: str | None = None) -> EngagerRef:
    """The one person a typed handle means ("@ana", "ana", "discord:ana"); a sentence when none or several."""
    raw = handle.strip()
    if platform is None and ":" in raw and not raw.startswith("@"):
        platform, raw = (x.strip() for x in raw.split(":", 1))
    want = normalize_handle(raw)
    if not want:
        raise EngagerError(translate("services.engagers", "Type the person's handle, e.g. @ana or discord:ana."))
    eng = table_of(Engager)
    q = select(eng.c.id, eng.c.platform, eng.c.handle).where(eng.c.workspace_id == workspace_id)
    if platform:
        q = q.where(eng.c.platform == platform.lower())
    with engine.connect() as conn:
        rows = [r for r in conn.execute(q) if normalize_handle(str(r[2])) == want]
    if not rows:
        if platform:
            raise EngagerError(
                translate("services.engagers", "No person @{handle} on {platform} in this workspace.").format(
                    handle=want, platform=platform
                )
            )
        raise EngagerError(translate("services.engagers", "No person @{handle} in this workspace.").format(handle=want))
    if len(rows) > 1:
        options = ", ".join(f"{r[1]}:{r[2]}" for r in rows)
        raise EngagerError(
            translate(
                "services.engagers", "@{handle} is on several platforms ({options}); name one, e.g. {example}."
            ).format(handle=want, options=options, example=f"{rows[0][1]}:{rows[0][2]}")
        )
    r = rows[0]
    return EngagerRef(int(r[0]), str(r[1]), str(r[2]))


# ---------------------------------------------------------------- merge


@dataclass
class MergeResult:
    merge_id: int
    kept: EngagerRef
    removed: EngagerRef
    moved: int

    def sentence(self) -> str:
        n = self.moved
        text = translate("services.engagers", "Merged {removed} into {kept}: %Ln interaction(s) moved (undo: {command}).", None, n)  # noqa: E501  # fmt: skip
        command = f"microcomm engager unmerge {self.merge_id}"
        return text.format(removed=self.removed.label(), kept=self.kept.label(), command=command)


def merge_engagers(engine: Engine, workspace_id: int, keep: EngagerRef, remove: EngagerRef) -> MergeResult:
    """Move every interaction and alias of ``remove`` onto ``keep`` and delete ``remove``; one transaction.

    The removed handle becomes a name alias of the kept person, so the next chat import of that name lands on
    them. What changed is stored (``EngagerMerge``) so ``undo_merge`` puts it back exactly.
    """
    if keep.id == remove.id:
        raise EngagerError(translate("services.engagers", "Pick two different people to merge."))
    eng = table_of(Engager)
    it = table_of(Interaction)
    ali = table_of(EngagerAlias)
    with session_scope(engine) as s:
        rows = {
            int(r["id"]): dict(r)
            for r in s.execute(
                select(eng).where(eng.c.id.in_((keep.id, remove.id)), eng.c.workspace_id == workspace_id)
            ).mappings()
        }
        if len(rows) != 2:
            raise EngagerError(
                translate("services.engagers", "One of these people no longer exists in this workspace.")
            )
        removed_row = rows[remove.id]
        kept_row = rows[keep.id]
        moved = [
            (int(i), str(d)) for i, d in s.execute(select(it.c.id, it.c.local_date).where(it.c.engager_id == remove.id))
        ]
        aliases = [int(a) for (a,) in s.execute(select(ali.c.id).where(ali.c.engager_id == remove.id))]
        s.execute(update(it).where(it.c.engager_id == remove.id).values(engager_id=keep.id))
        s.execute(update(ali).where(ali.c.engager_id == remove.id).values(engager_id=keep.id))
        added_alias = None
        name_value = str(removed_row["handle"])[:120]
        exists = s.execute(
            select(ali.c.id).where(
                ali.c.workspace_id == workspace_id,
                ali.c.platform == removed_row["platform"],
                ali.c.kind == "name",
                ali.c.value == name_value,
            )
        ).first()
        if exists is None:
            res = s.execute(
                insert(ali).values(
                    workspace_id=workspace_id,
                    engager_id=keep.id,
                    platform=removed_row["platform"],
                    kind="name",
                    value=name_value,
                )
            )
            pk = res.inserted_primary_key  # type: ignore[attr-defined]
            added_alias = int(pk[0]) if pk else None
        _move_days(s, workspace_id, moved, remove.id, keep.id)
        s.execute(
            update(eng)
            .where(eng.c.id == keep.id)
            .values(power_member=bool(kept_row["power_member"]) or bool(removed_row["power_member"]))
        )
        s.execute(delete(eng).where(eng.c.id == remove.id))
        payload = {
            "removed": {k: _plain(v) for k, v in removed_row.items()},
            "kept_power_member": bool(kept_row["power_member"]),
            "interactions": [i for i, _d in moved],
            "aliases": aliases,
            "added_alias": added_alias,
        }
        res = s.execute(
            insert(table_of(EngagerMerge)).values(
                workspace_id=workspace_id, kept_id=keep.id, removed_id=remove.id, payload=json.dumps(payload)
            )
        )
        pk = res.inserted_primary_key  # type: ignore[attr-defined]
        assert pk is not None
        return MergeResult(int(pk[0]), keep, remove, len(moved))


def _plain(v: Any) -> Any:
    return v.isoformat() if hasattr(v, "isoformat") else v


def _move_days(s: Session, workspace_id: int, moved: list[tuple[int, str]], src: int, dst: int) -> None:
    per_day = Counter(d for _i, d in moved)
    changes = [(src, d, -n) for d, n in per_day.items()] + [(dst, d, n) for d, n in per_day.items()]
    apply_engager_day_changes(s, workspace_id, changes)


def list_merges(engine: Engine, workspace_id: int) -> list[tuple[int, str, str]]:
    """(merge id, kept handle, removed handle), newest first: what ``undo_merge`` can take back."""
    m = table_of(EngagerMerge)
    eng = table_of(Engager)
    with engine.connect() as conn:
        rows = conn.execute(
            select(m.c.id, eng.c.handle, m.c.payload)
            .join(eng, eng.c.id == m.c.kept_id)
            .where(m.c.workspace_id == workspace_id)
            .order_by(m.c.id.desc())
        ).all()
    return [(int(i), str(h), str(json.loads(p)["removed"]["handle"])) for i, h, p in rows]


def undo_merge(engine: Engine, workspace_id: int, merge_id: int) -> EngagerRef:
    """Recreate the removed person and give back their interactions and aliases (those that still exist)."""
    m = table_of(EngagerMerge)
    eng = table_of(Engager)
    it = table_of(Interaction)
    ali = table_of(EngagerAlias)
    with session_scope(engine) as s:
        row = s.execute(
            select(m.c.kept_id, m.c.payload).where(m.c.id == merge_id, m.c.workspace_id == workspace_id)
        ).first()
        if row is None:
            raise EngagerError(
                translate("services.engagers", "No merge {id} to undo in this workspace (see: {command}).").format(
                    id=merge_id, command="microcomm engager merges"
                )
            )
        kept_id = int(row[0])
        payload = json.loads(row[1])
        removed = dict(payload["removed"])
        clash = s.execute(
            select(eng.c.id).where(
                eng.c.workspace_id == workspace_id,
                eng.c.platform == removed["platform"],
                eng.c.handle == removed["handle"],
            )
        ).first()
        if clash is not None:
            raise EngagerError(
                translate(
                    "services.engagers", "@{handle} exists again (a later import); merge or forget that one first."
                ).format(handle=removed["handle"])
            )
        taken = s.execute(select(eng.c.id).where(eng.c.id == removed["id"])).first() is not None
        values = {k: v for k, v in removed.items() if k in eng.c and not (k == "id" and taken)}
        for k in ("first_seen", "last_seen"):
            values[k] = None
        res = s.execute(insert(eng).values(**values))
        pk = res.inserted_primary_key  # type: ignore[attr-defined]
        assert pk is not None
        new_id = int(pk[0])
        ids = [int(i) for i in payload["interactions"]]
        moved: list[tuple[int, str]] = []
        for c in range(0, len(ids), 500):
            chunk = ids[c : c + 500]
            moved += [
                (int(i), str(d))
                for i, d in s.execute(
                    select(it.c.id, it.c.local_date).where(it.c.id.in_(chunk), it.c.engager_id == kept_id)
                )
            ]
            s.execute(update(it).where(it.c.id.in_(chunk), it.c.engager_id == kept_id).values(engager_id=new_id))
        if payload.get("aliases"):
            s.execute(
                update(ali)
                .where(ali.c.id.in_(payload["aliases"]), ali.c.engager_id == kept_id)
                .values(engager_id=new_id)
            )
        if payload.get("added_alias"):
            s.execute(delete(ali).where(ali.c.id == payload["added_alias"]))
        _move_days(s, workspace_id, moved, kept_id, new_id)
        s.execute(update(eng).where(eng.c.id == kept_id).values(power_member=bool(payload["kept_power_member"])))
        s.execute(delete(m).where(m.c.id == merge_id))
        return EngagerRef(new_id, str(removed["platform"]), str(removed["handle"]))


# ---------------------------------------------------------------- forget


@dataclass
class ForgetResult:
    person: EngagerRef
    interactions: int
    vacuumed: bool
    backups_holding: list[Path] = field(default_factory=list)
    backups_unreadable: list[tuple[Path, str]] = field(default_factory=list)
    backups_checked: int = 0
    note: str = ""

    def lines(self) -> list[str]:
        n = self.interactions
        erased = translate("services.engagers", "Forgot {person}: the person and %Ln interaction(s) were erased from this workspace.", None, n)  # noqa: E501  # fmt: skip
        out = [erased.format(person=self.person.label())]
        if self.vacuumed:
            out.append(
                translate("services.engagers", "The database file was rewritten, so future backups do not hold them.")
            )
        elif self.note:
            out.append(self.note)
        checked = self.backups_checked
        if self.backups_holding:
            holding = translate("services.engagers", "{holding} of %n existing backup(s) still hold them (delete these files to erase them everywhere):", None, checked)  # noqa: E501  # fmt: skip
            out.append(holding.format(holding=len(self.backups_holding)))
            out += [f"  {p}" for p in self.backups_holding]
        elif checked:
            out.append(translate("services.engagers", "None of the %n existing backup(s) holds them.", None, checked))
        else:
            out.append(translate("services.engagers", "There are no backups."))
        out += [
            translate("services.engagers", "Could not check {file}: {reason}").format(file=p.name, reason=why)
            for p, why in self.backups_unreadable
        ]
        return out


def forget_engager(engine: Engine, workspace_id: int, person: EngagerRef, backup_dir: Path | None) -> ForgetResult:
    """Erase ``person`` and everything they wrote from the workspace (see the module doc)."""
    eng = table_of(Engager)
    it = table_of(Interaction)
    ali = table_of(EngagerAlias)
    mg = table_of(EngagerMerge)
    on_sqlite = engine.dialect.name == "sqlite"
    with session_scope(engine) as s:
        if on_sqlite:
            s.connection().exec_driver_sql("PRAGMA secure_delete=ON")
        row = s.execute(
            select(eng.c.platform, eng.c.handle).where(eng.c.id == person.id, eng.c.workspace_id == workspace_id)
        ).first()
        if row is None:
            raise EngagerError(
                translate("services.engagers", "{person} no longer exists in this workspace.").format(
                    person=person.label()
                )
            )
        ids = [
            (str(k), str(v), str(p))
            for k, v, p in s.execute(
                select(ali.c.kind, ali.c.value, ali.c.platform).where(ali.c.engager_id == person.id)
            )
        ]
        ids.append(("name", str(row[1]), str(row[0])))
        digests = {forget_digest(workspace_id, p, k, v) for k, v, p in ids}
        known = {
            str(d)
            for (d,) in s.execute(
                select(table_of(ForgottenPerson).c.digest).where(
                    table_of(ForgottenPerson).c.workspace_id == workspace_id
                )
            )
        }
        new = sorted(digests - known)
        if new:
            s.execute(insert(table_of(ForgottenPerson)), [{"workspace_id": workspace_id, "digest": d} for d in new])
        days = Counter(str(d) for (d,) in s.execute(select(it.c.local_date).where(it.c.engager_id == person.id)))
        n = sum(days.values())
        apply_engager_day_changes(s, workspace_id, [(person.id, d, -k) for d, k in days.items()])
        s.execute(delete(it).where(it.c.engager_id == person.id))
        # Merges that folded this person into someone else name them in their payload: drop those records too.
        for mid, payload in s.execute(select(mg.c.id, mg.c.payload).where(mg.c.workspace_id == workspace_id)).all():
            if json.loads(payload).get("removed", {}).get("id") == person.id:
                s.execute(delete(mg).where(mg.c.id == mid))
        s.execute(delete(eng).where(eng.c.id == person.id))
        # Rollups of other people's threads the deletes touched are refreshed by the same drain.
        apply_engager_day_changes(s, workspace_id, [])
        if on_sqlite:
            s.connection().exec_driver_sql("PRAGMA secure_delete=OFF")
    result = ForgetResult(person, n, vacuumed=False)
    if not on_sqlite:
        result.note = translate(
            "services.engagers",
            "On a team server the rows are deleted from every table; the server's own VACUUM reclaims their "
            "space (ask its administrator to run VACUUM FULL to rewrite the files now).",
        )
    else:
        try:
            raw = engine.raw_connection()
            try:
                drv = raw.driver_connection
                assert drv is not None
                drv.execute("VACUUM")
                drv.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                result.vacuumed = True
            finally:
                raw.close()
        except sqlite3.Error as exc:
            result.note = translate(
                "services.engagers",
                "The deleted rows were overwritten in the file, but it could not be compacted now ({error}); older "
                "copies of its pages may stay in the write-ahead log until SQLite next checkpoints it (close other "
                "programs using this data to let it).",
            ).format(error=exc)
    if backup_dir is not None:
        _check_backups(result, backup_dir, workspace_id, ids)
    return result


def _check_backups(result: ForgetResult, backup_dir: Path, workspace_id: int, ids: list[tuple[str, str, str]]) -> None:
    names = {v.lower() for k, v, _p in ids if k == "name"}
    stable = {v for k, v, _p in ids if k == "id"}
    for path in list_backups(backup_dir):
        result.backups_checked += 1
        try:
            con = sqlite3.connect(readonly_uri(path), uri=True)
            try:
                held = con.execute(
                    "SELECT 1 FROM engager WHERE workspace_id = ? AND lower(handle) IN "
                    f"({','.join('?' * len(names))}) LIMIT 1",
                    (workspace_id, *sorted(names)),
                ).fetchone()
                if held is None and stable:
                    has_alias = con.execute(
                        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'engageralias'"
                    ).fetchone()
                    if has_alias:
                        held = con.execute(
                            f"SELECT 1 FROM engageralias WHERE workspace_id = ? AND kind = 'id' AND value IN "
                            f"({','.join('?' * len(stable))}) LIMIT 1",
                            (workspace_id, *sorted(stable)),
                        ).fetchone()
            finally:
                con.close()
        except sqlite3.Error as exc:
            result.backups_unreadable.append((path, str(exc)))
            continue
        if held is not None:
            result.backups_holding.append(path)
