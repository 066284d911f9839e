"""All tables of the store, one module per area so features can evolve their own tables.

Importing this package registers every table on ``SQLModel.metadata`` (Alembic and ``create_all`` need that).
"""

from microcomm_desktop.store.models.base import NAMING_CONVENTION, utcnow
from microcomm_desktop.store.models.chat import ChatReaction, EngagerAlias, EngagerMerge, ForgottenPerson  # noqa: F401
from microcomm_desktop.store.models.core import OwnHandle, Setting, Workspace
from microcomm_desktop.store.models.creators import Creator, CreatorEvidence, CreatorHandle
from microcomm_desktop.store.models.deals import Deal, DealLine, DealLinePost, DisclosureCheck, RateCardItem
from microcomm_desktop.store.models.posts import (
    Engager,
    EngagerDay,
    Interaction,
    Post,
    PostTheme,
    Theme,
)
from microcomm_desktop.store.models.promise import (
    CommunityHome,
    CommunityProfile,
    Promise,
    Prompt,
    PromptUse,
    RecurringFormat,
)
from microcomm_desktop.store.models.reports import Decision, WeekNote
from microcomm_desktop.store.models.rituals import CalendarEvent, Ritual, RitualOccurrence
from microcomm_desktop.store.models.rollups import ReturningDelta, RollupDirty, ThreadSummary  # noqa: F401  (registers tables)
from microcomm_desktop.store.models.sprints import Sprint, SprintTask, SprintWeek

__all__ = [
    "NAMING_CONVENTION",
    "CalendarEvent",
    "CommunityHome",
    "CommunityProfile",
    "Creator",
    "CreatorEvidence",
    "CreatorHandle",
    "Deal",
    "DealLine",
    "DealLinePost",
    "DisclosureCheck",
    "Decision",
    "Engager",
    "EngagerDay",
    "Interaction",
    "OwnHandle",
    "Post",
    "PostTheme",
    "Promise",
    "Prompt",
    "PromptUse",
    "RateCardItem",
    "RecurringFormat",
    "Ritual",
    "RitualOccurrence",
    "Setting",
    "Sprint",
    "SprintTask",
    "SprintWeek",
    "Theme",
    "WeekNote",
    "Workspace",
    "utcnow",
]
