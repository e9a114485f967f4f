"""What reviewers decide about discussion posts, and what reports do to them.

Every decision locks the post's row (``select_for_update``), checks it is still in the
state the reviewer saw, changes the post and its submission and writes Wagtail's audit
log in one transaction, as the Submissions inbox does; a reviewer who acted second is
told who acted first (:class:`PostStateChanged`) and nothing of theirs is written. A
change to what the public sees goes through ``cards.changes.content_changed`` after
commit, so cached lists and feeds move on.
"""

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.log_actions import log

from ...cards.changes import content_changed
from ...conf import iitk_settings
from ...models import DiscussionPost, DiscussionReport, DiscussionStatus
from ...models.submissions import Submission, SubmissionStatus
from ..moderation import ModerationError, SubmissionStateChanged, _when, _who

REASON_MAX_LENGTH = 500
PREFIX = "wagtail_iitk.discussion."
APPROVED, HIDDEN, PENDING, SPAM = (
    DiscussionStatus.APPROVED,
    DiscussionStatus.HIDDEN,
    DiscussionStatus.PENDING,
    DiscussionStatus.SPAM,
)
#: decision: (statuses it may start from, status after, the submission's status after,
#: what the audit log calls it).
DECISIONS = {
    "approve": ((PENDING,), APPROVED, SubmissionStatus.PUBLISHED, gettext_lazy("Approved")),
    "hide": ((PENDING, APPROVED), HIDDEN, SubmissionStatus.REJECTED, gettext_lazy("Hidden")),
    "restore": ((HIDDEN, SPAM), APPROVED, SubmissionStatus.PUBLISHED, gettext_lazy("Restored")),
    "spam": ((PENDING, APPROVED, HIDDEN), SPAM, SubmissionStatus.SPAM, gettext_lazy("Spam")),
}
#: switch: (field, value, only on a thread's first post, audit label).
SWITCHES = {
    "recommend": ("recommended", True, False, gettext_lazy("Recommended by the editors")),
    "unrecommend": ("recommended", False, False, gettext_lazy("No longer recommended")),
    "lock": ("locked", True, True, gettext_lazy("Thread locked")),
    "unlock": ("locked", False, True, gettext_lazy("Thread unlocked")),
    "open": ("open_thread", True, True, gettext_lazy("Thread opened by an editor")),
    "close": ("open_thread", False, True, gettext_lazy("Thread no longer open")),
}
KEEP = "keep"


class PostStateChanged(SubmissionStateChanged):
    """Someone else changed the post first; nothing was written."""


def _lock(post_id):
    return DiscussionPost.objects.select_for_update().select_related("submission").get(pk=post_id)


def _changed(post, attempted):
    who = _who(post.moderated_by)
    return PostStateChanged(
        _(
            "%(reference)s is now “%(status)s” (last moderated by %(who)s on %(when)s), "
            "so it was not %(attempted)s. Nothing was changed."
        )
        % {
            "reference": post.submission.reference,
            "status": post.get_status_display(),
            "who": who,
            "when": _when(post.updated_at),
            "attempted": attempted,
        }
    )


def decide(post_id, user, decision):
    """Approve, hide, restore or mark as spam one post; returns the post."""
    from .notifications import after_publication

    starts, status, submission_status, label = DECISIONS[decision]
    with transaction.atomic():
        post = _lock(post_id)
        if post.status not in starts:
            raise _changed(post, str(label).lower())
        previous = post.status
        now = timezone.now()
        post.status = status
        post.reports_open = False
        post.moderated_by = user
        if status == APPROVED and post.published_at is None:
            post.published_at = now
        post.save()
        Submission.objects.filter(pk=post.submission_id).update(
            status=submission_status, decided_at=now, decided_by=user, updated_at=now
        )
        if status == APPROVED and post.parent_id:
            DiscussionPost.objects.filter(pk=post.parent_id).update(updated_at=now)
        log(post, PREFIX + decision, user=user, data={"previous_status": previous})
        if APPROVED in (previous, status):
            content_changed()
        if status == APPROVED:
            transaction.on_commit(lambda: after_publication(post.pk), robust=True)
    return post


def switch(post_id, user, action):
    """Recommend, lock, open a thread or undo one of those; returns the post."""
    name, value, thread_only, label = SWITCHES[action]
    with transaction.atomic():
        post = _lock(post_id)
        if thread_only and post.parent_id is not None:
            raise ModerationError(_("Only a thread's first post can be locked or opened."))
        if getattr(post, name) == value:
            raise _changed(post, str(label).lower())
        setattr(post, name, value)
        post.moderated_by = user
        post.save()
        log(post, PREFIX + action, user=user)
        if post.status == APPROVED:
            content_changed()
    return post


def keep(post_id, user):
    """Keep a reported post as it is: the reports are looked at, it leaves the queue."""
    with transaction.atomic():
        post = _lock(post_id)
        if not post.reports_open:
            raise _changed(post, _("kept"))
        post.reports_open = False
        post.moderated_by = user
        post.save()
        log(post, PREFIX + KEEP, user=user, data={"reports": post.reports})
        content_changed()
    return post


def report(post_id, reason):
    """Someone reported a public post: it goes back to the queue, and is hidden once it
    has ``DISCUSSION_HIDE_AFTER_REPORTS`` reports. Returns False for a post that is not
    public (nothing is stored)."""
    reason = " ".join((reason or "").split())[:REASON_MAX_LENGTH]
    with transaction.atomic():
        post = DiscussionPost.objects.select_for_update().filter(pk=post_id).first()
        if post is None or post.status != APPROVED:
            return False
        DiscussionReport.objects.create(post=post, reason=reason)
        DiscussionPost.objects.filter(pk=post.pk).update(
            reports=F("reports") + 1, reports_open=True
        )
        post.refresh_from_db(fields=["reports"])
        if post.reports >= iitk_settings.DISCUSSION_HIDE_AFTER_REPORTS:
            DiscussionPost.objects.filter(pk=post.pk).update(status=HIDDEN)
            log(post, PREFIX + "hidden_by_reports", data={"reports": post.reports})
        content_changed()
    return True


def withdraw(submission, user):
    """A discussion submission rejected or marked as spam in the Submissions inbox: its
    post follows (hidden, or spam), in the inbox's transaction."""
    status = SPAM if submission.status == SubmissionStatus.SPAM else HIDDEN
    post = DiscussionPost.objects.select_for_update().filter(submission=submission).first()
    if post is None:
        return
    was_public = post.status == APPROVED
    DiscussionPost.objects.filter(pk=post.pk).update(
        status=status, reports_open=False, moderated_by=user, updated_at=timezone.now()
    )
    if was_public:
        content_changed()


def requeue(submission):
    """A discussion submission restored in the Submissions inbox: its post waits for a
    reviewer again (called by the conversion, in its transaction)."""
    DiscussionPost.objects.filter(submission=submission).update(
        status=PENDING, updated_at=timezone.now()
    )
    submission.status = SubmissionStatus.IN_REVIEW
    submission.save(update_fields=["status", "updated_at"])
    return submission.status


@hooks.register("register_log_actions")
def register_log_actions(actions):
    """The audit log's names for discussion decisions."""
    for decision, (*_rest, label) in DECISIONS.items():
        actions.register_action(PREFIX + decision, label, label)
    for action, (*_rest, label) in SWITCHES.items():
        actions.register_action(PREFIX + action, label, label)
    actions.register_action(
        PREFIX + KEEP, gettext_lazy("Reports looked at"), gettext_lazy("Kept after reports")
    )
    actions.register_action(
        PREFIX + "notify", gettext_lazy("Contributor emailed"), gettext_lazy("Contributor emailed")
    )
    actions.register_action(
        PREFIX + "hidden_by_reports",
        gettext_lazy("Hidden after reports"),
        gettext_lazy("Hidden after reports, until a reviewer looks at it"),
    )
