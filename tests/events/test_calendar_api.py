"""``calendar/``: upcoming events by default, past ones with ``past=1``, filters by tool,
framework, perspective, format and dates; one event in full; upcoming events in the
details of the tools and frameworks they cover; the schema."""

import datetime

import pytest
import yaml
from django.utils import timezone

from wagtail_iitk.models import ContentVersion, Perspective

from ..api.helpers import get, get_json
from ..api.test_queries import measure
from ..factories import make_framework, make_tool
from .helpers import make_event

JULY = datetime.datetime(2099, 7, 1, 9, 30, tzinfo=datetime.UTC)


@pytest.fixture
def world(toolkit):
    tool = make_tool(title="Process map", slug="process-map")
    other = make_tool(title="Fishbone", slug="fishbone")
    framework = make_framework(title="Model for Improvement", slug="model-for-improvement")
    risk = Perspective.objects.get(slug="risk")
    events = {
        "soon": make_event(title="Soon", slug="soon", days=2, tools=[tool], perspectives=[risk]),
        "later": make_event(
            title="Later", slug="later", days=30, format="training", frameworks=[framework]
        ),
        "july": make_event(title="July", slug="july", start=JULY, tools=[tool, other]),
        "ended": make_event(title="Ended", slug="ended", days=-5, tools=[tool]),
        "long-ago": make_event(title="Long ago", slug="long-ago", days=-50),
        "draft": make_event(title="Draft", slug="draft", publish=False, tools=[tool]),
    }
    return {"tool": tool, "framework": framework, **events}


def slugs(data):
    return [card["slug"] for card in data["results"]]


def test_upcoming_soonest_first_by_default(client, world):
    data = get_json(client, "calendar/")
    assert slugs(data) == ["soon", "later", "july"]
    assert data["count"] == 3 and data["next"] is None
    card = data["results"][2]
    assert card["type"] == "event"
    assert card["start"] == "2099-07-01T09:30:00Z" and card["end"] == "2099-07-01T11:30:00Z"
    assert card["time_zone"] == "Europe/London"
    assert card["tools"] == ["fishbone", "process-map"]
    assert card["labels"]["tools"] == ["Fishbone", "Process map"]
    assert card["format"] == "workshop" and card["labels"]["format"] == "Workshop"
    assert card["url"] == "http://testserver" + world["july"].url
    assert card["api_url"] == "http://testserver/api/iitk/v1/calendar/july/"


def test_past_events_latest_first(client, world):
    assert slugs(get_json(client, "calendar/", {"past": "1"})) == ["ended", "long-ago"]
    assert slugs(get_json(client, "calendar/", {"past": "0"})) == ["soon", "later", "july"]


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"tool": "process-map"}, ["soon", "july"]),
        ({"tool": "process-map", "past": "1"}, ["ended"]),
        ({"framework": "model-for-improvement"}, ["later"]),
        ({"perspective": "risk"}, ["soon"]),
        ({"format": "training"}, ["later"]),
        ({"format": "training,workshop"}, ["soon", "later", "july"]),
        ({"from": "2099-07-01"}, ["july"]),
        ({"to": "2099-06-30"}, ["soon", "later"]),
        ({"from": "2099-07-01", "to": "2099-07-01"}, ["july"]),
        ({"ordering": "-start"}, ["july", "later", "soon"]),
        ({"ordering": "title"}, ["july", "later", "soon"]),
        ({"limit": "1", "offset": "1"}, ["later"]),
    ],
)
def test_filters(client, world, params, expected):
    assert slugs(get_json(client, "calendar/", params)) == expected


@pytest.mark.parametrize(
    "params, field",
    [
        ({"from": "01/07/2099"}, "from"),
        ({"to": "2099-13-01"}, "to"),
        ({"from": "tomorrow"}, "from"),
        ({"past": "maybe"}, "past"),
        ({"format": "party"}, "format"),
        ({"tool": "no-such-tool"}, "tool"),
        ({"ordering": "place"}, "ordering"),
        ({"q": "text"}, "q"),
    ],
)
def test_bad_parameters_are_400s_naming_them(client, world, params, field):
    data = get_json(client, "calendar/", params, status=400)
    assert field in data["error"]["fields"], data


def test_an_event_in_full(client, world):
    data = get_json(client, "calendar/july/")
    assert data["title"] == "July" and data["start"] == "2099-07-01T09:30:00Z"
    assert [tool["slug"] for tool in data["tools"]] == ["fishbone", "process-map"]
    assert data["tools"][0]["type"] == "tool"
    assert data["ics_url"] == "http://testserver" + world["july"].url + "event.ics"
    assert data["register_url"].endswith("/register/")
    assert data["booking_url"] is None
    assert get(client, "calendar/draft/").status_code == 404


def test_tool_and_framework_details_list_their_upcoming_events(client, world):
    tool = get_json(client, "tools/process-map/")
    assert [event["slug"] for event in tool["events"]] == ["soon", "july"]
    framework = get_json(client, "frameworks/model-for-improvement/")
    assert [event["slug"] for event in framework["events"]] == ["later"]
    assert get_json(client, "tools/fishbone/")["events"][0]["slug"] == "july"


def test_the_list_moves_on_when_an_event_ends_without_any_write(client, world, monkeypatch):
    """The content version counts event ends as they pass, so the cached upcoming list
    (and its ETag) does not outlive an event."""
    first = get(client, "calendar/")
    assert "soon" in first.content.decode()
    later = world["soon"].end + datetime.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert ContentVersion.current()[0] != ContentVersion.current(now=world["soon"].start)[0]
    second = get(client, "calendar/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.status_code == 200
    assert [c["slug"] for c in second.json()["results"]] == ["later", "july"]


def test_the_list_costs_one_query_at_any_page_size(client, world):
    """Uncached, with what a running site keeps in its shared cache (as the API's own
    query budgets measure): one query for the page, its count and the time window."""
    for limit in (1, 3, 100):
        get(client, "calendar/", {"limit": limit})
        count, response, sql = measure(client, "calendar/", {"limit": limit})
        assert count == 1, sql
    count, _, sql = measure(client, "calendar/", {"past": "1", "tool": "process-map"})
    assert count == 2, sql  # the filter set checks the tool's slug


def test_the_schema_describes_the_calendar(client):
    schema = yaml.safe_load(client.get("/api/iitk/v1/schema/").content)
    listed = schema["paths"]["/api/iitk/v1/calendar/"]["get"]
    names = {parameter["name"] for parameter in listed["parameters"]}
    assert {"tool", "framework", "perspective", "format", "from", "to", "past"} <= names
    assert "q" not in names
    by_name = {parameter["name"]: parameter for parameter in listed["parameters"]}
    assert by_name["from"]["schema"] == {"type": "string", "format": "date"}
    assert "EventCard" in schema["components"]["schemas"]
    tool = schema["components"]["schemas"]["ToolDetail"]["properties"]
    assert "events" in tool
