"""Several server processes sharing one database and one Redis agree: on the content
version (a change made in one process is served by every other within the documented
bound, CONTENT_VERSION_LOCAL_TIMEOUT), on cached responses, and on throttle counts.

Collected only with REDIS_URL set and a PostgreSQL database (conftest.py): CI's second
leg. Two gunicorn servers (one worker each) serve the test database; this test's own
process, a third, makes the change through Wagtail's publish."""

import io
import itertools
import json
import time

import pytest
from django.core.management import call_command

from wagtail_iitk.models import ToolPage

from ..embed.test_oembed_live import serve_default_site_at
from ..factories import make_tool
from .servers import Server, shared_database_url

LOCAL_TIMEOUT = 1
TOOL = "/api/iitk/v1/tools/process-map/"
addresses = (f"10.20.{n // 250}.{n % 250 + 1}" for n in itertools.count())


def get(server, path, address=None):
    """(status, ETag, JSON) for one client address (X-Forwarded-For, one trusted proxy).

    Both servers are asked for the same host (the ETag covers the URL), as behind a load
    balancer, so equal ETags mean an equal content version."""
    headers = {"Host": "toolkit.example", "X-Forwarded-For": address or next(addresses)}
    status, found, body = server.request("GET", path, headers=headers)
    return status, found.get("etag"), json.loads(body)


@pytest.mark.django_db(transaction=True)
def test_processes_sharing_redis_agree_on_version_cache_and_throttles(tmp_path):
    serve_default_site_at("http://127.0.0.1:80")
    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    make_tool(title="Process map", slug="process-map")
    database = shared_database_url(tmp_path)
    toolkit = {
        "CONTENT_VERSION_LOCAL_TIMEOUT": LOCAL_TIMEOUT,
        "API_THROTTLE_RATE": "10/hour",
        "API_TRUSTED_PROXIES": 1,
    }
    with (
        Server(tmp_path, database, toolkit=toolkit) as one,
        Server(tmp_path, database, toolkit=toolkit) as other,
    ):
        # The same version, so the same ETag, and the same cached body in both.
        first = [get(server, TOOL) for server in (one, other)]
        assert [(status, body["title"]) for status, _, body in first] == [(200, "Process map")] * 2
        assert first[0][1] == first[1][1]

        # A publish in a third process: both servers had the old version in hand.
        page = ToolPage.objects.get(slug="process-map")
        page.title = "Process map, revised"
        page.save_revision().publish()
        published = time.monotonic()
        time.sleep(max(0, published + LOCAL_TIMEOUT - time.monotonic()))
        after = [get(server, TOOL) for server in (one, other)]
        assert [body["title"] for _, _, body in after] == ["Process map, revised"] * 2
        assert after[0][1] == after[1][1] != first[0][1]

        # Throttle counts are shared: ten reads from one address, alternating between
        # the processes, use up its hourly allowance in both.
        address = "10.99.0.1"
        statuses = [get(server, TOOL, address)[0] for server in (one, other) * 5]
        assert statuses == [200] * 10
        assert [get(server, TOOL, address)[0] for server in (one, other)] == [429, 429]
        # Another address is not affected.
        assert get(one, TOOL)[0] == 200
