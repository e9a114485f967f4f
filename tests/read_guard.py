"""Public reads never write: a guard on the test client's GET and HEAD requests.

DESIGN.md: "No INSERT, UPDATE, DELETE or row lock in a GET or HEAD of the API, embeds
or pages." Under the ``reads_never_write`` fixture (``tests/conftest.py``: on for every
test of every suite), each ``Client.get`` and ``Client.head`` of a public path runs with
a ``connection.execute_wrapper`` that records the SQL it sends; a request that wrote, or
took a row lock, fails the test and names the SQL.

Requests to the admin (``EXEMPT_PREFIXES``) are not public reads: they come from
signed-in editors, and Wagtail and Django write on them by design (a page lock, the
session, the user's last viewed items, the admin's own logs), so they are left out.
Only the test client is wrapped: a test that calls a view with a ``RequestFactory``
request can use ``writes_of`` around the call.
"""

import contextlib
import re
from urllib.parse import urlsplit

import pytest
from django.db import connections
from django.test import Client

#: SQL that writes, or locks rows for writing.
WRITES = re.compile(
    r"^\s*(INSERT|UPDATE|DELETE|REPLACE|MERGE|UPSERT)\b"
    r"|\bFOR\s+(NO\s+KEY\s+)?UPDATE\b|\bFOR\s+(KEY\s+)?SHARE\b",
    re.IGNORECASE,
)
#: Paths that are not public reads (see the module's docstring).
EXEMPT_PREFIXES = ("/admin/",)


def is_write(sql):
    return bool(WRITES.search(sql))


@contextlib.contextmanager
def writes_of():
    """Collect, on every database connection, the SQL that writes or locks rows."""
    found = []

    def record(execute, sql, params, many, context):
        if is_write(sql):
            found.append(sql)
        return execute(sql, params, many, context)

    with contextlib.ExitStack() as stack:
        for connection in connections.all():
            stack.enter_context(connection.execute_wrapper(record))
        yield found


def is_public(path):
    return not urlsplit(str(path)).path.startswith(EXEMPT_PREFIXES)


def _guarded(method, original):
    def request(self, path, *args, **kwargs):
        if not is_public(path):
            return original(self, path, *args, **kwargs)
        with writes_of() as found:
            response = original(self, path, *args, **kwargs)
        if found:
            listed = "\n".join(f"  {sql}" for sql in found)
            pytest.fail(f"{method} {path} is a public read, but it wrote:\n{listed}")
        return response

    request.iitk_read_guard = True
    return request


def guard_client(monkeypatch):
    """Make the test client fail the test when a GET or HEAD of a public path writes or
    locks rows (undone by ``monkeypatch`` when the test ends)."""
    for name in ("get", "head"):
        original = getattr(Client, name)
        if not getattr(original, "iitk_read_guard", False):
            monkeypatch.setattr(Client, name, _guarded(name.upper(), original))
