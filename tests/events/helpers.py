"""Events for the tests: ``make_event`` builds a published event under the toolkit's
events index, starting ``days`` from now unless told otherwise."""

import datetime
import itertools

from django.utils import timezone

from wagtail_iitk.models import EventIndexPage, EventPage

_seq = itertools.count(1)


def make_event(publish=True, days=7, hours=2, **fields):
    n = next(_seq)
    start = fields.pop("start", None) or (timezone.now() + datetime.timedelta(days=days)).replace(
        microsecond=0
    )
    fields.setdefault("title", f"Event {n}")
    fields.setdefault("slug", f"event-{n}")
    fields.setdefault("summary", f"A short workshop, number {n}.")
    fields.setdefault("organiser", "The toolkit team")
    fields.setdefault("place", "Seminar room 2, Example Hospital")
    fields.setdefault("end", start + datetime.timedelta(hours=hours))
    names = ("tools", "frameworks", "perspectives")
    links = {key: fields.pop(key) for key in names if key in fields}
    event = EventPage(start=start, live=publish, **fields)
    for key, values in links.items():
        getattr(event, key).set(values)
    EventIndexPage.objects.first().add_child(instance=event)
    revision = event.save_revision()
    if publish:
        revision.publish()
    event.refresh_from_db()
    return event
