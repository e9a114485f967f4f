import inspect
import io
import os
from pathlib import Path

import pytest
from django.core.management import call_command

from . import read_guard


@pytest.fixture
def toolkit(db):
    """A site with the toolkit set up by ``iitk_setup``: taxonomy, pages, groups, workflow."""
    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    from wagtail_iitk.models import ToolkitHomePage

    return ToolkitHomePage.objects.get()


@pytest.fixture(autouse=True)
def forget_site_root_paths():
    """Wagtail keeps each site's root path in the cache, which outlives a test's rolled-back
    database: after a test that moves a site's root and then asks for a page's URL (as
    ``iitk_setup --as-site-root`` does), the next test's pages would have no URL."""
    yield
    from wagtail.models import Site

    Site.clear_site_root_paths_cache()


@pytest.fixture(autouse=True)
def reads_never_write(monkeypatch):
    """In every suite, a GET or HEAD of a public path that writes fails its test: the
    API, embeds, oEmbed and the site's pages (``tests/read_guard.py``; requests to the
    admin are exempt)."""
    read_guard.guard_client(monkeypatch)


@pytest.fixture
def make_user(db):
    """Make a user in the named toolkit groups."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    def _make(username, *groups, superuser=False):
        user = get_user_model().objects.create_user(
            username=username, password="pw", is_superuser=superuser, is_staff=superuser
        )
        for name in groups:
            user.groups.add(Group.objects.get(name=name))
        return user

    return _make


# The ModelAdmin sub-app needs its own INSTALLED_APPS (IITK_TEST_MODELADMIN=1, see the
# Makefile's test-modeladmin target), so a plain run leaves its directory out.
collect_ignore_glob = [] if os.environ.get("IITK_TEST_MODELADMIN") else ["contrib/*"]


@pytest.fixture(autouse=True, scope="session")
def toolkit_commits():
    """Run the toolkit's after-commit work when the code under test leaves its outermost
    transaction of its own, as a real commit would.

    A test runs inside a transaction that never commits (pytest-django's), so Django
    would never run ``on_commit`` callbacks. The change path (``cards.changes``) does its
    work on commit; here, the transactions the test framework opened (Django marks them
    ``_from_testcase``) count as the autocommit a real request runs in. Only the
    toolkit's own callbacks are run this way; other callbacks keep Django's behaviour
    (tests capture them with ``django_capture_on_commit_callbacks``).
    """
    from unittest import mock

    from django.db import transaction
    from django.db.backends.base.base import BaseDatabaseWrapper

    def outside_own_transactions(connection):
        return all(getattr(block, "_from_testcase", False) for block in connection.atomic_blocks)

    def run_ours(connection):
        queued = [entry for entry in connection.run_on_commit if _ours(entry[1])]
        connection.run_on_commit = [e for e in connection.run_on_commit if not _ours(e[1])]
        for _sids, func, _robust in queued:
            func()

    original_on_commit = BaseDatabaseWrapper.on_commit
    original_exit = transaction.Atomic.__exit__

    def on_commit(self, func, robust=False):
        if _ours(func) and self.in_atomic_block and outside_own_transactions(self):
            return func()
        return original_on_commit(self, func, robust=robust)

    def exit_atomic(self, exc_type, exc_value, traceback):
        result = original_exit(self, exc_type, exc_value, traceback)
        connection = transaction.get_connection(self.using)
        if exc_type is None and connection.in_atomic_block and outside_own_transactions(connection):
            run_ours(connection)
        return result

    with (
        mock.patch.object(BaseDatabaseWrapper, "on_commit", on_commit),
        mock.patch.object(transaction.Atomic, "__exit__", exit_atomic),
    ):
        yield


def _ours(func):
    return getattr(func, "iitk_after_commit", False)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: the content version, the read model and
    cached responses are keyed by a version that restarts with each test's data."""
    from django.core.cache import caches

    caches["default"].clear()
    yield
    caches["default"].clear()


# Browser tests ---------------------------------------------------------------------------
# They run once, on the Django 5.2 and SQLite leg of CI; the Django 6 leg deselects them
# with `-m "not browser"`. A test is a browser test if it lives in tests/browser/ or its
# module uses Playwright or the browser helpers, so a new one is marked without anyone
# having to remember to.
BROWSER_DIR = Path(__file__).parent / "browser"


def drives_a_browser(module):
    for value in vars(module).values():
        name = value.__name__ if inspect.ismodule(value) else getattr(value, "__module__", "")
        if (name or "").startswith(("playwright", "tests.browser")):
            return True
    return False


def pytest_collection_modifyitems(config, items):
    for item in items:
        module = getattr(item, "module", None)
        in_browser_dir = BROWSER_DIR in Path(str(item.path)).parents
        if in_browser_dir or (module is not None and drives_a_browser(module)):
            item.add_marker(pytest.mark.browser)
