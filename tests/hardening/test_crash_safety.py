"""Kill the process (SIGKILL, no clean-up) in the middle of a large write, repeatedly: the database always opens,
passes integrity_check and holds either the whole operation or none of it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from microcomm_desktop.services.context import open_context

WRITER = r"""
import sys
from datetime import date
from microcomm_desktop.services.context import open_context
from microcomm_desktop.services.sample import create_sample_workspace
ctx = open_context(sys.argv[1])
print("ready", flush=True)
i = 0
while True:
    i += 1
    create_sample_workspace(ctx.engine, date(2026, 11, 25), name=f"Sample {sys.argv[2]}-{i}")
"""


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_sigkill_during_large_writes_leaves_all_or_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ctx = open_context(data)
    ctx.dispose()
    for round_no, delay in enumerate((0.05, 0.15, 0.3, 0.45, 0.7, 1.1)):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data), str(round_no)], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        con = sqlite3.connect(data / "microcomm.sqlite3")
        try:
            assert con.execute("pragma integrity_check").fetchone() == ("ok",)
            sizes = con.execute(
                "select w.name, (select count(*) from post p where p.workspace_id = w.id), "
                "(select count(*) from interaction i where i.workspace_id = w.id) from workspace w"
            ).fetchall()
        finally:
            con.close()
        # Every sample that exists is complete: same deterministic sizes, never an empty or partial one.
        assert len({(posts, inter) for _name, posts, inter in sizes}) <= 1, sizes
        assert all(posts > 0 and inter > 0 for _n, posts, inter in sizes), sizes
    # And the app still opens the file normally afterwards.
    open_context(data).dispose()


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_sigkill_during_a_large_cli_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if k != "MICROCOMM_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "microcomm_desktop", *args, "--data-dir", str(data)],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )

    assert cli("workspace", "create", "Crash", "--timezone", "UTC").returncode == 0
    posts = tmp_path / "posts.csv"
    posts.write_text(
        "post id,date,platform,label,title,reach,impressions,likes,comments,shares,saves\n"
        "p1,2026-11-01 10:00,instagram,community,First,1000,1500,40,10,2,8\n",
        encoding="utf-8",
    )
    r = cli("import", "posts", str(posts), "--workspace", "Crash", "--preset", "generic")
    assert r.returncode == 0, r.stdout + r.stderr
    n = 60_000
    big = tmp_path / "interactions.csv"
    with big.open("w", encoding="utf-8") as fh:
        fh.write("handle,kind,timestamp,post\n")
        for i in range(n):
            fh.write(f"@p{i % 5000},comment,2026-11-{1 + i % 20:02d}T{10 + i % 12:02d}:{i % 60:02d}:00,p1\n")
    db = data / "microcomm.sqlite3"
    schema_sql = "select type, name, sql from sqlite_master where type in ('index', 'trigger') order by name"
    con = sqlite3.connect(db)
    schema = con.execute(schema_sql).fetchall()
    con.close()
    for delay in (0.8, 1.6, 2.4):
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "microcomm_desktop",
                "import",
                "interactions",
                str(big),
                "--workspace",
                "Crash",
                "--data-dir",
                str(data),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        con = sqlite3.connect(db)
        try:
            assert con.execute("pragma integrity_check").fetchone() == ("ok",)
            count = con.execute("select count(*) from interaction").fetchone()[0]
            days = con.execute("select coalesce(sum(count), 0) from engagerday").fetchone()[0]
            # A large load drops indexes and the insert trigger inside its transaction: a kill puts them back.
            assert con.execute(schema_sql).fetchall() == schema
        finally:
            con.close()
        assert count in (0, n), count  # one transaction: all of the import or none of it
        assert days == count  # the rollup always matches what is stored
        if count == n:
            break
