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


@pytest.fixture(autouse=True)
def public_reads_never_write(reads_never_write):
    """Every GET and HEAD here is a public read: one that writes fails its test
    (see ``tests/read_guard.py``)."""
