"""CONTENT_VERSION_LOCAL_TIMEOUT: each process reuses the content version and the cached
responses it read from the shared cache for that long. A change made in this process is
seen at once; one made by another process (the database row moved and the shared copy
dropped, without this process's ``forget``) at most that long after."""

import time
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.db.models import F

from wagtail_iitk.cards import reading
from wagtail_iitk.models import ContentVersion, Perspective
from wagtail_iitk.models import content_version as content_version_module
from wagtail_iitk.models.content_version import CACHE_KEY
from wagtail_iitk.web import caching, links

from ..factories import make_tool


@pytest.fixture
def local_timeout(settings):
    settings.WAGTAIL_IITK = {"CONTENT_VERSION_LOCAL_TIMEOUT": 1}
    content_version_module._local.clear()
    caching._recent.clear()
    reading._kept_read_model.clear()
    yield
    content_version_module._local.clear()
    caching._recent.clear()
    reading._kept_read_model.clear()


@pytest.fixture
def clock(monkeypatch):
    """time.monotonic(), moved on by hand."""
    now = [time.monotonic()]
    monkeypatch.setattr(time, "monotonic", lambda: now[0])
    return now


def changed_elsewhere():
    """What another process's change leaves behind: the row moved, the shared copy gone."""
    ContentVersion.objects.filter(pk=1).update(value=F("value") + 1)
    cache.delete(CACHE_KEY)


@pytest.mark.django_db
def test_another_processs_change_is_seen_when_the_local_timeout_ends(local_timeout, clock):
    ContentVersion.objects.update_or_create(pk=1, defaults={"value": 7})
    assert ContentVersion.current()[0] == "7"
    changed_elsewhere()
    clock[0] += 0.9
    assert ContentVersion.current()[0] == "7"
    clock[0] += 0.2
    assert ContentVersion.current()[0] == "8"


@pytest.mark.django_db
def test_without_a_local_timeout_every_read_asks_the_shared_cache(settings):
    ContentVersion.objects.update_or_create(pk=1, defaults={"value": 7})
    assert ContentVersion.current()[0] == "7"
    changed_elsewhere()
    assert ContentVersion.current()[0] == "8"


@pytest.mark.django_db
def test_a_change_in_this_process_is_seen_at_once(local_timeout, toolkit, client):
    tool = make_tool(title="Process map", slug="process-map")
    assert client.get("/api/iitk/v1/tools/").json()["results"][0]["title"] == "Process map"
    tool.title = "Process map, revised"
    tool.save_revision().publish()
    assert client.get("/api/iitk/v1/tools/").json()["results"][0]["title"] == (
        "Process map, revised"
    )


def test_cached_bodies_are_kept_for_the_local_timeout_and_bounded(local_timeout, clock):
    caching.cache_set("iitk:api:v1:7:one", b"{}")
    cache.clear()  # gone from the shared cache: still here for the second
    assert caching.cache_get("iitk:api:v1:7:one") == b"{}"
    clock[0] += 1.1
    assert caching.cache_get("iitk:api:v1:7:one") is None
    for number in range(caching.RECENT_MAX + 50):
        caching.cache_set(f"iitk:api:v1:7:{number}", b"{}")
    assert len(caching._recent) == caching.RECENT_MAX


@pytest.mark.django_db
def test_the_read_model_is_kept_in_the_process_for_its_version(
    local_timeout, toolkit, client, monkeypatch
):
    risk = Perspective.objects.get(slug="risk")
    make_tool(title="Process map", slug="process-map", perspectives=[risk])
    asked = []
    shared_get = cache.get

    def counting_get(key, *args, **kwargs):
        if key.startswith("iitk:read-model:"):
            asked.append(key)
        return shared_get(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get", counting_get)
    for limit in (1, 2, 3):  # three URLs: three uncached bodies, one read of the map
        client.get(f"/api/iitk/v1/tools/?limit={limit}")
    assert len(asked) == 1
    risk.name = "Risk and safety"
    risk.save()  # a new version: a new map, at once
    card = client.get("/api/iitk/v1/tools/?limit=4").json()["results"][0]
    assert card["labels"]["perspectives"] == ["Risk and safety"]
    assert len(asked) == 2 and asked[0] != asked[1]
    assert list(reading._kept_read_model) == [ContentVersion.current()[0]]


@pytest.mark.django_db
def test_without_a_local_timeout_the_read_model_is_not_kept(toolkit, client):
    reading._kept_read_model.clear()
    make_tool(title="Process map", slug="process-map")
    assert client.get("/api/iitk/v1/tools/").status_code == 200
    assert reading._kept_read_model == {}


@pytest.mark.django_db
def test_site_root_paths_are_kept_and_dropped_when_a_site_changes(local_timeout, toolkit, clock):
    from wagtail.models import Site

    first = links.site_root_paths()
    cache.clear()  # gone from the shared cache: still kept here for the second
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Site, "get_site_root_paths", lambda: pytest.fail("read again"))
        assert links.site_root_paths() == first
    site = Site.objects.get()
    site.hostname = "toolkit.example.org"
    site.save()  # a change in this process: seen at once
    assert urlsplit(links.site_root_paths()[0].root_url).hostname == "toolkit.example.org"
    clock[0] += 1.1
    assert links.site_root_paths() is not first
