"""Presets: which CSV column feeds which app field, per platform export.

A preset lists aliases per field (matched case-insensitively, ignoring spacing and punctuation), the headers
that identify the export (its signature), the platform it comes from and how to treat its quirks (a "Total"
row, month/day order, a link built from a video id). Users can save their own mappings as presets; those are
plain dicts (JSON) so they round-trip through the settings store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from microcomm_desktop.domain.imports.parsing import DateOrder

__all__ = [
    "INTERACTION_FIELDS",
    "POST_FIELDS",
    "PRESETS",
    "FieldSpec",
    "Preset",
    "detect_preset",
    "mapping_for",
    "normalise_header",
]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """An app field a CSV column can feed; ``kind`` picks the parser."""

    key: str
    label: str
    kind: str  # when | count | id | text | label | platform | themes
    required: bool = False


POST_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("published_at", "Date/time", "when", required=True),
    FieldSpec("platform_post_id", "Platform post id", "id"),
    FieldSpec("link", "Link", "text"),
    FieldSpec("platform", "Platform", "platform"),
    FieldSpec("format", "Format", "text"),
    FieldSpec("themes", "Themes (comma-separated)", "themes"),
    FieldSpec("label", "Label (community/reach)", "label"),
    FieldSpec("title", "Title or caption", "text"),
    FieldSpec("reach", "Reach", "count"),
    FieldSpec("impressions", "Impressions", "count"),
    FieldSpec("views", "Views", "count"),
    FieldSpec("likes", "Likes", "count"),
    FieldSpec("comments", "Comments/replies", "count"),
    FieldSpec("shares", "Shares", "count"),
    FieldSpec("saves", "Saves", "count"),
    FieldSpec("dm_replies", "DM replies", "count"),
    FieldSpec("engagements", "Engagements (platform total)", "count"),
    FieldSpec("conversions", "Conversions", "count"),
    FieldSpec("notes", "Notes", "text"),
)

INTERACTION_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("handle", "Handle", "text", required=True),
    FieldSpec("kind", "Kind", "text", required=True),
    FieldSpec("timestamp", "Timestamp", "when", required=True),
    FieldSpec("post", "Post (id or link)", "text", required=True),
    FieldSpec("external_id", "Interaction id", "id"),
    FieldSpec("parent", "Parent/thread id", "id"),
    FieldSpec("platform", "Platform", "platform"),
    FieldSpec("text", "Text", "text"),
)

_GENERIC_POST_ALIASES: dict[str, tuple[str, ...]] = {
    "published_at": ("date/time", "date", "published", "published at", "publish time", "time", "posted", "datetime"),
    "platform_post_id": ("platform post id", "post id", "id", "platform id"),
    "link": ("link", "url", "permalink", "post link"),
    "platform": ("platform", "network", "channel"),
    "format": ("format", "post type", "type", "content type"),
    "themes": ("themes", "theme", "tags", "topics", "content themes"),
    "label": ("label", "job", "post label"),
    "title": ("title", "caption", "title or caption", "text", "description"),
    "reach": ("reach", "accounts reached", "unique views"),
    "impressions": ("impressions",),
    "views": ("views", "video views", "plays"),
    "likes": ("likes", "reactions"),
    "comments": ("comments", "comments/replies", "replies", "comments and replies"),
    "shares": ("shares", "reposts"),
    "saves": ("saves", "bookmarks", "saved"),
    "dm_replies": ("dm replies", "dms", "dm"),
    "engagements": ("engagements", "engagements (platform total)", "total engagements"),
    "conversions": ("conversions", "purchases", "sales"),
    "notes": ("notes", "note"),
}


@dataclass(frozen=True)
class Preset:
    """How one export maps onto app fields; ``signature`` headers must all be present to auto-detect it."""

    name: str
    title: str
    platform: str
    aliases: dict[str, tuple[str, ...]]
    signature: tuple[str, ...] = ()
    date_order: DateOrder = "mdy"
    skip_first_cell: tuple[str, ...] = ("total", "totals", "grand total")
    link_template: str = ""  # e.g. "https://www.youtube.com/watch?v={id}" when the export has ids only
    id_prefix: str = ""  # synthetic ids for exports without one (daily rows): prefix + date
    default_format: str = ""
    default_label: str | None = None
    kind: str = "posts"  # posts | interactions
    user_defined: bool = False
    fixed_mapping: dict[str, str | None] = field(default_factory=dict)  # saved user presets: field -> header

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "title": self.title,
            "platform": self.platform,
            "date_order": self.date_order,
            "kind": self.kind,
            "mapping": dict(self.fixed_mapping),
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Preset:
        mapping_raw = data.get("mapping") or {}
        mapping = {str(k): (None if v is None else str(v)) for k, v in dict(mapping_raw).items()}  # type: ignore[call-overload]
        order = str(data.get("date_order") or "mdy")
        return cls(
            name=str(data["name"]),
            title=str(data.get("title") or data["name"]),
            platform=str(data.get("platform") or "other"),
            aliases={k: (v,) for k, v in mapping.items() if v},
            date_order="dmy" if order == "dmy" else "mdy",
            kind=str(data.get("kind") or "posts"),
            user_defined=True,
            fixed_mapping=mapping,
        )


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset(
            name="youtube",
            title="YouTube Studio (Table data.csv)",
            platform="youtube",
            signature=("video title", "video publish time"),
            aliases={
                "published_at": ("video publish time", "publish time"),
                "platform_post_id": ("content", "video"),
                "title": ("video title",),
                "views": ("views",),
                "impressions": ("impressions",),
                "likes": ("likes",),
                "comments": ("comments added", "comments"),
                "shares": ("shares",),
                "saves": ("saves", "added to playlists"),
                "format": ("content type",),
            },
            link_template="https://www.youtube.com/watch?v={id}",
            default_format="video",
        ),
        Preset(
            name="meta",
            title="Instagram / Facebook (Meta Business Suite)",
            platform="instagram",
            signature=("post id", "publish time", "permalink"),
            aliases={
                "published_at": ("publish time",),
                "platform_post_id": ("post id",),
                "link": ("permalink",),
                "format": ("post type",),
                "title": ("description", "title"),
                "reach": ("reach", "accounts reached"),
                "impressions": ("impressions",),
                "views": ("views", "plays"),
                "likes": ("likes", "reactions"),
                "comments": ("comments",),
                "shares": ("shares",),
                "saves": ("saves",),
                "conversions": ("purchases",),
            },
        ),
        Preset(
            name="tiktok",
            title="TikTok (video list)",
            platform="tiktok",
            signature=("post time", "total views"),
            aliases={
                "published_at": ("post time",),
                "title": ("video title", "title"),
                "link": ("video link", "link"),
                "platform_post_id": ("video id",),
                "views": ("total views", "video views"),
                "reach": ("total reach", "reached audience"),
                "likes": ("total likes",),
                "comments": ("total comments",),
                "shares": ("total shares",),
                "saves": ("total saves", "total favorites", "add to favorites"),
            },
            default_format="short video",
        ),
        Preset(
            name="tiktok_overview",
            title="TikTok (daily Overview.csv)",
            platform="tiktok",
            signature=("date", "video views", "profile views"),
            aliases={
                "published_at": ("date",),
                "views": ("video views",),
                "likes": ("likes",),
                "comments": ("comments",),
                "shares": ("shares",),
            },
            date_order="dmy",
            id_prefix="tiktok-day-",
            default_format="daily total",
            default_label="reach",
        ),
        Preset(
            name="x",
            title="X (account_analytics_content)",
            platform="x",
            signature=("post id", "date", "impressions", "bookmarks"),
            aliases={
                "published_at": ("date",),
                "platform_post_id": ("post id",),
                "title": ("post text", "text"),
                "link": ("post link", "link"),
                "impressions": ("impressions",),
                "likes": ("likes",),
                "engagements": ("engagements",),
                "saves": ("bookmarks",),
                "shares": ("reposts", "shares"),
                "comments": ("replies",),
            },
            link_template="https://x.com/i/status/{id}",
            default_format="post",
        ),
        Preset(
            name="x_tweet_activity",
            title="X / Twitter (tweet_activity_metrics)",
            platform="x",
            signature=("tweet id", "time", "impressions"),
            aliases={
                "published_at": ("time",),
                "platform_post_id": ("tweet id",),
                "link": ("tweet permalink",),
                "title": ("tweet text",),
                "impressions": ("impressions",),
                "engagements": ("engagements",),
                "shares": ("retweets",),
                "comments": ("replies",),
                "likes": ("likes",),
                "views": ("media views",),
            },
            default_format="post",
        ),
        Preset(
            name="generic",
            title="Generic CSV (MicroComm export or your own columns)",
            platform="other",
            signature=(),
            aliases=_GENERIC_POST_ALIASES,
        ),
        Preset(
            name="interactions",
            title="Interactions (handle, kind, timestamp, post, parent)",
            platform="other",
            kind="interactions",
            signature=("handle", "kind", "timestamp"),
            aliases={
                "handle": ("handle", "username", "user", "author", "account"),
                "kind": ("kind", "type", "interaction"),
                "timestamp": ("timestamp", "time", "date", "created at", "occurred at"),
                "post": ("post", "post id", "post link", "media id", "video id", "permalink"),
                "external_id": ("id", "comment id", "interaction id"),
                "parent": ("parent", "parent id", "thread", "thread id", "reply to", "in reply to"),
                "platform": ("platform",),
                "text": ("text", "comment", "message"),
            },
        ),
    )
}


_NORMALISE = re.compile(r"[^a-z0-9%/]+")


def normalise_header(text: str) -> str:
    """Headers compare case-insensitively, ignoring BOMs, quotes, extra spaces and punctuation."""
    return _NORMALISE.sub(" ", text.replace("\ufeff", "").lower()).strip()


def mapping_for(
    preset: Preset, headers: list[str], fields: tuple[FieldSpec, ...] | None = None
) -> dict[str, int | None]:
    """Field → column index (``None`` = not mapped), preferring each field's earlier aliases.

    A column feeds at most one field, so "Likes" cannot end up as both likes and engagements.
    """
    fields = fields or (INTERACTION_FIELDS if preset.kind == "interactions" else POST_FIELDS)
    norm = [normalise_header(h) for h in headers]
    used: set[int] = set()
    result: dict[str, int | None] = {}
    for spec in fields:
        result[spec.key] = None
        for alias in preset.aliases.get(spec.key, ()):
            target = normalise_header(alias)
            for idx, h in enumerate(norm):
                if idx not in used and h == target:
                    result[spec.key] = idx
                    used.add(idx)
                    break
            if result[spec.key] is not None:
                break
    return result


def detect_preset(headers: list[str], kind: str = "posts", extra: list[Preset] | None = None) -> Preset | None:
    """The export's preset by signature (most specific first; user presets when all their columns exist).

    Falls back to the generic preset when it can at least find a date column, else ``None`` so the UI opens the
    mapping screen instead of guessing.
    """
    norm = {normalise_header(h) for h in headers}
    candidates = [p for p in PRESETS.values() if p.kind == kind and p.signature]
    candidates.sort(key=lambda p: -len(p.signature))
    for p in candidates:
        if all(normalise_header(s) in norm for s in p.signature):
            return p
    for p in extra or []:
        wanted = [normalise_header(v) for v in p.fixed_mapping.values() if v]
        if p.kind == kind and wanted and all(w in norm for w in wanted):
            return p
    if kind == "posts":
        generic = PRESETS["generic"]
        if mapping_for(generic, headers).get("published_at") is not None:
            return generic
    return None
