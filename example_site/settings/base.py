"""Settings shared by the example site's development and production configurations.

Everything that differs between machines comes from the environment:
DATABASE_URL (default: an SQLite file beside this project), REDIS_URL (optional cache),
SECRET_KEY, ALLOWED_HOSTS.
"""

import os
from pathlib import Path

import dj_database_url
import django
from corsheaders.defaults import default_headers

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "example_site.demo",
    "wagtail_iitk",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
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
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Pages degrade like the API when Redis or the database is down (503, not 500).
    "wagtail_iitk.web.middleware.ServiceFaultMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The interface follows the visitor's language (the footer switcher's cookie, else
    # Accept-Language): British English or Welsh. Content stays as editors wrote it.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "example_site.urls"
WSGI_APPLICATION = "example_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
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

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{PROJECT_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}

# A read replica (optional): anonymous GET and HEAD requests read from it; writes, the
# admin and signed-in editors use the primary (wagtail_iitk/web/replica.py).
if os.environ.get("REPLICA_DATABASE_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        os.environ["REPLICA_DATABASE_URL"], conn_max_age=60
    )
    DATABASE_ROUTERS = ["wagtail_iitk.web.replica.ReplicaRouter"]
    MIDDLEWARE.insert(1, "wagtail_iitk.web.replica.PublicReadsMiddleware")

if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            # Redis, answering "not cached" while it is down (the site slows, never 500s).
            "BACKEND": "wagtail_iitk.web.cache.FailSoftCache",
            "LOCATION": os.environ["REDIS_URL"],
            # django-redis keeps one client per server (Django's own backend builds a
            # new client, and its table of reply parsers, for every cache operation).
            "OPTIONS": {"BACKEND": "django_redis.cache.RedisCache"},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
# Each named in its own language: the footer's switcher shows these names as they are.
LANGUAGES = [("en-gb", "English"), ("cy", "Cymraeg")]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

STATIC_URL = "/static/"
STATIC_ROOT = PROJECT_DIR / "static_collected"
MEDIA_URL = "/media/"
MEDIA_ROOT = PROJECT_DIR / "media"

WAGTAIL_SITE_NAME = "Improving Improvement Toolkit"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]

WAGTAIL_IITK = {
    "TOOLKIT_NAME": "Improving Improvement Toolkit",
}

# Background work (turning community submissions into drafts) runs at once, in the
# request: simple for one machine. A larger site names a backend with workers here.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The share-your-story widget sends an Idempotency-Key from partners' pages.
CORS_ALLOW_HEADERS = (*default_headers, "idempotency-key")

# Emails (decisions on contributions) go to an SMTP server on localhost, Django's default.
# Django 6.1 configures email through MAILERS and deprecates EMAIL_BACKEND and the other
# EMAIL_* server settings; Django 5.2 knows only those.
if django.VERSION >= (6, 1):
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend"}}

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
