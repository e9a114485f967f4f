"""Moving the content version (reading it is ``ContentVersion.current()``).

Only the change path (``cards.changes``) calls ``bump``, after a change has committed.
"""

import datetime

from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from ..models import ContentVersion
from ..models.content_version import EXPIRY_HORIZON
from ..models.kinds import get_kinds

ONE_SECOND = datetime.timedelta(seconds=1)


def bump():
    """Move to a new version now, record the coming expiries, and share it through the
    cache.

    ``changed_at`` is the next whole second: Last-Modified has one-second resolution, so
    a copy fetched in the same second as a change must not look fresh afterwards. (A
    burst of changes in one second shares it, so it never runs more than a second ahead
    of the clock.)
    """
    now = timezone.now()
    previous = ContentVersion.objects.filter(pk=1).values_list("changed_at", flat=True).first()
    changed_at = now.replace(microsecond=0) + ONE_SECOND
    if previous is not None:
        changed_at = max(changed_at, previous)
    expiries = coming_expiries(now)
    stored = [moment.isoformat() for moment in expiries]
    updated = ContentVersion.objects.filter(pk=1).update(
        value=F("value") + 1, changed_at=changed_at, expiries=stored
    )
    if not updated:
        ContentVersion.objects.get_or_create(
            pk=1, defaults={"value": 2, "changed_at": changed_at, "expiries": stored}
        )
    value = ContentVersion.objects.filter(pk=1).values_list("value", flat=True).get()
    ContentVersion.remember((value, changed_at, expiries))


def coming_expiries(now):
    """The next ``EXPIRY_HORIZON`` expiry times of live pages and items, soonest first."""
    models = {Page} | {kind.model for kind in get_kinds() if not kind.is_page}
    moments = set()
    for model in models:
        moments.update(
            model.objects.filter(live=True, expire_at__gt=now)
            .order_by("expire_at")
            .values_list("expire_at", flat=True)[:EXPIRY_HORIZON]
        )
    return sorted(moments)[:EXPIRY_HORIZON]
