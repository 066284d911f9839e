"""What the bulk interaction import stores equals an oracle built row by row from the per-row converter and the
zone conversion (``convert_interaction_row`` + ``timezones.to_utc`` + ``local_parts``), on both engines (issue 20).

The importer takes shortcuts for speed (the column converter, times placed from their text with a per-hour offset,
columns zipped into the insert); this checks each stored value — time, local date, kind, post, person, parent,
text — against the plain path for a file that mixes the shortcut shapes with everything that must take the long
way: DST gaps and folds, offsets written in the cell, fractions, other date formats, parents before and after
their replies.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from microcomm_desktop.domain.imports import ConvertOptions
from microcomm_desktop.domain.imports.presets import PRESETS
from microcomm_desktop.domain.imports.rows import convert_interaction_row
from microcomm_desktop.services import importing
from microcomm_desktop.services.timezones import local_parts, to_utc
from microcomm_desktop.services.workspaces import create_workspace
from microcomm_desktop.store.models import Engager, Interaction
from microcomm_desktop.store.models.base import table_of

TODAY = date(2026, 11, 25)
TZ = "America/New_York"
WHEN_SHAPES = [
    "{d:%Y-%m-%dT%H:%M:%S}",
    "{d:%Y-%m-%d %H:%M:%S}",
    "{d:%Y-%m-%d %H:%M}",
    "{d:%Y-%m-%dT%H:%M:%S}.250",
    "{d:%Y-%m-%dT%H:%M:%S}Z",
    "{d:%Y-%m-%dT%H:%M:%S}+05:30",
    "{d:%d %b %Y %H:%M}",
]


def _files(tmp_path: Path, n: int) -> tuple[Path, Path]:
    posts = tmp_path / "posts.csv"
    posts.write_text(
        "post id,date,platform,label,title,reach,impressions,likes,comments,shares,saves\n"
        "p1,2026-01-01 10:00,instagram,community,First,1000,1500,40,10,2,8\n"
        "p2,2026-01-02 10:00,tiktok,reach,Second,1000,1500,40,10,2,8\n",
        encoding="utf-8",
    )
    rng = random.Random(20)
    starts = [datetime(2026, 3, 8, 0, 0), datetime(2026, 11, 1, 0, 0), datetime(2025, 6, 1, 12, 0)]  # DST changes
    inter = tmp_path / "interactions.csv"
    with inter.open("w", encoding="utf-8") as fh:
        fh.write("handle,kind,timestamp,post,id,parent,platform,text\n")
        for i in range(n):
            d = starts[i % 3].replace(hour=rng.randrange(24), minute=rng.randrange(60), second=rng.randrange(60))
            when = rng.choice(WHEN_SHAPES).format(d=d)
            parent = rng.choice(["", "", f"c{i - 1}", f"c{i + 2}", "nope"]) if i else ""
            platform = rng.choice(["", "", "IG", "tiktok"])
            text = rng.choice(["", "thanks!", "'=SUM(A1)", "  spaced  "])
            fh.write(f"@fan{rng.randrange(40)},{rng.choice(['comment', 'reply', 'like', 'DM'])},{when},")
            fh.write(f'{rng.choice(["p1", "p2"])},c{i},{parent},{platform},"{text}"\n')
    return posts, inter


def test_stored_values_equal_the_per_row_oracle(app_ctx, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(importing, "BULK_MIN_ROWS", 100)  # the drop-and-rebuild path too (SQLite)
    monkeypatch.setattr(importing, "CHUNK", 97)
    ws = create_workspace(app_ctx.engine, "Oracle", timezone=TZ)
    wid = ws.id or 0
    posts, inter = _files(tmp_path, 600)
    opts = ConvertOptions(today=TODAY)
    importing.import_posts(app_ctx.engine, wid, importing.make_plan(importing.load_table(posts), opts))
    plan = importing.make_plan(importing.load_table(inter), opts, kind="interactions")
    rep = importing.import_interactions(app_ctx.engine, wid, plan)
    assert rep.written and rep.inserted == 600 and not rep.rejected, rep.lines()

    post_platform = {"p1": "instagram", "p2": "tiktok"}
    want: dict[str, tuple[object, ...]] = {}
    for row, line in zip(plan.table.rows, plan.table.lines, strict=True):
        res = convert_interaction_row(row, line, plan.mapping, plan.preset or PRESETS["interactions"], opts)
        assert res.ok, res.reason()
        v = res.values
        instant = to_utc(v["timestamp"], TZ)  # type: ignore[arg-type]
        want[str(v["external_id"])] = (
            str(v["kind"]),
            instant,
            local_parts(instant, TZ)[0],
            str(v["post"]),
            str(v.get("platform") or post_platform[str(v["post"])]),
            str(v["handle"]),
            str(v.get("text") or ""),
        )
    it, eng = table_of(Interaction), table_of(Engager)
    p = table_of(importing.Post)
    with app_ctx.engine.connect() as c:
        got_rows = c.execute(
            select(
                it.c.external_id,
                it.c.kind,
                it.c.occurred_at,
                it.c.local_date,
                p.c.platform_post_id,
                eng.c.platform,
                eng.c.handle,
                it.c.text,
                it.c.parent_id,
                it.c.id,
            )
            .join(eng, eng.c.id == it.c.engager_id)
            .join(p, p.c.id == it.c.post_id)
            .where(it.c.workspace_id == wid)
        ).all()
    by_ext = {str(r[0]): r for r in got_rows}
    assert set(by_ext) == set(want)
    for ext, r in by_ext.items():
        occurred = r[2] if r[2].tzinfo is not None else r[2].replace(tzinfo=UTC)
        assert (r[1], occurred, r[3], r[4], r[5], r[6], r[7]) == want[ext], ext
    # Parents: the row's parent is the row with that id (before or after it in the file); unknown ids start a thread.
    id_of = {ext: r[9] for ext, r in by_ext.items()}
    for row in plan.table.rows:
        parent = row[5]
        assert by_ext[row[4]][8] == id_of.get(parent), row
    missing = sum(1 for row in plan.table.rows if row[5] and row[5] not in id_of)
    assert missing and len(rep.warnings) == missing
