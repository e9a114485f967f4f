"""Draft and private (view-restricted) events reach no public surface: the pages, the
events index, calendar/ (list, detail, filters), search/, cards/, the tool detail's and
tool page's events, the calendar feed and the event's file."""

import pytest
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from wagtail_iitk.models import EventIndexPage

from ..api.helpers import get, get_json
from ..factories import make_tool
from .helpers import make_event

PUBLIC = "Open kaleidoscope workshop"


@pytest.fixture(params=["draft", "private", "private-section", "unpublished"])
def hidden(request, toolkit):
    tool = make_tool(title="Process map", slug="process-map")
    make_event(title=PUBLIC, slug="open", days=4, tools=[tool])
    title = "Secret kaleidoscope workshop"
    if request.param == "draft":
        event = make_event(title=title, slug="secret", publish=False, tools=[tool])
    elif request.param == "unpublished":
        event = make_event(title=title, slug="secret", tools=[tool])
        event.unpublish()
    else:
        event = make_event(title=title, slug="secret", tools=[tool])
        target = event if request.param == "private" else EventIndexPage.objects.get()
        PageViewRestriction.objects.create(page=target, restriction_type="login")
    return {"kind": request.param, "event": event, "title": title, "tool": tool}


def test_not_on_the_site(client, hidden):
    event = hidden["event"]
    index = EventIndexPage.objects.get()
    response = client.get(event.url or f"{index.url}secret/")
    assert response.status_code in (302, 404)
    assert hidden["title"] not in response.content.decode()
    for path in ("event.ics", "register/"):
        answer = client.get(f"{index.url}secret/{path}")
        assert answer.status_code in (302, 404), path
        assert b"Secret" not in answer.content
    if hidden["kind"] != "private-section":
        listing = client.get(index.url).content.decode()
        assert PUBLIC in listing and hidden["title"] not in listing
        tool_page = client.get(hidden["tool"].url).content.decode()
        assert PUBLIC in tool_page and hidden["title"] not in tool_page


def test_not_in_the_calendar_feed(client, hidden):
    response = client.get(EventIndexPage.objects.get().url + "calendar.ics")
    if hidden["kind"] == "private-section":
        assert response.status_code == 302  # the whole index asks for a login
        return
    summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(response.content).walk("VEVENT")]
    assert summaries == [PUBLIC]


def test_not_in_the_api(client, hidden):
    expected = [] if hidden["kind"] == "private-section" else ["open"]
    for params in ({}, {"tool": "process-map"}, {"past": "1"}, {"from": "2000-01-01"}):
        listed = get_json(client, "calendar/", params)
        if "past" not in params:
            assert [c["slug"] for c in listed["results"]] == expected
        assert "secret" not in str(listed)
    assert get(client, "calendar/secret/").status_code == 404
    found = get_json(client, "search/", {"q": "kaleidoscope"})
    assert "Secret" not in str(found)
    cards = get_json(client, "cards/", {"calendar": "secret,open"})
    assert cards["missing"] == {"calendar": ["secret"] + (["open"] if not expected else [])}
    tool = get_json(client, "tools/process-map/")
    assert [e["slug"] for e in tool["events"]] == expected
