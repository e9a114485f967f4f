"""Counts stay exact when many batches arrive at once (run it on PostgreSQL too:
DATABASE_URL=postgres://...): the upsert adds in the database, so no increment is lost
between reading a count and writing it back."""

import io
import threading

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Sum

from wagtail_iitk.engagement.ingest import ingest
from wagtail_iitk.models import DailyEngagement, PartnerOrganisation, PublicCard

from .. import factories
from ..embed.test_oembed_live import serve_default_site_at

THREADS = 8
BATCHES = 50
#: One batch: 10 events over two tools and the toolkit, some repeated within the batch.
BATCH = [
    ("view", "tool", "process-map"),
    ("view", "tool", "process-map"),
    ("impression", "tool", "process-map"),
    ("used", "tool", "process-map"),
    ("view", "tool", "run-chart"),
    ("impression", "tool", "run-chart"),
    ("open", "tool", "run-chart"),
    ("share_started", "toolkit", ""),
    ("view", "tool", "no-such-tool"),  # ignored
    ("view", "tool", "process-map"),
]


@pytest.mark.django_db(transaction=True)
def test_concurrent_batches_add_up_exactly():
    # An earlier transactional test may have flushed the site Wagtail's migrations made.
    serve_default_site_at("http://localhost:80")
    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    first = factories.make_tool(slug="process-map")
    second = factories.make_tool(slug="run-chart")
    partner = PartnerOrganisation.objects.create(name="Example Trust")
    start = threading.Barrier(THREADS)
    failures = []

    def send(number):
        try:
            start.wait()
            for batch in range(BATCHES):
                # Half the batches come through a partner's widgets, from two origins.
                through = partner if (number + batch) % 2 else None
                origin = f"https://intranet-{number % 2}.example.nhs.uk"
                ingest(BATCH, partner=through, origin=origin)
        except Exception as error:  # noqa: BLE001 (reported by the main thread)
            failures.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=send, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    batches = THREADS * BATCHES
    total = DailyEngagement.objects.aggregate(n=Sum("count"))["n"]
    assert total == batches * 9  # every event but the unknown item's
    per_event = {
        (row["item_id"], row["event"]): row["n"]
        for row in DailyEngagement.objects.values("item_id", "event").annotate(n=Sum("count"))
    }
    assert per_event == {
        (first.pk, "view"): batches * 3,
        (first.pk, "impression"): batches,
        (first.pk, "used"): batches,
        (second.pk, "view"): batches,
        (second.pk, "impression"): batches,
        (second.pk, "open"): batches,
        (0, "share_started"): batches,
    }
    # One row per item, event, partner (or none) and origin: 7 × 2 × 2, however many
    # batches arrived.
    assert DailyEngagement.objects.count() == 28
    # The "I used this tool" presses reached the tool's stored card exactly as well.
    used = PublicCard.objects.get(kind="tool", item_id=first.pk).used_count
    assert used == batches
