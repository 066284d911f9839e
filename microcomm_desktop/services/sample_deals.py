"""Sample-community rows for the deals area (called by services.sample inside its transaction).

The core sample already has the live TrailFlex deal (the docs/domain.md example) and a rate card. This adds a
pipeline around it — a finished deal whose results come from linked posts, an offered quote priced from the
rate card, a signed deal and a lost one — so every status, the post links and the quote lines have data.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from sqlmodel import Session, col, select

from microcomm_desktop.store.models import Creator, Deal, DealLine, DealLinePost, DisclosureCheck, Post, Workspace


def extend_sample(session: Session, ws: Workspace, today: date, rng: random.Random) -> None:
    """Add four deals in other states; deterministic (no use of ``rng`` so other areas' draws are unchanged)."""
    wid = ws.id or 0
    creators = {c.name: c.id for c in session.exec(select(Creator).where(Creator.workspace_id == wid))}
    reach_posts = list(
        session.exec(
            select(Post)
            .where(Post.workspace_id == wid, Post.label == "reach", Post.local_date < today - timedelta(days=30))
            .order_by(col(Post.local_date))
        )
    )[:3]

    done = Deal(
        workspace_id=wid,
        brand="Stride Lab app",
        creator_id=creators.get("Lena Trails"),
        creator_name="Lena Trails",
        title="3 reach posts: cadence drills",
        status="done",
        start_date=today - timedelta(days=75),
        end_date=today - timedelta(days=40),
        creator_fee=Decimal("900"),
        media_spend=Decimal("250"),
        usage_channels="Instagram organic",
        usage_duration="30 days",
        usage_region="Worldwide",
        usage_edits_allowed="None",
        measurement_utms="utm_source=ig&utm_campaign=stridelab",
        measurement_codes="STRIDE10",
        measurement_cadence="End of campaign",
        disclosure_line="#ad Paid partnership with Stride Lab",
        actual_revenue=Decimal("1260"),
    )
    session.add(done)
    session.flush()
    line = DealLine(
        deal_id=done.id or 0,
        kind="deliverable",
        format="carousel",
        quantity=max(1, len(reach_posts)),
        timing="weekly, Thursdays",
        call_to_action="Download the app, code STRIDE10",
        unit_price=Decimal("300"),
        amount=Decimal("300") * max(1, len(reach_posts)),
    )
    session.add(line)
    session.flush()
    for post in reach_posts:
        session.add(DealLinePost(deal_line_id=line.id or 0, post_id=post.id or 0))
    # Disclosure spot-checks: two posts carried the line, the last was not checked yet.
    for post in reach_posts[:2]:
        session.add(
            DisclosureCheck(
                deal_id=done.id or 0, post_id=post.id or 0, present=True, checked_on=post.local_date + timedelta(days=1)
            )
        )

    offered = Deal(
        workspace_id=wid,
        brand="Peak Foam Rollers",
        creator_name="Mobility Run Club",
        title="Recovery series quote",
        status="offered",
        valid_until=today + timedelta(days=14),
        creator_fee=Decimal("2065.00"),
        usage_channels="Instagram, brand website",
        usage_duration="60 days paid usage",
        usage_region="EU",
        usage_edits_allowed="Cut-downs and captions",
        exclusivity_competitors="Foam roller and massage gun brands",
        exclusivity_timeframe="1 month",
        exclusivity_platforms="Instagram",
        disclosure_line="#ad Paid partnership with Peak",
    )
    session.add(offered)
    session.flush()
    for pos, (kind, fmt, desc, qty, unit, amount) in enumerate(
        [
            ("deliverable", "short video", "", 2, "500", "1000.00"),
            ("deliverable", "story set", "", 2, "200", "400.00"),
            ("addon", "", "Paid usage rights (20% × 2)", 1, "0", "560.00"),
            ("addon", "", "Exclusivity (1 × $250.00)", 1, "0", "250.00"),
            ("discount", "", "4-week series: bundle discount (10%)", 1, "0", "-140.00"),
        ]
    ):
        session.add(
            DealLine(
                deal_id=offered.id or 0,
                kind=kind,
                format=fmt,
                description=desc,
                quantity=qty,
                unit_price=Decimal(unit),
                amount=Decimal(amount),
                timing="two weeks apart" if kind == "deliverable" else "",
                call_to_action="Link in bio" if kind == "deliverable" else "",
                position=pos,
            )
        )

    signed = Deal(
        workspace_id=wid,
        brand="Hydra Electrolytes",
        creator_id=creators.get("Coach Marco"),
        creator_name="Coach Marco",
        title="Marathon taper month",
        status="signed",
        start_date=today + timedelta(days=10),
        end_date=today + timedelta(days=40),
        creator_fee=Decimal("3200"),
        media_spend=Decimal("1500"),
        whitelist_access="Partnership ads",
        whitelist_duration="21 days",
        whitelist_approvals="Creator approves each ad",
        whitelist_test_budget=Decimal("300"),
        measurement_codes="MARCO20",
        measurement_cadence="Weekly",
        disclosure_line="#ad Paid partnership with Hydra",
    )
    lost = Deal(
        workspace_id=wid,
        brand="GlidePace Shoes",
        creator_name="Mobility Run Club",
        title="Launch video",
        status="lost",
        creator_fee=Decimal("1200"),
        notes="Asked for 12 months of exclusivity across all platforms; declined.",
    )
    session.add_all([signed, lost])
    session.flush()
    session.add(
        DealLine(
            deal_id=signed.id or 0,
            kind="deliverable",
            format="short video",
            quantity=4,
            timing="one per week of the taper",
            call_to_action="Code MARCO20",
            unit_price=Decimal("800"),
            amount=Decimal("3200"),
        )
    )
