"""Public reads from a read replica, when the site configures one.

A site that adds a ``"replica"`` database (a streaming replica of the primary) and these
two settings sends anonymous GET and HEAD requests' reads there; everything else (writes,
the admin, signed-in editors, management commands and tasks) uses ``"default"``::

    DATABASES["replica"] = dj_database_url.parse(os.environ["REPLICA_DATABASE_URL"])
    DATABASE_ROUTERS = ["wagtail_iitk.web.replica.ReplicaRouter"]
    MIDDLEWARE = [..., "wagtail_iitk.web.replica.PublicReadsMiddleware", ...]

Within a request, the first write pins every later read to the primary, so a request
never reads around its own write (the replica may lag it). Requests that carry a session
cookie are served from the primary: an editor who has just published sees the page as
published, whatever the replica's lag.
"""

import contextvars

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS
from django.urls import NoReverseMatch, reverse

REPLICA = "replica"

#: True while a public read may use the replica (set per request by the middleware).
_public_read = contextvars.ContextVar("iitk_public_read", default=False)


def replica_configured():
    return REPLICA in settings.DATABASES


class ReplicaRouter:
    """Reads go to ``"replica"`` inside a public read; writes always to ``"default"``."""

    def db_for_read(self, model, **hints):
        if _public_read.get() and replica_configured():
            return REPLICA
        return None  # the next router, then "default"

    def db_for_write(self, model, **hints):
        # From the first write on, this request reads what it wrote: from the primary.
        _public_read.set(False)
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # One database under two names: rows read from either may be related.
        if {obj1._state.db, obj2._state.db} <= {DEFAULT_DB_ALIAS, REPLICA}:
            return True
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # The replica copies the primary's schema; it is never migrated itself.
        return False if db == REPLICA else None


def _admin_prefixes():
    prefixes = []
    for name in ("wagtailadmin_home", "admin:index"):
        try:
            prefixes.append(reverse(name))
        except NoReverseMatch:
            continue
    return tuple(prefixes)


class PublicReadsMiddleware:
    """Marks anonymous GET and HEAD requests outside the admin as public reads."""

    def __init__(self, get_response):
        self.get_response = get_response
        self._admin = None

    def is_public_read(self, request):
        if request.method not in ("GET", "HEAD"):
            return False
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            return False
        if self._admin is None:
            self._admin = _admin_prefixes()
        return not request.path_info.startswith(self._admin)

    def __call__(self, request):
        token = _public_read.set(self.is_public_read(request))
        try:
            return self.get_response(request)
        finally:
            _public_read.reset(token)
