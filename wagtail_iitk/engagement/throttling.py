"""Per-client limits on counting, with the client's address kept out of the cache."""

from django.utils.crypto import salted_hmac

from ..conf import iitk_settings
from ..web.throttling import ToolkitRateThrottle


class EventsRateThrottle(ToolkitRateThrottle):
    """``WAGTAIL_IITK["EVENTS_THROTTLE_RATE"]`` per client, apart from the API's reads.

    The address (seen through the trusted proxies, as for the API) is only hashed, with
    the site's secret key, into the cache key: the throttle's short-lived history never
    holds an IP address.
    """

    scope = "wagtail_iitk_events"

    def get_rate(self):
        return iitk_settings.EVENTS_THROTTLE_RATE or None

    def get_cache_key(self, request, view):
        # An explicit algorithm: the same key on every Django version, and no warning.
        ident = salted_hmac(self.scope, self.get_ident(request), algorithm="sha256").hexdigest()
        return self.cache_format % {"scope": self.scope, "ident": ident}


class MarkRateThrottle(EventsRateThrottle):
    """The same rate for the no-JavaScript "I used this tool" and "helpful" buttons."""

    scope = "wagtail_iitk_marks"
