"""Store the post of a received discussion submission, in the intake's transaction.

The post's text is made from the received text as drafts are: plain text (nh3), then
every span screening flags replaced by ``[removed: ...]``, so even an approved post
never shows what a reviewer should have caught. The name is shown only with consent.

Pre-moderated by default: the post waits for a reviewer. With
``DISCUSSION_POST_MODERATE_OPEN_THREADS``, a reply in a thread an editor opened is
published at once, unless screening flagged it or it looks like spam.
"""

from django.db import transaction
from django.utils import timezone

from ...cards.changes import content_changed
from ...conf import iitk_settings
from ...models import DiscussionPost, DiscussionStatus
from ...models.kinds import kind_of
from ...models.submissions import SubmissionStatus
from ..sanitising import plain_text
from ..screening import redact

NAME_MAX_LENGTH = 120


def shown_name(submission):
    """The contributor's name as the page may show it: only with their consent."""
    if not submission.credit_contributor:
        return ""
    return plain_text(redact(plain_text(submission.contributor_name, multiline=False)))[
        :NAME_MAX_LENGTH
    ]


def post_moderated(submission, thread):
    """Whether this post may go public before a reviewer sees it (see above)."""
    return bool(
        iitk_settings.DISCUSSION_POST_MODERATE_OPEN_THREADS
        and thread is not None
        and thread.open_thread
        and submission.status != SubmissionStatus.SPAM
        and not submission.pii_flags
    )


def store_post(submission, cleaned):
    """Create the post for ``submission`` (just saved, in the open transaction)."""
    from .notifications import after_publication

    values = cleaned.values
    page, thread = values["page"], values["thread"]
    spam = submission.status == SubmissionStatus.SPAM
    published = post_moderated(submission, thread)
    now = timezone.now()
    post = DiscussionPost.objects.create(
        submission=submission,
        page_id=page.pk,
        kind=kind_of(page.specific_class).name,
        parent=thread,
        body=redact(plain_text(values["body"])),
        author_name=shown_name(submission),
        status=(
            DiscussionStatus.SPAM
            if spam
            else DiscussionStatus.APPROVED
            if published
            else DiscussionStatus.PENDING
        ),
        published_at=now if published else None,
        notify=bool(submission.contributor_email),
    )
    if not spam:
        # The post stands in for the draft other contributions get: it is in review
        # (or published, when post-moderated), never left "received" for the sweep.
        submission.status = SubmissionStatus.PUBLISHED if published else SubmissionStatus.IN_REVIEW
        submission.save(update_fields=["status", "updated_at"])
    if published:
        DiscussionPost.objects.filter(pk=thread.pk).update(updated_at=now)
        content_changed()
        transaction.on_commit(lambda: after_publication(post.pk), robust=True)
    return post
