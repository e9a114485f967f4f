"""POST events/: counted on arrival into daily rows; bad input named; nothing personal kept."""

import json

import pytest
from django.db import OperationalError
from django.test import override_settings
from django.utils import timezone

from wagtail_iitk.models import DailyEngagement

from .conftest import EVENTS, FIREFOX, INTRANET, batch_of, event, post_events, rows

#: The toolkit's own origin under the test client: its pages may send "used" and "helpful".
OWN = "http://testserver"


def error_fields(response, status=400, code="invalid"):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    error = response.json()["error"]
    assert error["code"] == code
    assert error["message"]
    return error.get("fields", {})


# Counting ---------------------------------------------------------------------------------


def test_a_batch_is_answered_204_with_no_body_and_counted(browser, items):
    batch = {
        "partner": items.partner.widget_key,
        "events": [event("impression"), event("open"), event("view", "story", "fewer-falls")],
    }
    response = post_events(browser, batch, HTTP_ORIGIN=INTRANET)
    assert response.status_code == 204
    assert response.content == b""
    assert "Content-Type" not in response
    common = {"partner_id": items.partner.pk, "origin": INTRANET, "count": 1}
    assert rows() == [
        {"item_kind": "story", "item_id": items.story.pk, "event": "view", **common},
        {"item_kind": "tool", "item_id": items.tool.pk, "event": "impression", **common},
        {"item_kind": "tool", "item_id": items.tool.pk, "event": "open", **common},
    ]
    assert DailyEngagement.objects.get(event="view").day == timezone.localdate()


def test_counts_are_added_into_one_row_per_day_item_event_partner_and_origin(browser, items):
    for _ in range(3):
        post_events(browser, {"events": [event(), event(), event("used")]}, HTTP_ORIGIN=OWN)
        post_events(browser, {"partner": items.partner.widget_key, "events": [event()]})
        post_events(browser, {"events": [event()]}, HTTP_ORIGIN=INTRANET)
    tool = {"item_kind": "tool", "item_id": items.tool.pk}
    assert rows() == [
        {**tool, "event": "used", "partner_id": None, "origin": OWN, "count": 3},
        {**tool, "event": "view", "partner_id": None, "origin": OWN, "count": 6},
        {**tool, "event": "view", "partner_id": None, "origin": INTRANET, "count": 3},
        {**tool, "event": "view", "partner_id": items.partner.pk, "origin": "", "count": 3},
    ]


def test_sendbeacon_text_plain_bodies_are_accepted(browser, items):
    body = json.dumps({"events": [event()]})
    response = post_events(browser, body, content_type="text/plain;charset=UTF-8")
    assert response.status_code == 204
    assert rows()[0]["count"] == 1


def test_questions_by_id_and_the_toolkit_itself(browser, items):
    question = str(items.question.pk)
    batch = {
        "events": [
            event("view", "question", question),
            event("view", "question", "0" + question),  # the same question
            event("share_started", "toolkit", ""),
            event("helpful", "framework", "model-for-improvement"),
        ]
    }
    # "helpful" counts from the toolkit's own pages (and partners'): see test_inflation.
    assert post_events(browser, batch, HTTP_ORIGIN=OWN).status_code == 204
    assert [(r["item_kind"], r["item_id"], r["event"], r["count"]) for r in rows()] == [
        ("framework", items.framework.pk, "helpful", 1),
        ("question", items.question.pk, "view", 2),
        ("toolkit", 0, "share_started", 1),
    ]


def test_unknown_and_hidden_items_are_ignored_not_errors(browser, items):
    hidden = [
        event(item="no-such-tool"),
        event(item="draft-tool"),
        event(item="private-tool"),
        event(kind="story", item="process-map"),  # a tool's slug is not a story
        event(kind="question", item=str(items.hidden_question.pk)),
        event(kind="question", item="999999"),
    ]
    assert post_events(browser, {"events": hidden}).status_code == 204
    assert rows() == []
    assert post_events(browser, {"events": [*hidden, event()]}).status_code == 204
    assert [(r["item_id"], r["count"]) for r in rows()] == [(items.tool.pk, 1)]


@pytest.mark.parametrize("key", ["not-a-partner-key", "x" * 100, "inactive"])
def test_an_unknown_or_inactive_partner_key_counts_the_events_unattributed(browser, items, key):
    key = items.inactive.widget_key if key == "inactive" else key
    assert post_events(browser, {"partner": key, "events": [event()]}).status_code == 204
    assert [(r["partner_id"], r["count"]) for r in rows()] == [(None, 1)]


@pytest.mark.parametrize(
    "origin, kept",
    [
        ("https://Intranet.Example.NHS.uk", INTRANET),
        ("http://localhost:8000", "http://localhost:8000"),
        ("null", ""),
        ("https://intranet.example.nhs.uk/sites/ward-7/", ""),  # never a path
        ("javascript:alert(1)", ""),
        ("https://" + "a" * 300 + ".org", ""),
    ],
)
def test_only_the_origin_of_the_embedding_page_is_kept(browser, items, origin, kept):
    post_events(browser, {"events": [event()]}, HTTP_ORIGIN=origin)
    assert rows()[0]["origin"] == kept


def test_a_batch_costs_one_query_per_kind_one_for_the_partner_and_one_upsert(
    browser, items, django_assert_num_queries
):
    batch = {
        "partner": items.partner.widget_key,
        "events": [event(type_) for type_ in ("view", "impression", "open", "used", "helpful")]
        + [event("view", "story", "fewer-falls")] * 5,
    }
    # partner, tools, stories, the upsert; then, after the commit, the change path
    # recounts the tool's stored "used" count (1) and moves the content version (2)
    with django_assert_num_queries(7):
        assert post_events(browser, batch, HTTP_ORIGIN=OWN).status_code == 204
    with django_assert_num_queries(2):  # tools, the upsert
        assert post_events(browser, {"events": [event()] * 50}).status_code == 204


def test_a_database_failure_is_a_503_with_retry_after(browser, items, monkeypatch):
    def broken(*args, **kwargs):
        raise OperationalError("the database is unavailable")

    monkeypatch.setattr("wagtail_iitk.api.events.ingest", broken)
    fields = error_fields(post_events(browser, {"events": [event()]}), 503, "unavailable")
    assert fields == {}


# Bad input ----------------------------------------------------------------------------------


BAD_BATCHES = [
    ("{", "body"),
    (b"\xff\xfe\xfa", "body"),
    ("[" * 5000 + "]" * 5000, "body"),
    ("", "body"),
    ([event()], "body"),
    ("null", "body"),
    ('"events"', "body"),
    ({}, "events"),
    ({"events": None}, "events"),
    ({"events": {"type": "view"}}, "events"),
    ({"events": "view"}, "events"),
    ({"events": []}, "events"),
    (batch_of(51), "events"),
    ({"events": [1]}, "events[0]"),
    ({"events": [[]]}, "events[0]"),
    ({"events": [{"kind": "tool", "item": "process-map"}]}, "events[0].type"),
    ({"events": [event("click")]}, "events[0].type"),
    ({"events": [event(["view"])]}, "events[0].type"),
    ({"events": [event(kind="page")]}, "events[0].kind"),
    ({"events": [event(kind=None)]}, "events[0].kind"),
    ({"events": [{"type": "view", "kind": "tool"}]}, "events[0].item"),
    ({"events": [event(item=12)]}, "events[0].item"),
    ({"events": [event(item=None)]}, "events[0].item"),
    ({"events": [event(item=["process-map"])]}, "events[0].item"),
    ({"events": [event(item="x" * 256)]}, "events[0].item"),
    ({"events": [event(kind="question", item="what-is-it")]}, "events[0].item"),
    ({"events": [event(kind="question", item="-3")]}, "events[0].item"),
    ({"events": [event(kind="toolkit", item="home")]}, "events[0].item"),
    ({"events": [event(), event(), event(), event("vieww")]}, "events[3].type"),
    ({"events": [{**event(), "path": "/sites/ward-7/"}]}, "events[0].path"),
    ({"events": [event()], "user_id": "12345"}, "user_id"),
    ({"events": [event()], "partner": 42}, "partner"),
]


@pytest.mark.parametrize("body, field", BAD_BATCHES)
def test_bad_input_is_a_400_naming_the_field_and_nothing_is_stored(browser, items, body, field):
    fields = error_fields(post_events(browser, body))
    assert field in fields, fields
    assert all(isinstance(m, str) and m for messages in fields.values() for m in messages)
    assert rows() == []


def test_every_mistake_is_named_up_to_ten(browser, items):
    fields = error_fields(post_events(browser, {"events": [event("bad", "bad", 1)] * 2}))
    assert set(fields) == {
        f"events[{i}].{name}" for i in (0, 1) for name in ("type", "kind", "item")
    }
    fields = error_fields(post_events(browser, {"events": [event("bad")] * 50}))
    assert len(fields) == 10


@pytest.mark.parametrize(
    "content_type", ["application/x-www-form-urlencoded", "multipart/form-data", "text/html", ""]
)
def test_other_content_types_are_a_415(browser, items, content_type):
    body = json.dumps({"events": [event()]})
    response = browser.generic("POST", EVENTS, body, content_type=content_type)
    error_fields(response, 415, "unsupported_media_type")
    assert rows() == []


@override_settings(WAGTAIL_IITK={"EVENTS_MAX_BODY_BYTES": 100})
def test_a_body_over_the_limit_is_a_413(browser, items):
    small = json.dumps({"events": [event()]})
    assert len(small) <= 100
    assert post_events(browser, small).status_code == 204
    big = json.dumps({"events": [event(), event()]})
    error_fields(post_events(browser, big), 413, "payload_too_large")
    assert [r["count"] for r in rows()] == [1]


def test_the_default_limit_is_16_kib(browser, items):
    padded = '{"events": [' + json.dumps(event()) + "]" + " " * 16384 + "}"
    error_fields(post_events(browser, padded), 413, "payload_too_large")


@override_settings(WAGTAIL_IITK={"EVENTS_MAX_BATCH": 2})
def test_the_batch_size_is_a_setting(browser, items):
    assert "events" in error_fields(post_events(browser, batch_of(3)))
    assert post_events(browser, batch_of(2)).status_code == 204


@pytest.mark.parametrize("method", ["get", "put", "patch", "delete"])
def test_other_methods_are_a_405(browser, items, method):
    response = getattr(browser, method)(EVENTS)
    error_fields(response, 405, "method_not_allowed")
    assert response["Allow"] == "POST, OPTIONS"


@override_settings(WAGTAIL_IITK={"EVENTS_THROTTLE_RATE": "3/minute"})
def test_each_client_is_throttled_with_a_429_and_retry_after(browser, items):
    for _ in range(3):
        assert post_events(browser, batch_of(1)).status_code == 204
    response = post_events(browser, batch_of(1))
    error_fields(response, 429, "throttled")
    assert 0 < int(response["Retry-After"]) <= 60
    # Another client is not held back, and reading the API is not either.
    assert post_events(browser, batch_of(1), REMOTE_ADDR="198.51.100.9").status_code == 204
    assert browser.get("/api/iitk/v1/tools/").status_code == 200
    assert [r["count"] for r in rows()] == [4]


# Cross-origin -------------------------------------------------------------------------------


def test_any_origin_may_post_json_after_a_preflight(client, items):
    origin = "https://another-trust.example.org"
    preflight = client.options(
        EVENTS,
        HTTP_ORIGIN=origin,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type",
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == origin
    assert "POST" in preflight["Access-Control-Allow-Methods"]
    assert "content-type" in preflight["Access-Control-Allow-Headers"]
    response = post_events(client, batch_of(1), HTTP_ORIGIN=origin, HTTP_USER_AGENT=FIREFOX)
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == origin
