"""Settings for the benchmarks: the example site's, on a database of their own.

The database is an SQLite file at ``BENCH_DB`` (``benchmarks/api.py`` makes a fresh one
in a temporary directory), or the PostgreSQL/other database in ``DATABASE_URL``.
"""

import os
import tempfile
from pathlib import Path

import dj_database_url

from example_site.settings.dev import *  # noqa: F403
from example_site.settings.dev import INSTALLED_APPS, WAGTAIL_IITK

DEBUG = False
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
ROOT_URLCONF = "benchmarks.urls"

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.config(conn_max_age=600)}
else:
    BENCH_DB = os.environ.get("BENCH_DB") or str(
        Path(tempfile.gettempdir()) / "iitk-bench" / "bench.sqlite3"
    )
    Path(BENCH_DB).parent.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": BENCH_DB,
            # Only makes building the dataset faster: the benchmarks themselves only read.
            "OPTIONS": {"init_command": "PRAGMA synchronous=OFF;"},
        }
    }

# The API's server cache gets a cache of its own, so the benchmark can empty it before
# each "uncached" request without also emptying Wagtail's caches (site root paths),
# which stay warm as they would on a live site.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "api": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "api"},
}

WAGTAIL_IITK = {
    **WAGTAIL_IITK,
    "API_THROTTLE_RATE": "",
    "API_CACHE_ALIAS": "api",
}

INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.api.v2"]

# Quiet: a benchmark prints figures, not request logs.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"null": {"class": "logging.NullHandler"}},
    "root": {"handlers": ["null"], "level": "ERROR"},
}
