"""POST submissions/ over HTTP: methods, media types, sizes, origins and CORS, repeats,
throttling and database faults. Whatever goes wrong, the answer is JSON and nothing is
half-stored."""

import datetime
import json
from unittest import mock

import pytest
from django.db import OperationalError
from django.utils import timezone
from openapi_spec_validator import validate as validate_openapi

from wagtail_iitk.community import intake
from wagtail_iitk.models import PartnerOrganisation, Submission

from ..factories import make_tool
from .intake_payloads import (
    API,
    URL,
    intake_settings,  # noqa: F401 (a fixture)
    post,
    queued_conversions,
    tip,
)

pytestmark = pytest.mark.usefixtures("intake_settings")

EVIL = "https://evil.example"
PARTNER = "https://intranet.northvale.example.nhs.uk"


@pytest.fixture
def tool(toolkit):
    return make_tool(title="Process map", slug="process-map")


def error_of(response, status):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()["error"]


def preflight(client, origin):
    return client.options(
        URL,
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type, idempotency-key",
        },
    )


# Methods and media types ---------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "PATCH", "DELETE"])
def test_only_post_is_allowed(client, toolkit, method):
    response = client.generic(method, URL)
    assert response.status_code == 405
    assert response["Allow"] == "POST, OPTIONS"
    if method != "HEAD":
        assert error_of(response, 405)["code"] == "method_not_allowed"


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""],
)
def test_a_body_that_is_not_json_is_a_415(client, tool, content_type):
    response = post(client, None, raw=json.dumps(tip(tool)).encode(), content_type=content_type)
    assert error_of(response, 415)["code"] == "unsupported_media_type"
    assert Submission.objects.count() == 0


def test_a_charset_parameter_is_fine(client, tool):
    body = json.dumps(tip(tool)).encode()
    response = post(client, None, raw=body, content_type="application/json; charset=utf-8")
    assert response.status_code == 202


def test_a_body_over_the_limit_is_a_413_before_it_is_read(client, tool, settings):
    settings.WAGTAIL_IITK = {"SUBMISSION_THROTTLE_RATE": "", "SUBMISSION_MAX_BODY_BYTES": 1000}
    raw = json.dumps(tip(tool, text="Write it down. " * 60)).encode()
    assert len(raw) > 1000
    error = error_of(post(client, None, raw=raw), 413)
    assert error["code"] == "payload_too_large"
    assert "1000 bytes" in error["message"]
    assert Submission.objects.count() == 0
    # A declared length over the limit is refused without reading the body at all.
    with mock.patch("django.http.request.HttpRequest.body", new_callable=mock.PropertyMock) as body:
        response = client.generic(
            "POST", URL, b"{}", content_type="application/json", CONTENT_LENGTH="5000"
        )
    assert response.status_code == 413
    body.assert_not_called()


def test_the_default_limit_is_64_kib(client, tool):
    raw = json.dumps(tip(tool, text="x" * 70000)).encode()
    assert error_of(post(client, None, raw=raw), 413)["code"] == "payload_too_large"


# Origins and CORS ----------------------------------------------------------------------------


def test_a_post_from_an_origin_not_allowed_is_a_403_and_stores_nothing(client, tool):
    for origin in (EVIL, "null", "https://evil.example/path", "not an origin"):
        error = error_of(post(client, tip(tool), origin=origin), 403)
        assert error["code"] == "origin_not_allowed"
    assert Submission.objects.count() == 0


def test_the_toolkits_own_origin_a_partners_and_configured_ones_may_post(client, tool, settings):
    PartnerOrganisation.objects.create(name="Northvale Trust", allowed_origins=PARTNER)
    PartnerOrganisation.objects.create(
        name="Gone Trust", allowed_origins="https://gone.example", active=False
    )
    settings.WAGTAIL_IITK = {
        "SUBMISSION_THROTTLE_RATE": "",
        "SUBMISSION_ALLOWED_ORIGINS": ["https://learning.example.org"],
    }
    for origin in ("http://testserver", PARTNER, "https://learning.example.org"):
        response = post(client, tip(tool, text=f"Tip from {origin}"), origin=origin)
        assert response.status_code == 202, origin
        assert response["Access-Control-Allow-Origin"] == origin
        assert "Retry-After" in response["Access-Control-Expose-Headers"]
    assert error_of(post(client, tip(tool), origin="https://gone.example"), 403)
    assert Submission.objects.count() == 3


def test_any_origin_may_ask_but_only_allowed_ones_may_post(client, toolkit, tool):
    """The preflight and the answer are granted to every origin, so that a page the
    toolkit refuses can read its 403 and say why; the view is what refuses it."""
    PartnerOrganisation.objects.create(name="Northvale Trust", allowed_origins=PARTNER)
    for origin in (PARTNER, EVIL):
        granted = preflight(client, origin)
        assert granted["Access-Control-Allow-Origin"] == origin
        assert "POST" in granted["Access-Control-Allow-Methods"]
        assert "idempotency-key" in granted["Access-Control-Allow-Headers"]
    refused = post(client, tip(tool), origin=EVIL)
    assert error_of(refused, 403)["code"] == "origin_not_allowed"
    assert refused["Access-Control-Allow-Origin"] == EVIL, "the page may read why"
    assert Submission.objects.count() == 0
    # Reads stay open to any origin.
    read = client.get(API + "tools/", headers={"Origin": EVIL})
    assert read["Access-Control-Allow-Origin"] == EVIL


# Repeats ---------------------------------------------------------------------------------


def test_a_repeated_key_returns_the_first_answer_and_stores_nothing_new(client, tool):
    key = "3f2b9c1e-7a4d-4e8b-9f10-2c6d5e4a1b7c"
    first = post(client, tip(tool, elapsed_ms=40000), key=key)
    again = post(client, tip(tool, elapsed_ms=61000), key=key)  # a retry, a little later
    assert (first.status_code, again.status_code) == (202, 202)
    assert again.json() == first.json()
    assert again["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first
    submission = Submission.objects.get()
    assert submission.idempotency_key == key
    assert submission.received_data["elapsed_ms"] == 40000


def test_a_post_that_loses_the_race_for_its_key_gets_the_winners_answer(client, tool):
    key = "race-0000-1111-2222"
    first = post(client, tip(tool), key=key)
    real = intake._stored
    lookups = []

    def missed_then_real(stored_key):
        # The first look-up runs before the winner commits, so it finds nothing; the
        # insert then meets the unique key, and the second look-up finds the winner.
        lookups.append(stored_key)
        return None if len(lookups) == 1 else real(stored_key)

    with mock.patch.object(intake, "_stored", side_effect=missed_then_real):
        again = post(client, tip(tool), key=key)
        reused = post(client, tip(tool, text="Different words."), key=key)
    assert again.status_code == 202
    assert again.json()["reference"] == first.json()["reference"]
    assert lookups[:2] == [key, key]
    assert error_of(reused, 409)["code"] == "idempotency_key_reused"
    assert Submission.objects.count() == 1


def test_a_key_reused_for_another_body_is_a_409(client, tool):
    key = "widget-form-0001"
    assert post(client, tip(tool), key=key).status_code == 202
    error = error_of(post(client, tip(tool, text="Something else entirely."), key=key), 409)
    assert error["code"] == "idempotency_key_reused"
    assert Submission.objects.count() == 1


def test_an_identical_post_without_a_key_is_one_submission_within_the_window(client, tool):
    first = post(client, tip(tool))
    again = post(client, tip(tool))
    assert again.json()["reference"] == first.json()["reference"]
    assert Submission.objects.count() == 1
    # Long after, the same words are a new submission (someone sent them again).
    Submission.objects.update(received_at=timezone.now() - datetime.timedelta(seconds=301))
    later = post(client, tip(tool))
    assert later.status_code == 202
    assert later.json()["reference"] != first.json()["reference"]
    assert Submission.objects.count() == 2
    old = Submission.objects.get(reference=first.json()["reference"])
    assert old.idempotency_key is None  # it gave up the key to the new one


def test_different_bodies_without_a_key_are_different_submissions(client, tool):
    post(client, tip(tool, text="First tip."))
    post(client, tip(tool, text="Second tip."))
    assert Submission.objects.count() == 2


# Throttling ------------------------------------------------------------------------------


def test_too_many_posts_from_one_client_are_a_429_with_retry_after(client, tool, settings):
    settings.WAGTAIL_IITK = {"SUBMISSION_THROTTLE_RATE": "2/hour"}
    for n in range(2):
        assert post(client, tip(tool, text=f"Tip {n}.")).status_code == 202
    assert client.options(URL).status_code == 200  # only posts count
    response = post(client, tip(tool, text="Tip 3."))
    error = error_of(response, 429)
    assert error["code"] == "throttled"
    assert 0 < int(response["Retry-After"]) <= 3600
    assert Submission.objects.count() == 2
    other = client.generic(
        "POST",
        URL,
        json.dumps(tip(tool, text="Tip 4.")),
        content_type="application/json",
        REMOTE_ADDR="10.1.2.3",
    )
    assert other.status_code == 202  # another client has its own allowance


# Database faults -----------------------------------------------------------------------------


def test_a_database_fault_on_insert_is_a_503_and_stores_nothing(client, tool):
    with mock.patch.object(Submission, "save", side_effect=OperationalError("server closed")):
        response = post(client, tip(tool))
    error = error_of(response, 503)
    assert error["code"] == "unavailable"
    assert int(response["Retry-After"]) > 0
    assert "server closed" not in response.content.decode()
    assert Submission.objects.count() == 0


def test_a_fault_after_the_row_is_written_rolls_it_back(
    client, tool, django_capture_on_commit_callbacks
):
    # The row is inserted, then the transaction fails before it commits.
    fault = OperationalError("connection lost")
    with (
        django_capture_on_commit_callbacks(execute=True),
        mock.patch("wagtail_iitk.community.intake.transaction.on_commit", side_effect=fault),
    ):
        response = post(client, tip(tool))
    assert error_of(response, 503)["code"] == "unavailable"
    assert Submission.objects.count() == 0
    assert queued_conversions() == []


def test_a_database_fault_while_checking_the_tool_is_a_503_not_a_400(client, tool):
    with mock.patch(
        "wagtail_iitk.models.visibility.restricted_q", side_effect=OperationalError("down")
    ):
        response = post(client, tip(tool))
    assert error_of(response, 503)["code"] == "unavailable"
    assert Submission.objects.count() == 0


# The published schema --------------------------------------------------------------------


def test_the_schema_documents_the_endpoint_and_still_validates(client, toolkit):
    schema = client.get(API + "schema/").json()
    validate_openapi(schema)
    operation = schema["paths"][URL]["post"]
    assert set(operation["responses"]) == {"202", "400", "403", "409", "413", "415", "429", "503"}
    headers = [p["name"] for p in operation["parameters"] if p["in"] == "header"]
    assert headers == ["Idempotency-Key"]
    components = schema["components"]["schemas"]

    def component(ref):
        return components[ref["$ref"].rsplit("/", 1)[1]]

    body = component(operation["requestBody"]["content"]["application/json"]["schema"])
    assert body["discriminator"]["propertyName"] == "kind"
    variants = [component(ref) for ref in body["oneOf"]]
    assert len(variants) == 5
    story = next(v for v in variants if "summary" in v["properties"])
    assert story["properties"]["summary"]["maxLength"] == 600
    assert {"kind", "consent_to_publish", "no_patient_data", "title", "summary"} <= set(
        story["required"]
    )
    assert "website" not in story["properties"]


# Installation checks -----------------------------------------------------------------------


def test_a_warning_when_cors_would_refuse_the_widgets_idempotency_key(settings):
    from wagtail_iitk.checks import check_cors_allows_idempotency_key

    assert check_cors_allows_idempotency_key() == []
    settings.CORS_ALLOW_HEADERS = ("accept", "content-type")
    warnings = check_cors_allows_idempotency_key()
    assert [w.id for w in warnings] == ["wagtail_iitk.W001"]
    assert "idempotency-key" in warnings[0].hint


def test_the_submission_settings_are_type_checked(settings):
    from wagtail_iitk.checks import check_settings

    settings.WAGTAIL_IITK = {
        "SUBMISSION_ALLOWED_ORIGINS": "https://one.example",
        "SUBMISSION_MAX_LINKS": True,
        "SUBMISSION_THROTTLE_RATE": "5/hour",
    }
    errors = check_settings()
    assert [e.id for e in errors] == ["wagtail_iitk.E004", "wagtail_iitk.E004"]
    assert "SUBMISSION_ALLOWED_ORIGINS" in errors[0].msg and "list" in errors[0].msg
    assert "SUBMISSION_MAX_LINKS" in errors[1].msg
