"""Errors: always JSON ``{"error": {"code", "message", "fields"?}}``, never HTML, and a
400 for anything the API does not understand (never silently ignored)."""

import pytest
from django.db import DatabaseError, OperationalError
from django.test import override_settings

from wagtail_iitk.api import views
from wagtail_iitk.api.filters import filterset_for
from wagtail_iitk.web.throttling import ToolkitRateThrottle

from .helpers import API, error_of, get, get_json

LIST_FILTERS = {
    "tools": [
        "perspective",
        "phase",
        "stage",
        "strand",
        "category",
        "question",
        "framework",
        "expertise",
        "duration",
        "participants",
        "evidence_level",
    ],  # fmt: skip
    "frameworks": ["perspective", "tool"],
    "stories": ["perspective", "stage", "question", "framework", "tool", "sector", "nation"],
    "questions": ["perspective", "phase", "stage", "tool"],
}
FILTER_CASES = [(kind, name) for kind, names in LIST_FILTERS.items() for name in names]


def every_path(world):
    return [
        "",
        "tools/",
        "tools/fishbone-diagram/",
        "frameworks/",
        "frameworks/lean/",
        "stories/",
        "stories/fewer-falls/",
        "questions/",
        f"questions/{world.causes.pk}/",
        "taxonomy/",
        "search/?q=diagram",
        "cards/?tools=personas",
    ]


def with_param(path, param):
    return f"{path}{'&' if '?' in path else '?'}{param}"


# Bad parameters ----------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "name"), FILTER_CASES, ids=[f"{k}-{n}" for k, n in FILTER_CASES])
def test_an_unknown_filter_value_is_a_400_naming_the_parameter(world, client, kind, name):
    error = error_of(get(client, f"{kind}/", {name: "no-such-thing"}), 400)
    assert error["code"] == "invalid"
    assert list(error["fields"]) == [name]
    assert error["fields"][name] and all(isinstance(m, str) for m in error["fields"][name])
    # One bad value among good ones is still a 400.
    good = get_json(client, f"{kind}/", {"limit": 1})["results"]
    assert good is not None
    error = error_of(get(client, f"{kind}/", {name: ["no-such-thing", "also-not"]}), 400)
    assert list(error["fields"]) == [name]


def test_declared_filters_are_the_ones_tested(world):
    for kind, names in LIST_FILTERS.items():
        declared = set(filterset_for(kind).base_filters) - {"organisation"}
        assert declared == set(names), kind


def test_one_unknown_value_among_known_ones_is_a_400(world, client):
    error = error_of(get(client, "tools/", {"perspective": "people,peeple"}), 400)
    assert "peeple" in " ".join(error["fields"]["perspective"])


def test_an_unknown_parameter_is_a_400_on_every_endpoint(world, client):
    for path in every_path(world):
        error = error_of(client.get(API + with_param(path, "perspectve=people")), 400)
        assert error["code"] == "invalid"
        assert list(error["fields"]) == ["perspectve"], path


@pytest.mark.parametrize("param", ["format=api", "format=jsonp", "callback=steal", "fields=*"])
def test_no_browsable_api_jsonp_or_field_selection(world, client, param):
    response = client.get(API + f"tools/?{param}")
    error = error_of(response, 400)
    assert list(error["fields"]) == [param.split("=")[0]]
    assert b"steal(" not in response.content


@pytest.mark.parametrize(
    "ordering", ["path", "-live", "title,secret", "owner__password", "?", "story_count", "--title"]
)
def test_an_ordering_outside_the_allow_list_is_a_400(world, client, ordering):
    error = error_of(get(client, "tools/", {"ordering": ordering}), 400)
    assert list(error["fields"]) == ["ordering"]


@pytest.mark.parametrize("kind", ["frameworks", "stories", "questions"])
def test_orderings_of_other_lists_are_checked_too(world, client, kind):
    error = error_of(get(client, f"{kind}/", {"ordering": "stories"}), 400)
    assert list(error["fields"]) == ["ordering"]


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("limit", "101"),
        ("limit", "0"),
        ("limit", "-1"),
        ("limit", "abc"),
        ("limit", "1.5"),
        ("limit", "1e3"),
        ("offset", "-1"),
        ("offset", "abc"),
    ],
)
@pytest.mark.parametrize("path", ["tools/", "questions/", "search/?q=diagram"])
def test_bad_paging_is_a_400(world, client, path, param, value):
    error = error_of(client.get(API + with_param(path, f"{param}={value}")), 400)
    assert list(error["fields"]) == [param]


@pytest.mark.parametrize("path", ["tools/", "stories/", "search/"])
def test_a_100000_character_search_is_a_400_before_any_search(
    world, client, path, django_assert_max_num_queries
):
    client.get(API + "taxonomy/")  # Wagtail's site root paths are in the cache
    with django_assert_max_num_queries(1):  # the content version, nothing more
        response = get(client, path, {"q": "a" * 100_000})
    error = error_of(response, 400)
    assert list(error["fields"]) == ["q"]


def test_search_length_limit_is_exactly_the_setting(world, client):
    assert get(client, "tools/", {"q": "a" * 200}).status_code == 200
    assert error_of(get(client, "tools/", {"q": "a" * 201}), 400)["fields"].keys() == {"q"}
    with override_settings(WAGTAIL_IITK={"API_MAX_QUERY_LENGTH": 10}):
        assert error_of(get(client, "tools/", {"q": "a" * 11}), 400)["fields"].keys() == {"q"}


def test_search_needs_text_and_known_types(world, client):
    assert error_of(get(client, "search/"), 400)["fields"].keys() == {"q"}
    assert error_of(get(client, "search/", {"q": "   "}), 400)["fields"].keys() == {"q"}
    assert error_of(get(client, "search/", {"q": "x", "type": "users"}), 400)["fields"].keys() == {
        "type"
    }


def test_cards_needs_between_one_and_a_hundred_items(world, client):
    assert error_of(get(client, "cards/"), 400)["code"] == "invalid"
    assert error_of(get(client, "cards/", {"tools": " , "}), 400)["code"] == "invalid"
    many = ",".join(f"tool-{i}" for i in range(101))
    assert error_of(get(client, "cards/", {"tools": many}), 400)["code"] == "invalid"
    split = {"tools": ",".join(f"t-{i}" for i in range(60)), "stories": ",".join(
        f"s-{i}" for i in range(41)
    )}  # fmt: skip
    assert error_of(get(client, "cards/", split), 400)["code"] == "invalid"
    hundred = ",".join(["personas"] + [f"tool-{i}" for i in range(99)])
    data = get_json(client, "cards/", {"tools": hundred})
    assert [c["slug"] for c in data["tools"]] == ["personas"]
    assert len(data["missing"]["tools"]) == 99


# Not found, wrong method -------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "tools/no-such-tool/",
        "frameworks/no-such-framework/",
        "stories/no-such-story/",
        "questions/999999/",
    ],
)
def test_an_unknown_item_is_a_json_404(world, client, path):
    response = client.get(API + path)
    error = error_of(response, 404)
    assert error["code"] == "not_found"
    assert "ETag" not in response


@pytest.mark.parametrize(
    "path", ["nope/", "tools/a/b/", "questions/abc/", "tools", "v2/tools/", "tools/%3Cscript%3E/"]
)
def test_an_unknown_path_under_the_api_is_a_json_404(world, client, path):
    response = client.get(API + path, HTTP_ACCEPT="text/html")
    error = error_of(response, 404)
    assert error["code"] == "not_found"
    assert b"<" not in response.content


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("path", ["tools/", "tools/fishbone-diagram/", "cards/?tools=personas"])
def test_writes_are_405(world, client, method, path):
    response = getattr(client, method)(API + path, data="{}", content_type="application/json")
    error = error_of(response, 405)
    assert error["code"] == "method_not_allowed"


def test_a_form_post_without_csrf_token_is_still_a_json_405(world, client):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(API + "tools/", {"title": "x"})
    assert error_of(response, 405)["code"] == "method_not_allowed"


# Content negotiation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "status"),
    [("tools/", 200), ("tools/?limit=0", 400), ("tools/nope/", 404), ("nope/", 404)],
)
@pytest.mark.parametrize("accept", ["text/html", "application/xml", "text/html;q=1, */*;q=0.1"])
def test_json_whatever_the_accept_header(world, client, path, status, accept):
    response = client.get(API + path, HTTP_ACCEPT=accept)
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    response.json()
    assert not response.content.lstrip().startswith(b"<")


# Throttling, database outage ---------------------------------------------------------------


def test_too_many_requests_is_a_429_with_retry_after(world, client):
    with override_settings(WAGTAIL_IITK={"API_THROTTLE_RATE": "2/minute"}):
        assert client.get(API + "tools/").status_code == 200
        assert client.get(API + "taxonomy/").status_code == 200
        response = client.get(API + "tools/")
        error = error_of(response, 429)
        assert error["code"] == "throttled"
        assert 0 < int(response["Retry-After"]) <= 60
        # Another client address has its own allowance.
        assert client.get(API + "tools/", REMOTE_ADDR="10.0.0.9").status_code == 200


def test_throttling_is_keyed_on_the_address_not_a_forged_forwarded_for(world, client):
    with override_settings(WAGTAIL_IITK={"API_THROTTLE_RATE": "2/minute"}):
        for i in range(2):
            client.get(API + "tools/", HTTP_X_FORWARDED_FOR=f"203.0.113.{i}")
        response = client.get(API + "tools/", HTTP_X_FORWARDED_FOR="203.0.113.99")
        assert response.status_code == 429


@pytest.mark.parametrize("exception", [DatabaseError, OperationalError])
@pytest.mark.parametrize("view", [views.CardListView, views.DetailView, views.CardsView])
def test_a_database_error_is_a_503_with_retry_after(world, client, monkeypatch, view, exception):
    def build(*args, **kwargs):
        raise exception("the database went away")

    monkeypatch.setattr(view, "build", build)
    path = {
        views.CardListView: "tools/",
        views.DetailView: "tools/personas/",
        views.CardsView: "cards/?tools=personas",
    }[view]
    response = client.get(API + path, HTTP_ACCEPT="text/html")
    error = error_of(response, 503)
    assert error["code"] == "unavailable"
    assert int(response["Retry-After"]) > 0
    assert "went away" not in response.content.decode(), "no internals in the message"


def test_an_unexpected_error_is_a_json_500_without_internals(world, client, monkeypatch):
    def build(*args, **kwargs):
        raise KeyError("secret internal detail")

    monkeypatch.setattr(views.CardListView, "build", build)
    response = client.get(API + "tools/")
    error = error_of(response, 500)
    assert "secret" not in response.content.decode()
    assert error["code"] == "server_error"


def test_reads_are_not_throttled_per_address_by_default(world, client):
    """A whole trust often shares one address: by default no number of reads from it
    is refused (the server cache and a CDN absorb them)."""
    # Well past the old default of 600 a minute from one address.
    statuses = {client.get(API + "taxonomy/").status_code for _ in range(650)}
    assert statuses == {200}
    assert ToolkitRateThrottle().get_rate() is None


@pytest.mark.parametrize(
    "path",
    ["tools/bad slug/", "tools/ünï/", "questions/abc/", "tools/x/y/", "nothing", "tools/a.b/"],
)
def test_every_404_under_the_api_is_json_whatever_the_path(db, client, path):
    """A slug that does not fit the route, an id that is not a number, a path no route
    knows: the package's JSON error, never Django's HTML page."""
    error = error_of(client.get(API + path, HTTP_ACCEPT="text/html"), 404)
    assert error["code"] == "not_found"
