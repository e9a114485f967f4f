"""The demo's events: six upcoming and four past, dated from the day of loading, linked
to the demo's tools, frameworks and stories; loading again adds nothing."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from example_site.demo.events import EVENTS
from example_site.demo.management.commands.load_demo_content import Command as LoadDemoContent
from wagtail_iitk.models import EventPage


@pytest.mark.django_db
def test_the_demo_loads_six_upcoming_and_four_past_events():
    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    call_command(LoadDemoContent(), verbosity=0, stdout=io.StringIO())
    now = timezone.now()
    live = EventPage.objects.live()
    assert live.filter(end__gt=now).count() == 6
    assert live.filter(end__lte=now).count() == 4
    for data in EVENTS:
        event = EventPage.objects.get(slug=data["slug"])
        assert event.tools.count() == len(data.get("tools", [])), data["slug"]
        assert event.frameworks.count() == len(data.get("frameworks", [])), data["slug"]
        assert bool(event.write_up) == bool(data.get("write_up")), data["slug"]
        assert "fictional" in event.place + event.organiser or not event.place
    full = EventPage.objects.get(slug="process-mapping-workshop")
    assert full.registrations.filter(status="confirmed").count() == full.capacity
    call_command(LoadDemoContent(), verbosity=0, stdout=io.StringIO())
    assert EventPage.objects.count() == 10
