"""HTTP caching for the API: ETags, Last-Modified, Cache-Control and a server-side cache.

Both the ETag and the server cache key come from the content version (see
``ContentVersion``) and the request's URL, so one publish makes every cached response
and every ETag stale at once, and a conditional GET needs one query and no body.
"""

import logging
from urllib.parse import urlencode

from django.core.cache import caches
from django.utils.crypto import salted_hmac

from ..conf import iitk_settings

logger = logging.getLogger("wagtail_iitk.api")

API_VERSION = "v1"


#: The HMAC's hash, named rather than left to Django's default (SHA-1 on Django 5.2; a
#: deprecation warning on 6.1, whose default becomes SHA-256): the same keys on every
#: Django version.
HMAC_ALGORITHM = "sha256"

#: Parameters that never change a response (the widgets' partner attribution), so they
#: do not split the server cache or the ETag.
IGNORED_PARAMS = frozenset({"partner", "_", "format"})


def ignored(name):
    """Whether a query parameter changes nothing in a response: the widgets' ``partner``,
    a cache-buster ``_``, ``format`` (JSON is the only one: any other value is refused
    before a response is made), and campaign tags (``utm_source``, ...)."""
    return name in IGNORED_PARAMS or name.startswith("utm_")


def request_fingerprint(request):
    """What makes two requests the same resource: host, path and sorted query."""
    query = sorted((k, v) for k, v in request.GET.lists() if not ignored(k))
    flat = urlencode([(key, value) for key, values in query for value in values])
    return f"{request.scheme}://{request.get_host()}{request.path}?{flat}"


def make_etag(version, request):
    """A strong ETag, keyed with the site's secret so nobody can forge one."""
    digest = salted_hmac(
        "wagtail_iitk.api.etag",
        f"{API_VERSION}:{version}:{request_fingerprint(request)}",
        algorithm=HMAC_ALGORITHM,
    ).hexdigest()[:32]
    return f'"{digest}"'


def cache_key(version, request):
    digest = salted_hmac(
        "wagtail_iitk.api.cache", request_fingerprint(request), algorithm=HMAC_ALGORITHM
    ).hexdigest()[:40]
    return f"iitk:api:{API_VERSION}:{version}:{digest}"


def cache_control():
    return (
        f"public, max-age={iitk_settings.API_MAX_AGE}, "
        f"s-maxage={iitk_settings.API_SHARED_MAX_AGE}, "
        f"stale-while-revalidate={iitk_settings.API_STALE_WHILE_REVALIDATE}"
    )


def _cache():
    return caches[iitk_settings.API_CACHE_ALIAS]


def cache_get(key):
    """The cached body, or None; a cache that is down counts as a miss, never an error."""
    try:
        return _cache().get(key)
    except Exception:  # noqa: BLE001 (any backend failure: Redis down, timeouts)
        logger.warning("API cache unavailable on read; answering from the database")
        return None


def cache_set(key, body):
    try:
        _cache().set(key, body, iitk_settings.API_SERVER_CACHE_TIMEOUT)
    except Exception:  # noqa: BLE001
        logger.warning("API cache unavailable on write; response not cached")
