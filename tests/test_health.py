"""/healthz/ (liveness: no database) and /readyz/ (database, cache and task queue)."""

from datetime import timedelta
from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import override_settings
from django.utils import timezone

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []}}
UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
    }
}


@pytest.mark.django_db
def test_healthz_answers_ok_without_a_single_query(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"
    assert client.head("/healthz/").status_code == 200
    assert client.post("/healthz/").status_code == 405


def test_healthz_answers_even_with_the_database_down(client):
    with mock.patch.object(BaseDatabaseWrapper, "cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz/")
    assert response.status_code == 200


@pytest.mark.django_db
def test_readyz_answers_ok_with_the_figures(client):
    response = client.get("/readyz/")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "tasks"}
    assert all(check["status"] == "ok" for check in body["checks"].values())
    assert body["checks"]["database"]["ms"] >= 0
    assert body["checks"]["tasks"]["backend"] == "ImmediateBackend"
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_readyz_answers_503_naming_the_database_when_it_is_down(client):
    with mock.patch.object(
        BaseDatabaseWrapper, "cursor", side_effect=OperationalError("connection refused")
    ):
        response = client.get("/readyz/")
    assert response.status_code == 503
    body = response.json()
    assert body["down"] == ["database"]
    assert body["error"]["code"] == "unavailable"
    assert "database" in body["error"]["message"]
    assert body["checks"]["database"] == {"status": "down", "reason": "OperationalError"}
    assert body["checks"]["cache"]["status"] == "ok"
    assert response["Retry-After"]
    assert response._has_been_logged  # once, as a warning: no error email per poll
    # No traceback or connection detail reaches the client.
    assert b"connection refused" not in response.content


@pytest.mark.django_db
@pytest.mark.parametrize(
    "backend",
    ["django.core.cache.backends.redis.RedisCache", "wagtail_iitk.web.cache.FailSoftCache"],
)
def test_readyz_answers_503_naming_the_cache_when_redis_is_down(client, backend):
    # The fail-soft backend keeps pages up while Redis is down, but is still reported.
    caches = {"default": {**UNREACHABLE_REDIS["default"], "BACKEND": backend}}
    with override_settings(CACHES=caches):
        response = client.get("/readyz/")
    assert response.status_code == 503
    assert response.json()["down"] == ["cache"]


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_TASKS)
def test_readyz_reports_the_oldest_waiting_task_and_names_a_stalled_queue(client):
    from django_tasks_db.models import DBTaskResult

    from wagtail_iitk.community.tasks import convert_submission

    response = client.get("/readyz/")
    tasks = response.json()["checks"]["tasks"]
    assert tasks == {**tasks, "backend": "DatabaseBackend", "waiting": 0}
    assert tasks["oldest_waiting_seconds"] == 0

    convert_submission.enqueue(1)
    five_minutes_ago = timezone.now() - timedelta(minutes=5)
    DBTaskResult.objects.update(enqueued_at=five_minutes_ago)
    response = client.get("/readyz/")
    assert response.status_code == 200
    tasks = response.json()["checks"]["tasks"]
    assert tasks["waiting"] == 1
    assert 295 <= tasks["oldest_waiting_seconds"] <= 320

    DBTaskResult.objects.update(enqueued_at=five_minutes_ago - timedelta(minutes=10))
    response = client.get("/readyz/")
    assert response.status_code == 503
    assert response.json()["down"] == ["tasks"]
    with override_settings(WAGTAIL_IITK={"READY_MAX_TASK_WAIT": 0}):
        assert client.get("/readyz/").status_code == 200


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_TASKS)
def test_a_deferred_task_waits_from_its_run_after_not_its_enqueuing(client):
    from django_tasks_db.models import DBTaskResult

    from wagtail_iitk.community.tasks import convert_submission

    convert_submission.enqueue(1)
    DBTaskResult.objects.update(
        enqueued_at=timezone.now() - timedelta(hours=2),
        run_after=timezone.now() - timedelta(seconds=30),
    )
    tasks = client.get("/readyz/").json()["checks"]["tasks"]
    assert 29 <= tasks["oldest_waiting_seconds"] <= 60


@pytest.mark.django_db
def test_readyz_is_ok_where_tasks_run_in_the_request_and_the_queue_app_is_absent(client):
    """The demo runs django-tasks' immediate backend without django-tasks-db installed:
    there is no queue to check, and its models must not even be imported."""
    from django.apps import apps

    installed = apps.is_installed

    def without_queue_app(name):
        return False if name == "django_tasks_db" else installed(name)

    with (
        override_settings(
            TASKS={"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
        ),
        mock.patch.object(apps, "is_installed", without_queue_app),
    ):
        response = client.get("/readyz/")
    assert response.status_code == 200, response.content
    assert response.json()["checks"]["tasks"]["status"] == "ok"
