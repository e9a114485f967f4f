"""Real gunicorn servers for the production tests, on the test's own database.

``shared_database_url`` gives the URL of a database the test and the servers share: the
test database itself on a server database (the test must be transactional, so what it
writes is committed), or, on the suite's in-memory SQLite, a file copy of it made with
SQLite's backup API (the servers then write to the copy, which ``shared_rows`` reads).
"""

import http.client
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

from django.db import connection

REPO = Path(__file__).resolve().parents[2]
GUNICORN_CONFIG = REPO / "example_site" / "gunicorn.conf.py"


def shared_database_url(tmp_path):
    if connection.vendor == "sqlite":
        target = tmp_path / "shared.sqlite3"
        connection.ensure_connection()
        copy = sqlite3.connect(target)
        connection.connection.backup(copy)
        copy.close()
        return f"sqlite:///{target}"
    settings = connection.settings_dict
    password = f":{quote(settings['PASSWORD'])}" if settings["PASSWORD"] else ""
    return (
        f"postgres://{quote(settings['USER'])}{password}@{settings['HOST']}:"
        f"{settings['PORT'] or 5432}/{settings['NAME']}"
    )


def shared_rows(database_url, sql):
    """Rows of ``sql`` as the servers see them."""
    if database_url.startswith("sqlite:///"):
        with sqlite3.connect(database_url.removeprefix("sqlite:///")) as file:
            return file.execute(sql).fetchall()
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """gunicorn with the example site's config (``make serve``'s), serving the test
    settings on ``database_url`` with ``workers`` sync workers."""

    def __init__(self, tmp_path, database_url, workers=1, toolkit=None, **environ):
        self.port = free_port()
        self.log = tmp_path / f"gunicorn-{self.port}.log"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.production.server_settings",
            "DATABASE_URL": database_url,
            "IITK_TEST_SERVER_SETTINGS": json.dumps(toolkit or {}),
            "PORT": str(self.port),
            "HOST": "127.0.0.1",
            "WEB_CONCURRENCY": str(workers),
            "PYTHONPATH": str(REPO),
            **environ,
        }
        argv = [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            str(GUNICORN_CONFIG),
            "django.core.wsgi:get_wsgi_application()",
        ]
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                argv, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=log
            )
        self.wait_for(lambda: self.answers("/healthz/"), "answer /healthz/")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def wait_for(self, condition, what, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"gunicorn exited:\n{self.log.read_text()}")
            if condition():
                return
            time.sleep(0.1)
        raise AssertionError(f"gunicorn did not {what} in {timeout} s:\n{self.log.read_text()}")

    def request(self, method, path, body=None, headers=None, timeout=30):
        """(status, headers, body); the headers as a dict of lower-case names."""
        client = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            client.request(method, path, body=body, headers=headers or {})
            response = client.getresponse()
            headers = {name.lower(): value for name, value in response.getheaders()}
            return response.status, headers, response.read()
        finally:
            client.close()

    def answers(self, path):
        try:
            return self.request("GET", path, timeout=5)[0] == 200
        except OSError:
            return False

    def workers(self):
        """The pids of the master's worker processes now."""
        pid = self.process.pid
        with open(f"/proc/{pid}/task/{pid}/children") as children:
            return {int(child) for child in children.read().split()}
