"""Anonymous throttling for the API, keyed on the client address as seen through the
configured number of trusted proxies (``WAGTAIL_IITK["API_TRUSTED_PROXIES"]``)."""

import logging

from django.core.cache import caches
from rest_framework.throttling import SimpleRateThrottle

from ..conf import iitk_settings

logger = logging.getLogger("wagtail_iitk.api")


class ToolkitRateThrottle(SimpleRateThrottle):
    """Per-address limit on the API's reads: ``API_THROTTLE_RATE``, off by default.

    Reads are public, cached and cheap to repeat, and one address often stands for a
    whole NHS trust, so no read is refused unless a site sets a backstop rate (one no
    trust's staff could reach). Subclasses limit the writes.
    """

    scope = "wagtail_iitk"

    @property
    def cache(self):
        return caches[iitk_settings.API_CACHE_ALIAS]

    def get_rate(self):
        return iitk_settings.API_THROTTLE_RATE or None

    def get_ident(self, request):
        """The client address: REMOTE_ADDR, or with ``API_TRUSTED_PROXIES`` = N, the
        address N hops back in X-Forwarded-For (what the outermost trusted proxy saw).
        Addresses a client writes into X-Forwarded-For itself are never trusted."""
        remote = request.META.get("REMOTE_ADDR", "")
        hops = iitk_settings.API_TRUSTED_PROXIES
        if hops <= 0:
            return remote
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        chain = [a for a in forwarded if a] + [remote]
        return chain[-(hops + 1)] if len(chain) > hops else chain[0]

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}

    def allow_request(self, request, view):
        try:
            return super().allow_request(request, view)
        except Exception:  # noqa: BLE001 (a cache outage must not take the API down)
            logger.warning("Throttle cache unavailable; letting the request through")
            return True


class SubmissionRateThrottle(ToolkitRateThrottle):
    """Per-client limit on submissions (``SUBMISSION_THROTTLE_RATE``); only posts count."""

    scope = "wagtail_iitk_submissions"

    def get_rate(self):
        return iitk_settings.SUBMISSION_THROTTLE_RATE or None

    def allow_request(self, request, view):
        if request.method != "POST":
            return True
        return super().allow_request(request, view)
