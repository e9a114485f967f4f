"""Discussion for the engagement report's tests, stored through the real intake and
moderation, then dated: a thread on an item with its replies and reports."""

import datetime
import itertools

from django.utils import timezone

from wagtail_iitk.community.discussion import moderation
from wagtail_iitk.models import DiscussionPost, DiscussionReport, DiscussionStatus

from ..discussion.helpers import approve, stored

#: Distinct texts: the intake takes the same text twice as the same post.
NUMBERS = itertools.count(1)
KINDS = {"ToolPage": "tool", "FrameworkPage": "framework", "StoryPage": "story"}


def at_noon(day):
    """Midday in the site's time zone on ``day``, as the post's or report's time."""
    return datetime.datetime.combine(day, datetime.time(12), timezone.get_current_timezone())


def discuss(page, day, *, replies=0, reports=0, partner=None, spam=False, when=None):
    """A thread on ``page`` posted on ``day`` (or at ``when``), with ``replies`` replies
    and ``reports`` reports on the thread, all from ``partner`` (None: the toolkit's own
    pages); ``spam`` marks the whole thread as spam. Returns the thread."""
    kind = KINDS[type(page).__name__]
    thread = stored(page, kind=kind, text=f"Has anyone used {page.title} on ward {next(NUMBERS)}?")
    approve(thread)
    posts = [thread]
    for _n in range(replies):
        posts.append(
            stored(
                page,
                kind=kind,
                text=f"We tried {page.title} on ward {next(NUMBERS)}.",
                parent=thread.pk,
            )
        )
    for _n in range(reports):
        assert moderation.report(thread.pk, "Off topic")
    pks = [post.pk for post in posts]
    moment = when or at_noon(day)
    changes = {"created_at": moment}
    if spam:
        changes["status"] = DiscussionStatus.SPAM
    DiscussionPost.objects.filter(pk__in=pks).update(**changes)
    DiscussionReport.objects.filter(post_id=thread.pk).update(created_at=moment)
    if partner is not None:
        for post in posts:
            post.submission.partner = partner
            post.submission.save(update_fields=["partner"])
    return thread
