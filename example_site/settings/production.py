"""Production settings: secure defaults that pass ``manage.py check --deploy``.

Required environment: SECRET_KEY and ALLOWED_HOSTS (comma-separated). Optional, each
described in docs/operations.md: DATABASE_URL (else the SQLite file), REDIS_URL (the
shared cache: throttles and the content version agree across processes),
DATABASE_CONN_MAX_AGE, DATABASE_PREPARED_STATEMENTS, ADMINS, EMAIL_HOST (else emails are
written to the log), DEFAULT_FROM_EMAIL, LOG_LEVEL, SECURE_HSTS_SECONDS,
SECURE_HSTS_PRELOAD, CSP_REPORT_URI, and LOCAL_HTTP=1 for ``make serve`` on this machine
only (plain HTTP: no HTTPS redirect, no HSTS, no HTTPS-only cookies).
"""

import os

import django
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, INSTALLED_APPS, MIDDLEWARE, WAGTAIL_IITK

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("Set SECRET_KEY to a random string of at least 50 characters.")

ALLOWED_HOSTS = [host for host in os.environ.get("ALLOWED_HOSTS", "").split(",") if host]
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS to the site's host names, comma-separated.")

INSTALLED_APPS = [*INSTALLED_APPS, "django_tasks_db", "csp"]

# --- HTTPS ---
# LOCAL_HTTP=1 is for `make serve` on 127.0.0.1 only: `check --deploy` names every
# setting it relaxes, so it cannot slip into a real deployment unseen.
LOCAL_HTTP = os.environ.get("LOCAL_HTTP") == "1"
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1" and not LOCAL_HTTP
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Load balancers and orchestrators probe these over plain HTTP, from inside.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$", r"^readyz/$"]
SECURE_HSTS_SECONDS = 0 if LOCAL_HTTP else int(os.environ.get("SECURE_HSTS_SECONDS", 31536000))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading is all but irreversible (browsers ship the list for months) and binds every
# subdomain: an opt-in for the site's owner, never a default in a file others copy.
SECURE_HSTS_PRELOAD = os.environ.get("SECURE_HSTS_PRELOAD") == "1"
SESSION_COOKIE_SECURE = not LOCAL_HTTP
CSRF_COOKIE_SECURE = not LOCAL_HTTP
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS if not host.startswith(".")]
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]

# --- The database: one connection per process, kept open between requests ---
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", 600))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if "replica" in DATABASES:
    DATABASES["replica"]["CONN_MAX_AGE"] = DATABASES["default"]["CONN_MAX_AGE"]
    DATABASES["replica"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"].endswith("postgresql") and (
    os.environ.get("DATABASE_PREPARED_STATEMENTS", "1") == "1"
):
    # Parameters bound by the server and statements prepared once per connection: a list
    # read's statement is then planned once, not on every request (half its time on the
    # database). Set DATABASE_PREPARED_STATEMENTS=0 behind PgBouncer in transaction mode
    # before 1.21 (or without max_prepared_statements), which cannot keep them.
    for alias in ("default", "replica"):
        if alias in DATABASES:
            DATABASES[alias]["OPTIONS"] = {
                "server_side_binding": True,
                "prepare_threshold": 5,
                **DATABASES[alias].get("OPTIONS", {}),
            }
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The web processes and the task worker share the file: write-ahead logging lets
    # readers and one writer work at once, and IMMEDIATE transactions wait for the write
    # lock (up to the timeout) instead of failing halfway with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

# --- The content version: each process reuses what it read for up to a second ---
# A cached API response then costs no round trip to Redis for the version; another
# process sees a change at most this long after it (docs/operations.md, "Scaling out").
WAGTAIL_IITK = {
    **WAGTAIL_IITK,
    "CONTENT_VERSION_LOCAL_TIMEOUT": float(os.environ.get("CONTENT_VERSION_LOCAL_TIMEOUT", 1)),
}

# --- Background work: stored in the database, run by `manage.py db_worker` ---
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []}}

# --- Static files: WhiteNoise, compressed, hashed names cached for a year ---
MIDDLEWARE = [
    MIDDLEWARE[0],  # SecurityMiddleware first, then WhiteNoise (its documented place)
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[1:],
    # django-csp's middleware, with inline script allowed in the admin only.
    "example_site.middleware.SiteCSPMiddleware",
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Content-Security-Policy (django-csp) on the site's pages and the admin ---
# Site pages run no inline or eval'd script; Wagtail's admin needs inline script (see
# example_site/middleware.py), and its templates and editors set style attributes. The
# toolkit's embeds and API reference set their own, stricter policies, kept as they are.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [SELF, "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "worker-src": [SELF, "blob:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
if os.environ.get("CSP_REPORT_URI"):
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["report-uri"] = [os.environ["CSP_REPORT_URI"]]
# Nothing in the admin calls third parties: no avatars from Gravatar, no version check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# --- Email: an SMTP server only when one is named; otherwise written to the log ---
# (Django's default, an SMTP server on localhost, would fail or vanish silently.)
_email_host = os.environ.get("EMAIL_HOST", "")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "toolkit@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
if _email_host:
    _mailer = {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": _email_host,
            "port": int(os.environ.get("EMAIL_PORT", 587)),
            "username": os.environ.get("EMAIL_HOST_USER", ""),
            "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
            "use_tls": os.environ.get("EMAIL_USE_TLS", "1") == "1",
            "timeout": 20,
        },
    }
else:
    _mailer = {"BACKEND": "django.core.mail.backends.console.EmailBackend", "OPTIONS": {}}
# Django 6.1 configures email through MAILERS and deprecates EMAIL_BACKEND and the
# EMAIL_* server settings; Django 5.2 knows only those.
if django.VERSION >= (6, 1):
    MAILERS = {"default": _mailer}
else:
    EMAIL_BACKEND = _mailer["BACKEND"]
    if _email_host:
        EMAIL_HOST = _email_host
        EMAIL_PORT = _mailer["OPTIONS"]["port"]
        EMAIL_HOST_USER = _mailer["OPTIONS"]["username"]
        EMAIL_HOST_PASSWORD = _mailer["OPTIONS"]["password"]
        EMAIL_USE_TLS = _mailer["OPTIONS"]["use_tls"]
        EMAIL_TIMEOUT = _mailer["OPTIONS"]["timeout"]

# --- Errors reach someone: the log on stderr, and email to ADMINS ---
# ADMINS: comma-separated addresses, e.g. "ops@example.nhs.uk,dev@example.nhs.uk".
_admins = [a.strip() for a in os.environ.get("ADMINS", "").split(",") if a.strip()]
# Django 6.0 lists addresses as strings and deprecates (name, address) pairs.
ADMINS = _admins if django.VERSION >= (6, 0) else [(a, a) for a in _admins]
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO").upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "{asctime} {levelname} {name} [{process}] {message}", "style": "{"}
    },
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "formatter": "plain",
        },
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "root": {"handlers": ["stderr"], "level": LOG_LEVEL},
    "loggers": {
        "django": {"handlers": ["stderr", "mail_admins"], "level": LOG_LEVEL, "propagate": False},
        # 4xx noise (a bad Host header, say) stays in the log; tracebacks are mailed.
        "django.security": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
        "wagtail_iitk": {
            "handlers": ["stderr", "mail_admins"],
            "level": LOG_LEVEL,
            "propagate": False,
        },
    },
}
