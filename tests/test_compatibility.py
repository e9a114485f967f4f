"""The package works the same on Django 5.2 and 6.x: keys that do not depend on Django's
defaults, and nothing that a supported Django deprecates."""

import hashlib
import hmac
import os
import time
import warnings

import django
import pytest
from django.conf import Settings, settings
from django.test import RequestFactory

from wagtail_iitk.engagement.throttling import EventsRateThrottle
from wagtail_iitk.web.caching import cache_key, make_etag


def sha256_hmac(salt, value):
    """Django's salted HMAC, spelt out with SHA-256."""
    key = hashlib.sha256((salt + settings.SECRET_KEY).encode()).digest()
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()


def without_warnings(call):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return call()


def test_the_etag_and_cache_key_are_sha256_hmacs_on_every_django():
    request = RequestFactory().get("/api/iitk/v1/tools/?stage=understand&partner=abc")
    fingerprint = "http://testserver/api/iitk/v1/tools/?stage=understand"
    etag = without_warnings(lambda: make_etag(7, request))
    assert etag == f'"{sha256_hmac("wagtail_iitk.api.etag", f"v1:7:{fingerprint}")[:32]}"'
    key = without_warnings(lambda: cache_key(7, request))
    assert key == f"iitk:api:v1:7:{sha256_hmac('wagtail_iitk.api.cache', fingerprint)[:40]}"


def test_the_events_throttle_key_is_a_sha256_hmac_of_the_address():
    request = RequestFactory().post("/api/iitk/v1/events/", REMOTE_ADDR="203.0.113.77")
    throttle = EventsRateThrottle()
    key = without_warnings(lambda: throttle.get_cache_key(request, None))
    ident = sha256_hmac(throttle.scope, "203.0.113.77")
    assert key == throttle.cache_format % {"scope": throttle.scope, "ident": ident}


@pytest.mark.parametrize(
    "module",
    ["wagtail_iitk.test.settings", "example_site.settings.dev", "example_site.settings.production"],
)
def test_no_settings_module_uses_a_deprecated_setting(module, monkeypatch):
    # Django checks the settings once, at start-up, before pytest turns deprecation
    # warnings into errors; so load each settings module again here. (On Django 6.1,
    # EMAIL_BACKEND is deprecated in favour of MAILERS, and 5.2 knows only EMAIL_BACKEND.)
    monkeypatch.setenv("SECRET_KEY", "x" * 60)
    monkeypatch.setenv("ALLOWED_HOSTS", "toolkit.example.org")
    monkeypatch.setenv("TZ", os.environ.get("TZ", ""))  # Settings() sets it; put it back
    loaded = without_warnings(lambda: Settings(module))
    assert hasattr(loaded, "MAILERS") == (django.VERSION >= (6, 1))
    time.tzset()
