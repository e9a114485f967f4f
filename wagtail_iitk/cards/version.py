"""Moving the content version (reading it is ``ContentVersion.current()``).

Only the change path (``cards.changes``) calls ``bump``, after a change has committed.
"""

import datetime

from django.db.models import Count, F, Max, Value
from django.db.models.functions import Greatest
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from ..models import ContentVersion
from ..models.content_version import EXPIRY_HORIZON
from ..models.kinds import get_kinds

ONE_SECOND = datetime.timedelta(seconds=1)


def bump():
    """Move to a new version now and record the coming expiries (two queries); readers
    load it into the shared cache on their next request.

    ``changed_at`` is the next whole second: Last-Modified has one-second resolution, so
    a copy fetched in the same second as a change must not look fresh afterwards. (A
    burst of changes in one second shares it, so it never runs more than a second ahead
    of the clock.)
    """
    now = timezone.now()
    changed_at = now.replace(microsecond=0) + ONE_SECOND
    stored = [moment.isoformat() for moment in coming_expiries(now)]
    updated = ContentVersion.objects.filter(pk=1).update(
        value=F("value") + 1,
        changed_at=Greatest(F("changed_at"), Value(changed_at)),
        expiries=stored,
    )
    if not updated:
        ContentVersion.objects.get_or_create(
            pk=1, defaults={"value": 2, "changed_at": changed_at, "expiries": stored}
        )
    ContentVersion.forget()


def coming_expiries(now):
    """The expiry times of live pages and items, soonest first, at most
    ``EXPIRY_HORIZON`` (one query). Times already passed are kept: such an item is live
    until Wagtail's ``publish_scheduled`` unpublishes it, and readers must know."""
    models = [Page, *(kind.model for kind in get_kinds() if not kind.is_page)]
    parts = [
        model.objects.filter(live=True, expire_at__isnull=False).order_by().values_list("expire_at")
        for model in models
    ]
    # Moments that change what a live item shows (an event ending): only coming ones.
    parts += [
        kind.model.objects.filter(live=True, **{f"{name}__gt": now}).order_by().values_list(name)
        for kind in get_kinds()
        for name in kind.moments
    ]
    moments = parts[0].union(*parts[1:]) if len(parts) > 1 else parts[0]
    return [moment for (moment,) in moments.order_by("expire_at")[:EXPIRY_HORIZON]]


def restriction_fingerprint(exclude=None):
    """(count, highest id) of the view restrictions now (``exclude``: leave one out)."""
    restrictions = PageViewRestriction.objects.all()
    if exclude is not None:
        restrictions = restrictions.exclude(pk=exclude)
    found = restrictions.aggregate(count=Count("pk"), highest=Max("pk"))
    return (found["count"], found["highest"] or 0)


def record_restrictions(fingerprint):
    """Say that the stored cards reflect the view restrictions ``fingerprint`` names."""
    if not ContentVersion.objects.filter(pk=1).update(restrictions=list(fingerprint)):
        ContentVersion.objects.get_or_create(pk=1, defaults={"restrictions": list(fingerprint)})
    ContentVersion.forget()
