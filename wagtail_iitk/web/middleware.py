"""``ServiceFaultMiddleware``: site pages degrade like the API when a service is down.

Opt-in: add ``"wagtail_iitk.web.middleware.ServiceFaultMiddleware"`` at the top of
``MIDDLEWARE`` (see docs/installing.md). It does two things:

- **Cache down.** Wagtail reads its site root paths (needed for every page URL) from
  Django's cache, so an unreachable Redis makes every page a 500. The middleware hands
  Wagtail, per request and only if a page asks, the paths read through
  ``links.site_root_paths()``, which falls back to the database, as the API does.
- **Database down or locked.** A ``DatabaseError`` anywhere in the request (Wagtail's
  site routing, a page's view, a form post, a middleware) answers 503 with
  ``Retry-After`` instead of a 500: a short HTML page that needs neither the database
  nor the cache, or the API's JSON error under the API. Nothing half-done is kept: each
  write of the package runs in a transaction that the error rolled back.
- **A Content-Length that is not a number** (which gunicorn refuses, but other servers
  pass on, and Django reads with ``int()`` when a form is posted) is a 400, not a 500.
"""

import logging
import sys

from django.core.signals import got_request_exception
from django.db import DatabaseError
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from .errors import RETRY_AFTER_SECONDS, error_body
from .links import site_root_paths

logger = logging.getLogger("wagtail_iitk.web")

TEMPLATE = "wagtail_iitk/unavailable.html"
#: Headers of the failed response that are kept on the 503 (security headers and the
#: like, added by the middleware below this one); the body's own headers are not.
BODY_HEADERS = frozenset({"content-type", "content-length", "content-encoding", "etag"})


def _api_prefix():
    try:
        return reverse("wagtail_iitk_api:root")
    except NoReverseMatch:
        return None


def unavailable(request):
    """The 503 for a database fault: JSON under the API, a short HTML page elsewhere."""
    prefix = _api_prefix()
    if prefix and request.path.startswith(prefix):
        response = JsonResponse(
            error_body("unavailable", _("The toolkit is briefly unavailable; try again soon.")),
            status=503,
        )
    else:
        # Rendered without the request: no context processor may touch the database.
        response = HttpResponse(render_to_string(TEMPLATE), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


def _note_database_fault(sender, request=None, **kwargs):
    """Mark a request whose unhandled exception was a database error, wherever it was
    raised (Django turns it into a 500 before an outer middleware can see it)."""
    exc = sys.exc_info()[1]
    if request is not None and isinstance(exc, DatabaseError):
        request._iitk_database_fault = True


got_request_exception.connect(_note_database_fault, dispatch_uid="wagtail_iitk.database_fault")


class ServiceFaultMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        declared = request.META.get("CONTENT_LENGTH")
        if declared and not (declared.isascii() and declared.isdigit()):
            return self.bad_length(request)
        # Wagtail looks for this attribute before it reads its own cache; lazy, so a
        # request that builds no page URL reads nothing.
        request._wagtail_cached_site_root_paths = SimpleLazyObject(site_root_paths)
        response = self.get_response(request)
        if response.status_code == 500 and getattr(request, "_iitk_database_fault", False):
            failed, response = response, unavailable(request)
            for name, value in failed.items():
                if name.lower() not in BODY_HEADERS and name not in response:
                    response[name] = value
        return response

    def bad_length(self, request):
        prefix = _api_prefix()
        message = "The Content-Length header must be a whole number of bytes."
        if prefix and request.path.startswith(prefix):
            fields = {"Content-Length": ["Must be a whole number of bytes."]}
            return JsonResponse(error_body("invalid", message, fields), status=400)
        return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")

    def process_exception(self, request, exception):
        if isinstance(exception, DatabaseError):
            logger.error("Database unavailable: %s %s", request.method, request.path, exc_info=True)
            return unavailable(request)
        return None
