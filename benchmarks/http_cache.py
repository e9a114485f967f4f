"""The HTTP benchmark's "uncached" cache: every cached API response body is a miss.

The request still pays the cache round trip and the write, as the first request for a
URL after a publish does; the content version and the read model's taxonomy map (kept
per version, in the process for ``CONTENT_VERSION_LOCAL_TIMEOUT``) stay warm, as on a
running site. This is what ``benchmarks/api.py`` calls
"uncached", done inside the server because over HTTP the benchmark cannot empty the
cache between requests.
"""

from wagtail_iitk.web import caching
from wagtail_iitk.web.cache import FailSoftCache

#: Keys of cached response bodies (``wagtail_iitk.web.caching.cache_key``).
BODY_PREFIX = "iitk:api:"


class BodyMissCache(FailSoftCache):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Nor does the process's short memo answer for bodies (what else it keeps, and
        # the version's and the read model's memos, are left as they are).
        recall = caching._recall
        caching._recall = lambda key: None if key.startswith(BODY_PREFIX) else recall(key)

    def get(self, key, default=None, version=None):
        found = super().get(key, default, version=version)
        return default if key.startswith(BODY_PREFIX) else found
