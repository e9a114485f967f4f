"""What the public may see: live, public, unexpired pages and live questions.

Every public surface (page templates, browse routes, the API and embeds) starts from
these functions, so hidden content cannot leak through a forgotten filter.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import PageViewRestriction


def restricted_q():
    """Pages that sit at or below a view restriction (login, password, groups).

    Wagtail's ``PageQuerySet.public()`` loads every restriction and builds one OR clause
    per restriction, which grows with the number of private sections. This asks the
    same question in one correlated subquery: is some restricted page's tree path a
    prefix of this page's path?
    """
    ancestor_restrictions = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return Q(Exists(ancestor_restrictions))


def visible_pages(queryset):
    """Live pages, outside any view-restricted section, and not expired.

    An expired page is normally unpublished by ``publish_scheduled``; filtering on
    ``expire_at`` too keeps it hidden if that command has not run yet.
    """
    return (
        queryset.filter(live=True)
        .exclude(restricted_q())
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
    )


def visible_questions(queryset):
    """Published questions that have not expired (like pages, in case
    ``publish_scheduled`` has not unpublished them yet)."""
    return queryset.filter(live=True).filter(
        Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())
    )
