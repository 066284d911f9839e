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
    ap.add_argument("--rounds", type=int, default=2, help="chat/CSV pairs, run ABBA so machine load drifts cancel")
    args = ap.parse_args(argv)

    from microcomm_desktop.domain.imports import ConvertOptions
    from microcomm_desktop.services import chat_import, importing
    from microcomm_desktop.services.context import open_context
    from microcomm_desktop.services.workspaces import create_workspace

    tmp = Path(tempfile.mkdtemp(prefix="microcomm-chat-bench-"))
    run_no = [0]

    def fresh(name: str):  # type: ignore[no-untyped-def]
        run_no[0] += 1
        ctx = open_context(tmp / f"{name}{run_no[0]}")
        ws = create_workspace(ctx.engine, "Bench", timezone="Europe/Berlin")
        assert ws.id is not None
        return ctx, ws.id

    try:
        dj = tmp / "general.json"
        t = time.perf_counter()
        write_discord(dj, args.messages, args.people)
        size = dj.stat().st_size / 1e6
        print(f"generated {args.messages:,}-message export ({size:.0f} MB) in {time.perf_counter() - t:.1f} s")
        pcsv, icsv = tmp / "posts.csv", tmp / "interactions.csv"
        write_posts_csv(pcsv, 1000)
        n_rows = 0  # interactions the chat import writes (messages less joins and bots): the CSV gets as many
        opts = ConvertOptions(today=date(2026, 11, 25))

        def run_chat() -> tuple[float, float, int]:
            ctx, wid = fresh("chat")
            before = rss_mb()
            t = time.perf_counter()
            parsed = chat_import.read_export(dj)
            t_parse = time.perf_counter() - t
            ticks: list[float] = []
            t = time.perf_counter()
            rep = chat_import.import_chat(
                ctx.engine, wid, parsed, progress=lambda a, b: ticks.append(time.perf_counter())
            )
            t_imp = time.perf_counter() - t
            assert rep.written, rep.lines()
            gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
            print(
                f"  chat: parse {t_parse:.2f} s (peak RSS {rss_mb():.0f} MB, was {before:.0f} MB) "
                f"+ import {t_imp:.2f} s "
                f"for {rep.new_messages:,} interactions = {(t_parse + t_imp) / rep.new_messages * 1e6:.1f} µs/row; "
                f"{len(ticks)} progress updates, longest gap {max(gaps or [0]):.2f} s"
            )
            ctx.dispose()
            return t_parse, t_imp, rep.new_messages

        def run_csv(n: int) -> tuple[float, float]:
            ctx, wid = fresh("csv")
            importing.import_posts(ctx.engine, wid, importing.make_plan(importing.load_table(pcsv), opts))
            t = time.perf_counter()
            plan = importing.make_plan(importing.load_table(icsv), opts, kind="interactions")
            t_read = time.perf_counter() - t
            t = time.perf_counter()
            rep = importing.import_interactions(ctx.engine, wid, plan)
            t_imp = time.perf_counter() - t
            assert rep.written and rep.inserted == n, rep.summary()
            print(
                f"  interactions CSV: read {t_read:.2f} s + import {t_imp:.2f} s = "
                f"{(t_read + t_imp) / n * 1e6:.1f} µs/row"
            )
            ctx.dispose()
            return t_read, t_imp

        chat_t: list[float] = []
        csv_t: list[float] = []
        for r in range(args.rounds):
            order = ("chat", "csv") if r % 2 == 0 else ("csv", "chat")
            for what in order:
                if what == "chat":
                    a, b, n = run_chat()
                    if not n_rows:
                        n_rows = n
                        write_interactions_csv(icsv, n_rows, args.people, 1000)
                    assert n == n_rows, (n, n_rows)
                    chat_t.append(a + b)
                else:
                    a, b = run_csv(n_rows)
                    csv_t.append(a + b)
        chat_us, csv_us = sum(chat_t) / len(chat_t) / n_rows * 1e6, sum(csv_t) / len(csv_t) / n_rows * 1e6
        print(
            f"per row, mean of {args.rounds} ABBA rounds: chat {chat_us:.1f} µs vs interactions CSV {csv_us:.1f} µs "
            f"-> chat import at {csv_us / chat_us * 100:.0f} % of the CSV import's speed"
        )

        # Re-import of the same file: nothing new, every key recognised; then a Cancel at half-way.
        ctx, wid = fresh("again")
        chat_import.import_chat(ctx.engine, wid, chat_import.read_export(dj))
        t = time.perf_counter()
        again = chat_import.import_chat(ctx.engine, wid, chat_import.read_export(dj))
        print(f"re-import of the same file: {again.new_messages} new in {time.perf_counter() - t:.2f} s")
        ctx.dispose()
        ctx, wid = fresh("cancel")
        parsed = chat_import.read_export(dj)
        state = {"half": 0.0}

        def progress(a: int, b: int) -> None:
            if a * 2 >= b and not state["half"]:
                state["half"] = time.perf_counter()

        rep2 = chat_import.import_chat(
            ctx.engine, wid, parsed, progress=progress, cancelled=lambda: bool(state["half"])
        )
        assert rep2.cancelled
        print(f"cancel at half-way: rolled back {time.perf_counter() - state['half']:.2f} s after the click")
        ctx.dispose()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
