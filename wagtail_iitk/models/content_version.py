"""A single counter that changes whenever public content changes.

The API builds its ETags and server-side cache keys from it: the one change path
(``wagtail_iitk.cards.changes``) moves it after every change has committed, so every
cached response and ETag is stale at once. Reading it never writes: the value lives in
the shared cache (the database row is the source of truth, read on a miss), so a cached
or conditional request needs no database round trip.

Expiry is the one change no publish announces. The row keeps the coming expiry times of
live items, and a read counts how many have passed: the version a reader sees moves at
each expiry without anything being written.
"""

import contextlib
import datetime
import time

from django.core.cache import caches
from django.db import models
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from ..conf import iitk_settings

#: How many coming expiries the row remembers; past the last one, reads fall back to a
#: version that moves every minute until the next change records more.
EXPIRY_HORIZON = 50
CACHE_KEY = "iitk:content-version"
EPOCH = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)

#: This process's last read of the row: {"row": (row, monotonic time it may be reused
#: until)}. Only used when ``CONTENT_VERSION_LOCAL_TIMEOUT`` is set; a change made in
#: this process drops it at once (``forget``), one made elsewhere is seen when it ends.
_local = {}


class ContentVersion(models.Model):
    """One row (pk=1): the version of the public content and when it last changed."""

    value = models.PositiveBigIntegerField(default=1)
    changed_at = models.DateTimeField(default=timezone.now)
    #: The next ``EXPIRY_HORIZON`` expiry times of live items (ISO 8601), soonest first.
    expiries = models.JSONField(default=list, blank=True)
    #: [count, highest id] of the view restrictions the stored cards reflect. While the
    #: restrictions in the database match it, no stored card can be of a private page;
    #: when they do not (a restriction made without signals), readers check each card.
    restrictions = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = "content version"

    def __str__(self):
        return f"version {self.value} at {self.changed_at:%Y-%m-%d %H:%M:%S}"

    @classmethod
    def stored(cls):
        """(value, changed_at, expiries, restrictions) from this process's short memo
        (``CONTENT_VERSION_LOCAL_TIMEOUT``), the shared cache, else the database."""
        local_timeout = iitk_settings.CONTENT_VERSION_LOCAL_TIMEOUT
        memo = _local.get("row") if local_timeout > 0 else None
        if memo is not None and time.monotonic() < memo[1]:
            return memo[0]
        cache = caches[iitk_settings.API_CACHE_ALIAS]
        try:
            row = cache.get(CACHE_KEY)
        except Exception:  # noqa: BLE001 (a cache outage: read the database instead)
            row = None
        if row is None:
            found = (
                cls.objects.filter(pk=1)
                .values_list("value", "changed_at", "expiries", "restrictions")
                .first()
            )
            value, changed_at, expiries, restrictions = found or (0, EPOCH, [], [])
            row = (
                value,
                changed_at,
                [parse_datetime(t) for t in expiries or ()],
                tuple(restrictions or (-1, -1)),
            )
            cls.remember(row)
        if local_timeout > 0:
            _local["row"] = (row, time.monotonic() + local_timeout)
        return row

    @classmethod
    def remember(cls, row):
        """Put ``row`` in the shared cache (ignored when the cache is down)."""
        with contextlib.suppress(Exception):  # a cache outage: the database still has it
            caches[iitk_settings.API_CACHE_ALIAS].set(
                CACHE_KEY, row, iitk_settings.CONTENT_VERSION_CACHE_TIMEOUT
            )

    @classmethod
    def forget(cls):
        """Drop the cached copy (after a change): the next reader loads the new one."""
        _local.clear()
        with contextlib.suppress(Exception):  # a cache outage: nothing is cached either
            caches[iitk_settings.API_CACHE_ALIAS].delete(CACHE_KEY)

    @classmethod
    def current(cls, now=None):
        """The (version, changed_at) a reader sees now; never writes.

        ``version`` is a string: the stored value, plus how many recorded expiries have
        passed since it was written.
        """
        value, changed_at, expiries, _restrictions = cls.stored()
        now = now or timezone.now()
        passed = [moment for moment in expiries if moment <= now]
        if not passed:
            return str(value), changed_at
        version = f"{value}.{len(passed)}"
        if len(passed) >= EXPIRY_HORIZON:
            version += f".{int(now.timestamp()) // 60}"
        return version, max(changed_at, passed[-1])

    @classmethod
    def known_restrictions(cls):
        """(count, highest id) of the view restrictions the stored cards reflect."""
        return cls.stored()[3]
