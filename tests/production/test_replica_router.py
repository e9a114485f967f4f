"""The replica router: anonymous public reads go to the ``replica`` alias; writes, the
admin, signed-in editors and whatever a request reads after its own write go to the
primary. The test settings' ``replica`` mirrors the test database on a connection of its
own, so the queries each alias ran can be counted apart."""

import io
import json

import pytest
from django.core.management import call_command
from django.db import connections
from django.http import JsonResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail_iitk.models import Submission, ToolPage
from wagtail_iitk.web.replica import PublicReadsMiddleware

from ..community.intake_payloads import URL, story
from ..embed.test_oembed_live import serve_default_site_at
from ..factories import make_tool

pytestmark = pytest.mark.django_db(transaction=True, databases=["default", "replica"])

ROUTER = "wagtail_iitk.web.replica.ReplicaRouter"
MIDDLEWARE = "wagtail_iitk.web.replica.PublicReadsMiddleware"


@pytest.fixture
def routed(settings):
    settings.DATABASE_ROUTERS = [ROUTER]
    settings.MIDDLEWARE = [MIDDLEWARE, *settings.MIDDLEWARE]
    settings.WAGTAIL_IITK = {"SUBMISSION_MIN_SECONDS": 0, "SUBMISSION_THROTTLE_RATE": ""}
    serve_default_site_at("http://testserver:80")
    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    return make_tool(title="Process map", slug="process-map")


def queries_on_each(request):
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections["replica"]) as replica,
    ):
        response = request()
    return response, len(primary), len(replica)


def test_public_api_reads_and_pages_go_to_the_replica(routed, client):
    response, primary, replica = queries_on_each(lambda: client.get("/api/iitk/v1/tools/"))
    assert response.status_code == 200
    assert [tool["slug"] for tool in response.json()["results"]] == ["process-map"]
    assert (primary, replica > 0) == (0, True)

    response, primary, replica = queries_on_each(lambda: client.get(routed.url))
    assert response.status_code == 200
    assert b"Process map" in response.content
    assert (primary, replica > 0) == (0, True)


def test_a_submission_is_written_and_read_on_the_primary(routed, client):
    body = json.dumps(story(routed))
    response, primary, replica = queries_on_each(
        lambda: client.post(URL, body, content_type="application/json")
    )
    assert response.status_code in (201, 202), response.content
    assert (primary > 0, replica) == (True, 0)
    assert Submission.objects.using("default").count() == 1


def test_signed_in_editors_and_the_admin_read_the_primary(routed, client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    for path in ("/admin/", "/api/iitk/v1/tools/"):
        response, primary, replica = queries_on_each(lambda path=path: client.get(path))
        assert response.status_code == 200, path
        assert (primary > 0, replica) == (True, 0), path


def test_reads_after_a_write_in_the_same_request_stay_on_the_primary(routed):
    def view(request):
        before = ToolPage.objects.all().db
        ToolPage.objects.filter(pk=routed.pk).update(title="Process map")
        return JsonResponse({"before": before, "after": ToolPage.objects.all().db})

    middleware = PublicReadsMiddleware(view)
    answer = json.loads(middleware(RequestFactory().get("/anything/")).content)
    assert answer == {"before": "replica", "after": "default"}
    # The next request starts public again; outside a request, reads use the primary.
    assert json.loads(middleware(RequestFactory().get("/anything/")).content)["before"] == "replica"
    assert ToolPage.objects.all().db == "default"
