"""Capacity holds when many people register at once for an event's last places.

PostgreSQL only (as ``tests/api/test_card_store_concurrency.py``): the suite's SQLite
database lives in memory, where a second writer is refused at once instead of waiting,
so concurrent registrations cannot run there at all. Run it with
``DATABASE_URL=postgres://postgres@127.0.0.1:5432/iitk``.
"""

import io
import threading
import time

import pytest
from django.core.management import call_command
from django.db import connection

from wagtail_iitk.events import registration as service
from wagtail_iitk.models import EventRegistration

from ..embed.test_oembed_live import serve_default_site_at
from .helpers import make_event

CAPACITY = 20
TAKEN = 17  # so three places are left
THREADS = 50


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent writers need a server database"
)
@pytest.mark.django_db(transaction=True)
def test_fifty_people_registering_at_once_for_the_last_places_never_overbook():
    serve_default_site_at("http://localhost:80")
    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    event = make_event(capacity=CAPACITY)
    for n in range(TAKEN):
        service.register(event.pk, name=f"Early {n}", email=f"early{n}@example.org")
    start = threading.Barrier(THREADS)
    failures = []

    def register(number):
        try:
            start.wait()
            service.register(event.pk, name=f"Late {number}", email=f"late{number}@example.org")
        except Exception as error:  # noqa: BLE001 (reported by the main thread)
            failures.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=register, args=(n,)) for n in range(THREADS)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began

    assert failures == []
    late = EventRegistration.objects.filter(email__startswith="late")
    assert late.count() == THREADS
    assert late.filter(status="confirmed").count() == CAPACITY - TAKEN
    assert late.filter(status="waiting").count() == THREADS - (CAPACITY - TAKEN)
    assert EventRegistration.objects.filter(event=event, status="confirmed").count() == CAPACITY
    # The places went to the first comers: no one waiting registered before a late place.
    last_place = late.filter(status="confirmed").order_by("-created_at").first().created_at
    assert not late.filter(status="waiting", created_at__lt=last_place).exists()
    print(f"\n[{connection.vendor}] {THREADS} registrations at once in {elapsed:.2f} s")
