"""The browser tests run once (Django 5.2, `make test`); the Django 6 run deselects them
with `-m "not browser"`, so every test that starts a browser must carry the mark."""

import importlib

import pytest

from .conftest import drives_a_browser


@pytest.mark.parametrize(
    "module",
    [
        "tests.community.test_forms_in_browser",  # launch_chromium() from tests/browser
        "tests.engagement.test_in_a_browser",
        "tests.embed.test_accessibility",  # Playwright directly
    ],
)
def test_modules_that_start_a_browser_outside_tests_browser_are_browser_tests(module):
    assert drives_a_browser(importlib.import_module(module))


@pytest.mark.parametrize(
    "module", ["tests.embed.test_oembed_live", "tests.community.test_concurrency"]
)
def test_live_server_tests_without_a_browser_run_on_every_django(module):
    assert not drives_a_browser(importlib.import_module(module))
