"""Settings of the gunicorn servers these tests start: the test settings, on the
database the test shares with them (DATABASE_URL), plus the hold app (``hold.py``) and
any toolkit settings given as JSON in IITK_TEST_SERVER_SETTINGS."""

import json
import os

from wagtail_iitk.test.settings import *  # noqa: F403
from wagtail_iitk.test.settings import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "tests.production.hold.HoldConfig"]
WAGTAIL_IITK = json.loads(os.environ.get("IITK_TEST_SERVER_SETTINGS", "{}"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["stderr"], "level": "ERROR"},
}
