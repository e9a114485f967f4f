"""Health checks for load balancers, orchestrators and monitoring.

``/healthz/`` (liveness) answers at once, touching neither the database nor the cache:
a process that can answer it is alive. ``/readyz/`` (readiness) checks what a request
needs: the database, the cache and the task queue, and answers 200 with the figures, or
503 naming what is down.
"""

import logging
import secrets
import time

from django.apps import apps
from django.core.cache import caches
from django.db import connections
from django.db.models import Case, F, When
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from ..conf import iitk_settings

logger = logging.getLogger("wagtail_iitk.health")


def _ms(started):
    return round((time.perf_counter() - started) * 1000, 1)


def check_database(alias="default"):
    started = time.perf_counter()
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"status": "ok", "ms": _ms(started)}


def check_cache():
    alias = iitk_settings.API_CACHE_ALIAS
    cache = caches[alias]
    started = time.perf_counter()
    token = secrets.token_hex(8)
    cache.set("wagtail_iitk:readyz", token, 30)
    if cache.get("wagtail_iitk:readyz") != token:
        return {"status": "down", "reason": "a value written was not read back", "alias": alias}
    return {"status": "ok", "ms": _ms(started), "alias": alias}


def _database_backend_results(backend):
    """The result model of django-tasks-db's backend, or None for any other backend."""
    if not apps.is_installed("django_tasks_db"):  # its models cannot even be imported
        return None, None
    try:
        from django_tasks_db import DatabaseBackend
        from django_tasks_db.models import DBTaskResult, get_date_max
    except ImportError:
        return None, None
    if not isinstance(backend, DatabaseBackend):
        return None, None
    return DBTaskResult, get_date_max


def check_tasks():
    """The default task backend; for the database backend, what waits and for how long."""
    from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends

    backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
    figures = {"status": "ok", "backend": type(backend).__name__}
    results, date_max = _database_backend_results(backend)
    if results is None:
        return figures  # run in the request (ImmediateBackend) or elsewhere: no queue here
    started = time.perf_counter()
    waiting = results.objects.ready().filter(backend_name=backend.alias)
    # A deferred task (a retry with backoff) waits from its run_after, not its enqueuing.
    due = Case(When(run_after=date_max(), then=F("enqueued_at")), default=F("run_after"))
    oldest = waiting.annotate(due=due).order_by("due").values_list("due", flat=True).first()
    age = (timezone.now() - oldest).total_seconds() if oldest else 0.0
    figures.update(
        waiting=waiting.count(),
        oldest_waiting_seconds=round(max(age, 0.0), 1),
        failed=results.objects.failed().filter(backend_name=backend.alias).count(),
        ms=_ms(started),
    )
    limit = iitk_settings.READY_MAX_TASK_WAIT
    if limit and age > limit:
        figures["status"] = "down"
        figures["reason"] = f"a task has waited over {limit} s: is a worker running?"
    return figures


CHECKS = {"database": check_database, "cache": check_cache, "tasks": check_tasks}


def _no_store(response):
    response["Cache-Control"] = "no-store"
    return response


@csrf_exempt
@require_safe
def liveness(request):
    """200 ``{"status": "ok"}``; no database, no cache, no session."""
    return _no_store(JsonResponse({"status": "ok"}))


@csrf_exempt
@require_safe
def readiness(request):
    """200 with each check's figures, or 503 naming what is down."""
    checks = {}
    for name, check in CHECKS.items():
        try:
            checks[name] = check()
        except Exception as error:  # anything that fails is "down"
            logger.warning("Readiness check %r failed", name, exc_info=True)
            checks[name] = {"status": "down", "reason": type(error).__name__}
    down = [name for name, figures in checks.items() if figures["status"] != "ok"]
    if not down:
        return _no_store(JsonResponse({"status": "ok", "checks": checks}))
    body = {
        "status": "unavailable",
        "down": down,
        "error": {"code": "unavailable", "message": f"Not ready: {', '.join(down)} down."},
        "checks": checks,
    }
    response = JsonResponse(body, status=503)
    response["Retry-After"] = "10"
    # Logged here as a warning; Django would log each 503 as an error (and mail ADMINS
    # on every poll of a load balancer while something is down).
    logger.warning("Not ready: %s down", ", ".join(down))
    response._has_been_logged = True
    return _no_store(response)
