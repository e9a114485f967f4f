import inspect
import io
import os
from pathlib import Path

import pytest
from django.core.management import call_command


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
