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
#: Anonymous events may come from any page: a sendBeacon text/plain body needs no CORS at
#: all, and a JSON fetch gets its preflight and response granted here.
EVENTS_PATH_SUFFIX = "/events/"
EVENTS_METHODS = {"POST", "OPTIONS"}
#: Submissions: the preflight and the answer are granted to any origin, so that a page
#: on an origin the toolkit does not accept stories from can read its 403
#: (``origin_not_allowed``) and say so, instead of seeing a bare network error. The
#: view refuses those origins before reading the body (``api.submissions.origin_allowed``);
#: CORS was never what kept their posts out, as a text/plain post needs no preflight.
SUBMISSIONS_PATH_SUFFIX = "/submissions/"
#: Discussion posts are submissions too (the same view, origins and answers); their
#: list is a read like any other.
DISCUSSIONS_PATH_SUFFIX = "/discussions/"


def origin_may_read(origin):
    allowed = iitk_settings.API_CORS_ALLOWED_ORIGINS
    return "*" in allowed or origin in allowed


@receiver(check_request_enabled)
def allow_cross_origin_reads(sender, request, **kwargs):
    """Enable CORS for reads of the toolkit's API from the configured origins."""
    path = request.path
    if path.startswith(API_PATH_PREFIX) and path.endswith(EVENTS_PATH_SUFFIX):
        return request.method in EVENTS_METHODS
    if path.startswith(API_PATH_PREFIX) and path.endswith(SUBMISSIONS_PATH_SUFFIX):
        return request.method in {"POST", "OPTIONS"}
    if (
        path.startswith(API_PATH_PREFIX)
        and path.endswith(DISCUSSIONS_PATH_SUFFIX)
        and request.method in {"POST", "OPTIONS"}
    ):
        return True
    if not request.path.startswith(API_PATH_PREFIX) or request.method not in READ_METHODS:
        return False
    return origin_may_read(request.headers.get("origin", ""))
