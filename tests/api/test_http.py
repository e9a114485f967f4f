"""HTTP behaviour: validators and conditional requests, Cache-Control, cookies, the server
cache (and surviving its outage), and cross-origin reads."""

import contextlib
import datetime
import email.utils

import pytest
from django.core.cache import caches
from django.db import transaction
from django.test import override_settings
from django.urls import resolve
from django.utils import timezone
from django.utils.http import http_date
from rest_framework.views import APIView
from wagtail.models import PageViewRestriction, Workflow

from wagtail_iitk.cards import version
from wagtail_iitk.models import ContentVersion, PublicCard, Stage, ToolPage
from wagtail_iitk.models import content_version as content_version_module
from wagtail_iitk.web import caching

from . import builders as b
from .helpers import API, fresh, get, get_json, result_slugs

ENDPOINTS = {
    "root": lambda w: "",
    "tool-list": lambda w: "tools/",
    "tool-detail": lambda w: "tools/fishbone-diagram/",
    "framework-list": lambda w: "frameworks/",
    "framework-detail": lambda w: "frameworks/lean/",
    "story-list": lambda w: "stories/",
    "story-detail": lambda w: "stories/fewer-falls/",
    "question-list": lambda w: "questions/",
    "question-detail": lambda w: f"questions/{w.causes.pk}/",
    "taxonomy": lambda w: "taxonomy/",
    "search": lambda w: "search/?q=diagram",
    "cards": lambda w: "cards/?tools=fishbone-diagram,personas&stories=fewer-falls",
}
endpoints = pytest.mark.parametrize("endpoint", list(ENDPOINTS))


def url(world, endpoint):
    return API + ENDPOINTS[endpoint](world)


def view_class(path):
    return resolve(path.split("?")[0]).func.view_class


def forbid_build(monkeypatch, path):
    def build(*args, **kwargs):
        raise AssertionError("build() was called")

    monkeypatch.setattr(view_class(path), "build", build)


def count_builds(monkeypatch, path):
    """Wrap the view's build() to count its calls; returns the list of calls."""
    cls = view_class(path)
    original = cls.build
    calls = []

    def build(self, *args, **kwargs):
        calls.append(args)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(cls, "build", build)
    return calls


def publish_now(django_capture_on_commit_callbacks, action):
    """Run ``action`` and then its on-commit callbacks (the content version bump)."""
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        result = action()
    return result, callbacks


# Validators ------------------------------------------------------------------------------


@endpoints
def test_every_200_has_etag_last_modified_and_cache_control(world, client, endpoint):
    response = client.get(url(world, endpoint))
    assert response.status_code == 200
    etag = response["ETag"]
    assert etag.startswith('"') and etag.endswith('"') and len(etag) > 10
    assert email.utils.parsedate_to_datetime(response["Last-Modified"])
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert "public" in cache_control
    assert {"max-age=300", "s-maxage=600", "stale-while-revalidate=86400"} <= cache_control
    assert "ETag" in response["Access-Control-Expose-Headers"]


def test_different_resources_have_different_etags(world, client):
    etags = {client.get(url(world, endpoint))["ETag"] for endpoint in ENDPOINTS}
    assert len(etags) == len(ENDPOINTS)
    # The same query in another order is the same resource.
    a = get(client, "tools/?stage=understand&perspective=risk")["ETag"]
    assert a == get(client, "tools/?perspective=risk&stage=understand")["ETag"]


def test_head_has_the_validators_and_no_body(world, client):
    response = client.head(API + "tools/")
    assert response.status_code == 200
    assert response.content == b""
    assert response["ETag"] == client.get(API + "tools/")["ETag"]


@endpoints
def test_if_none_match_is_answered_304_without_building_the_body(
    world, client, endpoint, monkeypatch, django_assert_max_num_queries
):
    path = url(world, endpoint)
    first = client.get(path)
    caches["default"].clear()  # no server-cached body either
    forbid_build(monkeypatch, path)
    with django_assert_max_num_queries(2):
        response = client.get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == first["ETag"]
    assert "public" in response["Cache-Control"]


def test_if_none_match_forms(world, client):
    path = API + "tools/"
    etag = client.get(path)["ETag"]
    assert client.get(path, HTTP_IF_NONE_MATCH=f"W/{etag}").status_code == 304
    assert client.get(path, HTTP_IF_NONE_MATCH=f'"nope", {etag}').status_code == 304
    assert client.get(path, HTTP_IF_NONE_MATCH='"nope"').status_code == 200
    # Another resource's ETag does not match this one.
    other = client.get(API + "frameworks/")["ETag"]
    assert client.get(path, HTTP_IF_NONE_MATCH=other).status_code == 200


@endpoints
def test_if_modified_since_is_answered_304(world, client, endpoint, monkeypatch):
    # The content last changed an hour ago (a change shows as the next whole second).
    ContentVersion.objects.filter(pk=1).update(
        changed_at=timezone.now() - datetime.timedelta(hours=1)
    )
    caches["default"].clear()
    path = url(world, endpoint)
    first = client.get(path)
    forbid_build(monkeypatch, path)
    response = client.get(path, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert response.status_code == 304
    assert response.content == b""


def test_if_modified_since_before_the_last_change_gets_the_body(world, client):
    first = client.get(API + "tools/")
    modified = email.utils.parsedate_to_datetime(first["Last-Modified"])
    earlier = http_date((modified - datetime.timedelta(seconds=1)).timestamp())
    response = client.get(API + "tools/", HTTP_IF_MODIFIED_SINCE=earlier)
    assert response.status_code == 200
    assert response.json()["count"] == 5


# What moves the ETag ----------------------------------------------------------------------


def test_publishing_changes_the_etag_and_the_old_one_gets_the_new_body(
    world, client, django_capture_on_commit_callbacks
):
    list_etag = client.get(API + "tools/")["ETag"]
    detail_etag = client.get(API + "tools/personas/")["ETag"]
    publish_now(django_capture_on_commit_callbacks, lambda: b.tool(slug="brand-new"))
    response = client.get(API + "tools/", HTTP_IF_NONE_MATCH=list_etag)
    assert response.status_code == 200
    assert "brand-new" in result_slugs(response.json())
    assert response["ETag"] != list_etag
    # One version for all: every resource's ETag moved.
    assert client.get(API + "tools/personas/", HTTP_IF_NONE_MATCH=detail_etag).status_code == 200


@pytest.mark.parametrize(
    "change",
    ["unpublish", "make private", "publish a question", "rename a stage", "delete a story"],
)
def test_changes_the_public_can_see_move_the_etag(
    world, client, django_capture_on_commit_callbacks, change
):
    etag = client.get(API + "tools/")["ETag"]
    actions = {
        "unpublish": lambda: fresh(world.personas).unpublish(),
        "make private": lambda: PageViewRestriction.objects.create(
            page=fresh(world.personas), restriction_type=PageViewRestriction.LOGIN
        ),
        "publish a question": lambda: b.question(tools=[world.personas]),
        "rename a stage": lambda: Stage.objects.filter(slug="deliver").first().save(),
        "delete a story": lambda: fresh(world.clinic).delete(),
    }
    publish_now(django_capture_on_commit_callbacks, actions[change])
    assert client.get(API + "tools/", HTTP_IF_NONE_MATCH=etag).status_code == 200


@pytest.mark.parametrize(
    "change", ["save a draft", "create a draft", "submit for moderation", "draft a question"]
)
def test_draft_changes_do_not_move_the_etag(
    world, client, django_capture_on_commit_callbacks, change
):
    etag = client.get(API + "tools/")["ETag"]
    version = ContentVersion.current()

    def save_draft():
        page = fresh(world.personas)
        page.title = "Draft title"
        page.save_revision()

    def submit():
        page = b.tool(state="draft", slug="to-review")
        Workflow.objects.get(name="Toolkit review").start(page, world.user)

    actions = {
        "save a draft": save_draft,
        "create a draft": lambda: b.tool(state="draft"),
        "submit for moderation": submit,
        "draft a question": lambda: b.question(state="draft", tools=[world.personas]),
    }
    publish_now(django_capture_on_commit_callbacks, actions[change])
    assert ContentVersion.current() == version
    response = client.get(API + "tools/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    caches["default"].clear()
    data = get_json(client, "tools/")
    assert "Draft title" not in str(data)
    assert result_slugs(data) == world.live_tools


def test_a_version_bump_waits_for_the_commit(world, client):
    etag = client.get(API + "tools/")["ETag"]
    with transaction.atomic():
        b.tool(slug="not-yet-committed")
        # Inside the transaction nothing has moved: the change is not committed yet.
        assert client.get(API + "tools/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.get(API + "tools/", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_a_rolled_back_change_moves_nothing_and_writes_nothing(world, client):
    etag = client.get(API + "tools/")["ETag"]
    cards = list(PublicCard.objects.order_by("pk").values_list("kind", "item_id", "data"))
    with contextlib.suppress(RuntimeError), transaction.atomic():
        tool = fresh(world.personas)
        tool.purpose = "Rolled back."
        tool.save()
        raise RuntimeError("the import failed")
    assert client.get(API + "tools/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert list(PublicCard.objects.order_by("pk").values_list("kind", "item_id", "data")) == cards


# Cache-Control, cookies --------------------------------------------------------------------


def test_cache_control_follows_the_settings(world, client):
    timing = {"API_MAX_AGE": 60, "API_SHARED_MAX_AGE": 120, "API_STALE_WHILE_REVALIDATE": 30}
    with override_settings(WAGTAIL_IITK=timing):
        response = client.get(API + "tools/")
        not_modified = client.get(API + "tools/", HTTP_IF_NONE_MATCH=response["ETag"])
    for r in (response, not_modified):
        parts = {part.strip() for part in r["Cache-Control"].split(",")}
        assert parts == {"public", "max-age=60", "s-maxage=120", "stale-while-revalidate=30"}


@endpoints
def test_anonymous_reads_set_no_cookie_and_do_not_vary_on_cookie(world, client, endpoint):
    response = client.get(url(world, endpoint), HTTP_ORIGIN="https://intranet.example.nhs.uk")
    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response
    assert "cookie" not in response.get("Vary", "").lower()
    assert "private" not in response["Cache-Control"]


def test_a_signed_in_editor_gets_the_same_public_response(world, client):
    anonymous = client.get(API + "tools/")
    client.force_login(world.user)
    signed_in = client.get(API + "tools/")
    assert signed_in.content == anonymous.content
    assert signed_in["ETag"] == anonymous["ETag"]
    assert "cookie" not in signed_in.get("Vary", "").lower()
    assert "Set-Cookie" not in signed_in
    assert get(client, f"tools/{world.draft.slug}/").status_code == 404


# The server cache --------------------------------------------------------------------------


def test_a_second_identical_request_is_served_from_the_server_cache(
    world, client, monkeypatch, django_capture_on_commit_callbacks
):
    path = API + "tools/?perspective=people"
    calls = count_builds(monkeypatch, path)
    first = client.get(path)
    second = client.get(path)
    assert len(calls) == 1
    assert second.content == first.content
    client.get(API + "tools/?perspective=risk")
    assert len(calls) == 2, "another query is another resource"
    # A publish makes the cached body stale.
    publish_now(
        django_capture_on_commit_callbacks,
        lambda: b.tool(slug="new-people-tool", perspectives=[world.P["people"]]),
    )
    third = client.get(path)
    assert len(calls) == 3
    assert "new-people-tool" in result_slugs(third.json())


@pytest.mark.parametrize("conditional", [False, True])
def test_a_stored_answer_is_sent_before_drf_with_the_same_headers(
    world, client, monkeypatch, conditional
):
    path = API + "tools/?perspective=people&partner=unknown-key"
    first = client.get(path, HTTP_ORIGIN="https://intranet.example.nhs.uk")  # built
    drf = []
    real = APIView.dispatch
    monkeypatch.setattr(
        APIView, "dispatch", lambda view, *a, **k: drf.append(view) or real(view, *a, **k)
    )
    extra = {"HTTP_IF_NONE_MATCH": first["ETag"]} if conditional else {}
    again = client.get(path, HTTP_ORIGIN="https://intranet.example.nhs.uk", **extra)
    assert drf == []
    assert again.status_code == (304 if conditional else 200)
    if not conditional:
        assert again.content == first.content
        assert again.headers == first.headers
    # What cannot be answered from what is stored still takes DRF's path, as before.
    assert client.get(API + "tools/?perspective=nowhere").status_code == 400
    assert client.get(API + "tools/?colour=red").status_code == 400
    assert client.post(API + "tools/?perspective=people").status_code == 405
    assert len(drf) == 3


def test_a_miss_looks_in_the_server_cache_once(world, client, monkeypatch):
    """The early answer's miss is not looked up again on DRF's path: a round trip to the
    shared cache per uncached read, not two."""
    path = API + "tools/?perspective=people"
    looked = []
    real = caching.cache_get
    monkeypatch.setattr(caching, "cache_get", lambda key: looked.append(key) or real(key))
    first = client.get(path)
    assert first.status_code == 200
    assert len(looked) == 1
    assert client.get(path).content == first.content  # then stored, and found
    assert len(looked) == 2


def test_a_cached_body_is_not_served_for_another_host(world, client, monkeypatch):
    path = API + "tools/"
    calls = count_builds(monkeypatch, path)
    client.get(path)
    other = client.get(path, HTTP_HOST="toolkit.example.org")
    assert len(calls) == 2
    assert other.json()["results"][0]["url"].startswith("http://toolkit.example.org/")


BROKEN = "tests.api.broken_cache.BrokenCache"
LOCMEM = "django.core.cache.backends.locmem.LocMemCache"


@pytest.mark.parametrize(
    "caches_setting",
    [
        pytest.param({"default": {"BACKEND": BROKEN}}, id="the-only-cache-is-down"),
        pytest.param(
            {"default": {"BACKEND": LOCMEM}, "api": {"BACKEND": BROKEN}},
            id="the-api-cache-is-down",
        ),
    ],
)
def test_the_api_answers_from_the_database_when_the_cache_is_down(
    world, client, caches_setting, monkeypatch
):
    expected = {endpoint: client.get(url(world, endpoint)).content for endpoint in ENDPOINTS}
    settings = {"API_CACHE_ALIAS": "api" if "api" in caches_setting else "default"}
    with override_settings(CACHES=caches_setting, WAGTAIL_IITK=settings):
        for endpoint in ENDPOINTS:
            for _ in range(2):
                response = client.get(url(world, endpoint))
                assert response.status_code == 200, (endpoint, response.content[:300])
                assert response.content == expected[endpoint]


# Cross-origin reads ------------------------------------------------------------------------

INTRANET = "https://intranet.example.nhs.uk"


@endpoints
def test_any_origin_may_read_the_api(world, client, endpoint):
    response = client.get(url(world, endpoint), HTTP_ORIGIN=INTRANET)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] in ("*", INTRANET)
    assert "Access-Control-Allow-Credentials" not in response


def test_cors_preflight_for_a_read(world, client):
    response = client.options(
        API + "tools/", HTTP_ORIGIN=INTRANET, HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] in ("*", INTRANET)


def test_pages_outside_the_api_are_not_opened_to_other_origins(world, client):
    response = client.get("/toolkit/tools/fishbone-diagram/", HTTP_ORIGIN=INTRANET)
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response


def test_a_write_to_the_api_is_not_opened_to_other_origins(world, client):
    response = client.post(
        API + "tools/", data="{}", content_type="application/json", HTTP_ORIGIN=INTRANET
    )
    assert response.status_code == 405
    assert "Access-Control-Allow-Origin" not in response


def test_cors_follows_the_allowed_origins_setting(world, client):
    with override_settings(WAGTAIL_IITK={"API_CORS_ALLOWED_ORIGINS": ["https://a.example"]}):
        other = client.get(API + "tools/", HTTP_ORIGIN="https://b.example")
        allowed = client.get(API + "tools/", HTTP_ORIGIN="https://a.example")
    assert other.status_code == 200
    assert "Access-Control-Allow-Origin" not in other
    assert allowed["Access-Control-Allow-Origin"] == "https://a.example"


# Time-based hiding and the caches ----------------------------------------------------------


def test_an_item_past_its_expiry_leaves_cached_and_conditional_responses(
    world, client, monkeypatch
):
    """Expiry happens with the passing of time, not an event: until ``publish_scheduled``
    runs, no signal moves the content version. The lists already hide an expired page
    (``visible_pages`` checks ``expire_at``), so the caches must not bring it back."""
    soon = b.future()
    ToolPage.objects.filter(pk=world.personas.pk).update(expire_at=soon)
    version.bump()  # as the publish that set the expiry does
    first = client.get(API + "tools/")
    assert "personas" in result_slugs(first.json())
    # Time passes: it is now a minute after personas expired.
    after = soon + datetime.timedelta(minutes=1)
    monkeypatch.setattr(content_version_module.timezone, "now", lambda: after)
    fresh = client.get(API + "tools/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert fresh.status_code == 200, "a 304 keeps the expired tool on the client"
    assert "personas" not in result_slugs(fresh.json())
    assert "personas" not in result_slugs(client.get(API + "tools/").json())


def test_if_modified_since_within_the_same_second_as_an_unpublish_is_not_304(
    world, client, monkeypatch, django_capture_on_commit_callbacks
):
    """Last-Modified has one-second resolution. A copy fetched just before an unpublish
    in the same second must not be confirmed as current afterwards."""
    second = datetime.datetime(2024, 5, 1, 12, 0, 0, tzinfo=datetime.UTC)
    ContentVersion.objects.filter(pk=1).update(
        changed_at=second + datetime.timedelta(milliseconds=200)
    )
    first = client.get(API + "tools/personas/")
    assert first.status_code == 200
    later_in_that_second = second + datetime.timedelta(milliseconds=700)
    with monkeypatch.context() as patch:
        patch.setattr(content_version_module.timezone, "now", lambda: later_in_that_second)
        publish_now(django_capture_on_commit_callbacks, lambda: fresh(world.personas).unpublish())
    response = client.get(API + "tools/personas/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert response.status_code == 404, "the unpublished tool was confirmed as current"


def test_last_modified_never_claims_a_change_in_the_future(world, client):
    """After a burst of publishes the version's time runs ahead of the clock; the header
    must not, and a copy stamped with the clamped time is not confirmed as current."""
    ContentVersion.current()  # make sure the row exists
    ahead = datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(minutes=2)
    assert ContentVersion.objects.filter(pk=1).update(changed_at=ahead) == 1
    caches["default"].clear()  # a change made in SQL is read once the cached copy goes
    response = client.get(API + "tools/")
    stamped = email.utils.parsedate_to_datetime(response["Last-Modified"])
    assert stamped <= datetime.datetime.now(tz=datetime.UTC)
    again = client.get(API + "tools/", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert again.status_code == 200


# A partner key the toolkit does not know ---------------------------------------------------


def test_an_unknown_partner_key_gets_a_warning_header_and_the_same_body(
    world, client, django_capture_on_commit_callbacks
):
    from wagtail_iitk.models import PartnerOrganisation

    partner, _ = publish_now(
        django_capture_on_commit_callbacks,
        lambda: PartnerOrganisation.objects.create(name="Northvale Trust"),
    )
    plain = get(client, "tools/")
    known = get(client, "tools/", {"partner": partner.widget_key})
    unknown = get(client, "tools/", {"partner": "n0t-a-key"})
    placeholder = get(client, "cards/", {"tools": "fishbone-diagram", "partner": "YOUR-WIDGET-KEY"})
    assert "IITK-Warning" not in plain and "IITK-Warning" not in known
    assert 'partner key "n0t-a-key" (data-iitk-partner)' in unknown["IITK-Warning"]
    assert "still the placeholder YOUR-WIDGET-KEY" in placeholder["IITK-Warning"]
    # Cross-origin widgets may read it; nothing else about the answer changes.
    assert "IITK-Warning" in unknown["Access-Control-Expose-Headers"]
    assert unknown.content == known.content == plain.content
    assert unknown["ETag"] == known["ETag"] == plain["ETag"]
    # A key that could not be a header's text is not quoted back.
    odd = get(client, "tools/", {"partner": 'bad"key\u00e9'})
    assert "the partner key (data-iitk-partner)" in odd["IITK-Warning"]


def test_a_deactivated_partners_key_is_unknown_at_once(
    world, client, django_capture_on_commit_callbacks
):
    from wagtail_iitk.models import PartnerOrganisation

    partner, _ = publish_now(
        django_capture_on_commit_callbacks,
        lambda: PartnerOrganisation.objects.create(name="Northvale Trust"),
    )
    assert "IITK-Warning" not in get(client, "tools/", {"partner": partner.widget_key})
    partner.active = False
    publish_now(django_capture_on_commit_callbacks, partner.save)
    assert "IITK-Warning" in get(client, "tools/", {"partner": partner.widget_key})


def test_checking_the_partner_key_costs_no_query_once_cached(
    world, client, django_assert_num_queries
):
    path = "tools/"
    get(client, path, {"partner": "n0t-a-key"})  # caches the body and the keys
    with django_assert_num_queries(0):  # the version is in the shared cache, as without a key
        response = get(client, path, {"partner": "another-unknown-key"})
    assert "IITK-Warning" in response
    etag = response["ETag"]
    with django_assert_num_queries(0):
        not_modified = get(client, path, {"partner": "n0t-a-key"}, HTTP_IF_NONE_MATCH=etag)
    assert not_modified.status_code == 304
    assert "IITK-Warning" not in not_modified, "a 304 keeps the header stored with the 200"
