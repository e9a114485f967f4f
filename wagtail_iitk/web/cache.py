"""``FailSoftCache``: a cache that answers "not cached" when its server is down.

Wagtail reads Django's cache for its site root paths and image renditions on every
page; with Redis configured but unreachable each read raises and the page is a 500.
Wrapped in this backend, a failed read is a miss and a failed write is skipped (both
logged), so the site answers from the database, more slowly, until Redis is back::

    CACHES = {
        "default": {
            "BACKEND": "wagtail_iitk.web.cache.FailSoftCache",
            "LOCATION": os.environ["REDIS_URL"],
            # the backend it wraps (this one is the default)
            "OPTIONS": {"BACKEND": "django.core.cache.backends.redis.RedisCache"},
        }
    }

``incr`` and ``decr`` still raise: a counter that silently reads 0 would be wrong, and
their callers in the package (throttles, the daily mark tally) handle the error.
"""

import logging

from django.core.cache.backends.base import BaseCache
from django.utils.module_loading import import_string

logger = logging.getLogger("wagtail_iitk.web")

DEFAULT_BACKEND = "django.core.cache.backends.redis.RedisCache"


class FailSoftCache(BaseCache):
    def __init__(self, location, params):
        params = dict(params)
        options = dict(params.get("OPTIONS") or {})
        backend = options.pop("BACKEND", DEFAULT_BACKEND)
        params["OPTIONS"] = options
        super().__init__(params)
        self.inner = import_string(backend)(location, params)

    def _soft(self, operation, fallback, *args, **kwargs):
        try:
            return getattr(self.inner, operation)(*args, **kwargs)
        except Exception as error:  # noqa: BLE001 (any client or connection error)
            logger.warning("Cache unavailable (%s failed): %s", operation, error)
            return fallback

    def get(self, key, default=None, version=None):
        return self._soft("get", default, key, default, version=version)

    def get_many(self, keys, version=None):
        return self._soft("get_many", {}, keys, version=version)

    def has_key(self, key, version=None):
        return self._soft("has_key", False, key, version=version)

    def add(self, key, value, timeout=None, version=None):
        timeout = self.default_timeout if timeout is None else timeout
        return self._soft("add", False, key, value, timeout, version=version)

    def set(self, key, value, timeout=None, version=None):
        timeout = self.default_timeout if timeout is None else timeout
        self._soft("set", None, key, value, timeout, version=version)

    def set_many(self, data, timeout=None, version=None):
        timeout = self.default_timeout if timeout is None else timeout
        return self._soft("set_many", list(data), data, timeout, version=version)

    def touch(self, key, timeout=None, version=None):
        timeout = self.default_timeout if timeout is None else timeout
        return self._soft("touch", False, key, timeout, version=version)

    def delete(self, key, version=None):
        return self._soft("delete", False, key, version=version)

    def delete_many(self, keys, version=None):
        self._soft("delete_many", None, keys, version=version)

    def clear(self):
        self._soft("clear", None)

    def incr(self, key, delta=1, version=None):
        return self.inner.incr(key, delta, version=version)

    def decr(self, key, delta=1, version=None):
        return self.inner.decr(key, delta, version=version)

    def close(self, **kwargs):
        self._soft("close", None, **kwargs)
