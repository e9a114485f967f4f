"""The events index (upcoming and past lists) and an event's page."""

import io

from django.core.management import call_command

from wagtail_iitk.models import EventIndexPage

from ..factories import make_story, make_tool
from .helpers import make_event


def test_setup_gives_each_toolkit_an_events_index_once(toolkit):
    index = EventIndexPage.objects.child_of(toolkit).get()
    assert index.live and index.slug == "events"
    out = io.StringIO()
    call_command("iitk_setup", stdout=out)
    assert EventIndexPage.objects.count() == 1
    assert "events index" not in out.getvalue()


def test_setup_adds_the_index_to_a_toolkit_made_before_events(toolkit):
    EventIndexPage.objects.get().delete()
    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    assert EventIndexPage.objects.child_of(toolkit).count() == 1


def test_the_index_lists_upcoming_soonest_first_and_past_with_their_write_up(client, toolkit):
    later = make_event(title="Later workshop", days=20)
    sooner = make_event(title="Sooner workshop", days=2)
    story = make_story(title="How the mapping day went")
    past = make_event(title="Mapping day", days=-10, write_up=story)
    response = client.get(EventIndexPage.objects.get().url)
    assert response.status_code == 200
    html = response.content.decode()
    upcoming, _, rest = html.partition("Past events")
    assert upcoming.index("Sooner workshop") < upcoming.index("Later workshop")
    assert "Mapping day" not in upcoming and "Mapping day" in rest
    assert "How the mapping day went" in rest
    assert response["X-Frame-Options"] or "frame-ancestors" in response.get(
        "Content-Security-Policy", ""
    )
    for event in (later, sooner, past):
        assert event.url in html


def test_an_event_page_shows_times_in_london_with_the_zone(client, toolkit):
    import datetime

    tool = make_tool(title="Process map")
    # 09:30 UTC in July is 10:30 in London (BST).
    start = datetime.datetime(2099, 7, 1, 9, 30, tzinfo=datetime.UTC)
    event = make_event(start=start, tools=[tool], online_url="https://meet.example.org/x")
    html = client.get(event.url).content.decode()
    assert "10:30" in html and "BST" in html and "Europe/London" in html
    assert 'datetime="2099-07-01T09:30:00+00:00"' in html
    assert "Process map" in html and "Register for this event" in html
    assert "https://meet.example.org/x" in html


def test_tool_and_framework_pages_list_their_upcoming_public_events(client, toolkit):
    from ..factories import make_framework

    tool = make_tool(title="Process map")
    framework = make_framework(title="Lean")
    make_event(title="Mapping morning", days=3, tools=[tool])
    make_event(title="Lean walk", days=9, frameworks=[framework], format="site-visit")
    make_event(title="Old mapping day", days=-3, tools=[tool])
    make_event(title="Draft mapping", publish=False, tools=[tool])
    html = client.get(tool.url).content.decode()
    assert "Upcoming events" in html and "Mapping morning" in html
    assert "Old mapping day" not in html and "Draft mapping" not in html
    assert "Lean walk" in client.get(framework.url).content.decode()
    bare = make_tool(title="Fishbone")
    assert "Upcoming events" not in client.get(bare.url).content.decode()


def test_editors_enter_times_in_london_whatever_their_own_zone(toolkit, settings):
    """The admin form reads and shows times in Europe/London, with the end after the
    start, and a place or an online link."""
    import datetime

    from django.utils import timezone

    from wagtail_iitk.models import EventPage

    form_class = EventPage.get_edit_handler().get_form_class()
    index = EventIndexPage.objects.get()
    data = {
        "title": "Clinic",
        "slug": "clinic",
        "summary": "A clinic.",
        "format": "workshop",
        "start": "2099-07-01 10:30",
        "end": "2099-07-01 12:00",
        "place": "Room 1",
        "organiser": "Team",
        "registration": "toolkit",
    }
    with timezone.override("Asia/Tokyo"):  # an editor far away
        form = form_class(data, instance=EventPage(), parent_page=index, for_user=None)
        assert form.is_valid(), form.errors
        assert form.cleaned_data["start"] == datetime.datetime(
            2099, 7, 1, 9, 30, tzinfo=datetime.UTC
        )
        shown = form_class(instance=EventPage(start=form.cleaned_data["start"]), parent_page=index)
        assert "2099-07-01 10:30" in str(shown["start"])
        assert "Europe/London" in str(form.fields["start"].help_text)
        bad = form_class(
            {**data, "end": "2099-07-01 10:00", "place": ""},
            instance=EventPage(),
            parent_page=index,
            for_user=None,
        )
        assert not bad.is_valid()
        assert set(bad.errors) >= {"end", "place"}
