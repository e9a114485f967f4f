"""The discussion counted, for the reports: no personal data, only numbers per item.

``activity(start, end)``: posts, replies and reports per item and partner over a
period (spam left out). ``per_item(start, end, ...)``: the same three numbers per item
only, for one partner or all, for the engagement report. ``waiting_for_an_answer()``:
per live item, the published threads no published reply answers yet, and since when
the oldest has waited.
"""

import datetime

from django.db.models import Count, Min, Q
from django.utils import timezone

from ...models import DiscussionPost, DiscussionReport, DiscussionStatus
from .threads import public_posts


def _bounds(start, end):
    """Aware datetimes from the first moment of ``start`` to the last of ``end``."""
    zone = timezone.get_current_timezone()
    first = datetime.datetime.combine(start, datetime.time.min, zone)
    last = datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time.min, zone)
    return first, last


def activity(start, end):
    """``[{kind, page_id, title, partner, posts, replies, reports}]`` for posts made in
    the period, most active first. Two queries."""
    first, last = _bounds(start, end)
    rows = (
        DiscussionPost.objects.filter(created_at__gte=first, created_at__lt=last)
        .exclude(status=DiscussionStatus.SPAM)
        .values("kind", "page_id", "page__title", "submission__partner__name")
        .annotate(
            posts=Count("pk", filter=Q(parent__isnull=True)),
            replies=Count("pk", filter=Q(parent__isnull=False)),
        )
    )
    reports = {
        (row["post__page_id"], row["post__submission__partner__name"]): row["n"]
        for row in DiscussionReport.objects.filter(created_at__gte=first, created_at__lt=last)
        .exclude(post__status=DiscussionStatus.SPAM)  # as the posts: spam is not activity
        .values("post__page_id", "post__submission__partner__name")
        .annotate(n=Count("pk"))
    }
    found = [
        {
            "kind": row["kind"],
            "page_id": row["page_id"],
            "title": row["page__title"],
            "partner": row["submission__partner__name"] or "",
            "posts": row["posts"],
            "replies": row["replies"],
            "reports": reports.get((row["page_id"], row["submission__partner__name"]), 0),
        }
        for row in rows
    ]
    found.sort(key=lambda r: (-(r["posts"] + r["replies"]), r["title"].casefold(), r["partner"]))
    return found


#: ``per_item``'s ``partner`` for the posts that came with no partner's key.
NO_PARTNER = "none"


def per_item(start, end, *, partner=None, kinds=None):
    """``{(kind, page_id): {"posts", "replies", "reports"}}`` for the posts made and the
    reports made in the period, spam left out. Two queries.

    ``partner`` is None (every post), ``NO_PARTNER`` (posts from the toolkit's own pages)
    or a partner's primary key: a post's partner is its submission's. ``kinds`` limits
    the items to those kinds of page (every kind by default).
    """
    first, last = _bounds(start, end)
    posts = DiscussionPost.objects.exclude(status=DiscussionStatus.SPAM)
    if partner == NO_PARTNER:
        posts = posts.filter(submission__partner__isnull=True)
    elif partner is not None:
        posts = posts.filter(submission__partner_id=partner)
    if kinds:
        posts = posts.filter(kind__in=kinds)
    found = {}
    for row in (
        posts.filter(created_at__gte=first, created_at__lt=last)
        .values("kind", "page_id")
        .annotate(
            posts=Count("pk", filter=Q(parent__isnull=True)),
            replies=Count("pk", filter=Q(parent__isnull=False)),
        )
        .order_by()
    ):
        found[(row["kind"], row["page_id"])] = {
            "posts": row["posts"],
            "replies": row["replies"],
            "reports": 0,
        }
    for row in (
        DiscussionReport.objects.filter(
            created_at__gte=first, created_at__lt=last, post__in=posts.values("pk")
        )
        .values("post__kind", "post__page_id")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        key = (row["post__kind"], row["post__page_id"])
        found.setdefault(key, {"posts": 0, "replies": 0, "reports": 0})["reports"] = row["n"]
    return found


def waiting_for_an_answer():
    """``[{kind, page_id, title, waiting, since}]``: live items with published threads
    that have no published reply, the most waiting first. One query."""
    answered = DiscussionPost.objects.filter(
        status=DiscussionStatus.APPROVED, parent__isnull=False
    ).values("parent_id")
    rows = (
        public_posts()
        .filter(parent__isnull=True, locked=False)
        .exclude(pk__in=answered)
        .values("kind", "page_id", "page__title")
        .annotate(waiting=Count("pk"), since=Min("published_at"))
    )
    found = [
        {
            "kind": row["kind"],
            "page_id": row["page_id"],
            "title": row["page__title"],
            "waiting": row["waiting"],
            "since": row["since"],
        }
        for row in rows
    ]
    found.sort(key=lambda r: (-r["waiting"], r["since"] or timezone.now(), r["title"]))
    return found
