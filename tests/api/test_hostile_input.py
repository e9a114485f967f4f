"""Hostile input that once raised inside the API (500s): wrong JSON types, integers too
big for the database, a Content-Length that is not a number. Each is a 400 or 413 in the
API's one error shape, and nothing is stored."""

import json

import pytest

from wagtail_iitk.models import DailyEngagement, Submission

from .helpers import API, error_of

HUGE = [str(2**63), str(10**29), str(-(2**63) - 1)]


@pytest.fixture(autouse=True)
def no_throttles(settings):
    settings.WAGTAIL_IITK = {
        "SUBMISSION_THROTTLE_RATE": "",
        "EVENTS_THROTTLE_RATE": "",
    }
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def post_json(client, path, body, **extra):
    data = body if isinstance(body, str | bytes) else json.dumps(body)
    return client.generic("POST", API + path, data, content_type="application/json", **extra)


def tip(tool_page, **overrides):
    body = {
        "kind": "tip",
        "consent_to_publish": True,
        "no_patient_data": True,
        "tool": tool_page.slug,
        "advice": "tip",
        "text": "Walk the process before you map it.",
    }
    body.update(overrides)
    return body


@pytest.mark.parametrize("kind", [["tip"], {"tip": 1}, 7, None, True])
def test_a_kind_that_is_not_a_string_is_a_400(world, client, kind):
    error = error_of(post_json(client, "submissions/", tip(world.fishbone, kind=kind)), 400)
    assert "kind" in error["fields"]
    assert not Submission.objects.exists()


@pytest.mark.parametrize("field", ["tool", "advice", "consent_to_publish", "contributor"])
def test_other_fields_of_the_wrong_json_type_are_a_400(world, client, field):
    body = tip(world.fishbone, **{field: ["x"]})
    response = post_json(client, "submissions/", body)
    assert response.status_code in (202, 400), response.content
    if response.status_code == 400:
        assert field in error_of(response, 400)["fields"]


@pytest.mark.parametrize("number", HUGE)
def test_a_question_id_too_big_for_the_database_is_a_404_or_400(world, client, number):
    response = client.get(API + f"questions/{number}/")
    assert response.status_code in (400, 404), response.content
    error_of(response, response.status_code)


@pytest.mark.parametrize("number", HUGE)
def test_a_huge_question_id_in_a_story_is_a_400(world, client, number):
    body = {
        "kind": "story",
        "consent_to_publish": True,
        "no_patient_data": True,
        "title": "A story",
        "summary": "What happened.",
        "elapsed_ms": 90000,
        "questions": [int(number)],
    }
    response = post_json(client, "submissions/", body)
    error = error_of(response, 400)
    assert list(error["fields"]) == ["questions[0]"]
    assert not Submission.objects.exists()


@pytest.mark.parametrize("number", HUGE)
def test_huge_numbers_in_filters_and_cards_are_a_400_or_missing(world, client, number):
    error_of(client.get(API + f"tools/?question={number}"), 400)
    response = client.get(API + f"cards/?questions={number}")
    assert response.status_code == 200, response.content
    assert response.json()["missing"] == {"questions": [number]}


@pytest.mark.parametrize("number", HUGE)
def test_a_huge_question_id_in_an_event_is_a_400_or_ignored(world, client, number):
    body = {"events": [{"type": "view", "kind": "question", "item": number}]}
    response = post_json(client, "events/", body)
    assert response.status_code in (204, 400), response.content
    if response.status_code == 400:
        error_of(response, 400)
    assert not DailyEngagement.objects.filter(item_id=number).exists()


@pytest.mark.parametrize("length", ["abc", "-1", "1e3", " ", "99999999999999999999999"])
@pytest.mark.parametrize("path", ["submissions/", "events/"])
def test_a_content_length_that_is_not_a_number_is_a_400(world, client, path, length):
    body = json.dumps({"events": [{"type": "view", "kind": "tool", "item": "x"}]})
    response = post_json(client, path, body, CONTENT_LENGTH=length)
    assert response.status_code in (400, 413), response.content
    error_of(response, response.status_code)
    assert not Submission.objects.exists()
