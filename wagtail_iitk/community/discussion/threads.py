"""Public reads of the discussion: approved posts only, threads newest first.

Every public surface (the page, the embed, the feed, the API) starts here, so what is
pending, hidden, reported past the limit or spam is left out in one place. Reads never
write. A page of threads takes two queries (the threads, then their replies), whatever
its size; the count is a third.
"""

from django.db.models import Prefetch, Q

from ...models import DiscussionPost, DiscussionStatus
from .schema import discussion_kinds

#: Threads listed on a page and in an embed (the API pages through all of them).
PAGE_THREADS = 20
FEED_ITEMS = 50


def public_posts():
    """Approved posts on live, public pages of kinds that carry a discussion (judged in
    the same query: an unpublished or private page takes its discussion with it)."""
    on_public_pages = Q(pk__in=[])
    for name, kind in discussion_kinds().items():
        on_public_pages |= Q(kind=name, page_id__in=kind.public_queryset().values("pk"))
    return DiscussionPost.objects.filter(on_public_pages, status=DiscussionStatus.APPROVED)


def visible_page(kind_name, slug):
    """The live, public page of a discussion kind with ``slug``, or None."""
    kind = discussion_kinds().get(kind_name)
    if kind is None:
        return None
    return kind.public_queryset().filter(slug=slug).order_by("path").first()


def threads(page_ids=None):
    """Approved threads (first posts) with their approved replies prefetched, newest
    thread first; ``page_ids`` limits them to some pages (None: every page)."""
    replies = public_posts().order_by("created_at", "pk")
    queryset = public_posts().filter(parent__isnull=True)
    if page_ids is not None:
        queryset = queryset.filter(page_id__in=page_ids)
    return queryset.order_by("-created_at", "-pk").prefetch_related(
        Prefetch("replies", queryset=replies, to_attr="public_replies")
    )


def threads_for(page, limit=PAGE_THREADS):
    """``(threads, count)`` for one page: the newest ``limit`` threads and how many."""
    queryset = threads([page.pk])
    return list(queryset[:limit]), queryset.count()


def feed_posts(page, limit=FEED_ITEMS):
    """A page's approved posts (threads, and replies in approved threads), newest
    first, for its feed."""
    in_public_thread = Q(parent__isnull=True) | Q(parent__status=DiscussionStatus.APPROVED)
    return list(
        public_posts()
        .filter(in_public_thread, page_id=page.pk)
        .order_by("-created_at", "-pk")[:limit]
    )
