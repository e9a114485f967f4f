"""Submissions posted at once to a live server: every one stored, repeats stored once.

Run with ``-s`` to see the figures (elapsed time, rows stored) for the database in use;
set DATABASE_URL to run them on PostgreSQL. The posts go over real HTTP from a thread
pool, and a barrier releases each batch together so they race for real.

On PostgreSQL the server is pytest-django's ``live_server``, each request thread with
its own connection, as in production. On the default in-memory SQLite database the live
server's threads would all share the test's one connection (and its transaction state),
which no real deployment does; there the test database is copied to a file and served
by ``runserver`` in a process of its own, each request with its own connection to it.
"""

import contextlib
import io
import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection

from wagtail_iitk.models import Submission

from ..embed.test_oembed_live import serve_default_site_at
from ..factories import make_tool
from .intake_payloads import URL, tip

pytestmark = pytest.mark.django_db(transaction=True)

THREADS = 20
UNTHROTTLED = {"SUBMISSION_THROTTLE_RATE": ""}
QUEUED = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
SERVER_SETTINGS = f"""from wagtail_iitk.test.settings import *  # noqa
WAGTAIL_IITK = {UNTHROTTLED!r}
TASKS = {QUEUED!r}
"""


@dataclass
class Server:
    url: str
    references: object  # () -> the references of every stored submission
    env: dict | None = None  # the server process's environment (SQLite only)


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def sqlite_file_server(folder, settings_text=SERVER_SETTINGS):
    """The test database copied to a file and served by runserver in its own process."""
    path = folder / "toolkit.sqlite3"
    copy = sqlite3.connect(path)
    connection.ensure_connection()
    connection.connection.backup(copy)
    copy.close()
    (folder / "concurrency_settings.py").write_text(settings_text)
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "concurrency_settings",
        "PYTHONPATH": os.pathsep.join([str(folder), os.environ.get("PYTHONPATH", "")]),
        "DATABASE_URL": f"sqlite:///{path}",
    }
    command = [sys.executable, "-m", "django", "runserver", f"127.0.0.1:{port}"]
    process = subprocess.Popen(
        [*command, "--noreload", "--skip-checks"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                break
            assert process.poll() is None, "runserver stopped"
            assert time.monotonic() < deadline, "runserver did not start"
            time.sleep(0.2)

        def references():
            with contextlib.closing(sqlite3.connect(path)) as db:
                table = Submission._meta.db_table
                return [row[0] for row in db.execute(f"SELECT reference FROM {table}")]

        yield Server(f"http://127.0.0.1:{port}{URL}", references, env)
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture
def server(live_server, settings, tmp_path):
    """submissions/ on a live server, unthrottled, with conversion queued (not run)."""
    settings.WAGTAIL_IITK = UNTHROTTLED
    settings.TASKS = QUEUED
    caches["default"].clear()
    serve_default_site_at(live_server.url)
    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    make_tool(title="Process map", slug="process-map")
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        with sqlite_file_server(tmp_path) as served:
            yield served
        return

    def references():
        return list(Submission.objects.values_list("reference", flat=True))

    yield Server(live_server.url + URL, references)


def send(url, body, key=None):
    """POST ``body`` as JSON; return (status, decoded JSON answer)."""
    headers = {"Content-Type": "application/json"}
    if key:
        headers["Idempotency-Key"] = key
    request = urllib.request.Request(url, json.dumps(body).encode(), headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def race(url, bodies, key=None):
    """Send every body from THREADS threads, each batch released at once by a barrier.
    Returns the (status, answer) pairs and the seconds it took."""
    barrier = threading.Barrier(min(THREADS, len(bodies)))

    def one(body):
        barrier.wait(timeout=60)
        return send(url, body, key)

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(one, bodies))
    return results, time.perf_counter() - started


def report(what, results, elapsed, server):
    rows = len(server.references())
    statuses = dict(Counter(status for status, _answer in results))
    print(
        f"\n[{connection.vendor}] {what}: {len(results)} posts from {THREADS} threads in "
        f"{elapsed:.2f} s; statuses {statuses}; {rows} rows stored"
    )
    return rows


def test_200_different_posts_at_once_store_200_submissions(server):
    bodies = [
        tip(_tool(), text=f"Tip {n}: walk the process before you map it.") for n in range(200)
    ]
    results, elapsed = race(server.url, bodies)
    rows = report("200 different tips", results, elapsed, server)
    assert [status for status, _answer in results] == [202] * 200, results
    references = {answer["reference"] for _status, answer in results}
    assert len(references) == 200
    assert rows == 200
    assert set(server.references()) == references


def test_20_posts_with_one_idempotency_key_store_one(server):
    body = tip(_tool(), text="Walk the process yourself before you map it.")
    results, elapsed = race(server.url, [body] * 20, key="d1c6f8a2-5b7e-4c3d-9a10-7e2f4b6c8d01")
    rows = report("20 posts, one Idempotency-Key", results, elapsed, server)
    assert [status for status, _answer in results] == [202] * 20, results
    assert len({answer["reference"] for _status, answer in results}) == 1
    assert rows == 1


def test_20_identical_posts_without_a_key_store_one(server):
    body = tip(_tool(), text="Ask the night team what really happens.")
    results, elapsed = race(server.url, [body] * 20)
    rows = report("20 identical posts, no key", results, elapsed, server)
    assert [status for status, _answer in results] == [202] * 20, results
    assert len({answer["reference"] for _status, answer in results}) == 1
    assert rows == 1


def _tool():
    from wagtail_iitk.models import ToolPage

    return ToolPage.objects.get(slug="process-map")
