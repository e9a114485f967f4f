"""The one path every change to public content takes.

Whatever changed (a publish, an unpublish, a delete, a move or rename of any page, a
view restriction, an image, a taxonomy term, a partner, the settings, a direct save of a
live item, an engagement count), the signal handlers call :func:`content_changed`. Once
the transaction commits it:

1. moves the content version, so no cached response or ETag survives the change;
2. rewrites the stored cards the change touches (a django-tasks task: on the worker in
   production, at once with the immediate backend), then moves the version again (once
   in all when the rewrite ran at once);
3. purges the API's URLs from the CDN, when the site has one (a task, tried again
   when the CDN fails: ``purge_api_urls``).

Nothing happens for a transaction that rolls back, and reads never do any of it.
Several changes in one transaction (a publish saves the page, its links and its
children) are written together, once.
"""

import datetime
import logging
import threading

from django.conf import settings
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django_tasks import task
from wagtail.models import Site

from ..models import ContentVersion
from ..models.kinds import get_kind, get_kinds
from . import store, version

logger = logging.getLogger("wagtail_iitk.cards")

_local = threading.local()


class Batch:
    """The changes of one transaction, merged."""

    def __init__(self, atomic):
        self.atomic = atomic
        self.items = {}  # kind name -> ids whose cards (and the cards showing them) change
        self.own = {}  # kind name -> ids whose own cards change (not the cards showing them)
        self.counts = {}  # kind name -> ids whose engagement counts changed
        self.sections = set()  # page ids: every card at or below them
        self.everything = False
        self.paths = set()  # API paths to purge besides the lists
        self.touched = False  # anything at all changed (the version must move)
        #: The view restrictions' fingerprint before the first restriction change.
        self.restrictions_before = None

    def add(self, items, own, counts, section, everything, paths, restrictions_before=None):
        if self.restrictions_before is None and restrictions_before is not None:
            self.restrictions_before = list(restrictions_before)
        for target, source in ((self.items, items), (self.own, own), (self.counts, counts)):
            for kind, ids in (source or {}).items():
                target.setdefault(kind, set()).update(pk for pk in ids if pk)
        if section:
            self.sections.add(section)
        self.everything |= everything
        self.paths.update(paths)
        self.touched = True

    def take(self):
        """The work as plain data (for a task), and empty the batch."""
        if not self.touched:
            return None
        work = {
            "items": {kind: sorted(ids) for kind, ids in self.items.items() if ids},
            "own": {kind: sorted(ids) for kind, ids in self.own.items() if ids},
            "counts": {kind: sorted(ids) for kind, ids in self.counts.items() if ids},
            "sections": sorted(self.sections),
            "everything": self.everything,
            "paths": sorted(self.paths),
            "restrictions_before": self.restrictions_before,
        }
        self.__init__(self.atomic)
        return work


def content_changed(
    items=None,
    *,
    own=None,
    counts=None,
    section=None,
    everything=False,
    paths=(),
    restrictions_before=None,
):
    """Record a change to public content; the work runs once the transaction commits.

    ``items``: ``{kind name: ids}`` whose cards change, and with them the cards that
    show them; ``own``: ``{kind name: ids}`` whose own cards change and nothing else
    (an image); ``counts``: ``{kind name: ids}`` whose engagement counts changed (one
    statement recounts them: the only writer of the stored counts); ``section``: a page
    id whose subtree changed (a move, a view restriction); ``everything``: every card
    (settings); ``paths``: extra API paths to purge; ``restrictions_before``: for a view
    restriction's change, the restrictions' fingerprint before it (see
    ``ContentVersion.restrictions``). With no
    arguments, only the version moves (a rename of an index page changes URLs, which
    cards compute at read time).
    """
    connection = transaction.get_connection()
    atomic = connection.atomic_blocks[0] if connection.in_atomic_block else None
    batch = getattr(_local, "batch", None)
    if batch is None or batch.atomic is not atomic:
        batch = _local.batch = Batch(atomic)
    batch.add(items, own, counts, section, everything, paths, restrictions_before)

    # One callback per call: if a savepoint holding an earlier call rolls back, Django
    # drops that call's callback but this one still flushes the batch (work left over
    # from a rolled-back part only rewrites cards from what is committed: harmless).
    def after_commit():
        _flush(batch)

    after_commit.iitk_after_commit = True
    transaction.on_commit(after_commit, robust=True)


def _flush(batch):
    work = batch.take()
    if work is None:  # an earlier callback of the same transaction did it all
        return
    if work["counts"]:
        store.recount_used(work["counts"])
    finished = False
    if work["items"] or work["own"] or work["sections"] or work["everything"]:
        try:
            finished = rewrite_cards.enqueue(work).is_finished
        except Exception:  # noqa: BLE001 (the queue is down: iitk_refresh_cards repairs)
            logger.exception("Could not queue the card rewrite; run iitk_refresh_cards")
    if not finished:
        # Now, so that nothing cached outlives the change (hidden items are already
        # judged at read time); a queued rewrite moves the version again when done.
        version.bump()
    purge(work)


@task()
def rewrite_cards(work):
    """Rewrite the stored cards a committed change touched, then move the version."""
    if work.get("everything"):
        store.refresh_all()
    else:
        targets = {}
        for name, ids in work.get("items", {}).items():
            targets.setdefault(get_kind(name).name, set()).update(ids)
        store.refresh(targets)
        own = {get_kind(name).name: set(ids) for name, ids in work.get("own", {}).items()}
        store.refresh(own, with_dependents=False)
        for page_id in work.get("sections", ()):
            store.refresh_section(page_id)
        before = work.get("restrictions_before")
        known = ContentVersion.objects.filter(pk=1).values_list("restrictions", flat=True).first()
        if before is not None and known == before:
            # Only signalled changes since the cards last reflected every restriction:
            # they do again. (After a quiet one, readers check each card until a rebuild.)
            version.record_restrictions(version.restriction_fingerprint())
    version.bump()


#: Seconds before each retry of a CDN purge that failed: 30 s, 2 min, 10 min, 1 h.
PURGE_RETRY_DELAYS = (30, 120, 600, 3600)


def purge(work):
    """Purge the API's lists (and named paths) through wagtail.contrib.frontend_cache,
    when the site configures a CDN. A failing CDN never fails a publish: the purge is a
    task (:func:`purge_api_urls`, on the worker in production) that is tried again with
    growing delays, then logged."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    try:
        urls = api_urls(work.get("paths", ()))
    except NoReverseMatch:
        logger.exception("Could not work out the API URLs to purge")
        return
    try:
        purge_api_urls.enqueue(urls)
    except Exception:  # noqa: BLE001 (the queue is down: the lists expire by s-maxage)
        logger.exception("Could not queue the purge of the API's URLs")


class _PurgeErrors(logging.Handler):
    """Counts the errors Wagtail's purge backends log (they log, rather than raise,
    when the CDN refuses) in this thread."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.thread = threading.get_ident()
        self.count = 0

    def emit(self, record):
        if record.thread == self.thread:
            self.count += 1


def _purged(urls):
    """Purge now, through Wagtail's purge task run in this process; False if it failed."""
    from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task

    errors = _PurgeErrors()
    wagtail_logger = logging.getLogger("wagtail.frontendcache")
    wagtail_logger.addHandler(errors)
    try:
        purge_urls_from_cache_task.call(list(urls))
    except Exception:  # noqa: BLE001 (a CDN outage must not fail anything else)
        logger.exception("Purging API URLs from the frontend cache failed")
        return False
    finally:
        wagtail_logger.removeHandler(errors)
    return errors.count == 0


@task()
def purge_api_urls(urls, attempt=1):
    """Purge ``urls`` from the CDN; if it fails, queue the next try after its delay
    (``PURGE_RETRY_DELAYS``; django-tasks has no retries of its own)."""
    if _purged(urls):
        return
    if attempt > len(PURGE_RETRY_DELAYS):
        logger.error(
            "Purging %s API URLs gave up after %s tries; they expire by their s-maxage",
            len(urls),
            attempt,
        )
        return
    delay = datetime.timedelta(seconds=PURGE_RETRY_DELAYS[attempt - 1])
    try:
        if not purge_api_urls.get_backend().supports_defer:
            logger.error("The purge failed, and the task backend cannot defer a retry")
            return
        purge_api_urls.using(run_after=timezone.now() + delay).enqueue(list(urls), attempt + 1)
    except Exception:  # noqa: BLE001 (the queue is down too)
        logger.exception("Could not queue a retry of the purge")


def api_urls(paths=()):
    """Absolute API URLs to purge: every kind's list, the taxonomy, cards, and ``paths``.

    A CDN keys on the full URL, query string included, so lists with parameters expire
    by their ``s-maxage``; the bare lists and the changed items' details go now.
    """
    found = [reverse(f"wagtail_iitk_api:{kind.name}-list") for kind in get_kinds()]
    found += [reverse("wagtail_iitk_api:taxonomy"), reverse("wagtail_iitk_api:cards")]
    found += list(paths)
    roots = {site.root_url.rstrip("/") for site in Site.objects.all()}
    return sorted(root + path for root in roots for path in found)


def detail_path(kind, instance):
    """The API path of one item's detail, for purging (None when it cannot be made)."""
    lookup = {kind.lookup: getattr(instance, kind.lookup, None)}
    if not all(lookup.values()):
        return None
    try:
        return reverse(f"wagtail_iitk_api:{kind.name}-detail", kwargs=lookup)
    except NoReverseMatch:
        return None
