"""A search backend whose service is down until told otherwise, like Elasticsearch or
OpenSearch during an outage: indexing raises, and (as for those backends) the error is
caught and logged by Wagtail so that saving a page still works."""

from wagtail.search.backends.database import SearchBackend as database_backend


class Outage:
    down = True


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks for in a backend module)
    backend = database_backend(params)
    backend.catch_indexing_errors = True
    add, delete = backend.add, backend.delete

    def failing(operation):
        def run(obj):
            if Outage.down:
                raise ConnectionError("the search cluster is unreachable")
            return operation(obj)

        return run

    backend.add, backend.delete = failing(add), failing(delete)
    return backend
