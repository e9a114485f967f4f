"""Contract: with Elasticsearch or OpenSearch as Wagtail's search backend, the toolkit's
search finds published, public items and nothing else, and follows publish and unpublish.

Collected only when ELASTICSEARCH_URL or OPENSEARCH_URL is set (conftest.py), e.g.
``ELASTICSEARCH_URL=http://127.0.0.1:9200``; the backend is Wagtail's ``elasticsearch8``
or ``opensearch2`` unless IITK_TEST_SEARCH_BACKEND names another (``elasticsearch9``,
``opensearch3``...). Needs the matching client library (the ``elasticsearch`` or
``opensearch`` extra). The indexes it makes carry a prefix of their own and are deleted
after."""

import io
import os

import pytest
from django.core.management import call_command
from wagtail.search.backends import get_search_backend

from ..factories import make_story, make_tool

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
URL = ELASTICSEARCH_URL or os.environ.get("OPENSEARCH_URL", "")
BACKEND = "wagtail.search.backends." + (
    os.environ.get("IITK_TEST_SEARCH_BACKEND")
    or ("elasticsearch8" if ELASTICSEARCH_URL else "opensearch2")
)


@pytest.fixture
def search_service(settings, toolkit):
    prefix = f"iitk-test-{os.getpid()}-"
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": BACKEND, "URLS": [URL], "INDEX_PREFIX": prefix, "TIMEOUT": 20}
    }
    backend = get_search_backend()
    yield backend
    for name in list(backend.es.indices.get(index=f"{prefix}*")):
        backend.es.indices.delete(index=name)


def search(client, path, q):
    response = client.get(f"/api/iitk/v1/{path}", {"q": q})
    assert response.status_code == 200, response.content
    return sorted(item["slug"] for item in response.json()["results"])


def test_search_finds_public_published_items_only_and_follows_publishing(search_service, client):
    tool = make_tool(title="Zymurgy board", slug="zymurgy-board")
    make_tool(title="Zymurgy draft", slug="zymurgy-draft", publish=False)
    make_story(title="Zymurgy on the ward", slug="zymurgy-on-the-ward", tools=[tool])
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    search_service.refresh_indexes()

    assert search(client, "tools/", "zymurgy") == ["zymurgy-board"]
    assert search(client, "search/", "zymurgy") == ["zymurgy-board", "zymurgy-on-the-ward"]
    assert search(client, "tools/", "nothingmatchesthis") == []

    # Unpublishing takes it out of the index (Wagtail's signal handlers), and the lists
    # never show a page that is not live whatever the index says.
    tool.unpublish()
    search_service.refresh_indexes()
    assert search(client, "tools/", "zymurgy") == []
