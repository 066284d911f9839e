"""Chat-export import throughput (issue 22): a 500,000-message DiscordChatExporter JSON through the real parser
and importer, against the interactions CSV import of the same number of rows (the per-row yardstick), plus
how long a Cancel at half-way takes to roll back.

Run: python benchmarks/bench_chat_import.py [--messages 500000] [--people 5000]
Not a test: timings depend on the machine; the figures go into the closing note.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import shutil
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path


def write_discord(path: Path, n: int, people: int) -> None:
    """A channel export in DiscordChatExporter's shape: 30 % replies, some reactions, joins and a bot."""
    rng = random.Random(7)
    start = datetime(2024, 1, 1, 8, 0, tzinfo=UTC)
    with path.open("w", encoding="utf-8") as fh:
        head = {
            "guild": {"id": "1000", "name": "Bench Guild", "iconUrl": ""},
            "channel": {
                "id": "2000",
                "type": "GuildTextChat",
                "categoryId": "3",
                "category": "Talk",
                "name": "general",
            },
            "dateRange": {"after": None, "before": None},
            "exportedAt": "2026-11-25T00:00:00+00:00",
        }
        fh.write(json.dumps(head, indent=2)[:-2] + ',\n  "messages": [\n')
        for i in range(n):
            uid = rng.randint(1, people)
            mid = 10_000_000 + i
            m = {
                "id": str(mid),
                "type": "Default",
                "timestamp": (start + timedelta(seconds=61 * i)).isoformat(timespec="milliseconds"),
                "timestampEdited": None,
                "callEndedTimestamp": None,
                "isPinned": False,
                "content": f"message {i} about mobility routines",
                "author": {
                    "id": str(900_000 + uid),
                    "name": f"member{uid}",
                    "discriminator": "0000",
                    "nickname": f"Member {uid}",
                    "color": None,
                    "isBot": uid == 1,
                    "roles": [],
                    "avatarUrl": "https://cdn.discordapp.com/embed/avatars/0.png",
                },
                "attachments": [],
                "embeds": [],
                "stickers": [],
                "reactions": [{"emoji": {"id": "", "name": "👍", "code": "thumbsup"}, "count": 2}]
                if i % 9 == 0
                else [],
                "mentions": [],
            }
            if i % 10 == 3 and i > 0:
                m["type"] = "Reply"
                m["reference"] = {"messageId": str(10_000_000 + rng.randrange(max(1, i - 500), i)), "channelId": "2000"}
            elif i % 97 == 0:
                m["type"] = "GuildMemberJoin"
            fh.write(("    " if i == 0 else ",\n    ") + json.dumps(m, ensure_ascii=False))
        fh.write(f'\n  ],\n  "messageCount": {n}\n}}\n')


def write_interactions_csv(path: Path, n: int, people: int, n_posts: int) -> None:
    rng = random.Random(2)
    start = datetime(2024, 1, 1, 9, 0)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["handle", "kind", "timestamp", "post", "id", "parent"])
        for i in range(n):
            w.writerow(
                [
                    f"@fan{rng.randint(1, people)}",
                    "reply" if i % 10 == 3 else "comment",
                    (start + timedelta(seconds=61 * i)).strftime("%Y-%m-%dT%H:%M:%S"),
                    f"p{rng.randrange(n_posts)}",
                    f"c{i}",
                    f"c{rng.randrange(max(1, i - 500), i)}" if i % 10 == 3 and i > 0 else "",
                ]
            )


def write_posts_csv(path: Path, n: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Date/time", "Platform", "Platform post id", "Label", "Reach"])
        for i in range(n):
            w.writerow(
                [
                    (datetime(2024, 1, 1) + timedelta(hours=7 * i)).strftime("%Y-%m-%d %H:%M"),
                    "discord",
                    f"p{i}",
                    "community",
                    500,
                ]
            )


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=500_000)
    ap.add_argument("--people", type=int, default=5000)
    args = ap.parse_args(argv)

    from microcomm_desktop.domain.imports import ConvertOptions
    from microcomm_desktop.services import chat_import, importing
    from microcomm_desktop.services.context import open_context
    from microcomm_desktop.services.workspaces import create_workspace

    tmp = Path(tempfile.mkdtemp(prefix="microcomm-chat-bench-"))
    try:
        dj = tmp / "general.json"
        t = time.perf_counter()
        write_discord(dj, args.messages, args.people)
        print(
            f"generated {args.messages:,}-message export ({dj.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t:.1f} s"
        )

        # ---- chat import
        ctx = open_context(tmp / "chat")
        ws = create_workspace(ctx.engine, "Bench", timezone="Europe/Berlin")
        assert ws.id is not None
        before = rss_mb()
        t = time.perf_counter()
        parsed = chat_import.read_export(dj)
        t_parse = time.perf_counter() - t
        ticks: list[float] = []
        t = time.perf_counter()
        rep = chat_import.import_chat(
            ctx.engine, ws.id, parsed, progress=lambda a, b: ticks.append(time.perf_counter())
        )
        t_chat = time.perf_counter() - t
        assert rep.written, rep.lines()
        gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
        n_rows = rep.new_messages
        print(
            f"chat: parse {t_parse:.2f} s (streamed JSON; peak RSS {rss_mb():.0f} MB, was {before:.0f} MB), import "
            f"{t_chat:.2f} s for {n_rows:,} interactions; total {(t_parse + t_chat):.2f} s = "
            f"{n_rows / (t_parse + t_chat):,.0f} rows/s; {len(ticks)} progress updates, longest gap {max(gaps or [0]):.2f} s"
        )
        print("  " + " | ".join(rep.lines()[:4]))
        # Re-import of the same file: nothing new, every key recognised.
        t = time.perf_counter()
        again = chat_import.import_chat(ctx.engine, ws.id, chat_import.read_export(dj))
        print(f"chat re-import of the same file: {again.new_messages} new in {time.perf_counter() - t:.2f} s")
        ctx.dispose()

        # ---- cancel at half-way
        ctx = open_context(tmp / "cancel")
        ws2 = create_workspace(ctx.engine, "Cancel", timezone="Europe/Berlin")
        assert ws2.id is not None
        state = {"half": 0.0, "done": 0.0}

        def progress(a: int, b: int) -> None:
            if a * 2 >= b and not state["half"]:
                state["half"] = time.perf_counter()

        t = time.perf_counter()
        rep2 = chat_import.import_chat(
            ctx.engine, ws2.id, parsed, progress=progress, cancelled=lambda: bool(state["half"])
        )
        end = time.perf_counter()
        assert rep2.cancelled
        print(f"cancel at half-way: rolled back {end - state['half']:.2f} s after the click (run {end - t:.2f} s)")
        ctx.dispose()
        del parsed

        # ---- interactions CSV import of the same number of rows (the yardstick)
        ctx = open_context(tmp / "csv")
        ws3 = create_workspace(ctx.engine, "Csv", timezone="Europe/Berlin")
        assert ws3.id is not None
        pcsv, icsv = tmp / "posts.csv", tmp / "interactions.csv"
        write_posts_csv(pcsv, 1000)
        write_interactions_csv(icsv, n_rows, args.people, 1000)
        opts = ConvertOptions(today=date(2026, 11, 25))
        importing.import_posts(ctx.engine, ws3.id, importing.make_plan(importing.load_table(pcsv), opts))
        t = time.perf_counter()
        table = importing.load_table(icsv)
        plan = importing.make_plan(table, opts, kind="interactions")
        t_read = time.perf_counter() - t
        t = time.perf_counter()
        rep3 = importing.import_interactions(ctx.engine, ws3.id, plan)
        t_csv = time.perf_counter() - t
        assert rep3.written and rep3.inserted == n_rows, rep3.summary()
        print(
            f"interactions CSV: read {t_read:.2f} s, import {t_csv:.2f} s; total {t_read + t_csv:.2f} s = "
            f"{n_rows / (t_read + t_csv):,.0f} rows/s"
        )
        print(
            f"per row: chat {(t_parse + t_chat) / n_rows * 1e6:.1f} µs vs CSV {(t_read + t_csv) / n_rows * 1e6:.1f} µs "
            f"-> chat import at {(t_read + t_csv) / (t_parse + t_chat) * 100:.0f} % of the CSV import's speed"
        )
        ctx.dispose()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
