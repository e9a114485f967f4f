"""A single counter that changes whenever public content changes.

The API builds its ETags and server-side cache keys from it: bumping the counter after
a publish, unpublish, move or delete makes every cached response stale at once, and a
conditional GET costs one small query.
"""

from django.db import models, transaction
from django.db.models import F
from django.utils import timezone


class ContentVersion(models.Model):
    """One row (pk=1) holding the current version of the public content."""

    value = models.PositiveBigIntegerField(default=1)
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "content version"

    def __str__(self):
        return f"version {self.value} at {self.changed_at:%Y-%m-%d %H:%M:%S}"

    @classmethod
    def current(cls):
        """The (value, changed_at) pair; one query."""
        row = cls.objects.filter(pk=1).values_list("value", "changed_at").first()
        if row is None:
            cls.objects.get_or_create(pk=1)
            row = cls.objects.filter(pk=1).values_list("value", "changed_at").get()
        return row

    @classmethod
    def bump(cls):
        """Move to a new version now (callers use ``bump_on_commit`` inside transactions)."""
        now = timezone.now()
        updated = cls.objects.filter(pk=1).update(value=F("value") + 1, changed_at=now)
        if not updated:
            cls.objects.get_or_create(pk=1, defaults={"value": 2, "changed_at": now})

    @classmethod
    def bump_on_commit(cls):
        """Bump once the current transaction commits, so readers never see a version
        that points at content still being written (and a rollback bumps nothing)."""
        transaction.on_commit(cls.bump)
