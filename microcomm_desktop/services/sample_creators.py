"""Sample-community rows for the creators area (called by services.sample inside its transaction).

The core sample creates Lena Trails and Coach Marco with three question-proof entries each but no images.
Here they get small generated "screenshots" (drawn as raw pixels and encoded as PNG with zlib — services do
not use Qt), a live-attendance entry and linked deals (unless the deals sample already linked some). Marco is
left one screenshot short so the roster shows both a pass and an incomplete verdict.
"""

from __future__ import annotations

import random
import struct
import zlib
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlmodel import Session, select

from microcomm_desktop.services.images import ImageRejected, store_image_bytes
from microcomm_desktop.store.models import Creator, CreatorEvidence, Deal, Workspace

Colour = tuple[int, int, int]


def _png(width: int, height: int, rects: list[tuple[int, int, int, int, Colour]], bg: Colour) -> bytes:
    """Encode an RGB image made of filled rectangles as a PNG (filter 0 per row)."""
    rows = []
    for y in range(height):
        row = bytearray(bg * width)
        for x0, y0, x1, y1, col in rects:
            if y0 <= y < y1:
                row[x0 * 3 : x1 * 3] = bytes(col) * (x1 - x0)
        rows.append(b"\x00" + bytes(row))
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def fake_screenshot(seed: int, accent: Colour, replies: int = 5) -> bytes:
    """A phone-like comment thread: a post header, a question bubble, then reply bubbles of varied length."""
    rng = random.Random(seed)
    w, h = 240, 420
    rects: list[tuple[int, int, int, int, Colour]] = [
        (0, 0, w, 36, accent),
        (10, 48, 46, 84, (210, 210, 215)),  # avatar
        (56, 54, 200, 64, (60, 60, 70)),  # creator name
        (56, 70, 150, 78, (150, 150, 160)),
        (10, 96, w - 10, 150, (235, 238, 245)),  # the question
        (20, 108, w - 40, 116, (40, 40, 50)),
        (20, 124, w - 80, 132, (40, 40, 50)),
    ]
    y = 164
    for _ in range(replies):
        lines = rng.randint(1, 3)
        bh = 14 + 12 * lines
        rects.append((40, y, 64, y + 24, (200, 205, 210)))
        rects.append((72, y, w - 12, y + bh, (245, 245, 248)))
        for k in range(lines):
            ln = rng.randint(60, w - 100)
            rects.append((80, y + 8 + 12 * k, 80 + ln, y + 14 + 12 * k, (90, 90, 100)))
        y += bh + 10
        if y > h - 40:
            break
    return _png(w, h, rects, (255, 255, 255))


def _data_dir(session: Session) -> Path | None:
    """The data directory is where the database file lives; an in-memory database, or a team server (whose
    name is no folder), gets no images."""
    bind = session.get_bind()
    url = getattr(bind, "url", None)
    database = getattr(url, "database", None)
    if not database or database == ":memory:" or url is None or url.get_backend_name() != "sqlite":
        return None
    return Path(database).resolve().parent


def extend_sample(session: Session, ws: Workspace, today: date, rng: random.Random) -> None:
    """Screenshots for the core evidence, one more entry each, and deals linked to the creators."""
    wid = ws.id or 0
    data_dir = _data_dir(session)
    accents: dict[str, Colour] = {"Lena Trails": (46, 125, 90), "Coach Marco": (52, 92, 170)}
    creators = list(session.exec(select(Creator).where(Creator.workspace_id == wid)))
    for c in creators:
        if c.name not in accents:
            continue
        cid = c.id or 0
        entries = list(
            session.exec(
                select(CreatorEvidence).where(CreatorEvidence.creator_id == cid).order_by(CreatorEvidence.id)  # type: ignore[arg-type]
            )
        )
        with_images = entries if c.name == "Lena Trails" else entries[:2]  # Marco: one screenshot short
        for k, ev in enumerate(with_images):
            if data_dir is None:
                break
            png = fake_screenshot(cid * 10 + k, accents[c.name], replies=4 + k)
            try:
                stored = store_image_bytes(data_dir, wid, png, f"{c.name.split()[0].lower()}-thread-{k + 1}.png")
            except ImageRejected:  # pragma: no cover - disk full while making a sample: keep the text entries
                break
            ev.image_file = stored.rel_path
            ev.image_name = stored.name
            session.add(ev)
        if c.name == "Lena Trails":
            c.contact = "lena@trailsmail.example"
            c.notes = "Runs a Thursday hill-repeat live; members post splits in the comments."
            c.status = "active"
            session.add(
                CreatorEvidence(
                    creator_id=cid,
                    kind="live_attendance",
                    evidence_date=today - timedelta(days=5),
                    link="https://www.instagram.com/lenatrails/live/",
                    note="Thursday hill-repeat live: 64 attendees, 38 stayed to the Q and A.",
                )
            )
            deals = [
                ("TrailFlex Socks", "Trail socks launch", "done", 60, "1200", "1800", 110_000, 61_000, 85, "5100"),
                ("PeakFuel Gels", "Race-day fuelling series", "live", 14, "1500", "0", 42_000, 20_500, None, None),
            ]
        else:
            c.contact = "marco@coachmarco.example"
            c.notes = "Big audience, replies mostly from the same few people — ask for more threads."
            c.status = "contacted"
            c.struggle_date = today - timedelta(days=12)
            c.struggle_answer = "His runners struggle with the taper: they feel slow in the last two weeks."
            c.returning_share_pct = None
            deals = [
                ("StrideLab Insoles", "Marathon build-up video", "done", 45, "2500", "1000", 96_000, 40_000, 40, "2200")
            ]
        session.add(c)
        already = session.exec(select(Deal.id).where(Deal.creator_id == cid)).first()
        if already is not None:
            continue  # the deals sample already linked deals to this creator; do not double them
        for brand, title, status, ago, fee, media, imps, views, conv, rev in deals:
            session.add(
                Deal(
                    workspace_id=wid,
                    creator_id=cid,
                    brand=brand,
                    creator_name=c.name,
                    title=title,
                    status=status,
                    start_date=today - timedelta(days=ago),
                    end_date=today - timedelta(days=ago - 28),
                    creator_fee=Decimal(fee),
                    media_spend=Decimal(media),
                    actual_impressions=imps,
                    actual_views=views,
                    actual_conversions=conv,
                    actual_revenue=None if rev is None else Decimal(rev),
                    disclosure_line=f"#ad Paid partnership with {brand}",
                )
            )
