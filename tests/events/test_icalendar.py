"""The events' iCalendar files: the index's feed of upcoming events (``calendar.ics``)
and one event's file (``event.ics``), valid RFC 5545 (parsed back with icalendar)."""

import datetime

import pytest
from icalendar import Calendar

from wagtail_iitk.models import EventIndexPage

from .helpers import make_event

JULY = datetime.datetime(2099, 7, 1, 9, 30, tzinfo=datetime.UTC)  # 10:30 in London (BST)
JANUARY = datetime.datetime(2099, 1, 12, 14, 0, tzinfo=datetime.UTC)  # 14:00 (GMT)


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


@pytest.fixture
def feed_url(toolkit):
    return EventIndexPage.objects.get().url + "calendar.ics"


def test_the_feed_holds_the_upcoming_public_events_only(client, feed_url):
    july = make_event(title="Summer workshop", start=JULY)
    january = make_event(title="Winter training", start=JANUARY, format="training")
    make_event(title="Finished", days=-2)
    make_event(title="Draft", publish=False)
    cal = parse(client.get(feed_url))
    assert str(cal["VERSION"]) == "2.0" and str(cal["PRODID"]).startswith("-//")
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {"Summer workshop", "Winter training"}
    summer = events["Summer workshop"]
    assert summer["DTSTART"].params["TZID"] == "Europe/London"
    assert summer.decoded("DTSTART") == JULY
    assert summer.decoded("DTSTART").astimezone(july.start.tzinfo).hour == 9
    assert summer.decoded("DTSTART").strftime("%H:%M") == "10:30"
    assert events["Winter training"].decoded("DTSTART").strftime("%H:%M %Z") == "14:00 GMT"
    assert str(events["Winter training"]["CATEGORIES"].cats[0]) == "Training"
    (zone,) = cal.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/London"
    assert str(summer["URL"]).endswith(july.url)
    assert str(summer["UID"]) == f"event-{july.pk}@localhost"
    assert january.pk != july.pk
    assert "public" in client.get(feed_url)["Cache-Control"]


def test_an_events_uid_is_stable_through_edits_and_its_sequence_rises(client, toolkit):
    event = make_event(title="Mapping clinic", start=JULY)
    first = parse(client.get(event.url + "event.ics")).walk("VEVENT")[0]
    event.title = "Process mapping clinic"
    event.slug = "process-mapping-clinic"
    event.save_revision().publish()
    event.refresh_from_db()
    assert event.last_published_at > first.decoded("LAST-MODIFIED") - datetime.timedelta(1)
    second = parse(client.get(event.url + "event.ics")).walk("VEVENT")[0]
    assert str(second["UID"]) == str(first["UID"])
    assert str(second["SUMMARY"]) == "Process mapping clinic"
    assert int(second["SEQUENCE"]) >= int(first["SEQUENCE"])
    # The same file twice is the same bytes (DTSTAMP is the last publish, not now).
    assert (
        client.get(event.url + "event.ics").content == client.get(event.url + "event.ics").content
    )


def test_an_event_file_is_valid_and_names_where(client, toolkit):
    event = make_event(title="Ward walk", start=JULY, place="Ward 7, Example Hospital")
    cal = parse(client.get(event.url + "event.ics"))
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["LOCATION"]) == "Ward 7, Example Hospital"
    assert vevent.decoded("DTEND") - vevent.decoded("DTSTART") == datetime.timedelta(hours=2)
    for required in ("UID", "DTSTAMP", "DTSTART"):
        assert required in vevent
    assert 'filename="' in client.get(event.url + "event.ics")["Content-Disposition"]


def test_an_empty_feed_is_still_a_valid_calendar(client, feed_url):
    cal = parse(client.get(feed_url))
    assert cal.walk("VEVENT") == [] and cal.walk("VTIMEZONE") == []
