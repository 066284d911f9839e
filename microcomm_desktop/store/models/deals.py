"""Deals (a small CRM and the freelancer's quotes), their lines and the rate card."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import literal_column
from sqlmodel import Field, SQLModel

from microcomm_desktop.store.db_defaults import member_default
from microcomm_desktop.store.models.base import utcnow
from microcomm_desktop.store.types import DecimalText


class Deal(SQLModel, table=True):
    """A creator partnership; a quote is a deal in draft/offered state with its lines."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True, ondelete="CASCADE")
    creator_id: int | None = Field(default=None, foreign_key="creator.id", index=True, ondelete="SET NULL")
    brand: str = Field(default="")
    creator_name: str = Field(default="")
    title: str = Field(default="")
    status: str = Field(default="draft", max_length=16)  # draft offered signed live done lost
    start_date: date | None = None
    end_date: date | None = None
    valid_until: date | None = None
    creator_fee: Decimal = Field(default=Decimal("0"), sa_type=DecimalText)
    media_spend: Decimal = Field(default=Decimal("0"), sa_type=DecimalText)
    usage_channels: str = Field(default="")
    usage_duration: str = Field(default="")
    usage_region: str = Field(default="")
    usage_edits_allowed: str = Field(default="")
    whitelist_access: str = Field(default="")
    whitelist_duration: str = Field(default="")
    whitelist_approvals: str = Field(default="")
    whitelist_test_budget: Decimal | None = Field(default=None, sa_type=DecimalText)
    exclusivity_competitors: str = Field(default="")
    exclusivity_timeframe: str = Field(default="")
    exclusivity_platforms: str = Field(default="")
    measurement_utms: str = Field(default="")
    measurement_codes: str = Field(default="")
    measurement_cadence: str = Field(default="")
    disclosure_line: str = Field(default="")
    actual_impressions: int | None = None
    actual_views: int | None = None
    actual_conversions: int | None = None
    actual_revenue: Decimal | None = Field(default=None, sa_type=DecimalText)
    notes: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # Team editing (issue 21): every update bumps ``version`` (optimistic locking: an edit made from an older
    # version is refused and shown as a conflict) and records the member who made it.
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1", "onupdate": literal_column("version") + 1})
    created_by: str | None = Field(default=None, max_length=80, sa_column_kwargs={"default": member_default})
    updated_by: str | None = Field(
        default=None, max_length=80, sa_column_kwargs={"default": member_default, "onupdate": member_default}
    )


class DealLine(SQLModel, table=True):
    """A deliverable or a priced quote line (add-on, bundle discount)."""

    id: int | None = Field(default=None, primary_key=True)
    deal_id: int = Field(foreign_key="deal.id", index=True, ondelete="CASCADE")
    kind: str = Field(default="deliverable", max_length=16)  # deliverable | addon | discount
    format: str = Field(default="")
    description: str = Field(default="")
    quantity: int = Field(default=1)
    timing: str = Field(default="")
    call_to_action: str = Field(default="")
    unit_price: Decimal = Field(default=Decimal("0"), sa_type=DecimalText)
    amount: Decimal = Field(default=Decimal("0"), sa_type=DecimalText)
    position: int = Field(default=0)


class DealLinePost(SQLModel, table=True):
    """A deliverable carried by a logged post, so live results come from the post log."""

    deal_line_id: int = Field(foreign_key="dealline.id", primary_key=True, ondelete="CASCADE")
    post_id: int = Field(foreign_key="post.id", primary_key=True, index=True, ondelete="CASCADE")


class RateCardItem(SQLModel, table=True):
    """The freelancer's own rates: a base price per format, add-ons and the series bundle."""

    id: int | None = Field(default=None, primary_key=True)
    workspace_id: int = Field(foreign_key="workspace.id", index=True, ondelete="CASCADE")
    kind: str = Field(default="base", max_length=16)  # base | addon | bundle
    name: str = Field(max_length=120)
    pricing: str = Field(default="fixed", max_length=20)  # fixed | percent_of_fee | per_unit
    amount: Decimal = Field(default=Decimal("0"), sa_type=DecimalText)
    unit: str = Field(default="")
    position: int = Field(default=0)


class DisclosureCheck(SQLModel, table=True):
    """A spot-check of one post linked to a deal: was the disclosure line there (``present``), checked when.

    No row = not checked. Kept per deal and post because the line to look for is the deal's.
    """

    deal_id: int = Field(foreign_key="deal.id", primary_key=True, ondelete="CASCADE")
    post_id: int = Field(foreign_key="post.id", primary_key=True, index=True, ondelete="CASCADE")
    present: bool
    checked_on: date
