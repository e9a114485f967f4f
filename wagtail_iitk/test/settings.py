"""Settings for the package's own test suite.

DATABASE_URL picks the database (default: an in-memory SQLite database);
REDIS_URL, when set, puts the cache on Redis.
"""

import os

import dj_database_url
import django
from corsheaders.defaults import default_headers

BASE_DIR = os.path.dirname(os.path.abspath(__file__))
SECRET_KEY = "wagtail-iitk-tests-only"  # noqa: S105 (tests only)
DEBUG = False
ALLOWED_HOSTS = ["*"]

DATABASES = {
    "default": dj_database_url.config(
        default="sqlite:///:memory:", conn_max_age=0, test_options={"NAME": None}
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"].pop("TEST", None)
else:
    # As the example site's production settings connect to PostgreSQL: parameters bound
    # by the server, repeated statements prepared (every query runs under them in CI).
    DATABASES["default"]["OPTIONS"] = {
        "server_side_binding": True,
        "prepare_threshold": 5,
        **DATABASES["default"].get("OPTIONS", {}),
    }
# A read replica that mirrors the default database (its own connection to the same test
# database), for the replica router's tests; nothing is routed to it unless a test sets
# DATABASE_ROUTERS.
DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}

INSTALLED_APPS = [
    "wagtail_iitk",
    # A content kind defined only in the tests (a model, a card builder, templates).
    "tests.notes",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_filters",
    "drf_spectacular_sidecar",
    "corsheaders",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # django-tasks' database backend (the `serve` extra): the health checks read its queue.
    "django_tasks_db",
    # The example site's statements (StatementPage), tested in tests/test_statements.py.
    # Last, so the package's own templates win over the demo's NHS.UK theme.
    "example_site.demo",
]
if os.environ.get("IITK_TEST_MODELADMIN"):
    INSTALLED_APPS += ["wagtail_modeladmin", "wagtail_iitk.contrib.modeladmin"]

MIDDLEWARE = [
    "wagtail_iitk.web.middleware.ServiceFaultMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "wagtail_iitk.test.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]

if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
USE_TZ = True
TIME_ZONE = "Europe/London"
LANGUAGE_CODE = "en-gb"
STATIC_URL = "/static/"
STATIC_ROOT = os.path.join(BASE_DIR, "test-static")
MEDIA_URL = "/media/"
MEDIA_ROOT = os.path.join(BASE_DIR, "test-media")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

WAGTAIL_SITE_NAME = "wagtail-iitk tests"
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The share-your-story widget sends an Idempotency-Key from partners' pages.
CORS_ALLOW_HEADERS = (*default_headers, "idempotency-key")
# Django 6.1 configures email through MAILERS and deprecates EMAIL_BACKEND; 5.2 has only
# EMAIL_BACKEND. (The test runner swaps either for its in-memory outbox.)
if django.VERSION >= (6, 1):
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
else:
    EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
