"""The toolkit's content model.

Pages hold what has its own URL (tools, frameworks, stories and their indexes);
snippets hold what is reused (questions, taxonomy); partner organisations are plain
models managed through a ModelViewSet.
"""

from .approval_task import PublishingApprovalTask
from .content_version import ContentVersion
from .discussion import DiscussionPost, DiscussionReport, DiscussionStatus
from .engagement import TOOLKIT_KIND, DailyEngagement, EngagementEventType
from .events import (
    EventFormat,
    EventIndexPage,
    EventPage,
    EventRegistration,
    RegistrationMode,
    RegistrationStatus,
)
from .frameworks import FrameworkIndexPage, FrameworkPage
from .home import ToolkitHomePage
from .kinds import ContentKind, get_kind, get_kinds, kind_of
from .partners import PartnerOrganisation
from .public_cards import PublicCard
from .questions import Question, QuestionTool
from .review import ReviewableMixin
from .screening_task import ScreeningCheckTask
from .stories import StoryIndexPage, StoryPage, ToolUsage
from .submissions import (
    Submission,
    SubmissionChannel,
    SubmissionKind,
    SubmissionStatus,
)
from .taxonomy import TAXONOMY_MODELS, Category, Perspective, Phase, Stage, Strand
from .tools import ToolIndexPage, ToolPage
from .visibility import visible_pages, visible_questions

__all__ = [
    "TAXONOMY_MODELS",
    "Category",
    "ContentVersion",
    "DailyEngagement",
    "DiscussionPost",
    "DiscussionReport",
    "DiscussionStatus",
    "EngagementEventType",
    "EventFormat",
    "EventIndexPage",
    "EventPage",
    "EventRegistration",
    "RegistrationMode",
    "RegistrationStatus",
    "TOOLKIT_KIND",
    "ContentKind",
    "get_kind",
    "get_kinds",
    "kind_of",
    "FrameworkIndexPage",
    "FrameworkPage",
    "PartnerOrganisation",
    "PublicCard",
    "Perspective",
    "Phase",
    "Question",
    "QuestionTool",
    "ReviewableMixin",
    "PublishingApprovalTask",
    "ScreeningCheckTask",
    "Stage",
    "StoryIndexPage",
    "StoryPage",
    "Strand",
    "Submission",
    "SubmissionChannel",
    "SubmissionKind",
    "SubmissionStatus",
    "ToolIndexPage",
    "ToolPage",
    "ToolUsage",
    "ToolkitHomePage",
    "visible_pages",
    "visible_questions",
]
