import io
import os

import pytest
from django.core.management import call_command


@pytest.fixture
def toolkit(db):
    """A site with the toolkit set up by ``iitk_setup``: taxonomy, pages, groups, workflow."""
    call_command("iitk_setup", verbosity=0, stdout=io.StringIO())
    from wagtail_iitk.models import ToolkitHomePage

    return ToolkitHomePage.objects.get()


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
