"""Every API error in one JSON shape: ``{"error": {"code", "message", "fields"?}}``."""

import logging

from django.core.exceptions import PermissionDenied
from django.db import DatabaseError
from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.csrf import csrf_exempt
from rest_framework import exceptions, status
from rest_framework.response import Response

logger = logging.getLogger("wagtail_iitk.api")

#: Seconds a client should wait before retrying when the database is unavailable.
RETRY_AFTER_SECONDS = 30


def error_body(code, message, fields=None):
    error = {"code": code, "message": message}
    if fields:
        error["fields"] = fields
    return {"error": error}


def _field_messages(detail):
    """DRF/django-filter error details → {"field": ["message", ...]}."""
    if isinstance(detail, dict):
        return {
            str(name): [str(m) for m in (msgs if isinstance(msgs, list) else [msgs])]
            for name, msgs in detail.items()
        }
    return None


def exception_handler(exc, context):
    """DRF exception handler for the toolkit's API views (set per view, not globally)."""
    headers = {}
    if isinstance(exc, Http404):
        return Response(error_body("not_found", _("Not found.")), status=404)
    if isinstance(exc, PermissionDenied):
        return Response(error_body("forbidden", _("You may not do that.")), status=403)
    if isinstance(exc, exceptions.Throttled):
        wait = int(exc.wait or 1)
        headers["Retry-After"] = str(wait)
        message = ngettext(
            "Too many requests: try again in %(seconds)d second.",
            "Too many requests: try again in %(seconds)d seconds.",
            wait,
        ) % {"seconds": wait}
        return Response(error_body("throttled", message), status=429, headers=headers)
    if isinstance(exc, exceptions.ValidationError):
        fields = _field_messages(exc.detail)
        names = ", ".join(fields) if fields else ""
        message = f"Check these parameters: {names}." if names else "The request is not valid."
        return Response(error_body("invalid", message, fields), status=400)
    if isinstance(exc, exceptions.MethodNotAllowed):
        return Response(
            error_body("method_not_allowed", f"Method {exc.args[0]} is not allowed here."),
            status=405,
        )
    if isinstance(exc, exceptions.NotAcceptable):
        return Response(error_body("not_acceptable", "This API only serves JSON."), status=406)
    if isinstance(exc, exceptions.UnsupportedMediaType):
        return Response(error_body("unsupported_media_type", str(exc.detail)), status=415)
    if isinstance(exc, exceptions.APIException):
        return Response(error_body(exc.default_code, str(exc.detail)), status=exc.status_code)
    if isinstance(exc, DatabaseError):
        logger.exception("Database unavailable while serving the API")
        return Response(
            error_body("unavailable", _("The toolkit is briefly unavailable; try again soon.")),
            status=status.HTTP_503_SERVICE_UNAVAILABLE,
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        )
    logger.exception("Unexpected error in the API")
    return Response(error_body("server_error", _("Something went wrong on our side.")), status=500)


@csrf_exempt
def not_found_view(request, *args, **kwargs):
    """JSON 404 for any unknown path under the API prefix."""
    return JsonResponse(error_body("not_found", "There is no such API resource."), status=404)
