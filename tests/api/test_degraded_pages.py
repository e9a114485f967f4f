"""Site pages when a backing service is down (``wagtail_iitk.web.middleware``).

Found by adversarial testing: with Redis configured but down, the API kept working but
the home page, a tool page and the forms answered 500 from Wagtail's cached site root
paths; with the database locked, tool pages and form posts answered 500 before the
package's own handling. Now pages read the site root paths from the database when the
cache is down, and a database fault is a 503 with Retry-After: a short HTML page, or
the API's JSON error under the API."""

import contextlib

import pytest
from django.db import OperationalError, connection
from django.test import Client, override_settings

from .helpers import API, error_of

BROKEN = "tests.api.broken_cache.BrokenCache"
FAIL_SOFT = "wagtail_iitk.web.cache.FailSoftCache"
#: Redis configured, but nothing listens on the port.
REDIS_DOWN = "redis://127.0.0.1:9/0"


def pages(world):
    home = world.home
    return [
        home.url,
        home.url + "tools/fishbone-diagram/",
        home.url + home.reverse_subpage("share_story"),
        home.url + home.reverse_subpage("contribute", kwargs={"kind": "tip"}),
    ]


@pytest.mark.parametrize(
    "cache",
    [
        pytest.param({"BACKEND": FAIL_SOFT, "OPTIONS": {"BACKEND": BROKEN}}, id="broken"),
        pytest.param({"BACKEND": FAIL_SOFT, "LOCATION": REDIS_DOWN}, id="redis-down"),
    ],
)
def test_pages_answer_when_the_cache_is_down(world, client, cache):
    paths = pages(world)
    expected = {path: client.get(path).status_code for path in paths}
    assert set(expected.values()) == {200}, expected
    with override_settings(CACHES={"default": cache}):
        for path in paths:
            response = client.get(path)
            assert response.status_code == 200, (path, response.content[:300])
        assert client.get(API + "tools/").status_code == 200


def test_site_root_paths_come_from_the_database_when_a_plain_cache_is_down(world, client):
    """Without the fail-soft backend, the middleware still keeps Wagtail's site root
    paths (every page URL) working: a page without images renders."""
    path = world.home.url + world.home.reverse_subpage("share_story")
    with override_settings(CACHES={"default": {"BACKEND": BROKEN}}):
        response = client.get(path)
    assert response.status_code == 200, response.content[:300]


@contextlib.contextmanager
def database_down(message="database is locked"):
    def refuse(execute, sql, params, many, context):
        raise OperationalError(message)

    with connection.execute_wrapper(refuse):
        yield


@pytest.mark.parametrize("message", ["database is locked", "could not connect to server"])
def test_pages_answer_503_with_a_friendly_page_when_the_database_fails(world, client, message):
    paths = pages(world)
    with database_down(message):
        for path in paths:
            response = client.get(path)
            assert response.status_code == 503, (path, response.status_code)
            assert response["Retry-After"].isdigit()
            assert response["Content-Type"].startswith("text/html")
            html = response.content.decode()
            assert "briefly unavailable" in html
            assert message not in html and "Traceback" not in html
            assert "no-store" in response["Cache-Control"]


def test_a_form_post_answers_503_when_the_database_fails(world, client):
    path = world.home.url + world.home.reverse_subpage("contribute", kwargs={"kind": "tip"})
    with database_down():
        response = client.post(path, {"text": "Walk it first."})
    assert response.status_code == 503
    assert response["Retry-After"].isdigit()


def test_the_api_answers_json_503_when_the_database_fails(world):
    # Not the default client: a 503 made from an error raised in a middleware (here,
    # the redirects middleware on the 404) must not be re-raised by the test client.
    client = Client(raise_request_exception=False)
    with database_down():
        for path in ("tools/", "tools/fishbone-diagram/", "no-such-thing/"):
            response = client.get(API + path)
            error = error_of(response, 503)
            assert error["code"] == "unavailable"
            assert response["Retry-After"].isdigit()


@pytest.mark.parametrize("length", ["abc", "1e3", " "])
def test_a_form_post_with_a_content_length_that_is_not_a_number_is_a_400(world, client, length):
    path = world.home.url + world.home.reverse_subpage("contribute", kwargs={"kind": "tip"})
    response = client.post(
        path,
        "text=Walk+it+first.",
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH=length,
    )
    assert response.status_code == 400
    api = client.generic(
        "POST", API + "events/", "{}", content_type="application/json", CONTENT_LENGTH=length
    )
    assert error_of(api, 400)["fields"] == {"Content-Length": ["Must be a whole number of bytes."]}
