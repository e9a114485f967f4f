"""Fixtures for the embed tests."""

import pytest
from django.core.cache import caches


@pytest.fixture(autouse=True)
def fresh_caches():
    """Each test starts with an empty cache: no partner origins, rendered API bodies or
    site root paths left over from another test's data."""
    caches["default"].clear()
    yield
    caches["default"].clear()
