"""When a community draft goes live, its submission is "published" and its contributor told.

Wagtail sends ``page_published`` however a page is published: approving the last task
of its workflow, the editor's Publish button, a bulk publish or a scheduled publish. A
story or tool drafted from a submission is its page; a reference, tip or example counts
as published only when the published version still holds its block (a reviewer may have
deleted it and published the tool's other changes).
"""

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.log_actions import get_active_log_context, log
from wagtail.signals import page_published

from ..models import StoryPage, ToolPage
from ..models.submissions import TOOL_CHANGE_KINDS, Submission, SubmissionStatus
from . import guard
from .conversion import CONVERTED
from .notifications import NOTIFIED, notify_published
from .proposals import holds_proposal

logger = logging.getLogger(__name__)

PUBLISHED = "wagtail_iitk.submission.publish"


def _publishing_user():
    """Who published: Wagtail's admin views record the request's user in the log context."""
    user = get_active_log_context().user
    return user if user is not None and user.is_authenticated else None


def mark_published(page, revision):
    """Mark the in-review submissions this published ``page`` (specific) took live.

    Each row is locked and its status checked again, so a reviewer rejecting it at the
    same moment and this publish cannot both win. Returns the submissions marked.
    """
    if not Submission.objects.filter(page_id=page.pk, status=SubmissionStatus.IN_REVIEW).exists():
        return []
    marked = []
    with transaction.atomic():
        submissions = Submission.objects.select_for_update().filter(
            page_id=page.pk, status=SubmissionStatus.IN_REVIEW
        )
        user = _publishing_user()
        now = timezone.now()
        for submission in submissions.order_by("pk"):
            if submission.kind in TOOL_CHANGE_KINDS and not holds_proposal(page, submission):
                continue
            submission.status = SubmissionStatus.PUBLISHED
            submission.decided_at = now
            submission.decided_by = user
            submission.save(update_fields=["status", "decided_at", "decided_by", "updated_at"])
            log(
                submission,
                PUBLISHED,
                user=user,
                data={"page": page.pk, "revision": revision.pk if revision else None},
            )
            transaction.on_commit(
                lambda pk=submission.pk: notify_published(Submission.objects.get(pk=pk)),
                robust=True,
            )
            marked.append(submission)
    return marked


def on_page_published(sender, instance, revision=None, **kwargs):
    mark_published(instance, revision)


def register_log_actions(actions):
    """The audit log's names for what conversion, publishing and notifying record."""
    actions.register_action(
        CONVERTED,
        gettext_lazy("Draft community submission"),
        gettext_lazy("Made into a draft and put into Community review"),
    )
    actions.register_action(
        PUBLISHED,
        gettext_lazy("Publish community submission"),
        gettext_lazy("Published"),
    )
    actions.register_action(
        NOTIFIED,
        gettext_lazy("Tell contributor of decision"),
        gettext_lazy("Emailed the contributor the decision"),
    )


def register():
    """Connect the signal handlers and hooks (called once from the app's ready())."""
    for model in (StoryPage, ToolPage):
        page_published.connect(
            on_page_published, sender=model, dispatch_uid=f"iitk-community-published-{model}"
        )
    hooks.register("register_log_actions", register_log_actions)
    guard.register()
