"""Cross-origin reads of the API, through django-cors-headers.

The content is public, so by default any origin may GET it. The decision is made per
request through django-cors-headers' ``check_request_enabled`` signal, so a site's own
CORS settings for its other URLs stay as they are.
"""

from corsheaders.signals import check_request_enabled
from django.dispatch import receiver

from ..conf import iitk_settings

API_PATH_PREFIX = "/api/iitk/"
READ_METHODS = {"GET", "HEAD", "OPTIONS"}


def origin_may_read(origin):
    allowed = iitk_settings.API_CORS_ALLOWED_ORIGINS
    return "*" in allowed or origin in allowed


@receiver(check_request_enabled)
def allow_cross_origin_reads(sender, request, **kwargs):
    """Enable CORS for reads of the toolkit's API from the configured origins."""
    if not request.path.startswith(API_PATH_PREFIX) or request.method not in READ_METHODS:
        return False
    return origin_may_read(request.headers.get("origin", ""))
