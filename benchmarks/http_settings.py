"""Settings for ``benchmarks/http.py``: the example site's production settings, as
``make serve`` runs them, plus the floor's URL.

The script sets the environment: SECRET_KEY, ALLOWED_HOSTS, LOCAL_HTTP=1, DATABASE_URL
(a fresh database), REDIS_URL (optional), BENCH_CACHE_PREFIX (keys of this run only, so
a shared Redis database needs no flush) and BENCH_UNCACHED=1 for the server whose every
cached response body is a miss (``benchmarks/http_cache.py``).
"""

import os

from example_site.settings.production import *  # noqa: F403
from example_site.settings.production import CACHES, LOGGING, STORAGES

ROOT_URLCONF = "benchmarks.http_urls"

# No `collectstatic` before each run: the measured responses are JSON, and the pages in
# the load mix name their static files without the manifest's hashed names.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

CACHES = {"default": {**CACHES["default"], "KEY_PREFIX": os.environ.get("BENCH_CACHE_PREFIX", "")}}
if os.environ.get("BENCH_UNCACHED") == "1":
    # Every response body is a miss, in the shared cache and in the process's memo; the
    # content version and the read model are kept as the production settings keep them
    # (``CONTENT_VERSION_LOCAL_TIMEOUT``), as on a running site after a publish.
    inner = CACHES["default"]["BACKEND"]
    options = dict(CACHES["default"].get("OPTIONS") or {})
    if inner != "wagtail_iitk.web.cache.FailSoftCache":
        options["BACKEND"] = inner
    CACHES["default"] = {
        **CACHES["default"],
        "BACKEND": "benchmarks.http_cache.BodyMissCache",
        "OPTIONS": options,
    }

# Errors only: a benchmark prints figures, not a line per request.
LOGGING = {**LOGGING, "root": {"handlers": ["stderr"], "level": "ERROR"}}
LOGGING["loggers"] = {
    name: {**logger, "level": "ERROR"} for name, logger in LOGGING["loggers"].items()
}
