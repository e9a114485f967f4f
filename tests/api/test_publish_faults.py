"""A publish succeeds whatever fails after it: a CDN that refuses the purge (the purge
is retried by a task) and a search backend that is down (the index is brought up to
date afterwards)."""

import datetime
import logging

import pytest
from django.utils import timezone
from django_tasks import task_backends
from wagtail.models import Page

from tests.factories import make_tool
from wagtail_iitk.cards import changes

DUMMY = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
#: Wagtail's HTTP purger pointed at a port where nothing listens: every purge fails.
CDN_DOWN = {
    "default": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": "http://127.0.0.1:9/",
    }
}


def queued(backend, task):
    return [r for r in backend.results if r.task.module_path == task.module_path]


@pytest.fixture
def dummy_tasks(settings):
    settings.TASKS = DUMMY
    backend = task_backends["default"]
    backend.clear()
    return backend


def test_a_failing_cdn_purge_leaves_the_publish_done_and_is_retried(
    toolkit, settings, dummy_tasks, django_capture_on_commit_callbacks, monkeypatch
):
    settings.WAGTAILFRONTENDCACHE = CDN_DOWN
    tool = make_tool(slug="process-map", publish=False)
    with django_capture_on_commit_callbacks(execute=True):
        tool.save_revision().publish()
    assert Page.objects.get(pk=tool.pk).live
    # The purge is a task of its own (on the worker in production).
    first, *_others = queued(dummy_tasks, changes.purge_api_urls)
    [urls] = first.args
    assert any(url.endswith("/api/iitk/v1/tools/") for url in urls)

    # The CDN refuses: the next try is queued for later.
    dummy_tasks.clear()
    changes.purge_api_urls.call(urls)
    [retry] = queued(dummy_tasks, changes.purge_api_urls)
    assert retry.args == [urls, 2]
    delay = retry.task.run_after - timezone.now()
    assert datetime.timedelta(seconds=5) < delay <= datetime.timedelta(minutes=1)

    # It fails again: queued once more, later still.
    dummy_tasks.clear()
    changes.purge_api_urls.call(urls, 2)
    [again] = queued(dummy_tasks, changes.purge_api_urls)
    assert again.args[1] == 3
    assert again.task.run_after - timezone.now() > delay

    # The CDN is back: the retry purges, and nothing more is queued.
    purged = []
    monkeypatch.setattr(
        "wagtail.contrib.frontend_cache.backends.HTTPBackend.purge",
        lambda self, url: purged.append(url),
    )
    dummy_tasks.clear()
    changes.purge_api_urls.call(urls, 3)
    assert sorted(purged) == sorted(urls)
    assert queued(dummy_tasks, changes.purge_api_urls) == []


def test_the_last_failed_purge_is_logged_not_retried(toolkit, settings, dummy_tasks, caplog):
    settings.WAGTAILFRONTENDCACHE = CDN_DOWN
    with caplog.at_level(logging.ERROR, logger="wagtail_iitk.cards"):
        changes.purge_api_urls.call(["http://localhost/api/iitk/v1/tools/"], 99)
    assert queued(dummy_tasks, changes.purge_api_urls) == []
    assert any("gave up" in record.getMessage() for record in caplog.records)


# The search backend ---------------------------------------------------------------------------

BROKEN_SEARCH = {"default": {"BACKEND": "tests.api.broken_search"}}


@pytest.fixture
def search_down(settings):
    from .broken_search import Outage

    settings.WAGTAILSEARCH_BACKENDS = BROKEN_SEARCH
    Outage.down = True
    yield Outage
    Outage.down = False


def run_queued(backend, task, *args):
    """Run the queued calls of ``task`` (the dummy backend only records them)."""
    for result in queued(backend, task):
        task.call(*result.args, **result.kwargs)


def found(word):
    from wagtail.models import Page as WagtailPage

    return [page.pk for page in WagtailPage.objects.live().search(word)]


def test_a_publish_succeeds_while_search_is_down_and_the_index_catches_up(
    toolkit, settings, dummy_tasks, search_down, django_capture_on_commit_callbacks
):
    from modelsearch.tasks import insert_or_update_object_task

    from wagtail_iitk.cards import search_index

    tool = make_tool(slug="zymurgy-board", title="Zymurgy board", publish=False)
    dummy_tasks.clear()
    with django_capture_on_commit_callbacks(execute=True):
        tool.save_revision().publish()
    assert Page.objects.get(pk=tool.pk).live
    # Wagtail's own indexing task runs (on the worker) and fails: the search service is
    # down. It is logged by Wagtail, and a retry of ours is queued for later.
    run_queued(dummy_tasks, insert_or_update_object_task)
    retries = queued(dummy_tasks, search_index.reindex)
    assert retries, "no retry queued"
    assert all(r.task.run_after > timezone.now() for r in retries)
    assert all(r.args[-1] == 2 for r in retries)  # Wagtail's own was the first try

    # Still down at the first retry: queued again.
    dummy_tasks.clear()
    for retry in retries:
        search_index.reindex.call(*retry.args)
    again = queued(dummy_tasks, search_index.reindex)
    assert again and all(r.args[-1] == 3 for r in again)

    # Back up: the retry brings the index up to date.
    search_down.down = False
    dummy_tasks.clear()
    for retry in again:
        search_index.reindex.call(*retry.args)
    assert queued(dummy_tasks, search_index.reindex) == []
    assert tool.pk in found("zymurgy")
