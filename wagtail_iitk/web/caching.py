"""HTTP caching for the API: ETags, Last-Modified, Cache-Control and a server-side cache.

Both the ETag and the server cache key come from the content version (see
``ContentVersion``) and the request's URL, so one publish makes every cached response
and every ETag stale at once, and a conditional GET needs one query and no body.
"""

import hashlib
import hmac
import logging
import time
from functools import lru_cache
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches

from ..conf import iitk_settings

logger = logging.getLogger("wagtail_iitk.api")

API_VERSION = "v1"


#: The signatures' hash, named rather than left to Django's default for salted_hmac
#: (SHA-1 on Django 5.2, SHA-256 on 6.1): the same keys on every Django version.
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
    """What makes two requests the same resource: host, path and sorted query (worked
    out once per request: the ETag and the cache key both need it)."""
    found = getattr(request, "_iitk_fingerprint", None)
    if found is None:
        query = sorted((k, v) for k, v in request.GET.lists() if not ignored(k))
        flat = urlencode([(key, value) for key, values in query for value in values])
        found = f"{request.scheme}://{request.get_host()}{request.path}?{flat}"
        request._iitk_fingerprint = found
    return found


@lru_cache(maxsize=8)
def _hmac_key(salt, secret):
    # Django's salted_hmac derives this key on every call; it is the same for every
    # request, and a cached read makes two of these signatures.
    return hashlib.new(HMAC_ALGORITHM, (salt + secret).encode()).digest()


def _signed(salt, value):
    """``salted_hmac(salt, value, algorithm="sha256").hexdigest()``, with its key kept."""
    key = _hmac_key(salt, settings.SECRET_KEY)
    return hmac.new(key, value.encode(), HMAC_ALGORITHM).hexdigest()


def make_etag(version, request):
    """A strong ETag, keyed with the site's secret so nobody can forge one."""
    value = f"{API_VERSION}:{version}:{request_fingerprint(request)}"
    return f'"{_signed("wagtail_iitk.api.etag", value)[:32]}"'


def cache_key(version, request):
    digest = _signed("wagtail_iitk.api.cache", request_fingerprint(request))[:40]
    return f"iitk:api:{API_VERSION}:{version}:{digest}"


def cache_control():
    return (
        f"public, max-age={iitk_settings.API_MAX_AGE}, "
        f"s-maxage={iitk_settings.API_SHARED_MAX_AGE}, "
        f"stale-while-revalidate={iitk_settings.API_STALE_WHILE_REVALIDATE}"
    )


def _cache():
    return caches[iitk_settings.API_CACHE_ALIAS]


#: Bodies this process read from the shared cache or wrote to it lately, kept for
#: ``CONTENT_VERSION_LOCAL_TIMEOUT`` seconds: {key: (body, monotonic deadline)}. A key
#: carries the content version, so a body kept here is the one the shared cache holds
#: for that version; reusing it for a second saves a round trip to Redis on the busiest
#: URLs, and a change (a new version, so new keys) is never hidden by it.
_recent = {}
RECENT_MAX = 256


def _recall(key):
    found = _recent.get(key)
    return found[0] if found is not None and time.monotonic() < found[1] else None


def _keep(key, body, seconds):
    now = time.monotonic()
    if len(_recent) >= RECENT_MAX:
        for stale in [k for k, (_body, until) in _recent.items() if until <= now]:
            del _recent[stale]
        if len(_recent) >= RECENT_MAX:
            del _recent[next(iter(_recent))]  # the oldest
    _recent[key] = (body, now + seconds)


def kept_briefly(key, load):
    """``load()``, reused by this process for ``CONTENT_VERSION_LOCAL_TIMEOUT`` seconds
    (called every time when that is 0). For what changes rarely and is read on every
    request; ``forget_kept(key)`` drops it at once after a change in this process."""
    local = iitk_settings.CONTENT_VERSION_LOCAL_TIMEOUT
    if local <= 0:
        return load()
    found = _recall(key)
    if found is None:
        found = load()
        _keep(key, found, local)
    return found


def forget_kept(key):
    _recent.pop(key, None)


def cache_get(key):
    """The cached body, or None; a cache that is down counts as a miss, never an error."""
    local = iitk_settings.CONTENT_VERSION_LOCAL_TIMEOUT
    if local > 0 and (body := _recall(key)) is not None:
        return body
    try:
        body = _cache().get(key)
    except Exception:  # noqa: BLE001 (any backend failure: Redis down, timeouts)
        logger.warning("API cache unavailable on read; answering from the database")
        return None
    if local > 0 and body is not None:
        _keep(key, body, local)
    return body


def cache_set(key, body):
    local = iitk_settings.CONTENT_VERSION_LOCAL_TIMEOUT
    if local > 0:
        _keep(key, body, local)
    try:
        _cache().set(key, body, iitk_settings.API_SERVER_CACHE_TIMEOUT)
    except Exception:  # noqa: BLE001
        logger.warning("API cache unavailable on write; response not cached")
