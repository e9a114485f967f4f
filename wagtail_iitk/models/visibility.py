"""What the public may see: live, public, unexpired pages and live questions.

Every public surface (page templates, browse routes, later the API and embeds) starts
from these functions, so hidden content cannot leak through a forgotten filter.
"""

from django.db.models import Q
from django.utils import timezone


def visible_pages(queryset):
    """Live pages without a view restriction on them or an ancestor, and not expired.

    An expired page is normally unpublished by ``publish_scheduled``; filtering on
    ``expire_at`` too keeps it hidden if that command has not run yet.
    """
    return (
        queryset.live().public().filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
    )


def visible_questions(queryset):
    """Published questions whose perspective is set."""
    return queryset.filter(live=True)
