"""The per-client limit on registrations and cancellations."""

from ..conf import iitk_settings
from ..web.throttling import SubmissionRateThrottle


class RegistrationRateThrottle(SubmissionRateThrottle):
    """``EVENT_REGISTRATION_THROTTLE_RATE`` per client address; only posts count."""

    scope = "wagtail_iitk_event_registrations"

    def get_rate(self):
        return iitk_settings.EVENT_REGISTRATION_THROTTLE_RATE or None
