"""Presets: which CSV column feeds which app field, per platform export.

A preset lists aliases per field (matched case-insensitively, ignoring spacing and punctuation), the headers
that identify the export (its signature), the platform it comes from and how to treat its quirks (a "Total"
row, month/day order, a link built from a video id). Users can save their own mappings as presets; those are
plain dicts (JSON) so they round-trip through the settings store.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from microcomm_desktop.domain.imports.parsing import DateOrder
from microcomm_desktop.domain.post_fields import IMPORT_FIELDS
from microcomm_desktop.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "ENGAGER_FIELDS",
    "INTERACTION_FIELDS",
    "POST_FIELDS",
    "PRESETS",
    "FieldSpec",
    "Preset",
    "detect_preset",
    "mapping_for",
    "normalise_header",
    "refusal_for",
]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """An app field a CSV column can feed; ``kind`` picks the parser."""

    key: str
    label: str  # English, declared once (the catalog's source text); ``label_text()`` is what a person reads
    kind: str  # when | count | id | text | label | platform | themes
    required: bool = False
    context: str = "domain.imports.presets"  # the translation context of ``label``

    def label_text(self) -> str:
        """The label in the active language, for the import wizard's mapping and preview headers."""
        return translate(self.context, self.label)

    def shown(self) -> str:
        """The label in the active language, for the import report's sentences (same as ``label_text``)."""
        return self.label_text()


# Post fields come from the one declaration (domain.post_fields), in the wizard's order.
POST_FIELDS: tuple[FieldSpec, ...] = tuple(
    FieldSpec(f.key, f.importer_label, f.kind, required=f.required, context="domain.post_fields") for f in IMPORT_FIELDS
)

INTERACTION_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("handle", QT_TRANSLATE_NOOP("domain.imports.presets", "Handle"), "text", required=True),
    FieldSpec("kind", QT_TRANSLATE_NOOP("domain.imports.presets", "Kind"), "text", required=True),
    FieldSpec("timestamp", QT_TRANSLATE_NOOP("domain.imports.presets", "Timestamp"), "when", required=True),
    FieldSpec("post", QT_TRANSLATE_NOOP("domain.imports.presets", "Post (id or link)"), "text", required=True),
    FieldSpec("external_id", QT_TRANSLATE_NOOP("domain.imports.presets", "Interaction id"), "id"),
    FieldSpec("parent", QT_TRANSLATE_NOOP("domain.imports.presets", "Parent/thread id"), "id"),
    FieldSpec("platform", QT_TRANSLATE_NOOP("domain.imports.presets", "Platform"), "platform"),
    FieldSpec("text", QT_TRANSLATE_NOOP("domain.imports.presets", "Text"), "text"),
)

ENGAGER_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("handle", QT_TRANSLATE_NOOP("domain.imports.presets", "Handle"), "text", required=True),
    FieldSpec("platform", QT_TRANSLATE_NOOP("domain.imports.presets", "Platform"), "platform"),
    FieldSpec("power_member", QT_TRANSLATE_NOOP("domain.imports.presets", "Power member"), "flag"),
    FieldSpec("notes", QT_TRANSLATE_NOOP("domain.imports.presets", "Notes"), "text"),
    FieldSpec("first_seen", QT_TRANSLATE_NOOP("domain.imports.presets", "First seen"), "when"),
    FieldSpec("last_seen", QT_TRANSLATE_NOOP("domain.imports.presets", "Last seen"), "when"),
)

_GENERIC_POST_ALIASES: dict[str, tuple[str, ...]] = {f.key: f.aliases for f in IMPORT_FIELDS}


@dataclass(frozen=True)
class Preset:
    """How one export maps onto app fields; ``signature`` headers must all be present to auto-detect it."""

    name: str
    title: str
    platform: str
    aliases: dict[str, tuple[str, ...]]
    signature: tuple[str, ...] = ()
    # Other header sets that identify the same export (a renamed column, a localized export).
    alt_signatures: tuple[tuple[str, ...], ...] = ()
    date_order: DateOrder = "mdy"
    skip_first_cell: tuple[str, ...] = (
        "total",
        "totals",
        "grand total",
        "gesamt",
        "summe",
        "totaal",
        "totale",
        "totales",
        "somme",
        "合计",
        "合計",
    )
    # A regex whose first group is the post id inside the link, for exports that only give a link (TikTok):
    # matching on the id keeps re-imports idempotent when the link gains tracking parameters.
    id_from_link: str = ""
    link_template: str = ""  # e.g. "https://www.youtube.com/watch?v={id}" when the export has ids only
    id_prefix: str = ""  # synthetic ids for exports without one (daily rows): prefix + date
    default_format: str = ""
    default_label: str | None = None
    kind: str = "posts"  # posts | interactions
    user_defined: bool = False
    fixed_mapping: dict[str, str | None] = field(default_factory=dict)  # saved user presets: field -> header
    # The platform always writes numeric dates in this preset's order (Meta: 11/16/2026), so an ambiguous
    # column is read that way; elsewhere (an Excel re-save, a generic file) the user must choose.
    native_slash_order: bool = False
    # Daily files hold net changes per day: a negative count (deleted comments) is real, stored as 0 with a
    # warning, and the day's other counts are kept.
    net_counts: bool = False
    # Fields read from a second column when the first one is empty (Meta: caption in Title or Description).
    alternates: tuple[str, ...] = ()
    # Rows the platform legitimately writes without a date are skipped with this reason (never for generic).
    blank_date_reason: str = ""

    def title_text(self) -> str:
        """The title in the reader's language: the app's own generic presets describe themselves in words; a
        platform's preset is named after its export file, and a saved one keeps what its user typed."""
        return self.title if self.user_defined else translate("domain.imports.presets", self.title)

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
            signature=("content", "video title", "video publish time"),
            alt_signatures=(
                ("video title", "video publish time", "watch time (hours)"),
                ("video title", "video publish time", "impressions click-through rate (%)"),
                # Studio renamed the impression columns in 2025 ("Thumbnail impressions").
                ("video title", "video publish time", "thumbnail click-through rate (%)"),
                ("inhalt", "videotitel", "veröffentlichungszeitpunkt des videos"),
                ("contenido", "título del vídeo", "hora de publicación del vídeo"),
                ("contenu", "titre de la vidéo", "heure de publication de la vidéo"),
            ),
            aliases={
                "published_at": (
                    "video publish time",
                    "publish time",
                    "veröffentlichungszeitpunkt des videos",
                    "hora de publicación del vídeo",
                    "heure de publication de la vidéo",
                ),
                "platform_post_id": ("content", "video", "inhalt", "contenido", "contenu"),
                "title": ("video title", "videotitel", "título del vídeo", "titre de la vidéo"),
                "views": ("views", "aufrufe", "visualizaciones", "vues"),
                "impressions": (
                    "impressions",
                    "thumbnail impressions",
                    "impressionen",
                    "impresiones",
                ),
                "likes": ("likes", "mag ich-bewertungen", "me gusta", "j'aime"),
                "comments": (
                    "comments added",
                    "comments",
                    "hinzugefügte kommentare",
                    "comentarios añadidos",
                    "commentaires ajoutés",
                ),
                "shares": ("shares", "geteilte inhalte", "veces compartido", "partages"),
                "saves": ("saves", "added to playlists"),
                "format": ("content type",),
            },
            link_template="https://www.youtube.com/watch?v={id}",
            default_format="video",
            blank_date_reason=("no publish date (YouTube leaves it empty for unlisted, private or removed videos)"),
            # Studio's figures for a period are net: likes taken back can make a video's Likes -1 (YouTube Help,
            # "Likes and Dislikes report"). Stored as 0 with a warning instead of blocking the file.
            net_counts=True,
        ),
        Preset(
            name="meta",
            title="Instagram / Facebook (Meta Business Suite)",
            platform="instagram",
            signature=("post id", "publish time", "permalink"),
            alt_signatures=(
                ("beitrags-id", "veröffentlichungszeitpunkt", "permalink"),
                ("identificador de la publicación", "hora de publicación", "enlace permanente"),
                ("id de la publicación", "hora de publicación", "enlace permanente"),
                ("identifiant de la publication", "heure de publication", "permalien"),
                ("id do post", "horário de publicação", "link permanente"),
                # The post id column's name varies by locale and version; publish time + permalink is Meta's.
                ("publish time", "permalink", "post type"),
                ("veröffentlichungszeitpunkt", "permalink", "beitragstyp"),
                ("hora de publicación", "enlace permanente"),
                ("heure de publication", "permalien"),
                ("horário de publicação", "link permanente"),
            ),
            aliases={
                "published_at": (
                    "publish time",
                    "veröffentlichungszeitpunkt",
                    "hora de publicación",
                    "heure de publication",
                    "horário de publicação",
                ),
                "platform_post_id": (
                    "post id",
                    "beitrags-id",
                    "identificador de la publicación",
                    "id de la publicación",
                    "identifiant de la publication",
                    "id do post",
                    "identificação do post",
                ),
                "link": ("permalink", "enlace permanente", "permalien", "link permanente"),
                "format": ("post type", "beitragstyp", "tipo de publicación", "type de publication", "tipo de post"),
                # Instagram writes the caption in Description; a Facebook Page export writes it in Title.
                "title": (
                    "description",
                    "title",
                    "beschreibung",
                    "descripción",
                    "descrição",
                    "titel",
                    "título",
                    "titre",
                ),
                "reach": ("reach", "accounts reached", "reichweite", "alcance", "couverture"),
                "impressions": ("impressions", "impressionen", "impresiones"),
                "views": ("views", "plays", "aufrufe", "visualizaciones", "vues", "visualizações"),
                "likes": (
                    "likes",
                    "reactions",
                    "reaktionen",
                    "me gusta",
                    "reacciones",
                    "j'aime",
                    "réactions",
                    "curtidas",
                ),
                "comments": ("comments", "kommentare", "comentarios", "commentaires", "comentários"),
                "shares": (
                    "shares",
                    "geteilte inhalte",
                    "veces compartido",
                    "partages",
                    "compartilhamentos",
                    "compartidos",
                ),
                "saves": ("saves", "gespeichert", "guardados", "enregistrements", "salvamentos"),
                "conversions": ("purchases",),
            },
            native_slash_order=True,
            alternates=("title",),
        ),
        Preset(
            name="tiktok",
            title="TikTok (video list)",
            platform="tiktok",
            # Checked before YouTube: TikTok Studio's newer export also has "Video title" and "Video publish
            # time", but only TikTok writes "Total views" / "Total likes".
            signature=("total likes", "total comments", "total views"),
            alt_signatures=(("post time", "total views"), ("video publish time", "total views")),
            aliases={
                "published_at": ("post time", "video publish time", "publish time", "create time", "posted"),
                "title": ("video title", "title", "video description"),
                "link": ("video link", "link"),
                "platform_post_id": ("video id",),
                "views": ("total views", "video views"),
                "reach": ("total reach", "reached audience"),
                # Some TikTok Studio versions drop the "Total" prefix on all but views.
                "likes": ("total likes", "likes"),
                "comments": ("total comments", "comments"),
                "shares": ("total shares", "shares"),
                "saves": ("total saves", "total favorites", "add to favorites", "saves", "favorites"),
            },
            default_format="short video",
            id_from_link=r"/video/(\d+)",
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
            net_counts=True,
        ),
        Preset(
            name="x",
            title="X (account_analytics_content)",
            platform="x",
            signature=("post id", "date", "impressions", "bookmarks"),
            # Only X names the text "Post text"; a trimmed export without Bookmarks is still X's.
            alt_signatures=(("post id", "date", "post text", "impressions"),),
            aliases={
                "published_at": ("date",),
                "platform_post_id": ("post id",),
                "title": ("post text", "text"),
                "link": ("post link", "link", "permalink"),
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
            alt_signatures=(("ツイートid", "時間", "インプレッション"),),  # the Japanese export
            aliases={
                "published_at": ("time", "時間"),
                "platform_post_id": ("tweet id", "ツイートid"),
                "link": ("tweet permalink", "ツイートの固定リンク"),
                "title": ("tweet text", "ツイート本文"),
                "impressions": ("impressions", "インプレッション"),
                "engagements": ("engagements", "エンゲージメント"),
                "shares": ("retweets", "リツイート"),
                "comments": ("replies", "返信"),
                "likes": ("likes", "いいね"),
                "views": ("media views", "メディアの再生数"),
            },
            default_format="post",
        ),
        Preset(
            name="x_overview",
            title="X (account_overview_analytics, daily totals)",
            platform="x",
            signature=("date", "impressions", "new follows", "unfollows"),
            aliases={
                "published_at": ("date",),
                "impressions": ("impressions",),
                "likes": ("likes",),
                "engagements": ("engagements",),
                "saves": ("bookmarks",),
                "shares": ("reposts", "shares"),
                "comments": ("replies",),
                "views": ("video views",),
            },
            id_prefix="x-day-",
            default_format="daily total",
            default_label="reach",
            net_counts=True,
        ),
        Preset(
            name="x_daily_tweet_activity",
            title="Twitter (daily_tweet_activity_metrics, daily totals)",
            platform="x",
            # The per-tweet file has "Tweet id" and "time"; the daily one "Date" and "Tweets published".
            signature=("date", "tweets published", "impressions", "retweets"),
            # The Japanese export keeps "Tweets published" in English.
            alt_signatures=(("日付", "tweets published", "インプレッション", "リツイート"),),
            aliases={
                "published_at": ("date", "日付"),
                "impressions": ("impressions", "インプレッション"),
                "engagements": ("engagements", "エンゲージメント"),
                "shares": ("retweets", "リツイート"),
                "comments": ("replies", "返信"),
                "likes": ("likes", "いいね"),
                "views": ("media views", "メディアの再生数"),
            },
            # Same synthetic ids as the newer X overview: a day imported from either file is one row.
            id_prefix="x-day-",
            default_format="daily total",
            default_label="reach",
            net_counts=True,
        ),
        Preset(
            name="generic",
            title=QT_TRANSLATE_NOOP("domain.imports.presets", "Generic CSV (MicroComm export or your own columns)"),
            platform="other",
            signature=(),
            aliases=_GENERIC_POST_ALIASES,
        ),
        Preset(
            name="interactions",
            title=QT_TRANSLATE_NOOP("domain.imports.presets", "Interactions (handle, kind, timestamp, post, parent)"),
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
        Preset(
            name="engagers",
            title=QT_TRANSLATE_NOOP(
                "domain.imports.presets", "Engagers (MicroComm export: handle, power member, notes)"
            ),
            platform="other",
            kind="engagers",
            signature=("handle", "power member"),
            aliases={
                "handle": ("handle", "username", "user", "account"),
                "platform": ("platform",),
                "power_member": ("power member", "power_member", "power"),
                "notes": ("notes", "note"),
                "first_seen": ("first seen", "first_seen"),
                "last_seen": ("last seen", "last_seen"),
            },
        ),
    )
}


# Files that look like a preset's export but must never be read as one post per row (15.1). Header words in
# the languages YouTube Studio exports in.
_DATE_WORDS = {"date", "datum", "fecha", "data", "día", "dia", "tag"}
_CONTENT_WORDS = {"content", "inhalt", "contenido", "contenu", "conteúdo", "contenuto", "inhoud"}
_VIDEO_TITLE_WORDS = {"video title", "videotitel", "título del vídeo", "titre de la vidéo", "título do vídeo"}
_PUBLISH_WORDS = {
    "video publish time",
    "veröffentlichungszeitpunkt des videos",
    "hora de publicación del vídeo",
    "heure de publication de la vidéo",
}
_VIEWS_WORDS = {"views", "aufrufe", "visualizaciones", "vues", "visualizações", "visualizzazioni", "weergaven"}
_POSTISH = (
    {
        "content",
        "video",
        "video title",
        "title",
        "post id",
        "id",
        "link",
        "url",
        "permalink",
        "caption",
        "text",
        "description",
        "post",
        "platform post id",
        "tweet id",
        "video link",
        "post text",
        "tweet text",
    }
    | _CONTENT_WORDS
    | _VIDEO_TITLE_WORDS
)
_CHANNEL_METRICS = {
    "watch time (hours)",
    "thumbnail impressions",
    "subscribers",
    "average view duration",
    "impressions",
    "wiedergabezeit (stunden)",
    "abonnenten",
    "tiempo de visualización (horas)",
    "suscriptores",
    "durée de visionnage (heures)",
    "abonnés",
}
CHART_DATA_REFUSAL = QT_TRANSLATE_NOOP(
    "domain.imports.presets",
    "This is YouTube Studio's Chart data.csv: views per video per day, not each video's totals (reading it "
    "would replace a video's views with one day's). Import Table data.csv from the same download (or the "
    ".zip itself) instead.",
)
TOTALS_REFUSAL = QT_TRANSLATE_NOOP(
    "domain.imports.presets",
    "This looks like YouTube Studio's Totals.csv: the channel's figures per day, not posts. Import Table "
    "data.csv from the same download (or the .zip itself) instead.",
)


# Column words of account-level daily figures (TikTok FollowerHistory/Viewers, follower exports).
_ACCOUNT_WORDS = ("follower", "viewer", "subscriber", "unfollow", "difference", "profile visit", "fans")
ACCOUNT_DAYS_REFUSAL = QT_TRANSLATE_NOOP(
    "domain.imports.presets",
    "This file holds dated account figures ({cols}: e.g. TikTok's FollowerHistory.csv or Viewers.csv), "
    "nothing about posts; importing it would create empty posts. Import the per-post export (or the daily "
    "Overview.csv) instead.",
)
PER_METRIC_REFUSAL = QT_TRANSLATE_NOOP(
    "domain.imports.presets",
    "This is a Meta Business Suite per-metric file (a Date and a Primary column: one account figure per day, "
    "e.g. Views or Reach), not posts. Export Content → Posts (Export data → CSV) instead.",
)


_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")


def refusal_for(headers: list[str], rows: list[list[str]] | None = None) -> str | None:
    """The sentence for an export that must not be imported as posts, else ``None``.

    YouTube's Chart data has Table data's headers plus ``Date`` (one row per video per day); Totals.csv (and a
    Table data grouped by date) is ``Date`` plus channel metrics and nothing that names a post. Both would pass
    the generic or YouTube preset and store wrong numbers silently. A file with only Date/Content/Views headers
    is taken for Chart data when its Content cells are YouTube video ids (a scheduler's "Content" caption
    column is not).
    """
    norm = [normalise_header(h) for h in headers if h.strip()]
    have = set(norm)
    dated = bool(have & {normalise_header(w) for w in _DATE_WORDS})
    if not dated:
        return None
    if len(have) == 2 and "primary" in have:
        return translate("domain.imports.presets", PER_METRIC_REFUSAL)
    counts = {normalise_header(a) for f in POST_FIELDS if f.kind == "count" for a in _GENERIC_POST_ALIASES[f.key]}
    others = have - {normalise_header(w) for w in _DATE_WORDS}
    account = bool(others) and all(any(w in h for w in _ACCOUNT_WORDS) for h in others)
    if account and not have & {normalise_header(w) for w in _POSTISH} and not have & counts:
        cols = ", ".join(repr(h.strip()) for h in headers if h.strip())
        return translate("domain.imports.presets", ACCOUNT_DAYS_REFUSAL).format(cols=cols[:200])
    content = bool(have & {normalise_header(w) for w in _CONTENT_WORDS})
    title = bool(have & {normalise_header(w) for w in _VIDEO_TITLE_WORDS})
    views = bool(have & {normalise_header(w) for w in _VIEWS_WORDS})
    publish = bool(have & {normalise_header(w) for w in _PUBLISH_WORDS})
    if title and publish:  # a video's title and publish time on a dated row: one row per video per day
        return translate("domain.imports.presets", CHART_DATA_REFUSAL)
    if content:
        content_words = {normalise_header(w) for w in _CONTENT_WORDS}
        idx = next(i for i, h in enumerate(headers) if normalise_header(h) in content_words)
        cells = [r[idx].strip() for r in (rows or [])[:200] if idx < len(r) and r[idx].strip()]
        cells = [c for c in cells if c.lower() not in ("total", "totals", "gesamt", "summe", "totales", "totale")]
        ids = bool(cells) and sum(1 for c in cells if _YOUTUBE_ID.match(c)) * 5 >= len(cells) * 4
        if (views and not rows) or ids:
            return translate("domain.imports.presets", CHART_DATA_REFUSAL)
    postish = have & {normalise_header(w) for w in _POSTISH}
    channel = have & {normalise_header(w) for w in _CHANNEL_METRICS}
    if not postish and len(norm) <= 12 and (channel or (views and len(norm) == 2)):
        return translate("domain.imports.presets", TOTALS_REFUSAL)
    return None


ALT_SUFFIX = "__alt"

_NORMALISE = re.compile(r"(?:[^\w%/]|_)+")


def normalise_header(text: str) -> str:
    """Headers compare case-insensitively, ignoring BOMs, quotes, extra spaces and punctuation.

    Letters of any script count (NFKC, casefolded), so localized headers ("Veröffentlichungszeitpunkt",
    "Título") match their aliases without colliding once accents are stripped.
    """
    return _NORMALISE.sub(" ", unicodedata.normalize("NFKC", text.replace("\ufeff", "")).casefold()).strip()


def mapping_for(
    preset: Preset, headers: list[str], fields: tuple[FieldSpec, ...] | None = None
) -> dict[str, int | None]:
    """Field → column index (``None`` = not mapped), preferring each field's earlier aliases.

    A column feeds at most one field, so "Likes" cannot end up as both likes and engagements.
    """
    fields = fields or (
        INTERACTION_FIELDS
        if preset.kind == "interactions"
        else ENGAGER_FIELDS
        if preset.kind == "engagers"
        else POST_FIELDS
    )
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
    for key in preset.alternates:  # a second column for the same field, read when the first is empty
        for alias in preset.aliases.get(key, ()):
            target = normalise_header(alias)
            idx_ = next((i for i, h in enumerate(norm) if i not in used and h == target), None)
            if idx_ is not None:
                result[key + ALT_SUFFIX] = idx_
                used.add(idx_)
                break
    return result


def detect_preset(headers: list[str], kind: str = "posts", extra: list[Preset] | None = None) -> Preset | None:
    """The export's preset by signature (most specific first; user presets when all their columns exist).

    Falls back to the generic preset when it can at least find a date column, else ``None`` so the UI opens the
    mapping screen instead of guessing.
    """
    norm = {normalise_header(h) for h in headers}
    candidates = [
        (sig, p) for p in PRESETS.values() if p.kind == kind for sig in (p.signature, *p.alt_signatures) if sig
    ]
    candidates.sort(key=lambda c: -len(c[0]))  # stable: presets listed first win ties
    for sig, p in candidates:
        if all(normalise_header(s) in norm for s in sig):
            return p
    for p in extra or []:
        wanted = [normalise_header(v) for v in p.fixed_mapping.values() if v]
        if p.kind == kind and wanted and all(w in norm for w in wanted):
            return p
    if kind == "posts":
        generic = PRESETS["generic"]
        found = mapping_for(generic, headers)
        # A date plus nothing that describes a post (TikTok's FollowerHistory.csv, a per-metric Insights file)
        # would become empty posts: the mapping screen opens instead of guessing.
        if found.get("published_at") is not None and any(found.get(k) is not None for k in _POST_CONTENT):
            return generic
    return None


# Fields that make a row a post rather than a dated figure of the account.
_POST_CONTENT = frozenset(
    {"platform_post_id", "link", "title", "notes", "format", "themes", "label"}
    | {f.key for f in POST_FIELDS if f.kind == "count"}
)
