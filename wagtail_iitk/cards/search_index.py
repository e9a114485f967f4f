"""The search index catches up after its service was down.

Wagtail indexes a page when it is saved (a task of Wagtail's own, ``modelsearch``'s
``insert_or_update_object_task``). A backend on another service (Elasticsearch,
OpenSearch) that fails is only logged, by design, so that saving and publishing never
fail because of search: the page is live, but the index does not hold it until someone
runs ``update_index``.

:func:`install` listens for those logged failures and queues :func:`reindex` for the
object, which tries the one backend again with growing delays (django-tasks has no
retries of its own, so the task re-enqueues itself with ``run_after``). On a task
backend that cannot defer, or after the last try, the failure is logged as an error
naming ``manage.py update_index``. The database search backend is not concerned: its
errors are database errors, and roll the save back.
"""

import datetime
import logging

from django.apps import apps
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger("wagtail_iitk.cards")

#: Seconds before each retry: 30 s, 2 min, 10 min, 1 h, 6 h.
RETRY_DELAYS = (30, 120, 600, 3600, 21600)
#: The logger modelsearch reports indexing failures on, and what each message means.
MODELSEARCH_LOGGER = "modelsearch.index"
FAILURES = {
    "Exception raised while adding": "add",
    "Exception raised while deleting": "delete",
}


def _schedule(app_label, model_name, pk, backend_name, operation, attempt):
    """Queue try number ``attempt``, after its delay; or log that it is given up."""
    what = f"{app_label}.{model_name} {pk} in the '{backend_name}' search backend"
    if attempt > len(RETRY_DELAYS) + 1:
        logger.error("Gave up indexing %s; run manage.py update_index", what)
        return
    if not reindex.get_backend().supports_defer:
        logger.error("Could not index %s; run manage.py update_index", what)
        return
    delay = datetime.timedelta(seconds=RETRY_DELAYS[attempt - 2])
    reindex.using(run_after=timezone.now() + delay).enqueue(
        app_label, model_name, str(pk), backend_name, operation, attempt
    )


@task()
def reindex(app_label, model_name, pk, backend_name, operation, attempt):
    """Add (or delete) one object in one search backend again; queue another try if it
    fails."""
    from wagtail.search.backends import get_search_backend
    from wagtail.search.index import get_indexed_instance

    model = apps.get_model(app_label, model_name)
    try:
        backend = get_search_backend(backend_name)
        if operation == "delete":
            backend.delete(model(pk=model._meta.pk.to_python(pk)))
        else:
            instance = model._default_manager.filter(pk=pk).first()
            indexed = get_indexed_instance(instance) if instance is not None else None
            if indexed is None:
                return  # gone, or no longer indexed: nothing to catch up
            backend.add(indexed)
    except Exception:  # noqa: BLE001 (the service is still down: try again later)
        logger.warning("Indexing %s.%s %s failed again", app_label, model_name, pk)
        _schedule(app_label, model_name, pk, backend_name, operation, attempt + 1)


class IndexingFailures(logging.Handler):
    """Queues a :func:`reindex` for each indexing failure modelsearch logs."""

    def __init__(self):
        super().__init__(logging.ERROR)

    def emit(self, record):
        message = str(record.msg)
        operation = next((op for start, op in FAILURES.items() if message.startswith(start)), None)
        args = record.args if isinstance(record.args, tuple) else ()
        if operation is None or len(args) < 2:
            return
        instance, backend_name = args[0], args[1]
        try:
            meta = instance._meta
            _schedule(meta.app_label, meta.model_name, instance.pk, backend_name, operation, 2)
        except Exception:  # noqa: BLE001 (a logging handler must never raise)
            logger.exception("Could not queue a retry of the search index")


_handler = IndexingFailures()


def install():
    """Listen for indexing failures (once, however often it is called)."""
    failures = logging.getLogger(MODELSEARCH_LOGGER)
    if _handler not in failures.handlers:
        failures.addHandler(_handler)
