"""Fixtures for the API tests.

The data sets are built once per module, inside a transaction that is rolled back when
the module is done (see ``builders.shared_data``); each test runs in a savepoint inside
it, so a test may publish, unpublish or delete and the next test sees the data as built.
"""

import pytest
from django.core.cache import caches
from django.test import override_settings

from . import builders, worlds


@pytest.fixture(autouse=True)
def fresh_caches():
    """Each test starts with an empty cache: no server-cached bodies, no throttle history,
    no site root paths from another test's data."""
    caches["default"].clear()
    yield
    caches["default"].clear()


def _module_data(build, django_db_blocker, tmp_path_factory):
    media = override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media")))
    media.enable()
    try:
        with builders.shared_data(django_db_blocker):
            with django_db_blocker.unblock():
                data = build()
            caches["default"].clear()
            yield data
    finally:
        media.disable()


@pytest.fixture(scope="module")
def small_world(django_db_setup, django_db_blocker, tmp_path_factory):
    yield from _module_data(worlds.small, django_db_blocker, tmp_path_factory)


@pytest.fixture
def world(small_world, db):
    """A few related tools, frameworks, questions and stories (see ``worlds.small``)."""
    return small_world


@pytest.fixture(scope="module")
def leak_world(django_db_setup, django_db_blocker, tmp_path_factory):
    yield from _module_data(worlds.leak, django_db_blocker, tmp_path_factory)


@pytest.fixture
def leak(leak_world, db):
    """A hidden item in every state for every kind (see ``worlds.leak``)."""
    return leak_world


@pytest.fixture(scope="module")
def big_world(django_db_setup, django_db_blocker, tmp_path_factory):
    yield from _module_data(worlds.big, django_db_blocker, tmp_path_factory)


@pytest.fixture
def big(big_world, db):
    """A hundred items of each kind (see ``worlds.big``)."""
    return big_world
