"""A single counter that changes whenever public content changes.

The API builds its ETags and server-side cache keys from it: bumping the counter after
a publish, unpublish, move or delete makes every cached response stale at once, and a
conditional GET costs one small query.
"""

import datetime

from django.db import models
from django.db.models import F, Min
from django.utils import timezone

ONE_SECOND = datetime.timedelta(seconds=1)


class ContentVersion(models.Model):
    """One row (pk=1) holding the current version of the public content.

    ``next_expiry`` is when the next live page or question expires: reaching it changes
    what is public without any publish, so the first read after it moves the version.
    """

    value = models.PositiveBigIntegerField(default=1)
    changed_at = models.DateTimeField(default=timezone.now)
    next_expiry = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "content version"

    def __str__(self):
        return f"version {self.value} at {self.changed_at:%Y-%m-%d %H:%M:%S}"

    @classmethod
    def current(cls):
        """The (value, changed_at) pair; one query unless an expiry has just passed."""
        row = cls.objects.filter(pk=1).values_list("value", "changed_at", "next_expiry").first()
        if row is None or (row[2] is not None and row[2] <= timezone.now()):
            # Expiry is the one change no signal announces: the stored cards of what
            # expired, and the cards that counted it, are rewritten here.
            from ..api.card_store import refresh_expired

            refresh_expired()
            cls.bump()
            row = cls.objects.filter(pk=1).values_list("value", "changed_at", "next_expiry").get()
        return row[0], row[1]

    @classmethod
    def bump(cls):
        """Move to a new version now (signal handlers call it once a transaction commits).

        ``changed_at`` moves at least to the next whole second: Last-Modified has
        one-second resolution, so a copy fetched in the same second as a change must not
        look fresh afterwards.
        """
        now = timezone.now()
        previous = cls.objects.filter(pk=1).values_list("changed_at", flat=True).first()
        changed_at = now
        if previous is not None:
            changed_at = max(now, previous.replace(microsecond=0) + ONE_SECOND)
        next_expiry = upcoming_expiry(now)
        updated = cls.objects.filter(pk=1).update(
            value=F("value") + 1, changed_at=changed_at, next_expiry=next_expiry
        )
        if not updated:
            cls.objects.get_or_create(
                pk=1, defaults={"value": 2, "changed_at": changed_at, "next_expiry": next_expiry}
            )


def upcoming_expiry(now):
    """The soonest future ``expire_at`` of any live page or question, or None."""
    from wagtail.models import Page

    from .questions import Question

    times = [
        model.objects.filter(live=True, expire_at__gt=now).aggregate(soonest=Min("expire_at"))[
            "soonest"
        ]
        for model in (Page, Question)
    ]
    times = [t for t in times if t is not None]
    return min(times) if times else None
